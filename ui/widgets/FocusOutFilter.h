#pragma once

#include <QEvent>
#include <QObject>

#include <functional>

// Calls a function when the watched widget loses focus: how a multi-line text
// (QPlainTextEdit has no editingFinished) commits its edit.
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *watched, std::function<void()> onFocusOut)
        : QObject(watched), m_onFocusOut(std::move(onFocusOut))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};
