#pragma once

#include <QDateTime>
#include <QObject>

class QCalendarWidget;
class QDateTimeEdit;

// Makes a date edit's popup calendar one choice, as a combo box's list is: a day picked
// (a click, Enter) is one change of the edit's value, told once when the popup closes;
// Esc or a click outside closes it with the value it had when it opened. Qt 6.4's
// QDateTimeEdit moves its value with every arrow key in the calendar and tells of each
// move, and forgets the date to go back to as it does: Esc left a day the operator had
// only passed over, and an owner that saves every change (the recurrence's end) saved
// each day passed over as an edit of its own.
class CalendarPopupChoice : public QObject
{
public:
    static void install(QDateTimeEdit *edit, QCalendarWidget *calendar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CalendarPopupChoice(QDateTimeEdit *edit);
    void opened();
    void closed();
    void picking();

    QDateTimeEdit *m_edit;
    QObject *m_popup = nullptr;
    QDateTime m_before;
    bool m_picking = false;
    bool m_wasBlocked = false;
};
