#include "domain/Duration.h"

#include <QRegularExpression>
#include <QStringList>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <limits>

namespace {

enum Unit { Days, Hours, Minutes, Seconds, UnitCount };

constexpr std::array<quint64, UnitCount> unitSeconds = {86400, 3600, 60, 1};

// The short unit names format() writes; the translation decides what Russian shows.
QString unitName(Unit unit)
{
    switch (unit) {
    case Days:
        //: Duration unit: days, as in "2 d 3 h"
        return Duration::tr("d", "duration unit");
    case Hours:
        //: Duration unit: hours, as in "1 h 30 min"
        return Duration::tr("h", "duration unit");
    case Minutes:
        //: Duration unit: minutes, as in "1 h 30 min"
        return Duration::tr("min", "duration unit");
    case Seconds:
    case UnitCount:
        break;
    }
    //: Duration unit: seconds, as in "45 s"
    return Duration::tr("s", "duration unit");
}

// English and Russian words accepted whatever the UI language, so that a value typed
// in either language (or pasted from a document) is understood.
std::optional<Unit> builtInUnit(const QString &word)
{
    static const QStringList days = {
        QStringLiteral("d"), QStringLiteral("day"), QStringLiteral("days"),
        QStringLiteral("д"), QStringLiteral("дн"), QStringLiteral("день"), QStringLiteral("дня"),
        QStringLiteral("дней"), QStringLiteral("сут"), QStringLiteral("сутки"), QStringLiteral("суток")};
    static const QStringList hours = {
        QStringLiteral("h"), QStringLiteral("hr"), QStringLiteral("hrs"), QStringLiteral("hour"),
        QStringLiteral("hours"), QStringLiteral("ч"), QStringLiteral("час"), QStringLiteral("часа"),
        QStringLiteral("часов")};
    static const QStringList minutes = {
        QStringLiteral("m"), QStringLiteral("min"), QStringLiteral("mins"), QStringLiteral("minute"),
        QStringLiteral("minutes"), QStringLiteral("м"), QStringLiteral("мин"), QStringLiteral("минута"),
        QStringLiteral("минуту"), QStringLiteral("минуты"), QStringLiteral("минут")};
    static const QStringList seconds = {
        QStringLiteral("s"), QStringLiteral("sec"), QStringLiteral("secs"), QStringLiteral("second"),
        QStringLiteral("seconds"), QStringLiteral("с"), QStringLiteral("сек"), QStringLiteral("секунда"),
        QStringLiteral("секунду"), QStringLiteral("секунды"), QStringLiteral("секунд")};
    if (days.contains(word))
        return Days;
    if (hours.contains(word))
        return Hours;
    if (minutes.contains(word))
        return Minutes;
    if (seconds.contains(word))
        return Seconds;
    return std::nullopt;
}

std::optional<Unit> unitFromWord(const QString &word)
{
    const QString folded = word.toCaseFolded();
    // The current language first: its names are what format() wrote.
    for (int u = Days; u < UnitCount; ++u) {
        if (unitName(Unit(u)).toCaseFolded() == folded)
            return Unit(u);
    }
    return builtInUnit(folded);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// total += value * factor, refusing to wrap around.
bool accumulate(quint64 *total, quint64 value, quint64 factor)
{
    quint64 product = 0;
    if (qMulOverflow(value, factor, &product))
        return false;
    return !qAddOverflow(*total, product, total);
}

std::optional<quint64> parseNumber(QStringView digits)
{
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok); // ok is false on overflow
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

std::optional<quint64> parseClock(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("^([0-9]+):([0-9]{2})(?::([0-9]{2}))?$"));
    const QRegularExpressionMatch m = clock.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool hasHours = m.hasCaptured(3);
    const auto first = parseNumber(m.capturedView(1));
    const quint64 second = m.capturedView(2).toULongLong();
    const quint64 third = hasHours ? m.capturedView(3).toULongLong() : 0;
    if (!first)
        return std::nullopt;
    quint64 total = 0;
    if (hasHours) { // hh:mm:ss
        if (second > 59 || third > 59 || !accumulate(&total, *first, 3600))
            return std::nullopt;
        return total + second * 60 + third;
    }
    // mm:ss
    if (second > 59 || !accumulate(&total, *first, 60) || !accumulate(&total, second, 1))
        return std::nullopt;
    return total;
}

// "2d 3h", "1h30m", "1 ч 30 мин", "1 h, 30 min", "5 мин." — each unit at most once.
std::optional<quint64> parseUnits(const QString &text)
{
    std::array<bool, UnitCount> seen = {};
    quint64 total = 0;
    const int n = int(text.size());
    int i = 0;
    const auto skipSpaces = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        const int numberStart = i;
        while (i < n && isAsciiDigit(text.at(i)))
            ++i;
        const auto number = parseNumber(QStringView(text).mid(numberStart, i - numberStart));
        if (i == numberStart || !number)
            return std::nullopt;
        skipSpaces();
        const int wordStart = i;
        while (i < n && text.at(i).isLetter())
            ++i;
        const auto unit = unitFromWord(text.mid(wordStart, i - wordStart));
        if (i == wordStart || !unit || seen[*unit])
            return std::nullopt;
        seen[*unit] = true;
        if (!accumulate(&total, *number, unitSeconds[*unit]))
            return std::nullopt;
        if (i < n && text.at(i) == QLatin1Char('.')) // "мин.", "sec."
            ++i;
        skipSpaces();
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            skipSpaces();
            if (i == n) // a comma must be followed by another part
                return std::nullopt;
        }
        if (i == n)
            return total;
    }
}

} // namespace

QString Duration::format(qint64 seconds)
{
    // The magnitude as unsigned so that the most negative qint64 has one too.
    quint64 rest = seconds < 0 ? quint64(0) - quint64(seconds) : quint64(seconds);
    if (rest == 0)
        return QStringLiteral("0 ") + unitName(Seconds);
    QStringList parts;
    for (int u = Days; u < UnitCount; ++u) {
        const quint64 count = rest / unitSeconds[u];
        rest %= unitSeconds[u];
        if (count != 0)
            parts << QString::number(count) + QLatin1Char(' ') + unitName(Unit(u));
    }
    const QString text = parts.join(QLatin1Char(' '));
    return seconds < 0 ? QLatin1Char('-') + text : text;
}

std::optional<qint64> Duration::parse(const QString &text)
{
    QString body = text.trimmed();
    bool negative = false;
    if (!body.isEmpty() && (body.front() == QLatin1Char('-') || body.front() == QChar(0x2212)
                            || body.front() == QLatin1Char('+'))) {
        negative = body.front() != QLatin1Char('+');
        body = body.mid(1).trimmed();
    }
    if (body.isEmpty())
        return std::nullopt;

    std::optional<quint64> magnitude;
    if (std::all_of(body.cbegin(), body.cend(), isAsciiDigit))
        magnitude = parseNumber(body);
    else if (body.contains(QLatin1Char(':')))
        magnitude = parseClock(body);
    else
        magnitude = parseUnits(body);
    if (!magnitude)
        return std::nullopt;

    constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
    if (!negative)
        return *magnitude <= maxPositive ? std::optional<qint64>(qint64(*magnitude)) : std::nullopt;
    if (*magnitude > maxPositive + 1)
        return std::nullopt;
    if (*magnitude == maxPositive + 1)
        return std::numeric_limits<qint64>::min();
    return -qint64(*magnitude);
}
