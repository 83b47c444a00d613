#include "sync/SyncStateLine.h"

#include "storage/StoredServiceTask.h"
#include "storage/StoredTaskSeries.h"
#include "sync/ConflictResolver.h"
#include "sync/StoredErrorText.h"

namespace {

template<typename Stored>
QString lineOf(const Stored &record)
{
    const QString state = SyncStates::displayName(record.state);
    const QString why = record.state == SyncState::Conflict ? ConflictResolver::reasonOf(record)
                                                            : StoredErrorText::shown(record.syncError);
    return why.isEmpty() ? state : state + QStringLiteral(": ") + why;
}

} // namespace

QString SyncStateLine::of(const StoredServiceTask &record)
{
    return lineOf(record);
}

QString SyncStateLine::of(const StoredTaskSeries &record)
{
    return lineOf(record);
}
