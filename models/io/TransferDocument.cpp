#include "io/TransferDocument.h"

#include "domain/Validator.h"
#include "json/DuplicateKeyFinder.h"
#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <memory>
#include <numeric>

namespace {

// The start of a text that may be as long as a whole file: a message quotes no more.
QString elided(const QString &text)
{
    constexpr int shown = 60;
    return text.size() <= shown ? text : text.left(shown - 1) + QChar(0x2026);
}

// "svctasks[2] (id 380d…, «Обзвон должников»)": enough to find the record in the file.
QString recordLabel(const QString &key, int index, const QJsonValue &value, const QString &idKey)
{
    QString label = QStringLiteral("%1[%2]").arg(key).arg(index);
    const QJsonObject o = value.toObject();
    QStringList parts;
    const QString id = elided(o.value(idKey).toString());
    if (!id.isEmpty())
        parts.append(QStringLiteral("%1 %2").arg(idKey, id));
    const QString name = elided(o.value(QStringLiteral("name")).toString());
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

bool insertNew(QSet<QString> &set, const QString &value)
{
    const auto before = set.size();
    set.insert(value);
    return set.size() > before;
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

std::optional<QJsonObject> TransferDocument::readRoot(const QByteArray &json, QStringList *errors)
{
    // The search for keys written twice reads the same bytes on another core while they
    // are parsed; its answer counts only once the parser has accepted the text.
    std::optional<DuplicateKeyFinder::Duplicate> duplicate;
    std::unique_ptr<QThread> finder(QThread::create([&] { duplicate = DuplicateKeyFinder::find(json); }));
    finder->start();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    finder->wait();
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
    // QJsonDocument silently kept the last of two equal keys: which one was meant is
    // anybody's guess, so the document is refused rather than half-imported.
    if (duplicate) {
        if (duplicate->path.isEmpty())
            errors->append(tr("The key \"%1\" appears twice at the top level of the file (line %2). Which one "
                              "is meant is unclear: remove one of them.").arg(duplicate->key).arg(duplicate->line));
        else
            errors->append(tr("The key \"%1\" appears twice in %2 (line %3). Which one is meant is unclear: "
                              "remove one of them.").arg(duplicate->key, duplicate->path).arg(duplicate->line));
        return std::nullopt;
    }
    return document.object();
}

std::optional<TransferDocument> TransferDocument::parse(const QByteArray &json, QStringList *errors)
{
    const auto root = readRoot(json, errors);
    if (!root)
        return std::nullopt;
    TransferDocument result;
    const Sink keep{[&result](int, const ServiceTask &task) { result.svctasks.append(task); },
                    [&result](int, const TaskSeries &body) { result.series.append(body); }};
    if (!readRecords(*root, errors, keep))
        return std::nullopt;
    return result;
}

bool TransferDocument::readRecords(const QJsonObject &root, QStringList *errors, const Sink &sink)
{
    const int errorsBefore = errors->size();
    // Records go on only while the whole document is without a problem so far.
    const auto clean = [&] { return errors->size() == errorsBefore; };
    const Sink guarded{[&](int i, const ServiceTask &task) { if (clean() && sink.serviceTask) sink.serviceTask(i, task); },
                       [&](int i, const TaskSeries &body) { if (clean() && sink.series) sink.series(i, body); }};
    readServiceTasks(listOf(root, QStringLiteral("svctasks"), errors), errors, guarded);
    readSeries(listOf(root, QStringLiteral("series"), errors), errors, guarded);
    return clean();
}

int TransferDocument::serviceTaskCount(const QJsonObject &root)
{
    return root.value(QStringLiteral("svctasks")).toArray().size();
}

QJsonArray TransferDocument::listOf(const QJsonObject &root, const QString &key, QStringList *errors)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        errors->append(tr("\"%1\" must be a list of records.").arg(key));
    return value.toArray();
}

void TransferDocument::readServiceTasks(const QJsonArray &svctasks, QStringList *errors, const Sink &sink)
{
    const QString svcKey = QStringLiteral("svctasks");
    QSet<QString> seenIds;
    seenIds.reserve(svctasks.size());
    for (int i = 0; i < svctasks.size(); ++i) {
        const QJsonValue value = svctasks.at(i);
        const int errorsBefore = errors->size();
        const QString path = QStringLiteral("%1[%2]").arg(svcKey).arg(i);
        // Made only for a message: most records have none.
        const auto label = [&] { return recordLabel(svcKey, i, value, QStringLiteral("id")); };
        DecodeError error;
        const auto task = ServiceTaskCodec::decode(value, &error, path);
        if (!task) {
            errors->append(tr("%1: field \"%2\": %3").arg(label(), fieldOf(error.field, path), error.message));
            continue;
        }
        for (const ValidationIssue &issue : Validator::validate(*task))
            errors->append(tr("%1: field \"%2\": %3").arg(label(), issue.field, issue.message));
        // UUIDs are the same whatever their case.
        if (!task->id.isEmpty() && !insertNew(seenIds, task->id.toLower()))
            errors->append(tr("%1: field \"id\": the same id appears earlier in the file.").arg(label()));
        if (errors->size() == errorsBefore)
            sink.serviceTask(i, *task);
    }
}

void TransferDocument::readSeries(const QJsonArray &series, QStringList *errors, const Sink &sink)
{
    const QString seriesKey = QStringLiteral("series");
    QSet<QString> seenSeriesIds;
    QHash<QString, QString> itemOwners; // step or action id -> label of its series
    for (int i = 0; i < series.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(seriesKey).arg(i);
        const QString label = recordLabel(seriesKey, i, series.at(i), QStringLiteral("seriesId"));
        const int errorsBefore = errors->size();
        DecodeError error;
        const auto body = TaskSeriesCodec::decode(series.at(i), &error, path);
        if (!body) {
            errors->append(tr("%1: field \"%2\": %3").arg(label, fieldOf(error.field, path), error.message));
            continue;
        }
        for (const ValidationIssue &issue : Validator::validate(*body))
            errors->append(tr("%1: field \"%2\": %3").arg(label, pathInFile(series.at(i), issue.field), issue.message));
        if (!body->seriesId.isEmpty() && !insertNew(seenSeriesIds, body->seriesId.toLower()))
            errors->append(tr("%1: field \"seriesId\": the same id appears earlier in the file.").arg(label));
        checkItemIdsAcrossSeries(*body, series.at(i), label, &itemOwners, errors);
        if (errors->size() == errorsBefore)
            sink.series(i, *body);
    }
}

// A step or action id that another series of the file already uses: the server keeps
// one item per id, so one of the two series could never be saved there. (Repeats
// inside one series are the Validator's.)
void TransferDocument::checkItemIdsAcrossSeries(const TaskSeries &body, const QJsonValue &inFile, const QString &label,
                                                QHash<QString, QString> *owners, QStringList *errors)
{
    QVector<std::pair<QString, QString>> items; // id, validation path
    for (int s = 0; s < body.steps.size(); ++s) {
        const Step &step = body.steps.at(s);
        items.append({step.seriesId, Validator::stepPath(s) + QStringLiteral(".seriesId")});
        for (int a = 0; a < step.actions.size(); ++a)
            items.append({step.actions.at(a).seriesId, Validator::actionPath(s, a) + QStringLiteral(".seriesId")});
    }
    QSet<QString> mine;
    for (const auto &[id, path] : items) {
        const QString key = id.toLower();
        if (id.isEmpty() || !insertNew(mine, key))
            continue;
        const auto owner = owners->constFind(key);
        if (owner != owners->constEnd())
            errors->append(tr("%1: field \"%2\": the id %3 is already used by a step or action of %4.")
                               .arg(label, pathInFile(inFile, path), id, owner.value()));
        else
            owners->insert(key, label);
    }
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
