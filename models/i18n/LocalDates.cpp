#include "i18n/LocalDates.h"

#include <QLocale>

namespace LocalDates {

QString format(bool withSeconds)
{
    const bool dayFirst = QLocale().language() == QLocale::Russian;
    QString pattern = dayFirst ? QStringLiteral("dd.MM.yyyy HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm");
    if (withSeconds)
        pattern += QStringLiteral(":ss");
    return pattern;
}

QString text(const QDateTime &utc, bool withSeconds)
{
    if (!utc.isValid())
        return QString();
    return utc.toLocalTime().toString(format(withSeconds));
}

} // namespace LocalDates
