#pragma once

// A test server process on a free loopback port: started with "--port 0", it prints
// "listening on URL" first; admin calls go to URL/__admin/. What the reference
// server (RefServer) and the hostile server (HostileServer) have in common.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

class LoopbackServerProcess
{
public:
    ~LoopbackServerProcess() { stop(); }

    bool start(const QString &program, const QStringList &arguments, QProcess::ProcessChannelMode channels);
    void stop();
    QUrl url() const { return m_url; }

    // One admin call; returns the HTTP status and the JSON body.
    int admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, QJsonObject *answer = nullptr);

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_url;
};
