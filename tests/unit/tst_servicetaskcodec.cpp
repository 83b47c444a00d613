// ServiceTaskCodec: the ERA svctask entity (docs/api-contract.md §1.1, 1.2) to and from ServiceTask.

#include "TestSupport.h"

#include "json/ServiceTaskCodec.h"

#include <QtTest>

namespace {

const QString kSeedId = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");

QJsonObject seedObject()
{
    return TestSupport::fixtureJson(QStringLiteral("era-svctask.json")).toObject();
}

// The seed with one field replaced (or removed when `value` is undefined).
QJsonObject seedWith(const QString &key, const QJsonValue &value)
{
    QJsonObject o = seedObject();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

std::optional<ServiceTask> decode(const QJsonValue &value, DecodeError *error = nullptr,
                                  const QString &path = QString())
{
    DecodeError ignored;
    return ServiceTaskCodec::decode(value, error ? error : &ignored, path);
}

} // namespace

class TestServiceTaskCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void seedRoundTrip();
    void seedFields();
    void listItemsDecodeWithDefaults();

    void intBoolAccepted_data();
    void intBoolAccepted();
    void intBoolRejected_data();
    void intBoolRejected();

    void sitesShapes_data();
    void sitesShapes();
    void sitesChangedOnStringShapeSendsJoinedText_data();
    void sitesChangedOnStringShapeSendsJoinedText();
    void sitesChangedOnArrayShapeStaysArray();
    void newRecordSendsSitesAsArray();
    void sitesRejected_data();
    void sitesRejected();

    void dates_data();
    void dates();

    void unknownContentKept();
    void unknownCodesKept_data();
    void unknownCodesKept();

    void newServiceTaskDefaults();
    void minimalObjectDecodesToDefaults();

    void nonObjectRejected_data();
    void nonObjectRejected();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
};

void TestServiceTaskCodec::initTestCase()
{
    QVERIFY2(!seedObject().isEmpty(), "tests/data/era-svctask.json is missing or not an object");
    QVERIFY2(TestSupport::fixtureJson(QStringLiteral("era-svctask-list.json")).isArray(),
             "tests/data/era-svctask-list.json is missing or not an array");
}

void TestServiceTaskCodec::seedRoundTrip()
{
    const QJsonObject original = seedObject();
    DecodeError error;
    const auto task = ServiceTaskCodec::decode(original, &error);
    QVERIFY2(task, qPrintable(error.toString()));
    COMPARE_JSON(ServiceTaskCodec::encode(*task), original);

    // And once more: decoding what was encoded gives the same record.
    const auto again = decode(ServiceTaskCodec::encode(*task));
    QVERIFY(again);
    QVERIFY(*again == *task);
}

void TestServiceTaskCodec::seedFields()
{
    const auto task = decode(seedObject());
    QVERIFY(task);
    QCOMPARE(task->id, kSeedId);
    QCOMPARE(task->name, QStringLiteral("Обзвон должников"));
    QCOMPARE(task->isEnabled, false);
    QCOMPARE(task->scriptCode, QStringLiteral("dialByCallList"));
    QCOMPARE(task->siteMode, QStringLiteral("all"));
    QCOMPARE(task->sites, QStringList());
    QCOMPARE(task->sitesShape, ServiceTask::SitesShape::String);
    QCOMPARE(task->isRegular, true);
    QCOMPARE(task->overlap, true);
    QCOMPARE(task->intervalSec, qint64(3600));
    QCOMPARE(task->dtStart.toUtc(), QDateTime(QDate(2019, 2, 20), QTime(8, 0), Qt::UTC));
    QCOMPARE(task->dtStop.toUtc(), QDateTime(QDate(2020, 2, 20), QTime(8, 0), Qt::UTC));
    QCOMPARE(task->schedule, QStringLiteral("work"));
    QCOMPARE(task->periods, QJsonArray());
    QCOMPARE(task->title(), QString());
    QCOMPARE(task->comment(), QString());
    QCOMPARE(task->createdText(), QStringLiteral("2019-08-26T12:09:03.34Z"));
    QCOMPARE(task->lastWriteText(), QStringLiteral("2019-08-26T12:09:03.34Z"));
    QVERIFY(task->extra.isEmpty());
}

void TestServiceTaskCodec::listItemsDecodeWithDefaults()
{
    // GET list items never carry sites, periods or opts (docs/api-contract.md §1.3).
    const QJsonArray list = TestSupport::fixtureJson(QStringLiteral("era-svctask-list.json")).toArray();
    QCOMPARE(list.size(), 2);

    QVector<ServiceTask> tasks;
    for (int i = 0; i < list.size(); ++i) {
        DecodeError error;
        const auto task = ServiceTaskCodec::decode(list.at(i), &error, QStringLiteral("[%1]").arg(i));
        QVERIFY2(task, qPrintable(error.toString()));
        QCOMPARE(task->sites, QStringList());
        QCOMPARE(task->periods, QJsonArray());
        QCOMPARE(task->opts, ServiceTask::defaultOpts());
        QVERIFY(task->extra.isEmpty());
        tasks.append(*task);
    }
    QCOMPARE(tasks.at(0).id, kSeedId);
    QCOMPARE(tasks.at(0).isEnabled, false);
    QCOMPARE(tasks.at(0).intervalSec, qint64(3600));
    QCOMPARE(tasks.at(0).lastWriteText(), QStringLiteral("2019-08-26T12:09:03.34Z"));
    QCOMPARE(tasks.at(1).id, QStringLiteral("86228b15-016c-cdef-ccce-50e54938780c"));
    QCOMPARE(tasks.at(1).name, QStringLiteral("Очистка ежедневная"));
    QCOMPARE(tasks.at(1).isEnabled, true);
    QCOMPARE(tasks.at(1).scriptCode, QStringLiteral("cleardata"));
    QCOMPARE(tasks.at(1).intervalSec, qint64(86400));
    QCOMPARE(tasks.at(1).createdText(), QStringLiteral("2019-08-26T12:39:00.55Z"));
    QVERIFY(tasks.at(0) != tasks.at(1));
}

void TestServiceTaskCodec::intBoolAccepted_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("expected");

    for (const char *field : {"isenabled", "isregular", "overlap"}) {
        QTest::addRow("%s = 0", field) << field << QJsonValue(0) << false;
        QTest::addRow("%s = 1", field) << field << QJsonValue(1) << true;
        QTest::addRow("%s = false", field) << field << QJsonValue(false) << false;
        QTest::addRow("%s = true", field) << field << QJsonValue(true) << true;
    }
}

void TestServiceTaskCodec::intBoolAccepted()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, expected);

    const QJsonObject input = seedWith(field, value);
    DecodeError error;
    const auto task = ServiceTaskCodec::decode(input, &error);
    QVERIFY2(task, qPrintable(error.toString()));

    const bool decoded = field == QLatin1String("isenabled") ? task->isEnabled
                       : field == QLatin1String("isregular") ? task->isRegular
                                                              : task->overlap;
    QCOMPARE(decoded, expected);

    // Always sent as the integers 0/1, never as JSON booleans.
    const QJsonValue sent = ServiceTaskCodec::encode(*task).value(field);
    QVERIFY2(sent.isDouble(), "intbool must be encoded as a number");
    QCOMPARE(sent.toDouble(), expected ? 1.0 : 0.0);
}

void TestServiceTaskCodec::intBoolRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    for (const char *field : {"isenabled", "isregular", "overlap"}) {
        QTest::addRow("%s = 2", field) << field << QJsonValue(2);
        QTest::addRow("%s = -1", field) << field << QJsonValue(-1);
        QTest::addRow("%s = 0.5", field) << field << QJsonValue(0.5);
        QTest::addRow("%s = \"1\"", field) << field << QJsonValue(QStringLiteral("1"));
        QTest::addRow("%s = \"true\"", field) << field << QJsonValue(QStringLiteral("true"));
        QTest::addRow("%s = []", field) << field << QJsonValue(QJsonArray{1});
    }
}

void TestServiceTaskCodec::intBoolRejected()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    DecodeError error;
    QVERIFY(!ServiceTaskCodec::decode(seedWith(field, value), &error));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());

    QVERIFY(!ServiceTaskCodec::decode(seedWith(field, value), &error, QStringLiteral("svctasks[3]")));
    QCOMPARE(error.field, QStringLiteral("svctasks[3].") + field);
}

void TestServiceTaskCodec::sitesShapes_data()
{
    QTest::addColumn<QJsonValue>("sites");     // undefined = field absent
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QJsonValue>("sentBack");  // when unchanged

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("empty string (seed)") << QJsonValue(QString()) << QStringList() << QJsonValue(QString());
    QTest::newRow("comma-separated string")
        << QJsonValue(QStringLiteral("SITE1, SITE2")) << QStringList{"SITE1", "SITE2"}
        << QJsonValue(QStringLiteral("SITE1, SITE2"));
    QTest::newRow("string without spaces")
        << QJsonValue(QStringLiteral("SITE1,SITE2")) << QStringList{"SITE1", "SITE2"}
        << QJsonValue(QStringLiteral("SITE1,SITE2"));
    QTest::newRow("string with extra blanks")
        << QJsonValue(QStringLiteral("  SITE1 ,SITE2 , ")) << QStringList{"SITE1", "SITE2"}
        << QJsonValue(QStringLiteral("  SITE1 ,SITE2 , "));
    QTest::newRow("single site string") << QJsonValue(QStringLiteral("SITE1"))
                                        << QStringList{"SITE1"} << QJsonValue(QStringLiteral("SITE1"));
    QTest::newRow("array") << QJsonValue(QJsonArray{"A", "B"}) << QStringList{"A", "B"}
                           << QJsonValue(QJsonArray{"A", "B"});
    QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QStringList() << QJsonValue(QJsonArray());
    QTest::newRow("absent") << absent << QStringList() << QJsonValue(QJsonArray());
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringList() << QJsonValue(QJsonArray());
}

void TestServiceTaskCodec::sitesShapes()
{
    QFETCH(QJsonValue, sites);
    QFETCH(QStringList, expected);
    QFETCH(QJsonValue, sentBack);

    DecodeError error;
    const auto task = ServiceTaskCodec::decode(seedWith(QStringLiteral("sites"), sites), &error);
    QVERIFY2(task, qPrintable(error.toString()));
    QCOMPARE(task->sites, expected);
    COMPARE_JSON(ServiceTaskCodec::encode(*task).value(QStringLiteral("sites")), sentBack);
}

void TestServiceTaskCodec::sitesChangedOnStringShapeSendsJoinedText_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QStringList>("edited");
    QTest::addColumn<QString>("sent");

    QTest::newRow("empty -> two") << "" << QStringList{"A", "B"} << "A, B";
    QTest::newRow("two -> other two") << "SITE1, SITE2" << QStringList{"A", "B"} << "A, B";
    QTest::newRow("two -> one") << "SITE1, SITE2" << QStringList{"SITE2"} << "SITE2";
    QTest::newRow("two -> none") << "SITE1, SITE2" << QStringList() << "";
    QTest::newRow("reordered") << "SITE1,SITE2" << QStringList{"SITE2", "SITE1"} << "SITE2, SITE1";
}

void TestServiceTaskCodec::sitesChangedOnStringShapeSendsJoinedText()
{
    QFETCH(QString, received);
    QFETCH(QStringList, edited);
    QFETCH(QString, sent);

    auto task = decode(seedWith(QStringLiteral("sites"), received));
    QVERIFY(task);
    task->sites = edited;
    COMPARE_JSON(ServiceTaskCodec::encode(*task).value(QStringLiteral("sites")), sent);
}

void TestServiceTaskCodec::sitesChangedOnArrayShapeStaysArray()
{
    auto task = decode(seedWith(QStringLiteral("sites"), QJsonArray{"X"}));
    QVERIFY(task);
    task->sites = QStringList{"A", "B"};
    COMPARE_JSON(ServiceTaskCodec::encode(*task).value(QStringLiteral("sites")), QJsonArray({"A", "B"}));
}

void TestServiceTaskCodec::newRecordSendsSitesAsArray()
{
    ServiceTask task;
    task.name = QStringLiteral("New");
    COMPARE_JSON(ServiceTaskCodec::encode(task).value(QStringLiteral("sites")), QJsonArray());
    task.sites = QStringList{"A", "B"};
    COMPARE_JSON(ServiceTaskCodec::encode(task).value(QStringLiteral("sites")), QJsonArray({"A", "B"}));
}

void TestServiceTaskCodec::sitesRejected_data()
{
    QTest::addColumn<QJsonValue>("sites");
    QTest::addColumn<QString>("field");
    QTest::newRow("number") << QJsonValue(5) << "svctasks[0].sites";
    QTest::newRow("object") << QJsonValue(QJsonObject{{"a", 1}}) << "svctasks[0].sites";
    QTest::newRow("boolean") << QJsonValue(true) << "svctasks[0].sites";
    QTest::newRow("array with a number") << QJsonValue(QJsonArray{"A", 1}) << "svctasks[0].sites[1]";
}

void TestServiceTaskCodec::sitesRejected()
{
    QFETCH(QJsonValue, sites);
    QFETCH(QString, field);
    DecodeError error;
    QVERIFY(!ServiceTaskCodec::decode(seedWith(QStringLiteral("sites"), sites), &error,
                                      QStringLiteral("svctasks[0]")));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

void TestServiceTaskCodec::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant");
    auto at = [](int ms) { return QDateTime(QDate(2019, 8, 26), QTime(12, 9, 3, ms), Qt::UTC); };
    QTest::newRow("0 digits") << "2019-08-26T12:09:03Z" << at(0);
    QTest::newRow("1 digit") << "2019-08-26T12:09:03.3Z" << at(300);
    QTest::newRow("2 digits") << "2019-08-26T12:09:03.34Z" << at(340);
    QTest::newRow("3 digits") << "2019-08-26T12:09:03.340Z" << at(340);
    QTest::newRow("6 digits") << "2019-08-26T12:09:03.340123Z" << at(340);
    QTest::newRow("9 digits") << "2019-08-26T12:09:03.340123456Z" << at(340);
    QTest::newRow("empty") << "" << QDateTime();
}

void TestServiceTaskCodec::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);

    QJsonObject input = seedObject();
    input.insert(QStringLiteral("dtstart"), text);
    input.insert(QStringLiteral("dtstop"), text);
    DecodeError error;
    const auto task = ServiceTaskCodec::decode(input, &error);
    QVERIFY2(task, qPrintable(error.toString()));
    QCOMPARE(task->dtStart.toUtc(), instant);
    QCOMPARE(task->dtStop.toUtc(), instant);
    QCOMPARE(task->dtStart.isEmpty(), text.isEmpty());

    // An untouched date goes back exactly as received.
    const QJsonObject sent = ServiceTaskCodec::encode(*task);
    COMPARE_JSON(sent.value(QStringLiteral("dtstart")), text);
    COMPARE_JSON(sent.value(QStringLiteral("dtstop")), text);
}

void TestServiceTaskCodec::unknownContentKept()
{
    QJsonObject input = seedObject();
    input.insert(QStringLiteral("priorityHint"), QJsonObject{{"level", 3}, {"tags", QJsonArray{"a"}}});
    input.insert(QStringLiteral("futureFlag"), true);
    input.insert(QStringLiteral("nothing"), QJsonValue(QJsonValue::Null));
    input.insert(QStringLiteral("opts"), QJsonObject{{"title", "Ежедневная очистка"},
                                                     {"comment", "после 22:00"},
                                                     {"color", "#ff0000"},
                                                     {"nested", QJsonObject{{"k", QJsonArray{1, 2}}}}});
    input.insert(QStringLiteral("ext"), QJsonObject{{"ct", "2019-08-26T12:39:00.55Z"},
                                                    {"lwt", "2019-08-26T12:39:00.55Z"},
                                                    {"owner", "admin"},
                                                    {"rev", 17}});
    input.insert(QStringLiteral("periods"),
                 QJsonArray{QJsonObject{{"day", "mon"}, {"from", "08:00"}, {"to", "17:00"},
                                        {"tz", "Europe/Moscow"}},
                            QJsonObject{{"weird", QJsonObject{{"deep", true}}}},
                            QJsonObject(),
                            QStringLiteral("mon 08:00-17:00"),
                            42,
                            QJsonArray{1, "two"},
                            QJsonValue(QJsonValue::Null)});
    input.insert(QStringLiteral("schedule"), QStringLiteral("individual"));

    DecodeError error;
    const auto task = ServiceTaskCodec::decode(input, &error);
    QVERIFY2(task, qPrintable(error.toString()));
    QCOMPARE(task->extra.value(QStringLiteral("futureFlag")), QJsonValue(true));
    QCOMPARE(task->extra.value(QStringLiteral("priorityHint")).toObject().value(QStringLiteral("level")),
             QJsonValue(3));
    QVERIFY(task->extra.contains(QStringLiteral("nothing")));
    QCOMPARE(task->title(), QStringLiteral("Ежедневная очистка"));
    QCOMPARE(task->comment(), QStringLiteral("после 22:00"));
    QCOMPARE(task->periods.size(), 7);
    QCOMPARE(task->ext.value(QStringLiteral("owner")), QJsonValue(QStringLiteral("admin")));

    COMPARE_JSON(ServiceTaskCodec::encode(*task), input);
}

void TestServiceTaskCodec::unknownCodesKept_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("sitemode firstsite (known)") << "sitemode" << "firstsite";
    QTest::newRow("sitemode unknown") << "sitemode" << "anyone";
    QTest::newRow("sitemode unknown, odd case") << "sitemode" << "ALL_SITES";
    QTest::newRow("schedule unknown") << "schedule" << "night-only";
    QTest::newRow("schedule individual (assumed)") << "schedule" << "individual";
    QTest::newRow("schedule cyrillic") << "schedule" << "ночь";
}

void TestServiceTaskCodec::unknownCodesKept()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto task = decode(seedWith(field, code));
    QVERIFY(task);
    QCOMPARE(field == QLatin1String("sitemode") ? task->siteMode : task->schedule, code);
    COMPARE_JSON(ServiceTaskCodec::encode(*task).value(field), code);
}

void TestServiceTaskCodec::newServiceTaskDefaults()
{
    // docs/api-contract.md §1.1 defaults.
    const ServiceTask task;
    QVERIFY(task.id.isEmpty());
    QCOMPARE(task.isEnabled, false);
    QCOMPARE(task.siteMode, QStringLiteral("all"));
    QCOMPARE(task.isRegular, false);
    QCOMPARE(task.overlap, true);
    QCOMPARE(task.intervalSec, qint64(0));
    QCOMPARE(task.schedule, QStringLiteral("all"));
    QVERIFY(task.sites.isEmpty());
    QVERIFY(task.periods.isEmpty());
    QVERIFY(task.dtStart.isEmpty());
    QVERIFY(task.dtStop.isEmpty());
    const QJsonObject defaultOpts{{"title", ""}, {"comment", ""}};
    QCOMPARE(task.opts, defaultOpts);
    QCOMPARE(ServiceTask::defaultOpts(), defaultOpts);

    const QJsonObject sent = ServiceTaskCodec::encode(task);
    QVERIFY2(!sent.contains(QStringLiteral("id")), "the server generates the id of a new record");
    QVERIFY2(!sent.contains(QStringLiteral("ext")), "ext is server-made");
    COMPARE_JSON(sent.value(QStringLiteral("isenabled")), 0);
    COMPARE_JSON(sent.value(QStringLiteral("sitemode")), "all");
    COMPARE_JSON(sent.value(QStringLiteral("isregular")), 0);
    COMPARE_JSON(sent.value(QStringLiteral("overlap")), 1);
    COMPARE_JSON(sent.value(QStringLiteral("intervalsec")), 0);
    COMPARE_JSON(sent.value(QStringLiteral("schedule")), "all");
    COMPARE_JSON(sent.value(QStringLiteral("periods")), QJsonArray());
    COMPARE_JSON(sent.value(QStringLiteral("opts")), defaultOpts);
    COMPARE_JSON(sent.value(QStringLiteral("sites")), QJsonArray());
}

void TestServiceTaskCodec::minimalObjectDecodesToDefaults()
{
    DecodeError error;
    const auto task = ServiceTaskCodec::decode(QJsonObject{{"name", "Только имя"}}, &error);
    QVERIFY2(task, qPrintable(error.toString()));
    ServiceTask expected;
    expected.name = QStringLiteral("Только имя");
    QVERIFY(*task == expected);
    QCOMPARE(task->opts, ServiceTask::defaultOpts());
    QCOMPARE(task->overlap, true);
}

void TestServiceTaskCodec::nonObjectRejected_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("array") << QJsonValue(QJsonArray{seedObject()});
    QTest::newRow("string") << QJsonValue(QStringLiteral("svctask"));
    QTest::newRow("number") << QJsonValue(1);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
}

void TestServiceTaskCodec::nonObjectRejected()
{
    QFETCH(QJsonValue, value);
    DecodeError error;
    QVERIFY(!ServiceTaskCodec::decode(value, &error, QStringLiteral("svctasks[2]")));
    QCOMPARE(error.field, QStringLiteral("svctasks[2]"));
    QVERIFY(!error.message.isEmpty());
}

void TestServiceTaskCodec::wrongTypesNameTheField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");

    const QString p = QStringLiteral("svctasks[3]");
    QTest::newRow("name number") << "name" << QJsonValue(5) << p << "svctasks[3].name";
    QTest::newRow("name number, no path") << "name" << QJsonValue(5) << QString() << "name";
    QTest::newRow("name object") << "name" << QJsonValue(QJsonObject()) << p << "svctasks[3].name";
    QTest::newRow("id number") << "id" << QJsonValue(7) << p << "svctasks[3].id";
    QTest::newRow("svcscriptcode array") << "svcscriptcode" << QJsonValue(QJsonArray()) << p
                                         << "svctasks[3].svcscriptcode";
    QTest::newRow("sitemode number") << "sitemode" << QJsonValue(1) << p << "svctasks[3].sitemode";
    QTest::newRow("intervalsec 1.5") << "intervalsec" << QJsonValue(1.5) << p << "svctasks[3].intervalsec";
    QTest::newRow("intervalsec text") << "intervalsec" << QJsonValue(QStringLiteral("3600")) << p
                                      << "svctasks[3].intervalsec";
    QTest::newRow("intervalsec bool") << "intervalsec" << QJsonValue(true) << p << "svctasks[3].intervalsec";
    QTest::newRow("dtstart tomorrow") << "dtstart" << QJsonValue(QStringLiteral("tomorrow")) << p
                                      << "svctasks[3].dtstart";
    QTest::newRow("dtstart no zone") << "dtstart" << QJsonValue(QStringLiteral("2019-02-20T08:00:00")) << p
                                     << "svctasks[3].dtstart";
    QTest::newRow("dtstop number") << "dtstop" << QJsonValue(1550649600) << p << "svctasks[3].dtstop";
    QTest::newRow("schedule bool") << "schedule" << QJsonValue(true) << p << "svctasks[3].schedule";
    QTest::newRow("periods object") << "periods" << QJsonValue(QJsonObject{{"day", "mon"}}) << p
                                    << "svctasks[3].periods";
    QTest::newRow("periods string") << "periods" << QJsonValue(QStringLiteral("mon")) << p
                                    << "svctasks[3].periods";
    QTest::newRow("opts array") << "opts" << QJsonValue(QJsonArray{"title"}) << p << "svctasks[3].opts";
    QTest::newRow("opts string") << "opts" << QJsonValue(QStringLiteral("{}")) << p << "svctasks[3].opts";
    QTest::newRow("ext string") << "ext" << QJsonValue(QStringLiteral("x")) << p << "svctasks[3].ext";
}

void TestServiceTaskCodec::wrongTypesNameTheField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(QString, field);

    DecodeError error;
    QVERIFY(!ServiceTaskCodec::decode(seedWith(key, value), &error, path));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.toString().contains(field));
}

QTEST_GUILESS_MAIN(TestServiceTaskCodec)
#include "tst_servicetaskcodec.moc"
