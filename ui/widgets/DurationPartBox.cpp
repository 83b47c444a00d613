#include "widgets/DurationPartBox.h"

#include <QEvent>
#include <QLineEdit>
#include <QRegularExpression>

DurationPartBox::DurationPartBox(qint64 unitSeconds, QWidget *parent)
    : QSpinBox(parent)
    , m_unitSeconds(unitSeconds)
{
    lineEdit()->installEventFilter(this);
}

QString DurationPartBox::typedText() const
{
    return cleanText().trimmed();
}

bool DurationPartBox::showsItsValue() const
{
    return lineEdit()->text() == textFromValue(value()) + suffix();
}

QValidator::State DurationPartBox::validate(QString &text, int &pos) const
{
    // QSpinBox::validate writes its trimmed reading back into the text, which would
    // drop the space just typed in "1 h 30 min"; the text stays as typed.
    QString copy = text;
    int copyPos = pos;
    if (QSpinBox::validate(copy, copyPos) == QValidator::Acceptable)
        return QValidator::Acceptable;
    // Digits, letters of unit names, spaces and the separators Duration::parse reads.
    static const QRegularExpression typeable(QStringLiteral("^[\\s\\d\\p{L}:.,+\\-\\x{2212}]*$"));
    return typeable.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

bool DurationPartBox::eventFilter(QObject *watched, QEvent *event)
{
    // A double-click selects the number wherever it lands. On the unit word it selected
    // nothing the spin box lets be replaced, so "20" typed over "15 min" became 1520 min.
    if (watched == lineEdit() && event->type() == QEvent::MouseButtonDblClick) {
        selectAll();
        return true;
    }
    return QSpinBox::eventFilter(watched, event);
}
