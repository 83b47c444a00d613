#pragma once

// The requests the reference server received since its last stats reset that could have
// changed it (everything but GET), each with how often: what "nothing was sent" means.

#include "RefServer.h"

#include <QJsonObject>
#include <QStringList>

inline QStringList writingRequests(RefServer &server)
{
    QStringList writes;
    const QJsonObject stats = server.stats();
    for (auto it = stats.constBegin(); it != stats.constEnd(); ++it) {
        if (it.key() != QLatin1String("total") && !it.key().startsWith(QLatin1String("GET ")))
            writes << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value().toInt());
    }
    return writes;
}
