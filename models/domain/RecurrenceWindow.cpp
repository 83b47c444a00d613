#include "domain/RecurrenceWindow.h"

#include "domain/ExcludedRanges.h"
#include "domain/RuleWalker.h"

#include <algorithm>
#include <climits>

using Ical::fromSeconds;

namespace {

// Counts are shown as int; one too large to fit counts as unknown.
int countOrUnknown(qint64 n)
{
    return n >= 0 && n <= INT_MAX ? int(n) : -1;
}

} // namespace

namespace RecurrenceWindow {

Recurrence::Window periodic(const Recurrence &recurrence, const PeriodicSequence &sequence,
                            qint64 now, int pastCount, int upcomingCount)
{
    Recurrence::Window w;
    const int spare = int(recurrence.exceptionEntries().size());
    const qint64 limit = sequence.limit();
    const qint64 nowIndex = std::min(sequence.indexAtOrAfter(now), limit);
    const ExcludedRanges removed(sequence, recurrence.exceptionEntries());

    int kept = 0;
    int skipped = 0;
    for (qint64 k = nowIndex - 1; k >= 0 && kept < pastCount; --k) {
        const qint64 lastKept = removed.lastKept(k + 1);
        if (lastKept != k && skipped == spare) {
            k = lastKept + 1; // jump over the removed ones that are not shown
            continue;
        }
        ++(lastKept == k ? kept : skipped);
        w.past.prepend(fromSeconds(sequence.at(k)));
    }
    kept = 0;
    skipped = 0;
    for (qint64 k = nowIndex; k < limit && kept < upcomingCount; ++k) {
        const qint64 nextKept = removed.firstKept(k, limit);
        if (nextKept != k && skipped == spare) {
            if (nextKept < 0)
                break;
            k = nextKept - 1; // likewise
            continue;
        }
        ++(nextKept == k ? kept : skipped);
        w.upcoming.append(fromSeconds(sequence.at(k)));
    }

    w.pastTotal = countOrUnknown(nowIndex - removed.countIn(0, nowIndex));
    const qint64 first = removed.firstKept(0, limit);
    if (first >= 0)
        w.first = fromSeconds(sequence.at(first));
    if (sequence.size() >= 0) {
        w.total = countOrUnknown(sequence.size() - removed.countIn(0, sequence.size()));
        const qint64 last = removed.lastKept(sequence.size());
        if (last >= 0)
            w.last = fromSeconds(sequence.at(last));
        w.ended = removed.firstKept(nowIndex, limit) < 0;
    }
    return w;
}

Recurrence::Window walked(const Recurrence &recurrence, const icalrecurrencetype &rule,
                          qint64 dtstart, qint64 now, int pastCount, int upcomingCount)
{
    Recurrence::Window w;
    const int spare = int(recurrence.exceptionEntries().size());
    const bool finite = rule.count > 0 || !icaltime_is_null_time(rule.until);
    QList<QDateTime> keptBefore;    // the last pastCount kept before now
    QList<QDateTime> skippedBefore; // the last `spare` removed before now
    qint64 pastKept = 0;
    qint64 allKept = 0;
    qint64 laterKept = 0;
    int upcomingKept = 0;
    int upcomingSkipped = 0;
    bool reachedNow = false;
    bool enough = false;
    QDateTime last;
    auto keepLast = [](QList<QDateTime> &ring, const QDateTime &at, int size) {
        ring.append(at);
        if (ring.size() > size)
            ring.removeFirst();
    };
    RuleWalker walker(rule, dtstart, Recurrence::MaxIterations);
    while (const auto seconds = walker.next()) {
        const QDateTime at = fromSeconds(*seconds);
        const bool kept = !recurrence.isExcluded(at);
        if (kept) {
            ++allKept;
            last = at;
            if (!w.first.isValid())
                w.first = at;
        }
        if (*seconds < now) {
            if (kept) {
                keepLast(keptBefore, at, pastCount);
                ++pastKept;
            } else {
                keepLast(skippedBefore, at, spare);
            }
            continue;
        }
        reachedNow = true;
        laterKept += kept ? 1 : 0;
        if (upcomingKept < upcomingCount && (kept || upcomingSkipped < spare)) {
            w.upcoming.append(at);
            ++(kept ? upcomingKept : upcomingSkipped);
        }
        if (!finite && upcomingKept == upcomingCount) {
            enough = true;
            break;
        }
    }

    const bool complete = !enough && !walker.cut();
    if (!reachedNow && !complete)
        return w; // cut before now: the last ones before it are not known
    if (pastCount > 0) {
        // The removed ones are shown between the kept ones listed, as for a periodic rule.
        const bool allKeptListed = keptBefore.size() < pastCount;
        w.past = keptBefore;
        for (const QDateTime &at : std::as_const(skippedBefore)) {
            if (allKeptListed || at > keptBefore.first())
                w.past.append(at);
        }
        std::sort(w.past.begin(), w.past.end());
    }
    w.pastTotal = countOrUnknown(pastKept);
    if (complete) {
        w.total = countOrUnknown(allKept);
        w.last = last;
        w.ended = laterKept == 0;
    }
    return w;
}

} // namespace RecurrenceWindow
