// RemoteChange: what the server's copy of a record, or its delete there, does to the stored
// record (README "Sync with the servers"). Every case for service tasks and for series, and
// the cases where the two kinds answer differently, each for its own kind.

#include "TestSupport.h"

#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"
#include "sync/RemoteChange.h"
#include "sync/SeriesChangeRules.h"
#include "sync/ServiceTaskChangeRules.h"

#include <QtTest>

namespace {

// Two fields a user edits independently: A and B.
struct TaskKind
{
    using Rules = ServiceTaskChangeRules;
    static ServiceTask seed()
    {
        DecodeError error;
        return ServiceTaskCodec::decode(TestSupport::fixtureJson(QStringLiteral("era-svctask.json")), &error)
            .value_or(ServiceTask());
    }
    static QString a(const ServiceTask &t) { return t.name; }
    static QString b(const ServiceTask &t) { return t.scriptCode; }
    static ServiceTask withA(ServiceTask t, const QString &v) { t.name = v; return t; }
    static ServiceTask withB(ServiceTask t, const QString &v) { t.scriptCode = v; return t; }
    static QString labelOfA() { return ThreeWayMerge::fieldLabel(QStringLiteral("name")); }
};

struct SeriesKind
{
    using Rules = SeriesChangeRules;
    static TaskSeries seed()
    {
        DecodeError error;
        return TaskSeriesCodec::decode(TestSupport::fixtureJson(QStringLiteral("targpatrol-series.json")), &error)
            .value_or(TaskSeries());
    }
    static QString a(const TaskSeries &s) { return s.name; }
    static QString b(const TaskSeries &s) { return s.description.value_or(QString()); }
    static TaskSeries withA(TaskSeries s, const QString &v) { s.name = v; return s; }
    static TaskSeries withB(TaskSeries s, const QString &v) { s.description = v; return s; }
    static QString labelOfA() { return ThreeWayMerge::fieldLabel(QStringLiteral("name")); }
};

template <typename Kind>
using Record = typename Kind::Rules::Record;
template <typename Kind>
using Stored = typename Kind::Rules::Stored;
template <typename Kind>
using Outcome = typename RemoteChange<typename Kind::Rules>::Outcome;
template <typename Kind>
using Does = typename Outcome<Kind>::Action;

template <typename Kind>
Stored<Kind> stored(SyncState state, const Record<Kind> &local, const std::optional<Record<Kind>> &base)
{
    Stored<Kind> s;
    s.localId = 7;
    s.state = state;
    s.local = local;
    s.base = base;
    return s;
}

template <typename Kind>
Outcome<Kind> pulled(const Stored<Kind> &current, const Record<Kind> &server)
{
    return RemoteChange<typename Kind::Rules>::pulled(current, server);
}

template <typename Kind>
Outcome<Kind> deletedThere(const Stored<Kind> &current)
{
    return RemoteChange<typename Kind::Rules>::deletedOnServer(current);
}

template <typename Kind>
bool same(const Record<Kind> &a, const Record<Kind> &b)
{
    return Kind::Rules::encode(a) == Kind::Rules::encode(b);
}

// ---- pulled copies, both kinds ----------------------------------------------------------

template <typename Kind>
void cleanTakesTheirs()
{
    const auto base = Kind::seed();
    const auto server = Kind::withA(base, QStringLiteral("renamed there"));
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Clean, base, base), server);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Clean);
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("renamed there"));
    QVERIFY(out.write.base && same<Kind>(*out.write.base, server));
    QVERIFY(!out.write.remote);
    QVERIFY(out.write.error.isEmpty());
}

template <typename Kind>
void unchangedEditTakesTheirs()
{
    // Marked Modified, but the local copy is the base again (an edit undone by hand).
    const auto base = Kind::seed();
    const auto server = Kind::withB(base, QStringLiteral("there"));
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Modified, base, base), server);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Clean);
    QVERIFY(same<Kind>(out.write.local, server));
}

template <typename Kind>
void editsOnOtherFieldsMerge()
{
    const auto base = Kind::seed();
    const auto mine = Kind::withA(base, QStringLiteral("mine"));
    const auto server = Kind::withB(base, QStringLiteral("theirs"));
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Modified, mine, base), server);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Modified);
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("mine"));
    QCOMPARE(Kind::b(out.write.local), QStringLiteral("theirs"));
    QVERIFY(out.write.base && same<Kind>(*out.write.base, server)); // the next push starts from theirs
    QVERIFY(!out.write.remote);
}

template <typename Kind>
void sameEditOnBothSidesIsClean()
{
    const auto base = Kind::seed();
    const auto both = Kind::withA(base, QStringLiteral("both"));
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Modified, both, base), both);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Clean);
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("both"));
}

template <typename Kind>
void sameFieldIsAConflictKeepingMine()
{
    const auto base = Kind::seed();
    const auto mine = Kind::withA(base, QStringLiteral("mine"));
    const auto server = Kind::withA(base, QStringLiteral("theirs"));
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Modified, mine, base), server);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Conflict);
    QCOMPARE(out.write.conflict, ConflictKind::Edited);
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("mine"));
    QVERIFY(out.write.base && same<Kind>(*out.write.base, base)); // the conflict is still against the old base
    QVERIFY(out.write.remote && same<Kind>(*out.write.remote, server));
    QVERIFY2(out.write.error.contains(Kind::labelOfA()), qPrintable(out.write.error));
}

template <typename Kind>
void deletedHereUnchangedThereStaysDeleted()
{
    const auto base = Kind::seed();
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Deleted, base, base), base);
    QCOMPARE(out.action, Does<Kind>::Nothing);
}

template <typename Kind>
void deletedHereChangedThereIsAConflict()
{
    const auto base = Kind::seed();
    const auto server = Kind::withB(base, QStringLiteral("theirs"));
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Deleted, base, base), server);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Conflict);
    QCOMPARE(out.write.conflict, ConflictKind::DeletedHere);
    QVERIFY(same<Kind>(out.write.local, base));
    QVERIFY(out.write.remote && same<Kind>(*out.write.remote, server));
    QVERIFY(!out.write.error.isEmpty());
}

// A "deleted here" conflict waits for the user through any later pull; the server's newest
// copy is kept beside it.
template <typename Kind>
void deletedHereConflictGetsTheNewestServerCopy()
{
    const auto base = Kind::seed();
    const auto server = Kind::withB(base, QStringLiteral("newest"));
    auto current = stored<Kind>(SyncState::Conflict, base, base);
    current.conflictKind = ConflictKind::DeletedHere;
    current.remote = Kind::withB(base, QStringLiteral("older"));
    current.syncError = QStringLiteral("why");
    const auto out = pulled<Kind>(current, server);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Conflict);
    QCOMPARE(out.write.conflict, ConflictKind::DeletedHere);
    QVERIFY(out.write.remote && same<Kind>(*out.write.remote, server));
    QVERIFY(out.write.base && same<Kind>(*out.write.base, base));
    QCOMPARE(out.write.error, QStringLiteral("why"));
}

// ---- remote deletes, both kinds ---------------------------------------------------------

template <typename Kind>
void neverConfirmedIsNeverDeleted()
{
    const auto local = Kind::seed();
    QCOMPARE(deletedThere<Kind>(stored<Kind>(SyncState::New, local, std::nullopt)).action, Does<Kind>::Nothing);
    QCOMPARE(deletedThere<Kind>(stored<Kind>(SyncState::Deleted, local, std::nullopt)).action, Does<Kind>::Nothing);
}

template <typename Kind>
void cleanOrDeletedGoes()
{
    const auto base = Kind::seed();
    QCOMPARE(deletedThere<Kind>(stored<Kind>(SyncState::Clean, base, base)).action, Does<Kind>::DeleteRow);
    QCOMPARE(deletedThere<Kind>(stored<Kind>(SyncState::Error, base, base)).action, Does<Kind>::DeleteRow);
    // Deleted here too, even after an edit: both sides want it gone.
    const auto edited = Kind::withA(base, QStringLiteral("mine"));
    QCOMPARE(deletedThere<Kind>(stored<Kind>(SyncState::Deleted, edited, base)).action, Does<Kind>::DeleteRow);
}

template <typename Kind>
void editedIsAConflict()
{
    const auto base = Kind::seed();
    const auto mine = Kind::withA(base, QStringLiteral("mine"));
    const auto out = deletedThere<Kind>(stored<Kind>(SyncState::Modified, mine, base));
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Conflict);
    QCOMPARE(out.write.conflict, ConflictKind::DeletedThere);
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("mine")); // the edit is kept
    QVERIFY(out.write.base && same<Kind>(*out.write.base, base));
    QVERIFY(!out.write.remote); // nothing on the server any more
    QVERIFY(!out.write.error.isEmpty());
}

template <typename Kind>
void unchangedConflictIsAConflict()
{
    // A conflict waits for the user even when the local copy is the base.
    const auto base = Kind::seed();
    auto current = stored<Kind>(SyncState::Conflict, base, base);
    current.conflictKind = ConflictKind::DeletedHere;
    const auto out = deletedThere<Kind>(current);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Conflict);
    QCOMPARE(out.write.conflict, ConflictKind::DeletedThere);
}

template <typename Kind>
void modifiedButUnchangedGoes()
{
    const auto base = Kind::seed();
    QCOMPARE(deletedThere<Kind>(stored<Kind>(SyncState::Modified, base, base)).action, Does<Kind>::DeleteRow);
}

} // namespace

// Runs a case for service tasks, then (when that passed) for series.
#define FOR_BOTH_KINDS(check)                                                                                          \
    do {                                                                                                               \
        check<TaskKind>();                                                                                             \
        if (QTest::currentTestFailed())                                                                                \
            QFAIL("service tasks");                                                                                    \
        check<SeriesKind>();                                                                                           \
        if (QTest::currentTestFailed())                                                                                \
            QFAIL("series");                                                                                           \
    } while (false)

class TestRemoteChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(!TaskKind::seed().name.isEmpty());
        QVERIFY(!SeriesKind::seed().name.isEmpty());
    }

    void cleanTakesTheirs() { FOR_BOTH_KINDS(::cleanTakesTheirs); }
    void unchangedEditTakesTheirs() { FOR_BOTH_KINDS(::unchangedEditTakesTheirs); }
    void editsOnOtherFieldsMerge() { FOR_BOTH_KINDS(::editsOnOtherFieldsMerge); }
    void sameEditOnBothSidesIsClean() { FOR_BOTH_KINDS(::sameEditOnBothSidesIsClean); }
    void sameFieldIsAConflictKeepingMine() { FOR_BOTH_KINDS(::sameFieldIsAConflictKeepingMine); }
    void deletedHereUnchangedThereStaysDeleted() { FOR_BOTH_KINDS(::deletedHereUnchangedThereStaysDeleted); }
    void deletedHereChangedThereIsAConflict() { FOR_BOTH_KINDS(::deletedHereChangedThereIsAConflict); }
    void deletedHereConflictGetsTheNewestServerCopy() { FOR_BOTH_KINDS(::deletedHereConflictGetsTheNewestServerCopy); }
    void neverConfirmedIsNeverDeleted() { FOR_BOTH_KINDS(::neverConfirmedIsNeverDeleted); }
    void cleanOrDeletedGoes() { FOR_BOTH_KINDS(::cleanOrDeletedGoes); }
    void editedIsAConflict() { FOR_BOTH_KINDS(::editedIsAConflict); }
    void unchangedConflictIsAConflict() { FOR_BOTH_KINDS(::unchangedConflictIsAConflict); }
    void modifiedButUnchangedGoes() { FOR_BOTH_KINDS(::modifiedButUnchangedGoes); }

    // ---- where the kinds differ ----

    void taskDeletedWhileItsCreateWasOutStaysDeleted()
    {
        const auto local = TaskKind::seed();
        const auto server = TaskKind::withB(local, QStringLiteral("theirs"));
        const auto out = pulled<TaskKind>(stored<TaskKind>(SyncState::Deleted, local, std::nullopt), server);
        QCOMPARE(out.action, Does<TaskKind>::Write);
        QCOMPARE(out.write.state, SyncState::Deleted); // the DELETE is still sent
        QVERIFY(out.write.base && same<TaskKind>(*out.write.base, server));
        QVERIFY(!out.write.remote);
    }

    void seriesDeletedBeforeItWasConfirmedIsAConflict()
    {
        const auto local = SeriesKind::seed();
        auto server = SeriesKind::withB(local, QStringLiteral("theirs"));
        server.seriesId = QStringLiteral("5e000000-0000-4000-8000-00000000000a");
        const auto out = pulled<SeriesKind>(stored<SeriesKind>(SyncState::Deleted, local, std::nullopt), server);
        QCOMPARE(out.action, Does<SeriesKind>::Write);
        QCOMPARE(out.write.state, SyncState::Conflict);
        QCOMPARE(out.write.conflict, ConflictKind::DeletedHere);
        QCOMPARE(out.write.local.seriesId, server.seriesId); // the series the server has now
        QVERIFY(!out.write.base);
    }

    void refusedTaskThatMergesIsSentAgain()
    {
        const auto base = TaskKind::seed();
        auto current = stored<TaskKind>(SyncState::Error, TaskKind::withA(base, QStringLiteral("mine")), base);
        current.syncError = QStringLiteral("refused");
        const auto out = pulled<TaskKind>(current, TaskKind::withB(base, QStringLiteral("theirs")));
        QCOMPARE(out.write.state, SyncState::Modified);
        QVERIFY(out.write.error.isEmpty());
    }

    void refusedSeriesThatMergesStaysRefused()
    {
        const auto base = SeriesKind::seed();
        auto current = stored<SeriesKind>(SyncState::Error, SeriesKind::withA(base, QStringLiteral("mine")), base);
        current.syncError = QStringLiteral("refused");
        const auto out = pulled<SeriesKind>(current, SeriesKind::withB(base, QStringLiteral("theirs")));
        QCOMPARE(out.write.state, SyncState::Error);
        QCOMPARE(out.write.error, QStringLiteral("refused"));
        QCOMPARE(SeriesKind::a(out.write.local), QStringLiteral("mine"));
        QCOMPARE(SeriesKind::b(out.write.local), QStringLiteral("theirs"));
    }

    void seriesTakesTheServersIdOnAMerge()
    {
        // A split made elsewhere gives the series another id: the merged copy has it.
        const auto base = SeriesKind::seed();
        auto server = SeriesKind::withB(base, QStringLiteral("theirs"));
        server.seriesId = QStringLiteral("5e000000-0000-4000-8000-00000000000b");
        const auto out = pulled<SeriesKind>(
            stored<SeriesKind>(SyncState::Modified, SeriesKind::withA(base, QStringLiteral("mine")), base), server);
        QCOMPARE(out.write.state, SyncState::Modified);
        QCOMPARE(out.write.local.seriesId, server.seriesId);
    }

    // A create whose answer was lost: what it sent is the base, so another client's change
    // made since is taken and not overwritten by the unchanged local copy.
    void taskCreateWithoutAnswerMergesAgainstWhatItSent()
    {
        const auto sent = TaskKind::seed();
        auto current = stored<TaskKind>(SyncState::New, sent, std::nullopt);
        current.posted = sent;
        current.pushAttempted = true;
        const auto server = TaskKind::withB(sent, QStringLiteral("changed by another client"));
        const auto out = pulled<TaskKind>(current, server);
        QCOMPARE(out.write.state, SyncState::Clean);
        QCOMPARE(TaskKind::b(out.write.local), QStringLiteral("changed by another client"));
    }

    // A PATCH whose answer never came landed; the user edited the same field again since:
    // the newer edit stays and is sent, no conflict with the value the PATCH wrote (even
    // when the record is marked clean: the server's copy is not simply taken).
    void taskUnansweredPatchThatLandedKeepsTheNewerEdit()
    {
        const auto base = TaskKind::seed();
        const auto sent = TaskKind::withA(base, QStringLiteral("sent"));
        auto current = stored<TaskKind>(SyncState::Clean, TaskKind::withA(base, QStringLiteral("newer")), base);
        current.posted = sent;
        current.pushAttempted = true;
        const auto out = pulled<TaskKind>(current, sent);
        QCOMPARE(out.action, Does<TaskKind>::Write);
        QCOMPARE(out.write.state, SyncState::Modified);
        QCOMPARE(TaskKind::a(out.write.local), QStringLiteral("newer"));
    }

    // The same PATCH, the user's copy unchanged since: the server's copy is taken, clean.
    void taskUnansweredPatchThatLandedIsClean()
    {
        const auto base = TaskKind::seed();
        const auto sent = TaskKind::withA(base, QStringLiteral("sent"));
        auto current = stored<TaskKind>(SyncState::Modified, sent, base);
        current.posted = sent;
        current.pushAttempted = true;
        const auto out = pulled<TaskKind>(current, TaskKind::withB(sent, QStringLiteral("theirs")));
        QCOMPARE(out.write.state, SyncState::Clean);
        QCOMPARE(TaskKind::b(out.write.local), QStringLiteral("theirs"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteChange)
#include "tst_remotechange.moc"
