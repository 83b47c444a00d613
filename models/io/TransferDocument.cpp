#include "io/TransferDocument.h"

#include "domain/Validator.h"
#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace {

// "svctasks[2] (id 380d…, «Обзвон должников»)": enough to find the record in the file.
QString recordLabel(const QString &key, int index, const QJsonValue &value, const QString &idKey)
{
    QString label = QStringLiteral("%1[%2]").arg(key).arg(index);
    const QJsonObject o = value.toObject();
    QStringList parts;
    const QString id = o.value(idKey).toString();
    if (!id.isEmpty())
        parts.append(QStringLiteral("%1 %2").arg(idKey, id));
    const QString name = o.value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        parts.append(QStringLiteral("\"%1\"").arg(name));
    if (!parts.isEmpty())
        label += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    return label;
}

// Makes a field path relative to its record: "svctasks[2].name" -> "name".
QString fieldOf(const QString &path, const QString &prefix)
{
    return path.startsWith(prefix + QLatin1Char('.')) ? path.mid(prefix.size() + 1) : path;
}

// The codec puts steps and actions in `order` order; a validation path speaks of
// that order. This maps "steps[i].actions[j]" back to the positions in the file.
QVector<int> fileOrder(const QJsonArray &items)
{
    QVector<int> indices(items.size());
    std::iota(indices.begin(), indices.end(), 0);
    auto orderOf = [&items](int i) {
        const QJsonValue order = items.at(i).toObject().value(QStringLiteral("order"));
        return order.isDouble() ? order.toDouble() : double(i);
    };
    std::stable_sort(indices.begin(), indices.end(), [&](int a, int b) { return orderOf(a) < orderOf(b); });
    return indices;
}

QString pathInFile(const QJsonValue &series, const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^steps\\[(\\d+)\\](?:\\.actions\\[(\\d+)\\])?"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch())
        return path;
    const QJsonArray steps = series.toObject().value(QStringLiteral("steps")).toArray();
    const QVector<int> stepOrder = fileOrder(steps);
    const int step = m.captured(1).toInt();
    if (step >= stepOrder.size())
        return path;
    QString mapped = QStringLiteral("steps[%1]").arg(stepOrder.at(step));
    if (m.capturedLength(2) > 0) {
        const QJsonArray actions = steps.at(stepOrder.at(step)).toObject().value(QStringLiteral("actions")).toArray();
        const QVector<int> actionOrder = fileOrder(actions);
        const int action = m.captured(2).toInt();
        if (action >= actionOrder.size())
            return path;
        mapped += QStringLiteral(".actions[%1]").arg(actionOrder.at(action));
    }
    return mapped + path.mid(m.capturedLength(0));
}

} // namespace

std::optional<TransferDocument> TransferDocument::parse(const QByteArray &json, QStringList *errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QByteArray trimmed = json.trimmed();
    const bool looksStructured = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (parseError.error != QJsonParseError::NoError && !trimmed.isEmpty() && !looksStructured) {
        // A bare value ("text", 42): JSON, but not a document of records.
        errors->append(tr("The file must hold a JSON object with \"svctasks\" and/or \"series\" lists."));
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        // Report the line as well as the offset: people look at files in editors.
        const int line = json.left(parseError.offset).count('\n') + 1;
        errors->append(tr("The file is not valid JSON: %1 (line %2, offset %3).")
                           .arg(parseError.errorString()).arg(line).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append(tr("The file must hold a JSON object with \"svctasks\" and/or \"series\" lists."));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    TransferDocument result;
    const int errorsBefore = errors->size();

    auto listOf = [&](const QString &key) -> QJsonArray {
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull())
            return QJsonArray();
        if (!value.isArray())
            errors->append(tr("\"%1\" must be a list of records.").arg(key));
        return value.toArray();
    };

    const QString svcKey = QStringLiteral("svctasks");
    const QJsonArray svctasks = listOf(svcKey);
    QSet<QString> seenIds;
    for (int i = 0; i < svctasks.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(svcKey).arg(i);
        const QString label = recordLabel(svcKey, i, svctasks.at(i), QStringLiteral("id"));
        DecodeError error;
        const auto task = ServiceTaskCodec::decode(svctasks.at(i), &error, path);
        if (!task) {
            errors->append(tr("%1: field \"%2\": %3").arg(label, fieldOf(error.field, path), error.message));
            continue;
        }
        for (const ValidationIssue &issue : Validator::validate(*task))
            errors->append(tr("%1: field \"%2\": %3").arg(label, issue.field, issue.message));
        if (!task->id.isEmpty()) {
            if (seenIds.contains(task->id))
                errors->append(tr("%1: field \"id\": the same id appears earlier in the file.").arg(label));
            seenIds.insert(task->id);
        }
        result.svctasks.append(*task);
    }

    const QString seriesKey = QStringLiteral("series");
    const QJsonArray series = listOf(seriesKey);
    QSet<QString> seenSeriesIds;
    for (int i = 0; i < series.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(seriesKey).arg(i);
        const QString label = recordLabel(seriesKey, i, series.at(i), QStringLiteral("seriesId"));
        DecodeError error;
        const auto body = TaskSeriesCodec::decode(series.at(i), &error, path);
        if (!body) {
            errors->append(tr("%1: field \"%2\": %3").arg(label, fieldOf(error.field, path), error.message));
            continue;
        }
        for (const ValidationIssue &issue : Validator::validate(*body))
            errors->append(tr("%1: field \"%2\": %3").arg(label, pathInFile(series.at(i), issue.field), issue.message));
        if (!body->seriesId.isEmpty()) {
            if (seenSeriesIds.contains(body->seriesId))
                errors->append(tr("%1: field \"seriesId\": the same id appears earlier in the file.").arg(label));
            seenSeriesIds.insert(body->seriesId);
        }
        result.series.append(*body);
    }

    if (errors->size() > errorsBefore)
        return std::nullopt;
    return result;
}

QByteArray TransferDocument::toJson() const
{
    QJsonArray svcArray;
    for (const ServiceTask &task : svctasks)
        svcArray.append(ServiceTaskCodec::encode(task));
    QJsonArray seriesArray;
    for (const TaskSeries &body : series)
        seriesArray.append(TaskSeriesCodec::encode(body));
    const QJsonObject root{{QStringLiteral("svctasks"), svcArray}, {QStringLiteral("series"), seriesArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
