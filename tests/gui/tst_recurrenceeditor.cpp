// The RecurrenceEditor driven offscreen as a user would: its controls filled from a rule,
// the user's changes, a raw rule typed (refused, applied on focus out, rules the controls
// cannot show), exceptions, and the preview of the last and next occurrences. Local time
// is Europe/Moscow (UTC+3) so that local and UTC differ.
#include "RecurrenceTest.h"
#include "WidgetHost.h"

#include "widgets/ExceptionEdits.h"
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

using namespace RecurrenceTest;

namespace {

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

// The editor in a window of its own, beside a line edit to move the focus to.
struct Host : HostOf<RecurrenceEditor>
{
    Host() : HostOf(QSize(450, 700)) {}

    // Shows a series that starts at `start`, as seen at `now`; false when the window never
    // shows.
    bool showSeries(const QDateTime &start, const QDateTime &now, const QString &rule,
                    const QString &exceptions = {})
    {
        editor->setStart(start);
        editor->setReferenceTime(now);
        editor->setRecurrence(rule, exceptions);
        return show();
    }

    RecurrenceEditor *const editor = widget;
};

} // namespace

class TestRecurrenceEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

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
    void exceptionEditsRefuseNonsense();
};

void TestRecurrenceEditor::initTestCase()
{
    QVERIFY2(setUpZoneAndLocale(), "local time is not UTC+3");
}

void TestRecurrenceEditor::editorChildren()
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

void TestRecurrenceEditor::editorFillsControls()
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

void TestRecurrenceEditor::editorKeepsGivenStrings()
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

void TestRecurrenceEditor::editorUserChanges()
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

void TestRecurrenceEditor::editorInvalidRawRule()
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

void TestRecurrenceEditor::editorRawRuleOnFocusOut()
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

void TestRecurrenceEditor::editorNonSimpleRule()
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

void TestRecurrenceEditor::editorInvalidGivenRule()
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

void TestRecurrenceEditor::editorExceptions()
{
    Host host;
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 3, 1),
                            QStringLiteral("FREQ=DAILY;COUNT=5")));
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

void TestRecurrenceEditor::editorPreview()
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

void TestRecurrenceEditor::editorPreviewFinishedSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 4, 1),
                            QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"),
                            QStringLiteral("20230307T180000Z")));
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

void TestRecurrenceEditor::editorPreviewRunningSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 3, 14),
                            QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR;COUNT=8"),
                            QStringLiteral("20230310T180000Z,20230320")));
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

void TestRecurrenceEditor::editorPreviewLongRunningSeries()
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

void TestRecurrenceEditor::editorPreviewToggleOccurrence()
{
    Host host;
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 3, 1),
                            QStringLiteral("FREQ=DAILY;COUNT=4")));
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

// What the exception commands make of odd input: the same instant twice, positions that
// repeat or lie outside the list, an occurrence no exception removes, a whole day.
void TestRecurrenceEditor::exceptionEditsRefuseNonsense()
{
    const auto recurrence = Recurrence::parse(
        QStringLiteral("FREQ=DAILY"), QStringLiteral("20230309T180000Z,20230307,20230308T180000Z"));
    QVERIFY(recurrence);

    // Added in time order; already there: no change at all.
    QCOMPARE(ExceptionEdits::added(*recurrence, utc(2023, 3, 6, 18)),
             std::optional<QString>(
                 QStringLiteral("20230306T180000Z,20230307,20230308T180000Z,20230309T180000Z")));
    QCOMPARE(ExceptionEdits::added(*recurrence, utc(2023, 3, 8, 18)), std::nullopt);
    QCOMPARE(ExceptionEdits::added(*recurrence, QDateTime()), std::nullopt);

    // Positions: a repeated one removes one entry, those outside the list nothing.
    QCOMPARE(ExceptionEdits::withoutEntries(*recurrence, {2, 2, -1, 3, 99}),
             QStringLiteral("20230309T180000Z,20230307"));
    QCOMPARE(ExceptionEdits::withoutEntries(*recurrence, {}), recurrence->exceptionsText());
    QCOMPARE(ExceptionEdits::withoutEntries(*recurrence, {0, 1, 2}), QString());

    // Brought back: the whole day goes with its occurrence; an instant nothing removes
    // changes nothing.
    QCOMPARE(ExceptionEdits::restored(*recurrence, utc(2023, 3, 7, 18)),
             QStringLiteral("20230309T180000Z,20230308T180000Z"));
    QCOMPARE(ExceptionEdits::restored(*recurrence, utc(2023, 3, 10, 18)),
             recurrence->exceptionsText());
}

QTEST_MAIN(TestRecurrenceEditor)
#include "tst_recurrenceeditor.moc"
