#include "widgets/StatusBar.h"

#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

namespace {

// The room between the end of a message and the first permanent widget.
constexpr int kGap = 16;
constexpr int kLeftMargin = 6;

} // namespace

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        setToolTip(message);
    });
}

QList<QWidget *> StatusBar::widgetsOnShow() const
{
    // While a message is on show Qt hides the normal widgets: those left are the permanent ones.
    QList<QWidget *> shown;
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !qobject_cast<QSizeGrip *>(child))
            shown.append(child);
    }
    return shown;
}

QRect StatusBar::messageArea() const
{
    int right = width() - kLeftMargin;
    for (QWidget *widget : widgetsOnShow())
        right = qMin(right, widget->x() - kGap);
    return QRect(kLeftMargin, 0, qMax(0, right - kLeftMargin), height());
}

QString StatusBar::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageArea().width());
}

void StatusBar::paintEvent(QPaintEvent *event)
{
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    for (QWidget *widget : widgetsOnShow()) {
        QStyleOption frame;
        frame.rect = widget->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        frame.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &painter, widget);
    }
    painter.setPen(palette().windowText().color());
    painter.drawText(messageArea(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}
