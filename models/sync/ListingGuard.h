#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Checks the pages of one listing as they arrive. A listing decides deletions, so a page
// that is not exactly what the contract says is refused whole, and so is the listing:
//  - a page must be a JSON array whose items are objects with a non-empty string "id";
//  - several pages in a row with no new id (the same page again, or pages in turn) mean
//    the server ignores `offset` (it would be paged forever); one such page is records
//    created meanwhile pushing the others forward;
//  - pages and records per listing are capped far above any real server, so that a
//    server that makes up new ids forever is stopped too.
class ListingGuard
{
    Q_DECLARE_TR_FUNCTIONS(ListingGuard)

public:
    struct Limits
    {
        int maxPages = 100000;
        int maxRecords = 1000000;
        int maxStalePagesInARow = 3;
    };

    ListingGuard() = default;
    explicit ListingGuard(const Limits &limits) : m_limits(limits) {}

    void restart();
    // The page's items, or nothing, with error() saying what was wrong with it.
    std::optional<QJsonArray> accept(const QByteArray &body);
    QString error() const { return m_error; }
    int records() const { return int(m_seen.size()); }

private:
    bool fail(const QString &why);
    bool checkItems(const QJsonArray &items, QStringList *ids);
    bool checkRepeats(const QStringList &ids);

    Limits m_limits;
    QSet<QString> m_seen;
    QStringList m_previous;
    int m_pages = 0;
    int m_staleInARow = 0;
    QString m_error;
};
