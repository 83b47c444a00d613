// Recurrence rules (RFC 5545 RRULE + EXDATE, parsed and expanded by libical) and the
// RecurrenceEditor driven offscreen as a user would. Local time is Europe/Moscow (UTC+3)
// so that local and UTC differ.
#include "domain/Recurrence.h"
#include "widgets/RecurrenceEditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include <ctime>

using Frequency = Recurrence::Frequency;
using Days = QList<Qt::DayOfWeek>;

Q_DECLARE_METATYPE(Recurrence::Frequency)

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QStringList isoList(const QList<QDateTime> &times)
{
    QStringList result;
    for (const QDateTime &t : times)
        result.append(t.toUTC().toString(Qt::ISODate));
    return result;
}

// 16 a day, and BYMONTH keeps it from having a fixed period: 30 years of it are more than
// Recurrence::MaxIterations steps of libical.
const char *const DenseRule =
    "FREQ=DAILY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYHOUR=0,6,12,18;BYMINUTE=0,15,30,45";

// The rows of a list as the user reads them.
QStringList rowTexts(const QListWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->count(); ++i)
        result.append(list->item(i)->text());
    return result;
}

// Picks an item as a user does with the keyboard: F4 opens the list, arrows move,
// Enter chooses (one "activated", whatever the distance).
bool pick(QComboBox *combo, const QString &text)
{
    const int row = combo->findText(text);
    if (row < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_F4);
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitFor([&] { return view->isVisible(); }))
        return false;
    int current = view->currentIndex().row();
    for (; current < row; ++current)
        QTest::keyClick(view, Qt::Key_Down);
    for (; current > row; --current)
        QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Return);
    return QTest::qWaitFor([&] { return !view->isVisible(); }) && combo->currentIndex() == row;
}

// A window holding the editor and a line edit to move the focus to.
struct Host
{
    QWidget window;
    RecurrenceEditor *editor = nullptr;
    QLineEdit *outside = nullptr;

    Host()
    {
        auto *layout = new QVBoxLayout(&window);
        editor = new RecurrenceEditor(&window);
        layout->addWidget(editor);
        outside = new QLineEdit(&window);
        outside->setObjectName(QStringLiteral("outsideEdit"));
        layout->addWidget(outside);
        window.resize(450, 700);
    }
    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
    template<typename T>
    T *child(const char *name) const
    {
        return editor->findChild<T *>(QString::fromLatin1(name));
    }
};

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Recurrence
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

    // RecurrenceEditor
    void editorChildren();
    void editorFillsControls();
    void editorKeepsGivenStrings();
    void editorUserChanges();
    void editorInvalidRawRule();
    void editorRawRuleOnFocusOut();
    void editorNonSimpleRule();
    void editorInvalidGivenRule();
    void editorExceptions();
    void editorPreview();
    void editorPreviewFinishedSeries();
    void editorPreviewRunningSeries();
    void editorPreviewLongRunningSeries();
    void editorPreviewToggleOccurrence();
};

void TestRecurrence::initTestCase()
{
    qputenv("TZ", "Europe/Moscow");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(utc(2023, 3, 6, 18).toLocalTime().time(), QTime(21, 0));
}

// ---------------------------------------------------------------- Recurrence

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

// ---------------------------------------------------------------- RecurrenceEditor

void TestRecurrence::editorChildren()
{
    RecurrenceEditor editor;
    const char *names[] = {"frequencyCombo", "intervalSpin", "weekdayMon", "weekdayTue",
                           "weekdayWed", "weekdayThu", "weekdayFri", "weekdaySat", "weekdaySun",
                           "endCombo", "untilEdit", "countSpin", "ruleEdit", "exceptionList",
                           "addExceptionButton", "removeExceptionButton", "exceptionEdit",
                           "previewLabel", "historyLabel", "occurrencesList", "errorLabel"};
    for (const char *name : names)
        QVERIFY2(editor.findChild<QWidget *>(QString::fromLatin1(name)), name);
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("frequencyCombo"));
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->itemText(0), QStringLiteral("Does not repeat"));
    QCOMPARE(combo->itemText(5), QStringLiteral("Custom rule"));
    QCOMPARE(editor.findChild<QToolButton *>(QStringLiteral("weekdayMon"))->text(),
             QLocale().dayName(Qt::Monday, QLocale::ShortFormat));
    QVERIFY2(editor.minimumSizeHint().width() <= 450,
             qPrintable(QString::number(editor.minimumSizeHint().width())));
    QVERIFY(editor.rule().isEmpty());
    QVERIFY(editor.exceptions().isEmpty());
    QVERIFY(!editor.hasError());
}

void TestRecurrence::editorFillsControls()
{
    Host host;
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10"),
                               QStringLiteral("20230308T180000Z"));
    QVERIFY(host.show());

    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Weekly"));
    QCOMPARE(host.child<QSpinBox>("intervalSpin")->value(), 2);
    QVERIFY(host.child<QSpinBox>("intervalSpin")->isEnabled());
    QVERIFY(host.child<QToolButton>("weekdayMon")->isChecked());
    QVERIFY(host.child<QToolButton>("weekdayWed")->isChecked());
    QVERIFY(host.child<QToolButton>("weekdayMon")->isVisible());
    for (const char *name : {"weekdayTue", "weekdayThu", "weekdayFri", "weekdaySat", "weekdaySun"})
        QVERIFY2(!host.child<QToolButton>(name)->isChecked(), name);
    QCOMPARE(host.child<QComboBox>("endCombo")->currentText(), QStringLiteral("After"));
    QCOMPARE(host.child<QSpinBox>("countSpin")->value(), 10);
    QVERIFY(host.child<QSpinBox>("countSpin")->isVisible());
    QVERIFY(!host.child<QDateTimeEdit>("untilEdit")->isVisible());
    QCOMPARE(host.child<QLineEdit>("ruleEdit")->text(),
             QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10"));
    auto *exceptions = host.child<QListWidget>("exceptionList");
    QCOMPARE(exceptions->count(), 1);
    QCOMPARE(exceptions->item(0)->text(), QStringLiteral("Wed 2023-03-08 21:00")); // local
    QCOMPARE(exceptions->item(0)->data(RecurrenceEditor::InstantRole).toDateTime(), utc(2023, 3, 8, 18));
    QVERIFY(!host.child<QLabel>("errorLabel")->isVisible());

    // An end date shows in local time; a daily rule hides the weekdays.
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"), QString());
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Daily"));
    QCOMPARE(host.child<QComboBox>("endCombo")->currentText(), QStringLiteral("On date"));
    auto *until = host.child<QDateTimeEdit>("untilEdit");
    QVERIFY(until->isVisible());
    QCOMPARE(until->dateTime(), QDateTime(QDate(2023, 3, 10), QTime(0, 0), Qt::LocalTime));
    QCOMPARE(until->dateTime().toUTC(), utc(2023, 3, 9, 21));
    QVERIFY(!host.child<QToolButton>("weekdayMon")->isVisible());
    QCOMPARE(host.child<QListWidget>("exceptionList")->count(), 0);

    // Does not repeat.
    host.editor->setRecurrence(QString(), QString());
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Does not repeat"));
    QVERIFY(!host.child<QSpinBox>("intervalSpin")->isVisible());
    QVERIFY(!host.child<QToolButton>("addExceptionButton")->isEnabled());
    QCOMPARE(host.child<QLabel>("previewLabel")->text(), QStringLiteral("Does not repeat"));

    QCOMPARE(spy.count(), 0);
}

void TestRecurrence::editorKeepsGivenStrings()
{
    RecurrenceEditor editor;
    QSignalSpy spy(&editor, &RecurrenceEditor::recurrenceEdited);
    editor.setRecurrence(QStringLiteral("freq=daily;interval=2"), QStringLiteral("20230307T180000Z, 20230309"));
    QCOMPARE(editor.rule(), QStringLiteral("freq=daily;interval=2"));
    QCOMPARE(editor.exceptions(), QStringLiteral("20230307T180000Z, 20230309"));
    editor.setStart(utc(2023, 3, 6, 18));
    editor.setReferenceTime(utc(2023, 3, 1));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("intervalSpin"))->value(), 2);
}

void TestRecurrence::editorUserChanges()
{
    Host host;
    host.editor->setStart(utc(2023, 3, 6, 18));
    host.editor->setReferenceTime(utc(2023, 3, 1));
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto expectOne = [&](const QString &rule, const QString &exceptions = QString()) {
        if (spy.count() != 1) {
            qWarning() << "signals:" << spy;
            return false;
        }
        const QList<QVariant> args = spy.takeFirst();
        if (args.at(0).toString() != rule || args.at(1).toString() != exceptions) {
            qWarning() << "got" << args << "expected" << rule << exceptions;
            return false;
        }
        return host.editor->rule() == rule && host.editor->exceptions() == exceptions;
    };

    // Pick "Weekly" (two rows down): one change.
    auto *combo = host.child<QComboBox>("frequencyCombo");
    QVERIFY(pick(combo, QStringLiteral("Weekly")));
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY")));
    QCOMPARE(host.child<QLineEdit>("ruleEdit")->text(), QStringLiteral("FREQ=WEEKLY"));
    QVERIFY(host.child<QToolButton>("weekdayMon")->isVisible());
    QCOMPARE(host.child<QLabel>("intervalUnitLabel")->text(), QStringLiteral("week"));

    // Toggle Monday, then Wednesday by keyboard.
    QTest::mouseClick(host.child<QToolButton>("weekdayMon"), Qt::LeftButton);
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;BYDAY=MO")));
    auto *wednesday = host.child<QToolButton>("weekdayWed");
    wednesday->setFocus();
    QTest::keyClick(wednesday, Qt::Key_Space);
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE")));

    // Every 2 weeks.
    auto *interval = host.child<QSpinBox>("intervalSpin");
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Up);
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE")));
    QCOMPARE(host.child<QLabel>("intervalUnitLabel")->text(), QStringLiteral("weeks"));

    // Ends after N occurrences: the default count first, then a typed one.
    auto *end = host.child<QComboBox>("endCombo");
    QVERIFY(pick(end, QStringLiteral("After")));
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=MO,WE")));
    auto *count = host.child<QSpinBox>("countSpin");
    QVERIFY(count->isVisible());
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("25"));
    QCOMPARE(spy.count(), 0); // not while typing
    QTest::keyClick(count, Qt::Key_Return);
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;COUNT=25;INTERVAL=2;BYDAY=MO,WE")));
    QTest::keyClick(count, Qt::Key_Return); // nothing changed: nothing emitted
    QCOMPARE(spy.count(), 0);

    // Ends on a date: a month after the start, then a day earlier by keyboard.
    QVERIFY(pick(end, QStringLiteral("On date")));
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;UNTIL=20230406T180000Z;INTERVAL=2;BYDAY=MO,WE")));
    auto *until = host.child<QDateTimeEdit>("untilEdit");
    QVERIFY(until->isVisible());
    QCOMPARE(until->dateTime(), QDateTime(QDate(2023, 4, 6), QTime(21, 0), Qt::LocalTime));
    until->setFocus();
    until->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(until, Qt::Key_Down);
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;UNTIL=20230405T180000Z;INTERVAL=2;BYDAY=MO,WE")));

    // Never.
    QVERIFY(pick(end, QStringLiteral("Never")));
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE")));

    // Monthly drops the weekdays but keeps the interval.
    QVERIFY(pick(combo, QStringLiteral("Monthly")));
    QVERIFY(expectOne(QStringLiteral("FREQ=MONTHLY;INTERVAL=2")));
    QVERIFY(!host.child<QToolButton>("weekdayMon")->isVisible());
    QCOMPARE(host.child<QLabel>("intervalUnitLabel")->text(), QStringLiteral("months"));

    // "Does not repeat" clears rule and exceptions.
    QVERIFY(pick(combo, QStringLiteral("Does not repeat")));
    QVERIFY(expectOne(QString()));
    QVERIFY(!host.child<QSpinBox>("intervalSpin")->isVisible());
    QVERIFY(!host.editor->hasError());

    // "Custom rule" only hands over to the text field.
    QVERIFY(pick(combo, QStringLiteral("Custom rule")));
    QCOMPARE(spy.count(), 0);
    QTRY_VERIFY(host.child<QLineEdit>("ruleEdit")->hasFocus());
}

void TestRecurrence::editorInvalidRawRule()
{
    Host host;
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY"), QString());
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *edit = host.child<QLineEdit>("ruleEdit");
    auto *error = host.child<QLabel>("errorLabel");

    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("FREQ=SOMETIMES"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Unknown frequency \"SOMETIMES\"")),
             qPrintable(error->text()));
    QVERIFY(host.editor->hasError());
    QCOMPARE(host.editor->rule(), QStringLiteral("FREQ=DAILY"));
    QCOMPARE(edit->text(), QStringLiteral("FREQ=SOMETIMES")); // kept for fixing
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Daily"));

    // Leaving the field does not commit it either.
    host.outside->setFocus();
    QTRY_VERIFY(host.outside->hasFocus());
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->isVisible());

    // Fixed: one signal, the error goes, the controls follow.
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("freq=daily;count=3"));
    QVERIFY(!error->isVisible()); // valid again while typing
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=DAILY;COUNT=3"));
    QCOMPARE(edit->text(), QStringLiteral("FREQ=DAILY;COUNT=3"));
    QVERIFY(!error->isVisible());
    QCOMPARE(host.child<QComboBox>("endCombo")->currentText(), QStringLiteral("After"));
    QCOMPARE(host.child<QSpinBox>("countSpin")->value(), 3);

    // The same rule written differently is no change.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("RRULE:FREQ=DAILY;COUNT=3"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(edit->text(), QStringLiteral("FREQ=DAILY;COUNT=3"));

    // An empty field means "does not repeat".
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), (QList<QVariant>{QString(), QString()}));
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Does not repeat"));

    // A refused text is replaced when the controls change the rule.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("FREQ=WEEKLY;BYMONTHDAY=3"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->text().contains(QStringLiteral("cannot be used together")));
    auto *combo = host.child<QComboBox>("frequencyCombo");
    QVERIFY(pick(combo, QStringLiteral("Yearly")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=YEARLY"));
    QCOMPARE(edit->text(), QStringLiteral("FREQ=YEARLY"));
    QVERIFY(!error->isVisible());
}

void TestRecurrence::editorRawRuleOnFocusOut()
{
    Host host;
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *edit = host.child<QLineEdit>("ruleEdit");
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("FREQ=MONTHLY;INTERVAL=2"));
    QCOMPARE(spy.count(), 0);
    host.outside->setFocus();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=MONTHLY;INTERVAL=2"));
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Monthly"));
    QCOMPARE(host.child<QSpinBox>("intervalSpin")->value(), 2);
}

void TestRecurrence::editorNonSimpleRule()
{
    Host host;
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    const QString rule = QStringLiteral("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR;INTERVAL=2");
    host.editor->setRecurrence(rule, QString());
    QVERIFY(host.show());

    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Custom rule"));
    QVERIFY(host.child<QComboBox>("frequencyCombo")->isEnabled());
    for (const char *name : {"intervalSpin", "endCombo", "countSpin", "untilEdit"})
        QVERIFY2(!host.child<QWidget>(name)->isEnabled(), name);
    QCOMPARE(host.child<QSpinBox>("intervalSpin")->value(), 2);
    auto *edit = host.child<QLineEdit>("ruleEdit");
    QCOMPARE(edit->text(), rule);
    QVERIFY(edit->isEnabled());
    QVERIFY(!edit->isReadOnly());
    QVERIFY(host.child<QLabel>("customNoteLabel")->isVisible());
    QVERIFY(host.child<QLabel>("customNoteLabel")->text().contains(QStringLiteral("only be edited as text")));
    QVERIFY(host.child<QLabel>("previewLabel")->text().startsWith(QStringLiteral("Custom rule: ")));
    QVERIFY(host.child<QToolButton>("addExceptionButton")->isEnabled());
    QCOMPARE(spy.count(), 0);

    // Editing the text keeps it custom.
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"));
    QVERIFY(!host.child<QSpinBox>("intervalSpin")->isEnabled());

    // Choosing a simple frequency makes a simple rule again.
    auto *combo = host.child<QComboBox>("frequencyCombo");
    QVERIFY(pick(combo, QStringLiteral("Daily")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=DAILY"));
    QVERIFY(host.child<QSpinBox>("intervalSpin")->isEnabled());
    QVERIFY(!host.child<QLabel>("customNoteLabel")->isVisible());
}

void TestRecurrence::editorInvalidGivenRule()
{
    Host host;
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    host.editor->setRecurrence(QStringLiteral("FREQ=NEVERLY"), QStringLiteral("20230307T180000Z"));
    QVERIFY(host.show());
    QVERIFY(host.editor->hasError());
    QVERIFY(host.child<QLabel>("errorLabel")->isVisible());
    QCOMPARE(host.child<QLineEdit>("ruleEdit")->text(), QStringLiteral("FREQ=NEVERLY"));
    QCOMPARE(host.editor->rule(), QStringLiteral("FREQ=NEVERLY"));
    QVERIFY(!host.child<QSpinBox>("intervalSpin")->isEnabled());

    // A rule with unreadable exceptions shows the rule and the error.
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY"), QStringLiteral("2023-03-07"));
    QVERIFY(host.editor->hasError());
    QVERIFY(host.child<QLabel>("errorLabel")->text().contains(QStringLiteral("2023-03-07")));
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Daily"));
    // The next change drops what cannot be read.
    auto *interval = host.child<QSpinBox>("intervalSpin");
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Up);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), (QList<QVariant>{QStringLiteral("FREQ=DAILY;INTERVAL=2"), QString()}));
    QVERIFY(!host.editor->hasError());
}

void TestRecurrence::editorExceptions()
{
    Host host;
    host.editor->setStart(utc(2023, 3, 6, 18));
    host.editor->setReferenceTime(utc(2023, 3, 1));
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY;COUNT=5"), QString());
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);

    auto *edit = host.child<QDateTimeEdit>("exceptionEdit");
    auto *add = host.child<QToolButton>("addExceptionButton");
    auto *remove = host.child<QToolButton>("removeExceptionButton");
    auto *list = host.child<QListWidget>("exceptionList");
    // The date box suggests the next occurrence.
    QCOMPARE(edit->dateTime(), QDateTime(QDate(2023, 3, 6), QTime(21, 0), Qt::LocalTime));
    QVERIFY(!remove->isEnabled());

    // Pick 7 March 21:00 local by keyboard and add it.
    edit->setFocus();
    edit->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(spy.count(), 0);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), (QList<QVariant>{QStringLiteral("FREQ=DAILY;COUNT=5"),
                                               QStringLiteral("20230307T180000Z")}));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Tue 2023-03-07 21:00"));

    // The same again: nothing.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(list->count(), 1);

    // An earlier one is sorted in front.
    edit->setDateTime(QDateTime(QDate(2023, 3, 6), QTime(21, 0), Qt::LocalTime));
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230306T180000Z,20230307T180000Z"));
    QCOMPARE(list->count(), 2);

    // Remove the selected one with the button, the other with Delete.
    list->setCurrentRow(1);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230306T180000Z"));
    QCOMPARE(list->count(), 1);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), (QList<QVariant>{QStringLiteral("FREQ=DAILY;COUNT=5"), QString()}));
    QCOMPARE(list->count(), 0);
    QVERIFY(!remove->isEnabled());

    // Exceptions survive a change of the rule.
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY"), QStringLiteral("20230307, 20230308T180000Z"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("whole day")));
    auto *interval = host.child<QSpinBox>("intervalSpin");
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Up);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), (QList<QVariant>{QStringLiteral("FREQ=DAILY;INTERVAL=2"),
                                               QStringLiteral("20230307, 20230308T180000Z")}));
}

void TestRecurrence::editorPreview()
{
    Host host;
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *preview = host.child<QLabel>("previewLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"),
                               QStringLiteral("20230307T180000Z"));
    host.editor->setReferenceTime(utc(2023, 3, 1));
    QCOMPARE(list->count(), 1);
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled)); // "set the start" note
    host.editor->setStart(utc(2023, 3, 6, 18));
    QVERIFY(host.show());

    QVERIFY2(preview->text().startsWith(QStringLiteral("Every day until 10 March 2023 00:00")),
             qPrintable(preview->text()));
    QVERIFY2(preview->text().contains(QStringLiteral("except 1 date")), qPrintable(preview->text()));
    QStringList texts;
    QList<bool> skipped;
    for (int i = 0; i < list->count(); ++i) {
        texts.append(list->item(i)->text());
        skipped.append(list->item(i)->data(RecurrenceEditor::SkippedRole).toBool());
    }
    QCOMPARE(texts, (QStringList{"Mon 2023-03-06 21:00", "Tue 2023-03-07 21:00 (skipped)",
                                 "Wed 2023-03-08 21:00", "Thu 2023-03-09 21:00"}));
    QCOMPARE(skipped, (QList<bool>{false, true, false, false}));
    QVERIFY(list->item(1)->font().strikeOut());
    QCOMPARE(list->item(0)->data(RecurrenceEditor::InstantRole).toDateTime(), utc(2023, 3, 6, 18));

    QVERIFY(!host.child<QLabel>("historyLabel")->isVisible()); // nothing has happened yet

    // What lies before "now" comes first, marked as past; then what comes after it.
    host.editor->setReferenceTime(utc(2023, 3, 8, 12));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)",
                                          "Tue 2023-03-07 21:00 (skipped)",
                                          "Wed 2023-03-08 21:00", "Thu 2023-03-09 21:00"}));
    host.editor->setReferenceTime(utc(2023, 3, 10));
    QCOMPARE(rowTexts(list), (QStringList{"Wed 2023-03-08 21:00 (past)",
                                          "Thu 2023-03-09 21:00 (past)",
                                          "No upcoming occurrences."}));
    QVERIFY(!(list->item(2)->flags() & Qt::ItemIsEnabled));

    // Endless rules list five upcoming ones after the last two; moving the start follows.
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR"), QStringLiteral("20230320T180000Z"));
    host.editor->setReferenceTime(utc(2023, 3, 14));
    int real = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        real += item->data(RecurrenceEditor::SkippedRole).toBool()
                || item->data(RecurrenceEditor::PastRole).toBool() ? 0 : 1;
    }
    QCOMPARE(real, RecurrenceEditor::PreviewCount);
    QCOMPARE(rowTexts(list), (QStringList{"Fri 2023-03-10 21:00 (past)", "Mon 2023-03-13 21:00 (past)",
                                          "Fri 2023-03-17 21:00", "Mon 2023-03-20 21:00 (skipped)",
                                          "Fri 2023-03-24 21:00", "Mon 2023-03-27 21:00",
                                          "Fri 2023-03-31 21:00", "Mon 2023-04-03 21:00"}));
    QVERIFY(preview->text().startsWith(QStringLiteral("Every week on Monday and Friday")));
    host.editor->setStart(utc(2023, 3, 6, 6));
    QCOMPARE(list->item(2)->text(), QStringLiteral("Fri 2023-03-17 09:00"));

    // Does not repeat: the start, once.
    host.editor->setRecurrence(QString(), QString());
    host.editor->setReferenceTime(utc(2023, 3, 1));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Mon 2023-03-06 09:00"));

    QCOMPARE(spy.count(), 0);
}

void TestRecurrence::editorPreviewFinishedSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    host.editor->setStart(utc(2023, 3, 6, 18));
    host.editor->setReferenceTime(utc(2023, 4, 1));
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"),
                               QStringLiteral("20230307T180000Z"));
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);

    // The summary is unchanged; the end and the total come under it; the last two are listed.
    QCOMPARE(host.child<QLabel>("previewLabel")->text(),
             QStringLiteral("Every day until 10 March 2023 00:00, except 1 date"));
    QVERIFY(history->isVisible());
    QCOMPARE(history->text(),
             QStringLiteral("Ended: last occurrence on Thu 2023-03-09 21:00, 3 occurrences in all"));
    QCOMPARE(rowTexts(list), (QStringList{"Wed 2023-03-08 21:00 (past)",
                                          "Thu 2023-03-09 21:00 (past)",
                                          "No upcoming occurrences."}));
    const QColor grey = host.editor->palette().color(QPalette::Disabled, QPalette::Text);
    for (int row : {0, 1}) {
        QVERIFY(list->item(row)->data(RecurrenceEditor::PastRole).toBool());
        QVERIFY(!list->item(row)->data(RecurrenceEditor::SkippedRole).toBool());
        QCOMPARE(list->item(row)->foreground().color(), grey);
    }
    QCOMPARE(list->item(1)->data(RecurrenceEditor::InstantRole).toDateTime(), utc(2023, 3, 9, 18));

    // Skipping the last one by keyboard: the one before it becomes the last.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230307T180000Z,20230309T180000Z"));
    QCOMPARE(history->text(),
             QStringLiteral("Ended: last occurrence on Wed 2023-03-08 21:00, 2 occurrences in all"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)",
                                          "Tue 2023-03-07 21:00 (skipped)",
                                          "Wed 2023-03-08 21:00 (past)",
                                          "Thu 2023-03-09 21:00 (skipped)",
                                          "No upcoming occurrences."}));
    QVERIFY(list->item(3)->font().strikeOut());
    QVERIFY(list->item(3)->data(RecurrenceEditor::PastRole).toBool());

    // One occurrence only; none at all.
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;COUNT=1"), QString());
    QCOMPARE(history->text(), QStringLiteral("Ended: the only occurrence was on Mon 2023-03-06 21:00"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)", "No upcoming occurrences."}));
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;COUNT=1"), QStringLiteral("20230306"));
    QCOMPARE(history->text(), QStringLiteral("Ended: no occurrence took place"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (skipped)", "No upcoming occurrences."}));

    // A single task in the past.
    host.editor->setRecurrence(QString(), QString());
    QCOMPARE(history->text(), QStringLiteral("Ended: the only occurrence was on Mon 2023-03-06 21:00"));
    QCOMPARE(spy.count(), 0);
}

void TestRecurrence::editorPreviewRunningSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    host.editor->setStart(utc(2023, 3, 6, 18));
    host.editor->setReferenceTime(utc(2023, 3, 14));
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR;COUNT=8"),
                               QStringLiteral("20230310T180000Z,20230320"));
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);

    // Mon 6, (Fri 10 skipped), Mon 13 | Fri 17, (Mon 20 skipped), Fri 24, Mon 27, Fri 31.
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 2 of 6 occurrences so far"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)",
                                          "Fri 2023-03-10 21:00 (skipped)",
                                          "Mon 2023-03-13 21:00 (past)",
                                          "Fri 2023-03-17 21:00",
                                          "Mon 2023-03-20 21:00 (skipped)",
                                          "Fri 2023-03-24 21:00", "Mon 2023-03-27 21:00",
                                          "Fri 2023-03-31 21:00"}));
    QVERIFY(!list->item(3)->data(RecurrenceEditor::PastRole).toBool());
    QCOMPARE(list->item(3)->foreground().style(), Qt::NoBrush); // upcoming: the normal colour
    // The next one is still what the exception box suggests.
    QCOMPARE(host.child<QDateTimeEdit>("exceptionEdit")->dateTime(),
             QDateTime(QDate(2023, 3, 17), QTime(21, 0), Qt::LocalTime));

    // Bringing a skipped past one back counts it again.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230320"));
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 3 of 7 occurrences so far"));
    QCOMPARE(rowTexts(list).mid(0, 3), (QStringList{"Fri 2023-03-10 21:00 (past)",
                                                    "Mon 2023-03-13 21:00 (past)",
                                                    "Fri 2023-03-17 21:00"}));

    // Endless: no total. Only one so far.
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR"), QString());
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 3 occurrences so far"));
    host.editor->setReferenceTime(utc(2023, 3, 7));
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 1 occurrence so far"));
    QCOMPARE(rowTexts(list).first(), QStringLiteral("Mon 2023-03-06 21:00 (past)"));
    QCOMPARE(list->count(), 1 + RecurrenceEditor::PreviewCount);
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR;COUNT=4"), QString());
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 1 of 4 occurrences so far"));
    QCOMPARE(spy.count(), 0);
}

void TestRecurrence::editorPreviewLongRunningSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    host.editor->setStart(utc(2000, 1, 1));
    host.editor->setReferenceTime(utc(2030, 1, 1));
    QVERIFY(host.show());

    // Thirty years of an hourly rule: counted exactly and at once.
    QElapsedTimer timer;
    timer.start();
    host.editor->setRecurrence(QStringLiteral("FREQ=HOURLY"), QString());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(history->text(), QStringLiteral("Started on Sat 2000-01-01 03:00, 262,992 occurrences so far"));
    QCOMPARE(rowTexts(list).mid(0, 3), (QStringList{"Tue 2030-01-01 01:00 (past)",
                                                    "Tue 2030-01-01 02:00 (past)",
                                                    "Tue 2030-01-01 03:00"}));
    QCOMPARE(list->count(), RecurrenceEditor::PastPreviewCount + RecurrenceEditor::PreviewCount);

    // A rule that must be expanded and has too many before now: said so, nothing invented.
    host.editor->setRecurrence(QString::fromLatin1(DenseRule), QString());
    QCOMPARE(history->text(), QStringLiteral("Started on Sat 2000-01-01 03:00"));
    QCOMPARE(rowTexts(list), (QStringList{"Too many occurrences since the start to find the next ones."}));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
}

void TestRecurrence::editorPreviewToggleOccurrence()
{
    Host host;
    host.editor->setStart(utc(2023, 3, 6, 18));
    host.editor->setReferenceTime(utc(2023, 3, 1));
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY;COUNT=4"), QString());
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *list = host.child<QListWidget>("occurrencesList");

    // Enter on an occurrence skips it ...
    list->setFocus();
    list->setCurrentRow(1);
    QCOMPARE(host.child<QDateTimeEdit>("exceptionEdit")->dateTime(),
             QDateTime(QDate(2023, 3, 7), QTime(21, 0), Qt::LocalTime));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230307T180000Z"));
    QVERIFY(list->item(1)->data(RecurrenceEditor::SkippedRole).toBool());

    // ... and on a skipped one brings it back.
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QString());
    QVERIFY(!list->item(1)->data(RecurrenceEditor::SkippedRole).toBool());
}

QTEST_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
