#include "widgets/DurationEdit.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QSpinBox>

namespace {
constexpr int maximumHours = 1000000;
}

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent)
{
    //: Suffix of the hours box in a duration editor
    m_hours = makeSpin(QStringLiteral("hoursSpin"), maximumHours, tr("h"), tr("Hours"));
    //: Suffix of the minutes box in a duration editor
    m_minutes = makeSpin(QStringLiteral("minutesSpin"), 59, tr("min"), tr("Minutes"));
    //: Suffix of the seconds box in a duration editor
    m_seconds = makeSpin(QStringLiteral("secondsSpin"), 59, tr("s"), tr("Seconds"));

    auto *layout = new QHBoxLayout(this);
    layout->setObjectName(QStringLiteral("durationLayout"));
    // No margins: the widget must fit in a table cell.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_hours, 2);
    layout->addWidget(m_minutes, 1);
    layout->addWidget(m_seconds, 1);

    setFocusProxy(m_hours);
    setTabOrder(m_hours, m_minutes);
    setTabOrder(m_minutes, m_seconds);
    // A cell editor must hide the cell text under it.
    setAutoFillBackground(true);
    setAccessibleName(tr("Duration"));
    setToolTip(tr("Hours, minutes and seconds"));
}

QSpinBox *DurationEdit::makeSpin(const QString &objectName, int maximum, const QString &suffix,
                                 const QString &accessibleName)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setSuffix(QStringLiteral(" ") + suffix);
    spin->setAccessibleName(accessibleName);
    // Typed digits become the value on Enter or when the box is left, so a user edit
    // is one change, not one per keystroke.
    spin->setKeyboardTracking(false);
    spin->setAlignment(Qt::AlignRight);
    connect(spin, &QSpinBox::valueChanged, this, &DurationEdit::onValueChanged);
    connect(spin, &QSpinBox::editingFinished, this, &DurationEdit::onSpinEditingFinished);
    return spin;
}

qint64 DurationEdit::maximumSeconds()
{
    return qint64(maximumHours) * 3600 + 59 * 60 + 59;
}

qint64 DurationEdit::seconds() const
{
    return qint64(m_hours->value()) * 3600 + m_minutes->value() * 60 + m_seconds->value();
}

void DurationEdit::setSeconds(qint64 seconds)
{
    const qint64 value = qBound<qint64>(0, seconds, maximumSeconds());
    m_updating = true;
    m_hours->setValue(int(value / 3600));
    m_minutes->setValue(int(value % 3600 / 60));
    m_seconds->setValue(int(value % 60));
    m_updating = false;
}

void DurationEdit::onValueChanged()
{
    if (!m_updating)
        emit secondsChanged(seconds());
}

void DurationEdit::onSpinEditingFinished()
{
    // A box emits this on Enter (the focus stays on it) and whenever it loses the focus;
    // moving between our own boxes, or opening a box's context menu, is not the end of
    // editing the duration.
    if (QApplication::activePopupWidget())
        return;
    const QWidget *focus = QApplication::focusWidget();
    const bool movedToSibling = focus != sender()
        && (focus == m_hours || focus == m_minutes || focus == m_seconds);
    if (!movedToSibling)
        emit editingFinished();
}
