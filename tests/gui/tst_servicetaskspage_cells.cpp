// The service task table's cells and the form's fields edited as the operator edits
// them: the name, the Enabled check box, code combos that keep unknown codes, intervals
// typed, refused and carried over, and the mouse wheel that changes only a focused field.
// On the real MainWindow, offscreen; what counts is what the database then holds.
#include "ServiceTasksPageTest.h"

class TestServiceTasksPageCells : public ServiceTasksPageTest
{
    Q_OBJECT

private slots:
    // 1. Type into the name cell; undo, redo.
    void nameCellEditUndoRedo()
    {
        QVERIFY(openSeeded());
        const QModelIndex index = cell(kNameA, Model::Name);
        QVERIFY(index.isValid());
        const int row = index.row();

        // F2 opens the editor on the current cell.
        clickCell(index);
        QTest::keyClick(table(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(cellEditor());
        QVERIFY(editor);
        QCOMPARE(editor->text(), kNameA);
        retype(editor, QStringLiteral("Обзвон клиентов"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model()->index(row, Model::Name).data().toString(), QStringLiteral("Обзвон клиентов"));
        QTRY_VERIFY(!cellEditor());
        QCOMPARE(stored(kUuidA)->local.name, QStringLiteral("Обзвон клиентов"));
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit Name"));
        QVERIFY2(action("undoAction")->text().contains(QLatin1String("Name")), qPrintable(action("undoAction")->text()));
        // The form shows the same record, and the same name.
        QCOMPARE(formChild<QLineEdit>("nameEdit")->text(), QStringLiteral("Обзвон клиентов"));

        // Undo, redo: by their shortcuts, from the table.
        press("undoAction", table());
        QTRY_COMPARE(model()->index(row, Model::Name).data().toString(), kNameA);
        QCOMPARE(stored(kUuidA)->local.name, kNameA);
        QCOMPARE(formChild<QLineEdit>("nameEdit")->text(), kNameA);
        press("redoAction", table());
        QTRY_COMPARE(model()->index(row, Model::Name).data().toString(), QStringLiteral("Обзвон клиентов"));
        QCOMPARE(stored(kUuidA)->local.name, QStringLiteral("Обзвон клиентов"));

        // Double-click opens it too; Escape leaves everything as it was.
        editor = qobject_cast<QLineEdit *>(doubleClickToEdit(model()->index(row, Model::Name)));
        QVERIFY(editor);
        retype(editor, QStringLiteral("never stored"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!cellEditor());
        QCOMPARE(model()->index(row, Model::Name).data().toString(), QStringLiteral("Обзвон клиентов"));

        // Enter on the current cell edits it (keyboard only), Enter commits.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        editor = qobject_cast<QLineEdit *>(cellEditor());
        QVERIFY2(editor, "Enter on a cell does not open its editor");
        retype(editor, QStringLiteral("Обзвон партнёров"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model()->index(row, Model::Name).data().toString(), QStringLiteral("Обзвон партнёров"));
        QCOMPARE(undoStack()->count(), 2);

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedByUuid(*ws, kUuidA);
        QVERIFY(record);
        QCOMPARE(record->local.name, QStringLiteral("Обзвон партнёров"));
        QCOMPARE(record->state, SyncState::New);
        QVERIFY(record->valid);
        QCOMPARE(ws->serviceTasks().count(true), 3);
    }

    // 2. The Enabled check box: in a cell (mouse on the box, Space) and in the form.
    void enabledCheckBoxInCellAndForm()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        QModelIndex enabledA = cell(kNameA, Model::Enabled);
        QCOMPARE(enabledA.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // A click on the box ticks it (the row selected first: a click on a check box
        // does not select its row, and the form shows the selected record).
        clickCell(cell(kNameA, Model::Name));
        const QRect box = checkRect(enabledA);
        QVERIFY(box.isValid());
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, box.center());
        QTRY_COMPARE(enabledA.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(stored(kUuidA)->local.isEnabled);
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit Enabled"));
        // The form follows.
        QCOMPARE(form()->currentId(), std::optional<qint64>(enabledA.data(Model::LocalIdRole).toLongLong()));
        QVERIFY(formChild<QCheckBox>("enabledCheck")->isChecked());

        // Space on the current cell unticks C (keyboard only: Right moves Name -> Enabled).
        clickCell(cell(kNameC, Model::Name));
        QTest::keyClick(table(), Qt::Key_Right);
        QCOMPARE(table()->currentIndex(), cell(kNameC, Model::Enabled));
        QTest::keyClick(table(), Qt::Key_Space);
        QTRY_COMPARE(cell(kNameC, Model::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!stored(uuidC)->local.isEnabled);
        QCOMPARE(undoStack()->count(), 2);

        // The form's check box on A: unticked again.
        clickCell(cell(kNameA, Model::Name));
        QCheckBox *check = formChild<QCheckBox>("enabledCheck");
        QVERIFY(check->isChecked());
        clickCheckBox(check);
        QTRY_VERIFY(!stored(kUuidA)->local.isEnabled);
        QCOMPARE(cell(kNameA, Model::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(undoStack()->count(), 3);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Disable"));
        // ... and ticked with the keyboard.
        check->setFocus(Qt::TabFocusReason);
        QTest::keyClick(check, Qt::Key_Space);
        QTRY_VERIFY(stored(kUuidA)->local.isEnabled);
        QCOMPARE(cell(kNameA, Model::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Undo the form's last step: the table and the form show it.
        press("undoAction", table());
        QTRY_VERIFY(!stored(kUuidA)->local.isEnabled);
        QVERIFY(!check->isChecked());

        auto ws = reopen();
        QVERIFY(ws);
        QVERIFY(!storedByUuid(*ws, kUuidA)->local.isEnabled);
        QVERIFY(!storedByUuid(*ws, uuidC)->local.isEnabled);
        QVERIFY(storedByUuid(*ws, kUuidB)->local.isEnabled);
    }

    // 3. Site mode in the cell's combo (known code picked, unknown codes typed);
    //    schedule in the form.
    void codeCombosKeepUnknownCodes()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);

        // Pick the next known code with the keyboard.
        QWidget *editor = doubleClickToEdit(cell(kNameA, Model::SiteMode));
        QVERIFY(editor);
        auto *combo = qobject_cast<CodeComboBox *>(editor);
        if (!combo)
            combo = qobject_cast<CodeComboBox *>(editor->parentWidget());
        QVERIFY2(combo, editor->metaObject()->className());
        QCOMPARE(combo->code(), QStringLiteral("all"));
        QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(combo->code(), QStringLiteral("firstsite"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cell(kNameA, Model::SiteMode).data().toString(), QStringLiteral("firstsite"));
        QTRY_VERIFY(!cellEditor());
        QCOMPARE(stored(kUuidA)->local.siteMode, QStringLiteral("firstsite"));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit Site mode"));

        // Type an unknown code: stored as typed, shown as it is.
        editor = doubleClickToEdit(cell(kNameA, Model::SiteMode));
        QVERIFY(editor);
        retype(editor, QStringLiteral("zz-custom"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cell(kNameA, Model::SiteMode).data().toString(), QStringLiteral("zz-custom"));
        QTRY_VERIFY(!cellEditor());
        QCOMPARE(stored(kUuidA)->local.siteMode, QStringLiteral("zz-custom"));
        QVERIFY(cell(kNameA, Model::SiteMode).data(Qt::ToolTipRole).toString().contains(QLatin1String("not known")));
        // The editor opens on it again, not on a known code.
        editor = doubleClickToEdit(cell(kNameA, Model::SiteMode));
        QVERIFY(editor);
        combo = qobject_cast<CodeComboBox *>(editor) ? qobject_cast<CodeComboBox *>(editor)
                                                      : qobject_cast<CodeComboBox *>(editor->parentWidget());
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("zz-custom"));
        QCOMPARE(combo->code(), QStringLiteral("zz-custom"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!cellEditor());

        // "list" typed on B.
        editor = doubleClickToEdit(cell(kNameB, Model::SiteMode));
        QVERIFY(editor);
        retype(editor, QStringLiteral("list"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cell(kNameB, Model::SiteMode).data().toString(), QStringLiteral("list"));
        QCOMPARE(stored(kUuidB)->local.siteMode, QStringLiteral("list"));

        // C's stored unknown code survives opening and confirming its editor untouched,
        // and an edit of another field.
        QCOMPARE(cell(kNameC, Model::SiteMode).data().toString(), QStringLiteral("list"));
        const int stepsBefore = undoStack()->count();
        editor = doubleClickToEdit(cell(kNameC, Model::SiteMode));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!cellEditor());
        QCOMPARE(stored(uuidC)->local.siteMode, QStringLiteral("list"));
        QCOMPARE(undoStack()->count(), stepsBefore);

        // The form's schedule: B's unknown "night-only" is shown as it is ...
        clickCell(cell(kNameB, Model::Name));
        auto *schedule = formChild<CodeComboBox>("scheduleCombo");
        QVERIFY(schedule);
        QCOMPARE(schedule->currentText(), QStringLiteral("night-only"));
        QCOMPARE(cell(kNameB, Model::Schedule).data().toString(), QStringLiteral("night-only"));
        // ... and kept when another field of the form is edited.
        auto *title = formChild<QLineEdit>("titleEdit");
        QTest::mouseClick(title, Qt::LeftButton, {}, QPoint(5, title->height() / 2));
        retype(title, QStringLiteral("Очистка на ночь"));
        QTest::keyClick(title, Qt::Key_Tab);
        QTRY_COMPARE(stored(kUuidB)->local.title(), QStringLiteral("Очистка на ночь"));
        QCOMPARE(stored(kUuidB)->local.schedule, QStringLiteral("night-only"));

        // Type an unknown schedule for A in the form.
        clickCell(cell(kNameA, Model::Name));
        QCOMPARE(schedule->code(), QStringLiteral("work"));
        QTest::mouseClick(schedule->lineEdit(), Qt::LeftButton, {}, QPoint(5, schedule->lineEdit()->height() / 2));
        retype(schedule->lineEdit(), QStringLiteral("offhours"));
        QTest::keyClick(schedule->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidA)->local.schedule, QStringLiteral("offhours"));
        QCOMPARE(cell(kNameA, Model::Schedule).data().toString(), QStringLiteral("offhours"));
        QCOMPARE(schedule->currentText(), QStringLiteral("offhours"));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit schedule"));
        // Known codes: typed in full, then the one above picked with the arrow key.
        retype(schedule->lineEdit(), QStringLiteral("work"));
        QTest::keyClick(schedule->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidA)->local.schedule, QStringLiteral("work"));
        QTest::keyClick(schedule->lineEdit(), Qt::Key_Up);
        QTRY_COMPARE(stored(kUuidA)->local.schedule, QStringLiteral("all"));
        QCOMPARE(cell(kNameA, Model::Schedule).data().toString(), QStringLiteral("all"));
        press("undoAction", table());
        press("undoAction", table());
        QTRY_COMPARE(stored(kUuidA)->local.schedule, QStringLiteral("offhours"));
        QCOMPARE(schedule->currentText(), QStringLiteral("offhours"));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedByUuid(*ws, kUuidA)->local.siteMode, QStringLiteral("zz-custom"));
        QCOMPARE(storedByUuid(*ws, kUuidA)->local.schedule, QStringLiteral("offhours"));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.siteMode, QStringLiteral("list"));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.schedule, QStringLiteral("night-only"));
        QCOMPARE(storedByUuid(*ws, uuidC)->local.siteMode, QStringLiteral("list"));
    }

    // 3b. An unknown code that begins like a known one ("first" for "firstsite", "wor"
    //     for "work") is an unknown code too: it must be kept as typed.
    void codeComboKeepsTypedPrefixOfKnownCode_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::newRow("sitemode first") << int(Model::SiteMode) << QStringLiteral("first");
        QTest::newRow("schedule wor") << int(Model::Schedule) << QStringLiteral("wor");
    }

    void codeComboKeepsTypedPrefixOfKnownCode()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QVERIFY(openSeeded());
        QWidget *editor = doubleClickToEdit(cell(kNameC, column));
        QVERIFY(editor);
        retype(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!cellEditor());
        const QString uuidC = uuidNamed(kNameC);
        const auto record = stored(uuidC);
        QCOMPARE(column == Model::SiteMode ? record->local.siteMode : record->local.schedule, typed);
        QCOMPARE(cell(kNameC, column).data().toString(), typed);
    }

    // 4a. The interval through the duration editor in a cell: the store has seconds,
    //     the cell shows "1 h"; Enter commits and closes the editor.
    void intervalInCell()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        QCOMPARE(cell(kNameC, Model::Interval).data().toString(), QStringLiteral("0 s"));
        QCOMPARE(cell(kNameA, Model::Interval).data().toString(), QStringLiteral("1 h"));

        QWidget *editor = doubleClickToEdit(cell(kNameC, Model::Interval));
        QVERIFY(editor);
        auto *hours = qobject_cast<QSpinBox *>(editor);
        QVERIFY2(hours, editor->metaObject()->className());
        QCOMPARE(hours->objectName(), QStringLiteral("hoursSpin"));
        retype(hours, QStringLiteral("1"));
        QTest::keyClick(hours, Qt::Key_Return);
        QTRY_COMPARE(cell(kNameC, Model::Interval).data().toString(), QStringLiteral("1 h"));
        QCOMPARE(cell(kNameC, Model::Interval).data(Qt::EditRole).toLongLong(), 3600);
        QCOMPARE(stored(uuidC)->local.intervalSec, 3600);
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit Interval"));
        // Enter ends the edit, as in every other cell: no editor is left open.
        QTest::qWait(0);
        QVERIFY2(!cellEditor(), "Enter committed the interval, but an editor is open on the cell again");

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedByUuid(*ws, uuidC)->local.intervalSec, 3600);
    }

    // 4a'. The calendar of a date cell's editor, from the keyboard: days passed over and
    // left with Esc change nothing; a day picked is the cell's new value when the edit ends.
    void calendarInADateCell()
    {
        QVERIFY(openSeeded());
        const QString uuidA = uuidNamed(kNameA);
        const QDateTime before = stored(uuidA)->local.dtStart.toUtc();
        QWidget *editor = doubleClickToEdit(cell(kNameA, Model::Start));
        QVERIFY(editor);
        auto *box = qobject_cast<QDateTimeEdit *>(editor); // the focus: the date box of the editor
        QVERIFY2(box, editor->metaObject()->className());
        QAbstractItemView *days = GuiTest::openCalendarByKey(box, Qt::Key_F4);
        QVERIFY(days);
        QTest::keyClick(days, Qt::Key_Down);
        QTest::keyClick(days, Qt::Key_Escape);
        QTRY_VERIFY(!days->isVisible());
        QVERIFY(cellEditor()); // Esc closed the calendar, not the cell's editor
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!cellEditor());
        QCOMPARE(stored(uuidA)->local.dtStart.toUtc(), before);
        QCOMPARE(undoStack()->count(), 0);

        editor = doubleClickToEdit(cell(kNameA, Model::Start));
        QVERIFY(editor);
        box = qobject_cast<QDateTimeEdit *>(editor);
        QVERIFY(box);
        days = GuiTest::openCalendarByKey(box, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(days);
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!days->isVisible());
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidA)->local.dtStart.toUtc(), before.addDays(1));
        QCOMPARE(undoStack()->count(), 1);
    }

    // 4b. The interval in the form; moving between its boxes is not a commit.
    void intervalInForm()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameA, Model::Name));
        auto *interval = formChild<DurationEdit>("intervalEdit");
        QVERIFY(interval->isEnabled()); // A is regular
        QCOMPARE(interval->seconds(), 3600);
        auto *minutes = interval->findChild<QSpinBox *>(QStringLiteral("minutesSpin"));
        auto *seconds = interval->findChild<QSpinBox *>(QStringLiteral("secondsSpin"));
        QTest::mouseClick(minutes, Qt::LeftButton, {}, QPoint(5, minutes->height() / 2));
        QTRY_COMPARE(QApplication::focusWidget(), minutes);
        retype(minutes, QStringLiteral("30"));
        QTest::keyClick(minutes, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), seconds);
        QCOMPARE(undoStack()->count(), 0);
        QTest::keyClick(seconds, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidA)->local.intervalSec, 5400);
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(cell(kNameA, Model::Interval).data().toString(), QStringLiteral("1 h 30 min"));
        QCOMPARE(interval->seconds(), 5400);

        // The interval of a task that does not run regularly is kept but not editable.
        clickCell(cell(kNameC, Model::Name));
        QVERIFY(!interval->isEnabled());
        QCOMPARE(interval->seconds(), 0);

        // Undo, redo.
        press("undoAction", table());
        QTRY_COMPARE(stored(kUuidA)->local.intervalSec, 3600);
        QCOMPARE(cell(kNameA, Model::Interval).data().toString(), QStringLiteral("1 h"));
        press("redoAction", table());
        QTRY_COMPARE(stored(kUuidA)->local.intervalSec, 5400);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedByUuid(*ws, kUuidA)->local.intervalSec, 5400);
        QCOMPARE(storedByUuid(*ws, uuidC)->local.intervalSec, 0);
    }

    // 4c. Typed text in the Interval cell is read as the README says: "90m",
    //     "1 ч 30 мин", "01:30:00" are 1 h 30 min, whichever box the typing lands in.
    //     Typing starts the editor, as in every cell; Enter commits it once.
    void typedIntervalInCell_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("90m") << QStringLiteral("90m") << qint64(5400);
        QTest::newRow("russian units") << QStringLiteral("1 ч 30 мин") << qint64(5400);
        QTest::newRow("clock") << QStringLiteral("01:30:00") << qint64(5400);
        QTest::newRow("plain hours") << QStringLiteral("2") << qint64(7200);
        QTest::newRow("days and hours") << QStringLiteral("1d 2h") << qint64(93600);
    }

    void typedIntervalInCell()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, seconds);
        // The second commit of an editor the view had already closed.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("commitData called with an editor")));
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameC, Model::Interval));
        type(table(), typed.left(1));
        QWidget *editor = cellEditor();
        QVERIFY(editor);
        QCOMPARE(editor->objectName(), QStringLiteral("hoursSpin"));
        type(editor, typed.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidC)->local.intervalSec, seconds);
        QCOMPARE(cell(kNameC, Model::Interval).data(Qt::EditRole).toLongLong(), seconds);
        QCOMPARE(undoStack()->count(), 1);
        QTest::qWait(50); // the queued commits have run
        QVERIFY(!cellEditor());
        QCOMPARE(undoStack()->count(), 1);
    }

    // 4d. Text that is no duration is refused where it was typed: the editor stays open
    //     with the text and a visible reason, and nothing is stored.
    void typedIntervalRefusedInCell()
    {
        QVERIFY(openSeeded());
        const QString uuidA = kUuidA;
        clickCell(cell(kNameA, Model::Interval));
        type(table(), QStringLiteral("9"));
        QPointer<QWidget> editor = cellEditor();
        QVERIFY(editor);
        type(editor, QStringLiteral("0 parsecs"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(50);
        QVERIFY2(editor && cellEditor() == editor, "the editor of the refused text was closed");
        auto *box = qobject_cast<QSpinBox *>(editor.data());
        QVERIFY(box);
        QCOMPARE(box->cleanText(), QStringLiteral("90 parsecs"));
        QVERIFY2(QToolTip::isVisible(), "the refusal is not shown");
        QVERIFY2(QToolTip::text().contains(QStringLiteral("is not a duration")), qPrintable(QToolTip::text()));
        auto *duration = qobject_cast<DurationEdit *>(editor->parentWidget());
        QVERIFY(duration);
        QCOMPARE(duration->refusal(), QToolTip::text());
        QCOMPARE(stored(uuidA)->local.intervalSec, 3600);
        QCOMPARE(undoStack()->count(), 0);

        // Corrected, it is taken.
        retype(editor, QStringLiteral("90m"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidA)->local.intervalSec, 5400);
        QCOMPARE(undoStack()->count(), 1);
    }

    // 4g. Interval text typed in a cell and not committed yet is taken when a shortcut
    //     moves the table to another row (New): not the value from before it.
    void typedIntervalTakenWhenTheRowChanges()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameC, Model::Interval));
        type(table(), QStringLiteral("9"));
        QWidget *editor = cellEditor();
        QVERIFY(editor);
        type(editor, QStringLiteral("0m"));
        press("newAction", editor);
        QTRY_COMPARE(model()->rowCount(), 4);
        QTRY_COMPARE(stored(uuidC)->local.intervalSec, 5400);
    }

    // 4e. The minutes box keeps every digit: 90 minutes carry over into the hours.
    void minutesCarryOverInForm()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameA, Model::Name)); // 1 h
        auto *interval = formChild<DurationEdit>("intervalEdit");
        auto *minutes = interval->findChild<QSpinBox *>(QStringLiteral("minutesSpin"));
        QTest::mouseClick(minutes, Qt::LeftButton, {}, QPoint(5, minutes->height() / 2));
        QTRY_COMPARE(QApplication::focusWidget(), minutes);
        retype(minutes, QStringLiteral("90"));
        QCOMPARE(minutes->cleanText(), QStringLiteral("90"));
        QTest::keyClick(minutes, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidA)->local.intervalSec, 3600 + 5400);
        QCOMPARE(interval->seconds(), 3600 + 5400);
        QCOMPARE(minutes->value(), 30);
        QCOMPARE(cell(kNameA, Model::Interval).data().toString(), QStringLiteral("2 h 30 min"));
        QCOMPARE(undoStack()->count(), 1);
    }

    // 4f. The wheel over a field the operator is not in scrolls the form and changes
    //     nothing; in the focused field it steps the value as usual.
    void wheelChangesOnlyTheFocusedField()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameC, Model::Name));
        const ServiceTask before = stored(uuidC)->local;
        auto *start = formChild<UtcDateTimeEdit>("startEdit")->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
        auto *schedule = formChild<CodeComboBox>("scheduleCombo");
        auto *siteMode = formChild<CodeComboBox>("siteModeCombo");
        auto *hours = formChild<DurationEdit>("intervalEdit")->findChild<QSpinBox *>(QStringLiteral("hoursSpin"));
        QVERIFY(start && schedule && siteMode && hours);
        const QDateTime startShown = start->dateTime();
        const QString scheduleShown = schedule->currentText();
        auto *scroll = form()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        // A form taller than its room, at a width the window supports (1024 px and up; the
        // offscreen screen is narrower, and the first start fits the window to it).
        m_window->resize(1280, 320);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        QTest::qWait(50); // the layout has settled
        const int scrolledBefore = scroll->verticalScrollBar()->value();

        for (QWidget *field : QList<QWidget *>{start, schedule, siteMode, hours}) {
            QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
            wheel(field, -1);
            QVERIFY2(!field->hasFocus(), qPrintable(field->objectName()));
        }
        QCOMPARE(start->dateTime(), startShown);
        QCOMPARE(schedule->currentText(), scheduleShown);
        QCOMPARE(undoStack()->count(), 0);
        QVERIFY(stored(uuidC)->local == before);
        QVERIFY2(scroll->verticalScrollBar()->value() != scrolledBefore, "the form did not scroll");

        // In focus, the wheel is the field's own.
        start->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(start->hasFocus());
        wheel(start, 1);
        QVERIFY(start->dateTime() != startShown);
    }
};

QTEST_MAIN(TestServiceTasksPageCells)
#include "tst_servicetaskspage_cells.moc"
