#pragma once

#include "domain/TaskSeries.h"
#include "storage/StoredTaskSeries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

// What the TARGPatrol listing (GET /task-executions/info) says about the series, decided
// from the list items alone: the API has no series resource, a series is seen through its
// task executions. Each decision where docs/api-contract.md is silent is made here, once.
class ExecutionListing
{
public:
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
    struct Series
    {
        QString seriesId;
        QVector<Execution> executions;
    };

    // An execution from a list item; none without an id. `seriesId` is empty when the item
    // does not carry it (docs/api-contract.md does not promise it there).
    static std::optional<Execution> executionFrom(const QJsonObject &item);
    // The executions of a page; `complete` turns false when an item cannot be placed.
    static QVector<Execution> executionsIn(const QJsonArray &items, bool *complete);
    // Executions grouped by seriesId, each group earliest first, groups in listing order.
    static QVector<Series> groupBySeries(const QVector<Execution> &executions);
    // The execution a series is read through and PUT to: the earliest one not COMPLETED
    // (a PUT splits from it on: what is done stays as it was), else the latest.
    static const Execution *pivotOf(const Series &series);
    // The series' execution ids, order-free, as one short text.
    static QString digestOf(const Series &series);
    // What the record keeps of a listed series: its pivot, digest and latest execution.
    static SeriesRemoteRef refOf(const Series &series);
    // Whether the listing shows a change against the base: the fields list items carry,
    // the chosen execution and its times, the set of executions.
    static bool listingDiffers(const StoredTaskSeries &record, const Series &listed);
    // Whether the change scan reads the series: its listing differs from the base or, while
    // in conflict, from the server's copy kept beside it (a waiting conflict costs no read).
    static bool needsRead(const StoredTaskSeries &record, const Series &listed);
    // Where a PUT to `executionId` leaves the series, as `before` (its listing just before)
    // implies: that execution and the later ones move to the new series. The digest stays
    // unknown (read next time) when the listing does not settle it.
    static SeriesRemoteRef refAfterSplit(const Series &before, const QString &executionId,
                                         QStringList *moved = nullptr);
    // Whether a listed series is the one a create of `sent` made (same name, start, length).
    static bool isCreateOf(const TaskSeries &sent, const Series &listed);
};
