#pragma once

// What the task series page tests share: the real MainWindow, offscreen, on a new
// database (the seed series or empty), its table, form and step tree found by their
// object names, and the operator's clicks and keys. What counts is what the STORE then
// holds (and, after closing the window, what the database file holds), not what the
// widgets show.

#include "GuiActions.h"
#include "MainWindowFixture.h"
#include "SeedData.h"
#include "SeriesLayout.h"
#include "TestSupport.h"

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

// The identities in tests/data/targpatrol-series.json.
inline const QString kAssignee = QStringLiteral("4f9e4741-3069-4a03-8386-5f3ee45791aa");
// The series there is the sync seed's "task 1" (tests/support/SeedData.h).
using Seed::kLocation;
using Seed::kPoint;

// The seed series as the server sent it.
QJsonObject seedJson();
// The seed without the identities the server gave it (we build ours from nothing, so
// ours has none until a sync: TaskSeriesCodec leaves empty ids out of the body).
QJsonObject withoutSeriesIds(QJsonObject series);

// Runs a helper that checks things itself; ends the test when it failed.
#define DO(call)                                                                            \
    do {                                                                                    \
        call;                                                                               \
        if (QTest::currentTestFailed())                                                     \
            return;                                                                         \
    } while (false)

using namespace GuiTest;

class SeriesPageTest : public QObject, public MainWindowFixture
{
    Q_OBJECT

public:
    SeriesPageTest() : MainWindowFixture(QStringLiteral("series")) {}

protected:
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
    void initTestCase();
    void init();
    void cleanup();
};
