#include "GuiActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QStyleOptionButton>
#include <QWheelEvent>
#include <QtTest>
#include <QtTest/qtestspontaneevent.h>

namespace GuiTest {

void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(ch.toUpper().unicode()), QString(ch), Qt::NoModifier);
    }
}

void retype(QWidget *editor, const QString &text)
{
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Backspace);
    else
        type(editor, text);
}

void wheel(QWidget *widget, int notches)
{
    const QPointF at = QPointF(widget->rect().center());
    QWheelEvent event(at, QPointF(widget->mapToGlobal(at)), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    // Spontaneous, as from the window system: only those go on to the parents.
    // (sendEvent would mark it as not spontaneous again; QTest's mouse does the same.)
    QSpontaneKeyEvent::setSpontaneous(&event);
    qApp->notify(widget, &event);
}

void bringIntoView(QWidget *widget)
{
    for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            area->ensureWidgetVisible(widget);
            return;
        }
    }
}

void clickInto(QWidget *widget)
{
    QVERIFY(widget);
    // As the operator does: the form scrolls, so first bring the field into view.
    bringIntoView(widget);
    QTest::mouseClick(widget, Qt::LeftButton, {}, QPoint(5, widget->height() / 2));
    // A combo's line edit gives the focus to its combo.
    QTRY_VERIFY(widget->hasFocus() || (widget->parentWidget() && widget->parentWidget()->hasFocus()));
}

void clickButton(QWidget *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

void clickCheckBox(QCheckBox *box)
{
    QVERIFY(box);
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

void clickIndex(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

QWidget *openEditor(QAbstractItemView *view)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && view->viewport()->isAncestorOf(focus) ? focus : nullptr;
}

QWidget *doubleClickToEdit(QAbstractItemView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    if (!QTest::qWaitFor([view] { return openEditor(view) != nullptr; }, 2000))
        return nullptr;
    return openEditor(view);
}

QLineEdit *doubleClickItem(QAbstractItemView *view, const QRect &rect)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    if (!QTest::qWaitFor([view] { return view->isAncestorOf(QApplication::focusWidget()); }, 2000))
        return nullptr;
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    return editor && view->isAncestorOf(editor) ? editor : nullptr;
}

void pressShortcut(QAction *action, QWidget *where)
{
    QVERIFY(action);
    QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
    QVERIFY(where);
    QTest::keySequence(where, action->shortcut());
}

void clickNavigation(QWidget *window, const QString &title)
{
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const QList<QListWidgetItem *> items = navigation->findItems(title, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(items.first()).center());
}

QAbstractItemView *openCalendarByKey(QDateTimeEdit *edit, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    edit->setFocus();
    if (!QTest::qWaitFor([edit] { return edit->hasFocus(); })) {
        QTest::qFail("the date edit did not take the focus", __FILE__, __LINE__);
        return nullptr;
    }
    QTest::keyClick(edit, key, modifiers);
    auto *calendar = edit->findChild<QCalendarWidget *>();
    auto *days = calendar ? calendar->findChild<QAbstractItemView *>() : nullptr;
    if (!days || !QTest::qWaitFor([calendar, days] { return calendar->isVisible() && days->hasFocus(); })) {
        QTest::qFail("the calendar did not open with its days focused", __FILE__, __LINE__);
        return nullptr;
    }
    return days;
}

} // namespace GuiTest
