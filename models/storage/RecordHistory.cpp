#include "storage/RecordHistory.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

RecordHistory::RecordHistory(Database &db)
    : m_db(db)
{
}

bool RecordHistory::fail(const QSqlQuery &query) const
{
    m_error = SqlErrorText::describe(query.lastError());
    return false;
}

QVector<RecordHistory::Version> RecordHistory::versions(Kind kind, qint64 localId) const
{
    QVector<Version> versions;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, origin, local_json FROM record_history"
                             " WHERE kind = ? AND local_id = ? ORDER BY id DESC"));
    q.addBindValue(static_cast<int>(kind));
    q.addBindValue(localId);
    if (!q.exec()) {
        fail(q);
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

bool RecordHistory::recordMany(const QVector<Entry> &entries)
{
    const int keep = limit();
    if (keep == 0 || entries.isEmpty())
        return true;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO record_history(kind, local_id, at, origin, local_json)"
                                  " VALUES (?, ?, ?, ?, ?)"));
    QSet<QPair<int, qint64>> touched;
    for (const Entry &entry : entries) {
        insert.addBindValue(static_cast<int>(entry.kind));
        insert.addBindValue(entry.localId);
        insert.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
        insert.addBindValue(static_cast<int>(entry.origin));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(entry.record).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return fail(insert);
        touched.insert({static_cast<int>(entry.kind), entry.localId});
    }
    for (const auto &record : touched) {
        if (!trim(static_cast<Kind>(record.first), record.second, keep))
            return false;
    }
    return true;
}

bool RecordHistory::recordChange(const Entry &was, const Entry &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM record_history WHERE kind = ? AND local_id = ?)"));
    q.addBindValue(static_cast<int>(now.kind));
    q.addBindValue(now.localId);
    if (!q.exec() || !q.next())
        return fail(q);
    return q.value(0).toBool() ? recordMany({now}) : recordMany({was, now});
}

bool RecordHistory::trim(Kind kind, qint64 localId, int keep)
{
    // Older than the newest `keep`: one index probe finds the first one to go.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM record_history WHERE kind = :kind AND local_id = :id AND id <="
                             " (SELECT id FROM record_history WHERE kind = :kind AND local_id = :id"
                             "  ORDER BY id DESC LIMIT 1 OFFSET :keep)"));
    q.bindValue(QStringLiteral(":kind"), static_cast<int>(kind));
    q.bindValue(QStringLiteral(":id"), localId);
    q.bindValue(QStringLiteral(":keep"), keep);
    return q.exec() || fail(q);
}

int RecordHistory::clampLimit(int versions)
{
    return versions <= 0 ? 0 : qBound(kMinimumLimit, versions, kMaximumLimit);
}

bool RecordHistory::setLimit(int versions)
{
    const int keep = clampLimit(versions);
    const int before = limit();
    if (keep == before)
        return true; // nothing written: opening a database read-only stays possible
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE history_limit SET versions = ?"));
    q.addBindValue(keep);
    if (!q.exec())
        return fail(q);
    if (keep >= before)
        return true;
    // Lowered: every record keeps its newest `keep` versions now, not only from its next change.
    q.prepare(QStringLiteral("DELETE FROM record_history WHERE id IN (SELECT id FROM"
                             " (SELECT id, row_number() OVER (PARTITION BY kind, local_id ORDER BY id DESC) AS n"
                             "  FROM record_history) WHERE n > ?)"));
    q.addBindValue(keep);
    return q.exec() || fail(q);
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
