#pragma once

#include <QDateTime>
#include <QObject>

class QCalendarWidget;
class QDateTimeEdit;

// Esc in a date edit's popup calendar puts back the date the edit had when the popup
// opened. QDateTimeEdit moves its value with every arrow key in the calendar and, in
// Qt 6.4, forgets the date to go back to as it does (it keeps the last one moved to),
// so Esc closed the popup on a date the operator had only passed over; the form then
// saved it when the edit lost the focus.
class CalendarPopupCancel : public QObject
{
public:
    static void install(QDateTimeEdit *edit, QCalendarWidget *calendar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CalendarPopupCancel(QDateTimeEdit *edit);

    QDateTimeEdit *m_edit;
    QDateTime m_before;
};
