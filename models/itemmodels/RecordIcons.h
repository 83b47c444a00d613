#pragma once

#include "storage/SyncState.h"

#include <QIcon>

// The icons both record tables show, made once: data() is asked for them on every paint.
namespace RecordIcons {
QIcon state(SyncState state);
QIcon invalid();
}
