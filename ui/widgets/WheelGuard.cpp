#include "widgets/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("wheelGuard"));
}

WheelGuard *WheelGuard::instance()
{
    // One filter for the whole application: it holds no state of its own.
    static WheelGuard *guard = new WheelGuard(QCoreApplication::instance());
    return guard;
}

void WheelGuard::protect(QWidget *root)
{
    if (!root)
        return;
    WheelGuard *filter = instance();
    filter->guard(root);
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        filter->guard(box);
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        filter->guard(combo);
}

void WheelGuard::guard(QWidget *field)
{
    if (!qobject_cast<QAbstractSpinBox *>(field) && !qobject_cast<QComboBox *>(field))
        return;
    field->setFocusPolicy(Qt::StrongFocus);
    field->installEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    const auto *field = static_cast<QWidget *>(watched);
    if (field->hasFocus())
        return false;
    // Not delivered to the field, and left unaccepted so the parent (the scroll
    // area of the form) gets it.
    event->ignore();
    return true;
}
