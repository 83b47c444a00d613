#include "widgets/ExceptionBox.h"

#include "widgets/LocalDateTimeEdit.h"
#include "widgets/RecurrenceEditor.h"
#include "widgets/RecurrenceTexts.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

ExceptionBox::ExceptionBox(int rowHeight, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exceptionBox"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("exceptionList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(RecurrenceEditor::tr("Exceptions"));
    m_list->setToolTip(
        RecurrenceEditor::tr("Dates on which the series does not occur (local time)"));
    m_list->setMinimumHeight(rowHeight * 2 + 6);
    m_list->setMaximumHeight(rowHeight * 3 + 6);
    m_removeAction = new QAction(RecurrenceEditor::tr("Remove exception"), m_list);
    m_removeAction->setObjectName(QStringLiteral("removeExceptionAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_removeAction);
    m_dateEdit = new LocalDateTimeEdit(QStringLiteral("exceptionEdit"), this);
    m_dateEdit->setAccessibleName(RecurrenceEditor::tr("Exception date (local time)"));
    m_dateEdit->setToolTip(RecurrenceEditor::tr("An occurrence to skip (local time)"));
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addExceptionButton"));
    m_add->setText(RecurrenceEditor::tr("Add"));
    m_add->setToolTip(RecurrenceEditor::tr("Skip the occurrence at this date and time"));
    m_add->setFocusPolicy(Qt::StrongFocus);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeExceptionButton"));
    m_remove->setText(RecurrenceEditor::tr("Remove"));
    m_remove->setToolTip(RecurrenceEditor::tr("Remove the selected exceptions (Delete)"));
    m_remove->setFocusPolicy(Qt::StrongFocus);
    auto *exceptionButtons = new QHBoxLayout;
    exceptionButtons->setContentsMargins(0, 0, 0, 0);
    exceptionButtons->addWidget(m_dateEdit, 1);
    exceptionButtons->addWidget(m_add);
    exceptionButtons->addWidget(m_remove);
    auto *exceptionLayout = new QVBoxLayout(this);
    exceptionLayout->setContentsMargins(0, 0, 0, 0);
    exceptionLayout->setSpacing(2);
    exceptionLayout->addWidget(m_list);
    exceptionLayout->addLayout(exceptionButtons);
}

void ExceptionBox::showEntries(const QList<Recurrence::Exception> &entries)
{
    m_list->clear();
    for (const Recurrence::Exception &e : entries) {
        auto *item = new QListWidgetItem(RecurrenceTexts::display(e.at, e.wholeDay), m_list);
        item->setData(RecurrenceEditor::InstantRole, e.at);
        item->setToolTip(e.wholeDay ? RecurrenceEditor::tr("Every occurrence on %1 (UTC)")
                                          .arg(e.at.date().toString(Qt::ISODate))
                                    : RecurrenceTexts::utc(e.at));
    }
}
