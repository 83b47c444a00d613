// ThreeWayMerge: the sync's three-way merge of service tasks and series on the wire
// (README "Sync with the servers"). base = the server's version the edit started from,
// mine = the local version, theirs = the server's current version.

#include "SeedData.h"
#include "TestSupport.h"

#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"
#include "sync/ThreeWayMerge.h"

#include <QtTest>

namespace {

const QJsonValue absent = QJsonValue(QJsonValue::Undefined);

// ---- service tasks ------------------------------------------------------------------------

// The seed entity as the app encodes it (what merge gets in the app).
QJsonObject eraBase()
{
    DecodeError error;
    const auto task = ServiceTaskCodec::decode(TestSupport::fixtureJson(QStringLiteral("era-svctask.json")), &error);
    if (!task)
        qWarning("test setup: cannot decode the ERA seed");
    return task ? ServiceTaskCodec::encode(*task) : QJsonObject();
}

QJsonObject withField(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

QJsonObject withOpt(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(QStringLiteral("opts"), withField(o.value(QStringLiteral("opts")).toObject(), key, value));
    return o;
}

// ---- series -----------------------------------------------------------------------------

const QString &S1 = Seed::kTaskOneStep; // "step 1" of the seed
const QString &A1 = Seed::kTaskOneAction1;
const QString &A2 = Seed::kTaskOneAction2;
const QString S2 = QStringLiteral("2b000000-0000-4000-8000-000000000002");
const QString A3 = QStringLiteral("3a000000-0000-4000-8000-000000000003");
const QString S3 = QStringLiteral("2b000000-0000-4000-8000-000000000003");
const QString A4 = QStringLiteral("3a000000-0000-4000-8000-000000000004");
const QString P2 = QStringLiteral("0c000000-0000-4000-8000-000000000002");

QJsonArray stepsOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("steps")).toArray();
}

void setSteps(QJsonObject &o, QJsonArray steps)
{
    for (int i = 0; i < steps.size(); ++i) {
        QJsonObject s = steps.at(i).toObject();
        QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
        for (int j = 0; j < actions.size(); ++j) {
            QJsonObject a = actions.at(j).toObject();
            a.insert(QStringLiteral("order"), j);
            actions[j] = a;
        }
        s.insert(QStringLiteral("actions"), actions);
        s.insert(QStringLiteral("order"), i);
        steps[i] = s;
    }
    o.insert(QStringLiteral("steps"), steps);
}

int stepIndex(const QJsonObject &o, const QString &id)
{
    const QJsonArray steps = stepsOf(o);
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).toObject().value(QStringLiteral("seriesId")).toString() == id)
            return i;
    return -1;
}

QJsonObject step(const QJsonObject &o, const QString &id)
{
    return stepsOf(o).at(stepIndex(o, id)).toObject();
}

// Where an action is: {step index, action index}, {-1, -1} when absent.
std::pair<int, int> actionAt(const QJsonObject &o, const QString &id)
{
    const QJsonArray steps = stepsOf(o);
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonArray actions = steps.at(i).toObject().value(QStringLiteral("actions")).toArray();
        for (int j = 0; j < actions.size(); ++j)
            if (actions.at(j).toObject().value(QStringLiteral("seriesId")).toString() == id)
                return {i, j};
    }
    return {-1, -1};
}

QJsonObject action(const QJsonObject &o, const QString &id)
{
    const auto at = actionAt(o, id);
    if (at.first < 0)
        return QJsonObject();
    return stepsOf(o).at(at.first).toObject().value(QStringLiteral("actions")).toArray().at(at.second).toObject();
}

QString parentOf(const QJsonObject &o, const QString &actionId)
{
    const auto at = actionAt(o, actionId);
    return at.first < 0 ? QString() : stepsOf(o).at(at.first).toObject().value(QStringLiteral("seriesId")).toString();
}

QStringList stepNames(const QJsonObject &o)
{
    QStringList names;
    for (const QJsonValue &s : stepsOf(o))
        names.append(s.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QJsonObject withStepField(QJsonObject o, const QString &id, const QString &key, const QJsonValue &value)
{
    QJsonArray steps = stepsOf(o);
    const int i = stepIndex(o, id);
    steps[i] = withField(steps.at(i).toObject(), key, value);
    setSteps(o, steps);
    return o;
}

QJsonObject withActionField(QJsonObject o, const QString &id, const QString &key, const QJsonValue &value)
{
    QJsonArray steps = stepsOf(o);
    const auto at = actionAt(o, id);
    QJsonObject s = steps.at(at.first).toObject();
    QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
    actions[at.second] = withField(actions.at(at.second).toObject(), key, value);
    s.insert(QStringLiteral("actions"), actions);
    steps[at.first] = s;
    setSteps(o, steps);
    return o;
}

QJsonObject withStepOrder(QJsonObject o, const QStringList &ids)
{
    QJsonArray steps;
    for (const QString &id : ids)
        steps.append(step(o, id));
    setSteps(o, steps);
    return o;
}

QJsonObject withoutStep(QJsonObject o, const QString &id)
{
    QJsonArray steps = stepsOf(o);
    steps.removeAt(stepIndex(o, id));
    setSteps(o, steps);
    return o;
}

QJsonObject withoutAction(QJsonObject o, const QString &id)
{
    QJsonArray steps = stepsOf(o);
    const auto at = actionAt(o, id);
    QJsonObject s = steps.at(at.first).toObject();
    QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
    actions.removeAt(at.second);
    s.insert(QStringLiteral("actions"), actions);
    steps[at.first] = s;
    setSteps(o, steps);
    return o;
}

QJsonObject withActionInserted(QJsonObject o, const QString &stepId, int at, const QJsonObject &newAction)
{
    QJsonArray steps = stepsOf(o);
    const int i = stepIndex(o, stepId);
    QJsonObject s = steps.at(i).toObject();
    QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
    actions.insert(at, newAction);
    s.insert(QStringLiteral("actions"), actions);
    steps[i] = s;
    setSteps(o, steps);
    return o;
}

QJsonObject withActionMoved(QJsonObject o, const QString &id, const QString &toStep, int at)
{
    const QJsonObject a = action(o, id);
    return withActionInserted(withoutAction(o, id), toStep, at, a);
}

QJsonObject withActionOrder(QJsonObject o, const QString &stepId, const QStringList &ids)
{
    QJsonArray actions;
    for (const QString &id : ids)
        actions.append(action(o, id));
    QJsonArray steps = stepsOf(o);
    const int i = stepIndex(o, stepId);
    QJsonObject s = steps.at(i).toObject();
    s.insert(QStringLiteral("actions"), actions);
    steps[i] = s;
    setSteps(o, steps);
    return o;
}

// The seed series (encoded as the app encodes it) with two more steps:
// step 1 [action 1, action 2], step 2 [action 3 (NUMBER, minValue)], step 3 [action 4].
QJsonObject seriesBase()
{
    DecodeError error;
    const auto series = TaskSeriesCodec::decode(TestSupport::fixtureJson(QStringLiteral("targpatrol-series.json")), &error);
    if (!series)
        qWarning("test setup: cannot decode the TARGPatrol seed");
    QJsonObject o = series ? TaskSeriesCodec::encode(*series) : QJsonObject();
    QJsonArray steps = stepsOf(o);
    steps.append(QJsonObject{{"seriesId", S2}, {"pointId", P2}, {"name", "step 2"}, {"order", 1},
                             {"actions", QJsonArray{QJsonObject{{"seriesId", A3}, {"name", "action 3"}, {"type", "NUMBER"},
                                                                {"order", 0}, {"required", true}, {"minValue", 0}}}}});
    steps.append(QJsonObject{{"seriesId", S3}, {"pointId", P2}, {"name", "step 3"}, {"order", 2},
                             {"actions", QJsonArray{QJsonObject{{"seriesId", A4}, {"name", "action 4"}, {"type", "TEXT"},
                                                                {"order", 0}, {"required", false}}}}});
    setSteps(o, steps);
    return o;
}

// `order` equals the position, for every step and every action.
bool ordersAreRenumbered(const QJsonObject &o)
{
    const QJsonArray steps = stepsOf(o);
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        if (s.value(QStringLiteral("order")) != QJsonValue(i))
            return false;
        const QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
        for (int j = 0; j < actions.size(); ++j)
            if (actions.at(j).toObject().value(QStringLiteral("order")) != QJsonValue(j))
                return false;
    }
    return true;
}

QStringList paths(const MergeResult &r)
{
    QStringList out;
    for (const FieldConflict &c : r.conflicts)
        out.append(c.path.format());
    return out;
}

QString stepPath(const QString &id)
{
    return QStringLiteral("steps[seriesId=%1]").arg(id);
}

QString actionPath(const QString &stepId, const QString &actionId)
{
    return stepPath(stepId) + QStringLiteral(".actions[seriesId=%1]").arg(actionId);
}

} // namespace

class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    // service tasks
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

    // series
    void seriesNoChange();
    void seriesActionMovedHereRequiredChangedThere();
    void seriesActionsReorderedDifferently();

    void resolveEveryPathKind_data();
    void resolveEveryPathKind();
    void resolveWithoutChoiceKeepsMine();

    // tests/data/merge
    void mergeCases_data();
    void mergeCases();
    void mergeCasesFound();
};

// ---- service tasks ------------------------------------------------------------------------

void TestThreeWayMerge::serviceNoChange()
{
    const QJsonObject base = eraBase();
    QVERIFY(!base.isEmpty());
    const MergeResult r = ThreeWayMerge::mergeServiceTask(base, base, base);
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged, base);
}

void TestThreeWayMerge::serviceOneSide_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mine only") << "Мой обзвон" << "Обзвон должников" << "Мой обзвон";
    QTest::newRow("theirs only") << "Обзвон должников" << "Их обзвон" << "Их обзвон";
    QTest::newRow("both the same value") << "Общий" << "Общий" << "Общий";
}

void TestThreeWayMerge::serviceOneSide()
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
void TestThreeWayMerge::serviceEveryField_data()
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

void TestThreeWayMerge::serviceEveryField()
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

void TestThreeWayMerge::serviceOptsPerKey()
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

void TestThreeWayMerge::serviceUnknownFieldsKept()
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

void TestThreeWayMerge::serviceRemovedFieldVsEdited()
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

void TestThreeWayMerge::serviceFormatOnlyIsNoChange_data()
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

void TestThreeWayMerge::serviceFormatOnlyIsNoChange()
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

void TestThreeWayMerge::changedFields_data()
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

void TestThreeWayMerge::changedFields()
{
    QFETCH(QJsonObject, to);
    QFETCH(QStringList, expected);
    QStringList fields = ThreeWayMerge::changedFields(eraBase(), to);
    fields.sort();
    expected.sort();
    QCOMPARE(fields, expected);
    QVERIFY(!fields.contains("id"));
}

void TestThreeWayMerge::deleteConflict()
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

// ---- series -----------------------------------------------------------------------------

void TestThreeWayMerge::seriesNoChange()
{
    const QJsonObject base = seriesBase();
    QCOMPARE(stepNames(base), (QStringList{"step 1", "step 2", "step 3"}));
    const MergeResult r = ThreeWayMerge::mergeSeries(base, base, base);
    QVERIFY(r.clean());
    COMPARE_JSON(r.merged, base);
}

void TestThreeWayMerge::seriesActionMovedHereRequiredChangedThere()
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

void TestThreeWayMerge::seriesActionsReorderedDifferently()
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

// ---- resolve ----------------------------------------------------------------------------

void TestThreeWayMerge::resolveEveryPathKind_data()
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

void TestThreeWayMerge::resolveEveryPathKind()
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

void TestThreeWayMerge::resolveWithoutChoiceKeepsMine()
{
    const QJsonObject base = eraBase();
    const QJsonObject mine = withOpt(withField(base, "name", "M"), "title", "M");
    const MergeResult r = ThreeWayMerge::mergeServiceTask(base, mine, withOpt(withField(base, "name", "T"), "title", "T"));
    QCOMPARE(r.conflicts.size(), 2);
    // Resolving all at once: theirs for the name, nothing said about the title (stays mine).
    const QJsonObject resolved = ThreeWayMerge::resolve(r.merged, r.conflicts, {{"name", "T"}});
    COMPARE_JSON(resolved, withField(mine, "name", "T"));
}

// ---- cases as files (tests/data/merge/<case>) ------------------------------------------------

namespace {

QString caseDir()
{
    return QStringLiteral(TASKDESK_TEST_DATA "/merge");
}

// <case>/<name>.json as an object; *ok false (and a warning) when unreadable or not an object.
QJsonObject caseFile(const QString &name, const QString &file, bool *ok)
{
    QFile f(caseDir() + QLatin1Char('/') + name + QLatin1Char('/') + file);
    QJsonParseError error;
    const QJsonDocument document = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &error)
                                                               : QJsonDocument();
    if (!document.isObject()) {
        qWarning("%s/%s: missing, or not a JSON object", qPrintable(name), qPrintable(file));
        *ok = false;
    }
    return document.object();
}

} // namespace

void TestThreeWayMerge::mergeCases_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases = QDir(caseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << name;
}

void TestThreeWayMerge::mergeCases()
{
    QFETCH(QString, name);
    bool ok = true;
    const QJsonObject base = caseFile(name, "base.json", &ok), mine = caseFile(name, "mine.json", &ok),
                      theirs = caseFile(name, "theirs.json", &ok), expected = caseFile(name, "expected.json", &ok);
    QVERIFY(ok);
    const QString record = expected.value("record").toString();
    QVERIFY2(record == "series" || record == "serviceTask", qPrintable(record));
    const MergeResult r = record == "series" ? ThreeWayMerge::mergeSeries(base, mine, theirs)
                                             : ThreeWayMerge::mergeServiceTask(base, mine, theirs);
    COMPARE_JSON(r.merged, expected.value("merged"));
    const QJsonArray conflicts = expected.value("conflicts").toArray();
    QCOMPARE(paths(r).join(", "), [&] {
        QStringList wanted;
        for (const QJsonValue &c : conflicts)
            wanted.append(c.toObject().value("path").toString());
        return wanted.join(", ");
    }());
    QHash<QString, QJsonValue> choices;
    const QString take = expected.value("resolved").toObject().value("take").toString();
    for (int i = 0; i < conflicts.size(); ++i) {
        const QJsonObject want = conflicts.at(i).toObject();
        const FieldConflict &c = r.conflicts.at(i);
        if (want.contains("label"))
            QCOMPARE(c.label, want.value("label").toString());
        COMPARE_JSON(c.base, want.value("base"));
        COMPARE_JSON(c.mine, want.value("mine"));
        COMPARE_JSON(c.theirs, want.value("theirs"));
        choices.insert(c.path.format(), take == "theirs" ? c.theirs : c.mine);
    }
    if (record == "series")
        QVERIFY(ordersAreRenumbered(r.merged));
    if (expected.contains("resolved")) {
        QVERIFY2(take == "mine" || take == "theirs", qPrintable(take));
        COMPARE_JSON(ThreeWayMerge::resolve(r.merged, r.conflicts, choices),
                     expected.value("resolved").toObject().value("result"));
    }
}

// The folder is where the test looks: an empty list would pass without testing anything.
void TestThreeWayMerge::mergeCasesFound()
{
    QVERIFY2(QDir(caseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 12, qPrintable(caseDir()));
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
