#include "widgets/FormScrollArea.h"

#include <QEvent>
#include <QScrollBar>

QSize FormScrollArea::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    if (widget()) {
        const int fields = widget()->minimumSizeHint().width();
        hint.setWidth(qMax(hint.width(), fields + verticalScrollBar()->sizeHint().width() + 2 * frameWidth()));
    }
    return hint;
}

bool FormScrollArea::event(QEvent *event)
{
    // The fields' minimum changes with the record and the language: the splitter asks again.
    if (event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::event(event);
}
