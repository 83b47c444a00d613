#include "storage/RecordQuery.h"

#include "storage/Database.h"
#include "storage/SyncState.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// Quotes a search text as one FTS5 string: no operator in it is interpreted.
QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QStringList ServiceTaskQuery::sortKeys()
{
    return {QStringLiteral("name_key"), QStringLiteral("isenabled"), QStringLiteral("svcscriptcode"),
            QStringLiteral("sitemode"), QStringLiteral("sites"), QStringLiteral("isregular"),
            QStringLiteral("overlap"), QStringLiteral("intervalsec"), QStringLiteral("dtstart"),
            QStringLiteral("dtstop"), QStringLiteral("schedule"), QStringLiteral("title_key"),
            QStringLiteral("created"), QStringLiteral("lastwrite"), QStringLiteral("sync_state")};
}

ServiceTaskQuery::ServiceTaskQuery(Database &db)
    : RecordQuery(db, QStringLiteral("svctask"), sortKeys())
{
}

QStringList TaskSeriesQuery::sortKeys()
{
    return {QStringLiteral("name_key"), QStringLiteral("priority"), QStringLiteral("start_at"),
            QStringLiteral("end_at"), QStringLiteral("order_steps_required"),
            QStringLiteral("strict_time_required"), QStringLiteral("deadlined"), QStringLiteral("tags"),
            QStringLiteral("assignee_count"), QStringLiteral("location_id"), QStringLiteral("step_count"),
            QStringLiteral("sync_state")};
}

TaskSeriesQuery::TaskSeriesQuery(Database &db)
    : RecordQuery(db, QStringLiteral("series"), sortKeys())
{
}

RecordQuery::RecordQuery(Database &db, const QString &table, const QStringList &sortKeys)
    : m_db(db)
    , m_table(table)
    , m_sortKeys(sortKeys)
{
}

QString RecordQuery::whereClause(const RecordFilter &filter, QVariantList *values) const
{
    QStringList conditions{QStringLiteral("sync_state <> %1").arg(static_cast<int>(SyncState::Deleted))};
    if (filter.conflictsOnly)
        conditions.append(QStringLiteral("sync_state = %1").arg(static_cast<int>(SyncState::Conflict)));
    const QString text = filter.text.trimmed().toLower();
    // The trigram index needs three characters; shorter texts scan the column instead.
    if (text.size() >= 3) {
        conditions.append(QStringLiteral("local_id IN (SELECT rowid FROM %1_fts WHERE %1_fts MATCH ?)").arg(m_table));
        values->append(ftsPhrase(text));
    } else if (!text.isEmpty()) {
        conditions.append(QStringLiteral("search_text LIKE ? ESCAPE '\\'"));
        values->append(likePattern(text));
    }
    return conditions.join(QStringLiteral(" AND "));
}

QVector<qint64> RecordQuery::ids(const RecordFilter &filter, const QString &sortKey, bool descending) const
{
    QVector<qint64> result;
    const QString key = m_sortKeys.contains(sortKey) ? sortKey : QStringLiteral("local_id");
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT local_id FROM %1 WHERE %2 ORDER BY %3 %4, local_id %4")
                  .arg(m_table, whereClause(filter, &values), key, direction));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

bool RecordQuery::matches(qint64 localId, const RecordFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE local_id = ? AND %2").arg(m_table, whereClause(filter, &values)));
    q.addBindValue(localId);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next();
}
