#include "sync/ConnectionTest.h"

#include "sync/HttpClient.h"
#include "sync/ServerErrorText.h"
#include "sync/ServiceTaskSync.h"
#include "sync/TaskSeriesSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    m_options.maxAttempts = 1;
    m_options.timeoutMs = 10000;
}

QUrl ConnectionTest::withPath(const QUrl &base, const QString &path, const QString &query)
{
    QUrl url = base;
    QString full = url.path();
    while (full.endsWith(QLatin1Char('/')))
        full.chop(1);
    url.setPath(full + path, QUrl::StrictMode);
    url.setQuery(query);
    return url;
}

void ConnectionTest::start(const Target &era, const Target &patrol)
{
    if (isRunning())
        return;
    m_answers.clear();
    delete m_era;
    delete m_patrol;
    m_era = m_patrol = nullptr;
    const bool askEra = !era.url.isEmpty();
    const bool askPatrol = !patrol.url.isEmpty();
    m_answers.resize(int(askEra) + int(askPatrol));
    m_pending = int(m_answers.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this] { emit finished(m_answers); });
        return;
    }
    // The same list requests the sync starts with (paths from the engines themselves).
    if (askEra) {
        m_era = new HttpClient(this);
        m_era->setToken(era.token);
        ask(m_era, withPath(era.url, ServiceTaskSync::collectionPath(), QStringLiteral("mask=id,ext.lwt&limit=1")),
            0, &ConnectionTest::describeEra);
    }
    if (askPatrol) {
        m_patrol = new HttpClient(this);
        m_patrol->setToken(patrol.token);
        ask(m_patrol, withPath(patrol.url, TaskSeriesSync::executionsPath() + QStringLiteral("/info"), QStringLiteral("limit=1")),
            askEra ? 1 : 0, &ConnectionTest::describePatrol);
    }
}

void ConnectionTest::ask(HttpClient *client, const QUrl &url, int slot, QString (*describe)(const HttpResult &))
{
    client->setOptions(m_options);
    QPointer<ConnectionTest> self(this);
    client->send("GET", url, QByteArray(), [self, slot, describe](const HttpResult &result) {
        if (!self)
            return;
        self->m_answers[slot] = describe(result);
        self->answered();
    });
}

void ConnectionTest::answered()
{
    if (--m_pending == 0)
        emit finished(m_answers);
}

int ConnectionTest::listedCount(const HttpResult &result)
{
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    return document.isArray() ? int(document.array().size()) : -1;
}

// What went wrong, in words; empty when the list came back.
QString ConnectionTest::problemOf(const HttpResult &result)
{
    if (!result.sslErrors.isEmpty())
        return tr("the server's certificate is not trusted: %1").arg(result.sslErrors.first().errorString());
    if (result.authFailed())
        return tr("refused the token (%1)").arg(result.status);
    if (result.status == 0 || result.connectionFailed() || result.problem != HttpResult::Problem::None)
        return tr("cannot reach: %1").arg(result.errorString);
    if (!result.ok())
        return tr("answered with an error: %1").arg(ServerErrorText::readable(result.serverMessage()));
    if (listedCount(result) < 0)
        return tr("answered, but not with a list: is this the right address?");
    return QString();
}

QString ConnectionTest::describeEra(const HttpResult &result)
{
    const QString problem = problemOf(result);
    if (!problem.isEmpty())
        return tr("ERA: %1").arg(problem);
    return tr("ERA: connected (%n service task(s) listed)", nullptr, listedCount(result));
}

QString ConnectionTest::describePatrol(const HttpResult &result)
{
    const QString problem = problemOf(result);
    if (!problem.isEmpty())
        return tr("TARGPatrol: %1").arg(problem);
    return tr("TARGPatrol: connected (%n task execution(s) listed)", nullptr, listedCount(result));
}
