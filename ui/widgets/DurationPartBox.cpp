#include "widgets/DurationPartBox.h"

#include <QLineEdit>
#include <QRegularExpression>

DurationPartBox::DurationPartBox(qint64 unitSeconds, QWidget *parent)
    : QSpinBox(parent)
    , m_unitSeconds(unitSeconds)
{
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
