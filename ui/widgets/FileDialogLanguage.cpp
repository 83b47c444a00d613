#include "widgets/FileDialogLanguage.h"

#include "widgets/FileDetailsInUiLanguage.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>

void FileDialogLanguage::install()
{
    if (!qApp || qApp->findChild<FileDialogLanguage *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new FileDialogLanguage(qApp));
}

bool FileDialogLanguage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto *dialog = qobject_cast<QFileDialog *>(watched);
    // A native dialog has no file model of Qt's: nothing to set the proxy on. A dialog
    // with a proxy already (this one, or its caller's) keeps it.
    if (dialog && dialog->findChild<QFileSystemModel *>() && !dialog->proxyModel())
        dialog->setProxyModel(new FileDetailsInUiLanguage(dialog));
    return false;
}
