// TaskSeriesCodec: the TARGPatrol series body (docs/api-contract.md §2.1) to and from TaskSeries.

#include "TestSupport.h"

#include "json/TaskSeriesCodec.h"

#include <QtTest>

namespace {

QJsonObject seedObject()
{
    return TestSupport::fixtureJson(QStringLiteral("targpatrol-series.json")).toObject();
}

QJsonObject action(const QString &name, int order, const QString &type = QStringLiteral("BOOLEAN"))
{
    return QJsonObject{{"name", name}, {"type", type}, {"order", order}, {"required", false}};
}

QJsonObject step(const QString &name, int order, const QJsonArray &actions = QJsonArray())
{
    return QJsonObject{{"pointId", "9facfd8e-1fe3-4449-80be-1003bcf238a2"},
                       {"name", name},
                       {"order", order},
                       {"actions", actions}};
}

// A series body without seriesIds, in the canonical shape encode() writes, so that
// encode(decode(x)) == x is expected.
QJsonObject newBody()
{
    return QJsonObject{{"assigneeIds", QJsonArray{"4f9e4741-3069-4a03-8386-5f3ee45791aa"}},
                       {"locationId", "03864752-f177-47ff-b0a1-99d75b02d954"},
                       {"name", "Обход периметра"},
                       {"description", "Ночной обход"},
                       {"startAt", "2024-01-10T21:00:00.000Z"},
                       {"endAt", "2024-01-11T05:00:00.000Z"},
                       {"priority", "NORMAL"},
                       {"orderStepsRequired", false},
                       {"strictTimeRequired", true},
                       {"deadlined", true},
                       {"tags", QJsonArray{"ночь"}},
                       {"steps", QJsonArray{step("Ворота", 0, QJsonArray{action("a", 0)})}}};
}

QJsonObject withKey(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

std::optional<TaskSeries> decode(const QJsonValue &value)
{
    DecodeError error;
    auto result = TaskSeriesCodec::decode(value, &error);
    if (!result)
        qWarning("decode failed: %s", qPrintable(error.toString()));
    return result;
}

QStringList stepNames(const TaskSeries &s)
{
    QStringList names;
    for (const Step &st : s.steps)
        names.append(st.name);
    return names;
}

QStringList actionNames(const Step &st)
{
    QStringList names;
    for (const Action &a : st.actions)
        names.append(a.name);
    return names;
}

// Every key named `key` anywhere in the value.
int countKey(const QJsonValue &value, const QString &key)
{
    int n = 0;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += (it.key() == key) + countKey(it.value(), key);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            n += countKey(v, key);
    }
    return n;
}

} // namespace

class TestTaskSeriesCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void seedRoundTrip();
    void seedFields();
    void canonicalBodyRoundTrip();

    void description_data();
    void description();

    void stepsAndActionsPutInOrder();
    void missingOrderUsesPosition();
    void encodeRenumbersAfterMoves();

    void unknownContentKept();
    void unknownCodesKept_data();
    void unknownCodesKept();
    void numberActionLimits();

    void booleansTolerated_data();
    void booleansTolerated();
    void booleansRejected_data();
    void booleansRejected();

    void missingSeriesIdsStayAbsent();
    void newSeriesHasNoSeriesIds();

    void nonObjectRejected_data();
    void nonObjectRejected();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
};

void TestTaskSeriesCodec::initTestCase()
{
    QVERIFY2(!seedObject().isEmpty(), "tests/data/targpatrol-series.json is missing or not an object");
}

void TestTaskSeriesCodec::seedRoundTrip()
{
    const QJsonObject original = seedObject();
    DecodeError error;
    const auto series = TaskSeriesCodec::decode(original, &error);
    QVERIFY2(series, qPrintable(error.toString()));
    COMPARE_JSON(TaskSeriesCodec::encode(*series), original);

    const auto again = decode(TaskSeriesCodec::encode(*series));
    QVERIFY(again);
    QVERIFY(*again == *series);
}

void TestTaskSeriesCodec::seedFields()
{
    const auto s = decode(seedObject());
    QVERIFY(s);
    QCOMPARE(s->seriesId, QStringLiteral("475c2d64-b564-4f17-9833-ac3793ee43b4"));
    QCOMPARE(s->assigneeIds, QStringList{"4f9e4741-3069-4a03-8386-5f3ee45791aa"});
    QCOMPARE(s->locationId, QStringLiteral("03864752-f177-47ff-b0a1-99d75b02d954"));
    QCOMPARE(s->name, QStringLiteral("task 1"));
    QVERIFY(!s->description.has_value());
    QCOMPARE(s->startAt.toUtc(), QDateTime(QDate(2023, 3, 6), QTime(18, 0), Qt::UTC));
    QCOMPARE(s->endAt.toUtc(), QDateTime(QDate(2023, 3, 6), QTime(21, 0), Qt::UTC));
    QCOMPARE(s->priority, QStringLiteral("MAJOR"));
    QCOMPARE(s->orderStepsRequired, true);
    QCOMPARE(s->strictTimeRequired, false);
    QCOMPARE(s->deadlined, false);
    QCOMPARE(s->tags, QStringList{"task 1"});
    QVERIFY(s->recurrence.isEmpty());
    QVERIFY(s->extra.isEmpty());
    QCOMPARE(s->steps.size(), 1);
    const Step &st = s->steps.at(0);
    QCOMPARE(st.seriesId, QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0"));
    QCOMPARE(st.pointId, QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2"));
    QCOMPARE(st.name, QStringLiteral("step 1"));
    QCOMPARE(actionNames(st), (QStringList{"action 1", "action 2"}));
    QCOMPARE(st.actions.at(0).type, QStringLiteral("BOOLEAN"));
    QCOMPARE(st.actions.at(0).required, false);
    QCOMPARE(st.actions.at(1).seriesId, QStringLiteral("198d2b6a-3974-48d7-bc0e-f0a88b49e10c"));
    QCOMPARE(st.actions.at(1).type, QStringLiteral("TEXT"));
    QCOMPARE(st.actions.at(1).required, true);
    QCOMPARE(s->actionCount(), 2);
}

void TestTaskSeriesCodec::canonicalBodyRoundTrip()
{
    const QJsonObject body = newBody();
    const auto s = decode(body);
    QVERIFY(s);
    COMPARE_JSON(TaskSeriesCodec::encode(*s), body);
}

void TestTaskSeriesCodec::description_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QJsonValue>("sent");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("text") << QJsonValue(QStringLiteral("Ночной обход")) << true
                          << QJsonValue(QStringLiteral("Ночной обход"));
    QTest::newRow("empty text is not null") << QJsonValue(QString()) << true << QJsonValue(QString());
}

void TestTaskSeriesCodec::description()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, present);
    QFETCH(QJsonValue, sent);

    const auto s = decode(withKey(seedObject(), QStringLiteral("description"), value));
    QVERIFY(s);
    QCOMPARE(s->description.has_value(), present);
    if (present)
        QCOMPARE(*s->description, value.toString());
    const QJsonObject encoded = TaskSeriesCodec::encode(*s);
    QVERIFY(encoded.contains(QStringLiteral("description")));
    COMPARE_JSON(encoded.value(QStringLiteral("description")), sent);
}

void TestTaskSeriesCodec::stepsAndActionsPutInOrder()
{
    QJsonObject body = seedObject();
    body.insert(QStringLiteral("steps"),
                QJsonArray{step("third", 2),
                           step("first", 0, QJsonArray{action("a2", 2), action("a0", 0), action("a1", 1)}),
                           step("second", 1, QJsonArray{action("b1", 5), action("b0", 3)})});
    const auto s = decode(body);
    QVERIFY(s);
    QCOMPARE(stepNames(*s), (QStringList{"first", "second", "third"}));
    QCOMPARE(actionNames(s->steps.at(0)), (QStringList{"a0", "a1", "a2"}));
    QCOMPARE(actionNames(s->steps.at(1)), (QStringList{"b0", "b1"}));

    // Written back in that order, `order` = position (0..n-1), even where the input had gaps.
    const QJsonArray steps = TaskSeriesCodec::encode(*s).value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject st = steps.at(i).toObject();
        COMPARE_JSON(st.value(QStringLiteral("order")), i);
        const QJsonArray actions = st.value(QStringLiteral("actions")).toArray();
        for (int j = 0; j < actions.size(); ++j)
            COMPARE_JSON(actions.at(j).toObject().value(QStringLiteral("order")), j);
    }
    COMPARE_JSON(steps.at(0).toObject().value(QStringLiteral("name")), "first");
    COMPARE_JSON(steps.at(1).toObject().value(QStringLiteral("actions")).toArray().at(1)
                     .toObject().value(QStringLiteral("name")), "b1");
}

void TestTaskSeriesCodec::missingOrderUsesPosition()
{
    QJsonObject noOrder = step("no order", 0);
    noOrder.remove(QStringLiteral("order"));
    QJsonObject body = seedObject();
    // Ties and missing orders keep the list position.
    body.insert(QStringLiteral("steps"),
                QJsonArray{step("tie A", 1), noOrder, step("tie B", 1), step("zero", 0)});
    const auto s = decode(body);
    QVERIFY(s);
    // positions: "no order" -> 1; sorted stably by order: zero(0), tie A(1), no order(1), tie B(1)
    QCOMPARE(stepNames(*s), (QStringList{"zero", "tie A", "no order", "tie B"}));
}

void TestTaskSeriesCodec::encodeRenumbersAfterMoves()
{
    auto s = decode(seedObject());
    QVERIFY(s);
    Step &st = s->steps[0];
    st.actions.move(1, 0);                 // "action 2" first
    Action added;
    added.name = QStringLiteral("action 3");
    added.type = QStringLiteral("TEXT");
    st.actions.insert(1, added);           // inserted in the middle
    Step second;
    second.name = QStringLiteral("step 0");
    second.pointId = QStringLiteral("1e7a5e44-8f8a-4a55-9d26-b4e5f0c3b2a1");
    s->steps.prepend(second);

    const QJsonArray steps = TaskSeriesCodec::encode(*s).value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 2);
    COMPARE_JSON(steps.at(0).toObject().value(QStringLiteral("name")), "step 0");
    COMPARE_JSON(steps.at(0).toObject().value(QStringLiteral("order")), 0);
    COMPARE_JSON(steps.at(1).toObject().value(QStringLiteral("order")), 1);
    const QJsonArray actions = steps.at(1).toObject().value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), 3);
    const QStringList expectedNames{"action 2", "action 3", "action 1"};
    for (int i = 0; i < 3; ++i) {
        COMPARE_JSON(actions.at(i).toObject().value(QStringLiteral("name")), expectedNames.at(i));
        COMPARE_JSON(actions.at(i).toObject().value(QStringLiteral("order")), i);
    }
    // Decoding the result gives the edited series back.
    const auto again = decode(TaskSeriesCodec::encode(*s));
    QVERIFY(again);
    QVERIFY(*again == *s);
}

void TestTaskSeriesCodec::unknownContentKept()
{
    QJsonObject body = newBody();
    body.insert(QStringLiteral("zone"), QStringLiteral("north"));
    body.insert(QStringLiteral("meta"), QJsonObject{{"source", "import"}, {"n", QJsonArray{1, 2}}});
    body.insert(QStringLiteral("recurrence"),
                QJsonObject{{"rule", "FREQ=DAILY;UNTIL=20240120T210000Z"},
                            {"exception", "20240115T210000Z"},
                            {"note", "kept"},
                            {"tz", QJsonObject{{"id", "Europe/Moscow"}}}});
    QJsonObject number = action(QStringLiteral("Температура"), 0, QStringLiteral("NUMBER"));
    number.insert(QStringLiteral("minValue"), -40);
    number.insert(QStringLiteral("maxValue"), 60.5);
    number.insert(QStringLiteral("unit"), QStringLiteral("°C"));
    QJsonObject photo = action(QStringLiteral("Фото"), 1, QStringLiteral("PHOTO"));
    photo.insert(QStringLiteral("maxCount"), 3);
    photo.insert(QStringLiteral("options"), QJsonArray{QJsonObject{{"label", "a"}}});
    QJsonObject st = step(QStringLiteral("Ворота"), 0, QJsonArray{number, photo});
    st.insert(QStringLiteral("color"), QStringLiteral("green"));
    st.insert(QStringLiteral("radius"), 25);
    body.insert(QStringLiteral("steps"), QJsonArray{st});

    const auto s = decode(body);
    QVERIFY(s);
    QCOMPARE(s->extra.value(QStringLiteral("zone")), QJsonValue(QStringLiteral("north")));
    QCOMPARE(s->recurrenceRule(), QStringLiteral("FREQ=DAILY;UNTIL=20240120T210000Z"));
    QCOMPARE(s->recurrenceExceptions(), QStringLiteral("20240115T210000Z"));
    QCOMPARE(s->steps.at(0).extra.value(QStringLiteral("color")), QJsonValue(QStringLiteral("green")));
    QCOMPARE(s->steps.at(0).actions.at(0).extra.value(QStringLiteral("unit")), QJsonValue(QStringLiteral("°C")));
    QCOMPARE(s->steps.at(0).actions.at(1).extra.value(QStringLiteral("maxCount")), QJsonValue(3));

    COMPARE_JSON(TaskSeriesCodec::encode(*s), body);
}

void TestTaskSeriesCodec::unknownCodesKept_data()
{
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("type");
    QTest::newRow("known codes") << "MAJOR" << "TEXT";
    QTest::newRow("unknown priority") << "CRITICAL" << "BOOLEAN";
    QTest::newRow("lowercase priority") << "minor" << "NUMBER";
    QTest::newRow("unknown action type") << "NORMAL" << "SINGLE_SELECT";
    QTest::newRow("media action type") << "NORMAL" << "PHOTO";
    QTest::newRow("instruction action type") << "LOW" << "INSTRUCTION";
}

void TestTaskSeriesCodec::unknownCodesKept()
{
    QFETCH(QString, priority);
    QFETCH(QString, type);
    QJsonObject body = withKey(newBody(), QStringLiteral("priority"), priority);
    body.insert(QStringLiteral("steps"), QJsonArray{step("s", 0, QJsonArray{action("a", 0, type)})});
    const auto s = decode(body);
    QVERIFY(s);
    QCOMPARE(s->priority, priority);
    QCOMPARE(s->steps.at(0).actions.at(0).type, type);
    COMPARE_JSON(TaskSeriesCodec::encode(*s), body);
}

void TestTaskSeriesCodec::numberActionLimits()
{
    QJsonObject number = action(QStringLiteral("t"), 0, QStringLiteral("NUMBER"));
    number.insert(QStringLiteral("minValue"), -40);
    number.insert(QStringLiteral("maxValue"), 60);
    QJsonObject body = newBody();
    body.insert(QStringLiteral("steps"), QJsonArray{step("s", 0, QJsonArray{number})});
    auto s = decode(body);
    QVERIFY(s);
    Action &a = s->steps[0].actions[0];
    QCOMPARE(a.minValue(), std::optional<double>(-40));
    QCOMPARE(a.maxValue(), std::optional<double>(60));

    a.setMaxValue(100);
    a.setMinValue(std::nullopt);
    const QJsonObject sent = TaskSeriesCodec::encode(*s).value(QStringLiteral("steps")).toArray().at(0)
                                 .toObject().value(QStringLiteral("actions")).toArray().at(0).toObject();
    COMPARE_JSON(sent.value(QStringLiteral("maxValue")), 100);
    QVERIFY(!sent.contains(QStringLiteral("minValue")));
}

void TestTaskSeriesCodec::booleansTolerated_data()
{
    QTest::addColumn<QString>("field"); // "required" = the first action's field
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("expected");
    for (const char *field : {"orderStepsRequired", "strictTimeRequired", "deadlined", "required"}) {
        QTest::addRow("%s = true", field) << field << QJsonValue(true) << true;
        QTest::addRow("%s = false", field) << field << QJsonValue(false) << false;
        QTest::addRow("%s = 1", field) << field << QJsonValue(1) << true;
        QTest::addRow("%s = 0", field) << field << QJsonValue(0) << false;
    }
}

void TestTaskSeriesCodec::booleansTolerated()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, expected);

    QJsonObject body = newBody();
    const bool inAction = field == QLatin1String("required");
    if (inAction) {
        QJsonObject a = action(QStringLiteral("a"), 0);
        a.insert(field, value);
        body.insert(QStringLiteral("steps"), QJsonArray{step("s", 0, QJsonArray{a})});
    } else {
        body.insert(field, value);
    }
    const auto s = decode(body);
    QVERIFY(s);
    const bool decoded = inAction ? s->steps.at(0).actions.at(0).required
                       : field == QLatin1String("orderStepsRequired") ? s->orderStepsRequired
                       : field == QLatin1String("strictTimeRequired") ? s->strictTimeRequired
                                                                      : s->deadlined;
    QCOMPARE(decoded, expected);

    // Sent as JSON booleans.
    const QJsonObject sent = TaskSeriesCodec::encode(*s);
    const QJsonValue out = inAction ? sent.value(QStringLiteral("steps")).toArray().at(0).toObject()
                                          .value(QStringLiteral("actions")).toArray().at(0).toObject()
                                          .value(field)
                                    : sent.value(field);
    COMPARE_JSON(out, expected);
}

void TestTaskSeriesCodec::booleansRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("deadlined = 2") << "deadlined" << QJsonValue(2);
    QTest::newRow("deadlined = \"true\"") << "deadlined" << QJsonValue(QStringLiteral("true"));
    QTest::newRow("orderStepsRequired = \"1\"") << "orderStepsRequired" << QJsonValue(QStringLiteral("1"));
    QTest::newRow("strictTimeRequired = {}") << "strictTimeRequired" << QJsonValue(QJsonObject());
}

void TestTaskSeriesCodec::booleansRejected()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    DecodeError error;
    QVERIFY(!TaskSeriesCodec::decode(withKey(newBody(), field, value), &error, QStringLiteral("series[0]")));
    QCOMPARE(error.field, QStringLiteral("series[0].") + field);
    QVERIFY(!error.message.isEmpty());
}

void TestTaskSeriesCodec::missingSeriesIdsStayAbsent()
{
    // A body for POST /task-executions: no seriesId anywhere (docs/api-contract.md §2.2).
    const QJsonObject body = newBody();
    QCOMPARE(countKey(body, QStringLiteral("seriesId")), 0);
    const auto s = decode(body);
    QVERIFY(s);
    QVERIFY(s->seriesId.isEmpty());
    QVERIFY(s->steps.at(0).seriesId.isEmpty());
    QVERIFY(s->steps.at(0).actions.at(0).seriesId.isEmpty());
    QCOMPARE(countKey(TaskSeriesCodec::encode(*s), QStringLiteral("seriesId")), 0);

    // The seed has four seriesIds (series, step, two actions): all go back.
    const auto seed = decode(seedObject());
    QVERIFY(seed);
    QCOMPARE(countKey(TaskSeriesCodec::encode(*seed), QStringLiteral("seriesId")), 4);
}

void TestTaskSeriesCodec::newSeriesHasNoSeriesIds()
{
    TaskSeries s;
    s.name = QStringLiteral("New");
    Step st;
    st.name = QStringLiteral("Step");
    Action a;
    a.name = QStringLiteral("Action");
    st.actions.append(a);
    s.steps.append(st);

    const QJsonObject sent = TaskSeriesCodec::encode(s);
    QCOMPARE(countKey(sent, QStringLiteral("seriesId")), 0);
    COMPARE_JSON(sent.value(QStringLiteral("description")), QJsonValue(QJsonValue::Null));
    COMPARE_JSON(sent.value(QStringLiteral("priority")), "NORMAL");
    COMPARE_JSON(sent.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("order")), 0);

    const auto again = decode(sent);
    QVERIFY(again);
    QVERIFY(*again == s);
}

void TestTaskSeriesCodec::nonObjectRejected_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("array") << QJsonValue(QJsonArray{seedObject()});
    QTest::newRow("string") << QJsonValue(QStringLiteral("series"));
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
}

void TestTaskSeriesCodec::nonObjectRejected()
{
    QFETCH(QJsonValue, value);
    DecodeError error;
    QVERIFY(!TaskSeriesCodec::decode(value, &error, QStringLiteral("series[1]")));
    QCOMPARE(error.field, QStringLiteral("series[1]"));
    QVERIFY(!error.message.isEmpty());
}

void TestTaskSeriesCodec::wrongTypesNameTheField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");

    const QJsonObject b = newBody();
    const QJsonArray twoSteps{step("s0", 0, QJsonArray{action("a", 0)}),
                              step("s1", 1, QJsonArray{withKey(action("x", 0), "name", 5)})};

    QTest::newRow("action name number") << withKey(b, "steps", twoSteps) << QString()
                                        << "steps[1].actions[0].name";
    QTest::newRow("action name number, with path") << withKey(b, "steps", twoSteps) << "series[2]"
                                                   << "series[2].steps[1].actions[0].name";
    QTest::newRow("action type number")
        << withKey(b, "steps", QJsonArray{step("s", 0, QJsonArray{withKey(action("a", 0), "type", 1)})})
        << QString() << "steps[0].actions[0].type";
    QTest::newRow("action order text")
        << withKey(b, "steps", QJsonArray{step("s", 0, QJsonArray{action("a", 0), withKey(action("b", 1), "order", "1")})})
        << QString() << "steps[0].actions[1].order";
    QTest::newRow("action not an object")
        << withKey(b, "steps", QJsonArray{step("s", 0, QJsonArray{action("a", 0), "b"})})
        << QString() << "steps[0].actions[1]";
    QTest::newRow("action required text")
        << withKey(b, "steps", QJsonArray{step("s", 0, QJsonArray{withKey(action("a", 0), "required", "yes")})})
        << QString() << "steps[0].actions[0].required";
    QTest::newRow("step name array") << withKey(b, "steps", QJsonArray{withKey(step("s", 0), "name", QJsonArray())})
                                     << QString() << "steps[0].name";
    QTest::newRow("step order 1.5") << withKey(b, "steps", QJsonArray{withKey(step("s", 0), "order", 1.5)})
                                    << QString() << "steps[0].order";
    QTest::newRow("step pointId number") << withKey(b, "steps", QJsonArray{withKey(step("s", 0), "pointId", 9)})
                                         << QString() << "steps[0].pointId";
    QTest::newRow("step actions object")
        << withKey(b, "steps", QJsonArray{withKey(step("s", 0), "actions", QJsonObject())})
        << QString() << "steps[0].actions";
    QTest::newRow("step not an object") << withKey(b, "steps", QJsonArray{step("s", 0), 7}) << "series[0]"
                                        << "series[0].steps[1]";
    QTest::newRow("steps object") << withKey(b, "steps", QJsonObject()) << QString() << "steps";
    QTest::newRow("name number") << withKey(b, "name", 1) << "series[4]" << "series[4].name";
    QTest::newRow("description number") << withKey(b, "description", 1) << QString() << "description";
    QTest::newRow("startAt tomorrow") << withKey(b, "startAt", "tomorrow") << QString() << "startAt";
    QTest::newRow("endAt no zone") << withKey(b, "endAt", "2024-01-11T05:00:00") << QString() << "endAt";
    QTest::newRow("assigneeIds string") << withKey(b, "assigneeIds", "4f9e4741-3069-4a03-8386-5f3ee45791aa")
                                        << QString() << "assigneeIds";
    QTest::newRow("assigneeIds with a number") << withKey(b, "assigneeIds", QJsonArray{"x", 5}) << QString()
                                               << "assigneeIds[1]";
    QTest::newRow("tags object") << withKey(b, "tags", QJsonObject()) << QString() << "tags";
    QTest::newRow("priority number") << withKey(b, "priority", 2) << QString() << "priority";
    QTest::newRow("recurrence string") << withKey(b, "recurrence", "FREQ=DAILY") << QString() << "recurrence";
    QTest::newRow("locationId object") << withKey(b, "locationId", QJsonObject()) << QString() << "locationId";
}

void TestTaskSeriesCodec::wrongTypesNameTheField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, path);
    QFETCH(QString, field);
    DecodeError error;
    QVERIFY(!TaskSeriesCodec::decode(body, &error, path));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTaskSeriesCodec)
#include "tst_taskseriescodec.moc"
