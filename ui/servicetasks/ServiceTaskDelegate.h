#pragma once

#include <QStyledItemDelegate>

// The right editor for each service task column: code combos for sitemode and
// schedule, a duration editor for the interval, local-time date editors for the
// UTC dates, a comma-separated line for the sites.
class ServiceTaskDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    void finish(QWidget *editor) const;
};
