#include "domain/ExcludedRanges.h"

#include <algorithm>

ExcludedRanges::ExcludedRanges(const PeriodicSequence &sequence, const QList<Recurrence::Exception> &exceptions)
{
    for (const Recurrence::Exception &e : exceptions) {
        const qint64 at = e.at.toSecsSinceEpoch();
        qint64 from = sequence.indexAtOrAfter(at);
        qint64 to = e.wholeDay ? sequence.indexAtOrAfter(at + 86400) : from + 1;
        if (!e.wholeDay && sequence.at(from) != at)
            continue; // not an occurrence: removes nothing
        to = std::min(to, sequence.limit());
        if (from < to)
            m_ranges.append({from, to});
    }
    std::sort(m_ranges.begin(), m_ranges.end());
    QList<QPair<qint64, qint64>> merged;
    for (const auto &range : std::as_const(m_ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    m_ranges = merged;
}

qint64 ExcludedRanges::countIn(qint64 from, qint64 to) const
{
    qint64 n = 0;
    for (const auto &range : m_ranges)
        n += std::max<qint64>(0, std::min(to, range.second) - std::max(from, range.first));
    return n;
}

qint64 ExcludedRanges::firstKept(qint64 from, qint64 to) const
{
    qint64 k = from;
    for (const auto &range : m_ranges) {
        if (k < range.first)
            break;
        k = std::max(k, range.second);
    }
    return k < to ? k : -1;
}

qint64 ExcludedRanges::lastKept(qint64 to) const
{
    qint64 k = to - 1;
    for (auto it = m_ranges.crbegin(); it != m_ranges.crend(); ++it) {
        if (k >= it->second)
            break;
        k = std::min(k, it->first - 1);
    }
    return k >= 0 ? k : -1;
}
