#include "widgets/FileDetailsInUiLanguage.h"

#include <QDateTime>
#include <QFileSystemModel>
#include <QLocale>

namespace {

// QFileSystemModel's columns.
enum Column { SizeColumn = 1, DateColumn = 3 };

} // namespace

FileDetailsInUiLanguage::FileDetailsInUiLanguage(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

const QFileSystemModel *FileDetailsInUiLanguage::files() const
{
    return qobject_cast<const QFileSystemModel *>(sourceModel());
}

QVariant FileDetailsInUiLanguage::data(const QModelIndex &index, int role) const
{
    const QVariant shown = QIdentityProxyModel::data(index, role);
    const QFileSystemModel *model = files();
    // Folders keep what Qt shows for them (no size); only filled cells are rewritten.
    if (role != Qt::DisplayRole || !model || shown.toString().isEmpty())
        return shown;
    const QModelIndex source = mapToSource(index);
    if (index.column() == SizeColumn && !model->isDir(source))
        return QLocale().formattedDataSize(model->size(source));
    if (index.column() == DateColumn)
        return QLocale().toString(model->lastModified(source), QLocale::ShortFormat);
    return shown;
}
