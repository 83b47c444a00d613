#include "io/DocumentImporter.h"

#include "io/ImportQueue.h"
#include "io/TransferDocument.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/ServiceTaskColumns.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <memory>
#include <utility>

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
    // Straight into one buffer: chunks read apart and appended cost a copy of the whole
    // file and fresh pages for every chunk.
    constexpr qint64 chunk = 4 * 1024 * 1024;
    constexpr qint64 cap = maxDocumentBytes + 1;
    qint64 used = 0;
    while (used < cap) {
        const qint64 wanted = qMin(qMax(chunk, file.size() - used), cap - used);
        content->resize(used + wanted);
        const qint64 got = file.read(content->data() + used, wanted);
        if (got < 0) {
            content->clear();
            m_errors.append(tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
            return false;
        }
        used += got;
        content->resize(used);
        if (got == 0)
            return true; // the end
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
    auto root = TransferDocument::readRoot(json, &m_errors);
    json = QByteArray(); // the parsed tree holds what is needed; 44 MB for 100 000 tasks
    return root && importRecords(std::move(*root));
}

bool DocumentImporter::importRecords(QJsonObject root)
{
    Transaction tx(m_db);
    ServiceTaskBatch batch(m_tasks, TransferDocument::serviceTaskCount(root));
    if (!tx.isActive() || !batch.isActive()) {
        m_errors.append(tr("Cannot write to the database: %1").arg(tx.isActive() ? batch.errorString() : tx.errorString()));
        return false;
    }
    // Decoding, checking and encoding each record take about as long as SQLite takes to
    // write it: another thread does them while this one writes.
    ImportQueue queue;
    std::atomic<bool> writing{true};
    QStringList readErrors;
    bool valid = false;
    const QString modifiedAt = batch.modifiedAt();
    std::unique_ptr<QThread> reader(QThread::create([&] {
        valid = readInto(root, modifiedAt, writing, queue, &readErrors);
    }));
    reader->start();
    ImportQueue::Chunk chunk;
    while (queue.pop(&chunk)) {
        for (const ImportQueue::Record &record : std::as_const(chunk)) {
            if (writing)
                writing = record.isSeries ? writeSeries(record.index, record.series)
                                          : writeServiceTask(batch, record.index, record.task, record.columns);
        }
    }
    reader->wait();
    // The parsed tree (about four times the document) is not needed any more: its
    // memory goes to the page cache the commit's index builds read the table through.
    root = QJsonObject();
    m_errors += readErrors; // a failed write stops the writing, not the checks, which follow it
    if (!valid || !writing || !finish(tx, batch)) {
        m_counts = Counts();
        return false; // tx and batch roll back everything written so far
    }
    return true;
}

// On the reading thread: every record decoded and checked, the good ones queued (while
// the document is without a problem so far and the writer has not failed).
bool DocumentImporter::readInto(const QJsonObject &root, const QString &modifiedAt, const std::atomic<bool> &writing,
                                ImportQueue &queue, QStringList *errors)
{
    constexpr int kChunk = 256;
    ImportQueue::Chunk chunk;
    const auto queued = [&](ImportQueue::Record record) {
        chunk.append(std::move(record));
        if (chunk.size() >= kChunk)
            queue.push(std::exchange(chunk, ImportQueue::Chunk()));
    };
    const TransferDocument::Sink sink{
        [&](int i, const ServiceTask &task) {
            if (!writing)
                return;
            ImportQueue::Record record;
            record.index = i;
            record.task = ServiceTaskBatch::identified(task);
            record.columns = ServiceTaskColumns::values(record.task, true, modifiedAt); // checked: valid
            queued(std::move(record));
        },
        [&](int i, const TaskSeries &body) {
            if (!writing)
                return;
            ImportQueue::Record record;
            record.index = i;
            record.isSeries = true;
            record.series = body;
            queued(std::move(record));
        }};
    const bool valid = TransferDocument::readRecords(root, errors, sink);
    if (!chunk.isEmpty())
        queue.push(std::move(chunk));
    queue.close();
    return valid;
}

bool DocumentImporter::writeServiceTask(ServiceTaskBatch &batch, int index, const ServiceTask &task,
                                        const QVariantList &columns)
{
    // Only records that passed every check get here, so each is valid.
    return counted(batch.writeLocal(task, columns), batch, index);
}

bool DocumentImporter::counted(ServiceTaskBatch::Outcome outcome, const ServiceTaskBatch &batch, int index)
{
    switch (outcome) {
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
        ok = counted(batch.writeLocal(document.svctasks.at(i), true), batch, i);
    for (int i = 0; ok && i < document.series.size(); ++i)
        ok = writeSeries(i, document.series.at(i));
    if (!ok || !finish(tx, batch)) {
        m_counts = Counts();
        return false;
    }
    return true;
}
