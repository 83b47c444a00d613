#include "WriteLedger.h"

#include <QSet>

void WriteLedger::write(const QString &record, const QString &field, Side side, const QString &value, int step)
{
    m_writes[record][field].append({side, value, step});
}

void WriteLedger::writeAll(const QString &record, const Fields &fields, Side side, int step)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        write(record, it.key(), side, it.value(), step);
    write(record, QStringLiteral("exists"), side, QStringLiteral("1"), step);
}

void WriteLedger::writeDifferences(const QHash<QString, Fields> &before, const QHash<QString, Fields> &after, int step)
{
    QSet<QString> keys(before.keyBegin(), before.keyEnd());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    for (const QString &key : keys) {
        if (!after.contains(key)) {
            write(key, QStringLiteral("exists"), Side::Local, QStringLiteral("0"), step);
            continue;
        }
        const Fields old = before.value(key);
        const Fields now = after.value(key);
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            if (!old.contains(it.key()) || old.value(it.key()) != it.value())
                write(key, it.key(), Side::Local, it.value(), step);
    }
}

std::optional<WriteLedger::Write> WriteLedger::last(const QString &record, const QString &field) const
{
    const QVector<Write> writes = m_writes.value(record).value(field);
    if (writes.isEmpty())
        return std::nullopt;
    return writes.last();
}

void WriteLedger::markBackToBase(const QString &record, const QString &field, int baseStep)
{
    QVector<Write> &writes = m_writes[record][field];
    if (writes.isEmpty() || writes.last().side != Side::Local)
        return;
    writes.last().backToBase = true;
    writes.last().baseStep = baseStep;
}

std::optional<WriteLedger::Write> WriteLedger::expected(const QString &record, const QString &field) const
{
    const QVector<Write> writes = m_writes.value(record).value(field);
    if (writes.isEmpty())
        return std::nullopt;
    if (!writes.last().backToBase)
        return writes.last();
    for (auto it = writes.crbegin(); it != writes.crend(); ++it)
        if (it->side == Side::Server && it->step > writes.last().baseStep)
            return *it;
    return writes.last();
}

bool WriteLedger::expectedToExist(const QString &record) const
{
    const auto exists = expected(record, QStringLiteral("exists"));
    return exists && exists->value == QLatin1String("1");
}
