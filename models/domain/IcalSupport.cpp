#include "domain/IcalSupport.h"

namespace Ical {

icaltimezone *utcZone()
{
    return icaltimezone_get_utc_timezone();
}

void quietIcalErrors()
{
    static const bool done = [] {
        icalerror_set_errors_are_fatal(0);
        return true;
    }();
    Q_UNUSED(done)
}

bool readRule(const QString &rule, icalrecurrencetype *out)
{
    quietIcalErrors();
    const QByteArray utf8 = rule.toUtf8();
    icalerror_clear_errno();
    *out = icalrecurrencetype_from_string(utf8.constData());
    const bool ok = out->freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    icalerror_clear_errno();
    return ok;
}

bool isEmptyList(const short *list)
{
    return list[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

QDateTime toUtcDateTime(const icaltimetype &t)
{
    const QDate date(t.year, t.month, t.day);
    if (!date.isValid())
        return {};
    if (t.is_date)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    const QTime time(t.hour, t.minute, t.second);
    if (!time.isValid())
        return {};
    const QDateTime local(date, time, Qt::UTC);
    if (t.zone && t.zone != utcZone()) // a real zone: let libical convert
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, utcZone()), Qt::UTC);
    return local;
}

icaltimetype toIcalUtc(qint64 secondsSinceEpoch)
{
    return icaltime_from_timet_with_zone(time_t(secondsSinceEpoch), 0, utcZone());
}

icaltimetype toIcalUtc(const QDateTime &dateTime)
{
    return toIcalUtc(dateTime.toSecsSinceEpoch());
}

QDateTime fromSeconds(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
}

} // namespace Ical
