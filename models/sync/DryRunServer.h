#pragma once

#include "sync/HttpResult.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>
#include <QVector>

#include <optional>

// One request a dry run would have sent.
struct PlannedRequest
{
    QByteArray verb;
    QUrl url;
    QByteArray body; // as it would go out; empty = no body
};

// Stands in for the servers during a dry run: a writing request is recorded and answered
// here as the server would answer it, so the sync engines run their usual course against a
// copy of the database while nothing but reads leaves the machine.
class DryRunServer
{
public:
    // Anything but GET and HEAD may change the server, whatever its name.
    static bool isWriting(const QByteArray &verb);

    void record(const QByteArray &verb, const QUrl &url, const QByteArray &body);
    const QVector<PlannedRequest> &plan() const { return m_plan; }

    // The answer to a writing request. `current` is the resource as read just before,
    // for a PATCH (a server answers a patch with the whole record).
    HttpResult answer(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                      const HttpResult &current = HttpResult());
    // A resource this dry run made (a create) is read from here: the server has never seen it.
    std::optional<HttpResult> madeHere(const QUrl &url) const;

private:
    HttpResult created(const QUrl &url, const QByteArray &body);
    static HttpResult json(const QByteArray &body, int status = 200);

    QVector<PlannedRequest> m_plan;
    QHash<QString, QByteArray> m_made; // path -> resource created during this dry run
};
