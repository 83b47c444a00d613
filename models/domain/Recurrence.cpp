#include "domain/Recurrence.h"

#include "domain/IcalSupport.h"
#include "domain/PeriodicSequence.h"
#include "domain/RecurrenceWindow.h"
#include "domain/RuleWalker.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>

using namespace Ical;

namespace {

// The rule as libical should see it: no surrounding blanks, no "RRULE:" prefix.
QString normalizedRule(const QString &rule)
{
    QString text = rule.trimmed();
    static const QString prefix = QStringLiteral("RRULE:");
    if (text.startsWith(prefix, Qt::CaseInsensitive))
        text = text.mid(prefix.size()).trimmed();
    return text;
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
    RuleWalker walker(r, dtstart.toSecsSinceEpoch(), MaxIterations);
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
        return RecurrenceWindow::periodic(*this, PeriodicSequence::single(dtstart), reference, pastCount,
                              upcomingCount);

    icalrecurrencetype r;
    if (!readRule(m_rule, &r))
        return {};
    if (const qint64 period = PeriodicSequence::fixedPeriod(r)) {
        if (const auto sequence = PeriodicSequence::make(r, period, dtstart))
            return RecurrenceWindow::periodic(*this, *sequence, reference, pastCount, upcomingCount);
    }
    return RecurrenceWindow::walked(*this, r, dtstart, reference, pastCount, upcomingCount);
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
