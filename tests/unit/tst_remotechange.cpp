// RemoteChange: what the server's copy of a record, or its delete there, does to the stored
// record (README "Sync with the servers"). Every case for service tasks and for series: the
// same situation has the same outcome for both kinds.

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
    // A task's id is made here: the server's copy has the one the create sent.
    static QString identity(const ServiceTask &t) { return t.id; }
    static void setIdentity(ServiceTask &, const QString &) {}
    static ServiceTask withoutIdentity(const ServiceTask &t) { return t; }
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
    // A series' id is the server's: a create whose answer was lost has none here.
    static QString identity(const TaskSeries &s) { return s.seriesId; }
    static void setIdentity(TaskSeries &s, const QString &id) { s.seriesId = id; }
    static TaskSeries withoutIdentity(TaskSeries s) { s.seriesId.clear(); return s; }
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

// ---- deleted while the create was out, refused, unanswered: both kinds ------------------

// Deleted here while its create was out, and the create arrived: nobody changed it there,
// so no conflict; it stays deleted with the server's copy as its base and identity.
template <typename Kind>
void deletedWhileItsCreateWasOutStaysDeleted()
{
    const auto local = Kind::seed();
    auto server = Kind::withB(local, QStringLiteral("as created"));
    Kind::setIdentity(server, QStringLiteral("5e000000-0000-4000-8000-00000000000a"));
    const auto out = pulled<Kind>(stored<Kind>(SyncState::Deleted, Kind::withoutIdentity(local), std::nullopt), server);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Deleted); // the delete is still to be sent
    QVERIFY(out.write.base && same<Kind>(*out.write.base, server));
    QVERIFY(!out.write.remote);
    QCOMPARE(Kind::identity(out.write.local), Kind::identity(server));
}

// The refusal was of the old content: a clean merge with a server change is sent again.
template <typename Kind>
void refusedThatMergesIsSentAgain()
{
    const auto base = Kind::seed();
    auto current = stored<Kind>(SyncState::Error, Kind::withA(base, QStringLiteral("mine")), base);
    current.syncError = QStringLiteral("refused");
    const auto out = pulled<Kind>(current, Kind::withB(base, QStringLiteral("theirs")));
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Modified);
    QVERIFY(out.write.error.isEmpty());
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("mine"));
    QCOMPARE(Kind::b(out.write.local), QStringLiteral("theirs"));
}

// Read again with nothing changed there: what was refused is not sent again by itself.
template <typename Kind>
void refusedAndUnchangedThereStaysRefused()
{
    const auto base = Kind::seed();
    auto current = stored<Kind>(SyncState::Error, Kind::withA(base, QStringLiteral("mine")), base);
    current.syncError = QStringLiteral("refused");
    const auto out = pulled<Kind>(current, base);
    QCOMPARE(out.write.state, SyncState::Error);
    QCOMPARE(out.write.error, QStringLiteral("refused"));
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("mine"));
}

// An update (PATCH, PUT) sent as `sent`, its answer never came.
template <typename Kind>
Stored<Kind> unanswered(SyncState state, const Record<Kind> &local, const Record<Kind> &base, const Record<Kind> &sent)
{
    auto current = stored<Kind>(state, local, base);
    current.posted = sent;
    current.pushAttempted = true;
    current.pushAttemptedRevision = 3;
    return current;
}

// It landed, another client changed another field since, the user edited the same field
// again: the newer edit stays and is sent, the other client's change is taken, no conflict
// (even when the record is marked clean: the server's copy is not simply taken).
template <typename Kind>
void unansweredUpdateThatLandedKeepsTheNewerEdit()
{
    const auto base = Kind::seed();
    const auto sent = Kind::withA(base, QStringLiteral("sent"));
    const auto server = Kind::withB(sent, QStringLiteral("another client"));
    for (const SyncState state : {SyncState::Modified, SyncState::Clean}) {
        const auto out = pulled<Kind>(unanswered<Kind>(state, Kind::withA(base, QStringLiteral("newer")), base, sent), server);
        QCOMPARE(out.action, Does<Kind>::Write);
        QCOMPARE(out.write.state, SyncState::Modified);
        QCOMPARE(Kind::a(out.write.local), QStringLiteral("newer"));
        QCOMPARE(Kind::b(out.write.local), QStringLiteral("another client"));
        QVERIFY(out.write.base && same<Kind>(*out.write.base, server));
    }
}

// It landed; the user put the field back to the synced value since: that is the newest
// write, and it is sent.
template <typename Kind>
void editBackAfterAnUnansweredUpdateIsSent()
{
    const auto base = Kind::seed();
    const auto sent = Kind::withA(base, QStringLiteral("sent"));
    const auto server = Kind::withB(sent, QStringLiteral("another client"));
    const auto out = pulled<Kind>(unanswered<Kind>(SyncState::Modified, base, base, sent), server);
    QCOMPARE(out.write.state, SyncState::Modified);
    QCOMPARE(Kind::a(out.write.local), Kind::a(base));
    QCOMPARE(Kind::b(out.write.local), QStringLiteral("another client"));
}

// It landed, the user's copy unchanged since: the server's copy is taken, clean.
template <typename Kind>
void unansweredUpdateThatLandedIsClean()
{
    const auto base = Kind::seed();
    const auto sent = Kind::withA(base, QStringLiteral("sent"));
    const auto out = pulled<Kind>(unanswered<Kind>(SyncState::Modified, sent, base, sent),
                                  Kind::withB(sent, QStringLiteral("theirs")));
    QCOMPARE(out.write.state, SyncState::Clean);
    QCOMPARE(Kind::a(out.write.local), QStringLiteral("sent"));
    QCOMPARE(Kind::b(out.write.local), QStringLiteral("theirs"));
}

// It did not land (the server still has the base) and the user went back to the synced
// value: nothing is left to send.
template <typename Kind>
void unansweredUpdateThatDidNotLandAndWasUndoneIsClean()
{
    const auto base = Kind::seed();
    const auto sent = Kind::withA(base, QStringLiteral("sent"));
    const auto server = Kind::withB(base, QStringLiteral("theirs"));
    const auto out = pulled<Kind>(unanswered<Kind>(SyncState::Modified, base, base, sent), server);
    QCOMPARE(out.write.state, SyncState::Clean);
    QVERIFY(same<Kind>(out.write.local, server));
}

// A create whose answer was lost: what it sent is the base, so another client's change
// made since is taken and not overwritten by the unchanged local copy.
template <typename Kind>
void createWithoutAnswerMergesAgainstWhatItSent()
{
    const auto sent = Kind::seed();
    auto current = stored<Kind>(SyncState::New, sent, std::nullopt);
    current.posted = sent;
    current.pushAttempted = true;
    const auto out = pulled<Kind>(current, Kind::withB(sent, QStringLiteral("changed by another client")));
    QCOMPARE(out.write.state, SyncState::Clean);
    QCOMPARE(Kind::b(out.write.local), QStringLiteral("changed by another client"));
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

template <typename Kind>
void undoneDeleteWhoseDeleteWentOutIsAConflict()
{
    // The user undid a delete whose DELETE was sent with its answer lost (noted without a
    // copy): the delete there may be that one or another client's, so the user decides.
    const auto base = Kind::seed();
    auto current = stored<Kind>(SyncState::Clean, base, base);
    current.pushAttempted = true;
    current.pushAttemptedRevision = 4;
    const auto out = deletedThere<Kind>(current);
    QCOMPARE(out.action, Does<Kind>::Write);
    QCOMPARE(out.write.state, SyncState::Conflict);
    QCOMPARE(out.write.conflict, ConflictKind::DeletedThere);
    QVERIFY(same<Kind>(out.write.local, base));
    // Still deleted here: the DELETE landed, nothing to decide.
    current.state = SyncState::Deleted;
    QCOMPARE(deletedThere<Kind>(current).action, Does<Kind>::DeleteRow);
    // An update that went out (noted with its copy) and landed unchanged is no undo.
    current.state = SyncState::Clean;
    current.posted = base;
    QCOMPARE(deletedThere<Kind>(current).action, Does<Kind>::DeleteRow);
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
    void undoneDeleteWhoseDeleteWentOutIsAConflict() { FOR_BOTH_KINDS(::undoneDeleteWhoseDeleteWentOutIsAConflict); }

    void deletedWhileItsCreateWasOutStaysDeleted() { FOR_BOTH_KINDS(::deletedWhileItsCreateWasOutStaysDeleted); }
    void refusedThatMergesIsSentAgain() { FOR_BOTH_KINDS(::refusedThatMergesIsSentAgain); }
    void refusedAndUnchangedThereStaysRefused() { FOR_BOTH_KINDS(::refusedAndUnchangedThereStaysRefused); }
    void unansweredUpdateThatLandedKeepsTheNewerEdit() { FOR_BOTH_KINDS(::unansweredUpdateThatLandedKeepsTheNewerEdit); }
    void editBackAfterAnUnansweredUpdateIsSent() { FOR_BOTH_KINDS(::editBackAfterAnUnansweredUpdateIsSent); }
    void unansweredUpdateThatLandedIsClean() { FOR_BOTH_KINDS(::unansweredUpdateThatLandedIsClean); }
    void unansweredUpdateThatDidNotLandAndWasUndoneIsClean()
    {
        FOR_BOTH_KINDS(::unansweredUpdateThatDidNotLandAndWasUndoneIsClean);
    }
    void createWithoutAnswerMergesAgainstWhatItSent() { FOR_BOTH_KINDS(::createWithoutAnswerMergesAgainstWhatItSent); }

    // ---- the series' identity: the server's, and a split elsewhere changes it ----

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

    void refusedSeriesSplitElsewhereStaysRefused()
    {
        // Only its identity changed there: what would be sent is what was refused.
        const auto base = SeriesKind::seed();
        auto server = base;
        server.seriesId = QStringLiteral("5e000000-0000-4000-8000-00000000000c");
        auto current = stored<SeriesKind>(SyncState::Error, SeriesKind::withA(base, QStringLiteral("mine")), base);
        current.syncError = QStringLiteral("refused");
        const auto out = pulled<SeriesKind>(current, server);
        QCOMPARE(out.write.state, SyncState::Error);
        QCOMPARE(out.write.error, QStringLiteral("refused"));
        QCOMPARE(out.write.local.seriesId, server.seriesId);
    }
};

QTEST_GUILESS_MAIN(TestRemoteChange)
#include "tst_remotechange.moc"
