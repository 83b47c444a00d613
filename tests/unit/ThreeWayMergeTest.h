#pragma once

// What the three-way merge tests (tst_threewaymerge_*) share: the seed service task and
// the seed series as the app encodes them, and changes to them written briefly (a field,
// an opts key, a step or an action set, removed, moved or reordered; orders renumbered as
// the app does), the ids of the series' steps and actions, and the paths of conflicts.

#include "SeedData.h"

#include "sync/ThreeWayMerge.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ThreeWayMergeTest {

// A value that removes the field it is set to.
inline const QJsonValue absent = QJsonValue(QJsonValue::Undefined);

// ---- service tasks ----

// The seed entity as the app encodes it (what merge gets in the app).
QJsonObject eraBase();
// `o` with `key` set to `value` (removed when `value` is absent).
QJsonObject withField(QJsonObject o, const QString &key, const QJsonValue &value);
// `o` with the opts key `key` set to `value` (removed when `value` is absent).
QJsonObject withOpt(QJsonObject o, const QString &key, const QJsonValue &value);

// ---- series ----

inline const QString &S1 = Seed::kTaskOneStep; // "step 1" of the seed
inline const QString &A1 = Seed::kTaskOneAction1;
inline const QString &A2 = Seed::kTaskOneAction2;
inline const QString S2 = QStringLiteral("2b000000-0000-4000-8000-000000000002");
inline const QString A3 = QStringLiteral("3a000000-0000-4000-8000-000000000003");
inline const QString S3 = QStringLiteral("2b000000-0000-4000-8000-000000000003");
inline const QString A4 = QStringLiteral("3a000000-0000-4000-8000-000000000004");
inline const QString P2 = QStringLiteral("0c000000-0000-4000-8000-000000000002");

// The seed series (encoded as the app encodes it) with two more steps:
// step 1 [action 1, action 2], step 2 [action 3 (NUMBER, minValue)], step 3 [action 4].
QJsonObject seriesBase();

// The action `id` of `o`; empty when absent.
QJsonObject action(const QJsonObject &o, const QString &id);
// The id of the step that holds the action; empty when absent.
QString parentOf(const QJsonObject &o, const QString &actionId);
QStringList stepNames(const QJsonObject &o);

QJsonObject withStepField(QJsonObject o, const QString &id, const QString &key, const QJsonValue &value);
QJsonObject withActionField(QJsonObject o, const QString &id, const QString &key, const QJsonValue &value);
QJsonObject withStepOrder(QJsonObject o, const QStringList &ids);
QJsonObject withoutStep(QJsonObject o, const QString &id);
QJsonObject withoutAction(QJsonObject o, const QString &id);
QJsonObject withActionInserted(QJsonObject o, const QString &stepId, int at, const QJsonObject &newAction);
QJsonObject withActionMoved(QJsonObject o, const QString &id, const QString &toStep, int at);
QJsonObject withActionOrder(QJsonObject o, const QString &stepId, const QStringList &ids);

// `order` equals the position, for every step and every action.
bool ordersAreRenumbered(const QJsonObject &o);

// ---- conflicts ----

// The paths of the conflicts, as the resolve choices name them.
QStringList paths(const MergeResult &r);
QString stepPath(const QString &id);
QString actionPath(const QString &stepId, const QString &actionId);

} // namespace ThreeWayMergeTest
