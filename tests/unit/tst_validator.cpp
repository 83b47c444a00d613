// Validator: the rules a record must meet before it may be pushed to a server.

#include "TestSupport.h"

#include "domain/EnumCatalog.h"
#include "domain/Validator.h"
#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"

#include <QtTest>

Q_DECLARE_METATYPE(ServiceTask)
Q_DECLARE_METATYPE(TaskSeries)

namespace {

Timestamp ts(const QString &text)
{
    Timestamp t;
    if (!Timestamp::parse(text, &t))
        qWarning("test setup: could not parse %s", qPrintable(text));
    return t;
}

ServiceTask seedTask()
{
    DecodeError error;
    const auto task = ServiceTaskCodec::decode(
        TestSupport::fixtureJson(QStringLiteral("era-svctask.json")), &error);
    return task ? *task : ServiceTask();
}

TaskSeries seedSeries()
{
    DecodeError error;
    const auto series = TaskSeriesCodec::decode(
        TestSupport::fixtureJson(QStringLiteral("targpatrol-series.json")), &error);
    return series ? *series : TaskSeries();
}

// The seed series with a NUMBER action (first action of the first step) with these limits.
TaskSeries withLimits(const QString &type, std::optional<double> min, std::optional<double> max)
{
    TaskSeries s = seedSeries();
    Action &a = s.steps[0].actions[0];
    a.type = type;
    a.setMinValue(min);
    a.setMaxValue(max);
    return s;
}

QStringList fieldsOf(const ValidationIssues &issues)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues) {
        if (!fields.contains(issue.field))
            fields.append(issue.field);
    }
    fields.sort();
    return fields;
}

QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serviceTask_data();
    void serviceTask();
    void series_data();
    void series();
    void seedsAreValid();
    void tooLongTextSaysTheLimit();
    void isUuid_data();
    void isUuid();
};

void TestValidator::initTestCase()
{
    QVERIFY2(!seedTask().id.isEmpty(), "tests/data/era-svctask.json did not decode");
    QVERIFY2(!seedSeries().seriesId.isEmpty(), "tests/data/targpatrol-series.json did not decode");
    QVERIFY2(!EnumCatalog::assumedSiteListModes().isEmpty(), "no site-list mode to test");
}

void TestValidator::serviceTask_data()
{
    QTest::addColumn<ServiceTask>("task");
    QTest::addColumn<QStringList>("fields"); // sorted, distinct

    const ServiceTask seed = seedTask();
    QTest::newRow("seed is valid") << seed << QStringList();

    ServiceTask t = seed;
    t.name.clear();
    QTest::newRow("empty name") << t << QStringList{"name"};
    t.name = QStringLiteral("  \t ");
    QTest::newRow("blank name") << t << QStringList{"name"};
    t.name = QStringLiteral("\u200B\u200B");
    QTest::newRow("name of zero-width spaces") << t << QStringList{"name"};
    t.name = QStringLiteral("\u2060\uFEFF\u00A0\u200C\u200D\u3000\u2028");
    QTest::newRow("name of joiners, BOM and Unicode spaces") << t << QStringList{"name"};
    t.name = QStringLiteral("\u200BA\u200B");
    QTest::newRow("visible letter among invisible ones") << t << QStringList();
    t = seed;
    t.siteMode = QStringLiteral("\u200B");
    t.schedule = QStringLiteral("\uFEFF");
    QTest::newRow("invisible site mode and schedule") << t << QStringList{"schedule", "sitemode"};

    t = seed;
    t.id = QStringLiteral("task-1");
    QTest::newRow("id not a UUID") << t << QStringList{"id"};
    t.id = QStringLiteral("{380daae6-016c-cdd4-606e-50e54938780c}");
    QTest::newRow("id in braces") << t << QStringList{"id"};
    t.id.clear();
    QTest::newRow("no id yet (made here, never synced)") << t << QStringList();

    // The documented limits (README, import section): 1000 for names and titles, 200
    // for codes and list items, 100 000 for comments and descriptions.
    t = seed;
    t.name = QString(1000, QLatin1Char('n'));
    t.setTitle(QString(1000, QLatin1Char('t')));
    t.setComment(QString(100000, QLatin1Char('c')));
    t.scriptCode = QString(200, QLatin1Char('s'));
    t.sites = QStringList{QString(200, QLatin1Char('S'))};
    QTest::newRow("every text at its limit") << t << QStringList();
    t.name += QLatin1Char('n');
    QTest::newRow("name too long") << t << QStringList{"name"};
    t = seed;
    t.setTitle(QString(1001, QLatin1Char('t')));
    t.setComment(QString(100001, QLatin1Char('c')));
    t.scriptCode = QString(201, QLatin1Char('s'));
    t.siteMode = QString(201, QLatin1Char('m'));
    t.schedule = QString(201, QLatin1Char('w'));
    t.sites = QStringList{QStringLiteral("SITE1"), QString(201, QLatin1Char('S'))};
    QTest::newRow("every other text too long")
        << t << QStringList{"opts.comment", "opts.title", "schedule", "sitemode", "sites[1]", "svcscriptcode"};

    t = seed;
    t.isRegular = true;
    t.intervalSec = 0;
    QTest::newRow("regular with interval 0") << t << QStringList{"intervalsec"};
    t.intervalSec = -60;
    QTest::newRow("regular with negative interval") << t << QStringList{"intervalsec"};
    t.intervalSec = 1;
    QTest::newRow("regular with interval 1") << t << QStringList();
    t.isRegular = false;
    t.intervalSec = 0;
    QTest::newRow("one-off with interval 0") << t << QStringList();
    t.intervalSec = -1;
    QTest::newRow("one-off with negative interval") << t << QStringList{"intervalsec"};

    t = seed;
    t.dtStart = ts(QStringLiteral("2019-02-20T08:00:00Z"));
    t.dtStop = ts(QStringLiteral("2019-02-20T07:59:59Z"));
    QTest::newRow("dtstop before dtstart") << t << QStringList{"dtstop"};
    t.dtStop = ts(QStringLiteral("2019-02-20T08:00:00.000Z"));
    QTest::newRow("dtstop equal to dtstart") << t << QStringList();
    t.dtStop = ts(QStringLiteral("2019-02-20T10:00:00+03:00")); // 07:00Z
    QTest::newRow("dtstop before dtstart, given with an offset") << t << QStringList{"dtstop"};
    t.dtStop = ts(QStringLiteral("2019-02-20T10:00:00+01:00")); // 09:00Z
    QTest::newRow("dtstop after dtstart, given with an offset") << t << QStringList();
    t.dtStop = Timestamp();
    QTest::newRow("dtstop empty") << t << QStringList();
    t.dtStart = Timestamp();
    t.dtStop = ts(QStringLiteral("2000-01-01T00:00:00Z"));
    QTest::newRow("dtstart empty") << t << QStringList();
    t.dtStop = Timestamp();
    QTest::newRow("both dates empty") << t << QStringList();

    for (const QString &mode : EnumCatalog::assumedSiteListModes()) {
        t = seed;
        t.siteMode = mode;
        t.sites.clear();
        QTest::addRow("list mode %s without sites", qPrintable(mode)) << t << QStringList{"sites"};
        t.sites = QStringList{QStringLiteral("SITE1")};
        QTest::addRow("list mode %s with a site", qPrintable(mode)) << t << QStringList();
    }
    for (const QString &mode : {QStringLiteral("all"), QStringLiteral("firstsite"),
                                QStringLiteral("some-unknown-mode")}) {
        t = seed;
        t.siteMode = mode;
        t.sites.clear();
        QTest::addRow("mode %s needs no sites", qPrintable(mode)) << t << QStringList();
    }
    t = seed;
    t.schedule = QStringLiteral("night-only");
    QTest::newRow("unknown schedule code is valid") << t << QStringList();

    t = seed;
    t.name.clear();
    t.isRegular = true;
    t.intervalSec = 0;
    t.dtStop = ts(QStringLiteral("2000-01-01T00:00:00Z"));
    t.siteMode = EnumCatalog::assumedSiteListModes().constFirst();
    t.sites.clear();
    QTest::newRow("every problem at once") << t << QStringList{"dtstop", "intervalsec", "name", "sites"};
}

void TestValidator::serviceTask()
{
    QFETCH(ServiceTask, task);
    QFETCH(QStringList, fields);

    const ValidationIssues issues = Validator::validate(task);
    QVERIFY2(fieldsOf(issues) == fields, qPrintable(describe(issues)));
    for (const ValidationIssue &issue : issues)
        QVERIFY2(!issue.message.trimmed().isEmpty(), qPrintable(issue.field));
}

void TestValidator::series_data()
{
    QTest::addColumn<TaskSeries>("series");
    QTest::addColumn<QStringList>("fields");

    const TaskSeries seed = seedSeries();
    QTest::newRow("seed is valid") << seed << QStringList();

    TaskSeries s = seed;
    s.name.clear();
    QTest::newRow("empty name") << s << QStringList{"name"};
    s.name = QStringLiteral("   ");
    QTest::newRow("blank name") << s << QStringList{"name"};
    s.name = QStringLiteral("\u200B");
    QTest::newRow("name of a zero-width space") << s << QStringList{"name"};
    s = seed;
    s.steps[0].name = QStringLiteral("\u2060");
    s.steps[0].actions[0].name = QStringLiteral("\uFEFF ");
    s.steps[0].actions[1].type = QStringLiteral("\u200D");
    s.priority = QStringLiteral("\u200C");
    QTest::newRow("invisible step name, action name, type, priority")
        << s << QStringList{"priority", "steps[0].actions[0].name", "steps[0].actions[1].type", "steps[0].name"};

    s = seed;
    s.seriesId = QStringLiteral("series-1");
    QTest::newRow("seriesId not a UUID") << s << QStringList{"seriesId"};
    s = seed;
    s.steps[0].seriesId = QStringLiteral("step-1");
    s.steps[0].actions[1].seriesId = QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5ebe");
    QTest::newRow("step and action ids not UUIDs")
        << s << QStringList{"steps[0].actions[1].seriesId", "steps[0].seriesId"};
    s = seed;
    s.seriesId.clear();
    s.steps[0].seriesId.clear();
    s.steps[0].actions[0].seriesId.clear();
    s.steps[0].actions[1].seriesId.clear();
    QTest::newRow("no ids yet (made here, never synced)") << s << QStringList();

    s = seed;
    s.steps[0].actions[1].seriesId = s.steps[0].actions[0].seriesId;
    QTest::newRow("two actions with one id") << s << QStringList{"steps[0].actions[1].seriesId"};
    s = seed;
    s.steps.append(seed.steps.at(0));
    s.steps[1].seriesId = QStringLiteral("0e0c8d44-5d4f-4a8e-9b43-2a3d3c1f5e01");
    s.steps[1].actions[0].seriesId = QStringLiteral("0e0c8d44-5d4f-4a8e-9b43-2a3d3c1f5e02");
    s.steps[1].actions[1].seriesId = seed.steps.at(0).actions.at(1).seriesId.toUpper();
    QTest::newRow("action id repeated in another step, other case")
        << s << QStringList{"steps[1].actions[1].seriesId"};
    s = seed;
    s.steps.append(seed.steps.at(0));
    s.steps[1].actions.clear();
    QTest::newRow("two steps with one id") << s << QStringList{"steps[1].seriesId"};
    s = seed;
    s.steps[0].actions[0].seriesId = s.steps[0].seriesId;
    QTest::newRow("action with its step's id") << s << QStringList{"steps[0].actions[0].seriesId"};
    s = seed;
    s.steps.append(seed.steps.at(0));
    for (Step &step : s.steps) {
        step.seriesId.clear();
        for (Action &action : step.actions)
            action.seriesId.clear();
    }
    QTest::newRow("many items without an id are no repeat") << s << QStringList();

    s = seed;
    s.name = QString(1000, QLatin1Char('n'));
    s.description = QString(100000, QLatin1Char('d'));
    s.tags = QStringList{QString(200, QLatin1Char('t'))};
    s.steps[0].name = QString(1000, QLatin1Char('s'));
    QTest::newRow("texts at their limits") << s << QStringList();
    s.name += QLatin1Char('n');
    s.description = *s.description + QLatin1Char('d');
    s.tags.append(QString(201, QLatin1Char('t')));
    s.priority = QString(201, QLatin1Char('P'));
    s.steps[0].name += QLatin1Char('s');
    s.steps[0].actions[1].name = QString(1001, QLatin1Char('a'));
    s.steps[0].actions[0].type = QString(201, QLatin1Char('T'));
    QTest::newRow("texts too long")
        << s << QStringList{"description", "name", "priority", "steps[0].actions[0].type",
                            "steps[0].actions[1].name", "steps[0].name", "tags[1]"};

    s = seed;
    s.endAt = ts(QStringLiteral("2023-03-06T17:59:59.999Z"));
    QTest::newRow("endAt before startAt") << s << QStringList{"endAt"};
    s.endAt = ts(QStringLiteral("2023-03-06T18:00:00Z"));
    QTest::newRow("endAt equal to startAt") << s << QStringList();
    s.endAt = ts(QStringLiteral("2023-03-06T20:00:00+03:00")); // 17:00Z
    QTest::newRow("endAt before startAt, given with an offset") << s << QStringList{"endAt"};

    s = seed;
    s.steps[0].name.clear();
    QTest::newRow("step without a name") << s << QStringList{"steps[0].name"};
    s = seed;
    s.steps.append(seed.steps.at(0));
    s.steps[1].seriesId.clear(); // a copy made here has no server ids yet
    for (Action &action : s.steps[1].actions)
        action.seriesId.clear();
    s.steps[1].name = QStringLiteral(" ");
    QTest::newRow("second step without a name") << s << QStringList{"steps[1].name"};

    s = seed;
    s.steps[0].actions[1].name.clear();
    QTest::newRow("action without a name") << s << QStringList{"steps[0].actions[1].name"};

    const QString number = EnumCatalog::actionTypeNumber();
    QTest::newRow("NUMBER min > max") << withLimits(number, 10, 5)
                                      << QStringList{"steps[0].actions[0].minValue"};
    QTest::newRow("NUMBER negative min > max") << withLimits(number, -1, -40)
                                               << QStringList{"steps[0].actions[0].minValue"};
    QTest::newRow("NUMBER min == max") << withLimits(number, 5, 5) << QStringList();
    QTest::newRow("NUMBER min < max") << withLimits(number, -40, 60) << QStringList();
    QTest::newRow("NUMBER min only") << withLimits(number, 10, std::nullopt) << QStringList();
    QTest::newRow("NUMBER max only") << withLimits(number, std::nullopt, -10) << QStringList();
    QTest::newRow("NUMBER without limits") << withLimits(number, std::nullopt, std::nullopt) << QStringList();
    QTest::newRow("TEXT min > max not flagged") << withLimits(QStringLiteral("TEXT"), 10, 5) << QStringList();
    QTest::newRow("unknown type min > max not flagged")
        << withLimits(QStringLiteral("SLIDER"), 10, 5) << QStringList();

    s = seed;
    s.locationId = QStringLiteral("not-a-uuid");
    QTest::newRow("locationId not a UUID") << s << QStringList{"locationId"};
    s.locationId = QStringLiteral("{03864752-f177-47ff-b0a1-99d75b02d954}");
    QTest::newRow("locationId in braces") << s << QStringList{"locationId"};
    s.locationId = QStringLiteral("03864752-F177-47FF-B0A1-99D75B02D954");
    QTest::newRow("uppercase locationId is a UUID") << s << QStringList();

    s = seed;
    s.assigneeIds.append(QStringLiteral("ivanov"));
    QTest::newRow("second assignee not a UUID") << s << QStringList{"assigneeIds[1]"};
    s = seed;
    s.assigneeIds = QStringList{QStringLiteral("4f9e4741-3069-4a03-8386-5f3ee45791a")}; // 11 digits
    QTest::newRow("assignee one digit short") << s << QStringList{"assigneeIds[0]"};

    s = seed;
    s.steps[0].pointId = QStringLiteral("gate-1");
    QTest::newRow("pointId not a UUID") << s << QStringList{"steps[0].pointId"};

    s = seed;
    s.name.clear();
    s.endAt = ts(QStringLiteral("2000-01-01T00:00:00Z"));
    s.steps[0].name.clear();
    s.steps[0].actions[0].name.clear();
    s.locationId = QStringLiteral("x");
    QTest::newRow("several problems at once")
        << s << QStringList{"endAt", "locationId", "name", "steps[0].actions[0].name", "steps[0].name"};
}

void TestValidator::series()
{
    QFETCH(TaskSeries, series);
    QFETCH(QStringList, fields);

    const ValidationIssues issues = Validator::validate(series);
    QVERIFY2(fieldsOf(issues) == fields, qPrintable(describe(issues)));
    for (const ValidationIssue &issue : issues)
        QVERIFY2(!issue.message.trimmed().isEmpty(), qPrintable(issue.field));
}

void TestValidator::seedsAreValid()
{
    // Every record of every fixture is valid.
    const QJsonArray list = TestSupport::fixtureJson(QStringLiteral("era-svctask-list.json")).toArray();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &item : list) {
        DecodeError error;
        const auto task = ServiceTaskCodec::decode(item, &error);
        QVERIFY2(task, qPrintable(error.toString()));
        QVERIFY2(Validator::validate(*task).isEmpty(), qPrintable(describe(Validator::validate(*task))));
    }

    const QJsonObject both = TestSupport::fixtureJson(QStringLiteral("import-both.json")).toObject();
    const QJsonArray tasks = both.value(QStringLiteral("svctasks")).toArray();
    const QJsonArray series = both.value(QStringLiteral("series")).toArray();
    QCOMPARE(tasks.size(), 3);
    QCOMPARE(series.size(), 2);
    for (const QJsonValue &item : tasks) {
        DecodeError error;
        const auto task = ServiceTaskCodec::decode(item, &error);
        QVERIFY2(task, qPrintable(error.toString()));
        QVERIFY2(Validator::validate(*task).isEmpty(), qPrintable(describe(Validator::validate(*task))));
    }
    for (const QJsonValue &item : series) {
        DecodeError error;
        const auto body = TaskSeriesCodec::decode(item, &error);
        QVERIFY2(body, qPrintable(error.toString()));
        QVERIFY2(Validator::validate(*body).isEmpty(), qPrintable(describe(Validator::validate(*body))));
    }
}

void TestValidator::tooLongTextSaysTheLimit()
{
    ServiceTask task = seedTask();
    task.name = QString(50000, QLatin1Char('x'));
    const ValidationIssues issues = Validator::validate(task);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).field, QStringLiteral("name"));
    QVERIFY2(issues.at(0).message.contains(QLatin1String("50000")), qPrintable(issues.at(0).message));
    QVERIFY2(issues.at(0).message.contains(QLatin1String("1000")), qPrintable(issues.at(0).message));
}

void TestValidator::isUuid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("uuid");
    QTest::newRow("lowercase") << "475c2d64-b564-4f17-9833-ac3793ee43b4" << true;
    QTest::newRow("uppercase") << "475C2D64-B564-4F17-9833-AC3793EE43B4" << true;
    QTest::newRow("ERA-style id") << "380daae6-016c-cdd4-606e-50e54938780c" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("braces") << "{475c2d64-b564-4f17-9833-ac3793ee43b4}" << false;
    QTest::newRow("no dashes") << "475c2d64b5644f179833ac3793ee43b4" << false;
    QTest::newRow("non-hex") << "475c2d64-b564-4f17-9833-ac3793ee43bg" << false;
    QTest::newRow("trailing space") << "475c2d64-b564-4f17-9833-ac3793ee43b4 " << false;
    QTest::newRow("too long") << "475c2d64-b564-4f17-9833-ac3793ee43b4a" << false;
}

void TestValidator::isUuid()
{
    QFETCH(QString, text);
    QFETCH(bool, uuid);
    QCOMPARE(Validator::isUuid(text), uuid);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
