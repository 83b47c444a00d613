#include "widgets/CalendarOnDemand.h"

#include "widgets/CalendarPopupChoice.h"
#include "widgets/CalendarPopupKey.h"

#include <QDateTimeEdit>
#include <QEvent>

void CalendarOnDemand::install(QDateTimeEdit *edit, Setup setup)
{
    edit->installEventFilter(new CalendarOnDemand(edit, std::move(setup)));
    // After this filter, so it runs first: the press it sends comes through this one.
    CalendarPopupKey::install(edit);
}

CalendarOnDemand::CalendarOnDemand(QDateTimeEdit *edit, Setup setup)
    : QObject(edit)
    , m_edit(edit)
    , m_setup(std::move(setup))
{
}

bool CalendarOnDemand::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick || type == QEvent::KeyPress) {
        // Before the edit sees the event, so the popup it may open is already set up.
        m_edit->removeEventFilter(this);
        QCalendarWidget *calendar = m_edit->calendarWidget();
        m_setup(calendar);
        CalendarPopupChoice::install(m_edit, calendar);
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}
