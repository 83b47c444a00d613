#pragma once

#include <QWidget>

#include <optional>

class DurationPartBox;

// Hours, minutes and seconds in three spin boxes; the value is whole seconds
// (ERA's intervalsec). Compact enough to be a table cell editor.
//
// Any box also takes a duration typed as text, read by Duration::parse ("90m",
// "1 ч 30 мин", "01:30:00"): it replaces the whole value. A plain number counts in
// the unit of its box and carries over (90 in the minutes box is 1 h 30 min). Text
// that is no duration, or one out of range, is refused: the value stays as it was,
// the box is tinted and a tooltip says why (refusal()).
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

    // Why the last typed text was refused; empty when it was not.
    QString refusal() const { return m_refusal; }
    // Takes text typed in a box but not committed yet (no Enter, the focus still in it)
    // into the value; false when it was refused. For a view that commits the editor
    // without the focus leaving it (the current row changed by a shortcut).
    bool takeTypedText();

signals:
    // The user changed the value (a step, or typed text that was accepted).
    void secondsChanged(qint64 seconds);
    // Enter was pressed in a box, or the focus left the whole widget: time to commit.
    void editingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DurationPartBox *makeSpin(const QString &objectName, qint64 unitSeconds, int maximum,
                              const QString &suffix, const QString &accessibleName);
    // What the typed text of `box` means as a whole duration, or a refusal message.
    std::optional<qint64> readTyped(const DurationPartBox *box, QString *refusal) const;
    // Takes the typed text of `box` into the value; false when it was refused.
    bool commitTyped(DurationPartBox *box);
    void showRefusal(DurationPartBox *box, const QString &message);
    void clearRefusal();
    void onValueChanged();
    void onSpinEditingFinished();

    DurationPartBox *m_hours = nullptr;
    DurationPartBox *m_minutes = nullptr;
    DurationPartBox *m_seconds = nullptr;
    bool m_updating = false;
    QString m_refusal;
};
