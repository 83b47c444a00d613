#pragma once

#include <QUrl>

// The server profile a sync uses: the two base URLs (an empty one = that side is not
// synced), the request timeout, the list page size and how many requests run at once.
// The tokens are not part of it: TokenStore keeps them.
struct SyncProfile
{
    QUrl eraUrl;
    QUrl patrolUrl;
    int timeoutSeconds = 30;
    int pageSize = 500;
    int parallel = 4;

    bool isSet() const { return !eraUrl.isEmpty() || !patrolUrl.isEmpty(); }

    // From the settings file; values edited by hand out of range are brought into it.
    static SyncProfile load();
    void save() const;

    // A base URL as typed: empty stays empty (that side is not synced), else strict.
    static QUrl urlFrom(const QString &text);
};
