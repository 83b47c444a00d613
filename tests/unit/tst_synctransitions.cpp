// Every state × every sync event, against a table written out here by hand: what the
// stores do to a record when an answer (or its absence) comes back.
#include "storage/SyncTransitions.h"

#include <QtTest>

namespace {

using S = SyncState;
using E = SyncEvent;

const S kStates[] = {S::New, S::Clean, S::Modified, S::Deleted, S::Conflict, S::Error};
const E kEvents[] = {E::AnswerMatchesLocal, E::AnswerDiffersLocal, E::Refused, E::DeleteRefused, E::TransientFailure};

// Rows: states in the order above; columns: events in the order above.
const S kExpected[6][5] = {
    /* New      */ {S::Clean, S::Modified, S::Error, S::New, S::New},
    /* Clean    */ {S::Clean, S::Modified, S::Error, S::Clean, S::Clean},
    /* Modified */ {S::Clean, S::Modified, S::Error, S::Modified, S::Modified},
    /* Deleted  */ {S::Deleted, S::Deleted, S::Deleted, S::Error, S::Deleted},
    /* Conflict */ {S::Conflict, S::Conflict, S::Conflict, S::Conflict, S::Conflict},
    /* Error    */ {S::Clean, S::Modified, S::Error, S::Error, S::Error},
};

} // namespace

class TestSyncTransitions : public QObject
{
    Q_OBJECT

private slots:
    void everyStateAndEvent_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("event");
        QTest::addColumn<int>("expected");
        for (int s = 0; s < 6; ++s) {
            for (int e = 0; e < 5; ++e) {
                QTest::addRow("%s x %d", qPrintable(SyncStates::displayName(kStates[s])), e)
                    << int(kStates[s]) << int(kEvents[e]) << int(kExpected[s][e]);
            }
        }
    }

    void everyStateAndEvent()
    {
        QFETCH(int, state);
        QFETCH(int, event);
        QFETCH(int, expected);
        QCOMPARE(int(SyncTransitions::after(SyncState(state), SyncEvent(event))), expected);
    }

    void theTableCoversEveryState()
    {
        // A state added to the enum must get a row here.
        QCOMPARE(int(std::size(kStates)), int(SyncState::Error) + 1);
    }

    void aDeleteIsNeverUndoneByAnAnswerToAnOlderPush()
    {
        for (E event : {E::AnswerMatchesLocal, E::AnswerDiffersLocal, E::Refused, E::TransientFailure})
            QCOMPARE(SyncTransitions::after(S::Deleted, event), S::Deleted);
    }
};

QTEST_GUILESS_MAIN(TestSyncTransitions)
#include "tst_synctransitions.moc"
