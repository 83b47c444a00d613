#pragma once

// What the operator's day tests share: the real MainWindow on a seeded or empty database,
// on one of two screens of the sizes operators have (1366×768 and 1024×700, set up before
// the application starts: runOnTwoScreens), and the checks they make of what is on show.

#include "MainWindowFixture.h"

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

inline const QString kNameA = QStringLiteral("Обзвон должников"); // all / work, ct and lwt from the server

// Two screens for the whole run (the platform reads them once, at start-up).
inline const QRect kLaptop(0, 0, 1366, 768);
inline const QRect kSmall(1366, 0, 1024, 700);

class OperatorDayTest : public QObject, public MainWindowFixture
{
    Q_OBJECT

public:
    OperatorDayTest() : MainWindowFixture(QStringLiteral("day")) {}

    // The offscreen platform takes its screens from a file in `config`; false when it
    // cannot be written. Before the QApplication.
    static bool useTwoScreens(const QTemporaryDir &config);
    static QScreen *screenAt(const QRect &geometry);

protected:
    // A new database (in `folder` under the test's folder when given), with the import
    // document's records when `seeded`.
    bool newDatabase(bool seeded, const QString &folder = QString());
    bool openWindow(QScreen *screen = nullptr) { return MainWindowFixture::openWindow(QSize(), screen); }

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

    // Right-clicks the header and returns the menu it shows; null when none shows within
    // 2 s (callers QVERIFY it).
    QMenu *headerMenu()
    {
        QHeaderView *h = header();
        const QPoint at(h->sectionViewportPosition(Model::Name) + 5, h->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, h->viewport()->mapToGlobal(at));
        QApplication::sendEvent(h->viewport(), &event);
        QMenu *menu = nullptr;
        const bool shown = QTest::qWaitFor([&menu] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu != nullptr;
        }, 2000);
        return shown ? menu : nullptr;
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
    void initTestCase();
    void init();
    void cleanup();
};

// The test's main(): the two screens, then the application and the test.
template<typename Test>
int runOnTwoScreens(int argc, char **argv)
{
    QTemporaryDir config;
    if (!OperatorDayTest::useTwoScreens(config))
        return 1;
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}
