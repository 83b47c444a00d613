#include "storage/Database.h"

#include "storage/DeferredFullText.h"
#include "storage/Migrations.h"
#include "storage/SqlErrorText.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
QAtomicInt connectionCounter;
}

Database::Database()
    : m_connectionName(QStringLiteral("taskdesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/taskdesk.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    m_error = SqlErrorText::describe(query.lastError());
    return false;
}

sqlite3 *Database::nativeHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int Database::schemaVersion(QString *error) const
{
    QSqlError sqlError;
    const int version = readSchemaVersion(&sqlError);
    if (version < 0 && error)
        *error = SqlErrorText::describe(sqlError);
    return version;
}

int Database::readSchemaVersion(QSqlError *error) const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    *error = query.lastError();
    return -1;
}

// The file's own header is read only once SQLite has found it is no database and the
// connection is closed. Before that, closing a descriptor of the file would drop every
// POSIX lock this process holds on it, another connection's too, and another program
// would then take that connection's write-ahead log for unused.
bool Database::refuseUnreadable(const QSqlError &error)
{
    constexpr int notADatabase = 26; // SQLITE_NOTADB
    const QString reason = SqlErrorText::describe(error);
    close();
    if ((error.nativeErrorCode().toInt() & 0xff) == notADatabase) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly) && file.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(tr("\"%1\" is not a Taskdesk database (not an SQLite file).").arg(m_path));
    }
    return fail(tr("Cannot read \"%1\": %2").arg(m_path, reason));
}

bool Database::open(const QString &path, Schema schema)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        return fail(tr("\"%1\" is a folder, not a database file.").arg(m_path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder \"%1\".").arg(info.absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            return fail(tr("The SQLite driver for Qt is missing (install libqt6sql6-sqlite)."));
        db.setDatabaseName(m_path);
        if (!db.open())
            return fail(tr("Cannot open \"%1\": %2").arg(m_path, SqlErrorText::describe(db.lastError())));
    }
    // A writer waits for another connection's transaction (a pull's worker, an edit)
    // instead of failing at once, and the worker hears of it.
    if (!m_wait.install(nativeHandle()))
        return fail(tr("Cannot configure \"%1\": %2")
                        .arg(m_path, SqlErrorText::tr("The database driver is not SQLite's.")));

    // Check the version before anything writes to the file, so a newer database stays as it
    // is. Reading it is also SQLite's check of the file's header: a file that is not SQLite
    // is refused here, untouched.
    QSqlError readError;
    const int version = readSchemaVersion(&readError);
    if (version < 0)
        return refuseUnreadable(readError);
    if (version > Migrations::latestVersion()) {
        return fail(tr("\"%1\" was created by a newer version of Taskdesk (schema %2; this "
                       "version understands up to %3). Open it with a newer Taskdesk; it "
                       "has not been changed.")
                        .arg(m_path).arg(version).arg(Migrations::latestVersion()));
    }

    QSqlQuery wal(connection());
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next()
        || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("Cannot switch \"%1\" to write-ahead logging: %2")
                        .arg(m_path, SqlErrorText::describe(wal.lastError())));
    wal.finish(); // an open statement would block the migrations' COMMIT
    if (!exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        // A statement inside a transaction keeps the pages it changes in a statement journal
        // (an INSERT changes one page per index), spilled past 64 KiB to a new temporary
        // file per transaction: about 1 GB of them for a pull of 10 000 tasks.
        // In memory, a statement's journal is its own few pages, freed at its end.
        || !exec(QStringLiteral("PRAGMA temp_store=MEMORY")))
        return fail(tr("Cannot configure \"%1\": %2").arg(m_path, m_error));

    QString migrationError;
    if (schema == Schema::Migrate && !Migrations::apply(*this, &migrationError))
        return fail(tr("Cannot update the database \"%1\" to this version: %2").arg(m_path, migrationError));
    if (schema == Schema::Migrate && !DeferredFullText::repairLeftOver(*this, &migrationError))
        return fail(tr("Cannot repair the search index of \"%1\": %2").arg(m_path, migrationError));
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_transactionDepth = 0;
}
