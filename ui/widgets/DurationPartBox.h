#pragma once

#include <QSpinBox>

// One box (hours, minutes or seconds) of a DurationEdit. While the operator types,
// it takes any text that may still become a duration ("90" in the minutes box,
// "90m", "1 ч 30 мин", "01:30:00"), not only a number of its own range: a
// character refused on the spot would silently change what was meant ("90" read as
// "9"). DurationEdit reads the typed text when it is committed.
class DurationPartBox : public QSpinBox
{
    Q_OBJECT

public:
    DurationPartBox(qint64 unitSeconds, QWidget *parent = nullptr);

    // Seconds in one of this box's units (3600 for the hours box).
    qint64 unitSeconds() const { return m_unitSeconds; }
    // The text as typed, without the unit suffix and surrounding spaces.
    QString typedText() const;
    // The typed text is exactly what the box shows for its value.
    bool showsItsValue() const;

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 m_unitSeconds;
};
