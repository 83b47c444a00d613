#include "domain/EnumCatalog.h"

QVector<EnumCatalog::Entry> EnumCatalog::siteModes()
{
    return {
        {QStringLiteral("all"), tr("Run on all sites serving the domain"), false},
        {QStringLiteral("firstsite"), tr("Run on the first site serving the domain"), false},
        // [assumed] codes, see assumedSiteListModes(): offered so Sites is reached by a click.
        {assumedSiteListModes().at(0), tr("Run on all listed sites serving the domain"), true},
        {assumedSiteListModes().at(1), tr("Run on one of the listed sites serving the domain"), true},
    };
}

QVector<EnumCatalog::Entry> EnumCatalog::schedules()
{
    return {
        {QStringLiteral("all"), tr("May always start"), false},
        {QStringLiteral("work"), tr("Only during working hours"), false},
        // [assumed] code, see scheduleIndividual(): offered so Periods is reached by a click.
        {scheduleIndividual(), tr("Individual: only during the periods below"), false},
    };
}

QVector<EnumCatalog::Entry> EnumCatalog::priorities()
{
    return {
        {QStringLiteral("NORMAL"), tr("Normal"), false},
        {QStringLiteral("MAJOR"), tr("Major"), false},
    };
}

QVector<EnumCatalog::Entry> EnumCatalog::actionTypes()
{
    return {
        {QStringLiteral("BOOLEAN"), tr("Yes/no"), false},
        {QStringLiteral("TEXT"), tr("Text"), false},
        {QStringLiteral("NUMBER"), tr("Number"), false},
    };
}

QString EnumCatalog::meaning(const QVector<Entry> &entries, const QString &code)
{
    for (const Entry &entry : entries) {
        if (entry.code == code)
            return entry.meaning;
    }
    return QString();
}

bool EnumCatalog::isKnown(const QVector<Entry> &entries, const QString &code)
{
    for (const Entry &entry : entries) {
        if (entry.code == code)
            return true;
    }
    return false;
}

QStringList EnumCatalog::assumedSiteListModes()
{
    return {QStringLiteral("list"), QStringLiteral("anyfromlist")};
}

bool EnumCatalog::siteModeUsesList(const QString &code)
{
    return assumedSiteListModes().contains(code);
}

QString EnumCatalog::scheduleIndividual()
{
    return QStringLiteral("individual");
}
