#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One action of a step (docs/api-contract.md §2.1): what the performer records. Type-specific
// fields (minValue/maxValue of NUMBER, fields of undocumented types) live in `extra`
// so that every field the server sent goes back unchanged.
struct Action
{
    QString seriesId;   // server-assigned identity; empty for a new action
    QString localKey;   // identity here until the server gives a seriesId (LocalKeys); never sent
    QString name;
    QString type = QStringLiteral("BOOLEAN");
    bool required = false;
    QJsonObject extra;

    std::optional<double> minValue() const;
    std::optional<double> maxValue() const;
    void setMinValue(std::optional<double> value);
    void setMaxValue(std::optional<double> value);

    // Content and server identity; localKey is bookkeeping and not compared.
    bool operator==(const Action &o) const
    {
        return seriesId == o.seriesId && name == o.name && type == o.type
            && required == o.required && extra == o.extra;
    }
    bool operator!=(const Action &o) const { return !(*this == o); }
};
