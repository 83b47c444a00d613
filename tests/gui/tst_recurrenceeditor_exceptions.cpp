// The RecurrenceEditor's exceptions driven offscreen as a user would (added, removed,
// shown in local time), and the edits of exceptions that refuse nonsense.
#include "RecurrenceEditorTest.h"

using namespace RecurrenceTest;

class TestRecurrenceEditorExceptions : public RecurrenceEditorTest
{
    Q_OBJECT

private slots:
    void editorExceptions();
    void exceptionEditsRefuseNonsense();
};

void TestRecurrenceEditorExceptions::editorExceptions()
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

// What the exception commands make of odd input: the same instant twice, positions that
// repeat or lie outside the list, an occurrence no exception removes, a whole day.
void TestRecurrenceEditorExceptions::exceptionEditsRefuseNonsense()
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

QTEST_MAIN(TestRecurrenceEditorExceptions)
#include "tst_recurrenceeditor_exceptions.moc"
