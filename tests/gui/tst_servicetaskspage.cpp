// The service tasks page on the real MainWindow, offscreen, driven as a user
// drives it: clicks on cells, keys into editors, the form's widgets, the toolbar
// actions by their shortcuts. After each scenario the database is opened again and
// what was STORED is checked, not what the widgets show.
#include "Confirmation.h"
#include "domain/EnumCatalog.h"
#include "MainWindow.h"
#include "i18n/Translator.h"
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
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QUuid>
#include <QWheelEvent>
#include <QtTest>
#include <QtTest/qtestspontaneevent.h>

#include <ctime>
#include <memory>
#include <optional>

using Model = ServiceTaskTableModel;

namespace {

// The three service tasks of tests/data/import-both.json.
const QString kUuidA = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");
const QString kUuidB = QStringLiteral("86228b15-016c-cdef-ccce-50e54938780c");
const QString kNameA = QStringLiteral("Обзвон должников");   // disabled, regular 3600 s, all/work
const QString kNameB = QStringLiteral("Очистка ежедневная"); // enabled, firstsite, night-only, a period
const QString kNameC = QStringLiteral("Новая задача без id"); // enabled, "list" [SITE1, SITE3], no id

// QStyledItemDelegate::initStyleOption made reachable, to find where a cell draws
// its check box (the page's delegate does not change that part).
class OptionProbe : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::initStyleOption;
};

std::optional<StoredServiceTask> storedByUuid(Workspace &ws, const QString &uuid)
{
    const auto id = ws.serviceTasks().localIdForUuid(uuid);
    if (!id)
        return std::nullopt;
    return ws.serviceTasks().get(*id);
}

std::optional<StoredServiceTask> storedByName(Workspace &ws, const QString &name)
{
    const QVector<StoredServiceTask> records = ws.serviceTasks().all(true);
    for (const StoredServiceTask &record : records) {
        if (record.local.name == name)
            return record;
    }
    return std::nullopt;
}

} // namespace

class TestServiceTasksPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

    // What the delete confirmation was asked, and what it answers.
    QStringList m_asked;
    bool m_answer = false;

    // ---- set-up ---------------------------------------------------------------

    // A new database file; with the seed document imported when `seeded`.
    bool newDatabase(bool seeded)
    {
        m_path = m_dir.filePath(QStringLiteral("page%1.sqlite").arg(++m_databases));
        Workspace ws;
        if (!ws.open(m_path)) {
            qWarning() << "cannot open" << m_path << ws.errorString();
            return false;
        }
        if (!seeded)
            return true;
        DocumentImporter importer(ws.database(), ws.serviceTasks(), ws.series());
        if (!importer.importFile(QStringLiteral(TASKDESK_TEST_DATA "/import-both.json"))) {
            qWarning() << importer.errors();
            return false;
        }
        return ws.serviceTasks().count() == 3;
    }

    bool openWindow()
    {
        m_ws = std::make_unique<Workspace>();
        if (!m_ws->open(m_path))
            return false;
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        // These scenarios edit every column, the ones hidden by default too: shown as the
        // operator shows them (the header's menu is tested in tst_operatorday).
        for (int column = 0; column < Model::ColumnCount; ++column)
            table()->showColumn(column);
        // The size these scenarios were written for; the offscreen screen is smaller, and
        // the window fits itself to it (tst_operatorday covers that).
        m_window->resize(1280, 760);
        table()->setFocus(Qt::OtherFocusReason);
        return true;
    }

    bool openSeeded() { return newDatabase(true) && openWindow(); }

    void closeWindow()
    {
        if (m_window) {
            m_window->close();
            m_window.reset();
        }
        m_ws.reset();
    }

    // Closes the window and its database, then opens the file again, as a restart does.
    std::unique_ptr<Workspace> reopen()
    {
        closeWindow();
        auto ws = std::make_unique<Workspace>();
        if (!ws->open(m_path))
            return nullptr;
        return ws;
    }

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
        QAction *a = action(actionName);
        QVERIFY2(a, actionName);
        QVERIFY2(!a->shortcut().isEmpty(), actionName);
        QWidget *target = where ? where : QApplication::focusWidget();
        QVERIFY(target);
        QTest::keySequence(target, a->shortcut());
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
        QVERIFY(index.isValid());
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, centerOf(index));
    }

    // The open cell editor: the focus widget when it is inside the table's viewport.
    QWidget *cellEditor() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && table()->viewport()->isAncestorOf(focus) ? focus : nullptr;
    }

    QWidget *doubleClickToEdit(const QModelIndex &index)
    {
        if (!index.isValid())
            return nullptr;
        // As a real double-click: a press and release first, then the double-click.
        const QPoint at = centerOf(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
        if (!QTest::qWaitFor([this] { return cellEditor() != nullptr; }, 2000))
            return nullptr;
        return cellEditor();
    }

    // Where the cell of a check column draws its box.
    QRect checkRect(const QModelIndex &index) const
    {
        QTableView *view = table();
        view->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.widget = view;
        option.rect = view->visualRect(index);
        option.font = view->font();
        option.fontMetrics = QFontMetrics(view->font());
        option.state |= QStyle::State_Enabled;
        OptionProbe probe;
        probe.initStyleOption(&option, index);
        return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    }

    static void clickCheckBox(QCheckBox *box)
    {
        QStyleOptionButton option;
        option.initFrom(box);
        option.text = box->text();
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
    }

    // Double-clicks an item of a QTableWidget/QListWidget to edit it; returns its editor.
    static QLineEdit *doubleClickItem(QAbstractItemView *view, const QRect &rect)
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        if (!QTest::qWaitFor([view] { return view->isAncestorOf(QApplication::focusWidget()); }, 2000))
            return nullptr;
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return editor && view->isAncestorOf(editor) ? editor : nullptr;
    }

    static void clickButton(QWidget *button)
    {
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    }

    // Types any text, Cyrillic included (QTest::keyClicks takes Latin-1 only): each
    // character as the key a keyboard layout would send for it.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80) {
                QTest::keyClick(widget, ch.toLatin1());
            } else {
                const auto key = Qt::Key(ch.toUpper().unicode());
                QTest::sendKeyEvent(QTest::Click, widget, key, QString(ch), Qt::NoModifier);
            }
        }
    }

    // Replaces the text of the focused line-like editor by typing.
    static void retype(QWidget *editor, const QString &text)
    {
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Backspace);
        else
            type(editor, text);
    }

    // Turns the mouse wheel over `widget` by `notches`, delivered as a window would:
    // an event the widget leaves unaccepted goes on to its parents.
    static void wheel(QWidget *widget, int notches)
    {
        const QPointF at = QPointF(widget->rect().center());
        QWheelEvent event(at, QPointF(widget->mapToGlobal(at)), QPoint(), QPoint(0, 120 * notches),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        // Spontaneous, as from the window system: only those go on to the parents.
        // (sendEvent would mark it as not spontaneous again; QTest's mouse does the same.)
        QSpontaneKeyEvent::setSpontaneous(&event);
        qApp->notify(widget, &event);
    }

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
    void initTestCase()
    {
        // A zone east of UTC without summer time: "shown in local time, stored in UTC"
        // can only be told apart from "stored as shown" away from UTC.
        qputenv("TZ", "Asia/Novosibirsk");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_servicetaskspage"));
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        QCOMPARE(QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).toLocalTime().time(), QTime(7, 0));
    }

    void init()
    {
        QSettings().clear(); // no sort order or layout left over from a previous test
        m_asked.clear();
        m_answer = false;
        Confirmation::setHandler([this](QWidget *, const QString &, const QString &text) {
            m_asked << text;
            return m_answer;
        });
    }

    void cleanup()
    {
        closeWindow();
        Confirmation::setHandler({});
    }

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

    // 5. A start date set in the form: local time shown, UTC stored.
    void startDateLocalShownUtcStored()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        // 2024-05-01T00:00:00Z is 07:00 in Novosibirsk.
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QStringLiteral("2024-05-01 07:00"));
        clickCell(cell(kNameC, Model::Name));
        auto *start = formChild<UtcDateTimeEdit>("startEdit");
        auto *box = start->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("2024-05-01 07:00:00"));
        QCOMPARE(start->dateTime(), QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC));

        // Type 2025-06-15 09:30:00 local, section by section, from the first one.
        box->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), box);
        type(box, QStringLiteral("20250615093000"));
        QCOMPARE(box->text(), QStringLiteral("2025-06-15 09:30:00"));
        QCOMPARE(undoStack()->count(), 0); // not on every keystroke
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(undoStack()->count(), 1);
        const auto record = stored(uuidC);
        QCOMPARE(record->local.dtStart.toUtc(), QDateTime(QDate(2025, 6, 15), QTime(2, 30), Qt::UTC));
        QCOMPARE(record->local.dtStart.toWire(), QStringLiteral("2025-06-15T02:30:00Z"));
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QStringLiteral("2025-06-15 09:30"));
        QCOMPARE(box->toolTip(), QStringLiteral("2025-06-15 02:30:00 UTC"));

        // "No date" empties it.
        auto *noDate = start->findChild<QCheckBox *>(QStringLiteral("noDateCheck"));
        clickCheckBox(noDate);
        QTRY_VERIFY(stored(uuidC)->local.dtStart.isEmpty());
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QString());
        press("undoAction", table());
        QTRY_COMPARE(stored(uuidC)->local.dtStart.toWire(), QStringLiteral("2025-06-15T02:30:00Z"));
        QCOMPARE(box->text(), QStringLiteral("2025-06-15 09:30:00"));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedByUuid(*ws, uuidC)->local.dtStart.toWire(), QStringLiteral("2025-06-15T02:30:00Z"));
    }

    // 5b. The same in a cell: the date editor opens in local time, Enter stores UTC and
    //     closes it.
    void startDateInCell()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        QWidget *editor = doubleClickToEdit(cell(kNameC, Model::Start));
        QVERIFY(editor);
        auto *box = qobject_cast<QDateTimeEdit *>(editor);
        QVERIFY2(box, editor->metaObject()->className());
        QCOMPARE(box->text(), QStringLiteral("2024-05-01 07:00:00"));
        box->setSelectedSection(QDateTimeEdit::HourSection);
        type(box, QStringLiteral("23"));
        QCOMPARE(box->text(), QStringLiteral("2024-05-01 23:00:00"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidC)->local.dtStart.toWire(), QStringLiteral("2024-05-01T16:00:00Z"));
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QStringLiteral("2024-05-01 23:00"));
        QCOMPARE(undoStack()->count(), 1);
        QTest::qWait(0);
        QVERIFY2(!cellEditor(), "Enter committed the date, but an editor is open on the cell again");
    }

    // 5c. The form's editors keep their own hints (the UTC value of a date, what a code
    //     combo accepts) when the record is valid.
    void formEditorsKeepTheirHints()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameC, Model::Name));
        QVERIFY(stored(uuidNamed(kNameC))->valid);
        const CodeComboBox reference(EnumCatalog::siteModes());
        QVERIFY(!reference.toolTip().isEmpty());
        QCOMPARE(formChild<CodeComboBox>("siteModeCombo")->toolTip(), reference.toolTip());
        QCOMPARE(formChild<UtcDateTimeEdit>("startEdit")->toolTip(), QStringLiteral("2024-05-01 00:00:00 UTC"));
    }

    // 6. Sites through the form's list editor and through the cell.
    void sitesThroughListEditor()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameC, Model::Name));
        auto *sites = formChild<StringListEdit>("sitesEdit");
        QVERIFY(sites->isEnabled()); // "list" is not known to ignore the list
        QCOMPARE(sites->items(), QStringList({"SITE1", "SITE3"}));
        auto *list = sites->findChild<QListWidget *>(QStringLiteral("itemsList"));

        // Remove both, with the mouse and then with the Delete key.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        clickButton(sites->findChild<QToolButton *>(QStringLiteral("removeButton")));
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList{"SITE1"});
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList());
        QCOMPARE(undoStack()->count(), 2);

        // Add "A" with the button, "B" with Insert.
        clickButton(sites->findChild<QToolButton *>(QStringLiteral("addButton")));
        auto *itemEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(itemEditor && list->isAncestorOf(itemEditor));
        type(itemEditor, QStringLiteral("A"));
        QTest::keyClick(itemEditor, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList{"A"});
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_Insert);
        itemEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(itemEditor && list->isAncestorOf(itemEditor));
        type(itemEditor, QStringLiteral(" B "));
        QTest::keyClick(itemEditor, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList({"A", "B"}));
        QCOMPARE(undoStack()->count(), 4);
        QCOMPARE(cell(kNameC, Model::Sites).data().toString(), QStringLiteral("A, B"));
        QCOMPARE(cell(kNameC, Model::Sites).data(Model::IssuesRole).toStringList(), QStringList());

        // The cell: a comma-separated line.
        QWidget *editor = doubleClickToEdit(cell(kNameB, Model::Sites));
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("SITE1, SITE2"));
        retype(line, QStringLiteral("SITE2,  SITE7 ,"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidB)->local.sites, QStringList({"SITE2", "SITE7"}));
        QCOMPARE(cell(kNameB, Model::Sites).data().toString(), QStringLiteral("SITE2, SITE7"));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedByUuid(*ws, uuidC)->local.sites, QStringList({"A", "B"}));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.sites, QStringList({"SITE2", "SITE7"}));
    }

    // 7. Periods: edit a key of an existing period (its unknown keys survive), add a
    //    period and give it a key and a value.
    void periodsEditorKeepsUnknownKeys()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameB, Model::Name));
        auto *periods = formChild<PeriodsEditor>("periodsEditor");
        QVERIFY(periods->isEnabled()); // "night-only" is not known to ignore periods
        auto *keys = periods->findChild<QTableWidget *>(QStringLiteral("keysTable"));
        auto *list = periods->findChild<QListWidget *>(QStringLiteral("periodsList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(keys->rowCount(), 4);
        int fromRow = -1;
        for (int row = 0; row < keys->rowCount(); ++row) {
            if (keys->item(row, 0)->text() == QLatin1String("from"))
                fromRow = row;
        }
        QVERIFY(fromRow >= 0);

        // Edit "from".
        auto *valueEditor = doubleClickItem(keys, keys->visualItemRect(keys->item(fromRow, 1)));
        QVERIFY(valueEditor);
        QCOMPARE(valueEditor->text(), QStringLiteral("08:00"));
        retype(valueEditor, QStringLiteral("09:00"));
        QTest::keyClick(valueEditor, Qt::Key_Return);
        const QJsonObject edited{{"day", "mon"}, {"from", "09:00"}, {"to", "17:00"}, {"tz", "Europe/Moscow"}};
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray{edited});
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit periods"));

        // A new period, then a key and a value in it.
        clickButton(periods->findChild<QToolButton *>(QStringLiteral("addPeriodButton")));
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, QJsonObject()}));
        QCOMPARE(list->currentRow(), 1);
        clickButton(periods->findChild<QToolButton *>(QStringLiteral("addKeyButton")));
        auto *keyEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(keyEditor && keys->isAncestorOf(keyEditor));
        type(keyEditor, QStringLiteral("day"));
        QTest::keyClick(keyEditor, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, QJsonObject{{"day", ""}}}));
        QCOMPARE(keys->rowCount(), 1);
        valueEditor = doubleClickItem(keys, keys->visualItemRect(keys->item(0, 1)));
        QVERIFY(valueEditor);
        type(valueEditor, QStringLiteral("tue"));
        QTest::keyClick(valueEditor, Qt::Key_Return);
        const QJsonObject added{{"day", "tue"}};
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, added}));
        QCOMPARE(undoStack()->count(), 4);
        // The raw JSON view shows the whole array, unknown key included.
        const QString json = periods->findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"))->toPlainText();
        QVERIFY2(json.contains(QLatin1String("Europe/Moscow")) && json.contains(QLatin1String("tue")), qPrintable(json));

        // Undo the value: the form's editor follows the store.
        press("undoAction", table());
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, QJsonObject{{"day", ""}}}));
        QCOMPARE(periods->periods(), QJsonArray({edited, QJsonObject{{"day", ""}}}));
        press("redoAction", table());
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, added}));

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedByUuid(*ws, kUuidB);
        QCOMPARE(record->local.periods, QJsonArray({edited, added}));
        // Other unknown data of B is untouched.
        QCOMPARE(record->local.opts.value(QStringLiteral("color")).toString(), QStringLiteral("#ff0000"));
        QVERIFY(record->local.extra.contains(QStringLiteral("priorityHint")));
    }

    // 7b. What is typed in the form and not applied yet is not dropped when the form
    //     moves to another record: an open cell editor of the periods table is
    //     committed, edited raw JSON is applied when the operator says so.
    void unappliedPeriodEditsSurviveARecordChange()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameB, Model::Name));
        auto *periods = formChild<PeriodsEditor>("periodsEditor");
        auto *keys = periods->findChild<QTableWidget *>(QStringLiteral("keysTable"));
        int fromRow = -1;
        for (int row = 0; row < keys->rowCount(); ++row) {
            if (keys->item(row, 0)->text() == QLatin1String("from"))
                fromRow = row;
        }
        QVERIFY(fromRow >= 0);
        auto *valueEditor = doubleClickItem(keys, keys->visualItemRect(keys->item(fromRow, 1)));
        QVERIFY(valueEditor);
        retype(valueEditor, QStringLiteral("09:00"));
        // The editor is still open when New moves the form to another record.
        press("newAction", valueEditor);
        QTRY_COMPARE(model()->rowCount(), 4);
        const QJsonObject edited{{"day", "mon"}, {"from", "09:00"}, {"to", "17:00"}, {"tz", "Europe/Moscow"}};
        QCOMPARE(stored(kUuidB)->local.periods, QJsonArray{edited});
        QVERIFY(m_asked.isEmpty());

        // Raw JSON edited, not applied: asked; "yes" applies it to the record it was typed for.
        clickCell(cell(kNameB, Model::Name));
        auto *json = periods->findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"));
        json->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(json->hasFocus());
        QTest::keyClick(json, Qt::Key_A, Qt::ControlModifier);
        type(json, QStringLiteral("[{\"day\": \"sun\"}]"));
        m_answer = true;
        clickCell(cell(kNameA, Model::Name));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(kNameB), qPrintable(m_asked.first()));
        QCOMPARE(stored(kUuidB)->local.periods, QJsonArray({QJsonObject{{"day", "sun"}}}));
        QCOMPARE(form()->currentId(), store().localIdForUuid(kUuidA));
    }

    // 8. An invalid value is marked on the cell and in the form, and saved as a draft.
    void invalidNameIsMarkedAndStoredAsDraft()
    {
        QVERIFY(openSeeded());
        const QModelIndex name = cell(kNameA, Model::Name);
        QVERIFY(name.data(Model::IssuesRole).toStringList().isEmpty());
        auto *summary = formChild<QLabel>("validationSummary");

        clickCell(name);
        QVERIFY(!summary->isVisible());
        QTest::keyClick(table(), Qt::Key_F2);
        QWidget *editor = cellEditor();
        QVERIFY(editor);
        retype(editor, QString());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!model()->index(name.row(), Model::Name).data(Model::IssuesRole).toStringList().isEmpty());
        const QStringList issues = model()->index(name.row(), Model::Name).data(Model::IssuesRole).toStringList();
        QVERIFY2(issues.join(' ').contains(QLatin1String("name"), Qt::CaseInsensitive), qPrintable(issues.join(' ')));
        QVERIFY(model()->index(name.row(), Model::Name).data(Qt::ToolTipRole).toString().contains(issues.first()));
        QVERIFY(model()->index(name.row(), Model::ScriptCode).data(Model::IssuesRole).toStringList().isEmpty());
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(issues.first()), qPrintable(summary->text()));
        QVERIFY(formChild<QLineEdit>("nameEdit")->property("invalid").toBool());
        auto record = stored(kUuidA);
        QCOMPARE(record->local.name, QString());
        QVERIFY(!record->valid);

        // Undo makes it valid again.
        press("undoAction", table());
        QTRY_VERIFY(stored(kUuidA)->valid);
        QVERIFY(!summary->isVisible());
        QVERIFY(!formChild<QLineEdit>("nameEdit")->property("invalid").toBool());

        // Cleared in the form: the same.
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        QTest::mouseClick(nameEdit, Qt::LeftButton, {}, QPoint(5, nameEdit->height() / 2));
        retype(nameEdit, QStringLiteral("   "));
        QTest::keyClick(nameEdit, Qt::Key_Tab);
        QTRY_VERIFY(!stored(kUuidA)->valid);
        QVERIFY(summary->isVisible());
        QVERIFY(!cell(QStringLiteral("   "), Model::Name).data(Model::IssuesRole).toStringList().isEmpty());
        QVERIFY(!cell(QStringLiteral("   "), Model::Name).data(Model::RecordIssuesRole).toStringList().isEmpty());

        auto ws = reopen();
        QVERIFY(ws);
        record = storedByUuid(*ws, kUuidA);
        QVERIFY(record);
        QCOMPARE(record->local.name, QStringLiteral("   "));
        QVERIFY(!record->valid);
        QCOMPARE(record->state, SyncState::New);
        QCOMPARE(ws->serviceTasks().count(), 3);
    }

    // 9. Create: Ctrl+N, defaults, focus on the name; undo removes it entirely, redo
    //    brings it back with the same id.
    void createNewWithDefaults()
    {
        QVERIFY(openSeeded());
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        const QVector<qint64> selected = page()->selectedIds();
        QCOMPARE(selected.size(), 1);
        const qint64 id = selected.first();
        QCOMPARE(table()->currentIndex().row(), model()->rowOf(id));
        QCOMPARE(form()->currentId(), std::optional<qint64>(id));
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        QTRY_COMPARE(QApplication::focusWidget(), nameEdit);
        QCOMPARE(nameEdit->selectedText(), QStringLiteral("New service task"));

        // The defaults of docs/api-contract.md §1.1.
        auto record = store().get(id);
        QVERIFY(record);
        const ServiceTask &t = record->local;
        const QString uuid = t.id;
        QVERIFY(!QUuid(uuid).isNull());
        QCOMPARE(t.name, QStringLiteral("New service task"));
        QCOMPARE(t.isEnabled, false);
        QCOMPARE(t.scriptCode, QString());
        QCOMPARE(t.siteMode, QStringLiteral("all"));
        QCOMPARE(t.sites, QStringList());
        QCOMPARE(t.isRegular, false);
        QCOMPARE(t.overlap, true);
        QCOMPARE(t.intervalSec, 0);
        QVERIFY(t.dtStart.isEmpty());
        QVERIFY(t.dtStop.isEmpty());
        QCOMPARE(t.schedule, QStringLiteral("all"));
        QCOMPARE(t.periods, QJsonArray());
        QCOMPARE(t.opts, (QJsonObject{{"title", ""}, {"comment", ""}}));
        QCOMPARE(t.ext, QJsonObject());
        QCOMPARE(t.extra, QJsonObject());
        QCOMPARE(record->state, SyncState::New);
        QVERIFY(record->valid);

        // The name typed at once, committed by Tab.
        type(nameEdit, QStringLiteral("Ночная проверка"));
        QTest::keyClick(nameEdit, Qt::Key_Tab);
        QTRY_COMPARE(store().get(id)->local.name, QStringLiteral("Ночная проверка"));
        QCOMPARE(model()->index(model()->rowOf(id), Model::Name).data().toString(), QStringLiteral("Ночная проверка"));
        QCOMPARE(undoStack()->count(), 2);

        // Undo both: the record is gone from the store, not marked.
        press("undoAction", table());
        QTRY_COMPARE(store().get(id)->local.name, QStringLiteral("New service task"));
        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(!store().localIdForUuid(uuid));
        QCOMPARE(store().count(true), 3);
        QVERIFY(!action("undoAction")->isEnabled());

        // Redo both: the same id again.
        press("redoAction", table());
        press("redoAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        const auto again = stored(uuid);
        QVERIFY(again);
        QCOMPARE(again->local.name, QStringLiteral("Ночная проверка"));
        QCOMPARE(again->state, SyncState::New);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 4);
        QCOMPARE(storedByUuid(*ws, uuid)->local.name, QStringLiteral("Ночная проверка"));
    }

    // 9b. Keyboard only, several tasks in a row: Ctrl+N, type a name, Ctrl+N again. The
    //     name typed for the first task must not be lost.
    void createTwiceKeepsTheFirstName()
    {
        QVERIFY(openSeeded());
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        press("newAction", table());
        QTRY_COMPARE(QApplication::focusWidget(), nameEdit);
        const qint64 first = page()->selectedIds().value(0);
        type(nameEdit, QStringLiteral("Первая"));
        press("newAction", nameEdit);
        QTRY_COMPARE(model()->rowCount(), 5);
        QTRY_COMPARE(QApplication::focusWidget(), nameEdit);
        type(nameEdit, QStringLiteral("Вторая"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        const qint64 second = page()->selectedIds().value(0);
        QVERIFY(second != first);
        QTRY_COMPARE(store().get(second)->local.name, QStringLiteral("Вторая"));
        QCOMPARE(store().get(first)->local.name, QStringLiteral("Первая"));
    }

    // 9c. Ctrl+N while a search hides the new task: it is still selected, shown in the
    //     form, and its name has the focus.
    void createWhileSearchingSelectsTheNewTask()
    {
        QVERIFY(openSeeded());
        searchFor(QStringLiteral("обзвон"));
        QTRY_COMPARE(model()->rowCount(), 1);
        press("newAction", searchField());
        QTRY_COMPARE(store().count(), 4);
        const auto created = storedByName(*m_ws, QStringLiteral("New service task"));
        QVERIFY(created);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{created->localId});
        QCOMPARE(form()->currentId(), std::optional<qint64>(created->localId));
        QTRY_COMPARE(QApplication::focusWidget(), formChild<QLineEdit>("nameEdit"));
    }

    // 10. Duplicate: a copy with a new id, "(copy)", no ext; undo removes it.
    void duplicateAndUndo()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameB, Model::Name));
        press("duplicateAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        const QVector<qint64> selected = page()->selectedIds();
        QCOMPARE(selected.size(), 1);
        const auto copy = store().get(selected.first());
        const auto original = stored(kUuidB);
        QVERIFY(copy && original);
        QVERIFY(copy->local.id != kUuidB);
        QVERIFY(!QUuid(copy->local.id).isNull());
        QCOMPARE(copy->local.name, QStringLiteral("Очистка ежедневная (copy)"));
        QCOMPARE(copy->local.ext, QJsonObject());
        QCOMPARE(copy->state, SyncState::New);
        QCOMPARE(copy->local.periods, original->local.periods);
        QCOMPARE(copy->local.opts, original->local.opts);
        QCOMPARE(copy->local.extra, original->local.extra);
        QCOMPARE(copy->local.sites, original->local.sites);
        QCOMPARE(copy->local.schedule, original->local.schedule);
        QCOMPARE(copy->local.intervalSec, original->local.intervalSec);
        QCOMPARE(original->local.ext.value(QStringLiteral("owner")).toString(), QStringLiteral("admin"));
        QCOMPARE(cell(QStringLiteral("Очистка ежедневная (copy)"), Model::Created).data().toString(), QString());
        const QString copyUuid = copy->local.id;

        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(!store().localIdForUuid(copyUuid));
        QCOMPARE(store().count(true), 3);
        press("redoAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        QVERIFY(store().localIdForUuid(copyUuid));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 4);
        const auto kept = storedByUuid(*ws, copyUuid);
        QVERIFY(kept);
        QCOMPARE(kept->local.name, QStringLiteral("Очистка ежедневная (copy)"));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.ext.value(QStringLiteral("owner")).toString(), QStringLiteral("admin"));
    }

    // 11. Delete a selection of a never-synced and a synced task.
    void deleteSelectionAsksOnceAndKeepsSyncedAsDeleted()
    {
        QVERIFY(newDatabase(true));
        {
            Workspace ws;
            QVERIFY(ws.open(m_path));
            const auto b = storedByUuid(ws, kUuidB);
            QVERIFY(ws.serviceTasks().markSynced(b->localId, b->revision, b->local));
            QCOMPARE(storedByUuid(ws, kUuidB)->state, SyncState::Clean);
        }
        QVERIFY(openWindow());
        const QString uuidC = uuidNamed(kNameC);
        QCOMPARE(cell(kNameB, Model::State).data(Model::SyncStateRole).toInt(), int(SyncState::Clean));

        clickCell(cell(kNameA, Model::Name));
        clickCell(cell(kNameB, Model::Name), Qt::ControlModifier);
        QCOMPARE(page()->selectedIds().size(), 2);

        // "No" changes nothing.
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(QLatin1String("2")), qPrintable(m_asked.first()));
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(store().count(true), 3);
        QCOMPARE(stored(kUuidB)->state, SyncState::Clean);
        QCOMPARE(undoStack()->count(), 0);

        // "Yes": asked once more (not once per record).
        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY2(m_asked.last().contains(QLatin1String("2")), qPrintable(m_asked.last()));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, Model::Name).data().toString(), kNameC);
        QVERIFY(!stored(kUuidA));                     // never synced: gone
        QCOMPARE(stored(kUuidB)->state, SyncState::Deleted); // synced: kept until pushed
        QCOMPARE(store().count(), 1);
        QCOMPARE(store().count(true), 2);
        QCOMPARE(undoStack()->count(), 1);

        // Undo brings both back; the synced one is clean again.
        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(stored(kUuidA)->state, SyncState::New);
        QCOMPARE(stored(kUuidA)->local.name, kNameA);
        QCOMPARE(stored(kUuidB)->state, SyncState::Clean);
        QCOMPARE(cell(kNameB, Model::State).data(Model::SyncStateRole).toInt(), int(SyncState::Clean));

        // One record: the question names it.
        clickCell(cell(kNameC, Model::Name));
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 3);
        QVERIFY2(m_asked.last().contains(kNameC), qPrintable(m_asked.last()));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 3);
        QCOMPARE(storedByUuid(*ws, kUuidA)->state, SyncState::New);
        QCOMPARE(storedByUuid(*ws, kUuidB)->state, SyncState::Clean);
        QCOMPARE(storedByUuid(*ws, uuidC)->state, SyncState::New);
    }

    // 8b. One current record: the form shows the highlighted row, the one Delete asks
    //     about, even after Ctrl+End moved the keyboard cursor without selecting; after
    //     a delete nothing is selected, the commands are greyed and the form is empty.
    void formAndCommandsFollowOneRecord()
    {
        QVERIFY(openSeeded());
        const QStringList names = namesInTableOrder();
        QCOMPARE(names.size(), 3);
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table()->currentIndex().row(), 2);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{model()->localIdAt(0)});
        QCOMPARE(form()->currentId(), std::optional<qint64>(model()->localIdAt(0)));
        QCOMPARE(formChild<QLineEdit>("nameEdit")->text(), names.at(0));

        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(names.at(0)), qPrintable(m_asked.first()));
        QTRY_COMPARE(model()->rowCount(), 2);
        QVERIFY(page()->selectedIds().isEmpty());
        QVERIFY(!action("deleteAction")->isEnabled());
        QVERIFY(!action("duplicateAction")->isEnabled());
        QCOMPARE(form()->currentId(), std::nullopt);
        QVERIFY2(!formChild<QWidget>("formFields")->isVisible(), "the empty form still shows fields");
        QVERIFY(!formChild<QLineEdit>("nameEdit")->isVisible());

        // A click selects again: form and commands are back on one record.
        clickCell(model()->index(1, Model::Name));
        QCOMPARE(form()->currentId(), std::optional<qint64>(model()->localIdAt(1)));
        QVERIFY(formChild<QLineEdit>("nameEdit")->isVisible());
        QVERIFY(action("deleteAction")->isEnabled());
    }

    // 8c. With nothing selected the form shows no field values, and no hint in it looks
    //     like one.
    void emptyFormShowsNoData()
    {
        QVERIFY(openSeeded());
        QCOMPARE(form()->currentId(), std::nullopt);
        QVERIFY(!formChild<QWidget>("formFields")->isVisible());
        QCOMPARE(formChild<QLabel>("formHeader")->text(), QStringLiteral("Select a service task, or create one with New."));
        auto *script = formChild<QLineEdit>("scriptEdit");
        QVERIFY2(!script->placeholderText().contains(QLatin1String("dialByCallList")), qPrintable(script->placeholderText()));
    }

    // 8d. New puts the cursor in the name and scrolls the form to it.
    void newScrollsTheFormToTheName()
    {
        QVERIFY(openSeeded());
        // A form taller than its room, at a width the window supports (1024 px and up; the
        // offscreen screen is narrower, and the first start fits the window to it).
        m_window->resize(1280, 320);
        clickCell(cell(kNameA, Model::Name));
        auto *scroll = form()->findChild<QScrollArea *>();
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        auto *name = formChild<QLineEdit>("nameEdit");
        QVERIFY(name->visibleRegion().isEmpty());
        press("newAction", table());
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTRY_VERIFY2(!name->visibleRegion().isEmpty(), "the focused name is scrolled out of sight");
        const QRect inViewport(name->mapTo(scroll->viewport(), QPoint(0, 0)), name->size());
        QVERIFY(scroll->viewport()->rect().contains(inViewport));
    }

    // 12. Enable/disable a selection: one undo step each.
    void bulkEnableDisableIsOneStep()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameA, Model::Name));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(page()->selectedIds().size(), 3);

        press("disableAction", table());
        QTRY_VERIFY(!stored(uuidC)->local.isEnabled);
        QVERIFY(!stored(kUuidA)->local.isEnabled);
        QVERIFY(!stored(kUuidB)->local.isEnabled);
        QCOMPARE(undoStack()->count(), 1);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model()->index(row, Model::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        press("undoAction", table());
        QTRY_VERIFY(stored(uuidC)->local.isEnabled);
        QVERIFY(stored(kUuidB)->local.isEnabled);
        QVERIFY(!stored(kUuidA)->local.isEnabled);
        press("redoAction", table());
        QTRY_VERIFY(!stored(uuidC)->local.isEnabled);
        QVERIFY(!stored(kUuidB)->local.isEnabled);

        QCOMPARE(page()->selectedIds().size(), 3);
        press("enableAction", table());
        QTRY_VERIFY(stored(kUuidA)->local.isEnabled);
        QVERIFY(stored(kUuidB)->local.isEnabled);
        QVERIFY(stored(uuidC)->local.isEnabled);
        QCOMPARE(undoStack()->count(), 2);
        QVERIFY2(undoStack()->undoText().startsWith(QLatin1String("Enable 3")), qPrintable(undoStack()->undoText()));
        press("undoAction", table());
        QTRY_VERIFY(!stored(kUuidA)->local.isEnabled);
        QVERIFY(!stored(kUuidB)->local.isEnabled);
        QVERIFY(!stored(uuidC)->local.isEnabled);

        auto ws = reopen();
        QVERIFY(ws);
        for (const StoredServiceTask &record : ws->serviceTasks().all())
            QVERIFY2(!record.local.isEnabled, qPrintable(record.local.name));
    }

    // 13. Search as you type: name, script, title, comment; Cyrillic; any case; short texts.
    void searchFiltersAsYouType()
    {
        QVERIFY(newDatabase(true));
        {
            Workspace ws;
            QVERIFY(ws.open(m_path));
            auto c = storedByName(ws, kNameC);
            QVERIFY(c);
            c->local.setTitle(QStringLiteral("Квартальный отчёт"));
            c->local.setComment(QStringLiteral("Проверить ВРУЧНУЮ"));
            QVERIFY(ws.serviceTasks().saveLocal(c->localId, c->local));
        }
        QVERIFY(openWindow());
        QCOMPARE(model()->rowCount(), 3);

        const struct { QString text; QStringList names; } cases[] = {
            {QStringLiteral("ОБЗВОН"), {kNameA}},                     // name, other case
            {QStringLiteral("обзвон должников"), {kNameA}},
            {QStringLiteral("CLEARDATA"), {kNameB}},                  // script code
            {QStringLiteral("квартальный"), {kNameC}},                // title
            {QStringLiteral("вручную"), {kNameC}},                    // comment, stored upper case
            {QStringLiteral("после 22"), {kNameB}},                   // comment with a space
            {QStringLiteral("Ж"), {kNameA, kNameB}},                  // one character
            {QStringLiteral("id"), {kNameC}},                         // two characters
            {QStringLiteral("22"), {kNameB}},
            {QStringLiteral("нет такого"), {}},
            {QStringLiteral("100%"), {}},
            {QStringLiteral("%"), {}},                                 // LIKE wildcards are text
            {QStringLiteral("_"), {}},
        };
        for (const auto &c : cases) {
            searchFor(c.text);
            QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), int(c.names.size()), 3000);
            QStringList names = namesInTableOrder();
            names.sort();
            QStringList expected = c.names;
            expected.sort();
            QVERIFY2(names == expected, qPrintable(c.text + QStringLiteral(": ") + names.join(QStringLiteral(", "))));
        }
        // Cleared: everything again.
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 3);

        // Ctrl+F from the table puts the focus in the search field, its text selected.
        searchFor(QStringLiteral("clear"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QTest::keyClick(searchField(), Qt::Key_Return); // Enter goes to the results
        QTRY_COMPARE(QApplication::focusWidget(), table());
        press("findAction", table());
        QTRY_COMPARE(QApplication::focusWidget(), searchField());
        QCOMPARE(searchField()->selectedText(), QStringLiteral("clear"));
        QTest::keyClick(searchField(), Qt::Key_Backspace);
        QTRY_COMPARE(model()->rowCount(), 3);

        // Searching changes nothing stored.
        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 3);
    }

    // 13b. A table a filter leaves without rows says why; Esc in the search field clears it.
    void emptyTableSaysWhyAndEscClearsTheSearch()
    {
        QVERIFY(openSeeded());
        auto *hint = m_window->findChild<QLabel *>(QStringLiteral("serviceTaskEmptyHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        searchFor(QStringLiteral("нет такого"));
        QTRY_COMPARE(model()->rowCount(), 0);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No tasks match “нет такого”"));

        QTest::keyClick(searchField(), Qt::Key_Escape);
        QCOMPARE(searchField()->text(), QString());
        QCOMPARE(model()->rowCount(), 3); // at once, not after the typing pause
        QVERIFY(!hint->isVisible());

        // Conflicts only, without a conflict: it says so.
        press("conflictsOnlyAction", table());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No conflicts"));
        press("conflictsOnlyAction", table());
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(!hint->isVisible());
    }

    // 14. A click on a header sorts by that column; again, the other way.
    void headerClickSorts()
    {
        QVERIFY(newDatabase(true));
        {
            Workspace ws;
            QVERIFY(ws.open(m_path));
            ServiceTask zulu;
            zulu.name = QStringLiteral("Zulu");
            zulu.intervalSec = 60;
            ServiceTask alpha;
            alpha.name = QStringLiteral("alpha");
            alpha.intervalSec = 7200;
            QVERIFY(ws.serviceTasks().create(zulu));
            QVERIFY(ws.serviceTasks().create(alpha));
        }
        QVERIFY(openWindow());
        clickCell(cell(kNameA, Model::Name)); // a selection that must survive the sort
        QHeaderView *header = table()->horizontalHeader();
        const auto clickHeader = [header](int column) {
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };

        const QStringList ascending{QStringLiteral("alpha"), QStringLiteral("Zulu"), kNameC, kNameA, kNameB};
        clickHeader(Model::Name);
        QCOMPARE(header->sortIndicatorSection(), int(Model::Name));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QTRY_COMPARE(namesInTableOrder(), ascending);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{stored(kUuidA)->localId});
        QCOMPARE(form()->currentId(), std::optional<qint64>(stored(kUuidA)->localId));

        clickHeader(Model::Name);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QTRY_COMPARE(namesInTableOrder(), descending);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{stored(kUuidA)->localId});

        // The interval sorts by seconds, not by its text ("1 h" < "2 h" < "1 min" ...).
        clickHeader(Model::Interval);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QList<qint64> intervals;
        for (int row = 0; row < model()->rowCount(); ++row)
            intervals << model()->index(row, Model::Interval).data(Qt::EditRole).toLongLong();
        QCOMPARE(intervals, (QList<qint64>{0, 60, 3600, 7200, 86400}));

        // The sort order comes back with the next start.
        closeWindow();
        QVERIFY(openWindow());
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(Model::Interval));
        QCOMPARE(model()->index(0, Model::Name).data().toString(), kNameC);
        QCOMPARE(model()->index(4, Model::Name).data().toString(), kNameB);
    }

    // 15. Keyboard only: Delete on the table deletes (asks), Delete in a text field
    //     deletes text.
    void deleteKeyOnlyOnTheTable()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameC, Model::Name));
        QCOMPARE(QApplication::focusWidget(), table());
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);

        // In the search field.
        searchFor(QStringLiteral("abc"));
        QTest::keyClick(searchField(), Qt::Key_Home);
        QTest::keyClick(searchField(), Qt::Key_Delete);
        QCOMPARE(searchField()->text(), QStringLiteral("bc"));
        QCOMPARE(m_asked.size(), 1);
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 3);

        // In a cell editor.
        clickCell(cell(kNameC, Model::Name));
        QTest::keyClick(table(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(cellEditor());
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Home);
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->text(), kNameC.mid(1));
        QCOMPARE(m_asked.size(), 1);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!cellEditor());

        // In the form's name field.
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        QTest::mouseClick(nameEdit, Qt::LeftButton, {}, QPoint(5, nameEdit->height() / 2));
        QTest::keyClick(nameEdit, Qt::Key_End);
        QTest::keyClick(nameEdit, Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);

        // Back on the table, "yes" deletes.
        clickCell(cell(kNameC, Model::Name));
        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 2);
        QTRY_COMPARE(model()->rowCount(), 2);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 2);
        QVERIFY(!storedByName(*ws, kNameC));
        QVERIFY(storedByUuid(*ws, kUuidA));
    }

    // 16. Undo writes through the store: what is left after edits and undos is what the
    //     next start finds.
    void editsAndUndosSurviveRestart()
    {
        QVERIFY(openSeeded());
        QWidget *editor = doubleClickToEdit(cell(kNameA, Model::Name));
        QVERIFY(editor);
        retype(editor, QStringLiteral("Обзвон после рестарта"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidA)->local.name, QStringLiteral("Обзвон после рестарта"));

        clickCell(cell(kNameB, Model::Name));
        auto *title = formChild<QLineEdit>("titleEdit");
        QTest::mouseClick(title, Qt::LeftButton, {}, QPoint(5, title->height() / 2));
        retype(title, QStringLiteral("undone"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidB)->local.title(), QStringLiteral("undone"));
        press("undoAction", table());
        QTRY_COMPARE(stored(kUuidB)->local.title(), QStringLiteral("Ежедневная очистка"));

        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 3);
        QCOMPARE(storedByUuid(*ws, kUuidA)->local.name, QStringLiteral("Обзвон после рестарта"));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.title(), QStringLiteral("Ежедневная очистка"));
        m_ws = std::move(ws);
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(cell(QStringLiteral("Обзвон после рестарта"), Model::Name).isValid());
        QVERIFY(!action("undoAction")->isEnabled());
    }

    // ---- the table model under QAbstractItemModelTester ------------------------------

    void modelTesterWithNoRows()
    {
        QVERIFY(newDatabase(false));
        QVERIFY(openWindow());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model()->rowCount(), 0);

        // Sort and filter while empty.
        table()->sortByColumn(Model::Name, Qt::DescendingOrder);
        searchFor(QStringLiteral("ab"));
        QTest::qWait(0);
        searchFor(QString());

        // Inserts.
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 1);
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 2);
        // An edit.
        QVERIFY(model()->setData(model()->index(0, Model::Name), QStringLiteral("first")));
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("first"));
        QVERIFY(model()->setData(model()->index(1, Model::Enabled), Qt::Checked, Qt::CheckStateRole));
        // Sort and filter with rows.
        table()->sortByColumn(Model::Name, Qt::AscendingOrder);
        QCOMPARE(namesInTableOrder(), QStringList({"first", "New service task"}));
        searchFor(QStringLiteral("fir"));
        QTRY_COMPARE(model()->rowCount(), 1);
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 2);
        // Removals, back to nothing.
        m_answer = true;
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(model()->rowCount(), 0);
        QCOMPARE(store().count(true), 0);
        // And all of it undone and redone.
        while (undoStack()->canUndo())
            undoStack()->undo();
        QCOMPARE(model()->rowCount(), 0);
        while (undoStack()->canRedo())
            undoStack()->redo();
        QCOMPARE(model()->rowCount(), 0);
        undoStack()->undo();
        QCOMPARE(model()->rowCount(), 2);
        QString problem;
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
    }

    void modelTesterWithOneRow()
    {
        QVERIFY(newDatabase(false));
        {
            Workspace ws;
            QVERIFY(ws.open(m_path));
            ServiceTask only;
            only.name = QStringLiteral("Единственная");
            only.scriptCode = QStringLiteral("report");
            QVERIFY(ws.serviceTasks().create(only));
        }
        QVERIFY(openWindow());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model()->rowCount(), 1);

        for (int column = 0; column < Model::ColumnCount; ++column) {
            table()->sortByColumn(column, Qt::AscendingOrder);
            table()->sortByColumn(column, Qt::DescendingOrder);
        }
        QCOMPARE(model()->rowCount(), 1);
        // Edits of every editable kind.
        QVERIFY(model()->setData(model()->index(0, Model::Name), QStringLiteral("Одна")));
        QVERIFY(model()->setData(model()->index(0, Model::Interval), 90));
        QCOMPARE(model()->index(0, Model::Interval).data().toString(), QStringLiteral("1 min 30 s"));
        QVERIFY(model()->setData(model()->index(0, Model::Sites), QStringLiteral("S1, S2")));
        QVERIFY(model()->setData(model()->index(0, Model::Start),
                                 QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC)));
        QVERIFY(model()->setData(model()->index(0, Model::Overlap), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model()->setData(model()->index(0, Model::Created), QStringLiteral("x")));
        QVERIFY(!model()->setData(model()->index(0, Model::State), 1));
        // Filtered out and back.
        searchFor(QStringLiteral("zzz"));
        QTRY_COMPARE(model()->rowCount(), 0);
        searchFor(QStringLiteral("REP"));
        QTRY_COMPARE(model()->rowCount(), 1);
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 1);
        // Removed and back.
        m_answer = true;
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(model()->rowCount(), 0);
        undoStack()->undo();
        QCOMPARE(model()->rowCount(), 1);
        // Duplicated, and back.
        clickCell(model()->index(0, Model::Name));
        press("duplicateAction", table());
        QTRY_COMPARE(model()->rowCount(), 2);
        undoStack()->undo();
        QCOMPARE(model()->rowCount(), 1);
        QString problem;
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
    }

    void modelTesterWithManyRows()
    {
        const int count = 500;
        QVERIFY(newDatabase(false));
        {
            Workspace ws;
            QVERIFY(ws.open(m_path));
            Transaction tx(ws.database());
            QVERIFY(tx.isActive());
            for (int i = 0; i < count; ++i) {
                ServiceTask t;
                t.name = (i % 2 ? QStringLiteral("Задача %1") : QStringLiteral("task %1")).arg(i, 3, 10, QLatin1Char('0'));
                t.scriptCode = i % 5 ? QStringLiteral("report") : QStringLiteral("cleardata");
                t.intervalSec = (i * 37) % 1000;
                t.isEnabled = i % 3;
                QVERIFY(ws.serviceTasks().create(t));
            }
            QVERIFY(tx.commit());
        }
        QVERIFY(openWindow());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model()->rowCount(), count);
        QString problem;
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));

        // Sorting.
        table()->sortByColumn(Model::Name, Qt::DescendingOrder);
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("Задача 499"));
        table()->sortByColumn(Model::Name, Qt::AscendingOrder);
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("task 000"));
        table()->sortByColumn(Model::Interval, Qt::AscendingOrder);
        for (int row = 1; row < model()->rowCount(); ++row) {
            QVERIFY(model()->index(row - 1, Model::Interval).data(Qt::EditRole).toLongLong()
                    <= model()->index(row, Model::Interval).data(Qt::EditRole).toLongLong());
        }
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        table()->sortByColumn(-1, Qt::AscendingOrder); // back to the order of creation
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("task 000"));

        // Filtering.
        searchFor(QStringLiteral("cleardata"));
        QTRY_COMPARE(model()->rowCount(), count / 5);
        searchFor(QStringLiteral("задача 1"));
        QTRY_COMPARE(model()->rowCount(), 50);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), count);

        // Removing rows on both sides of a cached page boundary (200 rows a page).
        m_answer = true;
        clickCell(model()->index(199, Model::Name));
        clickCell(model()->index(200, Model::Name), Qt::ControlModifier);
        clickCell(model()->index(450, Model::Name), Qt::ControlModifier);
        const QVector<qint64> removed = page()->selectedIds();
        QCOMPARE(removed.size(), 3);
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(model()->rowCount(), count - 3);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        for (qint64 id : removed)
            QCOMPARE(model()->rowOf(id), -1);

        // Inserting (appended), editing far down, duplicating.
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), count - 2);
        QCOMPARE(model()->index(count - 3, Model::Name).data().toString(), QStringLiteral("New service task"));
        QVERIFY(model()->setData(model()->index(420, Model::Name), QStringLiteral("edited far down")));
        QCOMPARE(model()->index(420, Model::Name).data().toString(), QStringLiteral("edited far down"));
        clickCell(model()->index(10, Model::Name));
        press("duplicateAction", table());
        QTRY_COMPARE(model()->rowCount(), count - 1);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));

        // Bulk disable of everything, then all of it undone.
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        press("disableAction", table());
        QTRY_COMPARE(store().all().size(), count - 1);
        for (const StoredServiceTask &record : store().all())
            QVERIFY(!record.local.isEnabled);
        while (undoStack()->canUndo())
            undoStack()->undo();
        QCOMPARE(model()->rowCount(), count);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        table()->sortByColumn(Model::Name, Qt::AscendingOrder);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
    }
};

QTEST_MAIN(TestServiceTasksPage)
#include "tst_servicetaskspage.moc"
