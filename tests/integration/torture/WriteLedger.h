#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Every write the schedule made, per record and field, in order: the test's memory of
// what each side meant. A record is named by a key of the test's own ("t:UUID",
// "s:N"); the field "exists" holds "1" or "0".
class WriteLedger
{
public:
    enum class Side { Local, Server };
    struct Write
    {
        Side side = Side::Local;
        QString value;
        int step = -1; // the schedule step that made it (-1: the starting data)
        // A local write that put the field back to the last synced value (an undo, mostly):
        // the sync sees no local change there, so a server write made since the base was
        // taken (`baseStep`) wins over it, as it would had the user never edited.
        bool backToBase = false;
        int baseStep = -1;
    };
    using Fields = QHash<QString, QString>; // field -> value

    void write(const QString &record, const QString &field, Side side, const QString &value, int step);
    // Each field of `fields` (and "exists" = "1") as written by `side`.
    void writeAll(const QString &record, const Fields &fields, Side side, int step);
    // The writes a local step made: every field that differs between the two snapshots
    // of all records (a record missing from `after` no longer exists).
    void writeDifferences(const QHash<QString, Fields> &before, const QHash<QString, Fields> &after, int step);

    // Flags the last write of the field as back to the base taken at `baseStep`.
    void markBackToBase(const QString &record, const QString &field, int baseStep);

    std::optional<Write> last(const QString &record, const QString &field) const;
    // The write the field must end with: the last one, unless that is back to the base and
    // the server wrote the field after the base was taken.
    std::optional<Write> expected(const QString &record, const QString &field) const;
    // By expected(): a delete undone (back to the base) loses to a delete on the server since.
    bool expectedToExist(const QString &record) const;
    bool knows(const QString &record) const { return m_writes.contains(record); }
    QStringList records() const { return m_writes.keys(); }
    QStringList fields(const QString &record) const { return m_writes.value(record).keys(); }

private:
    QHash<QString, QHash<QString, QVector<Write>>> m_writes;
};
