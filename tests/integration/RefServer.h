#pragma once

// Starts tests/server/refserver on a free loopback port for a test and talks to its
// admin API (faults, request counts, records changed behind the client's back).

#include "LoopbackServerProcess.h"

#include <QFile>

class RefServer
{
public:
    bool start(const QStringList &arguments = {})
    {
        return m_server.start(QStringLiteral(TASKDESK_REFSERVER),
                              QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")} + arguments,
                              QProcess::SeparateChannels);
    }
    void stop() { m_server.stop(); }
    QUrl url() const { return m_server.url(); }

    // Admin calls; returns the HTTP status and the JSON body.
    int admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, QJsonObject *answer = nullptr)
    {
        return m_server.admin(verb, path, body, answer);
    }

    // Every record deleted, then an import document loaded; no faults, counts at zero.
    bool reseed(const QString &documentPath)
    {
        QFile file(documentPath);
        return admin("POST", QStringLiteral("data/reset")) / 100 == 2 && file.open(QIODevice::ReadOnly)
               && admin("POST", QStringLiteral("import"), QJsonDocument::fromJson(file.readAll()).object()) / 100 == 2
               && resetFaults() && resetStats();
    }
    bool faults(const QString &spec) { return admin("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}, {QStringLiteral("replace"), true}}) == 200; }
    bool resetFaults() { return admin("POST", QStringLiteral("faults/reset")) / 100 == 2; }
    bool resetStats() { return admin("POST", QStringLiteral("stats/reset")) / 100 == 2; }
    QJsonObject stats()
    {
        QJsonObject answer;
        admin("GET", QStringLiteral("stats"), {}, &answer);
        return answer;
    }
    QJsonObject svctask(const QString &id)
    {
        QJsonObject answer;
        admin("GET", QStringLiteral("svctasks/") + id, {}, &answer);
        return answer;
    }
    bool changeSvctask(const QString &id, const QJsonObject &fields)
    {
        return admin("PATCH", QStringLiteral("svctasks/") + id, fields) == 200;
    }
    bool deleteSvctask(const QString &id) { return admin("DELETE", QStringLiteral("svctasks/") + id) / 100 == 2; }

private:
    LoopbackServerProcess m_server;
};
