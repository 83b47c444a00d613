#pragma once

// Small helpers shared by the tests: reading the seed fixtures of tests/data.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

namespace TestSupport {

// The path of tests/data/<name>.
inline QString dataPath(const QString &name)
{
    return QStringLiteral(TASKDESK_TEST_DATA "/") + name;
}

// The bytes of tests/data/<name>; empty when the file cannot be read (tests check that).
inline QByteArray readFixture(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// tests/data/<name> parsed as JSON (object or array); undefined when unreadable or invalid.
inline QJsonValue fixtureJson(const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFixture(name), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

inline QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace TestSupport

// QCOMPARE of two JSON values that prints both sides (compact) when they differ.
#define COMPARE_JSON(actual, expected)                                                          \
    do {                                                                                        \
        const QJsonValue actual_ = QJsonValue(actual);                                          \
        const QJsonValue expected_ = QJsonValue(expected);                                      \
        if (actual_ != expected_)                                                               \
            qWarning("actual:   %s\nexpected: %s", TestSupport::compact(actual_).constData(),   \
                     TestSupport::compact(expected_).constData());                              \
        QVERIFY(actual_ == expected_);                                                          \
    } while (false)
