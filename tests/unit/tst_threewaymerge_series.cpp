// ThreeWayMerge of task series (README "Sync with the servers"): the steps and actions
// matched by their ids, a move on one side and an edit on the other, and actions
// reordered differently on both sides.

#include "ThreeWayMergeTest.h"
#include "TestSupport.h"

#include <QtTest>

using namespace ThreeWayMergeTest;

class TestThreeWayMergeSeries : public QObject
{
    Q_OBJECT

private slots:
    void seriesNoChange();
    void seriesActionMovedHereRequiredChangedThere();
    void seriesActionsReorderedDifferently();
};

void TestThreeWayMergeSeries::seriesNoChange()
{
    const QJsonObject base = seriesBase();
    QCOMPARE(stepNames(base), (QStringList{"step 1", "step 2", "step 3"}));
    const MergeResult r = ThreeWayMerge::mergeSeries(base, base, base);
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged, base);
}

void TestThreeWayMergeSeries::seriesActionMovedHereRequiredChangedThere()
{
    const QJsonObject base = seriesBase();
    const QJsonObject mine = withActionMoved(base, A2, S2, 0);
    const QJsonObject theirs = withActionField(base, A2, "required", false);
    const MergeResult r = ThreeWayMerge::mergeSeries(base, mine, theirs);
    QVERIFY(r.clean());
    QCOMPARE(parentOf(r.merged, A2), S2);
    QCOMPARE(action(r.merged, A2).value("required").toBool(), false);
    COMPARE_JSON(r.merged, withActionField(mine, A2, "required", false));
    // And the other way round: moved there, edited here.
    const MergeResult back = ThreeWayMerge::mergeSeries(base, theirs, mine);
    QVERIFY(back.clean());
    COMPARE_JSON(back.merged, r.merged);
}

void TestThreeWayMergeSeries::seriesActionsReorderedDifferently()
{
    QJsonObject base = withActionInserted(seriesBase(), S1, 2,
                                          QJsonObject{{"seriesId", "3a000000-0000-4000-8000-000000000009"},
                                                      {"name", "action 9"}, {"type", "TEXT"}, {"required", false}});
    const QString A9 = "3a000000-0000-4000-8000-000000000009";
    const QJsonObject mine = withActionOrder(base, S1, {A2, A1, A9});
    const QJsonObject theirs = withActionOrder(base, S1, {A9, A2, A1});
    const MergeResult r = ThreeWayMerge::mergeSeries(base, mine, theirs);
    QCOMPARE(paths(r), QStringList{stepPath(S1) + ".actions.order"});
    QVERIFY(r.conflicts.first().label.contains("step 1"));
    COMPARE_JSON(r.conflicts.first().theirs, (QJsonArray{A9, A2, A1}));
    COMPARE_JSON(r.merged, mine);
    // One side only: taken.
    const MergeResult one = ThreeWayMerge::mergeSeries(base, base, theirs);
    QVERIFY(one.clean());
    COMPARE_JSON(one.merged, theirs);
}

QTEST_GUILESS_MAIN(TestThreeWayMergeSeries)
#include "tst_threewaymerge_series.moc"
