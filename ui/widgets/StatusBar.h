#pragma once

#include <QStatusBar>

// The window's status bar. A temporary message (a failed sync's summary) is drawn
// only left of the permanent widgets, with a gap, and cut with "…" where it does not
// fit, its whole text in the tooltip; Qt's own drawing runs it up to the counts.
class StatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusBar(QWidget *parent = nullptr);

    // Where the message is drawn, and what of it is on show.
    QRect messageArea() const;
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QWidget *> widgetsOnShow() const;
};
