#include "TaskSeriesForm.h"

#include "domain/EnumCatalog.h"
#include "domain/Validator.h"
#include "storage/TaskSeriesStore.h"
#include "widgets/CodeComboBox.h"
#include "widgets/FieldText.h"
#include "widgets/FocusOutFilter.h"
#include "widgets/FormSection.h"
#include "widgets/RecurrenceEditor.h"
#include "widgets/FormFrame.h"
#include "widgets/StringListEdit.h"
#include "widgets/UtcDateTimeEdit.h"
#include "sync/SyncStateLine.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

template<typename W>
W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

Timestamp timestampOf(const QDateTime &when)
{
    return when.isValid() ? Timestamp::fromDateTime(when, Timestamp::Style::Milliseconds) : Timestamp();
}

} // namespace

TaskSeriesForm::TaskSeriesForm(TaskSeriesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("seriesForm"));
    build();
    auto follow = [this](qint64 id) {
        if (m_localId && *m_localId == id)
            reload();
    };
    connect(&m_store, &TaskSeriesStore::changed, this, follow);
    connect(&m_store, &TaskSeriesStore::removed, this, follow);
    connect(&m_store, &TaskSeriesStore::inserted, this, follow);
    showRecord(std::nullopt);
}

void TaskSeriesForm::build()
{
    m_frame = FormFrame::build(this, QStringLiteral("seriesFormHeader"), QStringLiteral("seriesValidationSummary"),
                               QStringLiteral("seriesFormFields"));
    m_fields = m_frame.fields;
    buildGeneral(m_frame.sections);
    buildSchedule(m_frame.sections);
    buildPeopleAndPlace(m_frame.sections);
    buildServer(m_frame.sections);
    m_frame.finish({{QStringLiteral("name"), m_name}, {QStringLiteral("startAt"), m_start},
                    {QStringLiteral("endAt"), m_end}, {QStringLiteral("priority"), m_priority},
                    {QStringLiteral("locationId"), m_location}, {QStringLiteral("assigneeIds"), m_assignees}});
}

void TaskSeriesForm::buildGeneral(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("General"), QStringLiteral("seriesGeneralSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_name = named(new QLineEdit(section), "seriesNameEdit");
    form->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Edit series name"), [this](TaskSeries &s) { s.name = m_name->text(); });
    });

    m_description = named(new QPlainTextEdit(section), "descriptionEdit");
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_description->setPlaceholderText(tr("No description"));
    form->addRow(tr("Descripti&on:"), m_description);
    new FocusOutFilter(m_description, [this] {
        const QString text = m_description->toPlainText();
        // An empty description is sent as null, as the server does.
        edit(tr("Edit description"), [text](TaskSeries &s) {
            s.description = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        });
    });

    m_priority = named(new CodeComboBox(EnumCatalog::priorities(), section), "priorityCombo");
    form->addRow(tr("&Priority:"), m_priority);
    connect(m_priority, &CodeComboBox::codeEdited, this, [this](const QString &code) {
        edit(tr("Edit priority"), [code](TaskSeries &s) { s.priority = code; });
    });

    m_tags = named(new StringListEdit(section), "tagsEdit");
    m_tags->setMaximumHeight(96);
    form->addRow(tr("T&ags:"), m_tags);
    connect(m_tags, &StringListEdit::itemsEdited, this, [this](const QStringList &tags) {
        edit(tr("Edit tags"), [tags](TaskSeries &s) { s.tags = tags; });
    });
}

void TaskSeriesForm::buildSchedule(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("Schedule"), QStringLiteral("seriesScheduleSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_start = named(new UtcDateTimeEdit(section), "seriesStartEdit");
    form->addRow(tr("S&tart:"), m_start);
    connect(m_start, &UtcDateTimeEdit::dateTimeEdited, this, [this](const QDateTime &when) {
        edit(tr("Edit start"), [when](TaskSeries &s) { s.startAt = timestampOf(when); });
    });
    m_end = named(new UtcDateTimeEdit(section), "seriesEndEdit");
    form->addRow(tr("En&d:"), m_end);
    connect(m_end, &UtcDateTimeEdit::dateTimeEdited, this, [this](const QDateTime &when) {
        edit(tr("Edit end"), [when](TaskSeries &s) { s.endAt = timestampOf(when); });
    });

    m_ordered = named(new QCheckBox(tr("Steps &must be done in order"), section), "orderedCheck");
    m_strict = named(new QCheckBox(tr("Strict time &window"), section), "strictTimeCheck");
    m_deadlined = named(new QCheckBox(tr("Has a dead&line"), section), "deadlinedCheck");
    form->addRow(QString(), m_ordered);
    form->addRow(QString(), m_strict);
    form->addRow(QString(), m_deadlined);
    connect(m_ordered, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("Edit step order"), [on](TaskSeries &s) { s.orderStepsRequired = on; });
    });
    connect(m_strict, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("Edit strict time"), [on](TaskSeries &s) { s.strictTimeRequired = on; });
    });
    connect(m_deadlined, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("Edit deadline"), [on](TaskSeries &s) { s.deadlined = on; });
    });

    m_recurrence = named(new RecurrenceEditor(section), "recurrenceEditor");
    form->addRow(tr("Rec&urrence:"), m_recurrence);
    connect(m_recurrence, &RecurrenceEditor::recurrenceEdited, this, [this](const QString &rule, const QString &exceptions) {
        edit(tr("Edit recurrence"), [rule, exceptions](TaskSeries &s) {
            // Keep any other key of the recurrence object as it came.
            if (rule.isEmpty())
                s.recurrence.remove(QStringLiteral("rule"));
            else
                s.recurrence.insert(QStringLiteral("rule"), rule);
            if (exceptions.isEmpty())
                s.recurrence.remove(QStringLiteral("exception"));
            else
                s.recurrence.insert(QStringLiteral("exception"), exceptions);
        });
    });
}

void TaskSeriesForm::buildPeopleAndPlace(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("People and place"), QStringLiteral("seriesPeopleSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_assignees = named(new StringListEdit(section), "assigneesEdit");
    m_assignees->setMaximumHeight(96);
    m_assignees->setToolTip(tr("User ids (UUIDs) of the people assigned"));
    form->addRow(tr("Assi&gnees:"), m_assignees);
    connect(m_assignees, &StringListEdit::itemsEdited, this, [this](const QStringList &ids) {
        edit(tr("Edit assignees"), [ids](TaskSeries &s) { s.assigneeIds = ids; });
    });

    m_location = named(new QLineEdit(section), "locationEdit");
    // A hint, not a value: an example UUID in grey reads like a stored one.
    m_location->setPlaceholderText(tr("UUID of the location"));
    form->addRow(tr("Location id:"), m_location);
    connect(m_location, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Edit location"), [this](TaskSeries &s) { s.locationId = m_location->text().trimmed(); });
    });
}

void TaskSeriesForm::buildServer(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("Server"), QStringLiteral("seriesServerSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_seriesId = named(new QLabel(section), "seriesIdLabel");
    m_seriesId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seriesId->setWordWrap(true);
    form->addRow(tr("Series id:"), m_seriesId);
    m_state = named(new QLabel(section), "seriesStateLabel");
    m_state->setWordWrap(true);
    form->addRow(tr("Sync state:"), m_state);
}

void TaskSeriesForm::focusName()
{
    m_frame.focusField(m_name);
}

void TaskSeriesForm::showRecord(std::optional<qint64> localId)
{
    if (localId != m_localId)
        commitPending();
    m_localId = localId;
    reload();
}

void TaskSeriesForm::commitPending()
{
    // Text typed but not committed yet belongs to the series on show.
    if (!m_record)
        return;
    m_frame.commitFocusedField(); // a cell editor of a list, a date being typed
    if (m_name->isModified())
        edit(tr("Edit series name"), [this](TaskSeries &s) { s.name = m_name->text(); });
    if (m_location->isModified())
        edit(tr("Edit location"), [this](TaskSeries &s) { s.locationId = m_location->text().trimmed(); });
    const QString description = m_description->toPlainText();
    if (description != m_record->local.description.value_or(QString()))
        edit(tr("Edit description"), [description](TaskSeries &s) {
            s.description = description.isEmpty() ? std::nullopt : std::optional<QString>(description);
        });
}

void TaskSeriesForm::reload()
{
    m_record = m_localId ? m_store.get(*m_localId) : std::nullopt;
    if (m_record && m_record->state == SyncState::Deleted)
        m_record.reset();
    m_frame.showRecord(m_record.has_value(), tr("Select a series, or create one with New."));
    if (m_record)
        fill(*m_record);
}

void TaskSeriesForm::fill(const StoredTaskSeries &record)
{
    const TaskSeries &s = record.local;
    const QList<QWidget *> widgets{m_name, m_description, m_start, m_end, m_priority, m_ordered, m_strict,
                                   m_deadlined, m_tags, m_assignees, m_location, m_recurrence};
    QList<QSharedPointer<QSignalBlocker>> blockers;
    for (QWidget *w : widgets)
        blockers.append(QSharedPointer<QSignalBlocker>::create(w));

    m_frame.header->setText(s.name.isEmpty() ? tr("(unnamed series)") : s.name);
    FieldText::show(m_name, s.name);
    const QString description = s.description.value_or(QString());
    if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
    m_start->setDateTime(s.startAt.toUtc());
    m_end->setDateTime(s.endAt.toUtc());
    m_priority->setCode(s.priority);
    m_ordered->setChecked(s.orderStepsRequired);
    m_strict->setChecked(s.strictTimeRequired);
    m_deadlined->setChecked(s.deadlined);
    if (m_tags->items() != s.tags)
        m_tags->setItems(s.tags);
    if (m_assignees->items() != s.assigneeIds)
        m_assignees->setItems(s.assigneeIds);
    FieldText::show(m_location, s.locationId);
    m_recurrence->setStart(s.startAt.toUtc());
    m_recurrence->setRecurrence(s.recurrenceRule(), s.recurrenceExceptions());

    QString id = s.seriesId.isEmpty() ? tr("none yet (the server assigns it)") : s.seriesId;
    if (!record.seriesIdHistory.isEmpty())
        id += QLatin1Char('\n') + tr("earlier: %1").arg(record.seriesIdHistory.join(QStringLiteral(", ")));
    m_seriesId->setText(id);
    m_state->setText(SyncStateLine::of(record));
    showIssues(s);
}

void TaskSeriesForm::showIssues(const TaskSeries &series)
{
    m_frame.showIssues(Validator::validate(series), tr("Draft, will not be sent to the server until fixed:"));
}

void TaskSeriesForm::edit(const QString &description, const std::function<void(TaskSeries &)> &change)
{
    if (!m_record || !m_localId)
        return;
    TaskSeries after = m_record->local;
    change(after);
    if (after == m_record->local)
        return;
    QVector<TaskSeriesChange> changes{{*m_localId, m_record->local, after}};
    QString error;
    const bool ok = m_editor ? m_editor->apply(description, changes, &error)
                             : TaskSeriesChangeSet::apply(m_store, changes, true, &error);
    if (!ok) {
        emit editFailed(error);
        reload();
    }
}
