#include "i18n/Translator.h"
#include "json/ServiceTaskCodec.h"
#include "storage/StoredServiceTask.h"
#include "storage/SyncState.h"
#include "sync/ConflictResolver.h"
#include "sync/RemoteChangeText.h"
#include "sync/SyncStateLine.h"

#include <QTest>

// What the conflict dialog says about a record: the stored reason was written in the
// language of the sync that found the conflict, and the operator may read it in another.
class TestConflictRecord : public QObject
{
    Q_OBJECT

private:
    static ServiceTask plain(const QString &name, int interval)
    {
        ServiceTask t;
        t.id = QStringLiteral("5f0c6a1e-3a4b-4c5d-9e8f-0a1b2c3d4e5f");
        t.name = name;
        t.intervalSec = interval;
        return t;
    }
    static QJsonObject task(const QString &name, int interval) { return ServiceTaskCodec::encode(plain(name, interval)); }
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

    // The form's state line says the same as the dialog, in the language shown now.
    void theFormsStateLineSaysAConflictInTheLanguageShownNow()
    {
        StoredServiceTask s;
        s.localId = 1;
        s.local = plain(QStringLiteral("A"), 5400);
        s.base = plain(QStringLiteral("A"), 0);
        s.remote = plain(QStringLiteral("A"), 7200);
        s.state = SyncState::Conflict;
        s.conflictKind = ConflictKind::Edited;
        s.syncError = kStale;
        const QString line = SyncStateLine::of(s);
        QVERIFY2(line.startsWith(SyncStates::displayName(SyncState::Conflict) + QStringLiteral(": ")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("Изменено здесь и на сервере")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("Changed here")), qPrintable(line));
    }

    // A refusal is the server's own words, without the JSON around them.
    void theFormsStateLineQuotesARefusalAsTheServerSaidIt()
    {
        StoredServiceTask s;
        s.local = plain(QStringLiteral("A"), 60);
        s.state = SyncState::Error;
        s.syncError = QStringLiteral("{\"error\": \"interval too short\", \"status\": 400}");
        const QString line = SyncStateLine::of(s);
        QVERIFY2(line.endsWith(QStringLiteral(": interval too short")), qPrintable(line));
        s.state = SyncState::Clean;
        s.syncError.clear();
        QCOMPARE(SyncStateLine::of(s), SyncStates::displayName(SyncState::Clean));
    }
};

QTEST_GUILESS_MAIN(TestConflictRecord)
#include "tst_conflictrecord.moc"
