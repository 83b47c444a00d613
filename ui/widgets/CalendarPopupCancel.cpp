#include "widgets/CalendarPopupCancel.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QKeyEvent>

void CalendarPopupCancel::install(QDateTimeEdit *edit, QCalendarWidget *calendar)
{
    // The popup is the calendar's window; a key the calendar leaves alone reaches it.
    calendar->window()->installEventFilter(new CalendarPopupCancel(edit));
}

CalendarPopupCancel::CalendarPopupCancel(QDateTimeEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
}

bool CalendarPopupCancel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        m_before = m_edit->dateTime();
    } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Cancel)) {
        // Before the popup sees the key and closes: it then goes back to this date too.
        if (m_before.isValid() && m_edit->dateTime() != m_before)
            m_edit->setDateTime(m_before);
    }
    return QObject::eventFilter(watched, event);
}
