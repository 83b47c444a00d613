#include "WriteLockProbe.h"

#include <QSqlDatabase>
#include <QSqlQuery>

bool WriteLockProbe::held(const QString &path)
{
    const QString name = QStringLiteral("write-lock-probe");
    bool locked = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery q(db);
            locked = !q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!locked)
                q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return locked;
}
