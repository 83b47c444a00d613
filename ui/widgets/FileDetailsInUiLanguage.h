#pragma once

#include <QIdentityProxyModel>

class QFileSystemModel;

// Qt's own file dialog writes file sizes and dates with the system locale, so a
// Russian interface on an English system showed "Dec" and "KiB". This proxy, set on
// the dialog, writes them in the UI language (the default QLocale), as the rest of
// the window does.
class FileDetailsInUiLanguage : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit FileDetailsInUiLanguage(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const QFileSystemModel *files() const;
};
