#include "TortureSchedule.h"

#include <QStringList>

#include <random>

namespace {

// Texts an operator or another client might type: Cyrillic, quotes, markup, emoji,
// spaces at both ends, one near the length limit. Each carries the step to tell
// the values apart.
QString valueFor(std::mt19937 &rng, quint32 seed, int index)
{
    const QString tag = QStringLiteral("%1.%2").arg(seed).arg(index);
    switch (rng() % 6) {
    case 0: return QStringLiteral("Обход %1").arg(tag);
    case 1: return QStringLiteral("task \"%1\" — 'q'").arg(tag);
    case 2: return QString(900, QChar(0x0436)) + tag;
    case 3: return QStringLiteral("✓ %1 🚀").arg(tag);
    case 4: return QStringLiteral("  spaced %1  ").arg(tag);
    default: return QStringLiteral("<b>&amp;</b> %1").arg(tag);
    }
}

// Faults of every kind the reference server makes, sometimes limited to one method or
// path; hangs stay short (the sync's per-request timeout is shorter still). Counted
// faults only: the server's random ones would not replay the same.
QString faultFor(std::mt19937 &rng)
{
    static const QStringList kinds = {
        QStringLiteral("error-next=503:%1"), QStringLiteral("error-next=500:%1"), QStringLiteral("drop-next=%1"),
        QStringLiteral("malformed-next=%1"), QStringLiteral("hang-next=1:1500"),  QStringLiteral("delay=120"),
    };
    static const QStringList scopes = {
        QString(), QString(), QStringLiteral("@GET"), QStringLiteral("@POST"), QStringLiteral("@PATCH"),
        QStringLiteral("@PUT"), QStringLiteral("@DELETE"), QStringLiteral("@/task-executions"),
        QStringLiteral("@GET/rest/v1/service/svctasks/"),
    };
    const int items = int(rng() % 3); // none, one or two
    QStringList spec;
    for (int i = 0; i < items; ++i) {
        QString kind = kinds.at(int(rng() % kinds.size()));
        if (kind.contains(QLatin1String("%1")))
            kind = kind.arg(1 + rng() % 4);
        spec.append(kind + scopes.at(int(rng() % scopes.size())));
    }
    return spec.join(QLatin1Char(','));
}

TortureOp opFor(std::mt19937 &rng)
{
    // Weights: edits and syncs most often, the rest now and then.
    static const QVector<QPair<TortureOp, int>> weights = {
        {TortureOp::CreateTask, 3},       {TortureOp::EditTask, 8},         {TortureOp::DeleteTask, 2},
        {TortureOp::UndoTasks, 3},        {TortureOp::RedoTasks, 2},        {TortureOp::CreateSeries, 2},
        {TortureOp::EditSeries, 7},       {TortureOp::UndoSeries, 3},       {TortureOp::RedoSeries, 2},
        {TortureOp::ServerCreateTask, 2}, {TortureOp::ServerEditTask, 6},   {TortureOp::ServerDeleteTask, 2},
        {TortureOp::ServerCreateSeries, 1}, {TortureOp::ServerEditSeries, 5}, {TortureOp::ServerDeleteSeries, 1},
        {TortureOp::Sync, 9},             {TortureOp::KilledSync, 2},
    };
    int total = 0;
    for (const auto &w : weights)
        total += w.second;
    int roll = int(rng() % total);
    for (const auto &w : weights) {
        if (roll < w.second)
            return w.first;
        roll -= w.second;
    }
    return TortureOp::Sync;
}

} // namespace

QVector<TortureStep> TortureSchedule::generate(quint32 seed)
{
    std::mt19937 rng(seed);
    const int length = 10 + int(rng() % 9);
    QVector<TortureStep> steps;
    for (int i = 0; i < length; ++i) {
        TortureStep step;
        step.op = opFor(rng);
        step.pick = int(rng() % 1000);
        step.field = int(rng() % 1000);
        step.value = valueFor(rng, seed, i);
        step.number = 1 + int(rng() % 86400);
        if (step.op == TortureOp::Sync) {
            step.fault = faultFor(rng);
            step.delayMs = rng() % 4 == 0 ? int(rng() % 400) : -1;
            step.editAtMs = rng() % 3 == 0 ? int(rng() % 300) : -1;
        } else if (step.op == TortureOp::KilledSync) {
            step.fault = faultFor(rng);
            step.delayMs = 50 + int(rng() % 1200);
        }
        steps.append(step);
    }
    return steps;
}

QString TortureSchedule::describe(quint32 seed, const QVector<TortureStep> &steps)
{
    QStringList lines{QStringLiteral("schedule of seed %1 (replay: TASKDESK_TORTURE_SEED=%1):").arg(seed)};
    for (int i = 0; i < steps.size(); ++i)
        lines.append(QStringLiteral("  %1. %2").arg(i).arg(steps.at(i).text()));
    lines.append(QStringLiteral("  then: a final sync on a quiet server, and a re-sync"));
    return lines.join(QLatin1Char('\n'));
}
