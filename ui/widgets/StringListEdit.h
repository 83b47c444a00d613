#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

// An ordered list of short strings (ERA `sites`): edit in place, add, remove, reorder.
// Items are trimmed; empty ones are dropped.
class StringListEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QStringList items READ items WRITE setItems NOTIFY itemsEdited USER true)

public:
    explicit StringListEdit(QWidget *parent = nullptr);

    QStringList items() const;
    // Does not emit itemsEdited.
    void setItems(const QStringList &items);

signals:
    // Once per committed user change (an item edited, added, removed or moved).
    void itemsEdited(const QStringList &items);

private:
    QToolButton *makeButton(const QString &objectName, const QString &text, const QString &toolTip);
    void addItem();
    void removeCurrentItem();
    void moveCurrentItem(int delta);
    void dropEmptyItems();
    void commit();
    void updateButtons();

    QListWidget *m_list = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QStringList m_committed; // what the outside world last saw
    bool m_updating = false;
};
