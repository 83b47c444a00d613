#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// An undo or redo replays the copy of a record taken when the step was made. When the
// record has changed since outside the undo history (a sync, an import, a conflict
// resolution) or was deleted or re-created meanwhile, replaying it would put older values
// over newer ones, which the next sync would then send: the step is refused instead.
class StaleEdit
{
    Q_DECLARE_TR_FUNCTIONS(StaleEdit)

public:
    // Whether the record is still what the step left: `expected` the step's copy as JSON
    // (none: the step left no record), `current` the record as it is now (none: there is
    // none, or it is deleted).
    static bool matches(const std::optional<QJsonObject> &expected, const std::optional<QJsonObject> &current)
    {
        return expected == current;
    }
    // Why the step is refused, for the user.
    static QString refusal(bool forward, const QString &name);
};
