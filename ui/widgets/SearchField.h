#pragma once

#include <QLineEdit>

class QTimer;
class RecordTableModel;

// The search field above a table: filters the model as the user types, after a
// short pause (typing stays fluid on big databases), at once on Enter; Esc clears it.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    SearchField(RecordTableModel *model, QWidget *parent = nullptr);

    // Applies the text now (no pause); clearNow() also empties it.
    void applyNow();
    void clearNow();
    void focusForSearch();

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    // Enter was pressed: the caller moves on to the table.
    void submitted();

private:
    RecordTableModel *m_model;
    QTimer *m_pause;
};
