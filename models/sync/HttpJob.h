#pragma once

#include "sync/HttpOptions.h"
#include "sync/HttpResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One attempt at one request. It owns its reply (a QPointer: the reply may go first) and
// keeps everything about it here, TLS errors included, so nothing outlives the job. Giving
// up (cancel, limit, deadline) finishes the job at once and deletes the reply, which ends
// its request; abort() is never called (see detachReply()).
// Against broken or hostile servers it
//  - follows redirects itself, and only to the same origin (scheme, host, port): the token
//    is never sent anywhere else, and https never turns into http;
//  - counts the answer's bytes as they arrive, after decompression, and gives up past
//    HttpOptions::maxAnswerBytes (or when the server announces more);
//  - gives up at an overall deadline, not only when the server goes quiet.
// finished() comes exactly once; the owner deletes the job after it.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    HttpJob(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url, const QByteArray &body,
            const QString &token, const HttpOptions &options, QObject *parent = nullptr);
    ~HttpJob() override;

    void start();
    // The user's cancel: the job finishes with `cancelled` set.
    void cancel();

    // Same scheme, host and port (a missing port is the scheme's default).
    static bool sameOrigin(const QUrl &a, const QUrl &b);

signals:
    void finished(const HttpResult &result);

private:
    void send();
    void readAvailable();
    void checkAnnouncedSize();
    void replyFinished();
    bool redirected(QNetworkReply *reply, HttpResult *refused);
    void stop(HttpResult::Problem problem, const QString &why);
    void finishNow(const HttpResult &result);
    void detachReply();
    HttpResult resultOf(QNetworkReply *reply) const;
    QString sizeLimitText() const;

    QNetworkAccessManager &m_network;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    QString m_token;
    HttpOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QByteArray m_answer;
    QList<QSslError> m_sslErrors;
    int m_redirects = 0;
    bool m_done = false;
};
