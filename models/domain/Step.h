#pragma once

#include "domain/Action.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// One step of a series: a checkpoint (pointId) and its ordered actions. The wire
// `order` is not stored: it is always the position in the list.
struct Step
{
    QString seriesId;   // server-assigned identity; empty for a new step
    QString localKey;   // identity here until the server gives a seriesId (LocalKeys); never sent
    QString pointId;
    QString name;
    QVector<Action> actions;
    QJsonObject extra;

    // Content and server identity; localKey is bookkeeping and not compared.
    bool operator==(const Step &o) const
    {
        return seriesId == o.seriesId && pointId == o.pointId && name == o.name
            && actions == o.actions && extra == o.extra;
    }
    bool operator!=(const Step &o) const { return !(*this == o); }
};
