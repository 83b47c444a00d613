// The step tree of the task series page: a series built from nothing as the seed, steps
// and actions reordered with buttons, keys and drag and drop, Delete on the tree only,
// and typed text that survives a click elsewhere.
// On the real MainWindow, offscreen; what counts is what the database then holds.
#include "SeriesPageTest.h"

class TestSeriesPageSteps : public SeriesPageTest
{
    Q_OBJECT

    // "action 1" made a number in its type box, its Minimum and Maximum then enabled.
    void makeAction1ANumber()
    {
        DO(clickItem(item(QStringLiteral("action 1"))));
        auto *typeCombo = editorChild<CodeComboBox>("actionTypeCombo");
        DO(clickInto(typeCombo->lineEdit()));
        for (int i = 0; i < 8 && typeCombo->code() != QLatin1String("NUMBER"); ++i)
            QTest::keyClick(typeCombo->lineEdit(), Qt::Key_Down);
        QTRY_COMPARE(stored()->local.steps.at(0).actions.at(0).type, QStringLiteral("NUMBER"));
        QTRY_VERIFY(editorChild<QLineEdit>("maxValueEdit")->isEnabled());
    }

private slots:
    // 1. The seed series built from nothing by clicking and typing; its export is the
    //    seed body without the ids the server gave it. Then every step is undone (back
    //    to no series) and redone, and the database file holds it after a restart.
    void buildSeedSeriesFromNothing()
    {
        QVERIFY(newDatabase(false));
        QVERIFY(openWindow());
        DO(goToSeriesByClick());
        QAbstractItemModelTester tester(tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        DO(press("newAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(store().count(), 1);
        QCOMPARE(undoStack()->count(), 1);
        auto *name = formChild<QLineEdit>("seriesNameEdit");
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        retype(name, QStringLiteral("task 1"));
        QTest::keyClick(name, Qt::Key_Tab);
        QTRY_VERIFY(stored());
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("task 1"));

        // A description typed, then erased: stored as null, as the seed has it.
        auto *description = formChild<QPlainTextEdit>("descriptionEdit");
        DO(clickInto(description));
        type(description, QStringLiteral("Обход"));
        QTest::keyClick(description, Qt::Key_Tab);
        QTRY_COMPARE(stored()->local.description, std::optional<QString>(QStringLiteral("Обход")));
        DO(clickInto(description));
        retype(description, QString());
        QTest::keyClick(description, Qt::Key_Tab);
        QTRY_VERIFY(!stored()->local.description.has_value());

        // Start and end typed in local time (UTC+7), stored in UTC.
        DO(typeDateTime(formChild<UtcDateTimeEdit>("seriesStartEdit"), QDateTime(QDate(2023, 3, 6), QTime(18, 0), Qt::UTC)));
        QTRY_COMPARE(stored()->local.startAt.toWire(), QStringLiteral("2023-03-06T18:00:00.000Z"));
        DO(typeDateTime(formChild<UtcDateTimeEdit>("seriesEndEdit"), QDateTime(QDate(2023, 3, 6), QTime(21, 0), Qt::UTC)));
        QTRY_COMPARE(stored()->local.endAt.toWire(), QStringLiteral("2023-03-06T21:00:00.000Z"));
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Start).data().toString(), QStringLiteral("2023-03-07 01:00"));

        // MAJOR picked in the combo (the one after NORMAL).
        auto *priority = formChild<CodeComboBox>("priorityCombo");
        QCOMPARE(priority->code(), QStringLiteral("NORMAL"));
        DO(clickInto(priority->lineEdit()));
        QTest::keyClick(priority->lineEdit(), Qt::Key_Down);
        QTRY_COMPARE(stored()->local.priority, QStringLiteral("MAJOR"));
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Priority).data().toString(), QStringLiteral("Major"));

        // The three check boxes: order on; strict time and deadline on and off again.
        DO(clickCheckBox(formChild<QCheckBox>("orderedCheck")));
        QTRY_VERIFY(stored()->local.orderStepsRequired);
        DO(clickCheckBox(formChild<QCheckBox>("strictTimeCheck")));
        QTRY_VERIFY(stored()->local.strictTimeRequired);
        DO(clickCheckBox(formChild<QCheckBox>("strictTimeCheck")));
        QTRY_VERIFY(!stored()->local.strictTimeRequired);
        DO(clickCheckBox(formChild<QCheckBox>("deadlinedCheck")));
        QTRY_VERIFY(stored()->local.deadlined);
        DO(clickCheckBox(formChild<QCheckBox>("deadlinedCheck")));
        QTRY_VERIFY(!stored()->local.deadlined);
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::OrderedSteps).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        DO(addListItem(formChild<StringListEdit>("tagsEdit"), QStringLiteral("task 1")));
        QTRY_COMPARE(stored()->local.tags, QStringList{QStringLiteral("task 1")});
        DO(addListItem(formChild<StringListEdit>("assigneesEdit"), kAssignee));
        QTRY_COMPARE(stored()->local.assigneeIds, QStringList{kAssignee});
        auto *location = formChild<QLineEdit>("locationEdit");
        DO(clickInto(location));
        type(location, kLocation);
        QTest::keyClick(location, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.locationId, kLocation);
        QVERIFY(stored()->valid);
        QVERIFY(!formChild<QLabel>("seriesValidationSummary")->isVisible());

        // Steps and actions.
        DO(showStepsTab());
        DO(clickButton(stepButton("addStepAction")));
        QTRY_VERIFY(treeEditor());
        auto *editor = qobject_cast<QLineEdit *>(treeEditor());
        QVERIFY(editor);
        retype(editor, QStringLiteral("step 1"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(storedLayout(), QStringLiteral("step 1[]"));
        QTRY_VERIFY(!treeEditor());
        QCOMPARE(tree()->currentIndex().siblingAtColumn(0), item(QStringLiteral("step 1")));
        QCOMPARE(stored()->local.steps.at(0).seriesId, QString());

        auto *pointId = editorChild<QLineEdit>("pointIdEdit");
        QVERIFY(pointId->isVisible());
        DO(clickInto(pointId));
        type(pointId, kPoint);
        QTest::keyClick(pointId, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.steps.at(0).pointId, kPoint);

        DO(clickButton(stepButton("addActionAction")));
        QTRY_VERIFY(treeEditor());
        editor = qobject_cast<QLineEdit *>(treeEditor());
        QVERIFY(editor);
        retype(editor, QStringLiteral("action 1"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(storedLayout(), QStringLiteral("step 1[action 1]"));
        QTRY_VERIFY(!treeEditor());

        // Type in the tree's cell editor: the next code (TEXT) picked with the keyboard ...
        QWidget *cell = doubleClickToEdit(item(QStringLiteral("action 1"), StepActionModel::Type));
        CodeComboBox *combo = comboOf(cell);
        QVERIFY2(combo, cell ? cell->metaObject()->className() : "no editor");
        QCOMPARE(combo->code(), QStringLiteral("BOOLEAN"));
        QTest::keyClick(cell, Qt::Key_Down);
        QCOMPARE(combo->code(), QStringLiteral("TEXT"));
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.steps.at(0).actions.at(0).type, QStringLiteral("TEXT"));
        QTRY_VERIFY(!treeEditor());
        // ... and BOOLEAN again in the details' combo.
        auto *typeCombo = editorChild<CodeComboBox>("actionTypeCombo");
        QVERIFY(typeCombo->isVisible());
        QCOMPARE(typeCombo->code(), QStringLiteral("TEXT"));
        DO(clickInto(typeCombo->lineEdit()));
        QTest::keyClick(typeCombo->lineEdit(), Qt::Key_Up);
        QTRY_COMPARE(stored()->local.steps.at(0).actions.at(0).type, QStringLiteral("BOOLEAN"));
        QCOMPARE(item(QStringLiteral("action 1"), StepActionModel::Type).data(Qt::EditRole).toString(), QStringLiteral("BOOLEAN"));

        // The second action: Insert on the tree adds it after the current one.
        DO(clickItem(item(QStringLiteral("action 1"))));
        QTest::keyClick(tree(), Qt::Key_Insert);
        QTRY_VERIFY(treeEditor());
        editor = qobject_cast<QLineEdit *>(treeEditor());
        QVERIFY(editor);
        retype(editor, QStringLiteral("action 2"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(storedLayout(), QStringLiteral("step 1[action 1,action 2]"));
        QTRY_VERIFY(!treeEditor());
        // TEXT typed in its Type cell.
        cell = doubleClickToEdit(item(QStringLiteral("action 2"), StepActionModel::Type));
        QVERIFY(comboOf(cell));
        retype(cell, QStringLiteral("TEXT"));
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.steps.at(0).actions.at(1).type, QStringLiteral("TEXT"));
        QTRY_VERIFY(!treeEditor());
        // Required ticked in the details.
        DO(clickItem(item(QStringLiteral("action 2"))));
        DO(clickCheckBox(editorChild<QCheckBox>("requiredCheck")));
        QTRY_VERIFY(stored()->local.steps.at(0).actions.at(1).required);
        QCOMPARE(item(QStringLiteral("action 2"), StepActionModel::Required).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        const QString summary = editorChild<QLabel>("stepSummaryLabel")->text();
        QVERIFY2(summary.contains(QLatin1String("1 step")) && summary.contains(QLatin1String("2 actions"))
                     && summary.contains(QLatin1String("1 required")), qPrintable(summary));
        QVERIFY(stored()->valid);

        // The export is the seed, except for the ids only a server gives. Nothing else
        // may differ: every field, `order` included, must come out as the seed has it.
        const QJsonObject expected = withoutSeriesIds(seedJson());
        const QJsonObject exported = exportedSeries(QStringLiteral("task 1"));
        COMPARE_JSON(exported, expected);

        // Every step undone: back to no series at all; then all redone.
        const int edits = undoStack()->count();
        QVERIFY(edits >= 20);
        while (undoStack()->canUndo())
            undoStack()->undo();
        QCOMPARE(store().count(true), 0);
        QCOMPARE(tableModel()->rowCount(), 0);
        while (undoStack()->canRedo())
            undoStack()->redo();
        QCOMPARE(undoStack()->count(), edits);
        QCOMPARE(tableModel()->rowCount(), 1);
        COMPARE_JSON(exportedSeries(QStringLiteral("task 1")), expected);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->series().count(true), 1);
        const auto record = storedNamed(*ws, QStringLiteral("task 1"));
        QVERIFY(record);
        QVERIFY(record->valid);
        QCOMPARE(record->state, SyncState::New);
        COMPARE_JSON(TaskSeriesCodec::encode(record->local), expected);
    }

    // 2. Reordering with the Up/Down buttons and Ctrl+Up/Ctrl+Down, within and across
    //    steps; each undone with Ctrl+Z and redone.
    void reorderWithButtonsAndKeys()
    {
        openSeededSteps();
        if (QTest::currentTestFailed())
            return;
        const QString seed = QStringLiteral("step 1[action 1,action 2] step 2[action 3,action 4] step 3[]");
        QCOMPARE(storedLayout(), seed);
        QCOMPARE(treeLayout(), seed);
        QStringList layouts{seed};

        // The Up button on action 2.
        DO(clickItem(item(QStringLiteral("action 2"))));
        DO(clickButton(stepButton("moveUpAction")));
        layouts << QStringLiteral("step 1[action 2,action 1] step 2[action 3,action 4] step 3[]");
        QTRY_COMPARE(storedLayout(), layouts.last());
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Move action up"));
        QCOMPARE(tree()->currentIndex().siblingAtColumn(0), item(QStringLiteral("action 2")));
        // Ctrl+Down twice: back, then on to the start of the next step.
        QTest::keyClick(tree(), Qt::Key_Down, Qt::ControlModifier);
        layouts << seed;
        QTRY_COMPARE(storedLayout(), layouts.last());
        QTest::keyClick(tree(), Qt::Key_Down, Qt::ControlModifier);
        layouts << QStringLiteral("step 1[action 1] step 2[action 2,action 3,action 4] step 3[]");
        QTRY_COMPARE(storedLayout(), layouts.last());
        QCOMPARE(stored()->local.steps.at(1).actions.at(0).seriesId, Seed::kTaskOneAction2);
        // Ctrl+Up on the first action of step 2: to the end of step 1.
        DO(clickItem(item(QStringLiteral("action 3"))));
        DO(clickItem(item(QStringLiteral("action 2"))));
        QTest::keyClick(tree(), Qt::Key_Up, Qt::ControlModifier);
        layouts << seed;
        QTRY_COMPARE(storedLayout(), layouts.last());
        // The Down button on the last action of the last step with actions: into step 3.
        DO(clickItem(item(QStringLiteral("action 4"))));
        DO(clickButton(stepButton("moveDownAction")));
        layouts << QStringLiteral("step 1[action 1,action 2] step 2[action 3] step 3[action 4]");
        QTRY_COMPARE(storedLayout(), layouts.last());
        // Steps: Ctrl+Up on step 2, the Down button on step 1.
        DO(clickItem(item(QStringLiteral("step 2"))));
        QTest::keyClick(tree(), Qt::Key_Up, Qt::ControlModifier);
        layouts << QStringLiteral("step 2[action 3] step 1[action 1,action 2] step 3[action 4]");
        QTRY_COMPARE(storedLayout(), layouts.last());
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Move step up"));
        DO(clickItem(item(QStringLiteral("step 1"))));
        DO(clickButton(stepButton("moveDownAction")));
        layouts << QStringLiteral("step 2[action 3] step 3[action 4] step 1[action 1,action 2]");
        QTRY_COMPARE(storedLayout(), layouts.last());
        QCOMPARE(stored()->local.steps.at(2).seriesId, Seed::kTaskOneStep);
        QCOMPARE(treeLayout(), layouts.last());
        // Nothing moves past the ends; nothing is recorded then.
        const int count = undoStack()->count();
        QTest::keyClick(tree(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(undoStack()->count(), count);
        QCOMPARE(storedLayout(), layouts.last());

        // Each undone with Ctrl+Z from the tree, then redone.
        for (int i = layouts.size() - 2; i >= 0; --i) {
            DO(press("undoAction", tree()));
            QTRY_COMPARE(storedLayout(), layouts.at(i));
            QCOMPARE(treeLayout(), layouts.at(i));
        }
        for (int i = 1; i < layouts.size(); ++i) {
            DO(press("redoAction", tree()));
            QTRY_COMPARE(storedLayout(), layouts.at(i));
            QCOMPARE(treeLayout(), layouts.at(i));
        }

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedNamed(*ws, QStringLiteral("task 1"));
        QCOMPARE(layoutOf(record->local), layouts.last());
        QCOMPARE(record->local.steps.at(2).actions.at(0).seriesId, Seed::kTaskOneAction1);
        QCOMPARE(record->local.steps.at(2).actions.at(1).seriesId, Seed::kTaskOneAction2);
        QCOMPARE(record->local.steps.at(0).seriesId, QString());
    }

    // 3. An action dragged into another step. A real drag runs a nested event loop that
    //    offscreen tests cannot drive, so the view's settings are checked and the drop is
    //    made through the model's drop API with the view's own selection as the payload.
    void dragActionIntoAnotherStep()
    {
        openSeededSteps();
        if (QTest::currentTestFailed())
            return;
        QTreeView *view = tree();
        QVERIFY(view->dragEnabled());
        QVERIFY(view->acceptDrops());
        QCOMPARE(view->dragDropMode(), QAbstractItemView::InternalMove);
        QCOMPARE(view->defaultDropAction(), Qt::MoveAction);
        QVERIFY(view->showDropIndicator());
        QVERIFY(!view->dragDropOverwriteMode());
        QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
        QCOMPARE(view->model()->supportedDropActions(), Qt::DropActions(Qt::MoveAction));
        QVERIFY(item(QStringLiteral("action 1")).flags() & Qt::ItemIsDragEnabled);
        QVERIFY(item(QStringLiteral("step 2")).flags() & Qt::ItemIsDropEnabled);

        const QString seed = QStringLiteral("step 1[action 1,action 2] step 2[action 3,action 4] step 3[]");
        DO(clickItem(item(QStringLiteral("action 1"))));
        std::unique_ptr<QMimeData> data(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
        QVERIFY(data);
        // Between action 3 and action 4 of step 2.
        const QModelIndex target = item(QStringLiteral("step 2"));
        QVERIFY(view->model()->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, target));
        view->model()->dropMimeData(data.get(), Qt::MoveAction, 1, 0, target);
        const QString moved = QStringLiteral("step 1[action 2] step 2[action 3,action 1,action 4] step 3[]");
        QTRY_COMPARE(storedLayout(), moved);
        QCOMPARE(treeLayout(), moved);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Move action"));
        QVERIFY(action("undoAction")->text().contains(QLatin1String("Move action")));
        QCOMPARE(stored()->local.steps.at(1).actions.at(1).seriesId, Seed::kTaskOneAction1);
        QCOMPARE(stored()->local.steps.at(1).actions.at(0).seriesId, QString());
        QCOMPARE(TaskSeriesCodec::encode(stored()->local)[QStringLiteral("steps")].toArray().at(1).toObject()
                     [QStringLiteral("actions")].toArray().at(1).toObject()[QStringLiteral("order")].toInt(), 1);

        // Two actions of two steps dropped onto the empty step 3.
        DO(clickItem(item(QStringLiteral("action 2"))));
        const QModelIndex four = item(QStringLiteral("action 4"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(four).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        data.reset(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
        view->model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, item(QStringLiteral("step 3")));
        const QString both = QStringLiteral("step 1[] step 2[action 3,action 1] step 3[action 2,action 4]");
        QTRY_COMPARE(storedLayout(), both);
        // A step dropped between steps, at the top.
        DO(clickItem(item(QStringLiteral("step 3"))));
        data.reset(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
        QVERIFY(!view->model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, item(QStringLiteral("action 1"))));
        view->model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex());
        const QString top = QStringLiteral("step 3[action 2,action 4] step 1[] step 2[action 3,action 1]");
        QTRY_COMPARE(storedLayout(), top);

        // Each drop undone with Ctrl+Z, then redone with the toolbar's Redo.
        DO(press("undoAction", view));
        QTRY_COMPARE(storedLayout(), both);
        DO(press("undoAction", view));
        QTRY_COMPARE(storedLayout(), moved);
        DO(press("undoAction", view));
        QTRY_COMPARE(storedLayout(), seed);
        QCOMPARE(treeLayout(), seed);
        QCOMPARE(stored()->local.steps.at(0).actions.at(0).seriesId, Seed::kTaskOneAction1);
        action("redoAction")->trigger();
        QTRY_COMPARE(storedLayout(), moved);
        QCOMPARE(treeLayout(), moved);

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedNamed(*ws, QStringLiteral("task 1"));
        QCOMPARE(layoutOf(record->local), moved);
        QCOMPARE(record->local.steps.at(1).actions.at(1).seriesId, Seed::kTaskOneAction1);
    }

    // 4. Delete on the tree removes the current item; in the checkpoint field it
    //    deletes text only.
    void deleteKeyOnTheTreeOnly()
    {
        openSeededSteps();
        if (QTest::currentTestFailed())
            return;
        const QString seed = QStringLiteral("step 1[action 1,action 2] step 2[action 3,action 4] step 3[]");
        DO(clickItem(item(QStringLiteral("step 1"))));
        auto *pointId = editorChild<QLineEdit>("pointIdEdit");
        QCOMPARE(pointId->text(), kPoint);
        DO(clickInto(pointId));
        QTest::keyClick(pointId, Qt::Key_Home);
        QTest::keyClick(pointId, Qt::Key_Delete);
        QCOMPARE(pointId->text(), kPoint.mid(1));
        QCOMPARE(storedLayout(), seed);
        QCOMPARE(undoStack()->count(), 0);
        type(pointId, kPoint.left(1)); // typed back: leaving the field changes nothing
        QCOMPARE(pointId->text(), kPoint);

        DO(clickItem(item(QStringLiteral("action 1"))));
        QTest::keyClick(tree(), Qt::Key_Delete);
        QTRY_COMPARE(storedLayout(), QStringLiteral("step 1[action 2] step 2[action 3,action 4] step 3[]"));
        QCOMPARE(undoStack()->count(), 1);
        // The keyboard stays in the tree, on the next item.
        QCOMPARE(tree()->currentIndex().siblingAtColumn(0), item(QStringLiteral("action 2")));
        DO(clickItem(item(QStringLiteral("step 2"))));
        QTest::keyClick(tree(), Qt::Key_Delete);
        QTRY_COMPARE(storedLayout(), QStringLiteral("step 1[action 2] step 3[]"));
        QCOMPARE(m_asked.size(), 0); // the series' own Delete did not answer

        DO(press("undoAction", tree()));
        QTRY_COMPARE(storedLayout(), QStringLiteral("step 1[action 2] step 2[action 3,action 4] step 3[]"));
        DO(press("undoAction", tree()));
        QTRY_COMPARE(storedLayout(), seed);
        QCOMPARE(stored()->local.steps.at(0).actions.at(0).seriesId, Seed::kTaskOneAction1);
        QCOMPARE(stored()->local.steps.at(0).pointId, kPoint);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(layoutOf(storedNamed(*ws, QStringLiteral("task 1"))->local), seed);
    }

    // 4b. A checkpoint typed without Enter, then a toolbar button of the editor clicked
    //     (a tool button does not take the focus): what was typed must not be lost.
    void typedCheckpointSurvivesAToolbarClick()
    {
        openSeededSteps();
        if (QTest::currentTestFailed())
            return;
        DO(clickItem(item(QStringLiteral("step 3"))));
        auto *pointId = editorChild<QLineEdit>("pointIdEdit");
        DO(clickInto(pointId));
        type(pointId, kLocation);
        DO(clickButton(stepButton("addActionAction")));
        QTRY_VERIFY(treeEditor());
        QTest::keyClick(treeEditor(), Qt::Key_Escape);
        QTRY_VERIFY(!treeEditor());
        QTRY_COMPARE(storedLayout(), QStringLiteral("step 1[action 1,action 2] step 2[action 3,action 4] step 3[Action 1]"));
        QCOMPARE(stored()->local.steps.at(2).pointId, kLocation);
    }

    // A number left unfinished ("4e", "-") in Minimum or Maximum, then another item
    // clicked: the stored bound stays (it was cleared, the operator never emptied the
    // box) and the status bar says the text was not a number.
    void anUnfinishedNumberDoesNotClearTheBound()
    {
        openSeededSteps();
        if (QTest::currentTestFailed())
            return;
        QStringList messages;
        connect(page(), &TaskSeriesPage::statusMessage, this, [&messages](const QString &m) { messages << m; });
        DO(makeAction1ANumber());
        auto *maximum = editorChild<QLineEdit>("maxValueEdit");
        DO(clickInto(maximum));
        type(maximum, QStringLiteral("40"));
        QTest::keyClick(maximum, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.steps.at(0).actions.at(0).maxValue(), std::optional<double>(40));

        DO(clickInto(maximum));
        maximum->selectAll();
        type(maximum, QStringLiteral("4e"));
        QCOMPARE(maximum->text(), QStringLiteral("4e"));
        DO(clickItem(item(QStringLiteral("action 2"))));
        QCOMPARE(stored()->local.steps.at(0).actions.at(0).maxValue(), std::optional<double>(40));
        QVERIFY2(messages.size() == 1 && messages.first().contains(QLatin1String("4e")), qPrintable(messages.join(u'|')));

        // Emptied on purpose, it is cleared.
        DO(clickItem(item(QStringLiteral("action 1"))));
        QCOMPARE(maximum->text(), QStringLiteral("40"));
        DO(clickInto(maximum));
        maximum->selectAll();
        QTest::keyClick(maximum, Qt::Key_Delete);
        DO(clickItem(item(QStringLiteral("action 2"))));
        QCOMPARE(stored()->local.steps.at(0).actions.at(0).maxValue(), std::nullopt);
    }

    // In Russian the details showed the maximum as 40,5 and the tree's type column as
    // "Число (…40.5)": the tree writes numbers as the UI language does, as the details do.
    void treeNumbersFollowTheUiLanguage()
    {
        struct LocaleBack
        {
            QLocale was;
            ~LocaleBack() { QLocale::setDefault(was); }
        } back;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        openSeededSteps();
        if (QTest::currentTestFailed())
            return;
        DO(makeAction1ANumber());
        auto *maximum = editorChild<QLineEdit>("maxValueEdit");
        DO(clickInto(maximum));
        type(maximum, QStringLiteral("40,5"));
        QTest::keyClick(maximum, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.steps.at(0).actions.at(0).maxValue(), std::optional<double>(40.5));
        QCOMPARE(maximum->text(), QStringLiteral("40,5"));
        const QString shown = item(QStringLiteral("action 1"), StepActionModel::Type).data().toString();
        QVERIFY2(shown.endsWith(QStringLiteral("…40,5)")), qPrintable(shown));
    }
};

QTEST_MAIN(TestSeriesPageSteps)
#include "tst_seriespage_steps.moc"
