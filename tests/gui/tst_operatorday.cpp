// The operator's day on real screens: the window on a
// 1366×768 and a 1024×700 screen, the column chooser, the grouped forms, the codes
// offered in the combos, phrases and dates in both languages, panes, menus and help.
// Offscreen, on a real database, driven through the widgets.
#include "Confirmation.h"
#include "DatabaseWindows.h"
#include "MainWindow.h"
#include "RecentDatabases.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"
#include "i18n/Translator.h"
#include "io/DocumentImporter.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTaskForm.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/Workspace.h"
#include "widgets/CodeComboBox.h"
#include "widgets/PeriodsEditor.h"
#include "widgets/StringListEdit.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using Model = ServiceTaskTableModel;

namespace {

const QString kNameA = QStringLiteral("Обзвон должников"); // all / work, ct and lwt from the server

// Two screens for the whole run (the platform reads them once, at start-up).
const QRect kLaptop(0, 0, 1366, 768);
const QRect kSmall(1366, 0, 1024, 700);

QScreen *screenAt(const QRect &geometry)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->geometry() == geometry)
            return screen;
    }
    return nullptr;
}

} // namespace

class TestOperatorDay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

    bool newDatabase(bool seeded)
    {
        m_path = m_dir.filePath(QStringLiteral("day%1.sqlite").arg(++m_databases));
        Workspace ws;
        if (!ws.open(m_path))
            return false;
        if (!seeded)
            return true;
        DocumentImporter importer(ws.database(), ws.serviceTasks(), ws.series());
        return importer.importFile(QStringLiteral(TASKDESK_TEST_DATA "/import-both.json"));
    }

    bool openWindow(QScreen *screen = nullptr)
    {
        m_ws = std::make_unique<Workspace>();
        if (!m_ws->open(m_path))
            return false;
        m_window = std::make_unique<MainWindow>(*m_ws);
        if (screen) {
            m_window->setScreen(screen);
            m_window->move(screen->availableGeometry().topLeft());
        }
        m_window->show();
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    void closeWindow()
    {
        if (m_window) {
            m_window->close();
            m_window.reset();
        }
        m_ws.reset();
    }

    ServiceTasksPage *page() const { return m_window->serviceTasksPage(); }
    QTableView *table() const { return page()->view(); }
    QHeaderView *header() const { return table()->horizontalHeader(); }
    ServiceTaskForm *form() const { return page()->form(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < page()->model()->rowCount(); ++row) {
            if (page()->model()->index(row, Model::Name).data().toString() == name)
                return row;
        }
        return -1;
    }

    void clickRow(int row)
    {
        const QModelIndex index = page()->model()->index(row, Model::Name);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    }

    // Right-clicks the header and returns the menu it shows.
    QMenu *headerMenu()
    {
        QHeaderView *h = header();
        const QPoint at(h->sectionViewportPosition(Model::Name) + 5, h->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, h->viewport()->mapToGlobal(at));
        QApplication::sendEvent(h->viewport(), &event);
        QMenu *menu = nullptr;
        QTest::qWaitFor([&menu] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu != nullptr;
        }, 2000);
        return menu;
    }

    // Every input of the form is on show or reachable with the form's scroll bars.
    void checkNothingClippedOnTheRight(QScrollArea *scroll, QWidget *formRoot)
    {
        QWidget *viewport = scroll->viewport();
        const QScrollBar *bar = scroll->horizontalScrollBar();
        const int reach = viewport->width() + (bar->isVisible() ? bar->maximum() - bar->value() : 0);
        for (QWidget *field : formRoot->findChildren<QWidget *>()) {
            if (!field->isVisibleTo(formRoot) || field->focusPolicy() == Qt::NoFocus
                || qobject_cast<QScrollBar *>(field) || !scroll->widget()->isAncestorOf(field))
                continue;
            const int right = field->mapTo(viewport, QPoint(field->width(), 0)).x();
            QVERIFY2(right <= reach + 1,
                     qPrintable(QStringLiteral("%1 ends at %2, beyond %3").arg(field->objectName()).arg(right).arg(reach)));
        }
    }

    void pressKey(const QKeySequence &keys)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keySequence(target, keys);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_operatorday"));
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        QVERIFY2(screenAt(kLaptop) && screenAt(kSmall), "the offscreen platform did not take the screens");
    }

    void init()
    {
        QSettings().clear();
        Confirmation::setHandler([](QWidget *, const QString &, const QString &) { return true; });
    }

    void cleanup()
    {
        closeWindow();
        Confirmation::setHandler({});
        Translator::install(QStringLiteral("en"));
    }

    // §2: the first start fits the screen; a saved geometry larger than it is fitted.
    void windowFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("screen");
        QTest::newRow("1366x768") << kLaptop;
        QTest::newRow("1024x700") << kSmall;
    }

    void windowFitsTheScreen()
    {
        QFETCH(QRect, screen);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(screen)));
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY2(available.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(m_window->width()).arg(m_window->height())
                                .arg(available.width()).arg(available.height())));
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);

        // Saved on a larger monitor: brought back inside this one.
        m_window->setGeometry(QRect(available.topLeft(), QSize(2400, 1500)));
        closeWindow();
        QVERIFY(openWindow(screenAt(screen)));
        QVERIFY(m_window->screen()->availableGeometry().contains(m_window->frameGeometry()));
    }

    // §2: at 1024×700 the form reflows or scrolls; nothing is cut off on its right.
    void formsAreNotClippedOnASmallScreen()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kSmall)));
        clickRow(rowNamed(kNameA));
        QTRY_COMPARE(form()->currentId(), page()->selectedIds().value(0));
        auto *scroll = form()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        checkNothingClippedOnTheRight(scroll, form());

        m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
        TaskSeriesPage *series = m_window->seriesPage();
        QTest::mouseClick(series->view()->viewport(), Qt::LeftButton, {},
                          series->view()->visualRect(series->model()->index(0, 0)).center());
        QWidget *seriesForm = m_window->findChild<QWidget *>(QStringLiteral("seriesForm"));
        QTRY_VERIFY(seriesForm->findChild<QWidget *>(QStringLiteral("seriesFormFields"))->isVisible());
        checkNothingClippedOnTheRight(seriesForm->findChild<QScrollArea *>(), seriesForm);
    }

    // §2: the long form is in groups, Title and Comment in the first.
    void formsAreGrouped()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        QStringList titles;
        for (const QGroupBox *box : form()->findChildren<QGroupBox *>())
            titles << box->title();
        QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Schedule"),
                                      QStringLiteral("Sites and periods"), QStringLiteral("Server")}));
        auto *general = form()->findChild<QGroupBox *>(QStringLiteral("generalSection"));
        QVERIFY(general->findChild<QLineEdit *>(QStringLiteral("titleEdit")));
        QVERIFY(general->findChild<QWidget *>(QStringLiteral("commentEdit")));

        QWidget *seriesForm = m_window->findChild<QWidget *>(QStringLiteral("seriesForm"));
        QCOMPARE(seriesForm->findChildren<QGroupBox *>().size(), 4);
    }

    // §2: the default columns are the daily ones, dates whole; the header's menu hides
    // and shows the others, Name stays first and on show; all of it kept to the next start.
    void columnChooserAndDefaults()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        for (int column : {Model::Name, Model::Enabled, Model::ScriptCode, Model::Interval, Model::Start, Model::State})
            QVERIFY2(!header()->isSectionHidden(column), qPrintable(Model::columnName(column)));
        for (int column : {Model::Sites, Model::Title, Model::Created})
            QVERIFY2(header()->isSectionHidden(column), qPrintable(Model::columnName(column)));
        // The important columns fit beside the form at 1366 px, and a date is not elided.
        int used = 0;
        for (int column = 0; column < Model::ColumnCount; ++column)
            used += header()->isSectionHidden(column) ? 0 : header()->sectionSize(column);
        QVERIFY2(used <= table()->viewport()->width() + 40,
                 qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(used).arg(table()->viewport()->width())));
        const QString date = page()->model()->index(rowNamed(kNameA), Model::Start).data().toString();
        QVERIFY(!date.isEmpty());
        QVERIFY2(header()->sectionSize(Model::Start) >= table()->fontMetrics().horizontalAdvance(date) + 12,
                 qPrintable(date));

        QMenu *menu = headerMenu();
        QVERIFY(menu);
        QAction *name = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(Model::Name));
        QVERIFY(name && !name->isEnabled() && name->isChecked());
        QAction *title = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(Model::Title));
        QVERIFY(title && !title->isChecked());
        title->trigger();
        menu->close();
        QVERIFY(!header()->isSectionHidden(Model::Title));
        QVERIFY(header()->sectionSize(Model::Title) > 20);
        menu = headerMenu();
        menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(Model::ScriptCode))->trigger();
        menu->close();
        QVERIFY(header()->isSectionHidden(Model::ScriptCode));

        // Dragging the name elsewhere puts it back first.
        header()->moveSection(header()->visualIndex(Model::Name), 3);
        QCOMPARE(header()->visualIndex(Model::Name), 0);
        header()->moveSection(header()->visualIndex(Model::Interval), 1);

        closeWindow();
        QVERIFY(openWindow(screenAt(kLaptop)));
        QVERIFY(!header()->isSectionHidden(Model::Title));
        QVERIFY(header()->isSectionHidden(Model::ScriptCode));
        QCOMPARE(header()->visualIndex(Model::Interval), 1);

        menu = headerMenu();
        menu->findChild<QAction *>(QStringLiteral("defaultColumnsAction"))->trigger();
        menu->close();
        QVERIFY(header()->isSectionHidden(Model::Title));
        QVERIFY(!header()->isSectionHidden(Model::ScriptCode));
        QCOMPARE(header()->visualIndex(Model::Interval), int(Model::Interval));
    }

    // §2: the navigation is as narrow as its entries, and the chosen one stays readable.
    void navigationIsNarrow()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const int text = qMax(navigation->fontMetrics().horizontalAdvance(navigation->item(0)->text()),
                              navigation->fontMetrics().horizontalAdvance(navigation->item(1)->text()));
        const int needed = navigation->sizeHintForColumn(0) + 2 * navigation->frameWidth();
        QVERIFY2(navigation->width() <= needed + 24, qPrintable(QStringLiteral("%1 for %2").arg(navigation->width()).arg(needed)));
        QVERIFY(navigation->visualItemRect(navigation->item(0)).width() >= text);
        const QPalette palette = navigation->palette();
        QCOMPARE(palette.color(QPalette::Inactive, QPalette::Highlight), palette.color(QPalette::Active, QPalette::Highlight));
    }

    // §4: the list site modes and the individual schedule are offered; picking them
    // makes Sites and Periods editable.
    void listModesAndIndividualScheduleAreOffered()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *siteMode = form()->findChild<CodeComboBox *>(QStringLiteral("siteModeCombo"));
        auto *sites = form()->findChild<StringListEdit *>(QStringLiteral("sitesEdit"));
        QTRY_COMPARE(siteMode->code(), QStringLiteral("all"));
        QVERIFY(!sites->isEnabled());
        siteMode->lineEdit()->setFocus();
        for (int i = 0; i < 5 && siteMode->code() != QLatin1String("list"); ++i)
            QTest::keyClick(siteMode->lineEdit(), Qt::Key_Down);
        QCOMPARE(siteMode->code(), QStringLiteral("list"));
        QVERIFY2(siteMode->currentText().contains(QLatin1String("listed sites")), qPrintable(siteMode->currentText()));
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.siteMode, QStringLiteral("list"));
        QTRY_VERIFY(sites->isEnabled());
        QTest::keyClick(siteMode->lineEdit(), Qt::Key_Down);
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.siteMode, QStringLiteral("anyfromlist"));
        QVERIFY(sites->isEnabled());

        auto *schedule = form()->findChild<CodeComboBox *>(QStringLiteral("scheduleCombo"));
        auto *periods = form()->findChild<PeriodsEditor *>(QStringLiteral("periodsEditor"));
        QCOMPARE(schedule->code(), QStringLiteral("work"));
        QVERIFY(!periods->isEnabled());
        schedule->lineEdit()->setFocus();
        for (int i = 0; i < 5 && schedule->code() != QLatin1String("individual"); ++i)
            QTest::keyClick(schedule->lineEdit(), Qt::Key_Down);
        QCOMPARE(schedule->code(), QStringLiteral("individual"));
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.schedule, QStringLiteral("individual"));
        QTRY_VERIFY(periods->isEnabled());

        // A code typed by hand is still kept as typed.
        schedule->lineEdit()->selectAll();
        QTest::keyClicks(schedule->lineEdit(), QStringLiteral("night-only"));
        QTest::keyClick(schedule->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.schedule, QStringLiteral("night-only"));
    }

    // §5: Undo and Redo read as phrases: the step is quoted after the verb.
    void undoLabelsArePhrases()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *name = form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Renamed"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(action("undoAction")->text(), QStringLiteral("&Undo “Edit name”"));
        action("undoAction")->trigger();
        QTRY_COMPARE(action("redoAction")->text(), QStringLiteral("&Redo “Edit name”"));
        QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo"));
    }

    void undoLabelsArePhrasesInRussian()
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *regular = form()->findChild<QWidget *>(QStringLiteral("regularCheck"));
        QTest::mouseClick(regular, Qt::LeftButton, {}, QPoint(8, regular->height() / 2));
        QTRY_VERIFY(action("undoAction")->isEnabled());
        const QString undo = action("undoAction")->text();
        QVERIFY2(undo.startsWith(QStringLiteral("&Отменить «")) && undo.endsWith(QChar(u'»')), qPrintable(undo));
        action("undoAction")->trigger();
        const QString redo = action("redoAction")->text();
        QVERIFY2(redo.startsWith(QStringLiteral("&Повторить «")), qPrintable(redo));
    }

    // §5: dates follow the UI language; the server's ct/lwt in local time, raw in the tip.
    void datesFollowTheLanguage()
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        const int row = rowNamed(kNameA);
        const QString start = page()->model()->index(row, Model::Start).data().toString();
        const QDateTime local = QDateTime(QDate(2019, 2, 20), QTime(8, 0), Qt::UTC).toLocalTime();
        QCOMPARE(start, local.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        clickRow(row);
        auto *ext = form()->findChild<QTableWidget *>(QStringLiteral("extTable"));
        QTRY_VERIFY(ext->rowCount() >= 2);
        bool seen = false;
        for (int r = 0; r < ext->rowCount(); ++r) {
            if (ext->item(r, 0)->toolTip() != QLatin1String("lwt"))
                continue;
            seen = true;
            const QDateTime lwt = QDateTime(QDate(2019, 8, 26), QTime(12, 9, 3, 340), Qt::UTC).toLocalTime();
            QCOMPARE(ext->item(r, 1)->text(), lwt.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
            QVERIFY(ext->item(r, 1)->toolTip().contains(QLatin1String("2019-08-26T12:09:03.34Z")));
            QVERIFY2(!ext->item(r, 0)->text().contains(QLatin1String("lwt")), qPrintable(ext->item(r, 0)->text()));
        }
        QVERIFY(seen);
        auto *box = form()->findChild<QWidget *>(QStringLiteral("startEdit"))->findChild<QDateTimeEdit *>();
        QCOMPARE(box->text(), local.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
    }

    // §6: F6 and Shift+F6 go round navigation, table and form.
    void f6MovesBetweenPanes()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        QTRY_VERIFY(table()->hasFocus());
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_VERIFY(form()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_VERIFY(table()->hasFocus());
        pressKey(QKeySequence(Qt::SHIFT | Qt::Key_F6));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
    }

    // §6: Tab in the form follows the order on show: Name, Enabled, Title, Comment, Script…
    void tabOrderFollowsTheForm()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *name = form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        QStringList order{name->objectName()};
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, (QStringList{QStringLiteral("nameEdit"), QStringLiteral("enabledCheck"), QStringLiteral("titleEdit"),
                                     QStringLiteral("commentEdit"), QStringLiteral("scriptEdit")}));
        // Every enabled field is reached by Tab, top to bottom.
        int lastY = -1;
        for (int i = 0; i < 60 && form()->isAncestorOf(QApplication::focusWidget()); ++i) {
            QWidget *focus = QApplication::focusWidget();
            const int y = focus->mapTo(form(), QPoint(0, 0)).y();
            QVERIFY2(y >= lastY - 40, qPrintable(focus->objectName()));
            lastY = y;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
    }

    // §6: sorting keeps the current record selected and in view.
    void sortingKeepsTheCurrentRecordInView()
    {
        QVERIFY(newDatabase(false));
        {
            Workspace ws;
            QVERIFY(ws.open(m_path));
            for (int i = 0; i < 200; ++i) {
                ServiceTask task;
                task.name = QStringLiteral("Task %1").arg(i, 3, 10, QLatin1Char('0'));
                task.intervalSec = (i * 37) % 200 * 60;
                QVERIFY(ws.serviceTasks().create(task));
            }
        }
        QVERIFY(openWindow(screenAt(kLaptop)));
        const int row = rowNamed(QStringLiteral("Task 013"));
        clickRow(row);
        const qint64 id = page()->selectedIds().value(0);
        const QPoint at(header()->sectionViewportPosition(Model::Interval) + 10, header()->height() / 2);
        QTest::mouseClick(header()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{id});
        const QModelIndex current = table()->currentIndex();
        QCOMPARE(page()->model()->localIdAt(current.row()), id);
        QTRY_VERIFY(table()->viewport()->rect().contains(table()->visualRect(current).center()));
    }

    // §6: File ▸ Open database… and Recent databases, a missing file shown as missing.
    void recentDatabases()
    {
        DatabaseWindows windows;
        const QString first = m_dir.filePath(QStringLiteral("recent-a.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("recent-b.sqlite"));
        QString error;
        MainWindow *a = windows.open(first, &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(windows.open(second, &error));
        QCOMPARE(RecentDatabases::paths(), (QStringList{second, first}));
        windows.windowFor(second)->close();
        QTRY_COMPARE(windows.count(), 1);

        QVERIFY(a->findChild<QAction *>(QStringLiteral("openDatabaseAction")));
        QCOMPARE(a->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->shortcut(), QKeySequence(QKeySequence::Open));
        auto *recent = a->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QList<QAction *> entries;
        for (QAction *entry : recent->actions()) {
            if (entry->objectName() == QLatin1String("recentDatabase"))
                entries << entry;
        }
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0]->data().toString(), second);
        QVERIFY(entries[0]->isEnabled());
        entries[0]->trigger();
        QTRY_COMPARE(windows.count(), 2);
        QVERIFY(windows.windowFor(second));

        // A database file that is gone is listed as missing, not made anew.
        const QString gone = m_dir.filePath(QStringLiteral("gone.sqlite"));
        RecentDatabases::add(gone);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QAction *missing = nullptr;
        for (QAction *entry : recent->actions()) {
            if (entry->data().toString() == gone)
                missing = entry;
        }
        QVERIFY(missing);
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->text().contains(QLatin1String("missing")));
        QVERIFY(!QFile::exists(gone));

        // Settings edited by hand: duplicates and empty entries are not listed.
        QSettings().setValue(QStringLiteral("recentDatabases"), QStringList{first, QString(), first, QStringLiteral("  ")});
        QCOMPARE(RecentDatabases::paths(), QStringList{first});
    }

    // §6: Help ▸ Keyboard shortcuts lists the actions with their keys, in the UI language.
    void keyboardShortcutsAreListed()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        action("shortcutsAction")->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr);
        QHash<QString, QString> keys;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            keys.insert(dialog->table()->item(row, 0)->text(), dialog->table()->item(row, 1)->text());
        QCOMPARE(keys.value(QStringLiteral("Sync")), QStringLiteral("F5"));
        QCOMPARE(keys.value(QStringLiteral("Next pane")), QStringLiteral("F6"));
        QCOMPARE(keys.value(QStringLiteral("Find")), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QCOMPARE(keys.value(QStringLiteral("Open database")), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QVERIFY(keys.contains(QStringLiteral("Undo")));
        dialog->close();
        closeWindow();

        Translator::install(QStringLiteral("ru"));
        QVERIFY(openWindow(screenAt(kLaptop)));
        action("shortcutsAction")->trigger();
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr);
        QVERIFY2(dialog->windowTitle() != QLatin1String("Keyboard shortcuts"), qPrintable(dialog->windowTitle()));
        bool sync = false;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            sync = sync || (dialog->table()->item(row, 1)->text() == QLatin1String("F5")
                            && dialog->table()->item(row, 0)->text().contains(QStringLiteral("Синхрониз")));
        QVERIFY(sync);
    }

    // §6: Help ▸ User guide (F1) shows the built-in guide, in the UI language.
    void userGuide()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        table()->setFocus();
        pressKey(QKeySequence::HelpContents);
        UserGuideDialog *guide = nullptr;
        QTRY_VERIFY((guide = m_window->findChild<UserGuideDialog *>()) != nullptr);
        QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("F6")));
        QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("Sync settings")));
        guide->close();
        Translator::install(QStringLiteral("ru"));
        QVERIFY(UserGuideDialog::html().contains(QStringLiteral("Синхронизация")));
    }
};

int main(int argc, char **argv)
{
    // Two screens, the sizes operators have: the offscreen platform reads them from a file.
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    const auto screen = [](const QString &name, const QRect &r) {
        return QStringLiteral(R"({"name": "%1", "x": %2, "y": %3, "width": %4, "height": %5, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})")
            .arg(name).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    file.write(QStringLiteral(R"({"screens": [%1, %2]})").arg(screen(QStringLiteral("laptop"), kLaptop),
                                                               screen(QStringLiteral("small"), kSmall)).toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    QApplication app(argc, argv);
    TestOperatorDay test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_operatorday.moc"
