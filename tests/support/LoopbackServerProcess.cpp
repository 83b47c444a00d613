#include "LoopbackServerProcess.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

bool LoopbackServerProcess::start(const QString &program, const QStringList &arguments,
                                  QProcess::ProcessChannelMode channels)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(channels);
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

void LoopbackServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

int LoopbackServerProcess::admin(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                 QJsonObject *answer)
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
