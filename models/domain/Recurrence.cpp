#include "domain/Recurrence.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <limits>
#include <utility>

namespace {

icaltimezone *utcZone()
{
    return icaltimezone_get_utc_timezone();
}

// libical reports errors through icalerrno; make sure none of them aborts the process
// (a build of libical may make errors fatal by default).
void quietIcalErrors()
{
    static const bool done = [] {
        icalerror_set_errors_are_fatal(0);
        return true;
    }();
    Q_UNUSED(done)
}

// The rule as libical should see it: no surrounding blanks, no "RRULE:" prefix.
QString normalizedRule(const QString &rule)
{
    QString text = rule.trimmed();
    static const QString prefix = QStringLiteral("RRULE:");
    if (text.startsWith(prefix, Qt::CaseInsensitive))
        text = text.mid(prefix.size()).trimmed();
    return text;
}

// Reads a rule with libical. The result is used at once and never kept: libical may
// point its rscale into a temporary buffer of its own.
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

Qt::DayOfWeek toQtDay(icalrecurrencetype_weekday day)
{
    // libical: SUNDAY = 1 … SATURDAY = 7; Qt: Monday = 1 … Sunday = 7.
    return day == ICAL_SUNDAY_WEEKDAY ? Qt::Sunday : Qt::DayOfWeek(int(day) - 1);
}

icalrecurrencetype_weekday toIcalDay(Qt::DayOfWeek day)
{
    return day == Qt::Sunday ? ICAL_SUNDAY_WEEKDAY : icalrecurrencetype_weekday(int(day) + 1);
}

// A libical time as a UTC QDateTime; floating times count as UTC. Invalid when the
// fields do not make a real date (libical does not check them).
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

QString writeRule(icalrecurrencetype *r)
{
    char *text = icalrecurrencetype_as_string_r(r);
    const QString result = text ? QString::fromUtf8(text) : QString();
    std::free(text); // allocated with malloc by libical
    return result;
}

const QStringList &knownParts()
{
    static const QStringList parts = {
        QStringLiteral("FREQ"),     QStringLiteral("UNTIL"),     QStringLiteral("COUNT"),
        QStringLiteral("INTERVAL"), QStringLiteral("BYSECOND"),  QStringLiteral("BYMINUTE"),
        QStringLiteral("BYHOUR"),   QStringLiteral("BYDAY"),     QStringLiteral("BYMONTHDAY"),
        QStringLiteral("BYYEARDAY"), QStringLiteral("BYWEEKNO"), QStringLiteral("BYMONTH"),
        QStringLiteral("BYSETPOS"), QStringLiteral("WKST"),      QStringLiteral("RSCALE"),
        QStringLiteral("SKIP")};
    return parts;
}

const QStringList &knownFrequencies()
{
    static const QStringList frequencies = {
        QStringLiteral("SECONDLY"), QStringLiteral("MINUTELY"), QStringLiteral("HOURLY"),
        QStringLiteral("DAILY"),    QStringLiteral("WEEKLY"),   QStringLiteral("MONTHLY"),
        QStringLiteral("YEARLY")};
    return frequencies;
}

// The long date of the locale without the weekday ("9 March 2023", "March 9, 2023").
QString longDate(const QLocale &locale, const QDate &date)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{3,4}[,.\\s]*"));
    format.remove(weekday);
    format = format.trimmed();
    while (format.startsWith(QLatin1Char(',')))
        format = format.mid(1).trimmed();
    while (format.endsWith(QLatin1Char(',')))
        format.chop(1);
    return locale.toString(date, format);
}

// Walks libical's occurrences from DTSTART, exceptions ignored. It stops at the end of
// the rule, after `budget` steps, or when libical stands still (never trust an iterator
// that does not move on).
class Walker
{
public:
    Walker(const icalrecurrencetype &rule, qint64 dtstart, int budget)
        : m_it(icalrecur_iterator_new(rule, toIcalUtc(dtstart)))
        , m_budget(budget)
    {
        icalerror_clear_errno();
    }
    ~Walker()
    {
        if (m_it)
            icalrecur_iterator_free(m_it);
        icalerror_clear_errno();
    }
    Q_DISABLE_COPY_MOVE(Walker)

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
        const qint64 seconds = qint64(icaltime_as_timet_with_zone(t, utcZone()));
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

// The length in seconds after which the occurrences of the rule repeat exactly, or 0.
// With DTSTART in UTC there is no daylight saving time, so a rule of a fixed unit
// (daily, weekly, hourly…) repeats every INTERVAL units when its BY parts only add
// times or weekdays within each of them (RFC 5545 "expand": BYHOUR on a daily rule,
// plain BYDAY on a weekly one). Monthly and yearly rules and parts that pick some
// periods only (BYMONTH, BYHOUR on an hourly rule, …) do not.
qint64 fixedPeriod(const icalrecurrencetype &r)
{
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

// The occurrences of a rule with a fixed period, from DTSTART: those of the first period
// (found by libical) come back shifted by the period, so the k-th one and the number
// before any instant are computed, however many years away.
class PeriodicSequence
{
public:
    // At most this many occurrences per period (a weekly rule has up to 7).
    static constexpr int MaxPattern = 64;

    static std::optional<PeriodicSequence> make(icalrecurrencetype r, qint64 period,
                                                qint64 dtstart)
    {
        PeriodicSequence sequence;
        sequence.m_period = period;
        const int count = r.count;
        const icaltimetype until = r.until;
        r.count = 0; // the pattern is the endless rule's; the end is applied below
        r.until = icaltime_null_time();
        Walker walker(r, dtstart, 2 * MaxPattern + 2);
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
            const QDateTime end = toUtcDateTime(until);
            if (!end.isValid())
                return std::nullopt;
            // As libical compares: a bare UNTIL date ends before that UTC date; a
            // date-time is the last instant allowed.
            sequence.m_size =
                sequence.indexAtOrAfter(end.toSecsSinceEpoch() + (until.is_date ? 0 : 1));
        }
        return sequence;
    }

    // A rule that does not repeat: once, at start.
    static PeriodicSequence single(qint64 at)
    {
        PeriodicSequence sequence;
        sequence.m_pattern = {at};
        sequence.m_size = 1;
        return sequence;
    }

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
    qint64 indexAtOrAfter(qint64 seconds) const
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

private:
    QList<qint64> m_pattern; // the occurrences of the first period, in order
    qint64 m_period = 1;
    qint64 m_size = -1;
};

// Sorted, disjoint index ranges [from, to): the occurrences the exceptions remove.
class IndexRanges
{
public:
    IndexRanges(const PeriodicSequence &sequence, const QList<Recurrence::Exception> &exceptions)
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

    // How many indexes in [from, to) are removed.
    qint64 countIn(qint64 from, qint64 to) const
    {
        qint64 n = 0;
        for (const auto &range : m_ranges)
            n += std::max<qint64>(0, std::min(to, range.second) - std::max(from, range.first));
        return n;
    }

    // The first index in [from, to) that is not removed; -1 when none.
    qint64 firstKept(qint64 from, qint64 to) const
    {
        qint64 k = from;
        for (const auto &range : m_ranges) {
            if (k < range.first)
                break;
            k = std::max(k, range.second);
        }
        return k < to ? k : -1;
    }

    // The last index before `to` that is not removed; -1 when none.
    qint64 lastKept(qint64 to) const
    {
        qint64 k = to - 1;
        for (auto it = m_ranges.crbegin(); it != m_ranges.crend(); ++it) {
            if (k >= it->second)
                break;
            k = std::min(k, it->first - 1);
        }
        return k >= 0 ? k : -1;
    }

private:
    QList<QPair<qint64, qint64>> m_ranges;
};

// Counts are shown as int; one too large to fit counts as unknown.
int countOrUnknown(qint64 n)
{
    return n >= 0 && n <= INT_MAX ? int(n) : -1;
}

// Both kinds of rules list the same: going away from now, up to `count` kept occurrences
// and, among them, up to `spare` (one per exception) of those the exceptions remove,
// the closest to now.
Recurrence::Window periodicWindow(const Recurrence &recurrence, const PeriodicSequence &sequence,
                                  qint64 now, int pastCount, int upcomingCount)
{
    Recurrence::Window w;
    const int spare = int(recurrence.exceptionEntries().size());
    const qint64 limit = sequence.limit();
    const qint64 nowIndex = std::min(sequence.indexAtOrAfter(now), limit);
    const IndexRanges removed(sequence, recurrence.exceptionEntries());

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

// Any other rule: expanded from DTSTART, within Recurrence::MaxIterations steps. An
// endless rule stops once the upcoming ones are found; a finite one runs to its end
// for the total.
Recurrence::Window walkedWindow(const Recurrence &recurrence, const icalrecurrencetype &rule,
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
    Walker walker(rule, dtstart, Recurrence::MaxIterations);
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

} // namespace

// Says what libical disliked. libical only answers yes or no, so the parts are tried one
// by one with libical to name the culprit; the verdict itself is always libical's.
static QString diagnoseRule(const QString &rule)
{
    if (rule.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Recurrence::tr("The rule must not contain spaces");
    const QStringList parts = rule.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QString frequency;
    QSet<QString> seen;
    for (const QString &part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Recurrence::tr("\"%1\" is not of the form NAME=VALUE").arg(part);
        const QString name = part.left(eq).toUpper();
        const QString value = part.mid(eq + 1);
        if (!knownParts().contains(name))
            return Recurrence::tr("Unknown part \"%1\"").arg(part.left(eq));
        if (seen.contains(name))
            return Recurrence::tr("\"%1\" is given more than once").arg(name);
        seen.insert(name);
        if (name == QLatin1String("FREQ")) {
            if (!knownFrequencies().contains(value.toUpper()))
                return Recurrence::tr("Unknown frequency \"%1\"").arg(value);
            frequency = value.toUpper();
        }
    }
    if (frequency.isEmpty())
        return Recurrence::tr("The rule has no frequency (FREQ=DAILY, WEEKLY, MONTHLY, …)");
    if (seen.contains(QStringLiteral("COUNT")) && seen.contains(QStringLiteral("UNTIL")))
        return Recurrence::tr("COUNT and UNTIL cannot be used together");
    for (const QString &part : parts) {
        if (part.section(QLatin1Char('='), 0, 0).toUpper() == QLatin1String("FREQ"))
            continue;
        icalrecurrencetype r;
        if (!readRule(QStringLiteral("FREQ=%1;%2").arg(frequency, part), &r))
            return Recurrence::tr("Bad value in \"%1\"").arg(part);
    }
    return Recurrence::tr("libical does not accept the rule \"%1\"").arg(rule);
}

std::optional<QList<Recurrence::Exception>> Recurrence::parseExceptions(const QString &exceptions,
                                                                       QString *error)
{
    quietIcalErrors();
    // libical also reads "2023-03-07" and other forms; the contract has the basic forms only.
    static const QRegularExpression form(QStringLiteral("^\\d{8}(T\\d{6}Z?)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QList<Exception> result;
    const QStringList items = exceptions.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        auto bad = [&]() -> std::optional<QList<Exception>> {
            if (error)
                *error = tr("Bad exception date \"%1\" (expected YYYYMMDDTHHMMSSZ or YYYYMMDD)")
                             .arg(item);
            return std::nullopt;
        };
        if (!form.match(item).hasMatch())
            return bad();
        icalerror_clear_errno();
        const QByteArray utf8 = item.toUpper().toUtf8();
        const icaltimetype t = icaltime_from_string(utf8.constData());
        const bool failed = icaltime_is_null_time(t) || icalerrno != ICAL_NO_ERROR;
        icalerror_clear_errno();
        if (failed)
            return bad();
        const QDateTime at = toUtcDateTime(t);
        if (!at.isValid())
            return bad();
        result.append(Exception{at, t.is_date != 0});
    }
    return result;
}

std::optional<Recurrence> Recurrence::parse(const QString &rule, const QString &exceptions,
                                            QString *error)
{
    Recurrence result;
    const auto parsedExceptions = parseExceptions(exceptions, error);
    if (!parsedExceptions)
        return std::nullopt;
    result.m_exceptions = *parsedExceptions;

    const QString text = normalizedRule(rule);
    if (text.isEmpty())
        return result;

    auto fail = [&](const QString &message) -> std::optional<Recurrence> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    icalrecurrencetype r;
    if (!readRule(text, &r))
        return fail(diagnoseRule(text));

    if (!icaltime_is_null_time(r.until)) {
        const QDateTime until = toUtcDateTime(r.until);
        if (!until.isValid())
            return fail(tr("Bad end date in the rule (UNTIL)"));
        result.m_until = until;
        if (!r.until.is_date)
            r.until = toIcalUtc(until); // a floating UNTIL counts as UTC and is written so
    }
    result.m_count = qMax(0, r.count);
    result.m_interval = qMax<int>(1, r.interval);

    // libical refuses at this point what it cannot expand: parts that RFC 5545 does not
    // allow together (BYMONTHDAY with WEEKLY, …) and some rules that never occur.
    {
        icalrecur_iterator *it = icalrecur_iterator_new(r, toIcalUtc(
            QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));
        icalerror_clear_errno();
        if (!it)
            return fail(tr("libical cannot expand this rule: some of its parts cannot be used "
                           "together (e.g. BYMONTHDAY with FREQ=WEEKLY) or it never occurs"));
        icalrecur_iterator_free(it);
    }

    switch (r.freq) {
    case ICAL_DAILY_RECURRENCE: result.m_frequency = Frequency::Daily; break;
    case ICAL_WEEKLY_RECURRENCE: result.m_frequency = Frequency::Weekly; break;
    case ICAL_MONTHLY_RECURRENCE: result.m_frequency = Frequency::Monthly; break;
    case ICAL_YEARLY_RECURRENCE: result.m_frequency = Frequency::Yearly; break;
    default: result.m_frequency = Frequency::Other; break;
    }

    bool plainDays = true;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (icalrecurrencetype_day_position(r.by_day[i]) != 0) {
            plainDays = false;
            continue;
        }
        const Qt::DayOfWeek day = toQtDay(icalrecurrencetype_day_day_of_week(r.by_day[i]));
        if (!result.m_weekdays.contains(day))
            result.m_weekdays.append(day);
    }
    std::sort(result.m_weekdays.begin(), result.m_weekdays.end());

    result.m_simple = result.m_frequency != Frequency::Other
        && isEmptyList(r.by_second) && isEmptyList(r.by_minute) && isEmptyList(r.by_hour)
        && isEmptyList(r.by_month_day) && isEmptyList(r.by_year_day)
        && isEmptyList(r.by_week_no) && isEmptyList(r.by_month) && isEmptyList(r.by_set_pos)
        && (isEmptyList(r.by_day) || (result.m_frequency == Frequency::Weekly && plainDays))
        && (r.week_start == ICAL_MONDAY_WEEKDAY || r.week_start == ICAL_NO_WEEKDAY)
        && (r.rscale == nullptr || r.rscale[0] == '\0') && r.skip == ICAL_SKIP_OMIT;
    if (!result.m_simple)
        result.m_weekdays.clear(); // a plain list would misstate the rule

    result.m_rule = writeRule(&r);
    if (result.m_rule.isEmpty())
        return fail(diagnoseRule(text));
    return result;
}

Recurrence Recurrence::simple(Frequency frequency, int interval, QList<Qt::DayOfWeek> weekdays,
                              QDateTime until, int count)
{
    Recurrence result;
    icalrecurrencetype r;
    icalrecurrencetype_clear(&r);
    switch (frequency) {
    case Frequency::Daily: r.freq = ICAL_DAILY_RECURRENCE; break;
    case Frequency::Weekly: r.freq = ICAL_WEEKLY_RECURRENCE; break;
    case Frequency::Monthly: r.freq = ICAL_MONTHLY_RECURRENCE; break;
    case Frequency::Yearly: r.freq = ICAL_YEARLY_RECURRENCE; break;
    case Frequency::None:
    case Frequency::Other:
        return result;
    }
    result.m_frequency = frequency;
    result.m_interval = qBound(1, interval, 32767); // libical keeps a short
    r.interval = short(result.m_interval);

    if (frequency == Frequency::Weekly) {
        for (Qt::DayOfWeek day : weekdays) {
            if (day >= Qt::Monday && day <= Qt::Sunday && !result.m_weekdays.contains(day))
                result.m_weekdays.append(day);
        }
        std::sort(result.m_weekdays.begin(), result.m_weekdays.end());
        int i = 0;
        for (Qt::DayOfWeek day : std::as_const(result.m_weekdays))
            r.by_day[i++] = short(toIcalDay(day));
        r.by_day[i] = ICAL_RECURRENCE_ARRAY_MAX;
    }

    if (count > 0) {
        result.m_count = count;
        r.count = count;
    } else if (until.isValid()) {
        result.m_until = QDateTime::fromSecsSinceEpoch(until.toSecsSinceEpoch(), Qt::UTC);
        r.until = toIcalUtc(result.m_until);
    }
    result.m_rule = writeRule(&r);
    return result;
}

QList<QDateTime> Recurrence::exceptions() const
{
    QList<QDateTime> result;
    result.reserve(m_exceptions.size());
    for (const Exception &e : m_exceptions)
        result.append(e.at);
    return result;
}

void Recurrence::setExceptions(const QList<QDateTime> &utcTimes)
{
    m_exceptions.clear();
    for (const QDateTime &at : utcTimes)
        addException(at);
}

bool Recurrence::addException(const QDateTime &utc)
{
    if (!utc.isValid())
        return false;
    const Exception entry{QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::UTC), false};
    if (m_exceptions.contains(entry))
        return false;
    m_exceptions.append(entry);
    return true;
}

bool Recurrence::isExcluded(const QDateTime &utc) const
{
    for (const Exception &e : m_exceptions) {
        if (e.wholeDay ? utc.toUTC().date() == e.at.date() : utc == e.at)
            return true;
    }
    return false;
}

QString Recurrence::exceptionsText() const
{
    QStringList items;
    for (const Exception &e : m_exceptions) {
        const QDateTime utc = e.at.toUTC();
        items.append(e.wholeDay ? utc.date().toString(QStringLiteral("yyyyMMdd"))
                                : utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    }
    return items.join(QLatin1Char(','));
}

QList<QDateTime> Recurrence::occurrences(const QDateTime &start, int maxCount,
                                         const QDateTime &notBefore) const
{
    QList<QDateTime> result;
    if (!start.isValid() || maxCount <= 0)
        return result;
    const QDateTime dtstart = fromSeconds(start.toSecsSinceEpoch());
    auto wanted = [&](const QDateTime &at) {
        return (!notBefore.isValid() || at >= notBefore) && !isExcluded(at);
    };
    if (m_rule.isEmpty()) {
        if (wanted(dtstart))
            result.append(dtstart);
        return result;
    }

    icalrecurrencetype r;
    if (!readRule(m_rule, &r))
        return result;
    Walker walker(r, dtstart.toSecsSinceEpoch(), MaxIterations);
    while (result.size() < maxCount) {
        const auto seconds = walker.next();
        if (!seconds)
            break;
        const QDateTime at = fromSeconds(*seconds);
        if (wanted(at))
            result.append(at);
    }
    return result;
}

Recurrence::Window Recurrence::window(const QDateTime &start, const QDateTime &now, int pastCount,
                                      int upcomingCount) const
{
    if (!start.isValid())
        return {};
    const qint64 dtstart = start.toSecsSinceEpoch();
    const qint64 reference = now.isValid() ? now.toSecsSinceEpoch()
                                           : QDateTime::currentSecsSinceEpoch();
    pastCount = qMax(0, pastCount);
    upcomingCount = qMax(0, upcomingCount);
    if (m_rule.isEmpty())
        return periodicWindow(*this, PeriodicSequence::single(dtstart), reference, pastCount,
                              upcomingCount);

    icalrecurrencetype r;
    if (!readRule(m_rule, &r))
        return {};
    if (const qint64 period = fixedPeriod(r)) {
        if (const auto sequence = PeriodicSequence::make(r, period, dtstart))
            return periodicWindow(*this, *sequence, reference, pastCount, upcomingCount);
    }
    return walkedWindow(*this, r, dtstart, reference, pastCount, upcomingCount);
}

QString Recurrence::describe() const
{
    if (m_frequency == Frequency::None)
        return tr("Does not repeat");
    if (!m_simple)
        return tr("Custom rule: %1").arg(m_rule);

    const QLocale locale;
    const int n = m_interval;
    QString text;
    switch (m_frequency) {
    case Frequency::Daily:
        text = n == 1 ? tr("Every day") : tr("Every %n days", nullptr, n);
        break;
    case Frequency::Weekly: {
        text = n == 1 ? tr("Every week") : tr("Every %n weeks", nullptr, n);
        if (!m_weekdays.isEmpty()) {
            QStringList days;
            for (Qt::DayOfWeek day : m_weekdays)
                days.append(locale.dayName(day, QLocale::LongFormat));
            text = tr("%1 on %2", "every week on Monday and Wednesday")
                       .arg(text, locale.createSeparatedList(days));
        }
        break;
    }
    case Frequency::Monthly:
        text = n == 1 ? tr("Every month") : tr("Every %n months", nullptr, n);
        break;
    case Frequency::Yearly:
        text = n == 1 ? tr("Every year") : tr("Every %n years", nullptr, n);
        break;
    case Frequency::None:
    case Frequency::Other:
        break;
    }

    if (m_count == 1) {
        text = tr("%1, once", "every day, once").arg(text);
    } else if (m_count > 1) {
        text = tr("%1, %n times", "every day, 10 times", m_count).arg(text);
    } else if (m_until.isValid()) {
        const QDateTime local = m_until.toLocalTime();
        const QString when = tr("%1 %2", "until: date, time")
                                 .arg(longDate(locale, local.date()),
                                      locale.toString(local.time(), QLocale::ShortFormat));
        text = tr("%1 until %2", "every day until 9 March 2023 21:00").arg(text, when);
    }
    return text;
}

bool Recurrence::operator==(const Recurrence &o) const
{
    return m_rule == o.m_rule && m_exceptions == o.m_exceptions;
}
