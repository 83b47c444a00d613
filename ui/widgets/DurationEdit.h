#pragma once

#include <QWidget>

class QSpinBox;

// Hours, minutes and seconds in three spin boxes; the value is whole seconds
// (ERA's intervalsec). Compact enough to be a table cell editor.
class DurationEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qint64 seconds READ seconds WRITE setSeconds NOTIFY secondsChanged USER true)

public:
    explicit DurationEdit(QWidget *parent = nullptr);

    qint64 seconds() const;
    // Clamped to 0..maximumSeconds(). Does not emit secondsChanged.
    void setSeconds(qint64 seconds);

    static qint64 maximumSeconds();

signals:
    // The user changed the value (a step, or typed text that was accepted).
    void secondsChanged(qint64 seconds);
    // Enter was pressed in a box, or the focus left the whole widget: time to commit.
    void editingFinished();

private:
    QSpinBox *makeSpin(const QString &objectName, int maximum, const QString &suffix,
                       const QString &accessibleName);
    void onValueChanged();
    void onSpinEditingFinished();

    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_seconds = nullptr;
    bool m_updating = false;
};
