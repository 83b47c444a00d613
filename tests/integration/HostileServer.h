#pragma once

// Starts tests/server/hostile_server.py on a free loopback port (and its second listener,
// another origin, on another one) and switches its mode; see the script for the modes.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

class HostileServer
{
public:
    ~HostileServer() { stop(); }

    bool start()
    {
        m_process.setProgram(QStringLiteral(TASKDESK_HOSTILE_SERVER));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process.waitForReadyRead(15000))
                return false;
            line += m_process.readAllStandardOutput();
        }
        const QByteArray first = line.left(line.indexOf('\n')).trimmed();
        if (!first.startsWith("listening on "))
            return false;
        m_url = QUrl(QString::fromUtf8(first.mid(int(qstrlen("listening on ")))));
        return m_url.isValid();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl url() const { return m_url; }

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
        QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/__admin/") + what)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body.isEmpty() ? QByteArray()
                                                                                         : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_url;
};
