#include "io/DocumentImporter.h"

#include "io/TransferDocument.h"
#include "storage/ServiceTaskBatch.h"
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
    return importBytes(std::move(content));
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
    return importBytes(json);
}

bool DocumentImporter::importBytes(QByteArray json)
{
    m_errors.clear();
    m_counts = Counts();
    if (json.size() > maxDocumentBytes) {
        refuseTooLarge(QString());
        return false;
    }
    const auto root = TransferDocument::readRoot(json, &m_errors);
    json = QByteArray(); // the parsed tree holds what is needed; 44 MB for 100 000 tasks
    return root && importRecords(*root);
}

bool DocumentImporter::importRecords(const QJsonObject &root)
{
    Transaction tx(m_db);
    ServiceTaskBatch batch(m_tasks, TransferDocument::serviceTaskCount(root));
    if (!tx.isActive() || !batch.isActive()) {
        m_errors.append(tr("Cannot write to the database: %1").arg(tx.isActive() ? batch.errorString() : tx.errorString()));
        return false;
    }
    bool writing = true;
    const TransferDocument::Sink write{
        [&](int i, const ServiceTask &task) { writing = writing && writeServiceTask(batch, i, task); },
        [&](int i, const TaskSeries &body) { writing = writing && writeSeries(i, body); }};
    const bool valid = TransferDocument::readRecords(root, &m_errors, write);
    if (!valid || !writing || !finish(tx, batch)) {
        m_counts = Counts();
        return false; // tx and batch roll back everything written so far
    }
    return true;
}

bool DocumentImporter::writeServiceTask(ServiceTaskBatch &batch, int index, const ServiceTask &task)
{
    // Only records that passed every check get here, so each is valid.
    switch (batch.writeLocal(task, true)) {
    case ServiceTaskBatch::Outcome::Created: ++m_counts.svctasksCreated; return true;
    case ServiceTaskBatch::Outcome::Replaced: ++m_counts.svctasksReplaced; return true;
    case ServiceTaskBatch::Outcome::Failed: break;
    }
    m_errors.append(tr("svctasks[%1]: cannot be stored: %2").arg(index).arg(batch.errorString()));
    return false;
}

bool DocumentImporter::writeSeries(int index, const TaskSeries &body)
{
    const auto existing = m_series.localIdForSeriesId(body.seriesId);
    const bool ok = existing ? m_series.saveLocal(*existing, body) : m_series.create(body).has_value();
    if (!ok) {
        m_errors.append(tr("series[%1]: cannot be stored: %2").arg(index).arg(m_series.errorString()));
        return false;
    }
    ++(existing ? m_counts.seriesReplaced : m_counts.seriesCreated);
    return true;
}

bool DocumentImporter::finish(Transaction &tx, ServiceTaskBatch &batch)
{
    if (!batch.commit()) {
        m_errors.append(tr("Cannot write to the database: %1").arg(batch.errorString()));
        return false;
    }
    if (!tx.commit()) {
        m_errors.append(tr("Cannot write to the database: %1").arg(tx.errorString()));
        return false;
    }
    return true;
}

bool DocumentImporter::importDocument(const TransferDocument &document)
{
    m_errors.clear();
    m_counts = Counts();
    Transaction tx(m_db);
    ServiceTaskBatch batch(m_tasks, document.svctasks.size());
    if (!tx.isActive() || !batch.isActive()) {
        m_errors.append(tr("Cannot write to the database: %1").arg(tx.isActive() ? batch.errorString() : tx.errorString()));
        return false;
    }
    bool ok = true;
    for (int i = 0; ok && i < document.svctasks.size(); ++i)
        ok = writeServiceTask(batch, i, document.svctasks.at(i));
    for (int i = 0; ok && i < document.series.size(); ++i)
        ok = writeSeries(i, document.series.at(i));
    if (!ok || !finish(tx, batch)) {
        m_counts = Counts();
        return false;
    }
    return true;
}
