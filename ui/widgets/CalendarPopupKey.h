#pragma once

#include <QObject>

class QDateTimeEdit;
class QKeyEvent;

// Opens a date edit's popup calendar from the keyboard: F4 or Alt+Down, as a combo box
// opens its list. Qt 6.4's QDateTimeEdit opens it only on a click on its arrow, so an
// operator working from the keyboard had no way to the calendar. The popup then has the
// focus: arrows move the day, Enter picks it, Esc closes it with the value unchanged.
class CalendarPopupKey : public QObject
{
public:
    static void install(QDateTimeEdit *edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CalendarPopupKey(QDateTimeEdit *edit);
    static bool opensPopup(const QKeyEvent *event);
    void openPopup();

    QDateTimeEdit *m_edit;
};
