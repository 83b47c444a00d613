#pragma once

// One editor widget under test in a window of its own, with a line edit beside it to
// move the focus to (leaving a field is how many editors commit), for GUI tests that
// drive a widget without the main window.

#include <QLineEdit>
#include <QSize>
#include <QWidget>

class WidgetHost
{
public:
    // Takes `widget` into the window; the window gets `size`.
    WidgetHost(QWidget *widget, const QSize &size);

    // Shows the window and waits until it is active; false when it never is.
    bool show();

    QWidget window;
    QLineEdit *outside = nullptr; // named "outsideEdit"
};

// A WidgetHost of a new T, with T's named children at hand.
template<typename T>
class HostOf : public WidgetHost
{
public:
    explicit HostOf(const QSize &size, T *widget = new T) : WidgetHost(widget, size), widget(widget) {}

    // The named child of the widget; null when there is none.
    template<typename C>
    C *child(const char *name) const
    {
        return widget->template findChild<C *>(QLatin1String(name));
    }

    T *const widget;
};
