#pragma once

// Starts tests/server/refserver on a free loopback port for a test and talks to its
// admin API (faults, request counts, records changed behind the client's back) and,
// as another client would, to its REST API.

#include "LoopbackServerProcess.h"

#include <QFile>

class RefServer
{
public:
    bool start(const QStringList &arguments = {});
    // Started, then loaded with an import document (the seed unless told).
    bool startSeeded(const QStringList &arguments = {}, const QString &documentPath = seedDocument())
    {
        return start(arguments) && reseed(documentPath);
    }
    void stop() { m_server.stop(); }
    QUrl url() const { return m_server.url(); }

    // The import document every sync test starts from (three service tasks, two series).
    static QString seedDocument();

    // Admin calls; returns the HTTP status and the JSON body.
    int admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, QJsonObject *answer = nullptr)
    {
        return m_server.admin(verb, path, body, answer);
    }

    // Every record deleted, then an import document loaded; no faults, counts at zero.
    bool reseed(const QString &documentPath = seedDocument());
    bool faults(const QString &spec);
    bool resetFaults() { return admin("POST", QStringLiteral("faults/reset")) / 100 == 2; }
    bool resetStats() { return admin("POST", QStringLiteral("stats/reset")) / 100 == 2; }
    QJsonObject stats();
    QJsonObject svctask(const QString &id);
    bool changeSvctask(const QString &id, const QJsonObject &fields)
    {
        return admin("PATCH", QStringLiteral("svctasks/") + id, fields) == 200;
    }
    bool deleteSvctask(const QString &id) { return admin("DELETE", QStringLiteral("svctasks/") + id) / 100 == 2; }

    // Another client's request to the REST API (counted in the stats); the answer's JSON,
    // and its HTTP status in `status` when given.
    QJsonDocument api(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body = {},
                      int *status = nullptr);

private:
    LoopbackServerProcess m_server;
};
