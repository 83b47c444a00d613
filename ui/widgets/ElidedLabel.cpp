#include "widgets/ElidedLabel.h"

#include <QResizeEvent>

namespace {

// Enough to tell what the text is about, not so much that it crowds the others out.
constexpr int kMinimumCharacters = 8;

} // namespace

ElidedLabel::ElidedLabel(const QString &text, Qt::TextElideMode mode, QWidget *parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setFullText(text);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setNote(m_note);
    updateGeometry();
    elide();
}

void ElidedLabel::setNote(const QString &note)
{
    m_note = note;
    setToolTip(m_note.isEmpty() ? m_fullText : m_fullText + QLatin1Char('\n') + m_note);
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + m.left() + m.right(),
            QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const int least = fontMetrics().averageCharWidth() * kMinimumCharacters;
    return {qMin(least, sizeHint().width()), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, m_mode, contentsRect().width() - 2 * margin());
    if (shown != text())
        setText(shown);
}
