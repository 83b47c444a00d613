#include "widgets/RecurrenceEditor.h"

#include "widgets/ExceptionBox.h"
#include "widgets/ExceptionEdits.h"
#include "widgets/LocalDateTimeEdit.h"
#include "widgets/OccurrenceItem.h"
#include "widgets/RecurrenceTexts.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const int CustomItem = -1; // frequency combo: "Custom rule"

const char *const WeekdayNames[] = {"weekdayMon", "weekdayTue", "weekdayWed", "weekdayThu",
                                    "weekdayFri", "weekdaySat", "weekdaySun"};

QDateTime wholeSeconds(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(dateTime.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget *parent)
    : QWidget(parent)
{
    const QLocale locale;
    const int rowHeight = fontMetrics().height() + 4;
    createFrequencyControls();
    createWeekdayRow(locale);
    createEndRow();
    QVBoxLayout *ruleColumn = createRuleColumn();
    createExceptionBox(rowHeight);
    createPreview(rowHeight);
    layOutForm(ruleColumn);
    setTabOrders(locale);
    connectControls();

    m_recurrence = Recurrence();
    updateControls();
    updatePreview();
}

// The weekday button at `position` in the locale's week (0 = its first day).
QToolButton *RecurrenceEditor::weekdayInWeekOrder(const QLocale &locale, int position) const
{
    return m_weekdayButtons.at((int(locale.firstDayOfWeek()) - 1 + position) % 7); // 0 = Monday
}

// Repeats, and every N <unit>.
void RecurrenceEditor::createFrequencyControls()
{
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("frequencyCombo"));
    m_frequency->addItem(tr("Does not repeat"), int(Recurrence::Frequency::None));
    m_frequency->addItem(tr("Daily"), int(Recurrence::Frequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(Recurrence::Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(Recurrence::Frequency::Monthly));
    m_frequency->addItem(tr("Yearly"), int(Recurrence::Frequency::Yearly));
    m_frequency->addItem(tr("Custom rule"), CustomItem);
    m_frequency->setToolTip(tr("How the series repeats"));

    // Every N <unit>
    m_intervalRow = new QWidget(this);
    m_intervalRow->setObjectName(QStringLiteral("intervalRow"));
    m_interval = new QSpinBox(m_intervalRow);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 999);
    m_interval->setKeyboardTracking(false);
    m_interval->setAccessibleName(tr("Repeat every"));
    m_unit = new QLabel(m_intervalRow);
    m_unit->setObjectName(QStringLiteral("intervalUnitLabel"));
    auto *intervalLayout = new QHBoxLayout(m_intervalRow);
    intervalLayout->setContentsMargins(0, 0, 0, 0);
    intervalLayout->addWidget(m_interval);
    intervalLayout->addWidget(m_unit);
    intervalLayout->addStretch(1);
}

// Weekdays, in the order of the locale's week.
void RecurrenceEditor::createWeekdayRow(const QLocale &locale)
{
    m_weekdayRow = new QWidget(this);
    m_weekdayRow->setObjectName(QStringLiteral("weekdayRow"));
    m_weekdayRow->setToolTip(tr("With no day ticked, the series repeats on the weekday of its start"));
    auto *weekdayLayout = new QHBoxLayout(m_weekdayRow);
    weekdayLayout->setContentsMargins(0, 0, 0, 0);
    weekdayLayout->setSpacing(2);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *button = new QToolButton(m_weekdayRow);
        button->setObjectName(QString::fromLatin1(WeekdayNames[day - 1]));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setText(locale.dayName(day, QLocale::ShortFormat));
        button->setToolTip(locale.dayName(day, QLocale::LongFormat));
        button->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        m_weekdayButtons.append(button);
        connect(button, &QToolButton::clicked, this, &RecurrenceEditor::commitControls);
    }
    QWidget *previousDay = nullptr;
    for (int i = 0; i < 7; ++i) {
        QToolButton *button = weekdayInWeekOrder(locale, i);
        weekdayLayout->addWidget(button);
        if (previousDay)
            setTabOrder(previousDay, button);
        previousDay = button;
    }
    weekdayLayout->addStretch(1);
}

// Ends: never, on a date, after a number of occurrences.
void RecurrenceEditor::createEndRow()
{
    m_endRow = new QWidget(this);
    m_endRow->setObjectName(QStringLiteral("endRow"));
    m_end = new QComboBox(m_endRow);
    m_end->setObjectName(QStringLiteral("endCombo"));
    m_end->addItem(tr("Never"), int(EndMode::Never));
    m_end->addItem(tr("On date"), int(EndMode::OnDate));
    m_end->addItem(tr("After"), int(EndMode::AfterCount));
    m_end->setAccessibleName(tr("Ends"));
    m_until = new LocalDateTimeEdit(QStringLiteral("untilEdit"), m_endRow);
    m_until->setToolTip(tr("The last occurrence may be at this time at the latest (local time)"));
    m_until->setAccessibleName(tr("End date (local time)"));
    m_count = new QSpinBox(m_endRow);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, 9999);
    m_count->setValue(10);
    m_count->setKeyboardTracking(false);
    m_count->setAccessibleName(tr("Number of occurrences"));
    m_countLabel = new QLabel(m_endRow);
    m_countLabel->setObjectName(QStringLiteral("countUnitLabel"));
    auto *endLayout = new QHBoxLayout(m_endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_end);
    endLayout->addWidget(m_until, 1);
    endLayout->addWidget(m_count);
    endLayout->addWidget(m_countLabel);
    endLayout->addStretch(0);
}

// The rule as text, with its error and the note on rules the controls cannot show.
QVBoxLayout *RecurrenceEditor::createRuleColumn()
{
    m_ruleEdit = new QLineEdit(this);
    m_ruleEdit->setObjectName(QStringLiteral("ruleEdit"));
    m_ruleEdit->setPlaceholderText(tr("e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"));
    m_ruleEdit->setToolTip(tr("The RFC 5545 recurrence rule (RRULE). Press Enter to apply."));
    m_ruleEdit->setClearButtonEnabled(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_customNote = new QLabel(this);
    m_customNote->setObjectName(QStringLiteral("customNoteLabel"));
    m_customNote->setWordWrap(true);
    m_customNote->setVisible(false);
    auto *ruleColumn = new QVBoxLayout;
    ruleColumn->setContentsMargins(0, 0, 0, 0);
    ruleColumn->setSpacing(2);
    ruleColumn->addWidget(m_ruleEdit);
    ruleColumn->addWidget(m_error);
    ruleColumn->addWidget(m_customNote);
    return ruleColumn;
}

// Exceptions: the list, a date to add, Add and Remove.
void RecurrenceEditor::createExceptionBox(int rowHeight)
{
    m_exceptionBox = new ExceptionBox(rowHeight, this);
    m_exceptionList = m_exceptionBox->list();
    m_exceptionEdit = m_exceptionBox->dateEdit();
    m_addException = m_exceptionBox->addButton();
    m_removeException = m_exceptionBox->removeButton();
    connect(m_exceptionBox->removeAction(), &QAction::triggered, this,
            &RecurrenceEditor::removeExceptions);
}

// Preview: the summary, how far the series has got, the last and next occurrences.
void RecurrenceEditor::createPreview(int rowHeight)
{
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("historyLabel"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setVisible(false);
    m_occurrences = new QListWidget(this);
    m_occurrences->setObjectName(QStringLiteral("occurrencesList"));
    m_occurrences->setAccessibleName(tr("Occurrences"));
    m_occurrences->setToolTip(tr("The last and the next occurrences (local time); past ones are "
                                 "grey. Double-click or press Enter on one to skip it, or to "
                                 "bring a skipped one back."));
    // Room for the last and the next occurrences and a skipped one without scrolling.
    const int previewRows = PastPreviewCount + PreviewCount;
    m_occurrences->setMinimumHeight(rowHeight * (previewRows + 1) + 6);
    m_occurrences->setMaximumHeight(rowHeight * (previewRows + 2) + 6);
}

void RecurrenceEditor::layOutForm(QVBoxLayout *ruleColumn)
{
    m_form = new QFormLayout(this);
    m_form->setObjectName(QStringLiteral("recurrenceForm"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow form (Russian labels at 1024 px) puts a label above its field instead of
    // growing wider than the window.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto addRow = [this](const QString &text, QWidget *field, QWidget *buddy, const char *name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QString::fromLatin1(name));
        label->setBuddy(buddy);
        m_form->addRow(label, field);
    };
    addRow(tr("&Repeats:"), m_frequency, m_frequency, "frequencyLabel");
    addRow(tr("Ever&y:"), m_intervalRow, m_interval, "intervalLabel");
    addRow(tr("On:"), m_weekdayRow, m_weekdayButtons.first(), "weekdayLabel");
    addRow(tr("Ends:"), m_endRow, m_end, "endLabel");
    {
        auto *label = new QLabel(tr("Custom rule:"), this);
        label->setObjectName(QStringLiteral("ruleLabel"));
        label->setBuddy(m_ruleEdit);
        m_form->addRow(label, ruleColumn);
    }
    addRow(tr("E&xceptions:"), m_exceptionBox, m_exceptionList, "exceptionLabel");
    {
        auto *previewColumn = new QVBoxLayout;
        previewColumn->setContentsMargins(0, 0, 0, 0);
        previewColumn->setSpacing(2);
        previewColumn->addWidget(m_preview);
        previewColumn->addWidget(m_history);
        previewColumn->addWidget(m_occurrences);
        auto *label = new QLabel(tr("Preview:"), this);
        label->setObjectName(QStringLiteral("previewTitleLabel"));
        label->setBuddy(m_occurrences);
        m_form->addRow(label, previewColumn);
    }
}

void RecurrenceEditor::setTabOrders(const QLocale &locale)
{
    setTabOrder(m_frequency, m_interval);
    setTabOrder(m_interval, weekdayInWeekOrder(locale, 0));
    setTabOrder(weekdayInWeekOrder(locale, 6), m_end);
    setTabOrder(m_end, m_until);
    setTabOrder(m_until, m_count);
    setTabOrder(m_count, m_ruleEdit);
    setTabOrder(m_ruleEdit, m_exceptionList);
    setTabOrder(m_exceptionList, m_exceptionEdit);
    setTabOrder(m_exceptionEdit, m_addException);
    setTabOrder(m_addException, m_removeException);
    setTabOrder(m_removeException, m_occurrences);
}

void RecurrenceEditor::connectControls()
{
    connect(m_frequency, &QComboBox::activated, this, &RecurrenceEditor::onFrequencyActivated);
    connect(m_interval, &QSpinBox::valueChanged, this, [this] {
        updateUnitLabel();
        commitControls();
    });
    connect(m_end, &QComboBox::activated, this, &RecurrenceEditor::onEndActivated);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &local) {
        if (m_updating)
            return;
        m_untilValue = wholeSeconds(local);
        commitControls();
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        updateUnitLabel();
        commitControls();
    });
    connect(m_ruleEdit, &QLineEdit::editingFinished, this, &RecurrenceEditor::onRuleEditingFinished);
    connect(m_ruleEdit, &QLineEdit::textEdited, this, &RecurrenceEditor::onRuleTextEdited);
    connect(m_addException, &QToolButton::clicked, this, &RecurrenceEditor::addException);
    connect(m_removeException, &QToolButton::clicked, this, &RecurrenceEditor::removeExceptions);
    connect(m_exceptionList, &QListWidget::itemSelectionChanged, this,
            &RecurrenceEditor::updateEnabled);
    connect(m_exceptionEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_updating)
            m_exceptionEdited = true;
    });
    connect(m_occurrences, &QListWidget::itemActivated, this,
            &RecurrenceEditor::onOccurrenceActivated);
    connect(m_occurrences, &QListWidget::itemSelectionChanged, this,
            &RecurrenceEditor::onOccurrenceSelected);
}

void RecurrenceEditor::setStart(const QDateTime &utcStart)
{
    m_start = wholeSeconds(utcStart);
    updatePreview();
}

void RecurrenceEditor::setReferenceTime(const QDateTime &now)
{
    m_reference = now.isValid() ? now.toUTC() : QDateTime();
    updatePreview();
}

void RecurrenceEditor::setRecurrence(const QString &rule, const QString &exceptions)
{
    m_rule = rule;
    m_exceptions = exceptions;
    m_customMode = false;
    m_exceptionEdited = false;
    QString error;
    m_recurrence = Recurrence::parse(rule, exceptions, &error);
    if (!m_recurrence) {
        // Show what can be shown: the rule without the unreadable exceptions.
        m_recurrence = Recurrence::parse(rule, QString());
    }
    m_untilValue = m_recurrence ? m_recurrence->until() : QDateTime();
    showError(error);
    m_ruleEdit->setText(rule);
    m_ruleEdit->setCursorPosition(0);
    updateControls();
    updatePreview();
}

bool RecurrenceEditor::hasError() const
{
    return !m_error->text().isEmpty();
}

Recurrence::Frequency RecurrenceEditor::chosenFrequency() const
{
    const int value = m_frequency->currentData().toInt();
    return value == CustomItem ? Recurrence::Frequency::Other : Recurrence::Frequency(value);
}

RecurrenceEditor::EndMode RecurrenceEditor::chosenEnd() const
{
    return EndMode(m_end->currentData().toInt());
}

QList<Qt::DayOfWeek> RecurrenceEditor::chosenWeekdays() const
{
    QList<Qt::DayOfWeek> days;
    for (int i = 0; i < m_weekdayButtons.size(); ++i) {
        if (m_weekdayButtons.at(i)->isChecked())
            days.append(Qt::DayOfWeek(i + 1));
    }
    return days;
}

QDateTime RecurrenceEditor::referenceTime() const
{
    return m_reference.isValid() ? m_reference : QDateTime::currentDateTimeUtc();
}

QDateTime RecurrenceEditor::defaultUntil() const
{
    // A month after the start, at the start's time so that day's occurrence counts.
    const QDateTime base = m_start.isValid() ? m_start : wholeSeconds(referenceTime());
    return base.toLocalTime().addMonths(1).toUTC();
}

void RecurrenceEditor::onFrequencyActivated(int index)
{
    if (m_updating)
        return;
    const int value = m_frequency->itemData(index).toInt();
    if (value == CustomItem) {
        m_customMode = true;
        updateControls();
        m_ruleEdit->setFocus(Qt::OtherFocusReason);
        m_ruleEdit->selectAll();
        return;
    }
    m_customMode = false;
    if (Recurrence::Frequency(value) == Recurrence::Frequency::None) {
        commit(QString(), QString()); // "Does not repeat" has no exceptions either
        return;
    }
    commitControls();
}

void RecurrenceEditor::onEndActivated(int)
{
    if (m_updating)
        return;
    if (chosenEnd() == EndMode::OnDate && !m_untilValue.isValid())
        m_untilValue = defaultUntil();
    commitControls();
}

void RecurrenceEditor::commitControls()
{
    if (m_updating)
        return;
    const Recurrence::Frequency frequency = chosenFrequency();
    if (frequency == Recurrence::Frequency::None) {
        commit(QString(), QString());
        return;
    }
    if (frequency == Recurrence::Frequency::Other)
        return; // the text field is in charge
    const EndMode end = chosenEnd();
    if (end == EndMode::OnDate && !m_untilValue.isValid())
        m_untilValue = defaultUntil();
    const Recurrence built = Recurrence::simple(
        frequency, m_interval->value(), chosenWeekdays(),
        end == EndMode::OnDate ? m_untilValue : QDateTime(),
        end == EndMode::AfterCount ? m_count->value() : 0);
    // Keep the exceptions' text as it was; drop it only when it cannot be read.
    const QString exceptions = Recurrence::parseExceptions(m_exceptions) ? m_exceptions : QString();
    commit(built.ruleText(), exceptions);
}

void RecurrenceEditor::commit(const QString &rule, const QString &exceptions)
{
    QString error;
    const auto parsed = Recurrence::parse(rule, exceptions, &error);
    if (!parsed) {
        showError(error);
        return;
    }
    showError(QString());
    const bool changed = rule != m_rule || exceptions != m_exceptions;
    m_rule = rule;
    m_exceptions = exceptions;
    m_recurrence = parsed;
    if (parsed->until().isValid())
        m_untilValue = parsed->until();
    updateControls();
    updatePreview();
    if (changed)
        emit recurrenceEdited(m_rule, m_exceptions);
}

void RecurrenceEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_ruleEdit->setStyleSheet(message.isEmpty() ? QString()
                                                : QStringLiteral("background-color: #ffe0e0;"));
    m_ruleEdit->setToolTip(message.isEmpty()
                               ? tr("The RFC 5545 recurrence rule (RRULE). Press Enter to apply.")
                               : message);
}

void RecurrenceEditor::onRuleEditingFinished()
{
    if (m_updating)
        return;
    const QString text = m_ruleEdit->text().trimmed();
    const QString exceptions = Recurrence::parseExceptions(m_exceptions) ? m_exceptions : QString();
    QString error;
    const auto parsed = Recurrence::parse(text, exceptions, &error);
    if (!parsed) {
        showError(error); // keep the text so that it can be fixed
        return;
    }
    // The same rule written differently ("RRULE:" prefix, lower case) is no change.
    const auto current = Recurrence::parse(m_rule, QString());
    if (text == m_rule || (current && current->ruleText() == parsed->ruleText())) {
        showError(QString());
        if (m_recurrence)
            updateControls();
        return;
    }
    m_customMode = false; // the controls follow the text when they can show it
    if (!parsed->repeats())
        commit(QString(), QString());
    else
        commit(parsed->ruleText(), exceptions);
}

void RecurrenceEditor::onRuleTextEdited()
{
    // Clear a shown error as soon as the text is valid; new errors wait for Enter.
    if (hasError() && Recurrence::parse(m_ruleEdit->text(), QString()))
        showError(QString());
}

void RecurrenceEditor::addException()
{
    addExceptionAt(wholeSeconds(m_exceptionEdit->dateTime()));
}

void RecurrenceEditor::addExceptionAt(const QDateTime &utc)
{
    if (!m_recurrence || !m_recurrence->repeats() || !utc.isValid())
        return;
    if (const auto exceptions = ExceptionEdits::added(*m_recurrence, utc))
        commit(m_rule, *exceptions); // else already there
}

void RecurrenceEditor::removeExceptions()
{
    if (!m_recurrence)
        return;
    QList<int> rows;
    for (QListWidgetItem *item : m_exceptionList->selectedItems())
        rows.append(m_exceptionList->row(item));
    if (rows.isEmpty())
        return;
    const int firstRow = *std::min_element(rows.cbegin(), rows.cend());
    commit(m_rule, ExceptionEdits::withoutEntries(*m_recurrence, rows));
    if (m_exceptionList->count() > 0) {
        m_exceptionList->setCurrentRow(qMin(firstRow, m_exceptionList->count() - 1));
    }
}

void RecurrenceEditor::onOccurrenceActivated(QListWidgetItem *item)
{
    if (!item || !m_recurrence || !m_recurrence->repeats())
        return;
    const QDateTime at = item->data(InstantRole).toDateTime();
    if (!at.isValid())
        return;
    if (!item->data(SkippedRole).toBool()) {
        addExceptionAt(at);
        return;
    }
    commit(m_rule, ExceptionEdits::restored(*m_recurrence, at)); // bring it back
}

void RecurrenceEditor::onOccurrenceSelected()
{
    const QListWidgetItem *item = m_occurrences->currentItem();
    if (!item || !item->isSelected())
        return;
    const QDateTime at = item->data(InstantRole).toDateTime();
    if (!at.isValid())
        return;
    m_updating = true;
    m_exceptionEdit->setDateTime(at.toLocalTime());
    m_updating = false;
    m_exceptionEdited = true;
}

void RecurrenceEditor::updateControls()
{
    m_updating = true;
    const Recurrence *r = m_recurrence ? &*m_recurrence : nullptr;

    int comboIndex = m_frequency->findData(CustomItem);
    const bool custom = m_customMode || !r || (r->repeats() && !r->isSimple());
    if (!custom)
        comboIndex = m_frequency->findData(int(r->frequency()));
    m_frequency->setCurrentIndex(comboIndex);

    if (r && r->repeats()) {
        m_interval->setValue(r->interval());
        const QList<Qt::DayOfWeek> days = r->weekdays();
        for (int i = 0; i < m_weekdayButtons.size(); ++i)
            m_weekdayButtons.at(i)->setChecked(days.contains(Qt::DayOfWeek(i + 1)));
        EndMode end = EndMode::Never;
        if (r->count() > 0) {
            end = EndMode::AfterCount;
            m_count->setValue(r->count());
        } else if (r->until().isValid()) {
            end = EndMode::OnDate;
        }
        m_end->setCurrentIndex(m_end->findData(int(end)));
    } else if (r) {
        // Does not repeat: the next choice of a frequency starts from the defaults.
        m_interval->setValue(1);
        for (QToolButton *button : std::as_const(m_weekdayButtons))
            button->setChecked(false);
        m_end->setCurrentIndex(m_end->findData(int(EndMode::Never)));
    }
    if (m_untilValue.isValid())
        m_until->setDateTime(m_untilValue.toLocalTime());

    // A refused text stays so that it can be fixed; otherwise the field shows the rule.
    if (!hasError() && m_ruleEdit->text() != m_rule) {
        m_ruleEdit->setText(m_rule);
        m_ruleEdit->setCursorPosition(0); // FREQ first
    }

    m_exceptionBox->showEntries(r ? r->exceptionEntries() : QList<Recurrence::Exception>());
    m_updating = false;
    updateUnitLabel();
    updateEnabled();
}

void RecurrenceEditor::updateEnabled()
{
    const Recurrence *r = m_recurrence ? &*m_recurrence : nullptr;
    const bool repeats = r && r->repeats();
    const bool notSimple = r && repeats && !r->isSimple();
    const bool custom = m_customMode || !r || notSimple;
    const bool simpleControls = repeats && !custom;

    const Recurrence::Frequency shown = custom ? (r ? r->frequency() : Recurrence::Frequency::None)
                                               : chosenFrequency();
    const bool showRows = repeats || custom;
    m_form->setRowVisible(m_intervalRow, showRows);
    m_form->setRowVisible(m_endRow, showRows);
    m_form->setRowVisible(m_weekdayRow, shown == Recurrence::Frequency::Weekly);
    m_intervalRow->setEnabled(simpleControls);
    m_weekdayRow->setEnabled(simpleControls);
    m_endRow->setEnabled(simpleControls);

    const EndMode end = chosenEnd();
    m_until->setVisible(end == EndMode::OnDate);
    m_count->setVisible(end == EndMode::AfterCount);
    m_countLabel->setVisible(end == EndMode::AfterCount);

    if (notSimple) {
        m_customNote->setText(tr("The controls above cannot show this rule; it can only be "
                                 "edited as text."));
    } else if (custom && r) {
        m_customNote->setText(tr("Type the rule as text and press Enter."));
    } else {
        m_customNote->clear();
    }
    m_customNote->setVisible(!m_customNote->text().isEmpty());

    m_exceptionBox->setEnabled(repeats);
    m_removeException->setEnabled(repeats && !m_exceptionList->selectedItems().isEmpty());
}

void RecurrenceEditor::updateUnitLabel()
{
    const Recurrence::Frequency ruleFrequency =
        m_recurrence ? m_recurrence->frequency() : Recurrence::Frequency::None;
    m_unit->setText(RecurrenceTexts::unit(chosenFrequency(), ruleFrequency, m_interval->value(),
                                          m_recurrence.has_value()));
    m_countLabel->setText(RecurrenceTexts::occurrenceUnit(m_count->value()));
}

void RecurrenceEditor::updatePreview()
{
    m_occurrences->clear();
    m_history->clear();
    m_history->setVisible(false);
    if (!m_recurrence) {
        m_preview->setText(tr("No preview: the rule is not valid."));
        return;
    }
    QString description = m_recurrence->describe();
    const int exceptionCount = m_recurrence->exceptionEntries().size();
    if (m_recurrence->repeats() && exceptionCount > 0)
        description = exceptionCount == 1
            ? tr("%1, except 1 date").arg(description)
            : tr("%1, except %n dates", nullptr, exceptionCount).arg(description);
    m_preview->setText(description);

    auto note = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_occurrences);
        item->setFlags(Qt::NoItemFlags);
    };
    if (!m_start.isValid()) {
        note(tr("Set the start to see the next dates."));
        return;
    }
    const Recurrence::Window window =
        m_recurrence->window(m_start, referenceTime(), PastPreviewCount, PreviewCount);
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const QDateTime &at : window.past)
        new OccurrenceItem(at, m_recurrence->isExcluded(at), true, grey, m_occurrences);
    QDateTime firstUpcoming;
    for (const QDateTime &at : window.upcoming) {
        new OccurrenceItem(at, m_recurrence->isExcluded(at), false, grey, m_occurrences);
        if (!firstUpcoming.isValid() && !m_recurrence->isExcluded(at))
            firstUpcoming = at;
    }
    if (window.upcoming.isEmpty()) {
        // Not ended, yet nothing found: the expansion stopped at its cap before now.
        note(window.ended ? tr("No upcoming occurrences.")
                          : tr("Too many occurrences since the start to find the next ones."));
    }

    m_history->setText(RecurrenceTexts::history(window));
    m_history->setVisible(!m_history->text().isEmpty());

    if (!m_exceptionEdited) {
        const QDateTime suggestion = firstUpcoming.isValid() ? firstUpcoming : m_start;
        m_updating = true;
        m_exceptionEdit->setDateTime(suggestion.toLocalTime());
        m_updating = false;
    }
}
