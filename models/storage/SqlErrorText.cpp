#include "storage/SqlErrorText.h"

#include <QSqlError>

namespace {

// SQLite's primary result codes (sqlite3.h); an extended code carries one in its low byte.
enum SqliteCode {
    Perm = 3,
    Busy = 5,
    Locked = 6,
    NoMem = 7,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Auth = 23,
    NotADb = 26,
};

} // namespace

QString SqlErrorText::forCode(int code)
{
    switch (code & 0xff) {
    case Full:
        return tr("The disk is full: free some space and try again.");
    case ReadOnly:
        return tr("The database is read-only: check that you may write to the file and to its folder.");
    case CantOpen:
        return tr("The database file cannot be opened: check that its folder exists and that you may read and "
                  "write the file and the folder (SQLite keeps two files beside it, ending in -wal and -shm).");
    case NotADb:
        return tr("The file is not a database, or it is damaged.");
    case Corrupt:
        return tr("The database file is damaged (for example cut short by an interrupted copy). Restore it "
                  "from a backup.");
    case IoErr:
        return tr("The disk reported an error while reading or writing the database.");
    case Busy:
    case Locked:
        return tr("The database is in use by another program. Try again when it has finished.");
    case Perm:
    case Auth:
        return tr("Access to the database file was denied.");
    case NoMem:
        return tr("There is not enough memory.");
    default:
        return QString();
    }
}

QString SqlErrorText::describe(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (numeric) {
        const QString sentence = forCode(code);
        if (!sentence.isEmpty())
            return sentence;
    }
    // SQLite's own message is plain enough; the driver's text is only the last resort.
    if (!error.databaseText().isEmpty())
        return error.databaseText();
    if (!error.driverText().isEmpty())
        return error.driverText();
    return tr("Unknown database error.");
}
