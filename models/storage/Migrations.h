#pragma once

class Database;
#include <QStringList>

// Numbered schema migrations. Version N is stored in PRAGMA user_version; each step
// runs in its own transaction so a failure leaves the previous version intact.
class Migrations
{
public:
    static int latestVersion();
    // The statements of one version (1..latestVersion()): for tests that build an older file.
    static QStringList statements(int version);
    static bool apply(Database &db, QString *error);
};
