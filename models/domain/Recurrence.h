#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The recurrence of a TARGPatrol series (docs/api-contract.md §2.2): an RFC 5545 RRULE value
// ("FREQ=DAILY;UNTIL=20230309T210000Z", without "RRULE:") and a comma-separated list of
// EXDATE values ("20230307T210000Z,20230309", UTC date-times or bare dates). DTSTART is
// the series' startAt (UTC).
//
// libical parses, writes and expands the rules; this class only gives them a face that a
// simple editor and a person can read. An empty rule means "does not repeat".
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    enum class Frequency {
        None,    // empty rule: does not repeat
        Daily,
        Weekly,
        Monthly,
        Yearly,
        Other    // HOURLY, MINUTELY, SECONDLY
    };

    // One EXDATE. A bare date (wholeDay) removes every occurrence on that UTC date;
    // a date-time removes the occurrence at exactly that instant.
    struct Exception
    {
        QDateTime at;          // UTC; for a whole day, 00:00:00 UTC of that date
        bool wholeDay = false;
        bool operator==(const Exception &o) const { return at == o.at && wholeDay == o.wholeDay; }
        bool operator!=(const Exception &o) const { return !(*this == o); }
    };

    // Upper bound on libical iterator steps per occurrences() call, so that a rule that
    // never (or only very rarely) yields a date cannot hang the caller.
    static constexpr int MaxIterations = 100000;

    Recurrence() = default; // does not repeat

    // Validates both strings with libical. On failure returns nullopt and, when error is
    // given, a translated message that says what is wrong ("Unknown frequency \"FOO\"",
    // "Bad exception date \"2023-03-07\""). Surrounding blanks and an "RRULE:" prefix are
    // tolerated. An empty rule is valid (does not repeat).
    static std::optional<Recurrence> parse(const QString &rule, const QString &exceptions,
                                           QString *error = nullptr);
    // The exceptions alone (comma-separated EXDATE values; empty items are ignored).
    static std::optional<QList<Exception>> parseExceptions(const QString &exceptions,
                                                           QString *error = nullptr);

    // A rule the simple editor can make. interval < 1 counts as 1; weekdays are used
    // for Weekly only; count > 0 wins over a valid until; Other is treated as None.
    static Recurrence simple(Frequency frequency, int interval = 1,
                             QList<Qt::DayOfWeek> weekdays = {}, QDateTime until = {},
                             int count = 0);

    Frequency frequency() const { return m_frequency; }
    bool repeats() const { return m_frequency != Frequency::None; }
    int interval() const { return m_interval; }
    QList<Qt::DayOfWeek> weekdays() const { return m_weekdays; } // BYDAY, Monday first
    QDateTime until() const { return m_until; }                  // UTC; invalid = none
    int count() const { return m_count; }                        // 0 = none
    // True when the rule has only FREQ (daily..yearly), INTERVAL, UNTIL, COUNT and, for a
    // weekly rule, BYDAY with plain days: what the simple editor can show and rebuild.
    bool isSimple() const { return m_simple; }

    QList<Exception> exceptionEntries() const { return m_exceptions; }
    QList<QDateTime> exceptions() const; // the `at` of every entry
    void setExceptionEntries(const QList<Exception> &exceptions) { m_exceptions = exceptions; }
    void setExceptions(const QList<QDateTime> &utcTimes); // exact instants
    // Adds an exact instant unless already there; returns false when it was.
    bool addException(const QDateTime &utc);
    // True when an exception removes the occurrence at `utc`.
    bool isExcluded(const QDateTime &utc) const;

    // The RRULE value (written by libical; UNTIL in UTC), empty when it does not repeat.
    QString ruleText() const { return m_rule; }
    // "20230307T210000Z,20230309": date-times in UTC, bare dates as YYYYMMDD.
    QString exceptionsText() const;

    // The occurrences from DTSTART = start (UTC, whole seconds), at or after notBefore
    // when it is valid, without the exceptions, at most maxCount of them. A rule that
    // does not repeat occurs once, at start.
    QList<QDateTime> occurrences(const QDateTime &start, int maxCount,
                                 const QDateTime &notBefore = {}) const;

    // What a calendar shows of a series around "now". The lists hold occurrences in time
    // order with, among them, those that an exception removes (isExcluded() tells them
    // apart) so that a preview can show them crossed out; the counts and dates leave the
    // exceptions out.
    struct Window
    {
        // The last pastCount occurrences before now, oldest first, with the removed ones
        // after the first of them (at most one per exception, the closest to now).
        QList<QDateTime> past;
        // From now on: the next upcomingCount occurrences, with the removed ones before
        // the last of them (likewise).
        QList<QDateTime> upcoming;
        QDateTime first;    // the first occurrence; invalid when there is none or unknown
        QDateTime last;     // the last one of a finite series; invalid when endless or unknown
        int pastTotal = -1; // how many were before now; -1 when too long to count
        int total = -1;     // how many in all of a finite series; -1 when endless or unknown
        bool ended = false; // known to have no occurrence at or after now
    };

    // The window around now (any time spec) for DTSTART = start. Cheap however far now is
    // from start for rules with a fixed period (daily, weekly, hourly…: computed, not
    // expanded); other rules are expanded from start, at most MaxIterations steps, and
    // what lies beyond is reported as unknown. Empty when start is invalid.
    Window window(const QDateTime &start, const QDateTime &now, int pastCount,
                  int upcomingCount) const;

    // Plain language in the current language and QLocale: "Every day until 9 March 2023
    // 21:00", "Every 2 weeks on Monday and Wednesday, 10 times", "Custom rule: …".
    QString describe() const;

    bool operator==(const Recurrence &o) const;
    bool operator!=(const Recurrence &o) const { return !(*this == o); }

private:
    QString m_rule;
    Frequency m_frequency = Frequency::None;
    int m_interval = 1;
    QList<Qt::DayOfWeek> m_weekdays;
    QDateTime m_until;
    int m_count = 0;
    bool m_simple = true;
    QList<Exception> m_exceptions;
};
