#pragma once

#include "domain/Step.h"
#include "domain/Timestamp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// A TARGPatrol task series (docs/api-contract.md §2.1): the template every execution follows.
struct TaskSeries
{
    QString seriesId;               // empty until the server assigns one
    QStringList assigneeIds;
    QString locationId;
    QString name;
    std::optional<QString> description; // null on the wire when absent
    Timestamp startAt;
    Timestamp endAt;
    QString priority = QStringLiteral("NORMAL");
    bool orderStepsRequired = false;
    bool strictTimeRequired = false;
    bool deadlined = false;
    QStringList tags;
    QVector<Step> steps;
    QJsonObject recurrence;         // {"rule": RRULE, "exception": EXDATEs, ...}; empty = none
    QJsonObject extra;              // unknown top-level fields

    QString recurrenceRule() const;
    QString recurrenceExceptions() const;
    int actionCount() const;

    bool operator==(const TaskSeries &o) const;
    bool operator!=(const TaskSeries &o) const { return !(*this == o); }
};
