#pragma once

#include <QString>

// One step of a torture schedule. Which record a step touches is chosen when it runs
// (`pick` modulo the records that qualify then), so a schedule stays meaningful
// whatever the earlier steps left behind.
enum class TortureOp {
    CreateTask,     // through the undo editor, as the service tasks page does
    EditTask,
    DeleteTask,
    UndoTasks,      // the service tasks page's undo stack
    RedoTasks,
    CreateSeries,
    EditSeries,     // a field, a step or an action, or a new step
    UndoSeries,
    RedoSeries,
    ServerCreateTask, // another client, through the reference server's admin API
    ServerEditTask,
    ServerDeleteTask,
    ServerCreateSeries,
    ServerEditSeries,
    ServerDeleteSeries,
    Sync,           // the app's sync session in this process, under `fault`
    KilledSync,     // a headless taskdesk --sync, SIGKILLed after `delayMs`
};

struct TortureStep
{
    TortureOp op = TortureOp::Sync;
    int pick = 0;
    int field = 0;
    QString value;    // a text field's new value
    int number = 0;   // a number or flag field's new value
    QString fault;    // Sync, KilledSync: a fault SPEC of the reference server (may be empty)
    int delayMs = -1; // Sync: cancel after this long (-1: never); KilledSync: kill after
    int editAtMs = -1; // Sync: a local edit (pick, field, value) this long after the start

    QString text() const;
};
