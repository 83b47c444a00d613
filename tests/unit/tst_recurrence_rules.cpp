// Recurrence rules (RFC 5545 RRULE + EXDATE, parsed by libical): valid and invalid rules
// and exceptions, the simple rules the editor's controls can show, and the description
// in words. Local time is Europe/Moscow (UTC+3) so that local and UTC differ.
#include "RecurrenceTest.h"
#include "RecurrenceZoneTest.h"

#include "domain/Recurrence.h"

#include <QtTest>

using namespace RecurrenceTest;

using Frequency = Recurrence::Frequency;
using Days = QList<Qt::DayOfWeek>;

Q_DECLARE_METATYPE(Recurrence::Frequency)

class TestRecurrenceRules : public RecurrenceZoneTest
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseExceptions();
    void simpleRoundTrip_data();
    void simpleRoundTrip();
    void describe_data();
    void describe();
    void describeFollowsLocale();
};

void TestRecurrenceRules::parseValid_data()
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

void TestRecurrenceRules::parseValid()
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

void TestRecurrenceRules::parseInvalid_data()
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

void TestRecurrenceRules::parseInvalid()
{
    QFETCH(QString, rule);
    QFETCH(QString, exceptions);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Recurrence::parse(rule, exceptions, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!Recurrence::parse(rule, exceptions)); // no error pointer: no crash
}

void TestRecurrenceRules::parseExceptions()
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

void TestRecurrenceRules::simpleRoundTrip_data()
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

void TestRecurrenceRules::simpleRoundTrip()
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

void TestRecurrenceRules::describe_data()
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

void TestRecurrenceRules::describe()
{
    QFETCH(QString, rule);
    const auto r = Recurrence::parse(rule, QString());
    QVERIFY(r);
    QTEST(r->describe(), "expected");
}

void TestRecurrenceRules::describeFollowsLocale()
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

QTEST_MAIN(TestRecurrenceRules)
#include "tst_recurrence_rules.moc"
