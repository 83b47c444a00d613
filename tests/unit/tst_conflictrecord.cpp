#include "i18n/Translator.h"
#include "json/ServiceTaskCodec.h"
#include "storage/SyncState.h"
#include "sync/ConflictResolver.h"
#include "sync/RemoteChangeText.h"

#include <QTest>

// What the conflict dialog says about a record: the stored reason was written in the
// language of the sync that found the conflict, and the operator may read it in another.
class TestConflictRecord : public QObject
{
    Q_OBJECT

private:
    static QJsonObject task(const QString &name, int interval)
    {
        ServiceTask t;
        t.id = QStringLiteral("5f0c6a1e-3a4b-4c5d-9e8f-0a1b2c3d4e5f");
        t.name = name;
        t.intervalSec = interval;
        return ServiceTaskCodec::encode(t);
    }
    static const inline QString kStale = QStringLiteral("Changed here and on the server: Interval");

private slots:
    void init() { Translator::install(QStringLiteral("ru")); }
    void cleanupTestCase() { Translator::install(QStringLiteral("en")); }

    void aFieldConflictIsDescribedInTheLanguageShownNow()
    {
        const ConflictRecord r = ConflictResolver::makeRecord(
            ConflictRecord::Kind::ServiceTask, 1, QStringLiteral("A"), kStale, ConflictKind::Edited,
            task(QStringLiteral("A"), 5400), task(QStringLiteral("A"), 0), task(QStringLiteral("A"), 7200));
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.why, RemoteChangeText::changedOnBothSides(r.conflicts));
        QVERIFY2(r.why.startsWith(QStringLiteral("Изменено здесь и на сервере")), qPrintable(r.why));
    }

    void deletesAreDescribedInTheLanguageShownNow()
    {
        const QJsonObject base = task(QStringLiteral("A"), 0);
        const ConflictRecord here = ConflictResolver::makeRecord(
            ConflictRecord::Kind::ServiceTask, 1, QStringLiteral("A"), kStale, ConflictKind::DeletedHere,
            base, base, task(QStringLiteral("A"), 60));
        QCOMPARE(here.why, RemoteChangeText::deletedHere());
        const ConflictRecord there = ConflictResolver::makeRecord(
            ConflictRecord::Kind::ServiceTask, 1, QStringLiteral("A"), kStale, ConflictKind::DeletedThere,
            task(QStringLiteral("A"), 60), base, std::nullopt);
        QCOMPARE(there.why, RemoteChangeText::deletedThere());
        QVERIFY(here.why != there.why);
        QVERIFY2(!here.why.contains(QStringLiteral("Deleted")), qPrintable(here.why));
    }

    // A conflict that no longer has a field in dispute keeps what the sync said.
    void aCleanMergeKeepsTheStoredReason()
    {
        const ConflictRecord r = ConflictResolver::makeRecord(
            ConflictRecord::Kind::ServiceTask, 1, QStringLiteral("A"), kStale, ConflictKind::Edited,
            task(QStringLiteral("A"), 60), task(QStringLiteral("A"), 0), task(QStringLiteral("A"), 60));
        QCOMPARE(r.why, kStale);
    }
};

QTEST_GUILESS_MAIN(TestConflictRecord)
#include "tst_conflictrecord.moc"
