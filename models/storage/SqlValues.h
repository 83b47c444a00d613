#pragma once

#include "domain/Timestamp.h"

#include <QString>
#include <QVariant>

// Conversions shared by the stores when binding values to SQL.
namespace SqlValues {

// A QString() binds as NULL; NOT NULL text columns want ''.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// Fixed-width UTC text, so that dates sort correctly as text; '' for no date.
inline QVariant sortableTime(const Timestamp &t)
{
    return text(t.isEmpty() ? QString() : Timestamp::format(t.toUtc(), Timestamp::Style::Milliseconds));
}

// A key that sorts text the way a Russian or English reader expects: case folded
// (Unicode, which SQLite's NOCASE is not) and "ё" with "е".
inline QVariant sortKey(const QString &value)
{
    QString key = value.toLower();
    key.replace(QChar(0x0451), QChar(0x0435));
    return text(key);
}

} // namespace SqlValues
