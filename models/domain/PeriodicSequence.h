#pragma once

#include "domain/IcalSupport.h"

#include <QDateTime>
#include <QList>

#include <limits>
#include <optional>

// The occurrences of a rule with a fixed period, from DTSTART: those of the first period
// (found by libical) come back shifted by the period, so the k-th one and the number
// before any instant are computed, however many years away.
class PeriodicSequence
{
public:
    // The length in seconds after which the occurrences of the rule repeat exactly, or 0.
    // With DTSTART in UTC there is no daylight saving time, so a rule of a fixed unit
    // (daily, weekly, hourly…) repeats every INTERVAL units when its BY parts only add
    // times or weekdays within each of them (RFC 5545 "expand": BYHOUR on a daily rule,
    // plain BYDAY on a weekly one). Monthly and yearly rules and parts that pick some
    // periods only (BYMONTH, BYHOUR on an hourly rule, …) do not.
    static qint64 fixedPeriod(const icalrecurrencetype &r);

    // At most this many occurrences per period (a weekly rule has up to 7).
    static constexpr int MaxPattern = 64;

    static std::optional<PeriodicSequence> make(icalrecurrencetype r, qint64 period,
                                                qint64 dtstart);

    // A rule that does not repeat: once, at start.
    static PeriodicSequence single(qint64 at);

    // The number of occurrences: -1 when endless.
    qint64 size() const { return m_size; }
    // One past the last index.
    qint64 limit() const { return m_size < 0 ? std::numeric_limits<qint64>::max() : m_size; }

    qint64 at(qint64 index) const
    {
        const qint64 m = m_pattern.size();
        return m_pattern.at(index % m) + (index / m) * m_period;
    }

    // The index of the first occurrence at or after the instant; may be past the end.
    qint64 indexAtOrAfter(qint64 seconds) const;

private:
    QList<qint64> m_pattern; // the occurrences of the first period, in order
    qint64 m_period = 1;
    qint64 m_size = -1;
};
