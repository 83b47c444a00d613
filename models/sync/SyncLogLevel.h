#pragma once

// How much a line of the sync log matters: the panel marks errors and warnings, the
// headless command prefixes them. Chosen where the line is written, never read back
// from its text (which is translated).
enum class SyncLogLevel {
    Info,    // what was sent and received
    Warning, // left for later or for the user: a conflict, a draft, a retry
    Error    // a record or the whole sync failed
};
