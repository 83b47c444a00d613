// Recurrence rules expanded (by libical): the occurrences of a rule less its exceptions,
// the safety cap on rules that never or endlessly occur, and the exceptions of a periodic
// rule as index ranges. Local time is Europe/Moscow (UTC+3) so that local and UTC differ.
#include "RecurrenceTest.h"
#include "RecurrenceZoneTest.h"

#include "domain/ExcludedRanges.h"
#include "domain/PeriodicSequence.h"
#include "domain/Recurrence.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace RecurrenceTest;

class TestRecurrenceOccurrences : public RecurrenceZoneTest
{
    Q_OBJECT

private slots:
    void occurrences_data();
    void occurrences();
    void safetyCap_data();
    void safetyCap();
    void excludedRangesMergeAndClamp();
};

void TestRecurrenceOccurrences::occurrences_data()
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

void TestRecurrenceOccurrences::occurrences()
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

void TestRecurrenceOccurrences::safetyCap_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("yearly 30 February") << "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30";
    QTest::newRow("monthly 30 February") << "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30";
    QTest::newRow("daily 30 February") << "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30";
    QTest::newRow("31 April or June") << "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6";
}

void TestRecurrenceOccurrences::safetyCap()
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

// The exceptions of a periodic rule as index ranges: the same occurrence removed twice
// (exactly and by its day) counts once, an instant that is no occurrence removes nothing,
// one past the end is dropped, and neighbouring days join into one range.
void TestRecurrenceOccurrences::excludedRangesMergeAndClamp()
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

QTEST_MAIN(TestRecurrenceOccurrences)
#include "tst_recurrence_occurrences.moc"
