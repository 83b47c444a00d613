#pragma once

// What the GUI tests do as an operator does it: typing any text, clicking cells, items,
// buttons and check boxes, bringing a field of a scrolling form into view first, the
// mouse wheel, going to a page with the navigation. Each helper that checks something
// fails the running test through QtTest (callers stop with QTest::currentTestFailed()).

#include <QModelIndex>
#include <QObject>
#include <QRect>
#include <QString>

class QAbstractItemView;
class QAction;
class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QWidget;

namespace GuiTest {

// The named child of `parent`; a warning names what is missing.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// Types any text, Cyrillic included (QTest::keyClicks takes Latin-1 only): each
// character as the key a keyboard layout would send for it.
void type(QWidget *widget, const QString &text);
// Replaces the text of the focused line-like editor by typing.
void retype(QWidget *editor, const QString &text);
// Turns the mouse wheel over `widget` by `notches`, delivered as a window would:
// an event the widget leaves unaccepted goes on to its parents.
void wheel(QWidget *widget, int notches);

// Scrolls the nearest scroll area around `widget` until it is on show.
void bringIntoView(QWidget *widget);
// Brings a field into view and clicks into it; checks that it took the focus.
void clickInto(QWidget *widget);
void clickButton(QWidget *button);
// A click on the box itself, not on its text.
void clickCheckBox(QCheckBox *box);

// A click on the middle of an item of a view, scrolled into view first.
void clickIndex(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {});
// The open editor of a view: the focus widget when it is inside the view's viewport.
QWidget *openEditor(QAbstractItemView *view);
// A real double-click (a click first) on an item; its editor, or null after 2 s.
QWidget *doubleClickToEdit(QAbstractItemView *view, const QModelIndex &index);
// Double-clicks an item of a QTableWidget/QListWidget to edit it; returns its editor.
QLineEdit *doubleClickItem(QAbstractItemView *view, const QRect &rect);

// Presses the shortcut of `action` on `where`; checks that it has one.
void pressShortcut(QAction *action, QWidget *where);
// Clicks the navigation item `title` of the main window `window`.
void clickNavigation(QWidget *window, const QString &title);

// Opens the popup calendar of a date edit with a key (F4, Alt+Down); checks that it shows
// with its days focused, and returns their view (null when it did not open).
QAbstractItemView *openCalendarByKey(QDateTimeEdit *edit, Qt::Key key, Qt::KeyboardModifiers modifiers = {});

} // namespace GuiTest
