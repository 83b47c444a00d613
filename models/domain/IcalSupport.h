#pragma once

#include <QDateTime>
#include <QString>

#include <libical/ical.h>

// libical where the recurrence classes meet it: errors kept quiet, rules read, times in UTC.
namespace Ical {

icaltimezone *utcZone();
// libical reports errors through icalerrno; make sure none of them aborts the process
// (a build of libical may make errors fatal by default).
void quietIcalErrors();
// Reads a rule with libical. The result is used at once and never kept: libical may
// point its rscale into a temporary buffer of its own.
bool readRule(const QString &rule, icalrecurrencetype *out);
bool isEmptyList(const short *list);
// A libical time as a UTC QDateTime; floating times count as UTC. Invalid when the
// fields do not make a real date (libical does not check them).
QDateTime toUtcDateTime(const icaltimetype &t);
icaltimetype toIcalUtc(qint64 secondsSinceEpoch);
icaltimetype toIcalUtc(const QDateTime &dateTime);
QDateTime fromSeconds(qint64 secondsSinceEpoch);

} // namespace Ical
