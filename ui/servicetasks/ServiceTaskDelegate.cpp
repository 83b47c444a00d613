#include "ServiceTaskDelegate.h"

#include "domain/EnumCatalog.h"
#include "domain/ServiceTask.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DurationEdit.h"
#include "widgets/UtcDateTimeEdit.h"
#include "widgets/WheelGuard.h"

#include <QLineEdit>
#include <QPointer>

using Model = ServiceTaskTableModel;

QWidget *ServiceTaskDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    switch (index.column()) {
    case Model::SiteMode:
        editor = new CodeComboBox(EnumCatalog::siteModes(), parent);
        break;
    case Model::Schedule:
        editor = new CodeComboBox(EnumCatalog::schedules(), parent);
        break;
    case Model::Interval: {
        auto *duration = new DurationEdit(parent);
        connect(duration, &DurationEdit::editingFinished, this, [this, duration] { finish(duration); });
        editor = duration;
        break;
    }
    case Model::Start:
    case Model::Stop: {
        auto *date = new UtcDateTimeEdit(parent);
        connect(date, &UtcDateTimeEdit::editingFinished, this, [this, date] { finish(date); });
        editor = date;
        break;
    }
    case Model::Sites: {
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(tr("SITE1, SITE2"));
        line->setToolTip(tr("Sites separated by commas"));
        editor = line;
        break;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setAutoFillBackground(true);
    WheelGuard::protect(editor);
    return editor;
}

void ServiceTaskDelegate::finish(QWidget *editor) const
{
    // Compound editors: the view cannot see focus leave them, so they say when they
    // are done. Close after the key that ended the edit (Enter) has been handled, so
    // the view does not take that key as "edit again"; an editor the view already
    // closed is hidden by then and left alone.
    QPointer<QWidget> guard(editor);
    auto *self = const_cast<ServiceTaskDelegate *>(this);
    QMetaObject::invokeMethod(self, [self, guard] {
        if (!guard || !guard->isVisible())
            return;
        emit self->commitData(guard);
        emit self->closeEditor(guard, QAbstractItemDelegate::NoHint);
    }, Qt::QueuedConnection);
}

void ServiceTaskDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<CodeComboBox *>(editor))
        combo->setCode(value.toString());
    else if (auto *duration = qobject_cast<DurationEdit *>(editor))
        duration->setSeconds(value.toLongLong());
    else if (auto *date = qobject_cast<UtcDateTimeEdit *>(editor))
        date->setDateTime(value.toDateTime());
    else if (index.column() == Model::Sites)
        static_cast<QLineEdit *>(editor)->setText(value.toStringList().join(QStringLiteral(", ")));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ServiceTaskDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<CodeComboBox *>(editor))
        model->setData(index, combo->code(), Qt::EditRole);
    else if (auto *duration = qobject_cast<DurationEdit *>(editor)) {
        // Text still being typed is what the operator meant, not the value before it.
        if (duration->takeTypedText())
            model->setData(index, duration->seconds(), Qt::EditRole);
    }
    else if (auto *date = qobject_cast<UtcDateTimeEdit *>(editor))
        model->setData(index, date->dateTime(), Qt::EditRole);
    else if (index.column() == Model::Sites)
        model->setData(index, ServiceTask::splitSites(static_cast<QLineEdit *>(editor)->text()), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void ServiceTaskDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    // Compound editors need more room than a cell; let them grow to their size hint.
    QRect rect = option.rect;
    const QSize hint = editor->sizeHint();
    rect.setWidth(qMax(rect.width(), hint.width()));
    rect.setHeight(qMax(rect.height(), hint.height()));
    editor->setGeometry(rect);
    Q_UNUSED(index)
}
