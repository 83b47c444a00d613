#pragma once

#include "storage/RecordHistory.h"

#include <QDialog>
#include <QJsonObject>
#include <QVector>

#include <memory>

class HistorySubject;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// The versions of one record, newest first, under its copy now: pick one (against the
// copy now) or two to read what changed between them in the form's words, and restore a
// version as an ordinary undoable edit. Follows the record while open.
class HistoryWindow : public QDialog
{
    Q_OBJECT

public:
    HistoryWindow(std::unique_ptr<HistorySubject> subject, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    bool isAbout(RecordHistory::Kind kind, qint64 localId) const;

    // Rows of the version list: 0 is the copy now, then the versions newest first.
    QTreeWidget *versionList() const { return m_versions; }
    QListWidget *diffList() const { return m_diff; }

private:
    QWidget *createLimitRow();
    void reload();
    void showDiff();
    void restoreSelected();
    void setLimit(int versions);
    QVector<int> selectedRows() const;

    std::unique_ptr<HistorySubject> m_subject;
    QVector<QJsonObject> m_copies; // per row of m_versions
    QVector<qint64> m_ids;         // per row: the version's id, 0 for the copy now
    QLabel *m_title = nullptr;
    QTreeWidget *m_versions = nullptr;
    QLabel *m_diffTitle = nullptr;
    QListWidget *m_diff = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_limit = nullptr;
    QPushButton *m_restore = nullptr;
};
