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

    QStringList errors;
    QVERIFY(!TransferDocument::parse(json, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).contains(QStringLiteral("line %1").arg(line)), qPrintable(errors.at(0)));
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
                    {"series", QJsonArray{with(seedSeries(), "seriesId", "s-2"),
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
                                with(with(seedTask(), "id", "a-2"), "name", "ok"),
                                with(with(seedTask(), "id", "a-3"), "dtstop", "2000-01-01T00:00:00Z")}},
        {"series", QJsonArray{with(seedSeries(), "steps", "none"), series1}}};

    QStringList errors;
    QVERIFY(!TransferDocument::parse(toBytes(root), &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(!errorWith(errors, {"svctasks[0]", "name"}).isEmpty(), qPrintable(all));
    QVERIFY2(!errorWith(errors, {"svctasks[2]", "a-3", "dtstop"}).isEmpty(), qPrintable(all));
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
        << toBytes({{"svctasks", QJsonArray{seedTask(), with(seedTask(), "id", "b-1"), other}}})
        << QStringList{"svctasks[2]", "380daae6-016c-cdd4-606e-50e54938780c", "\"id\""};
    QTest::newRow("seriesIds")
        << toBytes({{"series", QJsonArray{seedSeries(), with(seedSeries(), "name", "copy")}}})
        << QStringList{"series[1]", "475c2d64-b564-4f17-9833-ac3793ee43b4", "seriesId"};
}

void TestTransferDocument::duplicateIdsReported()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, parts);
    QStringList errors;
    QVERIFY(!TransferDocument::parse(json, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(!errorWith(errors, parts).isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
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
    QStringList errors;
    QVERIFY(!TransferDocument::parse(toBytes({{"series", QJsonArray{body}}}), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).contains(QStringLiteral("\"steps[0].name\"")), qPrintable(errors.at(0)));

    // For comparison: a decode error in that same step names steps[0].
    QJsonArray steps = body.value(QStringLiteral("steps")).toArray();
    steps[0] = with(steps.at(0).toObject(), "name", 5);
    body.insert(QStringLiteral("steps"), steps);
    errors.clear();
    QVERIFY(!TransferDocument::parse(toBytes({{"series", QJsonArray{body}}}), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).contains(QStringLiteral("\"steps[0].name\"")), qPrintable(errors.at(0)));
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

QTEST_GUILESS_MAIN(TestTransferDocument)
#include "tst_transferdocument.moc"
