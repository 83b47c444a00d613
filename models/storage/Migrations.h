#pragma once

class Database;
class QString;

// Numbered schema migrations. Version N is stored in PRAGMA user_version; each step
// runs in its own transaction so a failure leaves the previous version intact.
class Migrations
{
public:
    static int latestVersion();
    static bool apply(Database &db, QString *error);
};
