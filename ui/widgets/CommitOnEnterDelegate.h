#pragma once

#include <QStyledItemDelegate>

// An item delegate whose editor takes Enter for itself: the typed value is committed
// at once and the editor closed, and the key goes no further. In a dialog with a
// default button, Enter would otherwise press that button before the view commits
// the editor (it does so a moment later), acting on the old value.
class CommitOnEnterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};
