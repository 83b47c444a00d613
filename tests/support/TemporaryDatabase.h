#pragma once

// A temporary folder of database files for one test program: each test opens a new
// file (the earlier ones stay until the program ends, for a look after a failure),
// empty or with an import document, and can open it again as a restart does.

#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <memory>

class TemporaryDatabase
{
public:
    // Files are named <prefix><n>.sqlite.
    explicit TemporaryDatabase(const QString &prefix) : m_prefix(prefix) {}

    bool isValid() const { return m_dir.isValid(); }

    // A new file name for the next test (in `folder` under the temporary one when given,
    // made if need be); the current file from then on.
    QString newPath(const QString &folder = QString());
    QString path() const { return m_path; }
    // Another file in the same folder (exports, copies).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    int count() const { return m_count; }

    // A new file, opened; null (with a warning) when it cannot be opened.
    std::unique_ptr<Workspace> openNew() { return open(newPath()); }
    // A new file holding an import document; false (with a warning) when it cannot.
    bool createSeeded(const QString &documentPath);
    // The current file opened again.
    std::unique_ptr<Workspace> reopen() const { return open(m_path); }

    static std::unique_ptr<Workspace> open(const QString &path);

private:
    QTemporaryDir m_dir;
    QString m_prefix;
    QString m_path;
    int m_count = 0;
};
