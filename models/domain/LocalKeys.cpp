#include "domain/LocalKeys.h"

#include <QHash>
#include <QUuid>

QString LocalKeys::fresh()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void LocalKeys::assign(QVector<Step> &steps)
{
    for (Step &step : steps) {
        if (step.seriesId.isEmpty() && step.localKey.isEmpty())
            step.localKey = fresh();
        for (Action &action : step.actions)
            if (action.seriesId.isEmpty() && action.localKey.isEmpty())
                action.localKey = fresh();
    }
}

namespace {

// The same item on both sides: the server gives new items an id and otherwise keeps what
// it was sent (name, checkpoint, type).
bool sameStep(const Step &sent, const Step &server)
{
    return sent.name == server.name && sent.pointId == server.pointId
        && (sent.seriesId.isEmpty() || sent.seriesId == server.seriesId);
}

bool sameAction(const Action &sent, const Action &server)
{
    return sent.name == server.name && sent.type == server.type
        && (sent.seriesId.isEmpty() || sent.seriesId == server.seriesId);
}

} // namespace

TaskSeries LocalKeys::adoptServerIds(const TaskSeries &local, const TaskSeries &sent, const TaskSeries &server)
{
    QHash<QString, QString> idOfKey;
    if (sent.steps.size() == server.steps.size()) {
        for (int s = 0; s < sent.steps.size(); ++s) {
            const Step &out = sent.steps.at(s);
            const Step &back = server.steps.at(s);
            if (!sameStep(out, back))
                continue;
            if (out.seriesId.isEmpty() && !out.localKey.isEmpty() && !back.seriesId.isEmpty())
                idOfKey.insert(out.localKey, back.seriesId);
            if (out.actions.size() != back.actions.size())
                continue;
            for (int a = 0; a < out.actions.size(); ++a) {
                const Action &sentAction = out.actions.at(a);
                const Action &serverAction = back.actions.at(a);
                if (sentAction.seriesId.isEmpty() && !sentAction.localKey.isEmpty() && !serverAction.seriesId.isEmpty()
                    && sameAction(sentAction, serverAction))
                    idOfKey.insert(sentAction.localKey, serverAction.seriesId);
            }
        }
    }
    TaskSeries result = local;
    if (idOfKey.isEmpty())
        return result;
    for (Step &step : result.steps) {
        if (step.seriesId.isEmpty() && idOfKey.contains(step.localKey)) {
            step.seriesId = idOfKey.value(step.localKey);
            step.localKey.clear();
        }
        for (Action &action : step.actions) {
            if (action.seriesId.isEmpty() && idOfKey.contains(action.localKey)) {
                action.seriesId = idOfKey.value(action.localKey);
                action.localKey.clear();
            }
        }
    }
    return result;
}
