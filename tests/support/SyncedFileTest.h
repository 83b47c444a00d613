#pragma once

// What the tests of one database file against the reference server share (tst_dryrun,
// tst_statuscli): the server started once with the seed document, and one file in a
// temporary folder that a whole sync (as the app runs one) filled from it before the
// first test. The tests change the file and look at what the program makes of it.

#include "RefServer.h"

#include <QObject>
#include <QTemporaryDir>

class SyncedFileTest : public QObject
{
    Q_OBJECT

protected:
    // The file is <folder>/`fileName`.
    explicit SyncedFileTest(const QString &fileName) : m_fileName(fileName) {}

    QTemporaryDir m_dir;
    RefServer m_server;
    QString m_db; // the path of the file

private slots:
    void initTestCase();

private:
    QString m_fileName;
};
