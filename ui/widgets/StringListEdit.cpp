#include "widgets/StringListEdit.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QListWidget>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

StringListEdit::StringListEdit(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("itemsList"));
    m_list->setAccessibleName(tr("Items"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);

    m_addButton = makeButton(QStringLiteral("addButton"), tr("Add"), tr("Add an item (Insert)"));
    m_removeButton = makeButton(QStringLiteral("removeButton"), tr("Remove"),
                                tr("Remove the selected item (Delete)"));
    m_upButton = makeButton(QStringLiteral("moveUpButton"), tr("Move up"),
                            tr("Move the selected item up (Ctrl+Up)"));
    m_downButton = makeButton(QStringLiteral("moveDownButton"), tr("Move down"),
                              tr("Move the selected item down (Ctrl+Down)"));

    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("buttonsLayout"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("stringListLayout"));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    setFocusProxy(m_list);
    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_upButton);
    setTabOrder(m_upButton, m_downButton);

    connect(m_addButton, &QToolButton::clicked, this, &StringListEdit::addItem);
    connect(m_removeButton, &QToolButton::clicked, this, &StringListEdit::removeCurrentItem);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveCurrentItem(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveCurrentItem(+1); });

    // Shortcuts only while the list itself has the focus: the item editor keeps its
    // own Delete, and several of these widgets can share a window.
    const auto listShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_list, slot, Qt::WidgetShortcut);
        Q_UNUSED(shortcut)
    };
    listShortcut(QKeySequence(Qt::Key_Delete), [this] { removeCurrentItem(); });
    listShortcut(QKeySequence(Qt::Key_Insert), [this] { addItem(); });
    listShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrentItem(-1); });
    listShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrentItem(+1); });

    // An edit is committed through the item's data; an editor closed on an empty item
    // (a cancelled Add, or text erased) leaves a row that is dropped here.
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            commit();
    });
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        dropEmptyItems();
        commit();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &StringListEdit::updateButtons);
    updateButtons();
}

QToolButton *StringListEdit::makeButton(const QString &objectName, const QString &text,
                                        const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Taking the focus on a click closes (and commits) an open item editor first.
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

QStringList StringListEdit::items() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString text = m_list->item(row)->text().trimmed();
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

void StringListEdit::setItems(const QStringList &items)
{
    m_updating = true;
    m_list->clear();
    for (const QString &text : items) {
        if (text.trimmed().isEmpty())
            continue;
        auto *item = new QListWidgetItem(text.trimmed(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_updating = false;
    m_committed = this->items();
    updateButtons();
}

void StringListEdit::addItem()
{
    dropEmptyItems();
    m_updating = true;
    auto *item = new QListWidgetItem(m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_updating = false;
    m_list->setCurrentItem(item);
    m_list->setFocus(Qt::OtherFocusReason);
    // Nothing is emitted yet: the new item counts once it has text.
    m_list->editItem(item);
    updateButtons();
}

void StringListEdit::removeCurrentItem()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    commit();
    updateButtons();
}

void StringListEdit::moveCurrentItem(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    m_updating = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_updating = false;
    m_list->setCurrentRow(target);
    commit();
    updateButtons();
}

void StringListEdit::dropEmptyItems()
{
    m_updating = true;
    for (int row = m_list->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = m_list->item(row);
        const QString trimmed = item->text().trimmed();
        if (trimmed.isEmpty())
            delete m_list->takeItem(row);
        else if (trimmed != item->text())
            item->setText(trimmed);
    }
    m_updating = false;
    updateButtons();
}

void StringListEdit::commit()
{
    const QStringList current = items();
    if (current == m_committed)
        return;
    m_committed = current;
    emit itemsEdited(current);
}

void StringListEdit::updateButtons()
{
    const int row = m_list->currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_list->count() - 1);
}
