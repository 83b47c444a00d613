#pragma once

#include <QObject>

#include <functional>

class QCalendarWidget;
class QDateTimeEdit;

// Sets up a date edit's popup calendar just before it can first open. QDateTimeEdit builds
// the calendar only when asked for it; asking in every form's constructor built six of them
// (about 2 ms each) before the window could show. The popup opens on a mouse press or a key
// press on the edit, so the first of either builds it and runs the setup (and makes the
// popup one choice: CalendarPopupChoice); then this goes. install() also lets the keyboard
// open the popup (CalendarPopupKey): every date edit with a calendar gets all three here.
class CalendarOnDemand : public QObject
{
public:
    using Setup = std::function<void(QCalendarWidget *)>;

    static void install(QDateTimeEdit *edit, Setup setup);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CalendarOnDemand(QDateTimeEdit *edit, Setup setup);

    QDateTimeEdit *m_edit;
    Setup m_setup;
};
