#include "domain/Timestamp.h"

#include <QRegularExpression>

namespace {

int digitsAt(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The servers' own form, "2019-02-20T08:00:00Z" or "…:00.34Z", read without the regular
// expressions below (a bulk import reads four per record). False when the text has another
// shape; `*valid` then says nothing.
bool readCanonical(QStringView text, QDateTime *utc, bool *valid)
{
    const qsizetype size = text.size();
    if (size < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[size - 1] != u'Z')
        return false;
    int milliseconds = 0;
    if (size > 20) {
        if (text[19] != u'.' || size < 22)
            return false;
        for (qsizetype i = 20; i < size - 1; ++i) {
            if (text[i] < u'0' || text[i] > u'9')
                return false;
        }
        // Fractions beyond milliseconds are read but not kept: QDateTime stops there.
        for (qsizetype i = 20; i < 23; ++i)
            milliseconds = milliseconds * 10 + (i < size - 1 ? text[i].unicode() - u'0' : 0);
    }
    const int fields[] = {digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2),
                          digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2)};
    for (const int field : fields) {
        if (field < 0)
            return false;
    }
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5], milliseconds);
    *valid = date.isValid() && time.isValid();
    if (*valid)
        *utc = QDateTime(date, time, Qt::UTC);
    return true;
}

// "yyyy-MM-ddTHH:mm:ss[.zzz]Z" for years 1 to 9999, as QDateTime::toString() writes it
// but without its locale and calendar machinery (a tenth of a bulk import's reading).
QString formatted(const QDate &date, const QTime &time, bool milliseconds)
{
    char text[24];
    const auto put = [&text](int at, int value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, time.hour(), 2);
    text[13] = ':';
    put(14, time.minute(), 2);
    text[16] = ':';
    put(17, time.second(), 2);
    int size = 19;
    if (milliseconds) {
        text[19] = '.';
        put(20, time.msec(), 3);
        size = 23;
    }
    text[size++] = 'Z';
    return QString::fromLatin1(text, size);
}

} // namespace

bool Timestamp::parse(const QString &text, Timestamp *out)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *out = Timestamp();
        return true;
    }
    bool valid = false;
    QDateTime utc;
    if (readCanonical(trimmed, &utc, &valid)) {
        if (!valid)
            return false;
        out->m_utc = utc;
        out->m_text = trimmed; // already the servers' form: kept as received
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
    const bool milliseconds = style == Style::Milliseconds || utc.time().msec() != 0;
    const QDate date = utc.date();
    if (date.year() >= 1 && date.year() <= 9999)
        return formatted(date, utc.time(), milliseconds);
    return utc.toString(milliseconds ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ") : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

bool Timestamp::operator==(const Timestamp &other) const
{
    if (isEmpty() || other.isEmpty())
        return isEmpty() == other.isEmpty();
    return m_utc == other.m_utc;
}
