#pragma once

#include "TortureStep.h"
#include "WriteLedger.h"

#include "domain/ServiceTask.h"
#include "domain/TaskSeries.h"

#include <QJsonObject>

// The fields the torture test edits on either side and checks afterwards, read from a
// record as text, and the edits themselves (a local one on a record, a server one as
// the admin API's PATCH).
class TrackedFields
{
public:
    static WriteLedger::Fields of(const ServiceTask &task);
    // Steps and actions by their server ids ("step:ID", "action:ID", "required:ID");
    // new ones count only in "steps".
    static WriteLedger::Fields of(const TaskSeries &series);

    static void editTask(ServiceTask &task, const TortureStep &step);
    static QJsonObject taskPatch(const TortureStep &step);

    // A series edit (local or server) names its target inside the series; `path` is
    // where the admin API takes it, relative to "series/ID".
    struct SeriesEdit
    {
        QString path;
        QJsonObject body;
    };
    // False when the series has nothing this step can touch (no synced step yet).
    static bool editSeries(TaskSeries &series, const TortureStep &step);
    static std::optional<SeriesEdit> seriesPatch(const TaskSeries &server, const TortureStep &step);
};
