#include "storage/ServiceTaskQuery.h"

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
            QStringLiteral("created"), QStringLiteral("lastwrite"), QStringLiteral("sync_state"),
            QStringLiteral("local_id")};
}

ServiceTaskQuery::ServiceTaskQuery(Database &db)
    : m_db(db)
{
}

QString ServiceTaskQuery::whereClause(const ServiceTaskFilter &filter, QVariantList *values) const
{
    QStringList conditions{QStringLiteral("sync_state <> %1").arg(static_cast<int>(SyncState::Deleted))};
    if (filter.conflictsOnly)
        conditions.append(QStringLiteral("sync_state = %1").arg(static_cast<int>(SyncState::Conflict)));
    const QString text = filter.text.trimmed().toLower();
    // The trigram index needs three characters; shorter texts scan the column instead.
    if (text.size() >= 3) {
        conditions.append(QStringLiteral("local_id IN (SELECT rowid FROM svctask_fts WHERE svctask_fts MATCH ?)"));
        values->append(ftsPhrase(text));
    } else if (!text.isEmpty()) {
        conditions.append(QStringLiteral("search_text LIKE ? ESCAPE '\\'"));
        values->append(likePattern(text));
    }
    return conditions.join(QStringLiteral(" AND "));
}

QVector<qint64> ServiceTaskQuery::ids(const ServiceTaskFilter &filter, const QString &sortKey, bool descending) const
{
    QVector<qint64> result;
    const QString key = sortKeys().contains(sortKey) ? sortKey : QStringLiteral("local_id");
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT local_id FROM svctask WHERE %1 ORDER BY %2 %3, local_id %3")
                  .arg(whereClause(filter, &values), key, direction));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

bool ServiceTaskQuery::matches(qint64 localId, const ServiceTaskFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM svctask WHERE local_id = ? AND %1").arg(whereClause(filter, &values)));
    q.addBindValue(localId);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next();
}
