#include "widgets/DurationEdit.h"

#include "domain/Duration.h"
#include "widgets/DurationPartBox.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int maximumHours = 1000000;

bool isPlainNumber(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}
} // namespace

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent)
{
    //: Suffix of the hours box in a duration editor
    m_hours = makeSpin(QStringLiteral("hoursSpin"), 3600, maximumHours, tr("h"), tr("Hours"));
    //: Suffix of the minutes box in a duration editor
    m_minutes = makeSpin(QStringLiteral("minutesSpin"), 60, 59, tr("min"), tr("Minutes"));
    //: Suffix of the seconds box in a duration editor
    m_seconds = makeSpin(QStringLiteral("secondsSpin"), 1, 59, tr("s"), tr("Seconds"));

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
    setToolTip(tr("Hours, minutes and seconds, or type e.g. 90m, 1 h 30 min, 01:30:00"));
}

DurationPartBox *DurationEdit::makeSpin(const QString &objectName, qint64 unitSeconds, int maximum,
                                        const QString &suffix, const QString &accessibleName)
{
    auto *spin = new DurationPartBox(unitSeconds, this);
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setSuffix(QStringLiteral(" ") + suffix);
    spin->setAccessibleName(accessibleName);
    // Typed text becomes the value on Enter or when the box is left, so a user edit
    // is one change, not one per keystroke.
    spin->setKeyboardTracking(false);
    spin->setAlignment(Qt::AlignRight);
    // Enter and focus-out are seen before the box reads its text (see eventFilter).
    spin->installEventFilter(this);
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
    clearRefusal();
}

bool DurationEdit::eventFilter(QObject *watched, QEvent *event)
{
    auto *box = static_cast<DurationPartBox *>(watched);
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        // Enter is handled here and goes no further: a cell editor is committed once,
        // through editingFinished, and refused text stays in the box to be corrected.
        if (commitTyped(box)) {
            box->selectAll();
            emit editingFinished();
        }
        return true;
    }
    if (event->type() == QEvent::FocusOut && !box->showsItsValue()) {
        // The box goes on to show its value again; a refusal stays on show.
        commitTyped(box);
    }
    return false;
}

bool DurationEdit::takeTypedText()
{
    for (DurationPartBox *box : {m_hours, m_minutes, m_seconds}) {
        if (!box->showsItsValue() && !commitTyped(box))
            return false;
    }
    return true;
}

std::optional<qint64> DurationEdit::readTyped(const DurationPartBox *box, QString *refusal) const
{
    const QString text = box->typedText();
    std::optional<qint64> total;
    if (text.isEmpty()) {
        total = seconds() - box->value() * box->unitSeconds();
    } else if (isPlainNumber(text)) {
        // A number in its box's unit, added to the other boxes: overflow carries over.
        bool ok = false;
        const qint64 count = text.toLongLong(&ok);
        if (ok && count <= maximumSeconds() / box->unitSeconds())
            total = seconds() - box->value() * box->unitSeconds() + count * box->unitSeconds();
    } else {
        total = Duration::parse(text);
        if (!total) {
            *refusal = tr("\"%1\" is not a duration. Type e.g. 90m, 1 h 30 min or 01:30:00.").arg(text);
            return std::nullopt;
        }
    }
    if (!total || *total < 0 || *total > maximumSeconds()) {
        *refusal = tr("\"%1\" is out of range: a duration is between 0 s and %2.")
                       .arg(text, Duration::format(maximumSeconds()));
        return std::nullopt;
    }
    return total;
}

bool DurationEdit::commitTyped(DurationPartBox *box)
{
    if (box->showsItsValue()) {
        clearRefusal();
        return true;
    }
    QString refusal;
    const std::optional<qint64> total = readTyped(box, &refusal);
    if (!total) {
        showRefusal(box, refusal);
        return false;
    }
    const qint64 before = seconds();
    setSeconds(*total);
    if (*total != before)
        emit secondsChanged(*total);
    return true;
}

void DurationEdit::showRefusal(DurationPartBox *box, const QString &message)
{
    m_refusal = message;
    setProperty("refused", true);
    box->setStyleSheet(QStringLiteral("background-color: #ffe0e0;"));
    QToolTip::showText(box->mapToGlobal(QPoint(0, box->height())), message, box);
}

void DurationEdit::clearRefusal()
{
    if (m_refusal.isEmpty())
        return;
    m_refusal.clear();
    setProperty("refused", false);
    for (DurationPartBox *box : {m_hours, m_minutes, m_seconds})
        box->setStyleSheet(QString());
    QToolTip::hideText();
}

void DurationEdit::onValueChanged()
{
    if (!m_updating)
        emit secondsChanged(seconds());
}

void DurationEdit::onSpinEditingFinished()
{
    // A box emits this whenever it loses the focus; moving between our own boxes, or
    // opening a box's context menu, is not the end of editing the duration.
    if (QApplication::activePopupWidget())
        return;
    const QWidget *focus = QApplication::focusWidget();
    const bool movedToSibling = focus != sender()
        && (focus == m_hours || focus == m_minutes || focus == m_seconds);
    if (!movedToSibling)
        emit editingFinished();
}
