// The history window as an operator uses it: opened from a record's context menu (and the
// Edit menu), the versions newest first with their origin, the diff between one version
// and the copy now or between two, Restore as an undoable edit (Ctrl+Z in the window takes
// it back), the window following the record, restore refused once the record is deleted,
// and the number of versions kept. The real main window on a real database file, the
// record taken in as a pull takes it (clean, with its base).
#include "MainWindow.h"
#include "history/HistoryWindow.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"
#include "settings/Settings.h"
#include "storage/RecordHistory.h"
#include "storage/Workspace.h"
#include "widgets/SearchField.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

namespace {

const QString kUuidA = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");
const QString kNameA = QStringLiteral("Обзвон должников");

QStringList rowTexts(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        texts << tree->topLevelItem(row)->text(column);
    return texts;
}

QStringList lines(QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    int m_count = 0;

    ServiceTaskStore &tasks() { return m_ws->serviceTasks(); }
    qint64 idA() { return tasks().localIdForUuid(kUuidA).value_or(0); }
    StoredServiceTask taskA() { return *tasks().get(idA()); }
    ServiceTasksPage *page() { return m_window->serviceTasksPage(); }

    // Task A as the server sends it, stored clean as a pull stores it.
    bool receiveA()
    {
        ServiceTask a;
        a.id = kUuidA;
        a.name = kNameA;
        a.scriptCode = QStringLiteral("dialByCallList");
        a.intervalSec = 3600;
        a.ext = {{QStringLiteral("ct"), QStringLiteral("2024-01-10T08:00:00Z")},
                 {QStringLiteral("lwt"), QStringLiteral("2024-01-10T08:00:00Z")}};
        return tasks().insertPulled(a).has_value();
    }

    QModelIndex cellOfA()
    {
        ServiceTaskTableModel *model = page()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ServiceTaskTableModel::Name);
            if (index.data(ServiceTaskTableModel::UuidRole).toString() == kUuidA)
                return index;
        }
        return {};
    }

    // Renames task A in its name cell, as typing there does (one undo step each).
    void renameA(const QString &name)
    {
        const QModelIndex index = cellOfA();
        QVERIFY(index.isValid());
        QVERIFY(page()->model()->setData(index, name, Qt::EditRole));
    }

    // Right click on task A, then "History…" in the menu.
    HistoryWindow *openFromContextMenu()
    {
        QTableView *view = page()->view();
        const QModelIndex index = cellOfA();
        view->setCurrentIndex(index);
        const QPoint at = view->visualRect(index).center();
        bool clicked = false;
        QTimer::singleShot(0, this, [&clicked] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QAction *entry = nullptr;
            for (QAction *action : menu ? menu->actions() : QList<QAction *>())
                entry = action->objectName() == QLatin1String("historyAction") ? action : entry;
            if (entry) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
                clicked = true;
            } else if (menu) {
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        if (!clicked)
            return nullptr;
        return m_window->findChild<HistoryWindow *>();
    }

    static void clickRow(QTreeWidget *tree, int row, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, tree->visualItemRect(tree->topLevelItem(row)).center());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_historywindow"));
    }

    void init()
    {
        Settings::historyVersions.reset(); // the default, whatever a test before left
        m_ws = std::make_unique<Workspace>();
        QVERIFY(m_ws->open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_count))));
        QVERIFY(receiveA());
        QCOMPARE(taskA().state, SyncState::Clean);
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->resize(1280, 760);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        renameA(QStringLiteral("first edit"));
        renameA(QStringLiteral("second edit"));
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
    }

    void versionsDiffRestoreAndUndo()
    {
        HistoryWindow *window = openFromContextMenu();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTreeWidget *versions = window->versionList();
        QCOMPARE(rowTexts(versions, 2), (QStringList{QStringLiteral("second edit"), QStringLiteral("first edit"), kNameA}));
        QCOMPARE(rowTexts(versions, 1), (QStringList{QStringLiteral("Edited here"), QStringLiteral("Edited here"),
                                                     QStringLiteral("Received from the server")}));
        // At first: the last change, the version before the newest against the copy now.
        QCOMPARE(lines(window->diffList()), QStringList{QStringLiteral("Name: first edit → second edit")});

        clickRow(versions, 2);
        clickRow(versions, 0, Qt::ControlModifier);
        QCOMPARE(lines(window->diffList()), QStringList{QStringLiteral("Name: Обзвон должников → second edit")});
        auto *restore = window->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"));
        QVERIFY(restore);
        QVERIFY(!restore->isEnabled()); // which of the two?

        clickRow(versions, 1);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(taskA().local.name, QStringLiteral("first edit"));
        QCOMPARE(taskA().state, SyncState::Modified); // sent by the next sync like any edit
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Restore a version of “second edit”"));
        // The window follows: the restore is the newest version, the selection stays on its version.
        QCOMPARE(rowTexts(versions, 2).first(), QStringLiteral("first edit"));
        QCOMPARE(versions->topLevelItemCount(), 4);
        QVERIFY(versions->topLevelItem(2)->isSelected());
        QCOMPARE(lines(window->diffList()), QStringList{QStringLiteral("No differences")});
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("historyStatus"))->text().contains(QStringLiteral("Ctrl+Z")));

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(taskA().local.name, QStringLiteral("second edit"));
        QCOMPARE(rowTexts(versions, 2).first(), QStringLiteral("second edit"));
    }

    void followsTheRecordAndRefusesOnceDeleted()
    {
        page()->view()->setCurrentIndex(cellOfA());
        auto *menuEntry = m_window->findChild<QAction *>(QStringLiteral("historyMenuAction"));
        QVERIFY(menuEntry);
        menuEntry->trigger();
        auto *window = m_window->findChild<HistoryWindow *>();
        QVERIFY(window);
        menuEntry->trigger(); // the same record: the same window
        QCOMPARE(m_window->findChildren<HistoryWindow *>().size(), 1);

        renameA(QStringLiteral("third edit")); // while the window is open
        QCOMPARE(rowTexts(window->versionList(), 2).first(), QStringLiteral("third edit"));

        QVERIFY(tasks().remove(idA()));
        QCOMPARE(taskA().state, SyncState::Deleted);
        clickRow(window->versionList(), 1);
        auto *restore = window->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"));
        QVERIFY(!restore->isEnabled());
        const QString status = window->findChild<QLabel *>(QStringLiteral("historyStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("deleted")), qPrintable(status));
        QCOMPARE(taskA().local.name, QStringLiteral("third edit"));
    }

    // History… is one record's: off with no record selected, in the Edit menu and the
    // context menu alike, and on again with one, on either page.
    void enabledOnlyWithARecordSelected()
    {
        QTableView *view = page()->view();
        auto *menuEntry = m_window->findChild<QAction *>(QStringLiteral("historyMenuAction"));
        QAction *contextEntry = view->findChild<QAction *>(QStringLiteral("historyAction"));
        QVERIFY(menuEntry && contextEntry);
        view->selectionModel()->clear();
        QVERIFY(!contextEntry->isEnabled());
        QVERIFY(!menuEntry->isEnabled());
        menuEntry->trigger();
        QVERIFY(!m_window->findChild<HistoryWindow *>());

        view->setCurrentIndex(cellOfA());
        QVERIFY(contextEntry->isEnabled());
        QVERIFY(menuEntry->isEnabled());

        m_window->findChild<QAction *>(QStringLiteral("showSeriesAction"))->trigger(); // no series at all
        QVERIFY(!menuEntry->isEnabled());
        m_window->findChild<QAction *>(QStringLiteral("showServiceTasksAction"))->trigger();
        QVERIFY(menuEntry->isEnabled());

        // A search that hides every row leaves nothing selected.
        auto *search = page()->findChild<SearchField *>(QStringLiteral("searchField"));
        QVERIFY(search);
        search->setText(QStringLiteral("no task is called this"));
        search->applyNow();
        QTRY_COMPARE(page()->model()->rowCount(), 0);
        QVERIFY(!contextEntry->isEnabled());
        search->clearNow();
        QTRY_VERIFY(page()->model()->rowCount() > 0);
        view->setCurrentIndex(cellOfA());
        QVERIFY(contextEntry->isEnabled());
    }

    // A series' history: the whole series per version, steps and actions compared too.
    void seriesHistoryFromTheSeriesTable()
    {
        TaskSeries series;
        series.name = QStringLiteral("Patrol");
        Step gate;
        gate.name = QStringLiteral("Gate");
        series.steps = {gate};
        const auto id = m_ws->series().create(series);
        QVERIFY(id);
        series = m_ws->series().get(*id)->local;
        series.name = QStringLiteral("Night patrol");
        series.steps[0].name = QStringLiteral("North gate");
        QVERIFY(m_ws->series().saveLocal(*id, series));

        TaskSeriesPage *seriesPage = m_window->seriesPage();
        QTRY_VERIFY(seriesPage->model()->rowCount() == 1);
        seriesPage->view()->setCurrentIndex(seriesPage->model()->index(0, TaskSeriesTableModel::Name));
        QAction *entry = seriesPage->view()->findChild<QAction *>(QStringLiteral("historyAction"));
        QVERIFY(entry && seriesPage->view()->actions().contains(entry));
        entry->trigger();
        auto *window = m_window->findChild<HistoryWindow *>();
        QVERIFY(window);
        QCOMPARE(rowTexts(window->versionList(), 2), (QStringList{QStringLiteral("Night patrol"), QStringLiteral("Patrol")}));
        QCOMPARE(lines(window->diffList()), (QStringList{QStringLiteral("Name: Patrol → Night patrol"),
                                                         QStringLiteral("step 1 «North gate»: renamed from «Gate»")}));
    }

    void loweringTheVersionsKeptTrims()
    {
        HistoryWindow *window = openFromContextMenu();
        QVERIFY(window);
        QCOMPARE(window->versionList()->topLevelItemCount(), 3);
        auto *box = window->findChild<QSpinBox *>(QStringLiteral("historyLimitBox"));
        QVERIFY(box);
        QCOMPARE(box->value(), RecordHistory::kDefaultLimit);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("2"));
        QTest::keyClick(box, Qt::Key_Return); // and nothing else: Enter restores nothing
        QCOMPARE(Settings::historyVersions.get(), 2);
        QCOMPARE(taskA().local.name, QStringLiteral("second edit"));
        QCOMPARE(RecordHistory(m_ws->database()).limit(), 2);
        QCOMPARE(rowTexts(window->versionList(), 2), (QStringList{QStringLiteral("second edit"), QStringLiteral("first edit")}));
        Settings::historyVersions.reset();
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
