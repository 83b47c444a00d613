#pragma once

// Starts tests/server/refserver on a free loopback port for a test and talks to its
// admin API (faults, request counts, records changed behind the client's back).

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

class RefServer
{
public:
    ~RefServer() { stop(); }

    bool start(const QStringList &arguments = {})
    {
        m_process.setProgram(QStringLiteral(TASKDESK_REFSERVER));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")} + arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
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

    // Admin calls; returns the HTTP status and the JSON body.
    int admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, QJsonObject *answer = nullptr)
    {
        QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/__admin/") + path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body.isEmpty() ? QByteArray()
                                                                                         : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer)
            *answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return status;
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
    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_url;
};
