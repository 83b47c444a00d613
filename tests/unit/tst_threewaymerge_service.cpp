// ThreeWayMerge of service tasks (README "Sync with the servers"): base = the server's
// version the edit started from, mine = the local version, theirs = the server's current
// version. Every field, the opts keys one by one, fields unknown to the app, a change of
// form only, the fields a push sends, and a record deleted on one side.

#include "ThreeWayMergeTest.h"
#include "TestSupport.h"

#include <QtTest>

using namespace ThreeWayMergeTest;

class TestThreeWayMergeService : public QObject
{
    Q_OBJECT

private slots:
    void serviceNoChange();
    void serviceOneSide_data();
    void serviceOneSide();
    void serviceEveryField_data();
    void serviceEveryField();
    void serviceOptsPerKey();
    void serviceUnknownFieldsKept();
    void serviceRemovedFieldVsEdited();
    void serviceFormatOnlyIsNoChange_data();
    void serviceFormatOnlyIsNoChange();
    void changedFields_data();
    void changedFields();
    void deleteConflict();
};

void TestThreeWayMergeService::serviceNoChange()
{
    const QJsonObject base = eraBase();
    QVERIFY(!base.isEmpty());
    const MergeResult r = ThreeWayMerge::mergeServiceTask(base, base, base);
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged, base);
}

void TestThreeWayMergeService::serviceOneSide_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mine only") << "Мой обзвон" << "Обзвон должников" << "Мой обзвон";
    QTest::newRow("theirs only") << "Обзвон должников" << "Их обзвон" << "Их обзвон";
    QTest::newRow("both the same value") << "Общий" << "Общий" << "Общий";
}

void TestThreeWayMergeService::serviceOneSide()
{
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, expected);
    const QJsonObject base = eraBase();
    const MergeResult r = ThreeWayMerge::mergeServiceTask(base, withField(base, "name", mine),
                                                          withField(base, "name", theirs));
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged, withField(base, "name", expected));
}

// Every field of the entity: a change on one side is taken, changes on both sides conflict.
void TestThreeWayMergeService::serviceEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("mine");
    QTest::addColumn<QJsonValue>("theirs");
    QTest::addColumn<bool>("conflict"); // false: both sides made the same change (in another form)
    QTest::newRow("name") << "name" << QJsonValue("A") << QJsonValue("B") << true;
    QTest::newRow("isenabled") << "isenabled" << QJsonValue(1) << QJsonValue(true) << false;
    QTest::newRow("svcscriptcode") << "svcscriptcode" << QJsonValue("cleardata") << QJsonValue("other") << true;
    QTest::newRow("sitemode") << "sitemode" << QJsonValue("firstsite") << QJsonValue("custom") << true;
    QTest::newRow("sites") << "sites" << QJsonValue("S1, S2") << QJsonValue("S3") << true;
    QTest::newRow("sites, same list") << "sites" << QJsonValue("S1, S2") << QJsonValue(QJsonArray{"S1", "S2"}) << false;
    QTest::newRow("isregular") << "isregular" << QJsonValue(0) << QJsonValue(false) << false;
    QTest::newRow("overlap") << "overlap" << QJsonValue(0) << QJsonValue(0) << false;
    QTest::newRow("intervalsec") << "intervalsec" << QJsonValue(60) << QJsonValue(120) << true;
    QTest::newRow("dtstart") << "dtstart" << QJsonValue("2019-03-01T00:00:00Z") << QJsonValue("2019-04-01T00:00:00Z") << true;
    QTest::newRow("dtstop") << "dtstop" << QJsonValue("2021-01-01T00:00:00Z") << QJsonValue("") << true;
    QTest::newRow("schedule") << "schedule" << QJsonValue("all") << QJsonValue("night") << true;
    QTest::newRow("periods") << "periods" << QJsonValue(QJsonArray{QJsonObject{{"day", 1}}})
                             << QJsonValue(QJsonArray{QJsonObject{{"day", 2}}}) << true;
    QTest::newRow("opts.title") << "opts.title" << QJsonValue("мой") << QJsonValue("их") << true;
    QTest::newRow("opts.comment") << "opts.comment" << QJsonValue("m") << QJsonValue("t") << true;
}

void TestThreeWayMergeService::serviceEveryField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, mine);
    QFETCH(QJsonValue, theirs);
    QFETCH(bool, conflict);
    const QJsonObject base = eraBase();
    const bool inOpts = field.startsWith(QLatin1String("opts."));
    const QString key = inOpts ? field.mid(5) : field;
    auto with = [&](const QJsonValue &v) { return inOpts ? withOpt(base, key, v) : withField(base, key, v); };
    const QJsonValue baseValue = inOpts ? base.value("opts").toObject().value(key) : base.value(key);

    // Changed here only: mine is kept.
    MergeResult r = ThreeWayMerge::mergeServiceTask(base, with(mine), base);
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged, with(mine));
    // Changed there only: theirs is taken.
    r = ThreeWayMerge::mergeServiceTask(base, base, with(theirs));
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged, with(theirs));
    // Changed on both sides: one conflict, merged keeps mine until the user decides.
    r = ThreeWayMerge::mergeServiceTask(base, with(mine), with(theirs));
    if (!conflict) {
        QVERIFY(r.clean());
        COMPARE_JSON(r.merged, with(mine));
        return;
    }
    QCOMPARE(paths(r), QStringList{field});
    const FieldConflict c = r.conflicts.first();
    QVERIFY(!c.label.isEmpty());
    QVERIFY(c.label != field);
    COMPARE_JSON(c.base, baseValue);
    COMPARE_JSON(c.mine, mine);
    COMPARE_JSON(c.theirs, theirs);
    COMPARE_JSON(r.merged, with(mine));
    // Taking theirs gives the server's value, the rest untouched.
    COMPARE_JSON(ThreeWayMerge::resolve(r.merged, r.conflicts, {{field, c.theirs}}), with(theirs));
}

void TestThreeWayMergeService::serviceOptsPerKey()
{
    const QJsonObject base = withOpt(eraBase(), "color", "red"); // an unknown opts key
    // title here, comment there: both kept.
    MergeResult r = ThreeWayMerge::mergeServiceTask(base, withOpt(base, "title", "T"), withOpt(base, "comment", "C"));
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged.value("opts"), (QJsonObject{{"title", "T"}, {"comment", "C"}, {"color", "red"}}));
    // title on both sides, the unknown key changed there: one conflict on the title only.
    r = ThreeWayMerge::mergeServiceTask(base, withOpt(base, "title", "mine"),
                                        withOpt(withOpt(base, "title", "theirs"), "color", "blue"));
    QCOMPARE(paths(r), QStringList{"opts.title"});
    QCOMPARE(r.conflicts.first().label, QStringLiteral("Title"));
    COMPARE_JSON(r.merged.value("opts"), (QJsonObject{{"title", "mine"}, {"comment", ""}, {"color", "blue"}}));
}

void TestThreeWayMergeService::serviceUnknownFieldsKept()
{
    const QJsonObject base = withField(eraBase(), "legacy", 1);
    const QJsonObject mine = withField(base, "x-mine", QJsonObject{{"a", 1}});
    const QJsonObject theirs = withField(withField(base, "x-theirs", "t"), "legacy", 2);
    const MergeResult r = ThreeWayMerge::mergeServiceTask(base, mine, theirs);
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged.value("x-mine"), (QJsonObject{{"a", 1}}));
    COMPARE_JSON(r.merged.value("x-theirs"), QJsonValue("t"));
    COMPARE_JSON(r.merged.value("legacy"), QJsonValue(2));
}

void TestThreeWayMergeService::serviceRemovedFieldVsEdited()
{
    const QJsonObject base = withField(eraBase(), "legacy", 1);
    // Removed here, untouched there: removed.
    MergeResult r = ThreeWayMerge::mergeServiceTask(base, withField(base, "legacy", absent), base);
    QVERIFY(r.clean());
    QVERIFY(!r.merged.contains("legacy"));
    // Removed here, changed there: a conflict with mine absent.
    r = ThreeWayMerge::mergeServiceTask(base, withField(base, "legacy", absent), withField(base, "legacy", 2));
    QCOMPARE(paths(r), QStringList{"legacy"});
    QVERIFY(r.conflicts.first().mine.isUndefined());
    COMPARE_JSON(r.conflicts.first().theirs, QJsonValue(2));
    QVERIFY(!r.merged.contains("legacy"));
    COMPARE_JSON(ThreeWayMerge::resolve(r.merged, r.conflicts, {{"legacy", 2}}).value("legacy"), QJsonValue(2));
}

void TestThreeWayMergeService::serviceFormatOnlyIsNoChange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("base");
    QTest::addColumn<QJsonValue>("mine");
    QTest::addColumn<QJsonValue>("theirs");
    QTest::addColumn<QJsonValue>("expected");
    const QJsonValue d("2019-02-20T08:00:00Z");
    const QJsonValue later("2019-03-20T08:00:00Z");
    QTest::newRow("date: mine in milliseconds") << "dtstart" << d << QJsonValue("2019-02-20T08:00:00.000Z") << d << d;
    QTest::newRow("date: mine with +00:00") << "dtstop" << d << QJsonValue("2019-02-20T08:00:00+00:00") << d << d;
    QTest::newRow("date: mine form, theirs changed") << "dtstart" << d << QJsonValue("2019-02-20T08:00:00.000Z")
                                                     << later << later;
    QTest::newRow("date: theirs form, mine changed") << "dtstart" << d << later
                                                     << QJsonValue("2019-02-20T08:00:00.00Z") << later;
    QTest::newRow("date: two forms of one new instant") << "dtstart" << d << QJsonValue("2019-03-20T08:00:00.000Z")
                                                        << later << QJsonValue("2019-03-20T08:00:00.000Z");
    QTest::newRow("sites: string vs array") << "sites" << QJsonValue("A, B") << QJsonValue(QJsonArray{"A", "B"})
                                            << QJsonValue("A, B") << QJsonValue("A, B");
    QTest::newRow("sites: spacing, theirs changed") << "sites" << QJsonValue("A, B") << QJsonValue("A,B")
                                                    << QJsonValue("A, B, C") << QJsonValue("A, B, C");
    QTest::newRow("sites: empty string vs empty array") << "sites" << QJsonValue("") << QJsonValue(QJsonArray())
                                                        << QJsonValue("") << QJsonValue("");
    QTest::newRow("intbool: true vs 1") << "isenabled" << QJsonValue(1) << QJsonValue(true) << QJsonValue(1)
                                        << QJsonValue(1);
}

void TestThreeWayMergeService::serviceFormatOnlyIsNoChange()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, base);
    QFETCH(QJsonValue, mine);
    QFETCH(QJsonValue, theirs);
    QFETCH(QJsonValue, expected);
    const QJsonObject b = withField(eraBase(), field, base);
    const MergeResult r = ThreeWayMerge::mergeServiceTask(b, withField(b, field, mine), withField(b, field, theirs));
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged.value(field), expected);
}

void TestThreeWayMergeService::changedFields_data()
{
    QTest::addColumn<QJsonObject>("to");
    QTest::addColumn<QStringList>("expected");
    const QJsonObject base = eraBase();
    QTest::newRow("nothing") << base << QStringList();
    QTest::newRow("name and opts") << withOpt(withField(base, "name", "X"), "title", "T") << QStringList{"name", "opts"};
    QTest::newRow("id differs: never sent") << withField(base, "id", "other") << QStringList();
    QTest::newRow("id and name differ") << withField(withField(base, "id", "other"), "name", "X") << QStringList{"name"};
    QTest::newRow("ext differs: server-owned") << withField(base, "ext", QJsonObject{{"lwt", "2024-01-01T00:00:00Z"}})
                                               << QStringList();
    QTest::newRow("date form only") << withField(base, "dtstart", "2019-02-20T08:00:00.000Z") << QStringList();
    QTest::newRow("date changed") << withField(base, "dtstart", "2019-02-20T09:00:00Z") << QStringList{"dtstart"};
    QTest::newRow("sites form only") << withField(withField(base, "sites", QJsonArray()), "isenabled", false)
                                     << QStringList();
    QTest::newRow("unknown field added") << withField(base, "x", 1) << QStringList{"x"};
    QTest::newRow("unknown field removed") << withField(base, "periods", absent) << QStringList{"periods"};
}

void TestThreeWayMergeService::changedFields()
{
    QFETCH(QJsonObject, to);
    QFETCH(QStringList, expected);
    QStringList fields = ThreeWayMerge::changedFields(eraBase(), to);
    fields.sort();
    expected.sort();
    QCOMPARE(fields, expected);
    QVERIFY(!fields.contains("id"));
}

void TestThreeWayMergeService::deleteConflict()
{
    const QJsonObject base = eraBase();
    const QJsonObject mine = withField(base, "name", "Мой");
    // Deleted on the server, edited here.
    FieldConflict c = ThreeWayMerge::deleteConflict(base, mine, QJsonObject());
    QCOMPARE(c.path.format(), QStringLiteral("record"));
    QVERIFY(!c.label.isEmpty());
    COMPARE_JSON(c.base, base);
    COMPARE_JSON(c.mine, mine);
    QVERIFY(c.theirs.isUndefined());
    QVERIFY(ThreeWayMerge::resolve(mine, {c}, {{"record", c.theirs}}).isEmpty()); // accept the delete
    COMPARE_JSON(ThreeWayMerge::resolve(mine, {c}, {{"record", c.mine}}), mine);  // keep mine
    // Deleted here, edited on the server.
    const QJsonObject theirs = withField(base, "name", "Их");
    c = ThreeWayMerge::deleteConflict(base, QJsonObject(), theirs);
    QVERIFY(c.mine.isUndefined());
    COMPARE_JSON(c.theirs, theirs);
    COMPARE_JSON(ThreeWayMerge::resolve(QJsonObject(), {c}, {{"record", c.theirs}}), theirs);
}

QTEST_GUILESS_MAIN(TestThreeWayMergeService)
#include "tst_threewaymerge_service.moc"
