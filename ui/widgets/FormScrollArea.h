#pragma once

#include <QScrollArea>

// The scroll area of a record form. Its minimum width is the width the form's fields need
// with the vertical scroll bar beside them, so a splitter never squeezes the form below it:
// a form just at its minimum scrolled a few pixels sideways as soon as it grew taller than
// the window (the Pending changes dock below the pages, at 1024 px in Russian).
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
};
