#pragma once

#include <QDateTime>
#include <QString>

// Dates as the UI language writes them (the default QLocale that Translator sets),
// in local time: day first in Russian, ISO order in English.
namespace LocalDates {

// A display format for QDateTime::toString / QDateTimeEdit.
QString format(bool withSeconds);
// `utc` in local time in that format; empty for an invalid date.
QString text(const QDateTime &utc, bool withSeconds = false);

} // namespace LocalDates
