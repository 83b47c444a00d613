#include "sync/DryRunServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString pathOf(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

bool DryRunServer::isWriting(const QByteArray &verb)
{
    const QByteArray upper = verb.toUpper();
    return upper != "GET" && upper != "HEAD";
}

void DryRunServer::record(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    m_plan.append({verb, url, body});
}

HttpResult DryRunServer::json(const QByteArray &body, int status)
{
    HttpResult result;
    result.status = status;
    result.body = body;
    return result;
}

HttpResult DryRunServer::answer(const QByteArray &verb, const QUrl &url, const QByteArray &body, const HttpResult &current)
{
    const QByteArray upper = verb.toUpper();
    if (upper == "DELETE")
        return json(QByteArray(), 204);
    if (upper == "POST")
        return created(url, body);
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    if (upper == "PATCH") {
        if (!current.ok())
            return current; // as the server would: the record is gone, or it cannot be read
        QJsonObject whole = QJsonDocument::fromJson(current.body).object();
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it)
            whole.insert(it.key(), it.value());
        return json(QJsonDocument(whole).toJson(QJsonDocument::Compact));
    }
    if (upper == "PUT" && pathOf(url).endsWith(QLatin1String("/series"))) {
        // A TARGPatrol series update splits the series: the old one ends, a new one follows.
        const QJsonObject split{{QStringLiteral("updatingSeriesId"), sent.value(QStringLiteral("seriesId"))},
                                {QStringLiteral("createdSeriesId"), freshId()}};
        return json(QJsonDocument(split).toJson(QJsonDocument::Compact));
    }
    return json(body);
}

HttpResult DryRunServer::created(const QUrl &url, const QByteArray &body)
{
    QJsonObject made = QJsonDocument::fromJson(body).object();
    if (!made.contains(QStringLiteral("id")))
        made.insert(QStringLiteral("id"), freshId());
    const QString path = pathOf(url) + QLatin1Char('/') + made.value(QStringLiteral("id")).toString();
    if (pathOf(url).endsWith(QLatin1String("/task-executions"))) {
        // TARGPatrol answers with the executions it made: here the first one, read back later.
        made.insert(QStringLiteral("seriesId"), freshId());
        if (!made.contains(QStringLiteral("endAt")))
            made.insert(QStringLiteral("endAt"), made.value(QStringLiteral("startAt")));
        made.insert(QStringLiteral("state"), QStringLiteral("NEW"));
        const QByteArray execution = QJsonDocument(made).toJson(QJsonDocument::Compact);
        m_made.insert(path, execution);
        return json(QJsonDocument(QJsonArray{made}).toJson(QJsonDocument::Compact));
    }
    const QByteArray record = QJsonDocument(made).toJson(QJsonDocument::Compact);
    m_made.insert(path, record);
    return json(record, 201);
}

std::optional<HttpResult> DryRunServer::madeHere(const QUrl &url) const
{
    const auto it = m_made.constFind(pathOf(url));
    if (it == m_made.constEnd())
        return std::nullopt;
    return json(*it);
}
