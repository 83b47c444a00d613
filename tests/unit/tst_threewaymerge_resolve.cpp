// ThreeWayMerge::resolve: every kind of conflict path of both record kinds (a field, an
// opts key, the order of steps and of actions, a step or an action deleted on one side,
// an action's field and its step) resolved as mine, theirs or an edited value.

#include "ThreeWayMergeTest.h"
#include "TestSupport.h"

#include <QtTest>

using namespace ThreeWayMergeTest;

class TestThreeWayMergeResolve : public QObject
{
    Q_OBJECT

private slots:
    void resolveEveryPathKind_data();
    void resolveEveryPathKind();
    void resolveWithoutChoiceKeepsMine();
};

void TestThreeWayMergeResolve::resolveEveryPathKind_data()
{
    QTest::addColumn<bool>("series");
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("choice"); // "mine", "theirs" or "edited"
    QTest::addColumn<QJsonValue>("edited");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject era = eraBase();
    const QJsonValue none;
    {
        const QJsonObject m = withField(era, "name", "M"), t = withField(era, "name", "T");
        QTest::newRow("name: mine") << false << era << m << t << "name" << "mine" << none << m;
        QTest::newRow("name: theirs") << false << era << m << t << "name" << "theirs" << none << t;
        QTest::newRow("name: edited") << false << era << m << t << "name" << "edited" << QJsonValue("E")
                                      << withField(era, "name", "E");
    }
    {
        const QJsonObject m = withOpt(era, "title", "M"), t = withOpt(era, "title", "T");
        QTest::newRow("opts.title: theirs") << false << era << m << t << "opts.title" << "theirs" << none << t;
        QTest::newRow("opts.title: edited") << false << era << m << t << "opts.title" << "edited" << QJsonValue("E")
                                            << withOpt(era, "title", "E");
        QTest::newRow("opts.title: removed") << false << era << m << t << "opts.title" << "edited" << absent
                                             << withOpt(era, "title", absent);
    }
    {
        const QJsonObject t = withField(era, "id", "other");
        QTest::newRow("id: theirs") << false << era << era << t << "id" << "theirs" << none << t;
    }

    const QJsonObject base = seriesBase();
    {
        const QJsonObject m = withField(base, "deadlined", true), t = withField(base, "deadlined", QJsonValue::Null);
        QTest::newRow("series field: theirs") << true << base << m << t << "deadlined" << "theirs" << none << t;
    }
    {
        const QJsonObject b = withField(base, "recurrence", QJsonObject{{"rule", "FREQ=DAILY"}});
        const QJsonObject m = withField(b, "recurrence", QJsonObject{{"rule", "FREQ=WEEKLY"}});
        const QJsonObject t = withField(b, "recurrence", QJsonObject{{"rule", "FREQ=MONTHLY"}});
        QTest::newRow("recurrence.rule: theirs") << true << b << m << t << "recurrence.rule" << "theirs" << none << t;
        QTest::newRow("recurrence.rule: edited") << true << b << m << t << "recurrence.rule" << "edited"
                                                 << QJsonValue("FREQ=YEARLY")
                                                 << withField(b, "recurrence", QJsonObject{{"rule", "FREQ=YEARLY"}});
    }
    {
        const QJsonObject m = withStepOrder(base, {S2, S1, S3}), t = withStepOrder(base, {S1, S3, S2});
        QTest::newRow("steps.order: mine") << true << base << m << t << "steps.order" << "mine" << none << m;
        QTest::newRow("steps.order: theirs") << true << base << m << t << "steps.order" << "theirs" << none << t;
        QTest::newRow("steps.order: edited") << true << base << m << t << "steps.order" << "edited"
                                             << QJsonValue(QJsonArray{S3, S2, S1}) << withStepOrder(base, {S3, S2, S1});
    }
    {
        const QJsonObject m = withStepField(base, S2, "name", "M"), t = withoutStep(base, S2);
        QTest::newRow("step deleted there: mine") << true << base << m << t << stepPath(S2) << "mine" << none << m;
        QTest::newRow("step deleted there: theirs") << true << base << m << t << stepPath(S2) << "theirs" << none << t;
        QTest::newRow("step deleted here: theirs") << true << base << t << m << stepPath(S2) << "theirs" << none << m;
        QTest::newRow("step deleted here: mine") << true << base << t << m << stepPath(S2) << "mine" << none << t;
    }
    {
        const QJsonObject m = withStepField(base, S1, "name", "M"), t = withStepField(base, S1, "name", "T");
        QTest::newRow("step name: mine") << true << base << m << t << stepPath(S1) + ".name" << "mine" << none << m;
        QTest::newRow("step name: theirs") << true << base << m << t << stepPath(S1) + ".name" << "theirs" << none << t;
        QTest::newRow("step name: edited") << true << base << m << t << stepPath(S1) + ".name" << "edited"
                                           << QJsonValue("E") << withStepField(base, S1, "name", "E");
    }
    {
        const QJsonObject m = withStepField(base, S3, "pointId", "p-m"), t = withStepField(base, S3, "pointId", "p-t");
        QTest::newRow("step pointId: theirs") << true << base << m << t << stepPath(S3) + ".pointId" << "theirs"
                                              << none << t;
    }
    {
        const QJsonObject b = withActionOrder(withActionInserted(base, S1, 0, QJsonObject{{"seriesId", "x9"}, {"name", "9"}}), S1, {A1, A2, "x9"});
        const QJsonObject mb = withActionOrder(b, S1, {A2, A1, "x9"}), tb = withActionOrder(b, S1, {"x9", A2, A1});
        QTest::newRow("actions.order: theirs") << true << b << mb << tb << stepPath(S1) + ".actions.order" << "theirs"
                                               << none << tb;
        QTest::newRow("actions.order: edited") << true << b << mb << tb << stepPath(S1) + ".actions.order" << "edited"
                                               << QJsonValue(QJsonArray{A1, "x9", A2})
                                               << withActionOrder(b, S1, {A1, "x9", A2});
    }
    {
        const QJsonObject m = withActionField(base, A2, "name", "M"), t = withoutAction(base, A2);
        QTest::newRow("action deleted there: theirs") << true << base << m << t << actionPath(S1, A2) << "theirs"
                                                      << none << t;
        QTest::newRow("action deleted here: theirs") << true << base << t << m << actionPath(S1, A2) << "theirs"
                                                     << none << m;
        QTest::newRow("action deleted here: edited") << true << base << t << m << actionPath(S1, A2) << "edited"
                                                     << QJsonValue(action(withActionField(base, A2, "name", "E"), A2))
                                                     << withActionField(base, A2, "name", "E");
    }
    {
        const QJsonObject m = withActionField(base, A3, "required", false), t = withActionField(base, A3, "required", QJsonValue::Null);
        const QString p = actionPath(S2, A3) + ".required";
        QTest::newRow("action required: mine") << true << base << m << t << p << "mine" << none << m;
        QTest::newRow("action required: theirs") << true << base << m << t << p << "theirs" << none << t;
        const QJsonObject m2 = withActionField(base, A3, "minValue", 1), t2 = withActionField(base, A3, "minValue", 2);
        QTest::newRow("action minValue: edited") << true << base << m2 << t2 << actionPath(S2, A3) + ".minValue"
                                                 << "edited" << QJsonValue(3) << withActionField(base, A3, "minValue", 3);
    }
    {
        const QJsonObject m = withActionMoved(base, A1, S2, 1), t = withActionMoved(base, A1, S3, 1);
        const QString p = actionPath(S2, A1) + ".step";
        QTest::newRow("action step: mine") << true << base << m << t << p << "mine" << none << m;
        QTest::newRow("action step: theirs") << true << base << m << t << p << "theirs" << none << t;
    }
}

void TestThreeWayMergeResolve::resolveEveryPathKind()
{
    QFETCH(bool, series);
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, theirs);
    QFETCH(QString, path);
    QFETCH(QString, choice);
    QFETCH(QJsonValue, edited);
    QFETCH(QJsonObject, expected);

    const MergeResult r = series ? ThreeWayMerge::mergeSeries(base, mine, theirs)
                                 : ThreeWayMerge::mergeServiceTask(base, mine, theirs);
    QCOMPARE(paths(r), QStringList{path});
    COMPARE_JSON(r.merged, mine); // waiting: nothing of the user's lost
    const FieldConflict &c = r.conflicts.first();
    const QJsonValue chosen = choice == QLatin1String("mine") ? c.mine : choice == QLatin1String("theirs") ? c.theirs : edited;
    const QJsonObject resolved = ThreeWayMerge::resolve(r.merged, r.conflicts, {{path, chosen}});
    COMPARE_JSON(resolved, expected);
    if (series)
        QVERIFY(ordersAreRenumbered(resolved));
}

void TestThreeWayMergeResolve::resolveWithoutChoiceKeepsMine()
{
    const QJsonObject base = eraBase();
    const QJsonObject mine = withOpt(withField(base, "name", "M"), "title", "M");
    const MergeResult r = ThreeWayMerge::mergeServiceTask(base, mine, withOpt(withField(base, "name", "T"), "title", "T"));
    QCOMPARE(r.conflicts.size(), 2);
    // Resolving all at once: theirs for the name, nothing said about the title (stays mine).
    const QJsonObject resolved = ThreeWayMerge::resolve(r.merged, r.conflicts, {{"name", "T"}});
    COMPARE_JSON(resolved, withField(mine, "name", "T"));
}

QTEST_GUILESS_MAIN(TestThreeWayMergeResolve)
#include "tst_threewaymerge_resolve.moc"
