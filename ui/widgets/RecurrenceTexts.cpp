#include "widgets/RecurrenceTexts.h"

#include "i18n/LocalDates.h"
#include "widgets/RecurrenceEditor.h"

#include <QLocale>

QString RecurrenceTexts::utc(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString RecurrenceTexts::display(const QDateTime &utc, bool wholeDay)
{
    // The weekday, then the date as the rest of the UI writes it (day first in Russian).
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    const QString format = QStringLiteral("ddd ") + LocalDates::format(local.time().second() != 0);
    if (wholeDay) {
        const QString dateOnly = format.left(format.indexOf(QLatin1String(" HH")));
        return RecurrenceEditor::tr("%1, whole day (UTC)").arg(locale.toString(utc.toUTC().date(), dateOnly));
    }
    return locale.toString(local, format);
}

QString RecurrenceTexts::unit(Recurrence::Frequency chosen, Recurrence::Frequency ofRule, int n,
                              bool hasRule)
{
    switch (chosen) {
    case Recurrence::Frequency::Daily:
        return n == 1 ? RecurrenceEditor::tr("day") : RecurrenceEditor::tr("days", nullptr, n);
    case Recurrence::Frequency::Weekly:
        return n == 1 ? RecurrenceEditor::tr("week") : RecurrenceEditor::tr("weeks", nullptr, n);
    case Recurrence::Frequency::Monthly:
        return n == 1 ? RecurrenceEditor::tr("month") : RecurrenceEditor::tr("months", nullptr, n);
    case Recurrence::Frequency::Yearly:
        return n == 1 ? RecurrenceEditor::tr("year") : RecurrenceEditor::tr("years", nullptr, n);
    default: break;
    }
    if (!hasRule)
        return QString();
    switch (ofRule) {
    case Recurrence::Frequency::Daily: return RecurrenceEditor::tr("days", nullptr, n);
    case Recurrence::Frequency::Weekly: return RecurrenceEditor::tr("weeks", nullptr, n);
    case Recurrence::Frequency::Monthly: return RecurrenceEditor::tr("months", nullptr, n);
    case Recurrence::Frequency::Yearly: return RecurrenceEditor::tr("years", nullptr, n);
    default: return RecurrenceEditor::tr("periods", "of a custom rule (hours, minutes…)", n);
    }
}

QString RecurrenceTexts::occurrenceUnit(int count)
{
    return count == 1 ? RecurrenceEditor::tr("occurrence")
                      : RecurrenceEditor::tr("occurrences", nullptr, count);
}

QString RecurrenceTexts::history(const Recurrence::Window &window)
{
    if (window.ended) {
        if (window.total <= 0 || !window.last.isValid())
            return RecurrenceEditor::tr("Ended: no occurrence took place");
        if (window.total == 1)
            return RecurrenceEditor::tr("Ended: the only occurrence was on %1")
                .arg(display(window.last));
        return RecurrenceEditor::tr("Ended: last occurrence on %1, %Ln occurrences in all", nullptr,
                                    window.total)
            .arg(display(window.last));
    }
    // Nothing to tell before the first occurrence.
    if (window.pastTotal == 0 || !window.first.isValid())
        return {};
    const QString first = display(window.first);
    const int done = window.pastTotal;
    if (done < 0) // too many to count
        return RecurrenceEditor::tr("Started on %1").arg(first);
    if (window.total > 0) {
        const QString total = QLocale().toString(window.total);
        return done == 1
            ? RecurrenceEditor::tr("Started on %1, 1 of %2 occurrences so far").arg(first, total)
            : RecurrenceEditor::tr("Started on %1, %Ln of %2 occurrences so far", nullptr, done)
                  .arg(first, total);
    }
    return done == 1
        ? RecurrenceEditor::tr("Started on %1, 1 occurrence so far").arg(first)
        : RecurrenceEditor::tr("Started on %1, %Ln occurrences so far", nullptr, done).arg(first);
}
