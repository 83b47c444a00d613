#pragma once

// What the service tasks page tests share: the real MainWindow, offscreen, on a new
// database (the seed imported or empty), its table, form and actions, found by their
// object names, and the operator's clicks and keys. After each scenario the database is
// opened again and what was STORED is checked, not what the widgets show.

#include "GuiActions.h"
#include "MainWindowFixture.h"

#include "domain/EnumCatalog.h"
#include "io/DocumentImporter.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "servicetasks/ServiceTaskForm.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DurationEdit.h"
#include "widgets/PeriodsEditor.h"
#include "widgets/StringListEdit.h"
#include "widgets/UtcDateTimeEdit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <optional>

using Model = ServiceTaskTableModel;
using namespace GuiTest;

// The three service tasks of tests/data/import-both.json.
inline const QString kUuidA = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");
inline const QString kUuidB = QStringLiteral("86228b15-016c-cdef-ccce-50e54938780c");
inline const QString kNameA = QStringLiteral("Обзвон должников");   // disabled, regular 3600 s, all/work
inline const QString kNameB = QStringLiteral("Очистка ежедневная"); // enabled, firstsite, night-only, a period
inline const QString kNameC = QStringLiteral("Новая задача без id"); // enabled, "list" [SITE1, SITE3], no id

std::optional<StoredServiceTask> storedByUuid(Workspace &ws, const QString &uuid);
std::optional<StoredServiceTask> storedByName(Workspace &ws, const QString &name);

class ServiceTasksPageTest : public QObject, public MainWindowFixture
{
    Q_OBJECT

public:
    ServiceTasksPageTest() : MainWindowFixture(QStringLiteral("page")) {}

protected:
    // A new database file; with the seed document imported when `seeded`.
    bool newDatabase(bool seeded);
    // Every column on show, at the size these scenarios were written for.
    bool openWindow();
    bool openSeeded() { return newDatabase(true) && openWindow(); }

    // ---- the window's parts ------------------------------------------------------

    ServiceTasksPage *page() const { return m_window->serviceTasksPage(); }
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("serviceTaskTable")); }
    Model *model() const { return page()->model(); }
    ServiceTaskForm *form() const { return m_window->findChild<ServiceTaskForm *>(QStringLiteral("serviceTaskForm")); }
    QLineEdit *searchField() const { return m_window->findChild<QLineEdit *>(QStringLiteral("searchField")); }
    QUndoStack *undoStack() const { return m_window->undoStack(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    template<typename T>
    T *formChild(const char *name) const { return form()->findChild<T *>(QLatin1String(name)); }

    ServiceTaskStore &store() { return m_ws->serviceTasks(); }
    std::optional<StoredServiceTask> stored(const QString &uuid) { return storedByUuid(*m_ws, uuid); }

    // Presses the shortcut of a window action, with the focus where it is.
    void press(const char *actionName, QWidget *where = nullptr)
    {
        QVERIFY2(action(actionName), actionName);
        GuiTest::pressShortcut(action(actionName), where ? where : QApplication::focusWidget());
    }

    // ---- the table ---------------------------------------------------------------

    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, Model::Name).data().toString() == name)
                return row;
        }
        return -1;
    }

    int rowOfUuid(const QString &uuid) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, Model::Name).data(Model::UuidRole).toString() == uuid)
                return row;
        }
        return -1;
    }

    QString uuidNamed(const QString &name) const
    {
        const int row = rowNamed(name);
        return row < 0 ? QString() : model()->index(row, Model::Name).data(Model::UuidRole).toString();
    }

    QStringList namesInTableOrder() const
    {
        QStringList names;
        for (int row = 0; row < model()->rowCount(); ++row)
            names << model()->index(row, Model::Name).data().toString();
        return names;
    }

    QModelIndex cell(const QString &name, int column) const
    {
        const int row = rowNamed(name);
        return row < 0 ? QModelIndex() : model()->index(row, column);
    }

    QPoint centerOf(const QModelIndex &index) const
    {
        table()->scrollTo(index);
        return table()->visualRect(index).center();
    }

    void clickCell(const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
    {
        GuiTest::clickIndex(table(), index, modifiers);
    }

    // The open cell editor: the focus widget when it is inside the table's viewport.
    QWidget *cellEditor() const { return GuiTest::openEditor(table()); }
    QWidget *doubleClickToEdit(const QModelIndex &index) { return GuiTest::doubleClickToEdit(table(), index); }

    // Where the cell of a check column draws its box.
    QRect checkRect(const QModelIndex &index) const;

    void searchFor(const QString &text)
    {
        QLineEdit *search = searchField();
        QTest::mouseClick(search, Qt::LeftButton, {}, QPoint(10, search->height() / 2));
        retype(search, text);
        QCOMPARE(search->text(), text);
        // The filter is applied after a pause in the typing: wait for it, not a time.
        QTRY_COMPARE(model()->filter().text, text);
    }

    // Every row shows the record the store has for its id.
    bool rowsMatchStore(QString *problem)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const qint64 id = model()->localIdAt(row);
            const auto record = store().get(id);
            const QModelIndex name = model()->index(row, Model::Name);
            if (!record) {
                *problem = QStringLiteral("row %1: id %2 is not in the store").arg(row).arg(id);
                return false;
            }
            if (record->state == SyncState::Deleted) {
                *problem = QStringLiteral("row %1 shows a deleted record").arg(row);
                return false;
            }
            if (name.data(Model::LocalIdRole).toLongLong() != id || name.data().toString() != record->local.name) {
                *problem = QStringLiteral("row %1 shows \"%2\" (id %3); the store has \"%4\" (id %5)")
                               .arg(row)
                               .arg(name.data().toString())
                               .arg(name.data(Model::LocalIdRole).toLongLong())
                               .arg(record->local.name)
                               .arg(id);
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
};
