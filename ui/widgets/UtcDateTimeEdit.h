#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

// An optional point in time, kept in UTC (as the servers want it) and shown in local
// time (as people read it). "No date" makes the value empty.
class UtcDateTimeEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QDateTime dateTime READ dateTime WRITE setDateTime NOTIFY dateTimeEdited USER true)

public:
    explicit UtcDateTimeEdit(QWidget *parent = nullptr);

    // A UTC QDateTime, or an invalid one for "no date".
    QDateTime dateTime() const;
    // Any time spec (shown in local time); an invalid QDateTime means "no date".
    // Does not emit dateTimeEdited.
    void setDateTime(const QDateTime &dateTime);

    bool isEmpty() const;

signals:
    // The user committed a change: Enter, leaving the date box, a date picked in the
    // calendar, or "No date" toggled. Never on every keystroke.
    void dateTimeEdited(const QDateTime &dateTime);
    // Enter was pressed or the focus left the whole widget: time for a cell editor to commit.
    void editingFinished();

private:
    void commit();
    void onEditEditingFinished();
    void onNoDateToggled(bool noDate);
    void onFocusChanged(QWidget *old, QWidget *now);
    bool holds(const QWidget *widget) const;
    void updateView();

    QDateTimeEdit *m_edit = nullptr;
    QCheckBox *m_noDate = nullptr;
    QDateTime m_committed; // UTC or invalid: what the outside world last saw
    bool m_updating = false;
};
