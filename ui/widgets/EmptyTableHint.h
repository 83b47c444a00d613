#pragma once

#include <QLabel>

class QAbstractItemView;
class RecordTableModel;

// Words in the middle of a table that a filter has left without a row: a search that
// matches nothing or "Conflicts only" without a conflict would otherwise look like a
// broken or emptied database. (An empty database has the WelcomePane instead.)
class EmptyTableHint : public QLabel
{
    Q_OBJECT

public:
    // `noMatch` names the records, with %1 for the search text: "No tasks match “%1”".
    EmptyTableHint(QAbstractItemView *view, RecordTableModel *model, const QString &noMatch);

    // What the table should say for the model's filter; empty when it has rows.
    QString hintText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QAbstractItemView *m_view;
    RecordTableModel *m_model;
    QString m_noMatch;
};
