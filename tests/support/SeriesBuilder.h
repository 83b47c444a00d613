#pragma once

// Series built in a line or two for the tests that make their own: the round a user
// makes on the series page (a step with a check and a note, daily three times), single
// steps and actions, and times written as the API writes them.

#include "domain/TaskSeries.h"

namespace SeriesBuilder {

// A UTC time as the API writes it ("2030-05-01T06:00:00.000Z"); invalid when it is not one.
Timestamp at(const QString &text);

// An action of `type` (a check, BOOLEAN, unless told).
Action action(const QString &name, const QString &type = QStringLiteral("BOOLEAN"));
// A step at a point of the seed's location with these actions.
Step step(const QString &name, const QVector<Action> &actions);

// A series as the series page makes one: at the seed's location from `startAt` to
// `endAt`, daily three times, one step "Проходная" with a check "Дверь закрыта" and a
// TEXT note "Замечания".
TaskSeries newRound(const QString &name, const QString &startAt, const QString &endAt);

} // namespace SeriesBuilder
