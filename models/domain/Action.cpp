#include "domain/Action.h"

namespace {

std::optional<double> numberField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

void setNumberField(QJsonObject &object, const QString &key, std::optional<double> value)
{
    if (value)
        object.insert(key, *value);
    else
        object.remove(key);
}

} // namespace

std::optional<double> Action::minValue() const
{
    return numberField(extra, QStringLiteral("minValue"));
}

std::optional<double> Action::maxValue() const
{
    return numberField(extra, QStringLiteral("maxValue"));
}

void Action::setMinValue(std::optional<double> value)
{
    setNumberField(extra, QStringLiteral("minValue"), value);
}

void Action::setMaxValue(std::optional<double> value)
{
    setNumberField(extra, QStringLiteral("maxValue"), value);
}
