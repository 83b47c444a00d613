#pragma once

#include "sync/DiffLine.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVector>

#include <optional>

struct ServiceTask;
struct TaskSeries;

// A record's local copy against its base copy in the words of the form (the same labels),
// and a single field of it put back. Shared by the pending changes view and the history.
class RecordDiff
{
    Q_DECLARE_TR_FUNCTIONS(RecordDiff)

public:
    static QVector<DiffLine> describe(const ServiceTask &base, const ServiceTask &local);
    static QVector<DiffLine> describe(const TaskSeries &base, const TaskSeries &local);

    // `local` with `field` (a DiffLine::field) as in `base`; nullopt when the field cannot
    // be put back (unknown to the codec: the record stays as it is).
    static std::optional<ServiceTask> revertField(const ServiceTask &base, const ServiceTask &local,
                                                  const QString &field);
    static std::optional<TaskSeries> revertField(const TaskSeries &base, const TaskSeries &local,
                                                 const QString &field);

    // The form's label of a wire field ("opts.title" → "Title"); unknown fields as they are.
    static QString label(const QString &field);
    // A value for a line of text: "yes"/"no", "(empty)", "—" for none; long text cut short.
    static QString valueText(const QJsonValue &value);
    // The same for a service task's wire field: its flags as yes/no, its interval as a duration.
    static QString fieldValueText(const QString &field, const QJsonValue &value);
};
