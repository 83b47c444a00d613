#pragma once

#include "domain/IcalSupport.h"

#include <QtGlobal>

#include <climits>
#include <optional>

// Walks libical's occurrences from DTSTART, exceptions ignored. It stops at the end of
// the rule, after `budget` steps, or when libical stands still (never trust an iterator
// that does not move on).
class RuleWalker
{
public:
    RuleWalker(const icalrecurrencetype &rule, qint64 dtstart, int budget)
        : m_it(icalrecur_iterator_new(rule, Ical::toIcalUtc(dtstart)))
        , m_budget(budget)
    {
        icalerror_clear_errno();
    }
    ~RuleWalker()
    {
        if (m_it)
            icalrecur_iterator_free(m_it);
        icalerror_clear_errno();
    }
    Q_DISABLE_COPY_MOVE(RuleWalker)

    // The next occurrence in seconds since the epoch; nullopt once stopped.
    std::optional<qint64> next()
    {
        if (!m_it || m_stopped)
            return std::nullopt;
        if (m_steps++ == m_budget)
            return stop(true);
        const icaltimetype t = icalrecur_iterator_next(m_it);
        if (icaltime_is_null_time(t))
            return stop(false);
        const qint64 seconds = qint64(icaltime_as_timet_with_zone(t, Ical::utcZone()));
        if (seconds <= m_previous)
            return stop(true);
        m_previous = seconds;
        return seconds;
    }

    // True when the walk stopped before the end of the rule, so what follows is unknown.
    bool cut() const { return !m_it || m_cut; }

private:
    std::optional<qint64> stop(bool cut)
    {
        m_stopped = true;
        m_cut = cut;
        return std::nullopt;
    }

    icalrecur_iterator *m_it = nullptr;
    int m_budget = 0;
    int m_steps = 0;
    qint64 m_previous = LLONG_MIN;
    bool m_stopped = false;
    bool m_cut = false;
};
