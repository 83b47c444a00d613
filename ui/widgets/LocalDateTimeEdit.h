#pragma once

#include <QDateTimeEdit>

// A date and time in local time, minutes shown in ISO order, with a calendar popup
// (named after the edit, for tests and accessibility); a change is committed, not
// every keystroke.
class LocalDateTimeEdit : public QDateTimeEdit
{
public:
    LocalDateTimeEdit(const QString &objectName, QWidget *parent);
};
