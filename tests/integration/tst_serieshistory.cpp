// The history of a series: the whole series (with its steps and actions) is a version each
// time its store writes it differently, from a local edit, a pull or a resolved conflict,
// with that origin, bounded like a service task's; read, compared and restored through
// SeriesHistory. Against the reference server on loopback and a real database file.
#include "SeriesBuilder.h"
#include "SyncTest.h"

#include "edit/TaskSeriesChange.h"
#include "history/SeriesHistory.h"
#include "storage/RecordHistory.h"
#include "sync/TaskSeriesSync.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Seed;

namespace {

// Edits straight to the store, as the undo editor's command does.
class DirectEditor : public TaskSeriesEditor
{
public:
    explicit DirectEditor(TaskSeriesStore &store) : m_store(store) {}
    bool apply(const QString &, QVector<TaskSeriesChange> &changes, QString *error) override
    {
        return TaskSeriesChangeSet::apply(m_store, changes, true, error);
    }

private:
    TaskSeriesStore &m_store;
};

QStringList names(const QVector<RecordHistory::Version> &versions)
{
    QStringList result;
    for (const auto &v : versions)
        result << v.record.value(QStringLiteral("name")).toString();
    return result;
}

QVector<RecordHistory::Origin> origins(const QVector<RecordHistory::Version> &versions)
{
    QVector<RecordHistory::Origin> result;
    for (const auto &v : versions)
        result << v.origin;
    return result;
}

QStringList texts(const QVector<DiffLine> &lines)
{
    QStringList result;
    for (const DiffLine &line : lines)
        result << line.text;
    return result;
}

} // namespace

class TestSeriesHistory : public SyncTest
{
    Q_OBJECT

public:
    TestSeriesHistory() : SyncTest(QStringLiteral("s")) {}

private:
    TaskSeriesStore &store() { return m_ws->series(); }
    qint64 taskOne() { return store().localIdForSeriesId(kTaskOne).value_or(0); }
    QVector<RecordHistory::Version> history() { return RecordHistory(m_ws->database()).series(taskOne()); }

    // With the client's own retries and time-outs, as the app sends; the exit code.
    int sync() { return syncSeries({}, 50, HttpClient::Options()).exitCode(); }

    bool rename(const QString &name)
    {
        TaskSeries series = store().get(taskOne())->local;
        series.name = name;
        return store().saveLocal(taskOne(), series);
    }

    bool renameOnServer(const QString &name)
    {
        return m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("name"), name}}) == 200;
    }

    // A new step "Gate" with a check "Closed".
    static Step gate()
    {
        return SeriesBuilder::step(QStringLiteral("Gate"), {SeriesBuilder::action(QStringLiteral("Closed"))});
    }

    bool addGate(qint64 localId)
    {
        TaskSeries series = store().get(localId)->local;
        series.steps.append(gate());
        return store().saveLocal(localId, series);
    }

    // The oldest version with the added step, written before the server gave it an id.
    static QJsonObject versionWithNewGate(const QVector<RecordHistory::Version> &versions)
    {
        for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
            const QJsonArray steps = it->record.value(QStringLiteral("steps")).toArray();
            if (steps.size() == 2 && !steps.at(1).toObject().contains(QStringLiteral("seriesId")))
                return it->record;
        }
        return {};
    }

    QJsonArray serverSteps(const QString &seriesId)
    {
        QJsonObject answer;
        if (m_server.admin("GET", QStringLiteral("series/") + seriesId, {}, &answer) != 200)
            return {};
        return answer.value(QStringLiteral("series")).toObject().value(QStringLiteral("steps")).toArray();
    }

private slots:
    void init()
    {
        QVERIFY(startTest());
        QCOMPARE(sync(), 0);
        QVERIFY(taskOne() > 0);
    }

    void pullEditAndResolveAreVersionsWithTheirOrigin()
    {
        QVERIFY(history().isEmpty()); // a pulled series costs no row

        QVERIFY(renameOnServer(QStringLiteral("theirs 1")));
        QCOMPARE(sync(), 0);
        QCOMPARE(names(history()), (QStringList{QStringLiteral("theirs 1"), QStringLiteral("task 1")}));

        QVERIFY(rename(QStringLiteral("mine")));
        QVERIFY(renameOnServer(QStringLiteral("theirs 2")));
        QCOMPARE(sync(), 2); // the same field on both sides: a conflict, mine kept
        QCOMPARE(store().get(taskOne())->state, SyncState::Conflict);
        TaskSeries resolved = store().get(taskOne())->local;
        resolved.name = QStringLiteral("settled");
        QVERIFY(store().resolveConflict(taskOne(), resolved));

        const auto versions = history();
        QCOMPARE(names(versions), (QStringList{QStringLiteral("settled"), QStringLiteral("mine"), QStringLiteral("theirs 1"),
                                               QStringLiteral("task 1")}));
        QCOMPARE(origins(versions), (QVector<RecordHistory::Origin>{RecordHistory::Origin::Resolved, RecordHistory::Origin::EditedHere,
                                                                     RecordHistory::Origin::Received, RecordHistory::Origin::Received}));
        for (const auto &version : versions) // each version is the whole series
            QCOMPARE(version.record.value(QStringLiteral("steps")).toArray().size(), 1);
        QVERIFY(versions.at(0).at.isValid());
        QVERIFY(versions.at(0).at >= versions.at(1).at);
    }

    void stepsAndActionsDifferInWordsAndRestore()
    {
        TaskSeries series = store().get(taskOne())->local;
        series.steps.append(gate());
        series.steps[0].actions[0].type = QStringLiteral("NUMBER");
        QVERIFY(store().saveLocal(taskOne(), series));
        QVERIFY(rename(QStringLiteral("renamed")));

        DirectEditor editor(store());
        SeriesHistory subject(store(), editor, taskOne());
        const auto versions = subject.versions();
        QCOMPARE(versions.size(), 3);
        const QStringList lines = texts(subject.diff(versions.at(2).record, versions.at(0).record));
        QVERIFY2(lines.contains(QStringLiteral("Name: task 1 → renamed")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.filter(QStringLiteral("step 2 «Gate»: added")).size() == 1, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.filter(QStringLiteral("BOOLEAN → NUMBER")).size() == 1, qPrintable(lines.join(QLatin1Char('\n'))));
        // The new step's identity is kept: between the last two versions only the name moved.
        QCOMPARE(texts(subject.diff(versions.at(1).record, versions.at(0).record)),
                 QStringList{QStringLiteral("Name: task 1 → renamed")});

        QSignalSpy changed(&subject, &HistorySubject::changed);
        QString error;
        QVERIFY2(subject.restore(versions.at(2).record, &error), qPrintable(error));
        QVERIFY(!changed.isEmpty()); // a window on the history follows
        const StoredTaskSeries now = *store().get(taskOne());
        QCOMPARE(now.local.name, QStringLiteral("task 1"));
        QCOMPARE(now.local.steps.size(), 1);
        QCOMPARE(now.local.steps.at(0).actions.at(0).type, QStringLiteral("BOOLEAN"));
        QCOMPARE(now.local.seriesId, kTaskOne);
        QCOMPARE(now.state, SyncState::Clean); // back as the server has it: nothing to send
        QCOMPARE(subject.versions().size(), 4); // the restore is a version of its own
        QVERIFY(!subject.restore(versions.at(2).record, &error)); // already so
    }

    // A step added here, then created on the server by a sync and edited again: restoring the
    // version written before the server knew it keeps its server id, so the sync updates that
    // step instead of sending another one.
    void restoreKeepsTheServerIdentityOfStepsCreatedSince()
    {
        const qint64 localId = taskOne();
        QVERIFY(addGate(localId));
        QCOMPARE(sync(), 0);
        const Step created = store().get(localId)->local.steps.value(1);
        QVERIFY(!created.seriesId.isEmpty());
        QVERIFY(!created.actions.value(0).seriesId.isEmpty());
        TaskSeries later = store().get(localId)->local;
        later.name = QStringLiteral("later");
        later.steps[1].name = QStringLiteral("Gate renamed");
        later.steps[1].actions[0].name = QStringLiteral("Shut");
        QVERIFY(store().saveLocal(localId, later));
        QCOMPARE(sync(), 0);

        DirectEditor editor(store());
        SeriesHistory subject(store(), editor, localId);
        QString error;
        QVERIFY2(subject.restore(versionWithNewGate(subject.versions()), &error), qPrintable(error));
        const Step restored = store().get(localId)->local.steps.value(1);
        QCOMPARE(restored.seriesId, created.seriesId);
        QCOMPARE(restored.actions.value(0).seriesId, created.actions.value(0).seriesId);
        QCOMPARE(sync(), 0);

        const QJsonArray steps = serverSteps(store().get(localId)->local.seriesId);
        QCOMPARE(steps.size(), 2); // no second «Gate»
        const QJsonObject gate = steps.at(1).toObject();
        QCOMPARE(gate.value(QStringLiteral("seriesId")).toString(), created.seriesId);
        QCOMPARE(gate.value(QStringLiteral("name")).toString(), QStringLiteral("Gate"));
        const QJsonArray actions = gate.value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).toObject().value(QStringLiteral("seriesId")).toString(), created.actions.value(0).seriesId);
        QCOMPARE(actions.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Closed"));
        QCOMPARE(store().get(localId)->local.name, QStringLiteral("task 1"));
        QCOMPARE(store().get(localId)->state, SyncState::Clean);
    }

    // The server deleted the step since: the restored step is a new one, not a stale id.
    void restoredStepTheServerNoLongerHasIsNew()
    {
        const qint64 localId = taskOne();
        QVERIFY(addGate(localId));
        QCOMPARE(sync(), 0);
        const StoredTaskSeries synced = *store().get(localId);
        const QString gateId = synced.local.steps.value(1).seriesId;
        QVERIFY(!gateId.isEmpty());
        QCOMPARE(m_server.admin("DELETE", QStringLiteral("series/%1/steps/%2").arg(synced.local.seriesId, gateId)), 200);
        // A renamed series is what the listing shows changed, so the sync reads it again.
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + synced.local.seriesId,
                                {{QStringLiteral("name"), QStringLiteral("theirs")}}), 200);
        QCOMPARE(sync(), 0);
        QCOMPARE(store().get(localId)->local.steps.size(), 1);

        DirectEditor editor(store());
        SeriesHistory subject(store(), editor, localId);
        QJsonObject withGate; // the version received after the create: the step with its id
        for (const auto &version : subject.versions())
            if (version.record.value(QStringLiteral("steps")).toArray().size() == 2 && withGate.isEmpty()
                && version.record.value(QStringLiteral("steps")).toArray().at(1).toObject().contains(QStringLiteral("seriesId")))
                withGate = version.record;
        QVERIFY(!withGate.isEmpty());
        QString error;
        QVERIFY2(subject.restore(withGate, &error), qPrintable(error));
        const Step restored = store().get(localId)->local.steps.value(1);
        QVERIFY(restored.seriesId.isEmpty());
        QVERIFY(restored.actions.value(0).seriesId.isEmpty());
        QCOMPARE(sync(), 0);
        const QJsonArray steps = serverSteps(store().get(localId)->local.seriesId);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Gate"));
    }

    void restoreIsRefusedInConflictAndWhenDeleted()
    {
        DirectEditor editor(store());
        SeriesHistory subject(store(), editor, taskOne());
        QVERIFY(rename(QStringLiteral("mine")));
        const QJsonObject first = subject.versions().last().record;
        QVERIFY(renameOnServer(QStringLiteral("theirs")));
        QCOMPARE(sync(), 2);
        QString error;
        QVERIFY(!subject.restore(first, &error));
        QVERIFY2(error.contains(QStringLiteral("conflict")), qPrintable(error));
        QCOMPARE(store().get(taskOne())->local.name, QStringLiteral("mine"));

        QVERIFY(store().resolveConflict(taskOne(), store().get(taskOne())->local));
        QVERIFY(subject.restoreRefusal().isEmpty());
        QVERIFY(store().remove(taskOne()));
        QVERIFY(!subject.restore(first, &error));
        QVERIFY2(error.contains(QStringLiteral("deleted")), qPrintable(error));
    }

    void boundedLikeServiceTasks()
    {
        RecordHistory limits(m_ws->database());
        for (int i = 1; i <= 6; ++i)
            QVERIFY(rename(QStringLiteral("v%1").arg(i)));
        QCOMPARE(history().size(), 7);
        QVERIFY(limits.setLimit(3));
        QCOMPARE(names(history()), (QStringList{QStringLiteral("v6"), QStringLiteral("v5"), QStringLiteral("v4")}));
        QVERIFY(rename(QStringLiteral("v7")));
        QCOMPARE(names(history()), (QStringList{QStringLiteral("v7"), QStringLiteral("v6"), QStringLiteral("v5")}));
        QVERIFY(limits.setLimit(0));
        QVERIFY(rename(QStringLiteral("v8")));
        QVERIFY(history().isEmpty());
        QVERIFY(limits.setLimit(RecordHistory::kDefaultLimit));
    }
};

QTEST_GUILESS_MAIN(TestSeriesHistory)
#include "tst_serieshistory.moc"
