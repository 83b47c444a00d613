#pragma once

#include <QObject>
#include <QSet>

class QHeaderView;
class QMenu;
class QPoint;

// The columns of a table, from its header's context menu: each column can be shown
// or hidden, and "Default columns" brings back `defaultHidden`. Columns are
// reordered by dragging their headers. The first logical column (the name) is never
// hidden and stays first, so a row is always known when the table scrolls sideways.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    ColumnChooser(QHeaderView *header, const QSet<int> &defaultHidden);

    // Shows every column but the default hidden ones, in the model's order.
    void applyDefaults();
    // The menu the header shows on a right click, made anew each time.
    QMenu *createMenu(QWidget *parent);

private:
    void showMenu(const QPoint &at);
    void keepNameFirst();

    QHeaderView *m_header;
    QSet<int> m_defaultHidden;
};
