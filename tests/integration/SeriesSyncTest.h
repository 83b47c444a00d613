#pragma once

// What the task series sync tests share: SyncTest's reference server and database, the
// series engine run with pages of 5 (the seed's 11 executions make 3 list requests) and
// its log kept, edits here and the server's copy as another client or its admin sees it.

#include "SeriesBuilder.h"
#include "SyncTest.h"

#include "sync/TaskSeriesSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

using namespace Seed;
using namespace Requests;
using SeriesBuilder::at;

class SeriesSyncTest : public SyncTest
{
    Q_OBJECT

public:
    SeriesSyncTest() : SyncTest(QStringLiteral("series-")) {}

protected:
    QVector<QPair<SyncLogLevel, QString>> m_log; // of the last sync

    TaskSeriesStore &store() { return m_ws->series(); }

    SyncReport sync(const std::function<void(TaskSeriesSync &)> &during = {}, int timeoutMs = 30000, int maxAttempts = 4);

    // A sync during which, once the PUT is on its way (the server holds it 400 ms), the
    // user edits the series again.
    SyncReport syncEditingWhileThePutIsOut(qint64 localId, const std::function<void(TaskSeries &)> &change);

    // The lines of the last sync at a level.
    QStringList logged(SyncLogLevel level) const
    {
        QStringList lines;
        for (const auto &entry : m_log)
            if (entry.first == level)
                lines.append(entry.second);
        return lines;
    }

    // The executions the server lists for a series, earliest first.
    QStringList executionsOf(const QString &seriesId);

    // A new step with one new action, as the step editor adds them.
    static Step newStep(const QString &name)
    {
        return SeriesBuilder::step(name, {SeriesBuilder::action(name + QStringLiteral(": отметка"))});
    }

    // The step names and ids of a series as the server has it.
    QVector<QPair<QString, QString>> serverSteps(const QString &seriesId);

    QJsonObject adminSeries(const QString &seriesId)
    {
        QJsonObject answer;
        m_server.admin("GET", QStringLiteral("series/") + seriesId, {}, &answer);
        return answer;
    }

    // A plain API read (counted in the stats: call after checking them).
    QJsonDocument api(const QString &pathAndQuery) { return m_server.api("GET", pathAndQuery); }

    // Another client's write through the API.
    int apiPut(const QString &path, const QJsonObject &body)
    {
        int status = 0;
        m_server.api("PUT", path, body, &status);
        return status;
    }

    // The distinct series the server lists under a name.
    QSet<QString> serverSeriesNamed(const QString &name);

    // A series as the series page makes one, with a priority and a tag.
    static TaskSeries newSeries(const QString &name)
    {
        TaskSeries s = SeriesBuilder::newRound(name, QStringLiteral("2030-05-01T06:00:00.000Z"),
                                               QStringLiteral("2030-05-01T08:00:00.000Z"));
        s.priority = QStringLiteral("MAJOR");
        s.tags = {QStringLiteral("утро")};
        return s;
    }

    bool edit(const QString &seriesId, const std::function<void(TaskSeries &)> &change)
    {
        StoredTaskSeries record = series(seriesId);
        change(record.local);
        return store().saveLocal(record.localId, record.local);
    }
};
