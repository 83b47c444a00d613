#include "ServiceTaskForm.h"

#include "Confirmation.h"
#include "domain/EnumCatalog.h"
#include "domain/Validator.h"
#include "i18n/LocalDates.h"
#include "storage/ServiceTaskStore.h"
#include "widgets/CodeComboBox.h"
#include "widgets/FieldText.h"
#include "widgets/DurationEdit.h"
#include "widgets/FieldMarks.h"
#include "widgets/FocusOutFilter.h"
#include "widgets/FormSection.h"
#include "widgets/PeriodsEditor.h"
#include "widgets/StringListEdit.h"
#include "widgets/UtcDateTimeEdit.h"
#include "widgets/FormFrame.h"
#include "sync/SyncStateLine.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

template<typename W>
W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

ServiceTaskForm::ServiceTaskForm(ServiceTaskStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("serviceTaskForm"));
    build();
    connect(&m_store, &ServiceTaskStore::changed, this, [this](qint64 id) {
        if (m_localId && *m_localId == id)
            reload();
    });
    connect(&m_store, &ServiceTaskStore::removed, this, [this](qint64 id) {
        if (m_localId && *m_localId == id)
            reload();
    });
    showRecord(std::nullopt);
}

void ServiceTaskForm::build()
{
    m_frame = FormFrame::build(this, QStringLiteral("formHeader"), QStringLiteral("validationSummary"),
                               QStringLiteral("formFields"));
    m_fields = m_frame.fields;
    buildGeneral(m_frame.sections);
    buildSchedule(m_frame.sections);
    buildSitesAndPeriods(m_frame.sections);
    buildServer(m_frame.sections);
    m_frame.finish({{QStringLiteral("name"), m_name}, {QStringLiteral("svcscriptcode"), m_script},
                    {QStringLiteral("sitemode"), m_siteMode}, {QStringLiteral("sites"), m_sites},
                    {QStringLiteral("intervalsec"), m_interval}, {QStringLiteral("dtstart"), m_start},
                    {QStringLiteral("dtstop"), m_stop}, {QStringLiteral("schedule"), m_schedule}});
}

void ServiceTaskForm::buildGeneral(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("General"), QStringLiteral("generalSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_name = named(new QLineEdit(section), "nameEdit");
    form->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Edit name"), [this](ServiceTask &t) { t.name = m_name->text(); });
    });

    m_enabled = named(new QCheckBox(tr("Ena&bled"), section), "enabledCheck");
    form->addRow(QString(), m_enabled);
    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) {
        edit(on ? tr("Enable") : tr("Disable"), [on](ServiceTask &t) { t.isEnabled = on; });
    });

    m_title = named(new QLineEdit(section), "titleEdit");
    form->addRow(tr("&Title:"), m_title);
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Edit title"), [this](ServiceTask &t) { t.setTitle(m_title->text()); });
    });

    m_comment = named(new QPlainTextEdit(section), "commentEdit");
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    form->addRow(tr("&Comment:"), m_comment);
    new FocusOutFilter(m_comment, [this] {
        edit(tr("Edit comment"), [this](ServiceTask &t) { t.setComment(m_comment->toPlainText()); });
    });

    m_script = named(new QLineEdit(section), "scriptEdit");
    // A hint, not a value: an example code in grey reads like a stored one.
    m_script->setPlaceholderText(tr("code of the service script"));
    form->addRow(tr("Se&rvice script:"), m_script);
    connect(m_script, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Edit script"), [this](ServiceTask &t) { t.scriptCode = m_script->text().trimmed(); });
    });
}

void ServiceTaskForm::buildSchedule(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("Schedule"), QStringLiteral("scheduleSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_regular = named(new QCheckBox(tr("Re&gular (runs periodically)"), section), "regularCheck");
    form->addRow(QString(), m_regular);
    connect(m_regular, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("Edit regular"), [on](ServiceTask &t) { t.isRegular = on; });
    });

    m_interval = named(new DurationEdit(section), "intervalEdit");
    form->addRow(tr("Interva&l:"), m_interval);
    connect(m_interval, &DurationEdit::editingFinished, this, [this] {
        edit(tr("Edit interval"), [this](ServiceTask &t) { t.intervalSec = m_interval->seconds(); });
    });

    m_overlap = named(new QCheckBox(tr("&Overlapping runs"), section), "overlapCheck");
    m_overlap->setToolTip(tr("A new run may start while the previous one still runs"));
    form->addRow(QString(), m_overlap);
    connect(m_overlap, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("Edit overlap"), [on](ServiceTask &t) { t.overlap = on; });
    });

    auto dateSetter = [](Timestamp &field, const QDateTime &when) {
        field = when.isValid() ? Timestamp::fromDateTime(when, Timestamp::Style::Seconds) : Timestamp();
    };
    m_start = named(new UtcDateTimeEdit(section), "startEdit");
    form->addRow(tr("St&art:"), m_start);
    connect(m_start, &UtcDateTimeEdit::dateTimeEdited, this, [this, dateSetter](const QDateTime &when) {
        edit(tr("Edit start"), [&](ServiceTask &t) { dateSetter(t.dtStart, when); });
    });
    m_stop = named(new UtcDateTimeEdit(section), "stopEdit");
    form->addRow(tr("Sto&p:"), m_stop);
    connect(m_stop, &UtcDateTimeEdit::dateTimeEdited, this, [this, dateSetter](const QDateTime &when) {
        edit(tr("Edit stop"), [&](ServiceTask &t) { dateSetter(t.dtStop, when); });
    });
}

void ServiceTaskForm::buildSitesAndPeriods(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("Sites and periods"), QStringLiteral("sitesSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_siteMode = named(new CodeComboBox(EnumCatalog::siteModes(), section), "siteModeCombo");
    form->addRow(tr("Site &mode:"), m_siteMode);
    connect(m_siteMode, &CodeComboBox::codeEdited, this, [this](const QString &code) {
        edit(tr("Edit site mode"), [code](ServiceTask &t) { t.siteMode = code; });
    });

    m_sites = named(new StringListEdit(section), "sitesEdit");
    m_sites->setMaximumHeight(150);
    form->addRow(tr("S&ites:"), m_sites);
    connect(m_sites, &StringListEdit::itemsEdited, this, [this](const QStringList &sites) {
        edit(tr("Edit sites"), [sites](ServiceTask &t) { t.sites = sites; });
    });

    m_schedule = named(new CodeComboBox(EnumCatalog::schedules(), section), "scheduleCombo");
    form->addRow(tr("Sched&ule:"), m_schedule);
    connect(m_schedule, &CodeComboBox::codeEdited, this, [this](const QString &code) {
        edit(tr("Edit schedule"), [code](ServiceTask &t) { t.schedule = code; });
    });

    m_periods = named(new PeriodsEditor(section), "periodsEditor");
    form->addRow(tr("Perio&ds:"), m_periods);
    connect(m_periods, &PeriodsEditor::periodsEdited, this, [this](const QJsonArray &periods) {
        edit(tr("Edit periods"), [periods](ServiceTask &t) { t.periods = periods; });
    });
}

void ServiceTaskForm::buildServer(QVBoxLayout *sections)
{
    auto *section = new FormSection(tr("Server"), QStringLiteral("serverSection"), m_fields);
    sections->addWidget(section);
    QFormLayout *form = section->rows();

    m_ext = named(new QTableWidget(0, 2, section), "extTable");
    m_ext->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_ext->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ext->horizontalHeader()->setStretchLastSection(true);
    m_ext->verticalHeader()->hide();
    m_ext->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ext->setTabKeyNavigation(false); // Tab goes on to the next field, not round the cells
    m_ext->setMaximumHeight(110);
    m_ext->setToolTip(tr("Set by the server; read-only"));
    form->addRow(tr("Server data:"), m_ext);

    m_id = named(new QLabel(section), "idLabel");
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setWordWrap(true); // a UUID breaks at its dashes in a narrow form rather than be cut
    form->addRow(tr("Id:"), m_id);
    m_state = named(new QLabel(section), "stateLabel");
    m_state->setWordWrap(true);
    form->addRow(tr("Sync state:"), m_state);
}

void ServiceTaskForm::focusName()
{
    m_frame.focusField(m_name);
}

void ServiceTaskForm::showRecord(std::optional<qint64> localId)
{
    if (localId != m_localId)
        commitPending();
    m_localId = localId;
    reload();
}

void ServiceTaskForm::commitPending()
{
    // A text typed but not yet committed (the focus never left the field) belongs to
    // the record on show, not to the next one.
    if (!m_record)
        return;
    m_frame.commitFocusedField(); // a cell editor of the periods table, typed interval text
    if (m_periods->hasUnappliedJson()
        && Confirmation::ask(this, tr("Periods"),
                             tr("The periods JSON of \"%1\" was edited but not applied. Apply it now?\n"
                                "No drops the edited text.").arg(m_record->local.name)))
        m_periods->applyPendingJson();
    if (m_name->isModified())
        edit(tr("Edit name"), [this](ServiceTask &t) { t.name = m_name->text(); });
    if (m_script->isModified())
        edit(tr("Edit script"), [this](ServiceTask &t) { t.scriptCode = m_script->text().trimmed(); });
    if (m_title->isModified())
        edit(tr("Edit title"), [this](ServiceTask &t) { t.setTitle(m_title->text()); });
    if (m_comment->toPlainText() != m_record->local.comment())
        edit(tr("Edit comment"), [this](ServiceTask &t) { t.setComment(m_comment->toPlainText()); });
}

void ServiceTaskForm::reload()
{
    m_record = m_localId ? m_store.get(*m_localId) : std::nullopt;
    if (m_record && m_record->state == SyncState::Deleted)
        m_record.reset();
    m_frame.showRecord(m_record.has_value(), tr("Select a service task, or create one with New."));
    if (m_record)
        fill(*m_record);
}

void ServiceTaskForm::fill(const StoredServiceTask &record)
{
    const ServiceTask &t = record.local;
    // Programmatic updates must not look like user edits.
    const QList<QWidget *> widgets{m_name, m_enabled, m_script, m_siteMode, m_sites, m_regular,
                                   m_interval, m_overlap, m_start, m_stop, m_schedule, m_periods,
                                   m_title, m_comment};
    QList<QSharedPointer<QSignalBlocker>> blockers;
    for (QWidget *w : widgets)
        blockers.append(QSharedPointer<QSignalBlocker>::create(w));

    m_frame.header->setText(t.name.isEmpty() ? tr("(unnamed service task)") : t.name);
    FieldText::show(m_name, t.name);
    m_enabled->setChecked(t.isEnabled);
    FieldText::show(m_script, t.scriptCode);
    m_siteMode->setCode(t.siteMode);
    if (m_sites->items() != t.sites)
        m_sites->setItems(t.sites);
    m_regular->setChecked(t.isRegular);
    if (m_interval->seconds() != t.intervalSec)
        m_interval->setSeconds(t.intervalSec);
    m_overlap->setChecked(t.overlap);
    m_start->setDateTime(t.dtStart.toUtc());
    m_stop->setDateTime(t.dtStop.toUtc());
    m_schedule->setCode(t.schedule);
    if (m_periods->periods() != t.periods)
        m_periods->setPeriods(t.periods);
    FieldText::show(m_title, t.title());
    if (m_comment->toPlainText() != t.comment())
        m_comment->setPlainText(t.comment());

    fillServerData(t.ext);
    m_id->setText(t.id);
    m_state->setText(SyncStateLine::of(record));

    updateRelevance(t);
    showIssues(t);
}

void ServiceTaskForm::fillServerData(const QJsonObject &ext)
{
    m_ext->setRowCount(0);
    for (auto it = ext.constBegin(); it != ext.constEnd(); ++it) {
        const int row = m_ext->rowCount();
        m_ext->insertRow(row);
        const QJsonValue value = it.value();
        QString text = value.isString() ? value.toString()
                                        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        QString label = it.key();
        QString tip = text;
        // The server's own times in local time like Start and Stop; the raw value stays in the tip.
        Timestamp when;
        const bool isTime = (it.key() == QLatin1String("ct") || it.key() == QLatin1String("lwt"))
            && Timestamp::parse(text, &when) && !when.isEmpty();
        if (it.key() == QLatin1String("ct"))
            label = tr("Created");
        else if (it.key() == QLatin1String("lwt"))
            label = tr("Last written");
        if (isTime) {
            tip = QStringLiteral("%1: %2").arg(it.key(), text);
            text = LocalDates::text(when.toUtc(), true);
        }
        auto *key = new QTableWidgetItem(label);
        key->setToolTip(it.key());
        auto *shown = new QTableWidgetItem(text);
        shown->setToolTip(tip);
        m_ext->setItem(row, 0, key);
        m_ext->setItem(row, 1, shown);
    }
}

void ServiceTaskForm::updateRelevance(const ServiceTask &t)
{
    // Disabled, not hidden: the values stay visible and are kept.
    m_interval->setEnabled(t.isRegular);
    m_overlap->setEnabled(t.isRegular);
    // Known codes that do not use a site list / periods switch those off; an unknown
    // code might use them, so they stay editable.
    m_sites->setEnabled(EnumCatalog::siteModeUsesList(t.siteMode)
                        || !EnumCatalog::isKnown(EnumCatalog::siteModes(), t.siteMode));
    m_periods->setEnabled(t.schedule == EnumCatalog::scheduleIndividual()
                          || !EnumCatalog::isKnown(EnumCatalog::schedules(), t.schedule));
}

void ServiceTaskForm::showIssues(const ServiceTask &t)
{
    m_frame.showIssues(Validator::validate(t), tr("Draft, will not be sent to the server until fixed:"));
}

void ServiceTaskForm::edit(const QString &description, const std::function<void(ServiceTask &)> &change)
{
    if (!m_record)
        return;
    ServiceTask after = m_record->local;
    change(after);
    if (after == m_record->local)
        return;
    const QVector<ServiceTaskChange> changes{{m_record->localId, m_record->local, after}};
    QString error;
    const bool ok = m_editor ? m_editor->apply(description, changes, &error)
                             : ServiceTaskChangeSet::apply(m_store, changes, true, &error);
    if (!ok) {
        emit editFailed(error);
        reload(); // show what is stored, not the refused value
    }
}
