#pragma once

#include "domain/ServiceTask.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class ServiceTaskStore;

// One record before and after an edit. No `before` = it was created; no `after` =
// it was deleted. Named by local id, as a series is (TaskSeriesChange): the one key
// every record has from its first save (a series has no seriesId until the server
// gives one), and never given to another record (LocalIds), so undo and redo find
// the record again after a delete, a re-create or a sync. 0 until known: a created
// record's id is filled in when it is stored; a change made without it is looked up
// once by its uuid.
struct ServiceTaskChange
{
    ServiceTaskChange() = default;
    ServiceTaskChange(qint64 id, std::optional<ServiceTask> was, std::optional<ServiceTask> is)
        : localId(id), before(std::move(was)), after(std::move(is))
    {
    }
    ServiceTaskChange(std::optional<ServiceTask> was, std::optional<ServiceTask> is)
        : ServiceTaskChange(0, std::move(was), std::move(is))
    {
    }

    qint64 localId = 0;
    std::optional<ServiceTask> before;
    std::optional<ServiceTask> after;
};

// Applies a list of changes forwards (redo) or backwards (undo), in one transaction.
class ServiceTaskChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTaskChangeSet)

public:
    // Fills in the local ids of created records. `replay`: an undo or redo of a step made
    // earlier; refused (nothing written, `error` says why) when a record is no longer what
    // the step expects (StaleEdit).
    static bool apply(ServiceTaskStore &store, QVector<ServiceTaskChange> &changes, bool forward,
                      QString *error, bool replay = false);
    // A one-off edit, replayed by nobody.
    static bool apply(ServiceTaskStore &store, const QVector<ServiceTaskChange> &changes, bool forward,
                      QString *error, bool replay = false)
    {
        QVector<ServiceTaskChange> copy = changes;
        return apply(store, copy, forward, error, replay);
    }
};

// Where the table and the form send an edit: the UI's implementation puts it on the
// undo stack; without one, edits go straight to the store.
class ServiceTaskEditor
{
public:
    virtual ~ServiceTaskEditor() = default;
    // Returns false (with the reason) when the store refused the change.
    virtual bool apply(const QString &description, const QVector<ServiceTaskChange> &changes, QString *error) = 0;
};
