#pragma once

#include "sync/HttpOptions.h"
#include "sync/HttpResult.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class HttpClient;

// "Test connection" in the sync settings: one authenticated list request per configured
// server, with the token as typed (not yet saved), and the answer in words. One attempt
// each: the user is waiting for the button, not for a retry schedule.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QUrl url;      // empty: this side is not configured, not asked
        QString token;
    };

    explicit ConnectionTest(QObject *parent = nullptr);

    void setOptions(const HttpOptions &options) { m_options = options; }
    // Asks both configured servers; finished() comes once every answer is in (at once,
    // queued, when none is configured).
    void start(const Target &era, const Target &patrol);
    bool isRunning() const { return m_pending > 0; }

    // The words for one answer (public for the tests of each case).
    static QString describeEra(const HttpResult &result);
    static QString describePatrol(const HttpResult &result);

signals:
    // One line per configured server, ERA first.
    void finished(const QStringList &answers);

private:
    void ask(HttpClient *client, const QUrl &url, int slot, QString (*describe)(const HttpResult &));
    void answered();
    static QString problemOf(const HttpResult &result);
    static int listedCount(const HttpResult &result);
    static QUrl withPath(const QUrl &base, const QString &path, const QString &query);

    HttpOptions m_options;
    HttpClient *m_era = nullptr;
    HttpClient *m_patrol = nullptr;
    QStringList m_answers;
    int m_pending = 0;
};
