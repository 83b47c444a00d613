#include "widgets/CalendarPopupChoice.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QTimer>

void CalendarPopupChoice::install(QDateTimeEdit *edit, QCalendarWidget *calendar)
{
    auto *choice = new CalendarPopupChoice(edit);
    // The popup is the calendar's window; the days are the calendar's item view.
    choice->m_popup = calendar->window();
    choice->m_popup->installEventFilter(choice);
    // Keys go to the view of the days, clicks to its viewport.
    if (auto *days = calendar->findChild<QAbstractItemView *>()) {
        days->installEventFilter(choice);
        days->viewport()->installEventFilter(choice);
    }
}

CalendarPopupChoice::CalendarPopupChoice(QDateTimeEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
}

bool CalendarPopupChoice::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_popup && type == QEvent::Show) {
        opened();
    } else if (watched == m_popup && type == QEvent::Hide) {
        closed();
    } else if (watched != m_popup) { // the days or their viewport
        const bool click = type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick;
        const int key = type == QEvent::KeyPress ? static_cast<QKeyEvent *>(event)->key() : 0;
        if (click || key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Select)
            picking();
    }
    return QObject::eventFilter(watched, event);
}

void CalendarPopupChoice::opened()
{
    m_before = m_edit->dateTime();
    m_picking = false;
    m_wasBlocked = m_edit->blockSignals(true);
}

// A click or Enter on a day closes the popup while it is handled: the close that comes
// with it is the pick. Anything after it is not.
void CalendarPopupChoice::picking()
{
    m_picking = true;
    QTimer::singleShot(0, this, [this] { m_picking = false; });
}

void CalendarPopupChoice::closed()
{
    if (!m_picking && m_before.isValid() && m_edit->dateTime() != m_before)
        m_edit->setDateTime(m_before); // still unheard: the signals are blocked
    m_edit->blockSignals(m_wasBlocked);
    const QDateTime now = m_edit->dateTime();
    if (now == m_before || m_wasBlocked)
        return;
    emit m_edit->dateTimeChanged(now);
    if (now.date() != m_before.date())
        emit m_edit->dateChanged(now.date());
    if (now.time() != m_before.time())
        emit m_edit->timeChanged(now.time());
}
