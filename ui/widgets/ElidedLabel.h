#pragma once

#include <QLabel>

// A one-line label that gives up room when the window is narrow: the text is cut with
// "…" (the whole of it in the tooltip) instead of pushing its neighbours off the edge.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    ElidedLabel(const QString &text, Qt::TextElideMode mode, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    // Added to the tooltip under the full text.
    void setNote(const QString &note);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
    QString m_note;
    Qt::TextElideMode m_mode;
};
