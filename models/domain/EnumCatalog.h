#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// The codes docs/api-contract.md knows for each enumerated field, with their meaning in the
// user's language. Codes not listed here are valid too: they are kept and shown as-is.
// Everything the contract marks as undocumented is decided here and nowhere else.
class EnumCatalog
{
    Q_DECLARE_TR_FUNCTIONS(EnumCatalog)

public:
    struct Entry
    {
        QString code;
        QString meaning;          // translated
        bool usesSiteList = false; // sitemode only: runs on the sites listed in `sites`
    };

    static QVector<Entry> siteModes();
    static QVector<Entry> schedules();
    static QVector<Entry> priorities();
    static QVector<Entry> actionTypes();

    // The meaning of a code, or an empty string for a code this version does not know.
    static QString meaning(const QVector<Entry> &entries, const QString &code);
    static bool isKnown(const QVector<Entry> &entries, const QString &code);

    // [assumed] The ERA documentation names five site modes but only two codes
    // (`all`, `firstsite`). The codes of the two list modes are not documented; these
    // are the ones validation treats as "runs on the listed sites". Change them here
    // when a live server tells otherwise.
    static QStringList assumedSiteListModes();
    static bool siteModeUsesList(const QString &code);

    static QString scheduleIndividual(); // [assumed] code of the "periods" schedule
    static QString actionTypeNumber() { return QStringLiteral("NUMBER"); }
};
