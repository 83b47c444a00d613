#pragma once

#include "domain/ServiceTask.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class ServiceTaskStore;

// One record before and after an edit. No `before` = it was created; no `after` =
// it was deleted. Records are named by their uuid, which survives a delete and a
// re-create, so undo and redo always find them again.
struct ServiceTaskChange
{
    std::optional<ServiceTask> before;
    std::optional<ServiceTask> after;
};

// Applies a list of changes forwards (redo) or backwards (undo), in one transaction.
class ServiceTaskChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTaskChangeSet)

public:
    // `replay`: an undo or redo of a step made earlier; refused (nothing written, `error`
    // says why) when a record is no longer what the step expects (StaleEdit).
    static bool apply(ServiceTaskStore &store, const QVector<ServiceTaskChange> &changes, bool forward,
                      QString *error, bool replay = false);
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
