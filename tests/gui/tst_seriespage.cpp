// The task series page on the real MainWindow, offscreen, driven as a user
// drives it: the navigation, the toolbar buttons and shortcuts, keys typed into the
// form, the step tree and its cell editors. What counts is what the STORE then holds
// (and, after closing the window, what the database file holds), not what the widgets
// show.
#include "GuiActions.h"
#include "MainWindowFixture.h"

#include "itemmodels/StepActionModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "json/TaskSeriesCodec.h"
#include "series/StepEditor.h"
#include "series/TaskSeriesForm.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/Workspace.h"
#include "widgets/CodeComboBox.h"
#include "widgets/RecurrenceEditor.h"
#include "widgets/StringListEdit.h"
#include "widgets/UtcDateTimeEdit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

const QString kAssignee = QStringLiteral("4f9e4741-3069-4a03-8386-5f3ee45791aa");
const QString kLocation = QStringLiteral("03864752-f177-47ff-b0a1-99d75b02d954");
const QString kPoint = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");
const QString kAction1Id = QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5ebe0");
const QString kAction2Id = QStringLiteral("198d2b6a-3974-48d7-bc0e-f0a88b49e10c");
const QString kStep1Id = QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0");

QJsonObject seedJson()
{
    QFile file(QStringLiteral(TASKDESK_TEST_DATA "/targpatrol-series.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The seed without the identities the server gave it (we build ours from nothing, so
// ours has none until a sync: TaskSeriesCodec leaves empty ids out of the body).
QJsonObject withoutSeriesIds(QJsonObject series)
{
    series.remove(QStringLiteral("seriesId"));
    QJsonArray steps;
    for (const QJsonValue &s : series.value(QStringLiteral("steps")).toArray()) {
        QJsonObject step = s.toObject();
        step.remove(QStringLiteral("seriesId"));
        QJsonArray actions;
        for (const QJsonValue &a : step.value(QStringLiteral("actions")).toArray()) {
            QJsonObject action = a.toObject();
            action.remove(QStringLiteral("seriesId"));
            actions.append(action);
        }
        step.insert(QStringLiteral("actions"), actions);
        steps.append(step);
    }
    series.insert(QStringLiteral("steps"), steps);
    return series;
}

QString layoutOf(const TaskSeries &series)
{
    QStringList steps;
    for (const Step &step : series.steps) {
        QStringList actions;
        for (const Action &action : step.actions)
            actions << action.name;
        steps << QStringLiteral("%1[%2]").arg(step.name, actions.join(QLatin1Char(',')));
    }
    return steps.join(QLatin1Char(' '));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

// Runs a helper that checks things itself; ends the test when it failed.
#define DO(call)                                                                            \
    do {                                                                                    \
        call;                                                                               \
        if (QTest::currentTestFailed())                                                     \
            return;                                                                         \
    } while (false)

using namespace GuiTest;

class TestSeriesPage : public QObject, public MainWindowFixture
{
    Q_OBJECT

public:
    TestSeriesPage() : MainWindowFixture(QStringLiteral("series")) {}

private:
    // ---- set-up -----------------------------------------------------------------------

    // A new database; with the seed series (plus "step 2" [action 3, action 4] and an
    // empty "step 3", both new) when `seeded`.
    bool newDatabase(bool seeded)
    {
        Workspace ws;
        if (!ws.open(m_db.newPath()))
            return false;
        if (!seeded)
            return true;
        DecodeError error;
        auto series = TaskSeriesCodec::decode(seedJson(), &error);
        if (!series)
            return false;
        Step two;
        two.name = QStringLiteral("step 2");
        two.pointId = kLocation;
        Action three, four;
        three.name = QStringLiteral("action 3");
        four.name = QStringLiteral("action 4");
        four.type = QStringLiteral("TEXT");
        two.actions = {three, four};
        Step empty;
        empty.name = QStringLiteral("step 3");
        series->steps << two << empty;
        return ws.series().create(*series).has_value();
    }

    // The size these scenarios were written for; the offscreen screen is smaller, and
    // the window fits itself to it (tst_operatorday covers that).
    bool openWindow() { return MainWindowFixture::openWindow(QSize(1280, 760)); }

    // To the series page the way a user goes: the navigation item "Task series".
    void goToSeriesByClick()
    {
        DO(clickNavigation(m_window.get(), QStringLiteral("Task series")));
        QCOMPARE(pages()->currentWidget(), static_cast<QWidget *>(page()));
        table()->setFocus(Qt::OtherFocusReason);
    }

    bool openSeeded()
    {
        if (!newDatabase(true) || !openWindow())
            return false;
        goToSeriesByClick();
        return !QTest::currentTestFailed();
    }

    // ---- the window's parts -------------------------------------------------------------

    QStackedWidget *pages() const { return m_window->findChild<QStackedWidget *>(QStringLiteral("pages")); }
    TaskSeriesPage *page() const { return m_window->seriesPage(); }
    QTableView *table() const { return page()->view(); }
    TaskSeriesTableModel *tableModel() const { return page()->model(); }
    QTreeView *tree() const { return page()->stepEditor()->view(); }
    StepActionModel *steps() const { return page()->stepEditor()->model(); }
    QUndoStack *undoStack() const { return m_window->undoStack(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    template<typename T>
    T *formChild(const char *name) const { return page()->form()->findChild<T *>(QLatin1String(name)); }
    template<typename T>
    T *editorChild(const char *name) const { return page()->stepEditor()->findChild<T *>(QLatin1String(name)); }
    QToolButton *stepButton(const char *actionName) const
    {
        auto *bar = editorChild<QToolBar>("stepToolBar");
        QAction *a = page()->stepEditor()->findChild<QAction *>(QLatin1String(actionName));
        return bar && a ? qobject_cast<QToolButton *>(bar->widgetForAction(a)) : nullptr;
    }

    TaskSeriesStore &store() { return m_ws->series(); }
    static std::optional<StoredTaskSeries> storedNamed(Workspace &ws, const QString &name)
    {
        for (const StoredTaskSeries &record : ws.series().all(true)) {
            if (record.local.name == name)
                return record;
        }
        return std::nullopt;
    }
    std::optional<StoredTaskSeries> stored(const QString &name = QStringLiteral("task 1")) { return storedNamed(*m_ws, name); }
    QString storedLayout(const QString &name = QStringLiteral("task 1"))
    {
        const auto record = stored(name);
        return record ? layoutOf(record->local) : QStringLiteral("(no series \"%1\")").arg(name);
    }

    // Presses the shortcut of a window action, with the focus on `where`.
    void press(const char *actionName, QWidget *where)
    {
        QAction *a = action(actionName);
        QVERIFY2(a && !a->shortcut().isEmpty(), actionName);
        QTest::keySequence(where, a->shortcut());
    }

    // ---- the series table ---------------------------------------------------------------

    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < tableModel()->rowCount(); ++row) {
            if (tableModel()->index(row, TaskSeriesTableModel::Name).data().toString() == name)
                return row;
        }
        return -1;
    }

    void clickSeries(const QString &name, Qt::KeyboardModifiers modifiers = {})
    {
        const int row = rowNamed(name);
        QVERIFY2(row >= 0, qPrintable(name));
        const QModelIndex index = tableModel()->index(row, TaskSeriesTableModel::Name);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, table()->visualRect(index).center());
        QCOMPARE(steps()->seriesLocalId(), std::optional<qint64>(tableModel()->localIdAt(row)));
    }

    void showStepsTab()
    {
        QTabBar *bar = page()->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        QCOMPARE(page()->tabs()->currentWidget(), static_cast<QWidget *>(page()->stepEditor()));
        QTRY_VERIFY(tree()->isVisible());
    }

    // Opens the seeded series on the steps tab.
    void openSeededSteps()
    {
        QVERIFY(openSeeded());
        clickSeries(QStringLiteral("task 1"));
        if (QTest::currentTestFailed())
            return;
        showStepsTab();
    }

    // ---- the step tree ------------------------------------------------------------------

    QModelIndex item(const QString &name, int column = 0) const
    {
        for (int row = 0; row < steps()->rowCount(); ++row) {
            const QModelIndex step = steps()->index(row, 0);
            if (step.data().toString() == name)
                return step.siblingAtColumn(column);
            for (int child = 0; child < steps()->rowCount(step); ++child) {
                const QModelIndex action = steps()->index(child, 0, step);
                if (action.data().toString() == name)
                    return action.siblingAtColumn(column);
            }
        }
        return QModelIndex();
    }

    QString treeLayout() const
    {
        QStringList result;
        for (int row = 0; row < steps()->rowCount(); ++row) {
            const QModelIndex step = steps()->index(row, 0);
            QStringList actions;
            for (int child = 0; child < steps()->rowCount(step); ++child)
                actions << steps()->index(child, 0, step).data().toString();
            result << QStringLiteral("%1[%2]").arg(step.data().toString(), actions.join(QLatin1Char(',')));
        }
        return result.join(QLatin1Char(' '));
    }

    // A click on an item of the tree. A click on an item that is already selected would
    // start its editor after a pause (SelectedClicked): the tree only takes the focus then.
    void clickItem(const QModelIndex &index)
    {
        QVERIFY(index.isValid());
        if (tree()->selectionModel()->isSelected(index) && tree()->currentIndex() == index) {
            tree()->setFocus(Qt::MouseFocusReason);
            return;
        }
        clickIndex(tree(), index);
        QCOMPARE(tree()->currentIndex(), index);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tree()));
    }

    QWidget *treeEditor() const { return openEditor(tree()); }
    QWidget *doubleClickToEdit(const QModelIndex &index) { return GuiTest::doubleClickToEdit(tree(), index); }

    static CodeComboBox *comboOf(QWidget *editor)
    {
        if (auto *combo = qobject_cast<CodeComboBox *>(editor))
            return combo;
        return editor ? qobject_cast<CodeComboBox *>(editor->parentWidget()) : nullptr;
    }

    // ---- typing and clicking ----------------------------------------------------------

    // Adds an item to a StringListEdit with its Add button and the keyboard.
    static void addListItem(StringListEdit *list, const QString &text)
    {
        QVERIFY(list);
        clickButton(list->findChild<QToolButton *>(QStringLiteral("addButton")));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor && list->isAncestorOf(editor));
        type(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    // Types a local date and time ("yyyyMMddHHmmss", section by section) into a
    // UtcDateTimeEdit and presses Enter.
    static void typeDateTime(UtcDateTimeEdit *edit, const QDateTime &utc)
    {
        QVERIFY(edit);
        auto *box = edit->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
        QVERIFY(box && box->isEnabled());
        box->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(box));
        const QString local = utc.toLocalTime().toString(QStringLiteral("yyyyMMddHHmmss"));
        type(box, local);
        QCOMPARE(box->text(), utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QTest::keyClick(box, Qt::Key_Return);
    }

    QJsonObject exportedSeries(const QString &name)
    {
        const QString file = m_db.filePath(QStringLiteral("export%1.json").arg(m_db.count()));
        const QString error = m_window->exportFile(file);
        if (!error.isEmpty()) {
            qWarning() << error;
            return {};
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray series = QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("series")).toArray();
        for (const QJsonValue &s : series) {
            if (s.toObject().value(QStringLiteral("name")).toString() == name)
                return s.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        MainWindowFixture::useZoneEastOfUtc();
        MainWindowFixture::setUpApplication(QStringLiteral("tst_seriespage"));
        QVERIFY(m_db.isValid());
        QVERIFY(!seedJson().isEmpty());
        QCOMPARE(QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).toLocalTime().time(), QTime(7, 0));
    }

    void init() { startTest(); }
    void cleanup() { endTest(); }

    // Ctrl+Z belongs to the page on show: on the series page it never undoes a service
    // task edit the operator cannot see, and each page keeps its own history.
    void undoBelongsToThePageOnShow()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow()); // on the service tasks page
        QTableView *tasksTable = m_window->serviceTasksPage()->view();
        tasksTable->setFocus(Qt::OtherFocusReason);
        press("newAction", tasksTable);
        QTRY_COMPARE(m_ws->serviceTasks().count(), 1);

        goToSeriesByClick();
        QVERIFY(!action("undoAction")->isEnabled());
        press("undoAction", table());
        QCOMPARE(m_ws->serviceTasks().count(), 1); // not undone unseen

        const int series = store().count();
        press("newAction", table());
        QTRY_COMPARE(store().count(), series + 1);
        QVERIFY(action("undoAction")->isEnabled());
        press("undoAction", table());
        QTRY_COMPARE(store().count(), series);
        QCOMPARE(m_ws->serviceTasks().count(), 1);

        // Back on the service tasks page, its own last edit is the one undone.
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const QList<QListWidgetItem *> items = navigation->findItems(QStringLiteral("Service tasks"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(items.first()).center());
        QVERIFY(action("undoAction")->isEnabled());
        press("undoAction", tasksTable);
        QTRY_COMPARE(m_ws->serviceTasks().count(), 0);
        QCOMPARE(store().count(), series);
    }

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
        QVERIFY2(exported == expected, compact(exported) + "\n   expected: " + compact(expected));

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
        QVERIFY2(exportedSeries(QStringLiteral("task 1")) == expected, compact(exportedSeries(QStringLiteral("task 1"))));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->series().count(true), 1);
        const auto record = storedNamed(*ws, QStringLiteral("task 1"));
        QVERIFY(record);
        QVERIFY(record->valid);
        QCOMPARE(record->state, SyncState::New);
        QVERIFY2(TaskSeriesCodec::encode(record->local) == expected, compact(TaskSeriesCodec::encode(record->local)));
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
        QCOMPARE(stored()->local.steps.at(1).actions.at(0).seriesId, kAction2Id);
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
        QCOMPARE(stored()->local.steps.at(2).seriesId, kStep1Id);
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
        QCOMPARE(record->local.steps.at(2).actions.at(0).seriesId, kAction1Id);
        QCOMPARE(record->local.steps.at(2).actions.at(1).seriesId, kAction2Id);
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
        QCOMPARE(stored()->local.steps.at(1).actions.at(1).seriesId, kAction1Id);
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
        QCOMPARE(stored()->local.steps.at(0).actions.at(0).seriesId, kAction1Id);
        action("redoAction")->trigger();
        QTRY_COMPARE(storedLayout(), moved);
        QCOMPARE(treeLayout(), moved);

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedNamed(*ws, QStringLiteral("task 1"));
        QCOMPARE(layoutOf(record->local), moved);
        QCOMPARE(record->local.steps.at(1).actions.at(1).seriesId, kAction1Id);
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
        QCOMPARE(stored()->local.steps.at(0).actions.at(0).seriesId, kAction1Id);
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

    // 4c. A name typed without Enter, then New: the first series keeps what was typed.
    void typedNameSurvivesNew()
    {
        QVERIFY(newDatabase(false));
        QVERIFY(openWindow());
        DO(goToSeriesByClick());
        auto *name = formChild<QLineEdit>("seriesNameEdit");
        DO(press("newAction", table()));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        const qint64 first = page()->selectedIds().value(0);
        retype(name, QStringLiteral("first"));
        DO(press("newAction", name));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        QCOMPARE(name->text(), QStringLiteral("New series"));
        retype(name, QStringLiteral("second"));
        QTest::keyClick(name, Qt::Key_Return);
        const qint64 second = page()->selectedIds().value(0);
        QVERIFY(second != first);
        QTRY_COMPARE(store().get(second)->local.name, QStringLiteral("second"));
        QCOMPARE(store().get(first)->local.name, QStringLiteral("first"));
    }

    // 5. Codes the app does not know, an empty description, an invalid assignee: kept,
    //    null, and a draft that says why.
    void formKeepsCodesAndMarksDrafts()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        QCOMPARE(page()->tabs()->currentWidget(), static_cast<QWidget *>(page()->form()));

        auto *priority = formChild<CodeComboBox>("priorityCombo");
        QCOMPARE(priority->code(), QStringLiteral("MAJOR"));
        DO(clickInto(priority->lineEdit()));
        retype(priority->lineEdit(), QStringLiteral("URGENT"));
        QTest::keyClick(priority->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(stored()->local.priority, QStringLiteral("URGENT"));
        const QModelIndex cell = tableModel()->index(rowNamed(QStringLiteral("task 1")), TaskSeriesTableModel::Priority);
        QCOMPARE(cell.data().toString(), QStringLiteral("URGENT"));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(priority->currentText(), QStringLiteral("URGENT"));
        QVERIFY(stored()->valid);

        // Empty description: null.
        auto *description = formChild<QPlainTextEdit>("descriptionEdit");
        DO(clickInto(description));
        type(description, QStringLiteral("night round"));
        QTest::keyClick(description, Qt::Key_Tab);
        QTRY_COMPARE(stored()->local.description, std::optional<QString>(QStringLiteral("night round")));
        DO(clickInto(description));
        retype(description, QString());
        QTest::keyClick(description, Qt::Key_Tab);
        QTRY_VERIFY(!stored()->local.description.has_value());
        QVERIFY(TaskSeriesCodec::encode(stored()->local).value(QStringLiteral("description")).isNull());

        // An assignee that is not a UUID: shown in the summary, stored as a draft.
        auto *summary = formChild<QLabel>("seriesValidationSummary");
        QVERIFY(!summary->isVisible());
        DO(addListItem(formChild<StringListEdit>("assigneesEdit"), QStringLiteral("ivanov")));
        QTRY_COMPARE(stored()->local.assigneeIds, QStringList({kAssignee, QStringLiteral("ivanov")}));
        QVERIFY(!stored()->valid);
        QTRY_VERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QLatin1String("ivanov")) && summary->text().contains(QLatin1String("UUID")),
                 qPrintable(summary->text()));
        QVERIFY(!formChild<StringListEdit>("assigneesEdit")->toolTip().isEmpty());
        const QModelIndex name = tableModel()->index(rowNamed(QStringLiteral("task 1")), TaskSeriesTableModel::Name);
        QVERIFY(!name.data(TaskSeriesTableModel::RecordIssuesRole).toStringList().isEmpty());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("ivanov")));

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedNamed(*ws, QStringLiteral("task 1"));
        QVERIFY(record);
        QVERIFY(!record->valid);
        QCOMPARE(record->local.priority, QStringLiteral("URGENT"));
        QVERIFY(!record->local.description);
        QCOMPARE(record->local.assigneeIds.size(), 2);
    }

    // 6. The recurrence editor writes recurrence.rule.
    void recurrenceEditorSetsTheRule()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        auto *recurrence = formChild<RecurrenceEditor>("recurrenceEditor");
        QVERIFY(recurrence);
        QCOMPARE(recurrence->rule(), QString());
        auto *ruleEdit = recurrence->findChild<QLineEdit *>(QStringLiteral("ruleEdit"));
        recurrence->setReferenceTime(QDateTime(QDate(2023, 3, 1), QTime(0, 0), Qt::UTC));
        DO(clickInto(ruleEdit));
        type(ruleEdit, QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QTest::keyClick(ruleEdit, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.recurrence.value(QStringLiteral("rule")).toString(),
                     QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(stored()->local.recurrenceRule(), QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit recurrence"));
        auto *frequency = recurrence->findChild<QComboBox *>(QStringLiteral("frequencyCombo"));
        QCOMPARE(frequency->currentText(), QStringLiteral("Daily"));
        auto *occurrences = recurrence->findChild<QListWidget *>(QStringLiteral("occurrencesList"));
        QTRY_COMPARE(occurrences->count(), 4); // 6th to 9th March at 18:00 UTC

        // Weekly picked in the combo: the rule follows; the end date is kept.
        frequency->setFocus(Qt::TabFocusReason);
        QTest::keyClick(frequency, Qt::Key_Down);
        QCOMPARE(frequency->currentText(), QStringLiteral("Weekly"));
        QTRY_VERIFY(stored()->local.recurrenceRule().startsWith(QLatin1String("FREQ=WEEKLY")));
        QVERIFY2(stored()->local.recurrenceRule().contains(QLatin1String("UNTIL=20230309T210000Z")),
                 qPrintable(stored()->local.recurrenceRule()));
        DO(press("undoAction", table()));
        QTRY_COMPARE(stored()->local.recurrenceRule(), QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(recurrence->rule(), QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(frequency->currentText(), QStringLiteral("Daily"));

        const QJsonObject exported = exportedSeries(QStringLiteral("task 1"));
        QCOMPARE(exported.value(QStringLiteral("recurrence")).toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedNamed(*ws, QStringLiteral("task 1"))->local.recurrenceRule(),
                 QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
    }

    // 6b. The wheel over a field of the form the operator is not in changes nothing
    //     (a start year moved by ten was saved before); focused, the field takes it.
    void wheelChangesOnlyTheFocusedField()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        const TaskSeries before = stored()->local;
        auto *start = formChild<UtcDateTimeEdit>("seriesStartEdit")->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
        auto *priority = formChild<CodeComboBox>("priorityCombo");
        auto *recurrence = formChild<RecurrenceEditor>("recurrenceEditor");
        auto *frequency = recurrence->findChild<QComboBox *>(QStringLiteral("frequencyCombo"));
        QVERIFY(start && priority && frequency);
        start->setCurrentSection(QDateTimeEdit::YearSection);
        const QDateTime startShown = start->dateTime();
        const QString priorityShown = priority->currentText();
        const QString frequencyShown = frequency->currentText();
        for (QWidget *field : QList<QWidget *>{start, priority, frequency}) {
            QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
            for (int i = 0; i < 10; ++i)
                wheel(field, 1);
            QVERIFY2(!field->hasFocus(), qPrintable(field->objectName()));
        }
        QCOMPARE(start->dateTime(), startShown);
        QCOMPARE(priority->currentText(), priorityShown);
        QCOMPARE(frequency->currentText(), frequencyShown);
        QCOMPARE(undoStack()->count(), 0);
        QVERIFY(stored()->local == before);

        // In focus, the wheel is the field's own.
        priority->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(priority->hasFocus());
        wheel(priority, -1);
        if (priority->currentText() == priorityShown) // at the end of the list: the other way
            wheel(priority, 1);
        QVERIFY(priority->currentText() != priorityShown);
    }

    // 7b. One current record: after Ctrl+End moved the keyboard cursor without
    //     selecting, the form and the steps show the highlighted series, the one Delete
    //     asks about; after the delete nothing is selected and the form is empty, with
    //     no hint that looks like a value.
    void formFollowsTheHighlightedSeries()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        DO(press("duplicateAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        const QString first = tableModel()->index(0, TaskSeriesTableModel::Name).data().toString();
        const qint64 firstId = tableModel()->localIdAt(0);
        DO(clickSeries(first));
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table()->currentIndex().row(), 1);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{firstId});
        QCOMPARE(formChild<QLineEdit>("seriesNameEdit")->text(), first);
        QCOMPARE(steps()->seriesLocalId(), std::optional<qint64>(firstId));

        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(first), qPrintable(m_asked.first()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QVERIFY(page()->selectedIds().isEmpty());
        QVERIFY(!action("deleteAction")->isEnabled());
        QVERIFY(!action("duplicateAction")->isEnabled());
        QVERIFY2(!formChild<QWidget>("seriesFormFields")->isVisible(), "the empty form still shows fields");
        QCOMPARE(steps()->seriesLocalId(), std::nullopt);

        auto *location = formChild<QLineEdit>("locationEdit");
        QVERIFY2(QUuid::fromString(location->placeholderText()).isNull(), qPrintable(location->placeholderText()));
    }

    // 7c. New shows the Details tab scrolled to the name it puts the cursor in.
    void newScrollsTheFormToTheName()
    {
        QVERIFY(openSeeded());
        // A form taller than its room, at a width the window supports (1024 px and up; the
        // offscreen screen is narrower, and the first start fits the window to it).
        m_window->resize(1280, 320);
        DO(clickSeries(QStringLiteral("task 1")));
        auto *scroll = page()->form()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        auto *name = formChild<QLineEdit>("seriesNameEdit");
        QVERIFY(name->visibleRegion().isEmpty());
        DO(press("newAction", table()));
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTRY_VERIFY2(!name->visibleRegion().isEmpty(), "the focused name is scrolled out of sight");
        const QRect inViewport(name->mapTo(scroll->viewport(), QPoint(0, 0)), name->size());
        QVERIFY(scroll->viewport()->rect().contains(inViewport));
    }

    // 7. Duplicate and delete a series; undo brings it back with the same steps.
    void duplicateAndDeleteSeries()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow());
        // Ctrl+2 goes to the series page too.
        DO(press("showSeriesAction", m_window->findChild<QListWidget *>(QStringLiteral("navigation"))));
        QCOMPARE(pages()->currentWidget(), static_cast<QWidget *>(page()));
        QAbstractItemModelTester tester(tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString seed = QStringLiteral("step 1[action 1,action 2] step 2[action 3,action 4] step 3[]");

        DO(clickSeries(QStringLiteral("task 1")));
        const qint64 originalId = tableModel()->localIdAt(rowNamed(QStringLiteral("task 1")));
        DO(press("duplicateAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        const auto copy = stored(QStringLiteral("task 1 (copy)"));
        QVERIFY(copy);
        QCOMPARE(layoutOf(copy->local), seed);
        QCOMPARE(copy->local.seriesId, QString());
        for (const Step &s : copy->local.steps) {
            QCOMPARE(s.seriesId, QString());
            for (const Action &a : s.actions)
                QCOMPARE(a.seriesId, QString());
        }
        QCOMPARE(copy->local.steps.at(0).pointId, kPoint);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{copy->localId});
        QCOMPARE(steps()->seriesLocalId(), std::optional<qint64>(copy->localId));

        // Delete the original: "no" keeps it, "yes" deletes it.
        DO(clickSeries(QStringLiteral("task 1")));
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(QLatin1String("task 1")), qPrintable(m_asked.first()));
        QCOMPARE(tableModel()->rowCount(), 2);
        m_answer = true;
        DO(press("deleteAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(!stored(QStringLiteral("task 1")));
        QCOMPARE(rowNamed(QStringLiteral("task 1")), -1);

        // Undone: the same record, the same steps with their ids; the tree shows them.
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        const auto back = stored(QStringLiteral("task 1"));
        QVERIFY(back);
        QCOMPARE(back->localId, originalId);
        QCOMPARE(layoutOf(back->local), seed);
        QCOMPARE(back->local.seriesId, seedJson().value(QStringLiteral("seriesId")).toString());
        QCOMPARE(back->local.steps.at(0).seriesId, kStep1Id);
        QCOMPARE(back->local.steps.at(0).actions.at(1).seriesId, kAction2Id);
        DO(clickSeries(QStringLiteral("task 1")));
        DO(showStepsTab());
        QCOMPARE(treeLayout(), seed);

        // Redo deletes it again, undo of the duplicate removes the copy.
        DO(press("redoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        // The tree no longer shows the deleted series (the copy, current now, or nothing).
        QVERIFY(steps()->seriesLocalId() != std::optional<qint64>(originalId));
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QVERIFY(!stored(QStringLiteral("task 1 (copy)")));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->series().count(true), 1);
        QCOMPARE(layoutOf(storedNamed(*ws, QStringLiteral("task 1"))->local), seed);
    }

    // 8. The table model under the tester while series are created, searched, sorted,
    //    deleted (several at once) and brought back.
    void tableCreateSearchSortDelete()
    {
        QVERIFY(newDatabase(false));
        QVERIFY(openWindow());
        DO(goToSeriesByClick());
        QAbstractItemModelTester tester(tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *name = formChild<QLineEdit>("seriesNameEdit");
        const QStringList names{QStringLiteral("gamma"), QStringLiteral("alpha"), QStringLiteral("beta")};
        for (const QString &n : names) {
            DO(press("newAction", table()));
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
            retype(name, n);
            QTest::keyClick(name, Qt::Key_Return);
            QTRY_VERIFY(stored(n));
        }
        QCOMPARE(tableModel()->rowCount(), 3);
        DO(addListItem(formChild<StringListEdit>("tagsEdit"), QStringLiteral("night")));
        QTRY_COMPARE(stored(QStringLiteral("beta"))->local.tags, QStringList{QStringLiteral("night")});
        // Steps for the step count column: one on alpha.
        DO(clickSeries(QStringLiteral("alpha")));
        DO(showStepsTab());
        DO(clickButton(stepButton("addStepAction")));
        QTRY_VERIFY(treeEditor());
        QTest::keyClick(treeEditor(), Qt::Key_Return);
        QTRY_VERIFY(!treeEditor());
        QCOMPARE(stored(QStringLiteral("alpha"))->local.steps.size(), 1);
        QCOMPARE(tableModel()->index(rowNamed(QStringLiteral("alpha")), TaskSeriesTableModel::Steps).data().toString(),
                 QStringLiteral("1 / 0"));

        // Search as you type: name, tags.
        QLineEdit *search = page()->searchField();
        DO(clickInto(search));
        type(search, QStringLiteral("alp"));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("alpha"));
        retype(search, QStringLiteral("night"));
        QTRY_COMPARE(tableModel()->filter().text, QStringLiteral("night"));
        QCOMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("beta"));
        retype(search, QString());
        QTRY_COMPARE(tableModel()->rowCount(), 3);

        // Sort by a click on the Name header, then by steps.
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(TaskSeriesTableModel::Name) + header->sectionSize(TaskSeriesTableModel::Name) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(tableModel()->index(2, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("gamma"));
        table()->sortByColumn(TaskSeriesTableModel::Steps, Qt::DescendingOrder);
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("alpha"));

        // All selected and deleted at once; then back.
        m_answer = true;
        DO(clickSeries(QStringLiteral("beta")));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(page()->selectedIds().size(), 3);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QTRY_COMPARE(tableModel()->rowCount(), 0);
        QCOMPARE(store().count(true), 0);
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 3);
        QCOMPARE(stored(QStringLiteral("alpha"))->local.steps.size(), 1);
        QCOMPARE(stored(QStringLiteral("beta"))->local.tags, QStringList{QStringLiteral("night")});
    }
};

QTEST_MAIN(TestSeriesPage)
#include "tst_seriespage.moc"
