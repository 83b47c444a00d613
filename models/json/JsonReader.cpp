#include "json/JsonReader.h"

#include <algorithm>
#include <cmath>

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{
}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (ok())
        m_error = {pathOf(key), message};
}

QJsonValue JsonReader::value(const QString &key)
{
    if (!wasRead(key))
        m_read.append(key);
    return m_object.value(key);
}

bool JsonReader::wasRead(const QString &key) const
{
    return std::find(m_read.cbegin(), m_read.cend(), key) != m_read.cend();
}

QJsonValue JsonReader::take(const QString &key)
{
    return value(key);
}

QString JsonReader::string(const QString &key, const QString &fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(key, tr("expected text"));
        return fallback;
    }
    return v.toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(key, tr("expected text or null"));
        return std::nullopt;
    }
    return v.toString();
}

bool JsonReader::intBool(const QString &key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    fail(key, tr("expected 0 or 1"));
    return fallback;
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    fail(key, tr("expected true or false"));
    return fallback;
}

qint64 JsonReader::integer(const QString &key, qint64 fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740991.0) {
        fail(key, tr("expected a whole number"));
        return fallback;
    }
    return static_cast<qint64>(d);
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonValue v = value(key);
    QStringList result;
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isArray()) {
        fail(key, tr("expected a list of texts"));
        return result;
    }
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), tr("expected text"));
            return result;
        }
        result.append(array.at(i).toString());
    }
    return result;
}

Timestamp JsonReader::timestamp(const QString &key)
{
    const QJsonValue v = value(key);
    Timestamp result;
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isString() || !Timestamp::parse(v.toString(), &result)) {
        fail(key, tr("expected a date and time such as 2019-02-20T08:00:00Z"));
        return Timestamp();
    }
    return result;
}

QJsonObject JsonReader::object(const QString &key, const QJsonObject &fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isObject()) {
        fail(key, tr("expected an object"));
        return fallback;
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray()) {
        fail(key, tr("expected a list"));
        return QJsonArray();
    }
    return v.toArray();
}

QJsonObject JsonReader::remaining() const
{
    QJsonObject rest;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!wasRead(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}
