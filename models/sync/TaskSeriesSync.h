#pragma once

#include "domain/TaskSeries.h"
#include "json/DecodeError.h"
#include "storage/ExecutionSeriesMap.h"
#include "storage/StoredTaskSeries.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QVector>

#include <optional>

class TaskSeriesStore;

// One sync of the task series with a TARGPatrol server (README "Sync with the servers"; docs/api-contract.md §2).
// The API has no series resource: a series is seen through its task executions.
//   1. the change scan: pages of GET /task-executions/info, grouped by seriesId (a list item
//      without one is placed by the stored map, else by reading the execution); a series
//      is read in full (GET /task-executions/{id} of one of its executions) only when it is
//      new here or its listing differs from the base (listingDiffers());
//   2. each read is applied in its own transaction (an edited series merged three-way);
//   3. a series whose seriesId no longer appears is a remote delete (only after a complete
//      listing), unless its execution now belongs to a series unknown here: a split made
//      elsewhere (or a PUT of ours whose answer was lost), which the record follows;
//   4. the push, one series at a time: POST new series (after a lost answer the server is
//      searched before posting again, so a retry never duplicates), PUT changed ones after
//      reading and merging the server's current version first (a change to steps or
//      actions only is not visible in the listing). There is no API to delete a series:
//      a locally deleted one is marked with an error, never sent. Conflicts and invalid
//      drafts are not pushed.
class TaskSeriesSync : public SyncEngine
{
    Q_OBJECT

public:
    TaskSeriesSync(TaskSeriesStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                   QObject *parent = nullptr);

    static QString executionsPath() { return QStringLiteral("/task-executions"); }

    // One task execution as GET /task-executions/info (or the POST answer) lists it.
    struct Execution
    {
        QString id;
        QString seriesId;
        QString state;
        Timestamp startAt;
        Timestamp endAt;
        QJsonObject item; // the whole list item (name, description, locationId, …)
    };
    // A series as the listing shows it: its executions, earliest first.
    struct ListedSeries
    {
        QString seriesId;
        QVector<Execution> executions;
    };

    // The decisions where docs/api-contract.md is silent, each in one place.
    // An execution from a list item; none without an id. `seriesId` is empty when the item
    // does not carry it (docs/api-contract.md does not promise it there).
    static std::optional<Execution> executionFrom(const QJsonObject &item);
    // The seriesId in the answer to a read of `executionId`; empty (and `why`) when the
    // answer is an error, not a task execution, about another execution or without it.
    static QString seriesIdIn(const HttpResult &result, const QString &executionId, QString *why);
    // Executions grouped by seriesId, each group earliest first, groups in listing order.
    static QVector<ListedSeries> groupBySeries(const QVector<Execution> &executions);
    // The execution a series is read through and PUT to: the earliest one not COMPLETED
    // (a PUT splits from it on: what is done stays as it was), else the latest.
    static const Execution *pivotOf(const ListedSeries &series);
    // The series' execution ids, order-free, as one short text.
    static QString digestOf(const ListedSeries &series);
    // The series body of GET /task-executions/{id}: the execution's own fields left out.
    static std::optional<TaskSeries> seriesFromExecution(const QJsonObject &execution, DecodeError *error);
    // Whether the listing shows a change against the base: the fields list items carry,
    // the chosen execution and its times, the set of executions.
    static bool listingDiffers(const StoredTaskSeries &record, const ListedSeries &listed);
    // Whether the change scan reads the series: its listing differs from the base or, while
    // in conflict, from the server's copy kept beside it (a waiting conflict costs no read).
    static bool needsRead(const StoredTaskSeries &record, const ListedSeries &listed);
    // Where a PUT to `executionId` leaves the series, as `before` (its listing just before)
    // implies: that execution and the later ones move to the new series. The digest stays
    // unknown (read next time) when the listing does not settle it.
    static SeriesRemoteRef refAfterSplit(const ListedSeries &before, const QString &executionId,
                                         QStringList *moved = nullptr);
    // Whether a listed series is the one a create of `sent` made (same name, start, length).
    static bool isCreateOf(const TaskSeries &sent, const ListedSeries &listed);
    // Whether `server` is what a PUT of `sent` made: a new series, the same in every field
    // and item (ids aside).
    static bool isUpdateOf(const TaskSeries &sent, const TaskSeries &server);
    // Request bodies: POST without any seriesId; PUT with the ids, `recurrence` only when
    // ours differs from the server's (the contract documents it for POST only).
    static QJsonObject createBody(const TaskSeries &series);
    static QJsonObject updateBody(const TaskSeries &series, const TaskSeries &server);

protected:
    void begin() override;
    QString stopText(Stop why, const QString &detail) const override;

private:
    enum class FetchKind { New, Changed, Follow, Adopt };
    struct Fetch
    {
        FetchKind kind = FetchKind::New;
        QString seriesId;    // as listed
        QString executionId; // the pivot to read
        QString digest;
        QString lastExecutionId;
        QString splitFrom;   // New: the name of the series this one was split from elsewhere
        qint64 localId = 0;
        qint64 revision = 0; // Adopt: the revision the lost create was sent for
    };

    void listPage(int offset);
    void listed(int offset, const HttpResult &result);
    // Executions listed without a seriesId: the stored map places them, else their read.
    void placeExecutions();
    void placeNext();
    void placed();
    void planFetches();
    void fetchNext();
    void applyFetched(const Fetch &fetch, const TaskSeries &series);
    void pushAll();
    void pushNext();
    void step();
    void pushCreate(qint64 localId, int attempt);
    void lookupCreate(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt, bool mayPostAgain,
                      const QString &why);
    void adoptCreated(qint64 localId, qint64 revision, const ListedSeries &created);
    void pushUpdate(qint64 localId, int attempt);
    void putSeries(qint64 localId, int attempt, const StoredTaskSeries &record, const TaskSeries &server);

    // GETs are retried by the transport; POST and PUT are not idempotent and are sent once
    // (SyncEngine::send): the engine checks what happened before sending again.
    void readExecution(const QString &executionId, Then then);
    // The series in the answer to a read of `executionId` (an answer about another
    // execution is refused: it belongs to another record).
    std::optional<TaskSeries> seriesIn(const HttpResult &result, const QString &executionId, QString *why) const;
    static std::optional<QJsonObject> executionIn(const HttpResult &result, const QString &executionId, QString *why);
    // A split (ours) ended `oldSeriesId`: its executions are learned again next time.
    void splitDone(const QString &oldSeriesId);
    // A PUT of ours to `executionId` split `oldSeriesId`: as splitDone(), and the executions
    // the listing says moved are placed under `newSeriesId`.
    void splitMade(const QString &oldSeriesId, const QString &executionId, const QString &newSeriesId);
    bool knownHere(const QString &seriesId) const;

    TaskSeriesStore &m_store;
    ExecutionSeriesMap m_seriesMap;
    QVector<Execution> m_listing;
    QStringList m_toPlace;              // listed without a seriesId, not in the stored map
    QHash<QString, QString> m_learned;  // execution id -> seriesId, read this sync
    QSet<QString> m_fromMap;            // placed by the stored map, not read this sync
    int m_placeRunning = 0;
    int m_placeTotal = 0;
    bool m_listingComplete = true;
    QSet<QString> m_listedIds;  // the seriesIds of this listing
    QHash<QString, ListedSeries> m_listedSeries; // seriesId -> its listing, for the push's refs
    QSet<QString> m_historyIds; // ids a split here left behind: the ended part, not pulled
    QVector<Fetch> m_toFetch;
    int m_fetchTotal = 0;
    int m_fetchDone = 0;
    int m_fetchRunning = 0;
    QVector<qint64> m_pushQueue;
    int m_pushTotal = 0;
    int m_pushDone = 0;
};
