#pragma once

#include "sync/ConflictPath.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QVector>

// Writes chosen values into a merged record on the wire, one conflict path at a time
// (ThreeWayMerge::resolve). An undefined value removes the field or item. Steps and actions
// are found by seriesId (a local step by position); `order` fields are renumbered at the end.
class ChoiceWriter
{
public:
    explicit ChoiceWriter(const QJsonObject &merged);

    void write(const ConflictPath &path, const QJsonValue &value);
    QJsonObject result() const;

private:
    void setRecord(const QJsonValue &value);
    void setField(const ConflictPath &path, const QJsonValue &value);
    void setStepsOrder(const QJsonValue &value);
    void setStep(int index, const QJsonValue &value);
    void setActionsOrder(int index, const QJsonValue &value);
    void setAction(int stepIndex, const QString &actionId, const QJsonValue &value);
    void setActionField(const QString &actionId, const QString &key, const QJsonValue &value);
    void moveAction(const QString &actionId, const QJsonValue &step);

    int findStep(const ConflictPath::StepRef &step) const;
    bool findAction(const QString &id, int *step, int *action) const;
    // Removes every action whose seriesId is in `ids` from the steps other than `except`.
    void removeActions(const QSet<QString> &ids, int except);

    QJsonObject m_out;
    QVector<QJsonObject> m_steps;
    bool m_stepsTouched = false;
};
