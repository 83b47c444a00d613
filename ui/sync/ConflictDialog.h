#pragma once

#include "sync/ConflictResolver.h"

#include <QDialog>
#include <QJsonObject>
#include <QVector>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableWidget;
class Workspace;

// The records in Conflict (service tasks, then series), and for the selected one each conflicting field with
// base / mine / theirs side by side and a choice per field: keep mine, take theirs,
// or edit the value. The dialog only shows and collects choices: ConflictResolver finds
// the records and writes the result. Shown with open() (non-blocking), so tests drive it
// through its widgets and methods.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Mine, Theirs, Edit };
    enum Column { FieldColumn, BaseColumn, MineColumn, TheirsColumn, ChoiceColumn, ResultColumn, ColumnCount };

    explicit ConflictDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the records in Conflict again (keeps the choices of those still there).
    void reload();
    int recordCount() const { return int(m_records.size()); }
    int currentRecord() const;
    void selectRecord(int index);

    QListWidget *recordList() const { return m_list; }
    QTableWidget *fieldTable() const { return m_table; }
    QComboBox *choiceCombo(int fieldRow) const;
    // The row of a conflict path ("name", "opts.title", "record"…) for the record shown, or -1.
    int fieldRow(const QString &path) const;

    void setChoice(int fieldRow, Choice choice);
    void setEditedValue(int fieldRow, const QString &text);
    // Every field of the record shown.
    void chooseAll(Choice choice);
    // Writes the record shown; false (and the reason shown) if a value cannot be used.
    bool applyCurrent();
    // Every record at once with Mine or Theirs; returns how many were resolved.
    int resolveAll(Choice choice);
    QString message() const;
    // Asks before dropping edited values not applied yet (Escape, Close, the window's X).
    void reject() override;

signals:
    // After each resolved record (the window recounts its conflicts).
    void resolved();

private:
    struct Record
    {
        ConflictRecord data;
        QVector<Choice> choices;
        QVector<QString> edits;    // the text of an edited value, per conflict
    };

    void createFieldPane(QSplitter *splitter);
    void connectChoices();
    void showRecord(int index);
    void showMessage(const QString &text, bool error);
    void chooseForSelection(Choice choice);
    void refreshResult(int row);
    void resolveAllAsked(Choice choice);
    bool apply(Record &record, QString *error);
    bool editable(const FieldConflict &conflict) const;
    std::optional<QJsonValue> valueOf(const Record &record, int conflict, QString *error) const;
    QString display(const FieldConflict &conflict, const QJsonValue &value) const;
    void removeRecord(int index);
    // Whether the record, once resolved, still has something for the next sync to send.
    bool leftToSend(const ConflictRecord &record) const;

    Workspace &m_workspace;
    ConflictResolver m_resolver;
    QVector<Record> m_records;
    int m_shown = -1;
    bool m_filling = false;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_editValue = nullptr;
    QPushButton *m_keepAllMine = nullptr;
    QPushButton *m_takeAllTheirs = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_keepMineEverywhere = nullptr;
    QPushButton *m_takeTheirsEverywhere = nullptr;
};
