#include "widgets/CompactToolBar.h"

#include <QActionEvent>
#include <QLayout>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

CompactToolBar::CompactToolBar(QWidget *parent)
    : QToolBar(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

int CompactToolBar::widthWithWords() const
{
    // A probe measures each button as it would be with words, whatever the style now is.
    QToolButton probe;
    probe.setAutoRaise(true);
    probe.setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    probe.setIconSize(iconSize());
    const int spacing = layout() ? layout()->spacing() : 0;
    const QMargins margins = contentsMargins() + (layout() ? layout()->contentsMargins() : QMargins());
    int width = margins.left() + margins.right() + style()->pixelMetric(QStyle::PM_ToolBarHandleExtent, nullptr, this);
    for (const QAction *action : actions()) {
        if (!action->isVisible())
            continue;
        if (action->isSeparator()) {
            width += style()->pixelMetric(QStyle::PM_ToolBarSeparatorExtent, nullptr, this) + spacing;
            continue;
        }
        probe.setText(action->iconText());
        probe.setIcon(action->icon());
        width += probe.sizeHint().width() + spacing;
    }
    return width;
}

void CompactToolBar::resizeEvent(QResizeEvent *event)
{
    QToolBar::resizeEvent(event);
    fitStyle();
}

// A longer word ("Remove action" for "Remove step") or another language can change the fit.
void CompactToolBar::actionEvent(QActionEvent *event)
{
    QToolBar::actionEvent(event);
    if (event->type() == QEvent::ActionChanged || event->type() == QEvent::ActionAdded)
        QTimer::singleShot(0, this, &CompactToolBar::fitStyle);
}

void CompactToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitStyle();
}

void CompactToolBar::fitStyle()
{
    const Qt::ToolButtonStyle fitting =
        width() >= widthWithWords() ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (toolButtonStyle() != fitting)
        setToolButtonStyle(fitting);
}
