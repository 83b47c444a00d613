#pragma once

// What the tests of the stores on a real database file share (tst_stores,
// tst_conflictresolver): for every test a new file, named after the test function; the
// files stay until the program ends, for a look after a failure.

#include "storage/Workspace.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class DatabaseTest : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void init();
    void cleanup();
};
