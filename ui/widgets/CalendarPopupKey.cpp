#include "widgets/CalendarPopupKey.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QStyle>
#include <QStyleOptionComboBox>

void CalendarPopupKey::install(QDateTimeEdit *edit)
{
    edit->installEventFilter(new CalendarPopupKey(edit));
}

CalendarPopupKey::CalendarPopupKey(QDateTimeEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
}

bool CalendarPopupKey::opensPopup(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return (event->key() == Qt::Key_F4 && modifiers == Qt::NoModifier)
        || (event->key() == Qt::Key_Down && modifiers == Qt::AltModifier);
}

bool CalendarPopupKey::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::KeyPress || type == QEvent::ShortcutOverride) && m_edit->calendarPopup()
        && !m_edit->isReadOnly() && m_edit->isEnabled() && opensPopup(static_cast<QKeyEvent *>(event))) {
        // Accepting the override keeps any window shortcut on the same key from taking it.
        event->accept();
        if (type == QEvent::KeyPress)
            openPopup();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

// The edit opens its popup from a press on the arrow of its combo-box frame and has no
// other way in; the press goes where the style draws that arrow, found as the edit
// itself finds it.
void CalendarPopupKey::openPopup()
{
    QStyleOptionComboBox option;
    option.initFrom(m_edit);
    option.editable = true;
    option.subControls = QStyle::SC_All;
    const QRect arrow = m_edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, m_edit);
    if (!arrow.isValid())
        return;
    const QPointF at = arrow.center();
    QMouseEvent press(QEvent::MouseButtonPress, at, m_edit->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(m_edit, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, m_edit->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(m_edit, &release);
}
