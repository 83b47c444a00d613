// The window of a recurrence around now (the last and the next occurrences, how many
// there were and will be): as libical's expansion has it, and computed without expanding
// decades of a periodic rule. Local time is Europe/Moscow (UTC+3) so that local and UTC
// differ.
#include "RecurrenceTest.h"
#include "RecurrenceZoneTest.h"

#include "domain/Recurrence.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace RecurrenceTest;

class TestRecurrenceWindow : public RecurrenceZoneTest
{
    Q_OBJECT

private slots:
    void window_data();
    void window();
    void windowAgreesWithExpansion_data();
    void windowAgreesWithExpansion();
    void windowStaysBounded();
};

void TestRecurrenceWindow::window_data()
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

void TestRecurrenceWindow::window()
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

void TestRecurrenceWindow::windowAgreesWithExpansion_data()
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

void TestRecurrenceWindow::windowAgreesWithExpansion()
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

void TestRecurrenceWindow::windowStaysBounded()
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

QTEST_MAIN(TestRecurrenceWindow)
#include "tst_recurrence_window.moc"
