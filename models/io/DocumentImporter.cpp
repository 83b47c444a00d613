#include "io/DocumentImporter.h"

#include "io/TransferDocument.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>

DocumentImporter::DocumentImporter(Database &db, ServiceTaskStore &tasks, TaskSeriesStore &series)
    : m_db(db)
    , m_tasks(tasks)
    , m_series(series)
{
}

bool DocumentImporter::importFile(const QString &path)
{
    m_errors.clear();
    m_counts = Counts();
    const QFileInfo info(path);
    if (info.isDir()) {
        m_errors.append(tr("\"%1\" is a folder, not a file.").arg(path));
        return false;
    }
    if (info.size() > maxDocumentBytes) {
        refuseTooLarge(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(tr("Cannot open \"%1\": %2").arg(path, file.errorString()));
        return false;
    }
    QByteArray content;
    if (!readCapped(file, path, &content))
        return false;
    return importData(content);
}

bool DocumentImporter::readCapped(QFile &file, const QString &path, QByteArray *content)
{
    constexpr qint64 chunk = 4 * 1024 * 1024;
    if (file.size() > 0)
        content->reserve(qMin(file.size(), maxDocumentBytes) + 1);
    while (content->size() <= maxDocumentBytes) {
        const QByteArray part = file.read(chunk);
        if (part.isEmpty()) {
            if (file.error() == QFileDevice::NoError)
                return true; // the end
            m_errors.append(tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
            return false;
        }
        content->append(part);
    }
    content->clear();
    refuseTooLarge(path);
    return false;
}

void DocumentImporter::refuseTooLarge(const QString &path)
{
    const qint64 megabytes = maxDocumentBytes / (1024 * 1024);
    m_errors.append(path.isEmpty()
                        ? tr("The document is larger than %1 MB, the most an import may hold. Split it into "
                             "several documents.").arg(megabytes)
                        : tr("\"%1\" is larger than %2 MB, the most an import may hold. Split it into "
                             "several documents.").arg(path).arg(megabytes));
}

bool DocumentImporter::importData(const QByteArray &json)
{
    m_errors.clear();
    m_counts = Counts();
    if (json.size() > maxDocumentBytes) {
        refuseTooLarge(QString());
        return false;
    }
    const auto document = TransferDocument::parse(json, &m_errors);
    if (!document)
        return false;
    return importDocument(*document);
}

bool DocumentImporter::importDocument(const TransferDocument &document)
{
    m_counts = Counts();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_errors.append(tr("Cannot write to the database: %1").arg(tx.errorString()));
        return false;
    }
    for (int i = 0; i < document.svctasks.size(); ++i) {
        const ServiceTask &task = document.svctasks.at(i);
        const auto existing = task.id.isEmpty() ? std::nullopt : m_tasks.localIdForUuid(task.id);
        const bool ok = existing ? m_tasks.saveLocal(*existing, task) : m_tasks.create(task).has_value();
        if (!ok) {
            m_errors.append(tr("svctasks[%1]: cannot be stored: %2").arg(i).arg(m_tasks.errorString()));
            m_counts = Counts();
            return false; // tx rolls back everything written so far
        }
        ++(existing ? m_counts.svctasksReplaced : m_counts.svctasksCreated);
    }
    for (int i = 0; i < document.series.size(); ++i) {
        const TaskSeries &body = document.series.at(i);
        const auto existing = m_series.localIdForSeriesId(body.seriesId);
        const bool ok = existing ? m_series.saveLocal(*existing, body) : m_series.create(body).has_value();
        if (!ok) {
            m_errors.append(tr("series[%1]: cannot be stored: %2").arg(i).arg(m_series.errorString()));
            m_counts = Counts();
            return false;
        }
        ++(existing ? m_counts.seriesReplaced : m_counts.seriesCreated);
    }
    if (!tx.commit()) {
        m_errors.append(tr("Cannot write to the database: %1").arg(tx.errorString()));
        m_counts = Counts();
        return false;
    }
    return true;
}
