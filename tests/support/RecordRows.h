#pragma once

// Every row of the record tables (service tasks, series, steps, actions) read through
// SQL, one line each with its columns joined by '|', in a fixed order: what a test
// compares to show that the records, not the file's bytes, stayed as they were.

#include <QStringList>

class Workspace;

QStringList recordRows(Workspace &workspace);
