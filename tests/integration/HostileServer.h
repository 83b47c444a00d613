#pragma once

// Starts tests/server/hostile_server.py on a free loopback port (and its second listener,
// another origin, on another one) and switches its mode; see the script for the modes.

#include "LoopbackServerProcess.h"

class HostileServer
{
public:
    bool start()
    {
        return m_server.start(QStringLiteral(TASKDESK_HOSTILE_SERVER), {}, QProcess::ForwardedErrorChannel);
    }
    void stop() { m_server.stop(); }
    QUrl url() const { return m_server.url(); }

    bool setMode(const QString &mode)
    {
        return call("POST", QStringLiteral("mode"), {{QStringLiteral("mode"), mode}}).value(QStringLiteral("mode")).toString() == mode;
    }

    // mode, otherOrigin (its URL), requests, otherOriginRequests, otherOriginAuthorization,
    // movedRequests, movedAuthorization.
    QJsonObject state() { return call("GET", QStringLiteral("state")); }

private:
    QJsonObject call(const QByteArray &verb, const QString &what, const QJsonObject &body = {})
    {
        QJsonObject answer;
        m_server.admin(verb, what, body, &answer);
        return answer;
    }

    LoopbackServerProcess m_server;
};
