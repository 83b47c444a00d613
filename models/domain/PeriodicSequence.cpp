#include "domain/PeriodicSequence.h"

#include "domain/RuleWalker.h"

#include <algorithm>

qint64 PeriodicSequence::fixedPeriod(const icalrecurrencetype &r)
{
    using Ical::isEmptyList;
    if (!isEmptyList(r.by_month_day) || !isEmptyList(r.by_year_day)
        || !isEmptyList(r.by_week_no) || !isEmptyList(r.by_month) || !isEmptyList(r.by_set_pos)
        || (r.rscale && r.rscale[0] != '\0')) {
        return 0;
    }
    qint64 unit = 0;
    switch (r.freq) {
    case ICAL_SECONDLY_RECURRENCE: unit = 1; break;
    case ICAL_MINUTELY_RECURRENCE: unit = 60; break;
    case ICAL_HOURLY_RECURRENCE: unit = 3600; break;
    case ICAL_DAILY_RECURRENCE: unit = 86400; break;
    case ICAL_WEEKLY_RECURRENCE: unit = 7 * 86400; break;
    default: return 0;
    }
    if ((!isEmptyList(r.by_second) && unit <= 1) || (!isEmptyList(r.by_minute) && unit <= 60)
        || (!isEmptyList(r.by_hour) && unit <= 3600)) {
        return 0;
    }
    for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (r.freq != ICAL_WEEKLY_RECURRENCE || icalrecurrencetype_day_position(r.by_day[i]) != 0)
            return 0; // BYDAY limits a daily rule to some weekdays; 1MO picks in a month
    }
    return unit * qMax<qint64>(1, r.interval);
}

std::optional<PeriodicSequence> PeriodicSequence::make(icalrecurrencetype r, qint64 period,
                                                         qint64 dtstart)
{
    PeriodicSequence sequence;
    sequence.m_period = period;
    const int count = r.count;
    const icaltimetype until = r.until;
    r.count = 0; // the pattern is the endless rule's; the end is applied below
    r.until = icaltime_null_time();
    RuleWalker walker(r, dtstart, 2 * MaxPattern + 2);
    int checked = 0;
    while (checked == 0 || checked < sequence.m_pattern.size()) {
        const auto t = walker.next();
        if (!t)
            return std::nullopt;
        const bool firstPeriod = sequence.m_pattern.isEmpty()
            || *t < sequence.m_pattern.first() + period;
        if (checked == 0 && firstPeriod) {
            if (sequence.m_pattern.size() == MaxPattern)
                return std::nullopt;
            sequence.m_pattern.append(*t);
            continue;
        }
        // The second period must repeat the first; otherwise walk as libical says.
        if (*t != sequence.m_pattern.at(checked) + period)
            return std::nullopt;
        ++checked;
    }
    if (count > 0) {
        sequence.m_size = count;
    } else if (!icaltime_is_null_time(until)) {
        const QDateTime end = Ical::toUtcDateTime(until);
        if (!end.isValid())
            return std::nullopt;
        // As libical compares: a bare UNTIL date ends before that UTC date; a
        // date-time is the last instant allowed.
        sequence.m_size =
            sequence.indexAtOrAfter(end.toSecsSinceEpoch() + (until.is_date ? 0 : 1));
    }
    return sequence;
}

PeriodicSequence PeriodicSequence::single(qint64 at)
{
    PeriodicSequence sequence;
    sequence.m_pattern = {at};
    sequence.m_size = 1;
    return sequence;
}

qint64 PeriodicSequence::indexAtOrAfter(qint64 seconds) const
{
    const qint64 m = m_pattern.size();
    qint64 best = std::numeric_limits<qint64>::max();
    for (qint64 r = 0; r < m; ++r) {
        const qint64 behind = seconds - m_pattern.at(r);
        const qint64 periods = behind <= 0 ? 0 : (behind + m_period - 1) / m_period;
        best = std::min(best, periods * m + r);
    }
    return best;
}
