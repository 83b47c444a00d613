// The Duration text the forms and the tables rely on (format, parse, the translation's
// unit names) and DurationEdit driven offscreen as a user would.
#include "WidgetsTest.h"

#include <QLineEdit>

namespace {

// Unit names of another language, to show that format() and parse() follow the
// translation (the real Russian .qm may not be built yet).
class UnitTranslator : public QTranslator
{
public:
    explicit UnitTranslator(QHash<QString, QString> units)
        : m_units(std::move(units))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "Duration") != 0)
            return QString();
        return m_units.value(QString::fromUtf8(sourceText));
    }

private:
    QHash<QString, QString> m_units;
};

} // namespace

class TestWidgetsDuration : public WidgetsTest
{
    Q_OBJECT

private slots:
    void durationFormat_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("minute") << qint64(60) << QStringLiteral("1 min");
        QTest::newRow("hour") << qint64(3600) << QStringLiteral("1 h");
        QTest::newRow("hour and a half") << qint64(5400) << QStringLiteral("1 h 30 min");
        QTest::newRow("day") << qint64(86400) << QStringLiteral("1 d");
        QTest::newRow("every unit") << qint64(90061) << QStringLiteral("1 d 1 h 1 min 1 s");
        QTest::newRow("days and seconds") << qint64(2 * 86400 + 5) << QStringLiteral("2 d 5 s");
        QTest::newRow("negative") << qint64(-5400) << QStringLiteral("-1 h 30 min");
        QTest::newRow("negative seconds") << qint64(-45) << QStringLiteral("-45 s");
        QTest::newRow("many days") << qint64(400) * 86400 << QStringLiteral("400 d");
    }

    void durationFormat()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Duration::format(seconds), text);
    }

    void durationParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("plain seconds") << QStringLiteral("3600") << qint64(3600);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("padded") << QStringLiteral("  42 ") << qint64(42);
        QTest::newRow("negative plain") << QStringLiteral("-90") << qint64(-90);
        QTest::newRow("hh:mm:ss") << QStringLiteral("01:02:03") << qint64(3723);
        QTest::newRow("h:mm:ss") << QStringLiteral("1:30:00") << qint64(5400);
        QTest::newRow("many hours") << QStringLiteral("100:00:00") << qint64(360000);
        QTest::newRow("mm:ss") << QStringLiteral("01:30") << qint64(90);
        QTest::newRow("long mm:ss") << QStringLiteral("90:05") << qint64(5405);
        QTest::newRow("1h") << QStringLiteral("1h") << qint64(3600);
        QTest::newRow("1 h 30 min") << QStringLiteral("1 h 30 min") << qint64(5400);
        QTest::newRow("1h30m") << QStringLiteral("1h30m") << qint64(5400);
        QTest::newRow("90m") << QStringLiteral("90m") << qint64(5400);
        QTest::newRow("2d 3h") << QStringLiteral("2d 3h") << qint64(2 * 86400 + 3 * 3600);
        QTest::newRow("upper case") << QStringLiteral("1H 30MIN") << qint64(5400);
        QTest::newRow("words") << QStringLiteral("1 hour 2 minutes 3 seconds") << qint64(3723);
        QTest::newRow("any order") << QStringLiteral("30 s 1 min") << qint64(90);
        QTest::newRow("commas") << QStringLiteral("1 d, 2 h") << qint64(93600);
        QTest::newRow("negative units") << QStringLiteral("-1 h 30 min") << qint64(-5400);
        QTest::newRow("format output") << QStringLiteral("1 d 1 h 1 min 1 s") << qint64(90061);
        QTest::newRow("0 s") << QStringLiteral("0 s") << qint64(0);
        QTest::newRow("ru 1 ч 30 мин") << QStringLiteral("1 ч 30 мин") << qint64(5400);
        QTest::newRow("ru 45 с") << QStringLiteral("45 с") << qint64(45);
        QTest::newRow("ru 1д") << QStringLiteral("1д") << qint64(86400);
        QTest::newRow("ru upper") << QStringLiteral("2 Ч") << qint64(7200);
        QTest::newRow("ru words") << QStringLiteral("1 день 2 часа 5 минут") << qint64(93900);
        QTest::newRow("ru abbreviation dots") << QStringLiteral("1 ч. 5 мин.") << qint64(3900);
        QTest::newRow("ru сек") << QStringLiteral("30сек") << qint64(30);
        QTest::newRow("max") << QStringLiteral("9223372036854775807")
                             << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << QStringLiteral("-9223372036854775808")
                             << std::numeric_limits<qint64>::min();
    }

    void durationParse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const std::optional<qint64> parsed = Duration::parse(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, seconds);
    }

    void durationParseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("unknown unit") << QStringLiteral("1 x");
        QTest::newRow("unit alone") << QStringLiteral("h");
        QTest::newRow("trailing junk") << QStringLiteral("1 h x");
        QTest::newRow("number without unit") << QStringLiteral("1 h 30");
        QTest::newRow("unit twice") << QStringLiteral("1 h 2 h");
        QTest::newRow("fraction") << QStringLiteral("1.5 h");
        QTest::newRow("sign alone") << QStringLiteral("-");
        QTest::newRow("two signs") << QStringLiteral("--5");
        QTest::newRow("inner sign") << QStringLiteral("1 h -30 min");
        QTest::newRow("minutes 60") << QStringLiteral("1:60:00");
        QTest::newRow("seconds 60") << QStringLiteral("10:60");
        QTest::newRow("one digit minutes") << QStringLiteral("1:2:3");
        QTest::newRow("four parts") << QStringLiteral("1:02:03:04");
        QTest::newRow("empty clock part") << QStringLiteral("1::00");
        QTest::newRow("trailing comma") << QStringLiteral("1 h,");
        QTest::newRow("overflow digits") << QStringLiteral("99999999999999999999");
        QTest::newRow("overflow max+1") << QStringLiteral("9223372036854775808");
        QTest::newRow("overflow unit") << QStringLiteral("9223372036854775807 d");
        QTest::newRow("overflow sum") << QStringLiteral("106751991167300 d 23 h");
        QTest::newRow("overflow clock") << QStringLiteral("9999999999999999:00:00");
        QTest::newRow("non-ascii digits") << QStringLiteral("١٢");
    }

    void durationParseRefuses()
    {
        QFETCH(QString, text);
        QVERIFY2(!Duration::parse(text).has_value(), qPrintable(text));
    }

    void durationRoundTrip_data()
    {
        QTest::addColumn<qint64>("seconds");
        for (qint64 s : {qint64(0), qint64(1), qint64(59), qint64(60), qint64(61), qint64(3599),
                         qint64(3600), qint64(5400), qint64(86399), qint64(86400), qint64(90061),
                         qint64(-1), qint64(-90061), qint64(31536000123),
                         std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }

    void durationRoundTrip()
    {
        QFETCH(qint64, seconds);
        const QString text = Duration::format(seconds);
        QCOMPARE(Duration::parse(text), std::optional<qint64>(seconds));
    }

    void durationFollowsTheTranslation()
    {
        {
            UnitTranslator russian({{QStringLiteral("d"), QStringLiteral("д")},
                                    {QStringLiteral("h"), QStringLiteral("ч")},
                                    {QStringLiteral("min"), QStringLiteral("мин")},
                                    {QStringLiteral("s"), QStringLiteral("с")}});
            QCoreApplication::installTranslator(&russian);
            QCOMPARE(Duration::format(5400), QStringLiteral("1 ч 30 мин"));
            QCOMPARE(Duration::format(90061), QStringLiteral("1 д 1 ч 1 мин 1 с"));
            QCOMPARE(Duration::parse(Duration::format(90061)), std::optional<qint64>(90061));
            QCoreApplication::removeTranslator(&russian);
        }
        {
            // Names no built-in list knows are still read back: they come from tr().
            UnitTranslator german({{QStringLiteral("d"), QStringLiteral("T")},
                                   {QStringLiteral("h"), QStringLiteral("Std")},
                                   {QStringLiteral("min"), QStringLiteral("Min")},
                                   {QStringLiteral("s"), QStringLiteral("Sek")}});
            QCoreApplication::installTranslator(&german);
            QCOMPARE(Duration::format(90061), QStringLiteral("1 T 1 Std 1 Min 1 Sek"));
            QCOMPARE(Duration::parse(QStringLiteral("2 std 5 min")), std::optional<qint64>(7500));
            QCOMPARE(Duration::parse(QStringLiteral("1 h")), std::optional<qint64>(3600));
            QCoreApplication::removeTranslator(&german);
        }
        QCOMPARE(Duration::format(5400), QStringLiteral("1 h 30 min"));
    }

    void durationEditProgrammaticSetIsSilent()
    {
        DurationEdit edit;
        auto *hours = child<QSpinBox>(&edit, "hoursSpin");
        auto *minutes = child<QSpinBox>(&edit, "minutesSpin");
        auto *seconds = child<QSpinBox>(&edit, "secondsSpin");
        QVERIFY(hours && minutes && seconds);
        QSignalSpy changed(&edit, &DurationEdit::secondsChanged);

        edit.setSeconds(90061);
        QCOMPARE(hours->value(), 25);
        QCOMPARE(minutes->value(), 1);
        QCOMPARE(seconds->value(), 1);
        QCOMPARE(edit.seconds(), qint64(90061));
        QCOMPARE(edit.property("seconds").toLongLong(), qint64(90061));
        QCOMPARE(edit.metaObject()->userProperty().name(), "seconds");

        edit.setSeconds(-5);
        QCOMPARE(edit.seconds(), qint64(0));
        edit.setSeconds(std::numeric_limits<qint64>::max());
        QCOMPARE(edit.seconds(), DurationEdit::maximumSeconds());
        QCOMPARE(hours->value(), 1000000);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(edit.focusProxy(), hours);
        QCOMPARE(edit.layout()->contentsMargins(), QMargins());
    }

    void durationEditUserEdits()
    {
        auto *edit = new DurationEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        auto *hours = child<QSpinBox>(edit, "hoursSpin");
        auto *minutes = child<QSpinBox>(edit, "minutesSpin");
        auto *seconds = child<QSpinBox>(edit, "secondsSpin");
        QVERIFY(hours && minutes && seconds);
        edit->setSeconds(5400);
        QSignalSpy changed(edit, &DurationEdit::secondsChanged);
        QSignalSpy finished(edit, &DurationEdit::editingFinished);

        edit->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), hours);
        // Typed digits are one change, made when Enter is pressed.
        QTest::keyClick(hours, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(hours, QStringLiteral("12"));
        QCOMPARE(changed.count(), 0);
        QTest::keyClick(hours, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), qint64(12 * 3600 + 30 * 60));
        QCOMPARE(edit->seconds(), qint64(12 * 3600 + 30 * 60));
        QCOMPARE(finished.count(), 1);

        // Moving between the boxes does not finish the edit; a step is one change.
        QTest::keyClick(hours, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), minutes);
        QCOMPARE(finished.count(), 1);
        QTest::keyClick(minutes, Qt::Key_Up);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toLongLong(), qint64(12 * 3600 + 31 * 60));
        QTest::keyClick(minutes, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), seconds);
        QTest::keyClicks(seconds, QStringLiteral("7"));
        QCOMPARE(finished.count(), 1);

        // Leaving the widget commits the typed seconds and finishes the edit once.
        QTest::keyClick(seconds, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), host.outside);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(edit->seconds(), qint64(12 * 3600 + 31 * 60 + 7));
        QCOMPARE(finished.count(), 2);

        // Every typed digit counts: 75 minutes carry over into the hours.
        minutes->setFocus();
        QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(minutes, QStringLiteral("75"));
        QCOMPARE(minutes->cleanText(), QStringLiteral("75"));
        QTest::keyClick(minutes, Qt::Key_Return);
        QCOMPARE(minutes->value(), 15);
        QCOMPARE(hours->value(), 13);
        QCOMPARE(edit->seconds(), qint64(13 * 3600 + 15 * 60 + 7));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(finished.count(), 3);
    }

    // A double-click on a box selects its number, wherever it lands: on the unit word it
    // selected the word, so "20" typed over "15 min" made 1520 minutes (25 h 20 min).
    void doubleClickSelectsTheNumberNotTheUnit()
    {
        auto *edit = new DurationEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setSeconds(15 * 60);
        auto *minutes = child<QSpinBox>(edit, "minutesSpin");
        QVERIFY(minutes);
        QLineEdit *line = minutes->findChild<QLineEdit *>();
        QVERIFY(line);
        const QString shown = line->text();
        QVERIFY2(shown.startsWith(QLatin1String("15")) && shown.size() > 3, qPrintable(shown));
        // On the unit word, then on the number itself.
        const int y = line->height() / 2;
        for (const int at : {int(shown.size()) - 2, 0}) {
            edit->setSeconds(15 * 60);
            // Just left of the middle of character `at`: where the nearest cursor turns to at + 1.
            int x = 0;
            while (x < line->width() && line->cursorPositionAt(QPoint(x, y)) <= at)
                ++x;
            QVERIFY(x > 0 && x < line->width());
            x -= 1;
            QTest::mouseDClick(line, Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
            QCOMPARE(line->selectedText(), QStringLiteral("15"));
            QTest::keyClicks(line, QStringLiteral("20"));
            QTest::keyClick(minutes, Qt::Key_Return);
            QCOMPARE(edit->seconds(), qint64(20 * 60));
        }
    }

    // Text typed in any box is a whole duration, read as Duration::parse reads it; a
    // plain number counts in its box's unit and carries over.
    void durationEditTypedText_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("90m in hours") << "hoursSpin" << "90m" << qint64(5400);
        QTest::newRow("clock in hours") << "hoursSpin" << "01:30:00" << qint64(5400);
        QTest::newRow("units in seconds") << "secondsSpin" << "1 h 30 min" << qint64(5400);
        QTest::newRow("90 seconds carry") << "secondsSpin" << "90" << qint64(7200 + 60 + 90);
        QTest::newRow("90 minutes carry") << "minutesSpin" << "90" << qint64(7200 + 5400 + 30);
        QTest::newRow("emptied minutes") << "minutesSpin" << "" << qint64(7200 + 30);
        QTest::newRow("12 hours") << "hoursSpin" << "12" << qint64(12 * 3600 + 60 + 30);
    }

    void durationEditTypedText()
    {
        QFETCH(QString, box);
        QFETCH(QString, typed);
        QFETCH(qint64, seconds);
        auto *edit = new DurationEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setSeconds(7200 + 60 + 30);
        QSignalSpy finished(edit, &DurationEdit::editingFinished);
        auto *spin = edit->findChild<QSpinBox *>(box);
        QVERIFY(spin);
        spin->setFocus(Qt::TabFocusReason);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        if (typed.isEmpty())
            QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClicks(spin, typed);
        QCOMPARE(spin->cleanText(), typed);
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(edit->seconds(), seconds);
        QVERIFY(edit->refusal().isEmpty());
        QCOMPARE(finished.count(), 1);

        // The same typed and left with Tab.
        edit->setSeconds(7200 + 60 + 30);
        spin->setFocus(Qt::TabFocusReason);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        if (typed.isEmpty())
            QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClicks(spin, typed);
        host.outside->setFocus(Qt::TabFocusReason);
        QCOMPARE(edit->seconds(), seconds);
    }

    // Text that is no duration, or one out of range, is refused with a reason; the
    // value stays and Enter does not finish the edit.
    void durationEditRefusesText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("words") << "soon" << "is not a duration";
        QTest::newRow("unit twice") << "1h 2h" << "is not a duration";
        QTest::newRow("negative") << "-5m" << "out of range";
        QTest::newRow("too long") << "99999999h" << "out of range";
        QTest::newRow("minutes past the end") << "1:75:00" << "is not a duration";
    }

    void durationEditRefusesText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        auto *edit = new DurationEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setSeconds(3600);
        QSignalSpy changed(edit, &DurationEdit::secondsChanged);
        QSignalSpy finished(edit, &DurationEdit::editingFinished);
        auto *hours = child<QSpinBox>(edit, "hoursSpin");
        hours->setFocus(Qt::TabFocusReason);
        QTest::keyClick(hours, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(hours, typed);
        QCOMPARE(hours->cleanText(), typed);
        QTest::keyClick(hours, Qt::Key_Return);
        QCOMPARE(edit->seconds(), qint64(3600));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(finished.count(), 0);
        QVERIFY2(edit->refusal().contains(reason), qPrintable(edit->refusal()));
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), edit->refusal());
        QCOMPARE(hours->cleanText(), typed); // still there to be corrected
        QCOMPARE(QApplication::focusWidget(), hours);
    }
};

QTEST_MAIN(TestWidgetsDuration)
#include "tst_widgets_duration.moc"
