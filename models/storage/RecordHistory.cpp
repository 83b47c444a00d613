#include "storage/RecordHistory.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

RecordHistory::RecordHistory(Database &db)
    : m_db(db)
{
}

QVector<RecordHistory::Version> RecordHistory::serviceTask(qint64 localId) const
{
    QVector<Version> versions;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, origin, local_json FROM record_history"
                             " WHERE kind = 1 AND local_id = ? ORDER BY id DESC"));
    q.addBindValue(localId);
    if (!q.exec()) {
        m_error = SqlErrorText::describe(q.lastError());
        return versions;
    }
    while (q.next()) {
        Version v;
        v.id = q.value(0).toLongLong();
        v.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        const int origin = q.value(2).toInt();
        v.origin = origin == 2 ? Origin::Received : origin == 3 ? Origin::Resolved : Origin::EditedHere;
        v.record = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        versions.append(v);
    }
    return versions;
}

bool RecordHistory::setLimit(int versions)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE history_limit SET versions = ?"));
    q.addBindValue(qBound(kMinimumLimit, versions, kMaximumLimit));
    if (q.exec())
        return true;
    m_error = SqlErrorText::describe(q.lastError());
    return false;
}

int RecordHistory::limit() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT versions FROM history_limit")) && q.next())
        return q.value(0).toInt();
    return kDefaultLimit;
}

QString RecordHistory::originName(Origin origin)
{
    switch (origin) {
    case Origin::EditedHere:
        return tr("Edited here");
    case Origin::Received:
        return tr("Received from the server");
    case Origin::Resolved:
        return tr("Conflict resolved");
    }
    return QString();
}
