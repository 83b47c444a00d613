#pragma once

#include <QDateTime>
#include <QString>

// A point in time as the wire formats carry it (RFC 3339). Keeps the text it was
// read from so that an untouched value is written back exactly as received
// (e.g. "2019-08-26T12:09:03.34Z" keeps its two fractional digits).
class Timestamp
{
public:
    // How a value created in the app (not read from the wire) is written.
    enum class Style {
        Seconds,      // ERA: 2019-02-20T08:00:00Z (fraction only when non-zero)
        Milliseconds  // TARGPatrol: 2023-03-06T18:00:00.000Z
    };

    Timestamp() = default; // empty: "no date"

    // Any RFC 3339 date-time: 'T' or space, 0..N fractional digits, 'Z' or an offset.
    // An empty string gives an empty Timestamp. Returns false for anything else.
    static bool parse(const QString &text, Timestamp *out);
    static Timestamp fromDateTime(const QDateTime &dateTime, Style style);

    bool isEmpty() const { return !m_utc.isValid(); }
    QDateTime toUtc() const { return m_utc; }
    QString toWire() const { return m_text; }

    // Equal when both are empty or both name the same instant (to the millisecond).
    bool operator==(const Timestamp &other) const;
    bool operator!=(const Timestamp &other) const { return !(*this == other); }
    bool operator<(const Timestamp &other) const { return m_utc < other.m_utc; }

    static QString format(const QDateTime &dateTime, Style style);

private:
    QDateTime m_utc;
    QString m_text;
};
