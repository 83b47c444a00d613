#include "TortureStep.h"

namespace {

QString opName(TortureOp op)
{
    switch (op) {
    case TortureOp::CreateTask: return QStringLiteral("create task");
    case TortureOp::EditTask: return QStringLiteral("edit task");
    case TortureOp::DeleteTask: return QStringLiteral("delete task");
    case TortureOp::UndoTasks: return QStringLiteral("undo (tasks)");
    case TortureOp::RedoTasks: return QStringLiteral("redo (tasks)");
    case TortureOp::CreateSeries: return QStringLiteral("create series");
    case TortureOp::EditSeries: return QStringLiteral("edit series");
    case TortureOp::UndoSeries: return QStringLiteral("undo (series)");
    case TortureOp::RedoSeries: return QStringLiteral("redo (series)");
    case TortureOp::ServerCreateTask: return QStringLiteral("server: create task");
    case TortureOp::ServerEditTask: return QStringLiteral("server: edit task");
    case TortureOp::ServerDeleteTask: return QStringLiteral("server: delete task");
    case TortureOp::ServerCreateSeries: return QStringLiteral("server: create series");
    case TortureOp::ServerEditSeries: return QStringLiteral("server: edit series");
    case TortureOp::ServerDeleteSeries: return QStringLiteral("server: delete series");
    case TortureOp::Sync: return QStringLiteral("sync");
    case TortureOp::KilledSync: return QStringLiteral("headless sync, SIGKILL");
    }
    return QString();
}

} // namespace

QString TortureStep::text() const
{
    QString line = opName(op);
    if (op == TortureOp::Sync || op == TortureOp::KilledSync) {
        line += QStringLiteral(" faults=[%1]").arg(fault);
        if (delayMs >= 0)
            line += (op == TortureOp::Sync ? QStringLiteral(" cancel@%1ms") : QStringLiteral(" kill@%1ms")).arg(delayMs);
        if (editAtMs >= 0)
            line += QStringLiteral(" local-edit@%1ms(pick=%2 field=%3)").arg(editAtMs).arg(pick).arg(field);
        return line;
    }
    return line + QStringLiteral(" pick=%1 field=%2 value=\"%3\" number=%4").arg(pick).arg(field).arg(value.left(40)).arg(number);
}
