// The RecurrenceEditor driven offscreen as a user would: its named controls, the controls
// filled from a rule, the strings it was given kept as they were, and the user's changes
// to the controls, each one recurrenceEdited.
#include "GuiActions.h"
#include "RecurrenceEditorTest.h"

#include <QAbstractItemView>
#include <QCalendarWidget>

using namespace RecurrenceTest;

class TestRecurrenceEditorControls : public RecurrenceEditorTest
{
    Q_OBJECT

private slots:
    void editorChildren();
    void editorFillsControls();
    void editorKeepsGivenStrings();
    void editorUserChanges();
};

void TestRecurrenceEditorControls::editorChildren()
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

void TestRecurrenceEditorControls::editorFillsControls()
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

void TestRecurrenceEditorControls::editorKeepsGivenStrings()
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

void TestRecurrenceEditorControls::editorUserChanges()
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

    // Its calendar is one choice: days passed over and left with Esc are no edit at all,
    // a day picked is one edit however many were passed over.
    auto *days = GuiTest::openCalendarByKey(until, Qt::Key_F4);
    QVERIFY(days);
    auto *calendar = until->findChild<QCalendarWidget *>();
    QTest::keyClick(days, Qt::Key_Down);
    QTest::keyClick(days, Qt::Key_Down);
    QTest::keyClick(days, Qt::Key_Escape);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(until->date(), QDate(2023, 4, 5));
    QCOMPARE(GuiTest::openCalendarByKey(until, Qt::Key_Down, Qt::AltModifier), days);
    QTest::keyClick(days, Qt::Key_Down);
    QTest::keyClick(days, Qt::Key_Left);
    QTest::keyClick(days, Qt::Key_Return);
    QTRY_VERIFY(!calendar->isVisible());
    QVERIFY(expectOne(QStringLiteral("FREQ=WEEKLY;UNTIL=20230411T180000Z;INTERVAL=2;BYDAY=MO,WE")));

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

QTEST_MAIN(TestRecurrenceEditorControls)
#include "tst_recurrenceeditor_controls.moc"
