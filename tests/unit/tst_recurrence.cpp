// Recurrence rules (RFC 5545 RRULE + EXDATE, parsed and expanded by libical): valid and
// invalid rules and exceptions, occurrences and windows, the safety cap, the simple rules
// the editor's controls can show, and the description in words. Local time is
// Europe/Moscow (UTC+3) so that local and UTC differ.
#include "RecurrenceTest.h"

#include "domain/ExcludedRanges.h"
#include "domain/PeriodicSequence.h"
#include "domain/Recurrence.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace RecurrenceTest;
using Frequency = Recurrence::Frequency;
using Days = QList<Qt::DayOfWeek>;

Q_DECLARE_METATYPE(Recurrence::Frequency)

namespace {

QStringList isoList(const QList<QDateTime> &times)
{
    QStringList result;
    for (const QDateTime &t : times)
        result.append(t.toUTC().toString(Qt::ISODate));
    return result;
}

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseExceptions();
    void occurrences_data();
    void occurrences();
    void safetyCap_data();
    void safetyCap();
    void window_data();
    void window();
    void windowAgreesWithExpansion_data();
    void windowAgreesWithExpansion();
    void windowStaysBounded();
    void simpleRoundTrip_data();
    void simpleRoundTrip();
    void describe_data();
    void describe();
    void describeFollowsLocale();
    void excludedRangesMergeAndClamp();
};

void TestRecurrence::initTestCase()
{
    QVERIFY2(setUpZoneAndLocale(), "local time is not UTC+3");
}

void TestRecurrence::parseValid_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Frequency>("frequency");
    QTest::addColumn<int>("interval");
    QTest::addColumn<Days>("weekdays");
    QTest::addColumn<QDateTime>("until");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("simple");
    QTest::addColumn<QString>("ruleText");

    QTest::newRow("empty") << "" << Frequency::None << 1 << Days{} << QDateTime() << 0 << true << "";
    QTest::newRow("blank") << "  " << Frequency::None << 1 << Days{} << QDateTime() << 0 << true << "";
    QTest::newRow("contract") << "FREQ=DAILY;UNTIL=20230309T210000Z" << Frequency::Daily << 1
                              << Days{} << utc(2023, 3, 9, 21) << 0 << true
                              << "FREQ=DAILY;UNTIL=20230309T210000Z";
    QTest::newRow("weekly") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,MO;COUNT=10" << Frequency::Weekly
                            << 2 << Days{Qt::Monday, Qt::Wednesday} << QDateTime() << 10 << true
                            << "FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=MO,WE";
    QTest::newRow("lower case, prefix") << " RRULE:freq=monthly " << Frequency::Monthly << 1
                                        << Days{} << QDateTime() << 0 << true << "FREQ=MONTHLY";
    QTest::newRow("yearly") << "FREQ=YEARLY;INTERVAL=3" << Frequency::Yearly << 3 << Days{}
                            << QDateTime() << 0 << true << "FREQ=YEARLY;INTERVAL=3";
    QTest::newRow("floating until counts as UTC")
        << "FREQ=DAILY;UNTIL=20230309T180000" << Frequency::Daily << 1 << Days{}
        << utc(2023, 3, 9, 18) << 0 << true << "FREQ=DAILY;UNTIL=20230309T180000Z";
    QTest::newRow("hourly") << "FREQ=HOURLY;INTERVAL=3" << Frequency::Other << 3 << Days{}
                            << QDateTime() << 0 << false << "FREQ=HOURLY;INTERVAL=3";
    QTest::newRow("BYSETPOS") << "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR"
                              << Frequency::Monthly << 1 << Days{} << QDateTime() << 0 << false
                              << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1";
    QTest::newRow("BYHOUR") << "FREQ=DAILY;BYHOUR=9,17" << Frequency::Daily << 1 << Days{}
                            << QDateTime() << 0 << false << "FREQ=DAILY;BYHOUR=9,17";
    QTest::newRow("BYDAY with position") << "FREQ=MONTHLY;BYDAY=1MO" << Frequency::Monthly << 1
                                         << Days{} << QDateTime() << 0 << false
                                         << "FREQ=MONTHLY;BYDAY=1MO";
    QTest::newRow("BYDAY on a daily rule") << "FREQ=DAILY;BYDAY=MO,FR" << Frequency::Daily << 1
                                           << Days{} << QDateTime() << 0 << false
                                           << "FREQ=DAILY;BYDAY=MO,FR";
    QTest::newRow("WKST") << "FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=SU,TU" << Frequency::Weekly << 2
                          << Days{} << QDateTime() << 0 << false
                          << "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,TU;WKST=SU";
    QTest::newRow("BYMONTHDAY") << "FREQ=MONTHLY;BYMONTHDAY=15" << Frequency::Monthly << 1
                                << Days{} << QDateTime() << 0 << false
                                << "FREQ=MONTHLY;BYMONTHDAY=15";
}

void TestRecurrence::parseValid()
{
    QFETCH(QString, rule);
    QString error = QStringLiteral("untouched");
    const auto r = Recurrence::parse(rule, QString(), &error);
    QVERIFY2(r, qPrintable(error));
    QFETCH(Frequency, frequency);
    QCOMPARE(r->frequency(), frequency);
    QCOMPARE(r->repeats(), frequency != Frequency::None);
    QTEST(r->interval(), "interval");
    QTEST(r->weekdays(), "weekdays");
    QTEST(r->until(), "until");
    QTEST(r->count(), "count");
    QTEST(r->isSimple(), "simple");
    QTEST(r->ruleText(), "ruleText");
    QVERIFY(r->exceptions().isEmpty());
    // What libical wrote reads back the same.
    const auto again = Recurrence::parse(r->ruleText(), QString());
    QVERIFY(again);
    QCOMPARE(again->ruleText(), r->ruleText());
    QCOMPARE(*again, *r);
}

void TestRecurrence::parseInvalid_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("exceptions");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown frequency") << "FREQ=FOO" << "" << "Unknown frequency \"FOO\"";
    QTest::newRow("unknown part") << "FREQ=DAILY;FOO=1" << "" << "Unknown part \"FOO\"";
    QTest::newRow("no frequency") << "INTERVAL=2" << "" << "no frequency";
    QTest::newRow("not NAME=VALUE") << "FREQ=DAILY;COUNT" << "" << "\"COUNT\" is not of the form";
    QTest::newRow("bad count") << "FREQ=DAILY;COUNT=abc" << "" << "Bad value in \"COUNT=abc\"";
    QTest::newRow("zero interval") << "FREQ=DAILY;INTERVAL=0" << ""
                                   << "Bad value in \"INTERVAL=0\"";
    QTest::newRow("bad day") << "FREQ=WEEKLY;BYDAY=XX" << "" << "Bad value in \"BYDAY=XX\"";
    QTest::newRow("bad month day") << "FREQ=MONTHLY;BYMONTHDAY=40" << ""
                                   << "Bad value in \"BYMONTHDAY=40\"";
    QTest::newRow("bad until") << "FREQ=DAILY;UNTIL=garbage" << "" << "Bad value in \"UNTIL=garbage\"";
    QTest::newRow("impossible until") << "FREQ=DAILY;UNTIL=20231345T000000Z" << "" << "UNTIL";
    QTest::newRow("count and until") << "FREQ=DAILY;COUNT=3;UNTIL=20230309T210000Z" << ""
                                     << "COUNT and UNTIL cannot be used together";
    QTest::newRow("twice") << "FREQ=DAILY;COUNT=2;COUNT=3" << "" << "\"COUNT\" is given more than once";
    QTest::newRow("spaces") << "FREQ=DAILY; COUNT=3" << "" << "spaces";
    QTest::newRow("not allowed together") << "FREQ=WEEKLY;BYMONTHDAY=3" << ""
                                          << "cannot be used together";
    QTest::newRow("ISO exception") << "FREQ=DAILY" << "2023-03-07"
                                   << "Bad exception date \"2023-03-07\"";
    QTest::newRow("second exception") << "FREQ=DAILY" << "20230307T210000Z, x"
                                      << "Bad exception date \"x\"";
    QTest::newRow("impossible exception") << "FREQ=DAILY" << "20231345"
                                          << "Bad exception date \"20231345\"";
    QTest::newRow("exception with offset") << "" << "20230307T210000+0300"
                                           << "Bad exception date \"20230307T210000+0300\"";
}

void TestRecurrence::parseInvalid()
{
    QFETCH(QString, rule);
    QFETCH(QString, exceptions);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Recurrence::parse(rule, exceptions, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!Recurrence::parse(rule, exceptions)); // no error pointer: no crash
}

void TestRecurrence::parseExceptions()
{
    const auto r = Recurrence::parse(QStringLiteral("FREQ=DAILY"),
                                     QStringLiteral(" 20230307T210000Z, 20230309,,20230310t060000z,"));
    QVERIFY(r);
    const QList<Recurrence::Exception> entries = r->exceptionEntries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).at, utc(2023, 3, 7, 21));
    QVERIFY(!entries.at(0).wholeDay);
    QCOMPARE(entries.at(1).at, utc(2023, 3, 9));
    QVERIFY(entries.at(1).wholeDay);
    QCOMPARE(entries.at(2).at, utc(2023, 3, 10, 6));
    QCOMPARE(r->exceptions(), (QList<QDateTime>{utc(2023, 3, 7, 21), utc(2023, 3, 9), utc(2023, 3, 10, 6)}));
    QCOMPARE(r->exceptionsText(), QStringLiteral("20230307T210000Z,20230309,20230310T060000Z"));

    QVERIFY(r->isExcluded(utc(2023, 3, 7, 21)));
    QVERIFY(!r->isExcluded(utc(2023, 3, 7, 18)));   // a date-time matches exactly
    QVERIFY(r->isExcluded(utc(2023, 3, 9, 0)));     // a bare date matches the whole UTC day
    QVERIFY(r->isExcluded(utc(2023, 3, 9, 23, 59)));
    QVERIFY(!r->isExcluded(utc(2023, 3, 10, 0)));
    // Local time is compared as the instant it is.
    QVERIFY(r->isExcluded(QDateTime(QDate(2023, 3, 8), QTime(0, 0), Qt::LocalTime)));

    Recurrence copy = *r;
    QVERIFY(!copy.addException(utc(2023, 3, 7, 21))); // already there
    QVERIFY(copy.addException(QDateTime(QDate(2023, 3, 11), QTime(21, 0, 0, 500), Qt::LocalTime)));
    QCOMPARE(copy.exceptions().last(), utc(2023, 3, 11, 18));
    copy.setExceptions({utc(2023, 1, 1, 12)});
    QCOMPARE(copy.exceptionsText(), QStringLiteral("20230101T120000Z"));

    const auto none = Recurrence::parseExceptions(QString());
    QVERIFY(none && none->isEmpty());
}

void TestRecurrence::occurrences_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("exceptions");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("maxCount");
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QStringList>("expected");

    const QDateTime start = utc(2023, 3, 6, 18); // a Monday
    const QStringList contract = {"2023-03-06T18:00:00Z", "2023-03-07T18:00:00Z",
                                  "2023-03-08T18:00:00Z", "2023-03-09T18:00:00Z"};
    QTest::newRow("contract") << "FREQ=DAILY;UNTIL=20230309T210000Z" << "" << start << 100
                              << QDateTime() << contract;
    QTest::newRow("contract, start in local time")
        << "FREQ=DAILY;UNTIL=20230309T210000Z" << ""
        << QDateTime(QDate(2023, 3, 6), QTime(21, 0), Qt::LocalTime) << 100 << QDateTime()
        << contract;
    QTest::newRow("contract, start with milliseconds")
        << "FREQ=DAILY;UNTIL=20230309T210000Z" << ""
        << QDateTime(QDate(2023, 3, 6), QTime(18, 0, 0, 0), Qt::UTC).addMSecs(0) << 100
        << QDateTime() << contract;
    QTest::newRow("exception at the occurrence's time")
        << "FREQ=DAILY;UNTIL=20230309T210000Z" << "20230307T180000Z" << start << 100 << QDateTime()
        << QStringList{"2023-03-06T18:00:00Z", "2023-03-08T18:00:00Z", "2023-03-09T18:00:00Z"};
    QTest::newRow("two exceptions")
        << "FREQ=DAILY;UNTIL=20230309T210000Z" << "20230307T180000Z,20230309T180000Z" << start
        << 100 << QDateTime() << QStringList{"2023-03-06T18:00:00Z", "2023-03-08T18:00:00Z"};
    QTest::newRow("contract exceptions at another time of day remove nothing")
        << "FREQ=DAILY;UNTIL=20230309T210000Z" << "20230307T210000Z,20230309T210000Z" << start
        << 100 << QDateTime() << contract;
    QTest::newRow("bare date exception")
        << "FREQ=DAILY;UNTIL=20230309T210000Z" << "20230307" << start << 100 << QDateTime()
        << QStringList{"2023-03-06T18:00:00Z", "2023-03-08T18:00:00Z", "2023-03-09T18:00:00Z"};
    QTest::newRow("weekly BYDAY, COUNT")
        << "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5" << "" << start << 100 << QDateTime()
        << QStringList{"2023-03-06T18:00:00Z", "2023-03-08T18:00:00Z", "2023-03-13T18:00:00Z",
                       "2023-03-15T18:00:00Z", "2023-03-20T18:00:00Z"};
    QTest::newRow("every 2 weeks on Friday")
        << "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR" << "" << start << 3 << QDateTime()
        << QStringList{"2023-03-10T18:00:00Z", "2023-03-24T18:00:00Z", "2023-04-07T18:00:00Z"};
    QTest::newRow("COUNT counts the exceptions")
        << "FREQ=DAILY;COUNT=3" << "20230307T180000Z" << start << 100 << QDateTime()
        << QStringList{"2023-03-06T18:00:00Z", "2023-03-08T18:00:00Z"};
    QTest::newRow("INTERVAL, maxCount")
        << "FREQ=DAILY;INTERVAL=2" << "" << start << 3 << QDateTime()
        << QStringList{"2023-03-06T18:00:00Z", "2023-03-08T18:00:00Z", "2023-03-10T18:00:00Z"};
    QTest::newRow("monthly on the 31st skips short months")
        << "FREQ=MONTHLY;COUNT=3" << "" << utc(2023, 1, 31, 9) << 100 << QDateTime()
        << QStringList{"2023-01-31T09:00:00Z", "2023-03-31T09:00:00Z", "2023-05-31T09:00:00Z"};
    QTest::newRow("monthly, last weekday") << "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR" << ""
                                           << start << 2 << QDateTime()
                                           << QStringList{"2023-03-31T18:00:00Z",
                                                          "2023-04-28T18:00:00Z"};
    QTest::newRow("yearly") << "FREQ=YEARLY" << "" << start << 2 << QDateTime()
                            << QStringList{"2023-03-06T18:00:00Z", "2024-03-06T18:00:00Z"};
    QTest::newRow("not before") << "FREQ=DAILY" << "" << start << 2 << utc(2023, 3, 8)
                                << QStringList{"2023-03-08T18:00:00Z", "2023-03-09T18:00:00Z"};
    QTest::newRow("not before, exactly an occurrence")
        << "FREQ=DAILY" << "" << start << 1 << utc(2023, 3, 8, 18)
        << QStringList{"2023-03-08T18:00:00Z"};
    QTest::newRow("not before, years later")
        << "FREQ=DAILY" << "" << start << 1 << utc(2030, 1, 1)
        << QStringList{"2030-01-01T18:00:00Z"};
    QTest::newRow("not before the end") << "FREQ=DAILY;COUNT=3" << "" << start << 5
                                        << utc(2024, 1, 1) << QStringList{};
    QTest::newRow("does not repeat") << "" << "" << start << 5 << QDateTime()
                                     << QStringList{"2023-03-06T18:00:00Z"};
    QTest::newRow("does not repeat, past") << "" << "" << start << 5 << utc(2023, 3, 7)
                                           << QStringList{};
    QTest::newRow("maxCount 0") << "FREQ=DAILY" << "" << start << 0 << QDateTime() << QStringList{};
    QTest::newRow("no start") << "FREQ=DAILY" << "" << QDateTime() << 5 << QDateTime()
                              << QStringList{};
}

void TestRecurrence::occurrences()
{
    QFETCH(QString, rule);
    QFETCH(QString, exceptions);
    QFETCH(QDateTime, start);
    QFETCH(int, maxCount);
    QFETCH(QDateTime, notBefore);
    QString error;
    const auto r = Recurrence::parse(rule, exceptions, &error);
    QVERIFY2(r, qPrintable(error));
    const QList<QDateTime> got = r->occurrences(start, maxCount, notBefore);
    for (const QDateTime &t : got)
        QCOMPARE(t.timeSpec(), Qt::UTC);
    QTEST(isoList(got), "expected");
}

void TestRecurrence::safetyCap_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("yearly 30 February") << "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30";
    QTest::newRow("monthly 30 February") << "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30";
    QTest::newRow("daily 30 February") << "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30";
    QTest::newRow("31 April or June") << "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6";
}

void TestRecurrence::safetyCap()
{
    QFETCH(QString, rule);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto r = Recurrence::parse(rule, QString(), &error);
    if (r) {
        QVERIFY(r->occurrences(utc(2023, 3, 6, 18), 5).isEmpty());
        QVERIFY(r->occurrences(utc(2023, 3, 6, 18), 5, utc(2024, 1, 1)).isEmpty());
    } else {
        // libical refuses some of them up front; then say so.
        QVERIFY2(error.contains(QStringLiteral("never occurs")), qPrintable(error));
    }
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

    // The cap itself: a rule with endless dates stops at MaxIterations.
    const auto secondly = Recurrence::parse(QStringLiteral("FREQ=SECONDLY"), QString());
    QVERIFY(secondly);
    QCOMPARE(secondly->occurrences(utc(2023, 3, 6, 18), Recurrence::MaxIterations * 2).size(),
             Recurrence::MaxIterations);
    QVERIFY(secondly->occurrences(utc(2023, 3, 6, 18), 5, utc(2030, 1, 1)).isEmpty());
}

void TestRecurrence::window_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("exceptions");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("past");
    QTest::addColumn<QStringList>("upcoming");
    QTest::addColumn<QDateTime>("first");
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<int>("pastTotal");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("ended");

    // Two past, three upcoming. The lists keep the occurrences that an exception removes.
    const QDateTime start = utc(2023, 3, 6, 18); // a Monday
    const QString contract = QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z");
    QTest::newRow("finished") << contract << "20230307T180000Z" << start << utc(2023, 4, 1)
                              << QStringList{"2023-03-08T18:00:00Z", "2023-03-09T18:00:00Z"}
                              << QStringList{} << start << utc(2023, 3, 9, 18) << 3 << 3 << true;
    QTest::newRow("finished, the last one removed")
        << "FREQ=DAILY;COUNT=4" << "20230309T180000Z" << start << utc(2023, 4, 1)
        << QStringList{"2023-03-07T18:00:00Z", "2023-03-08T18:00:00Z", "2023-03-09T18:00:00Z"}
        << QStringList{} << start << utc(2023, 3, 8, 18) << 3 << 3 << true;
    QTest::newRow("running") << contract << "20230307T180000Z" << start << utc(2023, 3, 8, 12)
                             << QStringList{"2023-03-06T18:00:00Z", "2023-03-07T18:00:00Z"}
                             << QStringList{"2023-03-08T18:00:00Z", "2023-03-09T18:00:00Z"}
                             << start << utc(2023, 3, 9, 18) << 1 << 3 << false;
    QTest::newRow("now at an occurrence: it is upcoming")
        << "FREQ=DAILY;COUNT=3" << "" << start << utc(2023, 3, 7, 18)
        << QStringList{"2023-03-06T18:00:00Z"}
        << QStringList{"2023-03-07T18:00:00Z", "2023-03-08T18:00:00Z"} << start
        << utc(2023, 3, 8, 18) << 1 << 3 << false;
    QTest::newRow("not started") << "FREQ=DAILY;COUNT=3" << "" << start << utc(2023, 3, 1)
                                 << QStringList{}
                                 << QStringList{"2023-03-06T18:00:00Z", "2023-03-07T18:00:00Z",
                                                "2023-03-08T18:00:00Z"}
                                 << start << utc(2023, 3, 8, 18) << 0 << 3 << false;
    QTest::newRow("endless, years later")
        << "FREQ=DAILY" << "" << utc(2015, 1, 1, 9) << utc(2025, 6, 15, 12)
        << QStringList{"2025-06-14T09:00:00Z", "2025-06-15T09:00:00Z"}
        << QStringList{"2025-06-16T09:00:00Z", "2025-06-17T09:00:00Z", "2025-06-18T09:00:00Z"}
        << utc(2015, 1, 1, 9) << QDateTime() << int(QDate(2015, 1, 1).daysTo(QDate(2025, 6, 15)) + 1)
        << -1 << false;
    QTest::newRow("weekly, a whole day removed")
        << "FREQ=WEEKLY;BYDAY=MO,FR" << "20230317" << start << utc(2023, 3, 21)
        << QStringList{"2023-03-13T18:00:00Z", "2023-03-17T18:00:00Z", "2023-03-20T18:00:00Z"}
        << QStringList{"2023-03-24T18:00:00Z", "2023-03-27T18:00:00Z", "2023-03-31T18:00:00Z"}
        << start << QDateTime() << 4 << -1 << false;
    QTest::newRow("does not repeat, past") << "" << "" << start << utc(2023, 3, 7)
                                           << QStringList{"2023-03-06T18:00:00Z"} << QStringList{}
                                           << start << start << 1 << 1 << true;
    QTest::newRow("does not repeat, ahead") << "" << "" << start << utc(2023, 3, 1) << QStringList{}
                                            << QStringList{"2023-03-06T18:00:00Z"} << start << start
                                            << 0 << 1 << false;
    QTest::newRow("a bare UNTIL date ends before that day")
        << "FREQ=DAILY;UNTIL=20230309" << "" << utc(2023, 3, 6) << utc(2023, 4, 1)
        << QStringList{"2023-03-07T00:00:00Z", "2023-03-08T00:00:00Z"} << QStringList{}
        << utc(2023, 3, 6) << utc(2023, 3, 8) << 3 << 3 << true;
    QTest::newRow("UNTIL before the start") << "FREQ=DAILY;UNTIL=20230301T000000Z" << "" << start
                                            << utc(2023, 4, 1) << QStringList{} << QStringList{}
                                            << QDateTime() << QDateTime() << 0 << 0 << true;
    QTest::newRow("every occurrence removed")
        << "FREQ=DAILY;COUNT=2" << "20230306T180000Z,20230307T180000Z" << start << utc(2023, 4, 1)
        << QStringList{"2023-03-06T18:00:00Z", "2023-03-07T18:00:00Z"} << QStringList{}
        << QDateTime() << QDateTime() << 0 << 0 << true;
    // Rules without a fixed period are expanded.
    QTest::newRow("monthly, finished") << "FREQ=MONTHLY;COUNT=3" << "" << utc(2023, 1, 31, 9)
                                       << utc(2024, 1, 1)
                                       << QStringList{"2023-03-31T09:00:00Z", "2023-05-31T09:00:00Z"}
                                       << QStringList{} << utc(2023, 1, 31, 9)
                                       << utc(2023, 5, 31, 9) << 3 << 3 << true;
    QTest::newRow("monthly, endless, running")
        << "FREQ=MONTHLY;BYMONTHDAY=1,15" << "" << utc(2023, 1, 1, 9) << utc(2023, 3, 10)
        << QStringList{"2023-02-15T09:00:00Z", "2023-03-01T09:00:00Z"}
        << QStringList{"2023-03-15T09:00:00Z", "2023-04-01T09:00:00Z", "2023-04-15T09:00:00Z"}
        << utc(2023, 1, 1, 9) << QDateTime() << 5 << -1 << false;
    QTest::newRow("monthly, an exception")
        << "FREQ=MONTHLY;BYMONTHDAY=1,15;UNTIL=20230401T090000Z" << "20230301T090000Z"
        << utc(2023, 1, 1, 9) << utc(2023, 3, 10)
        << QStringList{"2023-02-01T09:00:00Z", "2023-02-15T09:00:00Z", "2023-03-01T09:00:00Z"}
        << QStringList{"2023-03-15T09:00:00Z", "2023-04-01T09:00:00Z"} << utc(2023, 1, 1, 9)
        << utc(2023, 4, 1, 9) << 4 << 6 << false;
    QTest::newRow("no start") << "FREQ=DAILY" << "" << QDateTime() << utc(2023, 4, 1)
                              << QStringList{} << QStringList{} << QDateTime() << QDateTime() << -1
                              << -1 << false;
}

void TestRecurrence::window()
{
    QFETCH(QString, rule);
    QFETCH(QString, exceptions);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, now);
    QString error;
    const auto r = Recurrence::parse(rule, exceptions, &error);
    QVERIFY2(r, qPrintable(error));
    const Recurrence::Window w = r->window(start, now, 2, 3);
    QTEST(isoList(w.past), "past");
    QTEST(isoList(w.upcoming), "upcoming");
    QTEST(w.first, "first");
    QTEST(w.last, "last");
    QTEST(w.pastTotal, "pastTotal");
    QTEST(w.total, "total");
    QTEST(w.ended, "ended");
}

void TestRecurrence::windowAgreesWithExpansion_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("exceptions");
    QTest::addColumn<QDateTime>("start");

    // Fixed-period rules are computed, not expanded: libical's own expansion is the judge.
    const QDateTime monday = utc(2023, 3, 6, 18);
    QTest::newRow("daily, until") << "FREQ=DAILY;UNTIL=20230309T210000Z" << "20230307T180000Z" << monday;
    QTest::newRow("every 3 days, count")
        << "FREQ=DAILY;INTERVAL=3;COUNT=20" << "20230312,20230315T180000Z,20230316T180000Z" << monday;
    QTest::newRow("weekdays") << "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20230601T000000Z" << "20230405"
                              << utc(2023, 3, 8, 7, 30);
    QTest::newRow("every 2 weeks on Friday, from a Monday")
        << "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;COUNT=6" << "" << monday;
    QTest::newRow("WKST") << "FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=SU,TU" << "20230319T180000Z" << monday;
    QTest::newRow("weekends, bare until") << "FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20230501" << "" << monday;
    QTest::newRow("bare until at midnight") << "FREQ=DAILY;UNTIL=20230320" << "" << utc(2023, 3, 6);
    QTest::newRow("until exactly an occurrence")
        << "FREQ=DAILY;UNTIL=20230320T180000Z" << "" << monday;
    QTest::newRow("hourly") << "FREQ=HOURLY;INTERVAL=7;COUNT=50" << "20230308" << monday;
    QTest::newRow("minutely") << "FREQ=MINUTELY;INTERVAL=45;UNTIL=20230307T120000Z"
                              << "20230307T003000Z" << monday;
    QTest::newRow("daily, endless") << "FREQ=DAILY" << "20230310,20230311T180000Z" << monday;
    QTest::newRow("daily at two hours, start not one of them")
        << "FREQ=DAILY;BYHOUR=9,17" << "20230308T090000Z" << utc(2023, 3, 6, 6);
    QTest::newRow("daily at two hours, from one of them")
        << "FREQ=DAILY;INTERVAL=2;BYHOUR=6,12;COUNT=25" << "20230310" << utc(2023, 3, 6, 6);
    QTest::newRow("weekly, days and times")
        << "FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=8,20;BYMINUTE=0,30;COUNT=30" << "20230309,20230314T200000Z"
        << monday;
    QTest::newRow("hourly at minutes") << "FREQ=HOURLY;INTERVAL=5;BYMINUTE=15,45;UNTIL=20230310T000000Z"
                                       << "20230307" << monday;
    QTest::newRow("every 3 weeks, endless") << "FREQ=WEEKLY;INTERVAL=3" << "" << monday;
    QTest::newRow("monthly") << "FREQ=MONTHLY;INTERVAL=2;COUNT=10" << "20230706T180000Z" << monday;
    QTest::newRow("29 February") << "FREQ=YEARLY;UNTIL=20400101T000000Z" << "" << utc(2024, 2, 29, 12);
    QTest::newRow("does not repeat") << "" << "" << monday;
}

void TestRecurrence::windowAgreesWithExpansion()
{
    QFETCH(QString, rule);
    QFETCH(QString, exceptions);
    QFETCH(QDateTime, start);
    const auto r = Recurrence::parse(rule, exceptions);
    QVERIFY(r);
    Recurrence bare = *r;
    bare.setExceptionEntries({});
    const int enough = 3000;
    const QList<QDateTime> kept = r->occurrences(start, enough);
    const QList<QDateTime> all = bare.occurrences(start, enough);
    const bool finite = !r->repeats() || r->count() > 0 || r->until().isValid();
    QVERIFY(!kept.isEmpty());
    QVERIFY(!finite || all.size() < enough);

    // Around the start, at and just after each of the first occurrences, after the end.
    QList<QDateTime> nows = {start.addDays(-1), start, start.addSecs(1)};
    for (int i = 0; i < qMin(40, int(all.size())); ++i)
        nows << all.at(i) << all.at(i).addSecs(1) << all.at(i).addSecs(-1);
    if (finite)
        nows << all.last().addDays(1) << utc(2100, 1, 1);

    for (const QDateTime &now : std::as_const(nows)) {
        const QByteArray where = now.toString(Qt::ISODate).toLatin1();
        const Recurrence::Window w = r->window(start, now, 2, 4);
        QList<QDateTime> before;
        QList<QDateTime> after;
        for (const QDateTime &at : kept)
            (at < now ? before : after).append(at);
        QList<QDateTime> keptPast;
        QList<QDateTime> keptUpcoming;
        for (const QDateTime &at : w.past) {
            QVERIFY2(at < now && all.contains(at), where);
            if (!r->isExcluded(at))
                keptPast.append(at);
        }
        for (const QDateTime &at : w.upcoming) {
            QVERIFY2(at >= now && all.contains(at), where);
            if (!r->isExcluded(at))
                keptUpcoming.append(at);
        }
        QVERIFY2(std::is_sorted(w.past.begin(), w.past.end()), where);
        QVERIFY2(std::is_sorted(w.upcoming.begin(), w.upcoming.end()), where);
        QCOMPARE(isoList(keptPast), isoList(before.mid(qMax(0, int(before.size()) - 2))));
        QCOMPARE(isoList(keptUpcoming), isoList(after.mid(0, 4)));
        QCOMPARE(w.pastTotal, int(before.size()));
        QCOMPARE(w.first, kept.first());
        if (finite) {
            QCOMPARE(w.total, int(kept.size()));
            QCOMPARE(w.last, kept.last());
            QCOMPARE(w.ended, after.isEmpty());
        } else {
            QCOMPARE(w.total, -1);
            QVERIFY(!w.last.isValid());
            QVERIFY(!w.ended);
        }
    }
}

void TestRecurrence::windowStaysBounded()
{
    // A daily rule over decades costs next to nothing: the window is computed, not
    // expanded (expanding 30 years with libical takes tens of milliseconds each time).
    const auto daily = Recurrence::parse(QStringLiteral("FREQ=DAILY;UNTIL=20900101T000000Z"),
                                         QStringLiteral("20291231"));
    QVERIFY(daily);
    QElapsedTimer timer;
    timer.start();
    Recurrence::Window w;
    for (int i = 0; i < 20; ++i)
        w = daily->window(utc(2000, 1, 1, 6), utc(2030, 1, 1), 2, 5);
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(w.pastTotal, 10958 - 1);
    QCOMPARE(isoList(w.past), (QStringList{"2029-12-29T06:00:00Z", "2029-12-30T06:00:00Z",
                                           "2029-12-31T06:00:00Z"})); // the last one removed
    QCOMPARE(w.upcoming.first(), utc(2030, 1, 1, 6));
    QCOMPARE(w.last, utc(2089, 12, 31, 6));
    QCOMPARE(w.total, int(QDate(2000, 1, 1).daysTo(QDate(2090, 1, 1))) - 1);

    // Far more occurrences than libical may be asked for, still exact.
    const auto hourly = Recurrence::parse(QStringLiteral("FREQ=HOURLY"), QString());
    w = hourly->window(utc(2000, 1, 1), utc(2030, 1, 1), 2, 5);
    QCOMPARE(w.pastTotal, 10958 * 24);
    QCOMPARE(w.upcoming.size(), 5);
    QCOMPARE(w.total, -1);
    QVERIFY(!w.ended);

    // An endless rule that must be expanded stops once the upcoming ones are found ...
    const auto monthly = Recurrence::parse(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1,15"), QString());
    w = monthly->window(utc(1990, 1, 1, 9), utc(2030, 1, 2), 2, 5);
    QCOMPARE(w.pastTotal, 40 * 24 + 1);
    QCOMPARE(w.upcoming.size(), 5);
    QCOMPARE(w.total, -1);
    QVERIFY(!w.ended);

    // ... and one with too many before now stops at MaxIterations: unknown, not "ended".
    const auto dense = Recurrence::parse(QString::fromLatin1(DenseRule), QString());
    timer.restart();
    w = dense->window(utc(2000, 1, 1), utc(2030, 1, 1), 2, 5);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(w.upcoming.isEmpty());
    QCOMPARE(w.pastTotal, -1);
    QCOMPARE(w.total, -1);
    QVERIFY(!w.ended);
    QCOMPARE(w.first, utc(2000, 1, 1));
}

void TestRecurrence::simpleRoundTrip_data()
{
    QTest::addColumn<Frequency>("frequency");
    QTest::addColumn<int>("interval");
    QTest::addColumn<Days>("weekdays");
    QTest::addColumn<QDateTime>("until");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("ruleText");

    QTest::newRow("none") << Frequency::None << 1 << Days{} << QDateTime() << 0 << "";
    QTest::newRow("daily") << Frequency::Daily << 1 << Days{} << QDateTime() << 0 << "FREQ=DAILY";
    QTest::newRow("daily until") << Frequency::Daily << 1 << Days{} << utc(2023, 3, 9, 21) << 0
                                 << "FREQ=DAILY;UNTIL=20230309T210000Z";
    QTest::newRow("until in local time")
        << Frequency::Daily << 1 << Days{}
        << QDateTime(QDate(2023, 3, 10), QTime(0, 0), Qt::LocalTime) << 0
        << "FREQ=DAILY;UNTIL=20230309T210000Z";
    QTest::newRow("weekly, days sorted")
        << Frequency::Weekly << 2 << Days{Qt::Wednesday, Qt::Monday, Qt::Monday} << QDateTime()
        << 10 << "FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=MO,WE";
    QTest::newRow("weekly, Sunday") << Frequency::Weekly << 1 << Days{Qt::Sunday, Qt::Saturday}
                                    << QDateTime() << 0 << "FREQ=WEEKLY;BYDAY=SA,SU";
    QTest::newRow("weekly, no day") << Frequency::Weekly << 1 << Days{} << QDateTime() << 0
                                    << "FREQ=WEEKLY";
    QTest::newRow("monthly, count wins") << Frequency::Monthly << 1 << Days{Qt::Monday}
                                         << utc(2024, 1, 1) << 3 << "FREQ=MONTHLY;COUNT=3";
    QTest::newRow("yearly") << Frequency::Yearly << 3 << Days{} << QDateTime() << 0
                            << "FREQ=YEARLY;INTERVAL=3";
}

void TestRecurrence::simpleRoundTrip()
{
    QFETCH(Frequency, frequency);
    QFETCH(int, interval);
    QFETCH(Days, weekdays);
    QFETCH(QDateTime, until);
    QFETCH(int, count);
    QFETCH(QString, ruleText);

    Recurrence built = Recurrence::simple(frequency, interval, weekdays, until, count);
    built.setExceptions({utc(2023, 3, 7, 18)});
    QCOMPARE(built.ruleText(), ruleText);
    QVERIFY(built.isSimple());

    QString error;
    const auto parsed = Recurrence::parse(built.ruleText(), built.exceptionsText(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->ruleText(), built.ruleText());
    QCOMPARE(parsed->frequency(), built.frequency());
    QCOMPARE(parsed->interval(), built.interval());
    QCOMPARE(parsed->weekdays(), built.weekdays());
    QCOMPARE(parsed->until(), built.until());
    QCOMPARE(parsed->count(), built.count());
    QCOMPARE(parsed->exceptions(), built.exceptions());
    QVERIFY(parsed->isSimple());
    QCOMPARE(*parsed, built);
    if (until.isValid() && count == 0)
        QCOMPARE(parsed->until(), until.toUTC());
}

void TestRecurrence::describe_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");

    // en_GB, Europe/Moscow: 2023-03-09T21:00Z is 10 March 00:00 local.
    QTest::newRow("none") << "" << "Does not repeat";
    QTest::newRow("contract") << "FREQ=DAILY;UNTIL=20230309T210000Z"
                              << "Every day until 10 March 2023 00:00";
    QTest::newRow("every 3 days") << "FREQ=DAILY;INTERVAL=3" << "Every 3 days";
    QTest::newRow("weekly") << "FREQ=WEEKLY" << "Every week";
    QTest::newRow("weekly days count") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10"
                                       << "Every 2 weeks on Monday and Wednesday, 10 times";
    QTest::newRow("three days") << "FREQ=WEEKLY;BYDAY=FR,MO,WE"
                                << "Every week on Monday, Wednesday and Friday";
    QTest::newRow("monthly") << "FREQ=MONTHLY" << "Every month";
    QTest::newRow("every 6 months") << "FREQ=MONTHLY;INTERVAL=6;UNTIL=20241231T120000Z"
                                    << "Every 6 months until 31 December 2024 15:00";
    QTest::newRow("yearly once") << "FREQ=YEARLY;COUNT=1" << "Every year, once";
    QTest::newRow("every 2 years") << "FREQ=YEARLY;INTERVAL=2" << "Every 2 years";
    QTest::newRow("hourly") << "FREQ=HOURLY;INTERVAL=3" << "Custom rule: FREQ=HOURLY;INTERVAL=3";
    QTest::newRow("BYSETPOS") << "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR"
                              << "Custom rule: FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1";
}

void TestRecurrence::describe()
{
    QFETCH(QString, rule);
    const auto r = Recurrence::parse(rule, QString());
    QVERIFY(r);
    QTEST(r->describe(), "expected");
}

void TestRecurrence::describeFollowsLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const auto r = Recurrence::parse(QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"), QString());
    const auto weekly = Recurrence::parse(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4"), QString());
    const QString text = r->describe();
    const QString weeklyText = weekly->describe();
    QLocale::setDefault(saved);
    QVERIFY2(text.contains(QStringLiteral("10 марта 2023 г.")), qPrintable(text));
    QVERIFY2(weeklyText.contains(QStringLiteral("понедельник")), qPrintable(weeklyText));
    QVERIFY2(weeklyText.contains(QStringLiteral("4")), qPrintable(weeklyText));
}

// The exceptions of a periodic rule as index ranges: the same occurrence removed twice
// (exactly and by its day) counts once, an instant that is no occurrence removes nothing,
// one past the end is dropped, and neighbouring days join into one range.
void TestRecurrence::excludedRangesMergeAndClamp()
{
    icalrecurrencetype rule;
    QVERIFY(Ical::readRule(QStringLiteral("FREQ=DAILY;COUNT=5"), &rule));
    const qint64 start = utc(2023, 3, 6, 18).toSecsSinceEpoch(); // 6..10 March, 18:00
    const auto sequence = PeriodicSequence::make(rule, 86400, start);
    QVERIFY(sequence);
    QCOMPARE(sequence->size(), qint64(5));

    auto day = [](int d) { return Recurrence::Exception{utc(2023, 3, d), true}; };
    auto at = [](int d, int h) { return Recurrence::Exception{utc(2023, 3, d, h), false}; };
    const ExcludedRanges removed(*sequence, {at(7, 18), day(7), at(8, 12), day(9), at(20, 18)});
    QCOMPARE(removed.countIn(0, 5), qint64(2)); // the 7th and the 9th
    QCOMPARE(removed.firstKept(1, 5), qint64(2));
    QCOMPARE(removed.firstKept(3, 4), qint64(-1));
    QCOMPARE(removed.lastKept(4), qint64(2));
    QCOMPARE(removed.lastKept(2), qint64(0));

    const ExcludedRanges joined(*sequence, {day(9), day(7), day(8)});
    QCOMPARE(joined.countIn(0, 5), qint64(3));
    QCOMPARE(joined.countIn(2, 3), qint64(1));
    QCOMPARE(joined.firstKept(1, 5), qint64(4));
    QCOMPARE(joined.lastKept(4), qint64(0));
    QCOMPARE(joined.lastKept(1), qint64(0));
    QCOMPARE(ExcludedRanges(*sequence, {}).countIn(0, 5), qint64(0));
}

QTEST_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
