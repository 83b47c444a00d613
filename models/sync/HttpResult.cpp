#include "sync/HttpResult.h"

#include "sync/ServerErrorText.h"

#include <QJsonDocument>
#include <QJsonObject>

bool HttpResult::transient() const
{
    if (cancelled)
        return false;
    if (!sslErrors.isEmpty())
        return false; // TLS errors are never retried (nor ignored)
    if (problem == Problem::Redirect || problem == Problem::TooLarge)
        return false; // the same request would get the same answer
    return status == 0 || connectionFailed() || (status >= 500 && status <= 599);
}

QString HttpResult::serverMessage() const
{
    if (status == 0 || connectionFailed() || problem != Problem::None)
        return errorString;
    // The server's own words ("message (code)"), never the JSON around them.
    QString text = ServerErrorText::fromBody(body);
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(300)).simplified();
    return text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1: %2").arg(status).arg(text);
}
