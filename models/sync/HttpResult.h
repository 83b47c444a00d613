#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

// What came back for one request, after retries.
struct HttpResult
{
    // Why the client itself gave up on an answer, whatever the server meant by it.
    enum class Problem {
        None,
        Redirect, // to another origin, or too many: the server must be fixed, not retried
        TooLarge, // larger than HttpOptions::maxAnswerBytes: never retried
        Deadline, // no complete answer within the deadline: transient (retries are bounded)
    };

    int status = 0;                 // 0: no HTTP answer (network error, timeout, cancelled)
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;            // for the user; never contains the token
    bool cancelled = false;
    Problem problem = Problem::None;
    QList<QSslError> sslErrors;

    // The connection itself failed (refused, closed mid-answer, timed out), even if a
    // status line had arrived: the body cannot be trusted.
    bool connectionFailed() const { return networkError > QNetworkReply::NoError && networkError < 100; }
    // A 2xx whose body arrived whole (Qt reports a body it could not decode as an error too).
    bool ok() const
    {
        return status >= 200 && status < 300 && networkError == QNetworkReply::NoError && problem == Problem::None;
    }
    bool authFailed() const { return status == 401 || status == 403; }
    bool redirectRefused() const { return problem == Problem::Redirect; }
    // Worth another try: no answer at all, a timeout, a dropped connection, or 5xx.
    bool transient() const;
    // The server's message for the user: TARGPatrol's {message, code}, else the text, shortened;
    // what the client refused, when it refused the answer.
    QString serverMessage() const;
};
