#include "widgets/UtcDateTimeEdit.h"

#include "i18n/LocalDates.h"
#include "widgets/CalendarOnDemand.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

namespace {
QString utcText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}
} // namespace

UtcDateTimeEdit::UtcDateTimeEdit(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("dateTimeEdit"));
    m_edit->setAccessibleName(tr("Date and time (local time)"));
    m_edit->setTimeSpec(Qt::LocalTime);
    // As the UI language writes dates, like the tables; seconds because the servers keep them.
    m_edit->setDisplayFormat(LocalDates::format(true));
    m_edit->setCalendarPopup(true);
    // Until a date is set, unticking "No date" starts from the current minute.
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_edit->setDateTime(now);

    m_noDate = new QCheckBox(tr("No date"), this);
    m_noDate->setObjectName(QStringLiteral("noDateCheck"));
    m_noDate->setToolTip(tr("Leave the date empty"));
    m_noDate->setAccessibleName(tr("No date"));

    auto *layout = new QHBoxLayout(this);
    layout->setObjectName(QStringLiteral("dateTimeLayout"));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_noDate);
    setTabOrder(m_edit, m_noDate);
    setAutoFillBackground(true); // hides the cell text when used as a cell editor

    connect(m_edit, &QDateTimeEdit::editingFinished, this, &UtcDateTimeEdit::onEditEditingFinished);
    CalendarOnDemand::install(m_edit, [this](QCalendarWidget *calendar) {
        calendar->setObjectName(QStringLiteral("dateTimeCalendar"));
        // A date picked in the calendar is a finished choice; the edit has its value by
        // now because its own connection to the calendar was made first.
        connect(calendar, &QCalendarWidget::clicked, this, &UtcDateTimeEdit::commit);
        connect(calendar, &QCalendarWidget::activated, this, &UtcDateTimeEdit::commit);
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &UtcDateTimeEdit::updateView);
    connect(m_noDate, &QCheckBox::toggled, this, &UtcDateTimeEdit::onNoDateToggled);
    connect(qApp, &QApplication::focusChanged, this, &UtcDateTimeEdit::onFocusChanged);

    setDateTime(QDateTime());
}

QDateTime UtcDateTimeEdit::dateTime() const
{
    if (m_noDate->isChecked())
        return QDateTime();
    return m_edit->dateTime().toUTC();
}

void UtcDateTimeEdit::setDateTime(const QDateTime &dateTime)
{
    m_updating = true;
    if (dateTime.isValid())
        m_edit->setDateTime(dateTime.toLocalTime());
    m_noDate->setChecked(!dateTime.isValid());
    m_updating = false;
    m_committed = this->dateTime();
    updateView();
}

bool UtcDateTimeEdit::isEmpty() const
{
    return m_noDate->isChecked();
}

void UtcDateTimeEdit::commit()
{
    if (m_updating)
        return;
    const QDateTime current = dateTime();
    if (current == m_committed && current.isValid() == m_committed.isValid())
        return;
    m_committed = current;
    emit dateTimeEdited(current);
}

void UtcDateTimeEdit::onEditEditingFinished()
{
    commit();
    // The box also says this when it loses the focus (onFocusChanged covers that) and
    // when its calendar pops up (not the end of anything); Enter keeps the focus on it.
    if (QApplication::focusWidget() == m_edit && !QApplication::activePopupWidget())
        emit editingFinished();
}

bool UtcDateTimeEdit::holds(const QWidget *widget) const
{
    // Parents across windows too: the calendar popup belongs to the date box.
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == this)
            return true;
    }
    return false;
}

void UtcDateTimeEdit::onFocusChanged(QWidget *old, QWidget *now)
{
    if (holds(old) && !holds(now)) {
        commit();
        emit editingFinished();
    }
}

void UtcDateTimeEdit::onNoDateToggled(bool noDate)
{
    updateView();
    if (noDate && m_edit->hasFocus())
        m_noDate->setFocus(Qt::OtherFocusReason); // the box is about to be disabled
    commit();
}

void UtcDateTimeEdit::updateView()
{
    const bool empty = m_noDate->isChecked();
    m_edit->setEnabled(!empty);
    // The widget is entered through the date box unless it is disabled.
    setFocusProxy(empty ? static_cast<QWidget *>(m_noDate) : m_edit);
    const QString tip = empty ? tr("No date") : utcText(m_edit->dateTime());
    setToolTip(tip);
    m_edit->setToolTip(tip);
}
