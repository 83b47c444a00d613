#include "widgets/LocalDateTimeEdit.h"

#include <QCalendarWidget>

LocalDateTimeEdit::LocalDateTimeEdit(const QString &objectName, QWidget *parent)
    : QDateTimeEdit(parent)
{
    setObjectName(objectName);
    setTimeSpec(Qt::LocalTime);
    // ISO order, as in the rest of the app.
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setCalendarPopup(true);
    setKeyboardTracking(false); // a change is committed, not every keystroke
    calendarWidget()->setObjectName(objectName + QStringLiteral("Calendar"));
}
