#pragma once

// What the recurrence tests (tst_recurrence_*, tst_recurrenceeditor_*) share: UTC times
// written briefly and compared as text, a rule dense enough to reach libical's iteration
// cap, and the zone they run in: Europe/Moscow (UTC+3), so that local and UTC differ.

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <ctime>

namespace RecurrenceTest {

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// The times in UTC as ISO text, so that a failed comparison shows them.
inline QStringList isoList(const QList<QDateTime> &times)
{
    QStringList result;
    for (const QDateTime &t : times)
        result.append(t.toUTC().toString(Qt::ISODate));
    return result;
}

// 16 a day, and BYMONTH keeps it from having a fixed period: 30 years of it are more than
// Recurrence::MaxIterations steps of libical.
inline const char *const DenseRule =
    "FREQ=DAILY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYHOUR=0,6,12,18;BYMINUTE=0,15,30,45";

// The zone and the locale every recurrence test runs in; false when the zone is missing.
inline bool setUpZoneAndLocale()
{
    qputenv("TZ", "Europe/Moscow");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return utc(2023, 3, 6, 18).toLocalTime().time() == QTime(21, 0);
}

} // namespace RecurrenceTest
