#include "storage/DatabaseSnapshot.h"

#include "storage/SqlErrorText.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt snapshotCounter;
}

bool DatabaseSnapshot::copy(const QString &source, const QString &target, QString *error)
{
    if (!QFileInfo(source).isFile()) {
        *error = tr("The database \"%1\" does not exist.").arg(source);
        return false;
    }
    const QString name = QStringLiteral("taskdesk-snapshot-%1").arg(snapshotCounter.fetchAndAddRelaxed(1));
    bool copied = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = SqlErrorText::describe(db.lastError());
        } else {
            // VACUUM INTO reads one transaction's view of the file: a copy consistent in itself.
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(target);
            copied = query.exec();
            if (!copied)
                *error = SqlErrorText::describe(query.lastError());
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return copied;
}
