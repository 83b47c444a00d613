#include "storage/RecordQuery.h"

#include "storage/Database.h"
#include "storage/SqliteIdList.h"
#include "storage/SyncState.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <vector>

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

QString searchText(const RecordFilter &filter)
{
    return filter.text.trimmed().toLower();
}

// The trigram index needs three characters; shorter texts scan the column instead.
bool usesIndex(const QString &text)
{
    return text.size() >= 3;
}

// Looking a match up in the table and sorting it costs about as much as this many
// steps of a walk along a sort index (measured on 100 000 tasks): a search matching
// more than that share of the rows (the largest id stands for their number) walks
// the index instead.
constexpr qint64 kWalkStepsPerLookup = 4;

// Ids as one bound value, for `json_each`: SQLite has no array parameters.
QString jsonArray(const QVector<qint64> &ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    json += QLatin1Char(']');
    return json;
}

// Membership in a set of ids read in ascending order: a bitmap while the ids are
// dense (SQLite hands out rowids one after the other), a binary search otherwise.
class IdSet
{
public:
    explicit IdSet(const QVector<qint64> &ascending)
        : m_ids(ascending)
    {
        if (m_ids.isEmpty() || m_ids.first() < 0 || m_ids.last() > 64 * qint64(m_ids.size()) + 4096)
            return;
        m_bits.resize(size_t(m_ids.last()) + 1);
        for (qint64 id : m_ids)
            m_bits[size_t(id)] = true;
    }

    bool contains(qint64 id) const
    {
        if (!m_bits.empty())
            return id >= 0 && size_t(id) < m_bits.size() && m_bits[size_t(id)];
        return std::binary_search(m_ids.cbegin(), m_ids.cend(), id);
    }

private:
    QVector<qint64> m_ids;
    std::vector<bool> m_bits;
};

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

QString RecordQuery::stateCondition(const RecordFilter &filter) const
{
    QString condition = QStringLiteral("sync_state <> %1").arg(static_cast<int>(SyncState::Deleted));
    if (filter.conflictsOnly)
        condition += QStringLiteral(" AND sync_state = %1").arg(static_cast<int>(SyncState::Conflict));
    return condition;
}

QString RecordQuery::whereClause(const RecordFilter &filter, QVariantList *values) const
{
    QString where = stateCondition(filter);
    const QString text = searchText(filter);
    if (usesIndex(text)) {
        where += QStringLiteral(" AND local_id IN (SELECT rowid FROM %1_fts WHERE %1_fts MATCH ?)").arg(m_table);
        values->append(ftsPhrase(text));
    } else if (!text.isEmpty()) {
        where += QStringLiteral(" AND search_text LIKE ? ESCAPE '\\'");
        values->append(likePattern(text));
    }
    return where;
}

QVector<qint64> RecordQuery::ids(const RecordFilter &filter, const QString &sortKey, bool descending) const
{
    const QString key = m_sortKeys.contains(sortKey) ? sortKey : QStringLiteral("local_id");
    const bool byId = key == QLatin1String("local_id");
    const QString text = searchText(filter);
    if (text.isEmpty() && !byId)
        return orderedIds(stateCondition(filter), {}, key, descending);

    // A query that both searches and sorts looks every match up in the wide table
    // (the JSON of each record), which for a search matching most rows costs more than
    // two narrow passes: the matching ids, then the sort index keeping those.
    QVector<qint64> found = passingIds(filter);
    if (byId) {
        if (descending)
            std::reverse(found.begin(), found.end());
        return found;
    }
    if (found.size() * kWalkStepsPerLookup < maxLocalId()) {
        // Few matches: looking each one up and sorting them beats walking the index.
        QSqlQuery q = orderedQuery(QStringLiteral("local_id IN (SELECT value FROM json_each(?))"),
                                   {jsonArray(found)}, key, descending);
        if (q.isActive())
            return read(std::move(q));
    }
    const IdSet wanted(found);
    QSqlQuery q = orderedQuery(stateCondition(filter), {}, key, descending);
    QVector<qint64> result;
    result.reserve(found.size());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (wanted.contains(id))
            result.append(id);
    }
    return result;
}

bool RecordQuery::narrows(const RecordFilter &wider, const RecordFilter &narrower)
{
    if (wider.conflictsOnly && !narrower.conflictsOnly)
        return false;
    const QString from = searchText(wider);
    const QString to = searchText(narrower);
    // A text holding `to` holds `from`. Only claimed when both are matched the same
    // way (column scan or trigram index): their case folding need not agree.
    return from.isEmpty() || (to.contains(from) && usesIndex(from) == usesIndex(to));
}

QVector<qint64> RecordQuery::narrowed(const QVector<qint64> &ordered, const RecordFilter &filter) const
{
    const IdSet wanted(passingIds(filter));
    QVector<qint64> result;
    for (qint64 id : ordered) {
        if (wanted.contains(id))
            result.append(id);
    }
    return result;
}

QVector<qint64> RecordQuery::among(const QVector<qint64> &localIds, const RecordFilter &filter) const
{
    QVariantList values{jsonArray(localIds)};
    const QString where = whereClause(filter, &values);
    return select(QStringLiteral("SELECT local_id FROM %1 WHERE local_id IN (SELECT value FROM json_each(?)) AND %2"
                                 " ORDER BY local_id").arg(m_table, where),
                  values);
}

qint64 RecordQuery::dataVersion() const
{
    QSqlQuery q = run(QStringLiteral("PRAGMA data_version"), {});
    return q.next() ? q.value(0).toLongLong() : -1;
}

// The ids passing `filter`, ascending.
QVector<qint64> RecordQuery::passingIds(const RecordFilter &filter) const
{
    const QString text = searchText(filter);
    return text.isEmpty() ? shownIds(filter) : searchedIds(filter, text);
}

// Every id `filter`'s state lets through, ascending. The narrow sync state index
// lists them grouped by state far faster than a scan of the table; sorting the few
// already ascending groups costs little.
QVector<qint64> RecordQuery::shownIds(const RecordFilter &filter) const
{
    QVector<qint64> ids = select(QStringLiteral("SELECT local_id FROM %1 WHERE %2 ORDER BY sync_state, local_id")
                                     .arg(m_table, stateCondition(filter)),
                                 {});
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The ids passing `filter`'s state and matching `text`, ascending.
QVector<qint64> RecordQuery::searchedIds(const RecordFilter &filter, const QString &text) const
{
    if (!usesIndex(text)) {
        // Every row's text has to be read: one pass over the narrow covering index of
        // search_text (migration 3) rather than the wide table, then the ids sorted
        // here, which costs less than asking SQLite for them in order. search_text and
        // `text` are both lower-cased, so a plain substring test (instr) matches as
        // LIKE did, without LIKE's per-character case folding.
        QVector<qint64> ids = select(QStringLiteral("SELECT local_id FROM %1 WHERE %2"
                                                    " AND instr(search_text, ?) > 0").arg(m_table, stateCondition(filter)),
                                     {text});
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    // The full-text index lists deleted records too; which ones are deleted (or in
    // conflict) comes from the sync state index, so the table is not read at all.
    QString sql = QStringLiteral("SELECT rowid FROM %1_fts WHERE %1_fts MATCH ?"
                                 " AND rowid NOT IN (SELECT local_id FROM %1 WHERE sync_state = %2)")
                      .arg(m_table).arg(static_cast<int>(SyncState::Deleted));
    if (filter.conflictsOnly)
        sql += QStringLiteral(" AND rowid IN (SELECT local_id FROM %1 WHERE sync_state = %2)")
                   .arg(m_table).arg(static_cast<int>(SyncState::Conflict));
    return select(sql + QStringLiteral(" ORDER BY rowid"), {ftsPhrase(text)});
}

QSqlQuery RecordQuery::orderedQuery(const QString &where, const QVariantList &values, const QString &key,
                                    bool descending) const
{
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return run(QStringLiteral("SELECT local_id FROM %1 WHERE %2 ORDER BY %3 %4, local_id %4")
                   .arg(m_table, where, key, direction),
               values);
}

QVector<qint64> RecordQuery::orderedIds(const QString &where, const QVariantList &values, const QString &key,
                                        bool descending) const
{
    return read(orderedQuery(where, values, key, descending));
}

qint64 RecordQuery::maxLocalId() const
{
    QSqlQuery q = run(QStringLiteral("SELECT max(local_id) FROM %1").arg(m_table), {});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QVector<qint64> RecordQuery::select(const QString &sql, const QVariantList &values) const
{
    if (auto ids = SqliteIdList::read(m_db, sql, values))
        return std::move(*ids);
    return read(run(sql, values));
}

QSqlQuery RecordQuery::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true); // read once, front to back: no copy of the rows kept
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.exec();
    return q;
}

QVector<qint64> RecordQuery::read(QSqlQuery q)
{
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
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
