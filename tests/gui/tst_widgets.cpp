// The editor widgets of the service task form, driven offscreen as a user would,
// and the Duration text they and the tables rely on.
#include "GuiActions.h"
#include "WidgetHost.h"

#include "domain/Duration.h"
#include "widgets/DurationEdit.h"
#include "widgets/PeriodsEditor.h"
#include "widgets/StringListEdit.h"
#include "widgets/UtcDateTimeEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QVBoxLayout>
#include <QtTest>

#include <ctime>
#include <limits>

Q_DECLARE_METATYPE(std::optional<qint64>)

using GuiTest::child;

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

// The size these scenarios were written for.
const QSize kHostSize(700, 600);

// A PeriodsEditor in a window of its own, and its named parts.
struct ShownPeriods : HostOf<PeriodsEditor>
{
    ShownPeriods() : HostOf(kHostSize) {}
    bool complete() const
    {
        return table && list && json && addKey && removeKey && addPeriod && removePeriod && apply
            && revert && jsonError && message;
    }

    QTableWidget *const table = child<QTableWidget>("keysTable");
    QListWidget *const list = child<QListWidget>("periodsList");
    QPlainTextEdit *const json = child<QPlainTextEdit>("jsonEdit");
    QToolButton *const addKey = child<QToolButton>("addKeyButton");
    QToolButton *const removeKey = child<QToolButton>("removeKeyButton");
    QToolButton *const addPeriod = child<QToolButton>("addPeriodButton");
    QToolButton *const removePeriod = child<QToolButton>("removePeriodButton");
    QPushButton *const apply = child<QPushButton>("applyJsonButton");
    QPushButton *const revert = child<QPushButton>("revertJsonButton");
    QLabel *const jsonError = child<QLabel>("jsonErrorLabel");
    QLabel *const message = child<QLabel>("messageLabel");
};

QLineEdit *focusedLineEdit()
{
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

// Replaces the text of the editor that has the focus, presses Enter and waits for
// the editor to close.
void typeAndEnter(const QString &text)
{
    QLineEdit *editor = focusedLineEdit();
    QVERIFY2(editor, "no line editor has the focus");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Backspace);
    else
        QTest::keyClicks(editor, text);
    const QPointer<QLineEdit> guard(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    // Item views commit an editor a moment after Enter (a queued call).
    QTRY_VERIFY(!guard || QApplication::focusWidget() != guard);
}

// Opens the editor of a table cell with F2, as a keyboard user does, and types.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    typeAndEnter(text);
}

int rowOfKey(const QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == key)
            return row;
    }
    return -1;
}

QJsonArray jsonArray(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

const QDateTime utc0800(QDate(2019, 2, 20), QTime(8, 0), Qt::UTC);

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Local time must differ from UTC for the date tests to mean anything.
        qputenv("TZ", "Europe/Moscow");
        tzset();
        QCOMPARE(utc0800.toLocalTime().time(), QTime(11, 0));
    }

    // --- Duration ---------------------------------------------------------------

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

    // --- DurationEdit -----------------------------------------------------------

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

    // --- StringListEdit ---------------------------------------------------------

    void stringListProgrammaticSetIsSilent()
    {
        StringListEdit edit;
        auto *list = child<QListWidget>(&edit, "itemsList");
        QVERIFY(list);
        for (const char *name : {"addButton", "removeButton", "moveUpButton", "moveDownButton"}) {
            QToolButton *button = child<QToolButton>(&edit, name);
            QVERIFY2(button, name);
            QVERIFY(!button->text().isEmpty());
            QVERIFY(!button->toolTip().isEmpty());
        }
        QSignalSpy edited(&edit, &StringListEdit::itemsEdited);
        edit.setItems({QStringLiteral("SITE1"), QStringLiteral("  "), QStringLiteral(" SITE2 ")});
        QCOMPARE(edit.items(), QStringList({QStringLiteral("SITE1"), QStringLiteral("SITE2")}));
        QCOMPARE(list->count(), 2);
        QCOMPARE(edit.property("items").toStringList(), edit.items());
        QCOMPARE(edit.metaObject()->userProperty().name(), "items");
        edit.setItems({});
        QCOMPARE(list->count(), 0);
        QCOMPARE(edited.count(), 0);
    }

    void stringListAdd()
    {
        auto *edit = new StringListEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setItems({QStringLiteral("SITE1"), QStringLiteral("SITE2")});
        auto *list = child<QListWidget>(edit, "itemsList");
        auto *add = child<QToolButton>(edit, "addButton");
        QVERIFY(list && add);
        QSignalSpy edited(edit, &StringListEdit::itemsEdited);

        // Add opens the editor of a new last item; the item counts once it has text.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QCOMPARE(edited.count(), 0);
        typeAndEnter(QStringLiteral(" SITE3 "));
        QCOMPARE(edited.count(), 1);
        const QStringList three = {QStringLiteral("SITE1"), QStringLiteral("SITE2"), QStringLiteral("SITE3")};
        QCOMPARE(edited.at(0).at(0).toStringList(), three);
        QCOMPARE(edit->items(), three);
        QCOMPARE(list->item(2)->text(), QStringLiteral("SITE3"));

        // Escape, or blank text, drops the new item without a word.
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(focusedLineEdit());
        QTest::keyClicks(focusedLineEdit(), QStringLiteral("SITE4"));
        QTest::keyClick(focusedLineEdit(), Qt::Key_Escape);
        QCOMPARE(list->count(), 3);
        QTest::mouseClick(add, Qt::LeftButton);
        typeAndEnter(QStringLiteral("   "));
        QCOMPARE(list->count(), 3);
        // Insert on the list adds too.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Insert);
        typeAndEnter(QStringLiteral("SITE4"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edit->items().last(), QStringLiteral("SITE4"));
    }

    void stringListEditRemoveMove()
    {
        auto *edit = new StringListEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setItems({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        auto *list = child<QListWidget>(edit, "itemsList");
        auto *remove = child<QToolButton>(edit, "removeButton");
        auto *up = child<QToolButton>(edit, "moveUpButton");
        auto *down = child<QToolButton>(edit, "moveDownButton");
        QVERIFY(list && remove && up && down);
        QSignalSpy edited(edit, &StringListEdit::itemsEdited);

        // Edit in place (F2).
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_F2);
        typeAndEnter(QStringLiteral("B2"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("A"), QStringLiteral("B2"), QStringLiteral("C")}));

        // The same text again is no change.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        typeAndEnter(QStringLiteral("B2"));
        QCOMPARE(edited.count(), 1);

        // Move down with the button, up with Ctrl+Up.
        list->setCurrentRow(0);
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("B2"), QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(list->currentRow(), 1);
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(edited.count(), 3);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("B2"), QStringLiteral("C"), QStringLiteral("A")}));
        list->setCurrentRow(0);
        QVERIFY(!up->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(edited.count(), 3);

        // Erasing an item's text removes the item.
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_F2);
        typeAndEnter(QString());
        QCOMPARE(edited.count(), 4);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("B2"), QStringLiteral("A")}));
        QCOMPARE(list->count(), 2);

        // Remove with the button and with Delete.
        list->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(edited.count(), 5);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("A")}));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(edited.count(), 6);
        QCOMPARE(edited.last().at(0).toStringList(), QStringList());
        QVERIFY(!remove->isEnabled());
    }

    // --- UtcDateTimeEdit --------------------------------------------------------

    void utcDateTimeShownInLocalTime()
    {
        UtcDateTimeEdit edit;
        auto *box = child<QDateTimeEdit>(&edit, "dateTimeEdit");
        auto *noDate = child<QCheckBox>(&edit, "noDateCheck");
        QVERIFY(box && noDate);
        QVERIFY(box->calendarPopup());
        QSignalSpy edited(&edit, &UtcDateTimeEdit::dateTimeEdited);
        QCOMPARE(edit.metaObject()->userProperty().name(), "dateTime");

        edit.setDateTime(utc0800);
        QCOMPARE(box->dateTime().time(), QTime(11, 0));
        QCOMPARE(box->text(), QStringLiteral("2019-02-20 11:00:00"));
        QCOMPARE(edit.dateTime(), utc0800);
        QCOMPARE(edit.dateTime().timeSpec(), Qt::UTC);
        QCOMPARE(edit.dateTime().time(), QTime(8, 0));
        QCOMPARE(edit.toolTip(), QStringLiteral("2019-02-20 08:00:00 UTC"));
        QVERIFY(!noDate->isChecked());
        QVERIFY(box->isEnabled());

        // Any time spec names the same instant.
        edit.setDateTime(QDateTime(QDate(2019, 2, 20), QTime(10, 0), Qt::OffsetFromUTC, 7200));
        QCOMPARE(edit.dateTime(), utc0800);
        QCOMPARE(box->text(), QStringLiteral("2019-02-20 11:00:00"));
        edit.setDateTime(QDateTime(QDate(2019, 8, 26), QTime(15, 9, 3), Qt::LocalTime));
        QCOMPARE(edit.dateTime(), QDateTime(QDate(2019, 8, 26), QTime(12, 9, 3), Qt::UTC));

        // Milliseconds the servers sent survive an untouched editor.
        const QDateTime precise(QDate(2019, 8, 26), QTime(12, 9, 3, 340), Qt::UTC);
        edit.setDateTime(precise);
        QCOMPARE(edit.dateTime(), precise);

        // Invalid means "no date".
        edit.setDateTime(QDateTime());
        QVERIFY(noDate->isChecked());
        QVERIFY(!box->isEnabled());
        QVERIFY(!edit.dateTime().isValid());
        QVERIFY(edit.isEmpty());
        QCOMPARE(edit.focusProxy(), noDate);
        QCOMPARE(edited.count(), 0);
    }

    void utcDateTimeUserEdits()
    {
        auto *edit = new UtcDateTimeEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        auto *box = child<QDateTimeEdit>(edit, "dateTimeEdit");
        auto *noDate = child<QCheckBox>(edit, "noDateCheck");
        QVERIFY(box && noDate);
        edit->setDateTime(utc0800);
        QSignalSpy edited(edit, &UtcDateTimeEdit::dateTimeEdited);
        QSignalSpy finished(edit, &UtcDateTimeEdit::editingFinished);

        // A step is committed by Enter, not before; the local hour 11 becomes 12 = 09:00Z.
        edit->setFocus();
        QCOMPARE(QApplication::focusWidget(), box);
        box->setCurrentSection(QDateTimeEdit::HourSection);
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(edited.count(), 0);
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toDateTime(), utc0800.addSecs(3600));
        QCOMPARE(edited.at(0).at(0).toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(edit->toolTip(), QStringLiteral("2019-02-20 09:00:00 UTC"));
        QTest::keyClick(box, Qt::Key_Return); // nothing new
        QCOMPARE(edited.count(), 1);

        // Typed local time, committed when the focus moves on (to "No date": still inside).
        box->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(box, QStringLiteral("15"));
        QCOMPARE(edited.count(), 1);
        // Tab walks the remaining sections, then leaves the box.
        for (int i = 0; i < 5 && QApplication::focusWidget() == box; ++i)
            QTest::keyClick(box, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), noDate);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edit->dateTime(), QDateTime(QDate(2019, 2, 20), QTime(12, 0), Qt::UTC));
        QCOMPARE(finished.count(), 2); // Enter once, then nothing until the widget is left

        // "No date" empties the value at once, and brings it back.
        QTest::keyClick(noDate, Qt::Key_Space);
        QCOMPARE(edited.count(), 3);
        QVERIFY(!edited.at(2).at(0).toDateTime().isValid());
        QVERIFY(!edit->dateTime().isValid());
        QVERIFY(!box->isEnabled());
        QCOMPARE(edit->toolTip(), QStringLiteral("No date"));
        QTest::keyClick(noDate, Qt::Key_Space);
        QCOMPARE(edited.count(), 4);
        QCOMPARE(edited.at(3).at(0).toDateTime(), QDateTime(QDate(2019, 2, 20), QTime(12, 0), Qt::UTC));
        QVERIFY(box->isEnabled());

        QCOMPARE(finished.count(), 2);
        QTest::keyClick(noDate, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), host.outside);
        QCOMPARE(finished.count(), 3);
        QCOMPARE(edited.count(), 4);
    }

    // --- PeriodsEditor ----------------------------------------------------------

    void periodsShowsEveryItem()
    {
        PeriodsEditor editor;
        auto *list = child<QListWidget>(&editor, "periodsList");
        auto *table = child<QTableWidget>(&editor, "keysTable");
        auto *json = child<QPlainTextEdit>(&editor, "jsonEdit");
        auto *addKey = child<QToolButton>(&editor, "addKeyButton");
        QVERIFY(list && table && json && addKey);
        QSignalSpy edited(&editor, &PeriodsEditor::periodsEdited);
        QCOMPARE(editor.metaObject()->userProperty().name(), "periods");

        const QJsonArray periods = jsonArray(
            R"([{"day":"mon","from":"08:00","to":"17:00"}, {}, 42, "raw", {"n":1.5,"on":true,"x":null,"o":{"a":[1,2]}}])");
        editor.setPeriods(periods);
        QCOMPARE(editor.periods(), periods);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(list->count(), 5);
        QCOMPARE(list->item(0)->text(), QStringLiteral("day=mon, from=08:00, to=17:00"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Period 2 (empty)"));
        QCOMPARE(list->item(2)->text(), QStringLiteral("42"));
        QCOMPARE(list->item(3)->text(), QStringLiteral("\"raw\""));
        QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).array(), periods);
        QVERIFY(json->font().fixedPitch());

        // The first item is selected; strings plain, other values as JSON.
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Key"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Value"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("from")), 1)->text(), QStringLiteral("08:00"));
        list->setCurrentRow(4);
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("n")), 1)->text(), QStringLiteral("1.5"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("on")), 1)->text(), QStringLiteral("true"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("x")), 1)->text(), QStringLiteral("null"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("o")), 1)->text(), QStringLiteral("{\"a\":[1,2]}"));

        // Items that are not objects are listed, not key-edited.
        list->setCurrentRow(2);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!table->isEnabled());
        QVERIFY(!addKey->isEnabled());
        QVERIFY(!child<QLabel>(&editor, "itemNoteLabel")->isHidden());
        list->setCurrentRow(1);
        QVERIFY(table->isEnabled());
        QVERIFY(addKey->isEnabled());
        QCOMPARE(edited.count(), 0);
    }

    void periodsValueFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("text") << QStringLiteral("mon") << QJsonValue(QStringLiteral("mon"));
        QTest::newRow("time") << QStringLiteral("08:00") << QJsonValue(QStringLiteral("08:00"));
        QTest::newRow("int") << QStringLiteral("12") << QJsonValue(12);
        QTest::newRow("double") << QStringLiteral(" 1.5 ") << QJsonValue(1.5);
        QTest::newRow("true") << QStringLiteral("true") << QJsonValue(true);
        QTest::newRow("false") << QStringLiteral("false") << QJsonValue(false);
        QTest::newRow("null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("array") << QStringLiteral("[1, \"a\"]") << QJsonValue(QJsonArray{1, QStringLiteral("a")});
        QTest::newRow("object") << QStringLiteral("{\"a\": 1}") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
        QTest::newRow("quoted stays text") << QStringLiteral("\"q\"") << QJsonValue(QStringLiteral("\"q\""));
        QTest::newRow("broken object") << QStringLiteral("{bad") << QJsonValue(QStringLiteral("{bad"));
        QTest::newRow("two values") << QStringLiteral("1, 2") << QJsonValue(QStringLiteral("1, 2"));
        QTest::newRow("bracket trick") << QStringLiteral("1],[2") << QJsonValue(QStringLiteral("1],[2"));
        QTest::newRow("empty") << QString() << QJsonValue(QString());
        QTest::newRow("True is text") << QStringLiteral("True") << QJsonValue(QStringLiteral("True"));
    }

    void periodsValueFromText()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, value);
        const QJsonValue parsed = PeriodsEditor::valueFromText(text);
        QCOMPARE(parsed.type(), value.type());
        QCOMPARE(parsed, value);
    }

    void periodsEditValuesKeepsTheRest()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        editor->setPeriods(jsonArray(R"([{"day":"mon","from":"08:00","x-unknown":{"a":[1,2]}}, 42, "raw"])"));
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);

        editCell(p.table, rowOfKey(p.table, QStringLiteral("from")), 1, QStringLiteral("09:30"));
        QCOMPARE(edited.count(), 1);
        const QJsonArray expected = jsonArray(
            R"([{"day":"mon","from":"09:30","x-unknown":{"a":[1,2]}}, 42, "raw"])");
        QCOMPARE(edited.at(0).at(0).toJsonArray(), expected);
        QCOMPARE(editor->periods(), expected);
        QVERIFY(p.list->item(0)->text().contains(QLatin1String("from=09:30")));
        QCOMPARE(QJsonDocument::fromJson(p.json->toPlainText().toUtf8()).array(), expected);

        // A JSON literal becomes JSON; anything else stays text.
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("3"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")), QJsonValue(3));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("[1,true]"));
        QCOMPARE(edited.count(), 3);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")),
                 QJsonValue(QJsonArray{1, true}));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("{oops"));
        QCOMPARE(edited.count(), 4);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")),
                 QJsonValue(QStringLiteral("{oops")));
        // Typing the same value again is no change.
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("{oops"));
        QCOMPARE(edited.count(), 4);

        const QJsonArray after = editor->periods();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("x-unknown")),
                 QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}));
        QCOMPARE(after.at(1), QJsonValue(42));
        QCOMPARE(after.at(2), QJsonValue(QStringLiteral("raw")));
    }

    void periodsRenameKeys()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        const QJsonArray original = jsonArray(R"([{"day":"mon","to":"17:00","zz":[1]}, 7])");
        editor->setPeriods(original);
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);

        editCell(p.table, rowOfKey(p.table, QStringLiteral("to")), 0, QStringLiteral("until"));
        QCOMPARE(edited.count(), 1);
        const QJsonArray renamed = jsonArray(R"([{"day":"mon","until":"17:00","zz":[1]}, 7])");
        QCOMPARE(editor->periods(), renamed);
        QVERIFY(p.message->isHidden());

        // A duplicate name is refused, visibly, and the old one kept.
        const int untilRow = rowOfKey(p.table, QStringLiteral("until"));
        editCell(p.table, untilRow, 0, QStringLiteral("day"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(editor->periods(), renamed);
        QCOMPARE(p.table->item(untilRow, 0)->text(), QStringLiteral("until"));
        QVERIFY(!p.message->isHidden());
        QVERIFY2(p.message->text().contains(QLatin1String("day")), qPrintable(p.message->text()));

        // So is an empty one.
        editCell(p.table, untilRow, 0, QStringLiteral("  "));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(p.table->item(untilRow, 0)->text(), QStringLiteral("until"));
        QVERIFY(!p.message->isHidden());

        // The value travels with the key, whatever its type.
        editCell(p.table, rowOfKey(p.table, QStringLiteral("zz")), 0, QStringLiteral("list"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("list")), QJsonValue(QJsonArray{1}));
        QVERIFY(p.message->isHidden());
        QCOMPARE(editor->periods().at(1), QJsonValue(7));
    }

    void periodsAddRemoveKeysAndPeriods()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        editor->setPeriods(jsonArray(R"([{"day":"mon","k":{"deep":[null]}}, "raw"])"));
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);

        // A new key joins once it is named; cancelling leaves nothing behind.
        QTest::mouseClick(p.addKey, Qt::LeftButton);
        QCOMPARE(p.table->rowCount(), 3);
        QVERIFY(focusedLineEdit());
        QTest::keyClick(focusedLineEdit(), Qt::Key_Escape);
        QCOMPARE(p.table->rowCount(), 2);
        QCOMPARE(edited.count(), 0);

        QTest::mouseClick(p.addKey, Qt::LeftButton);
        typeAndEnter(QStringLiteral("note"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("note")), QJsonValue(QString()));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("note")), 1, QStringLiteral("night shift"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("note")),
                 QJsonValue(QStringLiteral("night shift")));

        // A new key may not take an existing name.
        QTest::mouseClick(p.addKey, Qt::LeftButton);
        typeAndEnter(QStringLiteral("day"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(p.table->rowCount(), 3);
        QVERIFY(!child<QLabel>(editor, "messageLabel")->isHidden());

        // Remove a key with the button, another with Delete.
        p.table->setCurrentCell(rowOfKey(p.table, QStringLiteral("note")), 0);
        QTest::mouseClick(p.removeKey, Qt::LeftButton);
        QCOMPARE(edited.count(), 3);
        QVERIFY(!editor->periods().at(0).toObject().contains(QStringLiteral("note")));
        p.table->setFocus();
        p.table->setCurrentCell(rowOfKey(p.table, QStringLiteral("day")), 0);
        QTest::keyClick(p.table, Qt::Key_Delete);
        QCOMPARE(edited.count(), 4);
        QCOMPARE(editor->periods(), jsonArray(R"([{"k":{"deep":[null]}}, "raw"])"));

        // Periods: add an empty one (selected), remove one.
        QTest::mouseClick(p.addPeriod, Qt::LeftButton);
        QCOMPARE(edited.count(), 5);
        QCOMPARE(editor->periods(), jsonArray(R"([{"k":{"deep":[null]}}, "raw", {}])"));
        QCOMPARE(p.list->currentRow(), 2);
        QCOMPARE(p.list->item(2)->text(), QStringLiteral("Period 3 (empty)"));
        p.list->setCurrentRow(0);
        QTest::mouseClick(p.removePeriod, Qt::LeftButton);
        QCOMPARE(edited.count(), 6);
        QCOMPARE(editor->periods(), jsonArray(R"(["raw", {}])"));
        p.list->setFocus();
        p.list->setCurrentRow(0);
        QTest::keyClick(p.list, Qt::Key_Delete);
        QCOMPARE(edited.count(), 7);
        QCOMPARE(editor->periods(), jsonArray(R"([{}])"));
        QTest::keyClick(p.list, Qt::Key_Insert);
        QCOMPARE(edited.count(), 8);
        QCOMPARE(editor->periods(), jsonArray(R"([{}, {}])"));
    }

    void periodsApplyJson()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        const QJsonArray original = jsonArray(R"([{"day":"mon"}])");
        editor->setPeriods(original);
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);
        QVERIFY(p.jsonError->isHidden());

        // Invalid JSON: the place is shown, nothing changes.
        p.json->setFocus();
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("["));
        QTest::keyClick(p.json, Qt::Key_Return);
        QTest::keyClicks(p.json, QStringLiteral("  {\"a\": 1,}"));
        QTest::keyClick(p.json, Qt::Key_Return);
        QTest::keyClicks(p.json, QStringLiteral("]"));
        QVERIFY(p.revert->isEnabled());
        QTest::mouseClick(p.apply, Qt::LeftButton);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(editor->periods(), original);
        QVERIFY(!p.jsonError->isHidden());
        QVERIFY2(p.jsonError->text().startsWith(QLatin1String("Line 2, column ")), qPrintable(p.jsonError->text()));
        QVERIFY(p.jsonError->styleSheet().contains(QLatin1String("color")));

        // Valid JSON but not an array.
        p.json->setFocus();
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("{\"a\": 1}"));
        QTest::keyClick(p.json, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edited.count(), 0);
        QVERIFY(!p.jsonError->isHidden());
        QCOMPARE(editor->periods(), original);

        // A valid array replaces everything, non-objects included (Ctrl+Return).
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("[{\"day\": \"tue\", \"q\": {\"z\": 1}}, [1, 2], null]"));
        QTest::keyClick(p.json, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edited.count(), 1);
        const QJsonArray applied = jsonArray(R"([{"day":"tue","q":{"z":1}}, [1,2], null])");
        QCOMPARE(edited.at(0).at(0).toJsonArray(), applied);
        QCOMPARE(editor->periods(), applied);
        QVERIFY(p.jsonError->isHidden());
        QCOMPARE(p.list->count(), 3);
        QCOMPARE(p.list->item(1)->text(), QStringLiteral("[1,2]"));
        QCOMPARE(p.list->item(2)->text(), QStringLiteral("null"));
        QCOMPARE(p.table->item(rowOfKey(p.table, QStringLiteral("day")), 1)->text(), QStringLiteral("tue"));
        QVERIFY(!p.revert->isEnabled());

        // The same array again (other spacing) is no change.
        p.json->setFocus();
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("[{\"q\":{\"z\":1},\"day\":\"tue\"},[1,2],null]"));
        QTest::mouseClick(p.apply, Qt::LeftButton);
        QCOMPARE(edited.count(), 1);

        // Unapplied text is kept over structured edits, and Revert throws it away.
        p.json->setFocus();
        QTest::keyClicks(p.json, QStringLiteral("junk"));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("wed"));
        QCOMPARE(edited.count(), 2);
        QVERIFY(p.json->toPlainText().contains(QLatin1String("junk")));
        QTest::mouseClick(p.revert, Qt::LeftButton);
        QCOMPARE(QJsonDocument::fromJson(p.json->toPlainText().toUtf8()).array(), editor->periods());
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")), QJsonValue(QStringLiteral("wed")));
        QCOMPARE(editor->periods().at(1), QJsonValue(QJsonArray{1, 2}));
        QCOMPARE(editor->periods().at(2), QJsonValue(QJsonValue::Null));
        QCOMPARE(edited.count(), 2);
    }

    void periodsProgrammaticSetIsSilent()
    {
        PeriodsEditor editor;
        QSignalSpy edited(&editor, &PeriodsEditor::periodsEdited);
        const QJsonArray periods = jsonArray(R"([{"a":1}, 2])");
        editor.setPeriods(periods);
        editor.setProperty("periods", QJsonArray());
        QCOMPARE(editor.periods(), QJsonArray());
        editor.setPeriods(periods);
        QCOMPARE(editor.property("periods").toJsonArray(), periods);
        QCOMPARE(edited.count(), 0);
    }

    void childWidgetsHaveNames()
    {
        // Stable names are how tests and accessibility tools find the parts.
        DurationEdit duration;
        StringListEdit list;
        UtcDateTimeEdit date;
        PeriodsEditor periods;
        for (const QWidget *widget : {static_cast<QWidget *>(&duration), static_cast<QWidget *>(&list),
                                      static_cast<QWidget *>(&date), static_cast<QWidget *>(&periods)}) {
            const auto children = widget->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
            for (const QWidget *c : children)
                QVERIFY2(!c->objectName().isEmpty(),
                         qPrintable(QStringLiteral("%1 in %2").arg(QString::fromLatin1(c->metaObject()->className()),
                                                                  QString::fromLatin1(widget->metaObject()->className()))));
        }
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
