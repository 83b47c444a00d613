#pragma once

#include <QObject>

class QWidget;

// Keeps the mouse wheel from changing a value the operator is not working on: spin
// boxes, date-time edits and combos take the wheel only while they have the focus,
// and the wheel never gives them the focus. Otherwise scrolling a form over a field
// would step it (a year moved by ten) and the change would be saved.
//
// An unfocused box passes the wheel on to its parent, so the form still scrolls.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `root` and every spin box, date-time edit and combo inside it now.
    // Call it again for widgets added later; guarding twice is harmless.
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
    static WheelGuard *instance();
    void guard(QWidget *field);
};
