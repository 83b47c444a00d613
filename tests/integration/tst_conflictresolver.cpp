// ConflictResolver: the records in conflict found in a real database, and the user's
// decisions written back through the stores (what the conflict dialog relies on, without
// its widgets).

#include "DatabaseTest.h"

#include "json/ServiceTaskCodec.h"
#include "storage/Workspace.h"
#include "sync/ConflictResolver.h"
#include "sync/RemoteChangeWriter.h"

#include <QtTest>

namespace {

const QString kSeriesId = QStringLiteral("2b000000-0000-4000-8000-0000000000aa");
const QString kStepId = QStringLiteral("2b000000-0000-4000-8000-0000000000bb");
const QString kPointId = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");

ServiceTask sampleTask(const QString &name)
{
    ServiceTask t;
    t.name = name;
    t.scriptCode = QStringLiteral("dialByCallList");
    t.intervalSec = 3600;
    Timestamp::parse(QStringLiteral("2019-02-20T08:00:00Z"), &t.dtStart);
    t.setTitle(QStringLiteral("Заголовок"));
    return t;
}

TaskSeries sampleSeries(const QString &name)
{
    TaskSeries s;
    s.name = name;
    s.seriesId = kSeriesId;
    Timestamp::parse(QStringLiteral("2023-03-06T18:00:00.000Z"), &s.startAt);
    Timestamp::parse(QStringLiteral("2023-03-06T21:00:00.000Z"), &s.endAt);
    s.priority = QStringLiteral("MAJOR");
    Step gate;
    gate.seriesId = kStepId;
    gate.name = QStringLiteral("Ворота");
    gate.pointId = kPointId;
    s.steps = {gate};
    return s;
}

int fieldIndex(const ConflictRecord &record, const QString &path)
{
    for (int i = 0; i < record.conflicts.size(); ++i)
        if (record.conflicts[i].path.format() == path)
            return i;
    return -1;
}

} // namespace

class TestConflictResolver : public DatabaseTest
{
    Q_OBJECT

    // A synced service task, edited here to `mine` while the server made it `theirs`.
    qint64 taskInConflict(const ServiceTask &mine, const ServiceTask &theirs)
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const auto id = store.create(sampleTask(QStringLiteral("base")));
        if (!id || !store.markSynced(*id, store.get(*id)->revision, store.get(*id)->local))
            return 0;
        ServiceTask local = mine, server = theirs;
        local.id = server.id = store.get(*id)->local.id;
        if (!store.saveLocal(*id, local) || !RemoteChangeWriter::applyPulled(store, *id, server))
            return 0;
        return store.get(*id)->state == SyncState::Conflict ? *id : 0;
    }

    // A synced service task edited here to "Edited here" while the server deleted it.
    qint64 taskDeletedThere()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const auto id = store.create(sampleTask(QStringLiteral("base")));
        if (!id || !store.markSynced(*id, store.get(*id)->revision, store.get(*id)->local))
            return 0;
        ServiceTask edited = store.get(*id)->local;
        edited.name = QStringLiteral("Edited here");
        if (!store.saveLocal(*id, edited) || !RemoteChangeWriter::applyRemoteDelete(store, *id))
            return 0;
        return store.get(*id)->conflictKind == ConflictKind::DeletedThere ? *id : 0;
    }

private slots:
    void nothingInConflict()
    {
        m_ws->serviceTasks().create(sampleTask(QStringLiteral("new")));
        QVERIFY(ConflictResolver(*m_ws).records().isEmpty());
    }

    void fieldConflictTakeTheirs()
    {
        ServiceTask mine = sampleTask(QStringLiteral("Мой"));
        mine.intervalSec = 60; // not in conflict: kept whatever is chosen for the name
        const qint64 id = taskInConflict(mine, sampleTask(QStringLiteral("Их")));
        QVERIFY(id > 0);
        ConflictResolver resolver(*m_ws);
        const QVector<ConflictRecord> records = resolver.records();
        QCOMPARE(records.size(), 1);
        const ConflictRecord &record = records.first();
        QCOMPARE(record.kind, ConflictRecord::Kind::ServiceTask);
        QCOMPARE(record.localId, id);
        QCOMPARE(record.name, QStringLiteral("Мой"));
        QVERIFY(!record.why.isEmpty());
        QCOMPARE(record.conflicts.size(), 1);
        QCOMPARE(record.conflicts.first().path.format(), QStringLiteral("name"));
        QCOMPARE(record.conflicts.first().mine.toString(), QStringLiteral("Мой"));
        QCOMPARE(record.conflicts.first().theirs.toString(), QStringLiteral("Их"));

        QString error;
        QVERIFY2(resolver.applySide(record, ConflictResolver::Side::Theirs, &error), qPrintable(error));
        const auto stored = m_ws->serviceTasks().get(id);
        QCOMPARE(stored->local.name, QStringLiteral("Их"));
        QCOMPARE(stored->local.intervalSec, 60);
        QCOMPARE(stored->state, SyncState::Modified); // the interval is still to be sent
        QVERIFY(resolver.records().isEmpty());
    }

    void editedValueIsWritten()
    {
        const qint64 id = taskInConflict(sampleTask(QStringLiteral("Мой")), sampleTask(QStringLiteral("Их")));
        QVERIFY(id > 0);
        ConflictResolver resolver(*m_ws);
        const ConflictRecord record = resolver.records().first();
        QString error;
        QVERIFY2(resolver.apply(record, {QJsonValue(QStringLiteral("Общий"))}, &error), qPrintable(error));
        QCOMPARE(m_ws->serviceTasks().get(id)->local.name, QStringLiteral("Общий"));
    }

    void unusableValueWritesNothing()
    {
        const qint64 id = taskInConflict(sampleTask(QStringLiteral("Мой")), sampleTask(QStringLiteral("Их")));
        QVERIFY(id > 0);
        ConflictResolver resolver(*m_ws);
        const ConflictRecord record = resolver.records().first();
        const qint64 revision = m_ws->serviceTasks().get(id)->revision;
        QString error;
        QVERIFY(!resolver.apply(record, {QJsonValue(42)}, &error)); // a name must be text
        QVERIFY(!error.isEmpty());
        QVERIFY(!resolver.apply(record, {}, &error));                // one value per conflict
        QVERIFY(!resolver.apply(record, {QJsonValue("a"), QJsonValue("b")}, &error));
        const auto stored = m_ws->serviceTasks().get(id);
        QCOMPARE(stored->state, SyncState::Conflict);
        QCOMPARE(stored->local.name, QStringLiteral("Мой"));
        QCOMPARE(stored->revision, revision);
        QCOMPARE(resolver.records().size(), 1);
    }

    void deletedThereTakeTheirsDeletesHere()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = taskDeletedThere();
        QVERIFY(id > 0);

        ConflictResolver resolver(*m_ws);
        const ConflictRecord record = resolver.records().first();
        QCOMPARE(record.conflicts.size(), 1);
        QCOMPARE(record.conflicts.first().path.kind(), ConflictPath::Kind::Record);
        QVERIFY(record.conflicts.first().theirs.isUndefined());
        QString error;
        QVERIFY2(resolver.applySide(record, ConflictResolver::Side::Theirs, &error), qPrintable(error));
        const auto stored = store.get(id);
        QVERIFY(!stored || stored->state == SyncState::Deleted);
        QVERIFY(resolver.records().isEmpty());
    }

    void deletedThereKeepMineCreatesAgain()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = taskDeletedThere();
        QVERIFY(id > 0);

        ConflictResolver resolver(*m_ws);
        QString error;
        QVERIFY2(resolver.applySide(resolver.records().first(), ConflictResolver::Side::Mine, &error), qPrintable(error));
        QCOMPARE(store.get(id)->state, SyncState::New);
        QCOMPARE(store.get(id)->local.name, QStringLiteral("Edited here"));
    }

    void deletedHereKeepMineDeletesAgainstTheirs()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("base")));
        QVERIFY(store.markSynced(id, store.get(id)->revision, store.get(id)->local));
        ServiceTask server = store.get(id)->local;
        server.name = QStringLiteral("Changed there");
        QVERIFY(store.remove(id));
        QVERIFY(RemoteChangeWriter::applyPulled(store, id, server));
        QCOMPARE(store.get(id)->conflictKind, ConflictKind::DeletedHere);

        ConflictResolver resolver(*m_ws);
        const ConflictRecord record = resolver.records().first();
        QVERIFY(record.conflicts.first().mine.isUndefined()); // mine is the delete
        QString error;
        QVERIFY2(resolver.applySide(record, ConflictResolver::Side::Mine, &error), qPrintable(error));
        const auto stored = store.get(id);
        QVERIFY(stored);
        QCOMPARE(stored->state, SyncState::Deleted);
        QCOMPARE(stored->base->name, QStringLiteral("Changed there")); // sent against the server's copy
    }

    void seriesAfterServiceTasksAndStepConflictResolved()
    {
        QVERIFY(taskInConflict(sampleTask(QStringLiteral("Я")), sampleTask(QStringLiteral("Они"))) > 0);
        TaskSeriesStore &store = m_ws->series();
        const qint64 id = *store.create(sampleSeries(QStringLiteral("Обход")));
        QVERIFY(store.markSynced(id, store.get(id)->revision, sampleSeries(QStringLiteral("Обход"))));
        TaskSeries mine = store.get(id)->local;
        mine.steps[0].name = QStringLiteral("Ворота (мои)");
        QVERIFY(store.saveLocal(id, mine));
        TaskSeries theirs = sampleSeries(QStringLiteral("Обход"));
        theirs.steps[0].name = QStringLiteral("Ворота (их)");
        QVERIFY(RemoteChangeWriter::applyPulled(store, id, theirs));

        ConflictResolver resolver(*m_ws);
        const QVector<ConflictRecord> records = resolver.records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).kind, ConflictRecord::Kind::ServiceTask);
        QCOMPARE(records.at(1).kind, ConflictRecord::Kind::Series);
        const ConflictRecord &series = records.at(1);
        const int row = fieldIndex(series, QStringLiteral("steps[seriesId=%1].name").arg(kStepId));
        QVERIFY(row >= 0);
        QVector<QJsonValue> values;
        for (const FieldConflict &c : series.conflicts)
            values.append(c.mine);
        values[row] = series.conflicts[row].theirs;
        QString error;
        QVERIFY2(resolver.apply(series, values, &error), qPrintable(error));
        QCOMPARE(store.get(id)->local.steps.at(0).name, QStringLiteral("Ворота (их)"));
        QCOMPARE(store.get(id)->state, SyncState::Clean); // the server's copy exactly
        QCOMPARE(resolver.records().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConflictResolver)
#include "tst_conflictresolver.moc"
