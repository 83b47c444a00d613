// TransferDocument::parse / toJson: the import/export file {"svctasks": [...], "series": [...]}.

#include "TestSupport.h"

#include "io/TransferDocument.h"
#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"

#include <QtTest>

namespace {

QJsonObject seedTask()
{
    return TestSupport::fixtureJson(QStringLiteral("era-svctask.json")).toObject();
}

QJsonObject seedSeries()
{
    return TestSupport::fixtureJson(QStringLiteral("targpatrol-series.json")).toObject();
}

QByteArray toBytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

// The series body with no seriesId on its steps and actions (as if made here).
QJsonObject withoutItemIds(QJsonObject body)
{
    QJsonArray steps = body.value(QStringLiteral("steps")).toArray();
    for (int s = 0; s < steps.size(); ++s) {
        QJsonObject step = steps.at(s).toObject();
        step.remove(QStringLiteral("seriesId"));
        QJsonArray actions = step.value(QStringLiteral("actions")).toArray();
        for (int a = 0; a < actions.size(); ++a) {
            QJsonObject action = actions.at(a).toObject();
            action.remove(QStringLiteral("seriesId"));
            actions[a] = action;
        }
        step.insert(QStringLiteral("actions"), actions);
        steps[s] = step;
    }
    body.insert(QStringLiteral("steps"), steps);
    return body;
}

// The seed series with the seriesId of step `s` (or of its action `a`) set to `id`.
QJsonObject withItemId(QJsonObject body, int s, int a, const QString &id)
{
    QJsonArray steps = body.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(s).toObject();
    if (a < 0) {
        step.insert(QStringLiteral("seriesId"), id);
    } else {
        QJsonArray actions = step.value(QStringLiteral("actions")).toArray();
        actions[a] = with(actions.at(a).toObject(), "seriesId", id);
        step.insert(QStringLiteral("actions"), actions);
    }
    steps[s] = step;
    body.insert(QStringLiteral("steps"), steps);
    return body;
}

// The error that mentions every one of `parts`, or an empty string.
QString errorWith(const QStringList &errors, const QStringList &parts)
{
    for (const QString &error : errors) {
        bool all = true;
        for (const QString &part : parts)
            all = all && error.contains(part);
        if (all)
            return error;
    }
    return QString();
}

// The document is refused with one error, and that error names every one of `parts`
// (a failure of the running test otherwise).
void verifyOneErrorNaming(const QByteArray &json, const QStringList &parts)
{
    QStringList errors;
    QVERIFY(!TransferDocument::parse(json, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(!errorWith(errors, parts).isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

} // namespace

class TestTransferDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void importBothFixture();
    void validDocuments_data();
    void validDocuments();

    void malformedJsonNamesTheLine_data();
    void malformedJsonNamesTheLine();
    void notAnObject_data();
    void notAnObject();
    void listsOfTheWrongType_data();
    void listsOfTheWrongType();

    void invalidRecordNamesRecordAndField_data();
    void invalidRecordNamesRecordAndField();
    void severalInvalidRecordsAllReported();
    void duplicateIdsReported_data();
    void duplicateIdsReported();
    void validationPathsPointIntoTheFile();
    void idsTheServerWouldRefuse_data();
    void idsTheServerWouldRefuse();
    void itemIdRepeatedInAnotherSeries();
    void invisibleNameIsEmpty();
    void tooLongFieldNamesItsLimit();
    void repeatedKeysRefused_data();
    void repeatedKeysRefused();
    void sameKeysInDifferentObjectsAreFine();

    void roundTrip();
    void exportedRecordsKeepTheirWireForm();
};

void TestTransferDocument::initTestCase()
{
    QVERIFY(!seedTask().isEmpty());
    QVERIFY(!seedSeries().isEmpty());
    QVERIFY(!TestSupport::readFixture(QStringLiteral("import-both.json")).isEmpty());
}

void TestTransferDocument::importBothFixture()
{
    QStringList errors;
    const auto doc = TransferDocument::parse(TestSupport::readFixture(QStringLiteral("import-both.json")), &errors);
    QVERIFY2(doc, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.isEmpty());
    QCOMPARE(doc->svctasks.size(), 3);
    QCOMPARE(doc->series.size(), 2);

    const ServiceTask &second = doc->svctasks.at(1);
    QCOMPARE(second.name, QStringLiteral("Очистка ежедневная"));
    QCOMPARE(second.isEnabled, true);   // given as true
    QCOMPARE(second.overlap, false);    // given as false
    QCOMPARE(second.sites, (QStringList{"SITE1", "SITE2"}));
    QCOMPARE(second.dtStart.toUtc(), QDateTime(QDate(2019, 2, 20), QTime(5, 0, 0, 123), Qt::UTC));
    QCOMPARE(second.schedule, QStringLiteral("night-only"));
    QCOMPARE(second.opts.value(QStringLiteral("color")), QJsonValue(QStringLiteral("#ff0000")));
    QVERIFY(second.extra.contains(QStringLiteral("priorityHint")));
    QVERIFY(doc->svctasks.at(2).id.isEmpty());
    QCOMPARE(doc->svctasks.at(2).sites, (QStringList{"SITE1", "SITE3"}));

    const TaskSeries &patrol = doc->series.at(1);
    QVERIFY(patrol.seriesId.isEmpty());
    QCOMPARE(patrol.description, std::optional<QString>(QStringLiteral("Ночной обход")));
    QCOMPARE(patrol.priority, QStringLiteral("CRITICAL"));
    QCOMPARE(patrol.steps.size(), 2);
    QCOMPARE(patrol.steps.at(0).name, QStringLiteral("Склад")); // order 0 comes first
    QCOMPARE(patrol.steps.at(1).name, QStringLiteral("Ворота"));
    QCOMPARE(patrol.steps.at(1).actions.at(1).type, QStringLiteral("PHOTO"));
    QCOMPARE(patrol.recurrence.value(QStringLiteral("note")), QJsonValue(QStringLiteral("kept")));
}

void TestTransferDocument::validDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("svctasks");
    QTest::addColumn<int>("series");

    QTest::newRow("empty object") << QByteArray("{}") << 0 << 0;
    QTest::newRow("empty lists") << QByteArray(R"({"svctasks": [], "series": []})") << 0 << 0;
    QTest::newRow("only svctasks") << toBytes({{"svctasks", QJsonArray{seedTask()}}}) << 1 << 0;
    QTest::newRow("only series") << toBytes({{"series", QJsonArray{seedSeries()}}}) << 0 << 1;
    QTest::newRow("both") << toBytes({{"svctasks", QJsonArray{seedTask()}}, {"series", QJsonArray{seedSeries()}}})
                          << 1 << 1;
    QTest::newRow("UTF-8 BOM-less, compact, Cyrillic")
        << QJsonDocument(QJsonObject{{"svctasks", QJsonArray{seedTask()}}}).toJson(QJsonDocument::Compact)
        << 1 << 0;
}

void TestTransferDocument::validDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(int, svctasks);
    QFETCH(int, series);

    QStringList errors;
    const auto doc = TransferDocument::parse(json, &errors);
    QVERIFY2(doc, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.isEmpty());
    QCOMPARE(doc->svctasks.size(), svctasks);
    QCOMPARE(doc->series.size(), series);
}

void TestTransferDocument::malformedJsonNamesTheLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");

    QTest::newRow("trailing comma on line 3")
        << QByteArray("{\n  \"svctasks\": [\n    {\"name\": \"x\",}\n  ]\n}\n") << 3;
    QTest::newRow("missing colon on line 1") << QByteArray("{\"svctasks\" []}") << 1;
    QTest::newRow("unquoted key on line 4")
        << QByteArray("{\n\"svctasks\": [],\n\"series\": [\n{name: \"x\"}\n]\n}") << 4;
}

void TestTransferDocument::malformedJsonNamesTheLine()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    verifyOneErrorNaming(json, {QStringLiteral("line %1").arg(line)});
}

void TestTransferDocument::notAnObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("array of a record") << QJsonDocument(QJsonArray{seedTask()}).toJson();
    QTest::newRow("string") << QByteArray("\"svctasks\"");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("empty file") << QByteArray();
}

void TestTransferDocument::notAnObject()
{
    QFETCH(QByteArray, json);
    QStringList errors;
    QVERIFY(!TransferDocument::parse(json, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.at(0).isEmpty());
}

void TestTransferDocument::listsOfTheWrongType_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("svctasks object") << toBytes({{"svctasks", seedTask()}}) << "svctasks";
    QTest::newRow("svctasks string") << QByteArray(R"({"svctasks": "none"})") << "svctasks";
    QTest::newRow("svctasks number") << QByteArray(R"({"svctasks": 3})") << "svctasks";
    QTest::newRow("series object") << toBytes({{"series", seedSeries()}}) << "series";
    QTest::newRow("series true") << QByteArray(R"({"svctasks": [], "series": true})") << "series";
}

void TestTransferDocument::listsOfTheWrongType()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QStringList errors;
    QVERIFY(!TransferDocument::parse(json, &errors));
    QVERIFY2(!errorWith(errors, {QLatin1Char('"') + key + QLatin1Char('"')}).isEmpty(),
             qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestTransferDocument::invalidRecordNamesRecordAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("parts"); // all in one error

    const QString id = QStringLiteral("86228b15-016c-cdef-ccce-50e54938780c");
    const QString name = QStringLiteral("Очистка ежедневная");
    const QJsonObject task = with(with(seedTask(), "id", id), "name", name);

    QTest::newRow("svctask: wrong type")
        << toBytes({{"svctasks", QJsonArray{seedTask(), with(task, "intervalsec", "daily")}}})
        << QStringList{"svctasks[1]", id, name, "intervalsec"};
    QTest::newRow("svctask: bad date")
        << toBytes({{"svctasks", QJsonArray{with(task, "dtstart", "tomorrow")}}})
        << QStringList{"svctasks[0]", id, name, "dtstart"};
    QTest::newRow("svctask: bad intbool")
        << toBytes({{"svctasks", QJsonArray{seedTask(), seedTask(), with(with(task, "isenabled", 2), "id", "x-1")}}})
        << QStringList{"svctasks[2]", "x-1", name, "isenabled"};
    QTest::newRow("svctask: fails validation (regular, interval 0)")
        << toBytes({{"svctasks", QJsonArray{with(task, "intervalsec", 0)}}})
        << QStringList{"svctasks[0]", id, name, "intervalsec"};
    QTest::newRow("svctask: fails validation (empty name)")
        << toBytes({{"svctasks", QJsonArray{with(seedTask(), "name", "")}}})
        << QStringList{"svctasks[0]", "380daae6-016c-cdd4-606e-50e54938780c", "\"name\""};
    QTest::newRow("svctask: not an object")
        << toBytes({{"svctasks", QJsonArray{seedTask(), 5}}}) << QStringList{"svctasks[1]"};

    const QString seriesId = QStringLiteral("475c2d64-b564-4f17-9833-ac3793ee43b4");
    QJsonObject badAction = seedSeries();
    QJsonArray steps = badAction.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(0).toObject();
    QJsonArray actions = step.value(QStringLiteral("actions")).toArray();
    actions[1] = with(actions.at(1).toObject(), "name", 7);
    step.insert(QStringLiteral("actions"), actions);
    steps[0] = step;
    badAction.insert(QStringLiteral("steps"), steps);
    QTest::newRow("series: wrong type deep inside")
        << toBytes({{"series", QJsonArray{badAction}}})
        << QStringList{"series[0]", seriesId, "task 1", "steps[0].actions[1].name"};
    QTest::newRow("series: fails validation (endAt before startAt)")
        << toBytes({{"svctasks", QJsonArray{seedTask()}},
                    {"series", QJsonArray{with(seedSeries(), "seriesId", "5b7f7e0e-0000-4000-8000-000000000002"),
                                          with(seedSeries(), "endAt", "2000-01-01T00:00:00Z")}}})
        << QStringList{"series[1]", seriesId, "task 1", "endAt"};
}

void TestTransferDocument::invalidRecordNamesRecordAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, parts);

    QStringList errors;
    QVERIFY(!TransferDocument::parse(json, &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(!errorWith(errors, parts).isEmpty(),
             qPrintable(QStringLiteral("no error mentions all of [%1]; errors:\n%2")
                            .arg(parts.join(QStringLiteral(" | ")), errors.join(QLatin1Char('\n')))));
}

void TestTransferDocument::severalInvalidRecordsAllReported()
{
    QJsonObject series1 = with(seedSeries(), "seriesId", "5b7f7e0e-0000-4000-8000-000000000001");
    series1.insert(QStringLiteral("locationId"), QStringLiteral("warehouse"));
    const QJsonObject root{
        {"svctasks", QJsonArray{with(seedTask(), "name", 1),
                                with(with(seedTask(), "id", "a2a2a2a2-0000-4000-8000-000000000002"), "name", "ok"),
                                with(with(seedTask(), "id", "a3a3a3a3-0000-4000-8000-000000000003"), "dtstop",
                                     "2000-01-01T00:00:00Z")}},
        {"series", QJsonArray{with(seedSeries(), "steps", "none"), series1}}};

    QStringList errors;
    QVERIFY(!TransferDocument::parse(toBytes(root), &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(!errorWith(errors, {"svctasks[0]", "name"}).isEmpty(), qPrintable(all));
    QVERIFY2(!errorWith(errors, {"svctasks[2]", "a3a3a3a3-0000-4000-8000-000000000003", "dtstop"}).isEmpty(), qPrintable(all));
    QVERIFY2(!errorWith(errors, {"series[0]", "steps"}).isEmpty(), qPrintable(all));
    QVERIFY2(!errorWith(errors, {"series[1]", "locationId"}).isEmpty(), qPrintable(all));
    QVERIFY2(errorWith(errors, {"svctasks[1]"}).isEmpty(), qPrintable(all)); // the valid one
    QCOMPARE(errors.size(), 4);
}

void TestTransferDocument::duplicateIdsReported_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("parts");
    const QJsonObject other = with(seedTask(), "name", "Другая");
    QTest::newRow("svctask ids")
        << toBytes({{"svctasks", QJsonArray{seedTask(), with(seedTask(), "id", "b1b1b1b1-0000-4000-8000-000000000001"), other}}})
        << QStringList{"svctasks[2]", "380daae6-016c-cdd4-606e-50e54938780c", "\"id\""};
    QTest::newRow("svctask ids differing in case")
        << toBytes({{"svctasks", QJsonArray{seedTask(), with(seedTask(), "id", "380DAAE6-016C-CDD4-606E-50E54938780C")}}})
        << QStringList{"svctasks[1]", "380DAAE6-016C-CDD4-606E-50E54938780C", "\"id\""};
    QTest::newRow("seriesIds")
        << toBytes({{"series", QJsonArray{seedSeries(), withoutItemIds(with(seedSeries(), "name", "copy"))}}})
        << QStringList{"series[1]", "475c2d64-b564-4f17-9833-ac3793ee43b4", "seriesId"};
}

void TestTransferDocument::duplicateIdsReported()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, parts);
    verifyOneErrorNaming(json, parts);
}

void TestTransferDocument::validationPathsPointIntoTheFile()
{
    // Steps given out of `order`: the unnamed step is the FIRST item of "steps" in the file
    // (order 1). A decode error in the same place would be reported as steps[0] (file
    // position); a validation error must point at the same place, or the user edits the
    // wrong step.
    QJsonObject body = seedSeries();
    body.insert(QStringLiteral("steps"),
                QJsonArray{QJsonObject{{"pointId", "9facfd8e-1fe3-4449-80be-1003bcf238a2"},
                                       {"name", ""}, {"order", 1}, {"actions", QJsonArray()}},
                           QJsonObject{{"pointId", "1e7a5e44-8f8a-4a55-9d26-b4e5f0c3b2a1"},
                                       {"name", "Склад"}, {"order", 0}, {"actions", QJsonArray()}}});
    verifyOneErrorNaming(toBytes({{"series", QJsonArray{body}}}), {"\"steps[0].name\""});
    if (QTest::currentTestFailed())
        return;

    // For comparison: a decode error in that same step names steps[0].
    QJsonArray steps = body.value(QStringLiteral("steps")).toArray();
    steps[0] = with(steps.at(0).toObject(), "name", 5);
    body.insert(QStringLiteral("steps"), steps);
    verifyOneErrorNaming(toBytes({{"series", QJsonArray{body}}}), {"\"steps[0].name\""});
}

void TestTransferDocument::roundTrip()
{
    QStringList errors;
    const auto doc = TransferDocument::parse(TestSupport::readFixture(QStringLiteral("import-both.json")), &errors);
    QVERIFY2(doc, qPrintable(errors.join(QLatin1Char('\n'))));

    const QByteArray exported = doc->toJson();
    const auto again = TransferDocument::parse(exported, &errors);
    QVERIFY2(again, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(again->svctasks.size(), doc->svctasks.size());
    QCOMPARE(again->series.size(), doc->series.size());
    for (int i = 0; i < doc->svctasks.size(); ++i)
        QVERIFY2(again->svctasks.at(i) == doc->svctasks.at(i), qPrintable(QString::number(i)));
    for (int i = 0; i < doc->series.size(); ++i)
        QVERIFY2(again->series.at(i) == doc->series.at(i), qPrintable(QString::number(i)));
    // And the export of the re-read document is byte-identical: nothing drifts.
    QCOMPARE(again->toJson(), exported);

    // An empty document exports both (empty) lists and reads back empty.
    const QByteArray empty = TransferDocument().toJson();
    const auto emptyAgain = TransferDocument::parse(empty, &errors);
    QVERIFY(emptyAgain);
    QVERIFY(emptyAgain->svctasks.isEmpty() && emptyAgain->series.isEmpty());
}

void TestTransferDocument::exportedRecordsKeepTheirWireForm()
{
    // Records the file held in the servers' own form are written out unchanged.
    const QJsonObject root{{"svctasks", QJsonArray{seedTask()}}, {"series", QJsonArray{seedSeries()}}};
    QStringList errors;
    const auto doc = TransferDocument::parse(toBytes(root), &errors);
    QVERIFY2(doc, qPrintable(errors.join(QLatin1Char('\n'))));
    QJsonParseError parseError;
    const QJsonDocument exported = QJsonDocument::fromJson(doc->toJson(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    COMPARE_JSON(exported.object(), root);
}

void TestTransferDocument::idsTheServerWouldRefuse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("svctask id")
        << toBytes({{"svctasks", QJsonArray{with(seedTask(), "id", "task-1")}}})
        << QStringList{"svctasks[0]", "task-1", "field \"id\"", "UUID"};
    QTest::newRow("seriesId")
        << toBytes({{"series", QJsonArray{with(seedSeries(), "seriesId", "patrol-7")}}})
        << QStringList{"series[0]", "patrol-7", "field \"seriesId\"", "UUID"};
    QTest::newRow("step seriesId")
        << toBytes({{"series", QJsonArray{withItemId(seedSeries(), 0, -1, "step-1")}}})
        << QStringList{"series[0]", "field \"steps[0].seriesId\"", "UUID"};
    QTest::newRow("action seriesId")
        << toBytes({{"series", QJsonArray{withItemId(seedSeries(), 0, 1, "42")}}})
        << QStringList{"series[0]", "field \"steps[0].actions[1].seriesId\"", "UUID"};
    QTest::newRow("two actions of a series with one id")
        << toBytes({{"series", QJsonArray{withItemId(seedSeries(), 0, 1, "f359914d-20d2-4bfc-9a3f-87cec4f5ebe0")}}})
        << QStringList{"series[0]", "field \"steps[0].actions[1].seriesId\"", "f359914d-20d2-4bfc-9a3f-87cec4f5ebe0"};
}

void TestTransferDocument::idsTheServerWouldRefuse()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, parts);
    verifyOneErrorNaming(json, parts);
}

void TestTransferDocument::itemIdRepeatedInAnotherSeries()
{
    // Two different series (own ids, own names) whose first action shares an id.
    QJsonObject other = with(with(withoutItemIds(seedSeries()), "seriesId", "5b7f7e0e-0000-4000-8000-000000000009"),
                             "name", "task 2");
    other = withItemId(other, 0, 0, "F359914D-20D2-4BFC-9A3F-87CEC4F5EBE0");
    verifyOneErrorNaming(toBytes({{"series", QJsonArray{seedSeries(), other}}}),
                         {"series[1]", "task 2", "field \"steps[0].actions[0].seriesId\"",
                          "F359914D-20D2-4BFC-9A3F-87CEC4F5EBE0", "series[0]"});
}

void TestTransferDocument::invisibleNameIsEmpty()
{
    QStringList errors;
    const QJsonObject root{{"svctasks", QJsonArray{with(seedTask(), "name", QStringLiteral("\u200B"))}},
                           {"series", QJsonArray{with(seedSeries(), "name", QStringLiteral("\u2060\uFEFF"))}}};
    QVERIFY(!TransferDocument::parse(toBytes(root), &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(!errorWith(errors, {"svctasks[0]", "field \"name\"", "must not be empty"}).isEmpty(), qPrintable(all));
    QVERIFY2(!errorWith(errors, {"series[0]", "field \"name\"", "must not be empty"}).isEmpty(), qPrintable(all));
    QCOMPARE(errors.size(), 2);
}

void TestTransferDocument::tooLongFieldNamesItsLimit()
{
    QJsonObject task = seedTask();
    task.insert(QStringLiteral("opts"), QJsonObject{{"title", ""}, {"comment", QString(100001, QLatin1Char('c'))}});
    QStringList errors;
    QVERIFY(!TransferDocument::parse(toBytes({{"svctasks", QJsonArray{with(task, "name", QString(5000, 'n'))}}}),
                                     &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(!errorWith(errors, {"svctasks[0]", "380daae6-016c-cdd4-606e-50e54938780c", "field \"name\"", "5000",
                                 "1000"}).isEmpty(), qPrintable(all.left(2000)));
    QVERIFY2(!errorWith(errors, {"svctasks[0]", "field \"opts.comment\"", "100001", "100000"}).isEmpty(),
             qPrintable(all.left(2000)));
}

void TestTransferDocument::repeatedKeysRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("parts");
    const QByteArray task = QJsonDocument(seedTask()).toJson(QJsonDocument::Compact);
    QTest::newRow("top level, the second list empty")
        << QByteArray("{\"svctasks\": [" + task + "],\n \"svctasks\": []}")
        << QStringList{"\"svctasks\"", "twice", "top level", "line 2"};
    QTest::newRow("in a record")
        << QByteArray("{\"svctasks\": [" + task + ", {\"name\": \"a\", \"isregular\": 0, \"name\": \"b\"}]}")
        << QStringList{"\"name\"", "twice", "svctasks[1]"};
    QTest::newRow("in a record, written with an escape")
        << QByteArray("{\"series\": [{\"name\": \"a\", \"n\\u0061me\": \"b\"}]}")
        << QStringList{"\"name\"", "twice", "series[0]"};
    QTest::newRow("in a step")
        << QByteArray("{\"series\": [{\"name\": \"a\", \"steps\": [{\"name\": \"s\"}, "
                      "{\"order\": 1, \"name\": \"s\", \"order\": 0}]}]}")
        << QStringList{"\"order\"", "twice", "series[0].steps[1]"};
    QByteArray many = "{\"svctasks\": [{";
    for (int i = 0; i < 100; ++i)
        many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    many += "\"k57\": 0}]}";
    QTest::newRow("in a record with many keys") << many << QStringList{"\"k57\"", "twice", "svctasks[0]"};
}

void TestTransferDocument::repeatedKeysRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, parts);
    verifyOneErrorNaming(json, parts);
}

void TestTransferDocument::sameKeysInDifferentObjectsAreFine()
{
    // Equal keys in sibling and nested objects, and text that looks like a repeated key.
    QJsonObject task = seedTask();
    task.insert(QStringLiteral("note"), QStringLiteral("{\"name\": 1, \"name\": 2} \\\" \"name\""));
    task.insert(QStringLiteral("more"), QJsonObject{{"name", 1}, {"inner", QJsonObject{{"name", 2}}}});
    const QJsonObject second = with(task, "id", "0d0d0d0d-0000-4000-8000-00000000000d");
    QStringList errors;
    const auto doc = TransferDocument::parse(toBytes({{"svctasks", QJsonArray{task, second}}}), &errors);
    QVERIFY2(doc, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(doc->svctasks.size(), 2);
}

QTEST_GUILESS_MAIN(TestTransferDocument)
#include "tst_transferdocument.moc"
