#include "domain/Timestamp.h"

#include <QRegularExpression>

bool Timestamp::parse(const QString &text, Timestamp *out)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *out = Timestamp();
        return true;
    }
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
        "(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))$"));
    const QRegularExpressionMatch m = re.match(trimmed);
    if (!m.hasMatch())
        return false;

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Fractions beyond milliseconds are read but not kept: QDateTime stops there.
    const QString fraction = (m.captured(7) + QStringLiteral("000")).left(3);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return false;

    int offsetSeconds = 0;
    if (m.captured(8).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return false;
        offsetSeconds = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    // The wall time minus its offset is the instant in UTC.
    out->m_utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    // Keep the text as received when it already is the servers' form (UTC, 'T', 'Z');
    // anything else (an offset, 'z', a space) is rewritten: the servers get UTC only.
    static const QRegularExpression canonical(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$"));
    const bool isUtcText = canonical.match(trimmed).hasMatch();
    out->m_text = isUtcText ? trimmed : format(out->m_utc, Style::Seconds);
    return true;
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime, Style style)
{
    Timestamp t;
    if (!dateTime.isValid())
        return t;
    t.m_utc = dateTime.toUTC();
    t.m_text = format(t.m_utc, style);
    return t;
}

QString Timestamp::format(const QDateTime &dateTime, Style style)
{
    const QDateTime utc = dateTime.toUTC();
    if (style == Style::Milliseconds || utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

bool Timestamp::operator==(const Timestamp &other) const
{
    if (isEmpty() || other.isEmpty())
        return isEmpty() == other.isEmpty();
    return m_utc == other.m_utc;
}
