#include "sync/ListingGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return ListingGuard::tr("null");
    case QJsonValue::Bool: return ListingGuard::tr("a boolean");
    case QJsonValue::Double: return ListingGuard::tr("a number");
    case QJsonValue::String: return ListingGuard::tr("a string");
    case QJsonValue::Array: return ListingGuard::tr("an array");
    case QJsonValue::Object: return ListingGuard::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return ListingGuard::tr("nothing");
}

// The item as the server sent it, short enough for a log line.
QString excerpt(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    const QString inner = QString::fromUtf8(json.mid(1, json.size() - 2));
    return inner.size() > 80 ? inner.left(77) + QStringLiteral("…") : inner;
}

} // namespace

void ListingGuard::restart()
{
    m_seen.clear();
    m_previous.clear();
    m_pages = 0;
    m_staleInARow = 0;
    m_error.clear();
}

bool ListingGuard::fail(const QString &why)
{
    m_error = why;
    return false;
}

std::optional<QJsonArray> ListingGuard::accept(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isArray()) {
        fail(tr("expected a JSON array, got %1").arg(document.isObject() ? tr("an object") : tr("something else")));
        return std::nullopt;
    }
    const QJsonArray items = document.array();
    QStringList ids;
    if (++m_pages > m_limits.maxPages) {
        fail(tr("more than %n page(s) in one listing; the server seems to ignore \"offset\"", nullptr, m_limits.maxPages));
        return std::nullopt;
    }
    if (!checkItems(items, &ids) || !checkRepeats(ids))
        return std::nullopt;
    return items;
}

bool ListingGuard::checkItems(const QJsonArray &items, QStringList *ids)
{
    QSet<QString> onThisPage;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QJsonValue id = item.toObject().value(QStringLiteral("id"));
        if (!item.isObject())
            return fail(tr("item %1 is %2, not an object: %3").arg(i).arg(kindOf(item), excerpt(item)));
        if (!id.isString() || id.toString().isEmpty())
            return fail(tr("item %1 has no string \"id\": %2").arg(i).arg(excerpt(item)));
        if (onThisPage.contains(id.toString()))
            return fail(tr("item %1 repeats id %2 of the same page").arg(i).arg(id.toString()));
        onThisPage.insert(id.toString());
        ids->append(id.toString());
    }
    return true;
}

bool ListingGuard::checkRepeats(const QStringList &ids)
{
    // Records created by another client while the listing runs push the later ones
    // forward: a page then overlaps the one before, or (as many created as a page holds)
    // lists only ids seen before, even the previous page again. Tolerated, the ids are
    // taken once. A server that ignores `offset` repeats a page, or alternates pages, with
    // nothing new page after page: a few such pages in a row end the listing. Every other
    // page brings at least one new id, so maxRecords bounds the pages too.
    int fresh = 0;
    for (const QString &id : ids)
        fresh += m_seen.contains(id) ? 0 : 1;
    m_staleInARow = ids.isEmpty() || fresh > 0 ? 0 : m_staleInARow + 1;
    if (m_staleInARow > m_limits.maxStalePagesInARow)
        return fail(ids == m_previous
                        ? tr("page %1 repeats the previous page; the server seems to ignore \"offset\"").arg(m_pages)
                        : tr("page %1 lists only ids listed before; the server seems to ignore \"offset\"").arg(m_pages));
    for (const QString &id : ids)
        m_seen.insert(id);
    if (m_seen.size() > m_limits.maxRecords)
        return fail(tr("more than %n record(s) in one listing", nullptr, m_limits.maxRecords));
    m_previous = ids;
    return true;
}
