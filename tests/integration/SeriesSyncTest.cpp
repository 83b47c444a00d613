#include "SeriesSyncTest.h"

SyncReport SeriesSyncTest::sync(const std::function<void(TaskSeriesSync &)> &during, int timeoutMs, int maxAttempts)
{
    // 11 executions on the server (1 + 10 of the recurring series): pages of 5 make 3 list requests.
    return syncSeries(
        [this, during](TaskSeriesSync &engine) {
            m_log.clear();
            connect(&engine, &TaskSeriesSync::logLine, this,
                    [this](SyncLogLevel level, const QString &line) { m_log.append({level, line}); });
            if (qEnvironmentVariableIsSet("TASKDESK_SYNC_LOG"))
                connect(&engine, &TaskSeriesSync::logLine, this,
                        [](SyncLogLevel, const QString &line) { qInfo("%s", qPrintable(line)); });
            if (during)
                during(engine);
        },
        5, SyncRun::quickRetries(timeoutMs, maxAttempts));
}

SyncReport SeriesSyncTest::syncEditingWhileThePutIsOut(qint64 localId, const std::function<void(TaskSeries &)> &change)
{
    if (!m_server.faults(QStringLiteral("delay=400@PUT")))
        return SyncReport();
    return sync([this, localId, change](TaskSeriesSync &engine) {
        connect(&engine, &TaskSeriesSync::phaseChanged, this, [this, localId, change](const QString &phase) {
            if (phase != TaskSeriesSync::tr("Pushing series"))
                return;
            QTimer::singleShot(200, this, [this, localId, change] {
                TaskSeries later = store().get(localId)->local;
                change(later);
                QVERIFY(store().saveLocal(localId, later));
            });
        });
    });
}

QStringList SeriesSyncTest::executionsOf(const QString &seriesId)
{
    QStringList ids;
    for (const QJsonValue &item : api(QStringLiteral("/task-executions/info?sort=startAt,asc")).array())
        if (item.toObject().value(QStringLiteral("seriesId")).toString() == seriesId)
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QVector<QPair<QString, QString>> SeriesSyncTest::serverSteps(const QString &seriesId)
{
    QVector<QPair<QString, QString>> steps;
    const QJsonArray array = adminSeries(seriesId).value(QStringLiteral("series")).toObject()
                                 .value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &step : array)
        steps.append({step.toObject().value(QStringLiteral("name")).toString(),
                      step.toObject().value(QStringLiteral("seriesId")).toString()});
    return steps;
}

QSet<QString> SeriesSyncTest::serverSeriesNamed(const QString &name)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    QSet<QString> ids;
    for (const QJsonValue &item : api(QStringLiteral("/task-executions/info?") + query.query(QUrl::FullyEncoded)).array())
        ids.insert(item.toObject().value(QStringLiteral("seriesId")).toString());
    return ids;
}
