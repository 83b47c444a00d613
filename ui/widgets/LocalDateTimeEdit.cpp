#include "widgets/LocalDateTimeEdit.h"

#include "i18n/LocalDates.h"
#include "widgets/CalendarOnDemand.h"

#include <QCalendarWidget>

LocalDateTimeEdit::LocalDateTimeEdit(const QString &objectName, QWidget *parent)
    : QDateTimeEdit(parent)
{
    setObjectName(objectName);
    setTimeSpec(Qt::LocalTime);
    // In the order of the UI language, as in the rest of the app (day first in Russian).
    setDisplayFormat(LocalDates::format(false));
    setCalendarPopup(true);
    setKeyboardTracking(false); // a change is committed, not every keystroke
    CalendarOnDemand::install(this, [objectName](QCalendarWidget *calendar) {
        calendar->setObjectName(objectName + QStringLiteral("Calendar"));
    });
}
