#pragma once

#include "domain/Timestamp.h"
#include "json/DecodeError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVarLengthArray>

// Reads typed fields out of one JSON object, tolerating the variants docs/api-contract.md
// lists, and remembers the first error with its path. Every key read is marked,
// so what is left over are the unknown fields to keep.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(const QJsonObject &object, const QString &path);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key, const QString &fallback = QString());
    // A string or null; nullopt for null or absent.
    std::optional<QString> nullableString(const QString &key);
    // ERA's intbool: 0/1, tolerating true/false.
    bool intBool(const QString &key, bool fallback);
    // A JSON boolean, tolerating 0/1.
    bool boolean(const QString &key, bool fallback);
    qint64 integer(const QString &key, qint64 fallback);
    QStringList stringList(const QString &key);
    Timestamp timestamp(const QString &key);
    QJsonObject object(const QString &key, const QJsonObject &fallback = QJsonObject());
    QJsonArray array(const QString &key);
    // Marks a key as known without reading it.
    QJsonValue take(const QString &key);

    // The fields no call above has read.
    QJsonObject remaining() const;

    bool ok() const { return m_error.message.isEmpty(); }
    DecodeError error() const { return m_error; }
    void fail(const QString &key, const QString &message);
    QString pathOf(const QString &key) const;

private:
    QJsonValue value(const QString &key);
    bool wasRead(const QString &key) const;

    QJsonObject m_object;
    QString m_path;
    // A record has a few dozen fields at most: a short list searched in place costs less
    // than hashing every key (a third of the decoding time of an import, measured).
    QVarLengthArray<QString, 24> m_read;
    DecodeError m_error;
};
