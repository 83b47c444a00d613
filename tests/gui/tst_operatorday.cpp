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
#include "series/StepEditor.h"
#include "series/TaskSeriesForm.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTaskForm.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/SyncState.h"
#include "storage/Workspace.h"
#include "widgets/CodeComboBox.h"
#include "widgets/FileDialogLanguage.h"
#include "widgets/PeriodsEditor.h"
#include "widgets/StatusBar.h"
#include "widgets/StringListEdit.h"
#include "sync/SyncProfile.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
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

    bool newDatabase(bool seeded, const QString &folder = QString())
    {
        if (!folder.isEmpty() && !QDir(m_dir.path()).mkpath(folder))
            return false;
        m_path = m_dir.filePath(QDir(folder).filePath(QStringLiteral("day%1.sqlite").arg(++m_databases)));
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

    // Every label, button and column header of `root` on show has the room its text
    // needs (the Russian texts are longer: «Окончани», «Синхр.» were cut).
    void checkNoTextCutOff(QWidget *root)
    {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->width() <= 0)
                continue;
            QString text;
            int need = 0;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText
                    || !label->pixmap().isNull())
                    continue;
                text = label->text();
                need = label->minimumSizeHint().width();
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                if (button->text().isEmpty() || qobject_cast<QToolButton *>(button))
                    continue;
                text = button->text();
                need = button->minimumSizeHint().width();
            } else {
                continue;
            }
            QVERIFY2(widget->width() >= need,
                     qPrintable(QStringLiteral("«%1» (%2) has %3 px of %4").arg(text, nameOf(widget)).arg(widget->width()).arg(need)));
        }
        for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal)
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                const int need = header->fontMetrics().horizontalAdvance(text) + 8;
                QVERIFY2(header->sectionSize(section) >= need || header->sectionResizeMode(section) == QHeaderView::Stretch,
                         qPrintable(QStringLiteral("header «%1» has %2 px of %3").arg(text).arg(header->sectionSize(section)).arg(need)));
            }
        }
    }

    // Data rows for a test run on both screens.
    static void addTheTwoScreens()
    {
        QTest::addColumn<bool>("onLaptop");
        QTest::newRow("1366x768") << true;
        QTest::newRow("1024x700") << false;
    }

    // Picks `code` in a code combo with the arrow keys, as an operator does.
    static void pickCode(CodeComboBox *combo, const QString &code)
    {
        combo->lineEdit()->setFocus();
        for (int i = 0; i < 8 && combo->code() != code; ++i)
            QTest::keyClick(combo->lineEdit(), Qt::Key_Down);
    }

    void pressCtrlTab(bool back = false)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, back ? Qt::Key_Backtab : Qt::Key_Tab,
                        back ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
    }

    void openSeriesPage()
    {
        action("showSeriesAction")->trigger();
        QTRY_VERIFY(m_window->seriesPage()->isVisible());
        TaskSeriesPage *series = m_window->seriesPage();
        QTRY_VERIFY(series->model()->rowCount() > 0);
        const QModelIndex first = series->model()->index(0, 0);
        QTest::mouseClick(series->view()->viewport(), Qt::LeftButton, {}, series->view()->visualRect(first).center());
        QTRY_VERIFY(series->view()->hasFocus());
    }

    // The widget the user sees as the field: a spin box or an editable combo rather
    // than the line edit inside it that holds the focus for it.
    static QWidget *fieldOf(QWidget *widget)
    {
        while (widget && widget->parentWidget()
               && (widget->parentWidget()->focusProxy() == widget || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                   || qobject_cast<QComboBox *>(widget->parentWidget())))
            widget = widget->parentWidget();
        return widget;
    }

    static QString nameOf(const QWidget *widget)
    {
        return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
    }

    // The fields of `form` Tab should reach: on show, enabled, taking Tab.
    static QSet<QWidget *> tabbableFields(QWidget *form)
    {
        QSet<QWidget *> fields;
        for (QWidget *widget : form->findChildren<QWidget *>()) {
            if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
                && !qobject_cast<QScrollArea *>(widget) && !qobject_cast<QScrollBar *>(widget))
                fields.insert(fieldOf(widget));
        }
        return fields;
    }

    // Walks Tab from `first` until the focus leaves `form`: every enabled field is
    // reached once, and each step goes on in reading order (down, or right on the
    // same line), never back up or to the left.
    void walkTabChain(QWidget *form, QWidget *first)
    {
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(fieldOf(QApplication::focusWidget()), first);
        QList<QWidget *> order;
        for (int i = 0; i < 400 && form->isAncestorOf(QApplication::focusWidget()); ++i) {
            QWidget *field = fieldOf(QApplication::focusWidget());
            if (order.isEmpty() || order.last() != field) { // a table's cells are one stop
                if (order.contains(field)) {
                    QStringList names;
                    for (const QWidget *reached : std::as_const(order))
                        names << nameOf(reached);
                    QFAIL(qPrintable(nameOf(field) + QStringLiteral(" reached twice, after ") + names.join(u',')));
                }
                order << field;
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QStringList names;
        for (const QWidget *field : std::as_const(order))
            names << nameOf(field);
        qInfo().noquote() << "Tab order:" << names.join(QLatin1String(", "));
        QVERIFY2(!form->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QStringLiteral("Tab never left the form; stuck in ") + nameOf(QApplication::focusWidget())));
        const QSet<QWidget *> expected = tabbableFields(form);
        for (QWidget *field : expected)
            QVERIFY2(order.contains(field), qPrintable(nameOf(field) + QStringLiteral(" in ") + nameOf(field->parentWidget())
                                                       + QStringLiteral(" in ") + nameOf(field->parentWidget()->parentWidget())
                                                       + QStringLiteral(" is skipped by Tab")));
        for (int i = 1; i < order.size(); ++i) {
            QWidget *a = order[i - 1];
            QWidget *b = order[i];
            const QRect ra(a->mapTo(form, QPoint(0, 0)), a->size());
            const QRect rb(b->mapTo(form, QPoint(0, 0)), b->size());
            const bool above = rb.bottom() < ra.top();
            const bool sameLine = rb.top() <= ra.bottom() && ra.top() <= rb.bottom();
            const bool left = sameLine && rb.right() < ra.left();
            QVERIFY2(!above && !left, qPrintable(QStringLiteral("Tab goes back from %1 to %2").arg(nameOf(a), nameOf(b))));
        }
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

    // §5: in Russian, at the default size of both screens, no label, button or column
    // header is cut off, in the service task and the series pages.
    void nothingCutOffInRussian_data()
    {
        addTheTwoScreens();
    }

    void nothingCutOffInRussian()
    {
        QFETCH(bool, onLaptop);
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(onLaptop ? kLaptop : kSmall)));
        clickRow(rowNamed(kNameA));
        QTRY_COMPARE(form()->currentId(), page()->selectedIds().value(0));
        checkNoTextCutOff(m_window->centralWidget());
        QVERIFY(!QTest::currentTestFailed());
        openSeriesPage();
        checkNoTextCutOff(m_window->centralWidget());
        QVERIFY(!QTest::currentTestFailed());
        m_window->seriesPage()->tabs()->setCurrentIndex(1);
        checkNoTextCutOff(m_window->centralWidget());
    }

    // §5: the sync state column shows every state's name whole beside its icon, held ones
    // too, in Russian at the default size («Синхронизирована» was cut to «Синхронизир…»).
    void stateColumnShowsEveryStateWhole()
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        const auto check = [](QTableView *view, int column) {
            const QFontMetrics metrics = view->fontMetrics();
            const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
            for (int state = 0; state <= int(SyncState::Error); ++state) {
                for (bool held : {false, true}) {
                    const QString text = SyncStates::displayName(SyncStates::fromInt(state), held);
                    const int need = metrics.horizontalAdvance(text) + icon + 12;
                    QVERIFY2(view->columnWidth(column) >= need,
                             qPrintable(QStringLiteral("«%1» needs %2 px, the column has %3").arg(text).arg(need)
                                            .arg(view->columnWidth(column))));
                }
            }
        };
        check(page()->view(), ServiceTaskTableModel::State);
        if (QTest::currentTestFailed())
            return;
        openSeriesPage();
        check(m_window->seriesPage()->view(), TaskSeriesTableModel::State);
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
        pickCode(siteMode, QStringLiteral("list"));
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
        pickCode(schedule, QStringLiteral("individual"));
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

    // §5: deleting a series and removing a step are told apart by their words, in both
    // languages (the Russian translation had «Удалить» for both).
    void deleteSeriesAndRemoveStepAreDifferentWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void deleteSeriesAndRemoveStepAreDifferentWords()
    {
        QFETCH(QString, language);
        Translator::install(language);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        openSeriesPage();
        auto *remove = m_window->seriesPage()->stepEditor()->findChild<QAction *>(QStringLiteral("removeItemAction"));
        QVERIFY(remove);
        const auto words = [](const QAction *a) { return QString(a->text()).remove(u'&').trimmed().toLower(); };
        QVERIFY2(words(remove) != words(action("deleteAction")), qPrintable(words(remove)));
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

    // §5: Qt's own file dialog writes sizes and dates in the UI language, not in the
    // system's (the test runs under C.UTF-8, as an English system).
    void fileDialogFollowsTheLanguage()
    {
        Translator::install(QStringLiteral("ru"));
        FileDialogLanguage::install();
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("выгрузка.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'x'));
        QVERIFY(file.flush()); // so that closing writes nothing after the time is set
        const QDateTime modified(QDate(2024, 12, 28), QTime(23, 58));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();

        QFileDialog dialog(nullptr, QStringLiteral("Импорт"), folder.path());
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(view);
        const QAbstractItemModel *model = view->model();
        int row = -1;
        QTRY_VERIFY((row = [&] {
            for (int r = 0; r < model->rowCount(view->rootIndex()); ++r) {
                if (model->index(r, 0, view->rootIndex()).data().toString() == file.fileName().section(u'/', -1))
                    return r;
            }
            return -1;
        }()) >= 0);
        const QLocale russian(QLocale::Russian, QLocale::Russia);
        const QString size = model->index(row, 1, view->rootIndex()).data().toString();
        QCOMPARE(size, russian.formattedDataSize(5000));
        QVERIFY(size != QLocale::system().formattedDataSize(5000));
        const QString date = model->index(row, 3, view->rootIndex()).data().toString();
        QCOMPARE(date, russian.toString(modified, QLocale::ShortFormat));
        QVERIFY(date != QLocale::system().toString(modified, QLocale::ShortFormat));
        // The header and the type come from Qt's and Taskdesk's translations.
        QVERIFY2(model->headerData(1, Qt::Horizontal).toString() != QLatin1String("Size"),
                 qPrintable(model->headerData(1, Qt::Horizontal).toString()));
        dialog.close();
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

    // §6: Tab leaves the table for the form; the arrows still move in the table.
    void tabLeavesTheTableForTheForm()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(0);
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 1);
        QTest::keyClick(table(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
        QCOMPARE(table()->currentIndex().row(), 1);

        openSeriesPage();
        TaskSeriesPage *series = m_window->seriesPage();
        QTest::keyClick(series->view(), Qt::Key_Tab); // to the tabs of the form, then into it
        QTRY_VERIFY(series->tabs()->isAncestorOf(QApplication::focusWidget()));
    }

    // §6: Ctrl+Tab turns the series form's tabs while the focus is in them (as tabbed
    // dialogs do) and moves between the panes anywhere else; Ctrl+Shift+Tab goes back.
    void ctrlTabTurnsTabsInTheFormElseMovesBetweenPanes()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        QTRY_VERIFY(table()->hasFocus());
        pressCtrlTab();
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
        pressCtrlTab();
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
        pressCtrlTab(true);
        QTRY_VERIFY(form()->isAncestorOf(QApplication::focusWidget()));
        pressCtrlTab(true);
        QTRY_VERIFY(table()->hasFocus());

        openSeriesPage();
        QTabWidget *tabs = m_window->seriesPage()->tabs();
        QCOMPARE(tabs->currentIndex(), 0);
        pressCtrlTab(); // from the table: into the form, the tab left as it was
        QTRY_VERIFY(tabs->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(tabs->currentIndex(), 0);
        pressCtrlTab(); // in the form: the next tab, with the focus in it
        QTRY_COMPARE(tabs->currentIndex(), 1);
        QTRY_VERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        pressCtrlTab(); // round to the first
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QTRY_VERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        pressCtrlTab(true);
        QTRY_COMPARE(tabs->currentIndex(), 1);
        // F6 still leaves the tabs for the next pane.
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
        QCOMPARE(tabs->currentIndex(), 1);
    }

    // §6: Tab walks both forms in the order they are on show and skips no enabled field.
    void tabChainFollowsTheVisualOrder_data()
    {
        addTheTwoScreens();
    }

    void tabChainFollowsTheVisualOrder()
    {
        QFETCH(bool, onLaptop);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(onLaptop ? kLaptop : kSmall)));
        clickRow(rowNamed(kNameA));
        // Sites and Periods enabled too, so that they are walked.
        auto *siteMode = form()->findChild<CodeComboBox *>(QStringLiteral("siteModeCombo"));
        pickCode(siteMode, QStringLiteral("list"));
        QTRY_VERIFY(form()->findChild<StringListEdit *>(QStringLiteral("sitesEdit"))->isEnabled());
        walkTabChain(form(), form()->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
        if (QTest::currentTestFailed())
            return;

        openSeriesPage();
        TaskSeriesForm *seriesForm = m_window->seriesPage()->form();
        walkTabChain(seriesForm, seriesForm->findChild<QLineEdit *>(QStringLiteral("seriesNameEdit")));
    }

    // §6: Tab goes through the periods editor and out of it, on to the server's data.
    void tabLeavesThePeriodsEditor()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *schedule = form()->findChild<CodeComboBox *>(QStringLiteral("scheduleCombo"));
        pickCode(schedule, QStringLiteral("individual"));
        auto *periods = form()->findChild<PeriodsEditor *>(QStringLiteral("periodsEditor"));
        QTRY_VERIFY(periods->isEnabled());
        // A period with a key, applied as JSON: every control of the editor is in use.
        auto *json = periods->findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"));
        json->setPlainText(QStringLiteral(R"([{"day": "mon", "from": "08:00"}])"));
        QTest::mouseClick(periods->findChild<QPushButton *>(QStringLiteral("applyJsonButton")), Qt::LeftButton);
        QTRY_COMPARE(periods->periods().size(), 1);

        const QStringList inside{QStringLiteral("periodsList"), QStringLiteral("addPeriodButton"),
                                 QStringLiteral("removePeriodButton"), QStringLiteral("keysTable"),
                                 QStringLiteral("addKeyButton"), QStringLiteral("removeKeyButton"),
                                 QStringLiteral("jsonEdit"), QStringLiteral("applyJsonButton")};
        schedule->lineEdit()->setFocus(Qt::TabFocusReason);
        QStringList forward;
        for (int i = 0; i <= inside.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            forward << nameOf(fieldOf(QApplication::focusWidget()));
        }
        // Each control once, in the order on show, then out to the server's data.
        QCOMPARE(forward, inside + QStringList{QStringLiteral("extTable")});

        QStringList backward;
        for (int i = 0; i <= inside.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            backward << nameOf(fieldOf(QApplication::focusWidget()));
        }
        QStringList reversed(inside.crbegin(), inside.crend());
        QCOMPARE(backward, reversed + QStringList{QStringLiteral("scheduleCombo")});
    }

    // §2, §5: at 1024×700 with the default split neither form scrolls sideways, in
    // Russian or English: long labels wrap and the rows reflow, and nothing is cut.
    void formsDoNotScrollSideways_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void formsDoNotScrollSideways()
    {
        QFETCH(QString, language);
        Translator::install(language);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kSmall)));
        clickRow(rowNamed(kNameA));
        QTRY_COMPARE(form()->currentId(), page()->selectedIds().value(0));
        // Every field in use: the site list and the periods editor take room too.
        pickCode(form()->findChild<CodeComboBox *>(QStringLiteral("siteModeCombo")), QStringLiteral("list"));
        pickCode(form()->findChild<CodeComboBox *>(QStringLiteral("scheduleCombo")), QStringLiteral("individual"));
        QTRY_VERIFY(form()->findChild<PeriodsEditor *>(QStringLiteral("periodsEditor"))->isEnabled());
        auto *scroll = form()->findChild<QScrollArea *>();
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        checkNothingClippedOnTheRight(scroll, form());
        if (QTest::currentTestFailed())
            return;

        openSeriesPage();
        TaskSeriesForm *seriesForm = m_window->seriesPage()->form();
        QTRY_VERIFY(seriesForm->findChild<QWidget *>(QStringLiteral("seriesFormFields"))->isVisible());
        auto *seriesScroll = seriesForm->findChild<QScrollArea *>();
        QTRY_COMPARE(seriesScroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!seriesScroll->horizontalScrollBar()->isVisible());
        checkNothingClippedOnTheRight(seriesScroll, seriesForm);
    }

    // §5: at 1024 px in Russian the pending counts in the status bar are whole, and a
    // failed sync's long message stops short of them instead of running into them.
    void statusBarCountsStayReadable()
    {
        Translator::install(QStringLiteral("ru"));
        // A database deep in a home folder, as operators keep them: the path is long.
        QVERIFY(newDatabase(true, QStringLiteral("operators-databases/the-evening-shift/call-centre-north")));
        QTcpServer free; // a port nothing listens on once it is closed
        QVERIFY(free.listen(QHostAddress::LocalHost));
        const QUrl down(QStringLiteral("http://127.0.0.1:%1").arg(free.serverPort()));
        free.close();
        SyncProfile profile;
        profile.eraUrl = down;
        profile.patrolUrl = down;
        profile.timeoutSeconds = 5;
        profile.save();
        QVERIFY(openWindow(screenAt(kSmall)));

        auto *counts = m_window->findChild<QLabel *>(QStringLiteral("pendingCountsLabel"));
        QVERIFY(counts && counts->isVisible());
        const auto checkCountsWhole = [counts] {
            const int need = counts->fontMetrics().horizontalAdvance(counts->text());
            QVERIFY2(need <= counts->contentsRect().width(),
                     qPrintable(QStringLiteral("«%1» has %2 px of %3").arg(counts->text()).arg(counts->contentsRect().width()).arg(need)));
        };
        checkCountsWhole();
        if (QTest::currentTestFailed())
            return;

        QSignalSpy completed(m_window.get(), &MainWindow::syncCompleted);
        m_window->startSync();
        QVERIFY(completed.wait(60000));
        QVERIFY(completed.first().first().value<SyncReport>().exitCode() != 0);
        auto *bar = qobject_cast<StatusBar *>(m_window->statusBar());
        QVERIFY(bar);
        const QString message = bar->currentMessage();
        QVERIFY(!message.isEmpty());
        QTRY_VERIFY(counts->isVisible());
        checkCountsWhole();
        // The message is drawn left of the counts with room between, cut with "…" where long.
        const QRect area = bar->messageArea();
        const QRect countsArea = counts->geometry();
        QVERIFY2(area.right() < countsArea.left() - 4,
                 qPrintable(QStringLiteral("message to %1, counts from %2").arg(area.right()).arg(countsArea.left())));
        const QString shown = bar->shownMessage();
        QVERIFY(!shown.isEmpty());
        QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <= area.width());
        QVERIFY(shown == message || shown.endsWith(QChar(0x2026)));
        QCOMPARE(bar->toolTip(), message); // the whole of it
        // The path gives way: cut in its middle, whole in its tooltip.
        auto *path = m_window->findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(path->toolTip().contains(m_path));
        QVERIFY(countsArea.right() < path->geometry().left() || path->geometry().right() < countsArea.left());
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
        // The record moved well out of the rows on show before the sort: only a scroll brings it back.
        QCOMPARE(header()->sortIndicatorSection(), int(Model::Interval));
        QCOMPARE(current.row(), 81);
        QVERIFY(table()->rowAt(table()->viewport()->height() - 1) < 60);
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
