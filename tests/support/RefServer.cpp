#include "RefServer.h"

#include <QSignalSpy>

bool RefServer::start(const QStringList &arguments)
{
    return m_server.start(QStringLiteral(TASKDESK_REFSERVER),
                          QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")} + arguments,
                          QProcess::SeparateChannels);
}

QString RefServer::seedDocument()
{
    return QStringLiteral(TASKDESK_TEST_DATA "/import-both.json");
}

bool RefServer::reseed(const QString &documentPath)
{
    QFile file(documentPath);
    return admin("POST", QStringLiteral("data/reset")) / 100 == 2 && file.open(QIODevice::ReadOnly)
           && admin("POST", QStringLiteral("import"), QJsonDocument::fromJson(file.readAll()).object()) / 100 == 2
           && resetFaults() && resetStats();
}

bool RefServer::faults(const QString &spec)
{
    return admin("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}, {QStringLiteral("replace"), true}}) == 200;
}

QJsonObject RefServer::stats()
{
    QJsonObject answer;
    admin("GET", QStringLiteral("stats"), {}, &answer);
    return answer;
}

QJsonObject RefServer::svctask(const QString &id)
{
    QJsonObject answer;
    admin("GET", QStringLiteral("svctasks/") + id, {}, &answer);
    return answer;
}

QJsonDocument RefServer::api(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body, int *status)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url().resolved(QUrl(pathAndQuery)));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return document;
}
