// A batch of new rows (a sync's pull, a small import) adds their full-text entries in
// one statement at its commit instead of a trigger per row: what the search finds must
// not change, whatever the batch did to its rows and however it ended.
#include "storage/Database.h"
#include "storage/DeferredFullText.h"
#include "storage/RecordQuery.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/ServiceTaskStore.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

ServiceTask task(int n, const QString &name)
{
    ServiceTask t;
    t.id = QStringLiteral("3f1c2b7e-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    t.name = name;
    return t;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

} // namespace

class TestDeferredFullText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    Database &db() { return m_ws->database(); }
    ServiceTaskStore &store() { return m_ws->serviceTasks(); }

    // What the window's search shows for this text (three letters and more: the trigram index).
    QStringList found(const QString &text)
    {
        QStringList names;
        for (qint64 id : ServiceTaskQuery(db()).ids({text, false}, QString(), false))
            names.append(store().get(id)->local.name);
        names.sort();
        return names;
    }

    // The index holds exactly the text of every row, and no batch left its mark behind.
    void verifyIndexMatchesTable()
    {
        QSqlQuery q(db().connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO svctask_fts(svctask_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM fulltext_deferred")).toInt(), 0);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
        m_ws = std::make_unique<Workspace>();
        QVERIFY(m_ws->open(m_dir.filePath(QStringLiteral("db.sqlite"))));
        QVERIFY(store().create(task(1, QStringLiteral("Обзвон абонентов"))));
        QVERIFY(store().create(task(2, QStringLiteral("Старое имя"))));
    }

    void cleanup() { m_ws.reset(); }

    void newRowsChangedRowsAndRowsWrittenTwiceAreFound()
    {
        {
            ServiceTaskBatch batch(store(), 4, ServiceTaskBatch::Indexing::RowByRow);
            QVERIFY(batch.insertPulled(task(3, QStringLiteral("Сверка отчётов"))));
            QCOMPARE(batch.writeLocal(task(2, QStringLiteral("Новое имя")), true), ServiceTaskBatch::Outcome::Replaced);
            QCOMPARE(batch.writeLocal(task(4, QStringLiteral("Черновик")), true), ServiceTaskBatch::Outcome::Created);
            QCOMPARE(batch.writeLocal(task(4, QStringLiteral("Чистовик")), true), ServiceTaskBatch::Outcome::Replaced);
            // The point of it: inside the batch, the new rows are not indexed one by one.
            QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM svctask_fts WHERE svctask_fts MATCH 'сверка'")).toInt(), 0);
            QVERIFY2(batch.commit(), qPrintable(batch.errorString()));
        }
        QCOMPARE(found(QStringLiteral("сверк")), QStringList{QStringLiteral("Сверка отчётов")});
        QCOMPARE(found(QStringLiteral("ИМЯ")), QStringList{QStringLiteral("Новое имя")});
        QCOMPARE(found(QStringLiteral("Старое")), QStringList());
        QCOMPARE(found(QStringLiteral("черновик")), QStringList());
        QCOMPARE(found(QStringLiteral("товик")), QStringList{QStringLiteral("Чистовик")});
        QCOMPARE(found(QStringLiteral("обзвон")), QStringList{QStringLiteral("Обзвон абонентов")});
        verifyIndexMatchesTable();

        // After the batch every row is indexed as it is written again.
        QVERIFY(store().create(task(5, QStringLiteral("Сверка касс"))));
        const auto id = store().localIdForUuid(task(3, QString()).id);
        QVERIFY(id);
        QVERIFY(store().saveLocal(*id, task(3, QStringLiteral("Архив"))));
        QCOMPARE(found(QStringLiteral("сверка")), QStringList{QStringLiteral("Сверка касс")});
        verifyIndexMatchesTable();
    }

    void aBatchRolledBackLeavesNoTrace()
    {
        {
            ServiceTaskBatch batch(store(), 2, ServiceTaskBatch::Indexing::RowByRow);
            QVERIFY(batch.insertPulled(task(3, QStringLiteral("Сверка отчётов"))));
            // not committed
        }
        QCOMPARE(store().count(), 2);
        QCOMPARE(found(QStringLiteral("сверка")), QStringList());
        verifyIndexMatchesTable();
        QVERIFY(store().create(task(4, QStringLiteral("Сверка касс"))));
        QCOMPARE(found(QStringLiteral("сверка")), QStringList{QStringLiteral("Сверка касс")});
        verifyIndexMatchesTable();
    }

    // A batch inside a transaction that already defers the table: the outer one owns the
    // work, and its finish() covers the inner batch's rows too.
    void aBatchInsideAnotherDeferralLeavesTheEntriesToIt()
    {
        Transaction outer(db());
        QVERIFY(outer.isActive());
        DeferredFullText deferral(db(), QStringLiteral("svctask"));
        QVERIFY(deferral.defer());
        QVERIFY(store().create(task(3, QStringLiteral("Сверка отчётов"))));
        {
            ServiceTaskBatch inner(store(), 1, ServiceTaskBatch::Indexing::RowByRow);
            QVERIFY(inner.insertPulled(task(4, QStringLiteral("Сверка касс"))));
            QVERIFY2(inner.commit(), qPrintable(inner.errorString()));
        }
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM svctask_fts WHERE svctask_fts MATCH 'сверка'")).toInt(), 0);
        QVERIFY2(deferral.finish(), qPrintable(deferral.errorString()));
        QVERIFY(outer.commit());
        QCOMPARE(found(QStringLiteral("сверка")), (QStringList{QStringLiteral("Сверка касс"), QStringLiteral("Сверка отчётов")}));
        verifyIndexMatchesTable();
    }

    // A bulk import drops the triggers and rebuilds the index; a batch after it defers again.
    void theTriggersComeBackFromABulkImportWithTheirCondition()
    {
        {
            ServiceTaskBatch bulk(store(), 1, ServiceTaskBatch::Indexing::Bulk);
            QVERIFY(bulk.isBulk());
            QCOMPARE(bulk.writeLocal(task(3, QStringLiteral("Сверка отчётов")), true), ServiceTaskBatch::Outcome::Created);
            QVERIFY2(bulk.commit(), qPrintable(bulk.errorString()));
        }
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                                             " AND name LIKE 'svctask_fts_%' AND sql LIKE '%fulltext_deferred%'")).toInt(), 3);
        {
            ServiceTaskBatch batch(store(), 1, ServiceTaskBatch::Indexing::RowByRow);
            QVERIFY(batch.insertPulled(task(4, QStringLiteral("Сверка касс"))));
            QVERIFY2(batch.commit(), qPrintable(batch.errorString()));
        }
        QCOMPARE(found(QStringLiteral("сверка")), (QStringList{QStringLiteral("Сверка касс"), QStringLiteral("Сверка отчётов")}));
        verifyIndexMatchesTable();
    }
    // A mark committed after all (by a tool, or a build that failed before its finish())
    // keeps later rows out of the search; the next open rebuilds the index and drops it.
    void aMarkLeftCommittedIsRepairedAtTheNextOpen()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fulltext_deferred(tbl, first_id) VALUES ('svctask', 1), ('nonsense', 7)")));
        QVERIFY(store().create(task(3, QStringLiteral("Сверка отчётов"))));
        QCOMPARE(found(QStringLiteral("сверка")), QStringList());
        q.finish();
        m_ws.reset();
        m_ws = std::make_unique<Workspace>();
        QVERIFY(m_ws->open(m_dir.filePath(QStringLiteral("db.sqlite"))));
        QCOMPARE(found(QStringLiteral("сверка")), QStringList{QStringLiteral("Сверка отчётов")});
        QCOMPARE(found(QStringLiteral("обзвон")), QStringList{QStringLiteral("Обзвон абонентов")});
        verifyIndexMatchesTable();
    }
};

QTEST_GUILESS_MAIN(TestDeferredFullText)
#include "tst_deferredfulltext.moc"
