#include "ServiceTasksPage.h"

#include "Confirmation.h"
#include "RecordViews.h"
#include "widgets/EmptyTableHint.h"
#include "history/HistoryAction.h"
#include "history/ServiceTaskHistory.h"
#include "widgets/SearchField.h"
#include "ServiceTaskDelegate.h"
#include "ServiceTaskForm.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "storage/ServiceTaskStore.h"
#include "undo/UndoServiceTaskEditor.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

using Model = ServiceTaskTableModel;

ServiceTasksPage::ServiceTasksPage(ServiceTaskStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("serviceTasksPage"));
    m_editor = new UndoServiceTaskEditor(store, undoStack, this);
    connect(m_editor, &UndoServiceTaskEditor::failed, this, [this](const QString &message) {
        emit statusMessage(tr("Not saved: %1").arg(message));
    });
    m_model = new ServiceTaskTableModel(store, this);
    m_model->setEditor(m_editor);

    m_search = new SearchField(m_model, this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, script, title, comment (Ctrl+F)"));
    connect(m_search, &SearchField::submitted, this, [this] { m_view->setFocus(); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("serviceTaskSplitter"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("serviceTaskTable"));
    m_view->setItemDelegate(new ServiceTaskDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // The columns an operator needs every day are on show; the rest are a right click away.
    RecordViews::setUpTable(m_view, m_model, {Model::SiteMode, Model::Sites, Model::Regular, Model::Overlap, Model::Stop,
                                     Model::Schedule, Model::Title, Model::Created, Model::LastWrite});
    m_view->setColumnWidth(Model::Name, 190);
    m_view->setColumnWidth(Model::ScriptCode, 110);
    m_view->setColumnWidth(Model::Interval, 80);
    m_view->setColumnWidth(Model::Sites, 140);
    for (int column : {Model::Enabled, Model::Regular, Model::Overlap})
        m_view->setColumnWidth(column, m_view->fontMetrics().horizontalAdvance(Model::columnName(column)) + 24);
    for (int column : {Model::Start, Model::Stop, Model::Created, Model::LastWrite})
        m_view->setColumnWidth(column, RecordViews::dateColumnWidth(m_view, Model::columnName(column)));
    m_view->setColumnWidth(Model::State, RecordViews::stateColumnWidth(m_view, Model::columnName(Model::State)));
    auto *hint = new EmptyTableHint(m_view, m_model, tr("No tasks match “%1”"));
    hint->setObjectName(QStringLiteral("serviceTaskEmptyHint"));
    HistoryAction::install(m_view, [this]() -> std::unique_ptr<HistorySubject> {
        const auto id = RecordViews::currentRecord(m_view, m_model);
        return id ? std::make_unique<ServiceTaskHistory>(m_store, *m_editor, *id) : nullptr;
    });
    // Enter edits the current cell, as F2 does.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEditable)
            m_view->edit(index); // refused (false) while an editor is already open
    });

    m_form = new ServiceTaskForm(store, m_splitter);
    m_form->setEditor(m_editor);
    connect(m_form, &ServiceTaskForm::editFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Not saved: %1").arg(message));
    });
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_form);
    // The table comes first; the form scrolls.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({660, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);

    RecordViews::followCurrentRecord(m_view, m_model, this, [this] { onCurrentChanged(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServiceTasksPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ServiceTasksPage::countsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ServiceTasksPage::countsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceTasksPage::countsChanged);
}

void ServiceTasksPage::onCurrentChanged()
{
    m_form->showRecord(RecordViews::currentRecord(m_view, m_model));
}

QVector<qint64> ServiceTasksPage::selectedIds() const
{
    return RecordViews::selectedIds(m_view, m_model);
}

void ServiceTasksPage::selectId(qint64 localId)
{
    RecordViews::select(m_view, m_model, m_search, localId);
}

bool ServiceTasksPage::apply(const QString &description, const QVector<ServiceTaskChange> &changes)
{
    if (changes.isEmpty())
        return false;
    QString error;
    if (!m_editor->apply(description, changes, &error))
        return false; // reported through UndoServiceTaskEditor::failed
    return true;
}

void ServiceTasksPage::createNew()
{
    ServiceTask task; // the contract's defaults
    task.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    task.name = tr("New service task");
    if (!apply(tr("New service task"), {{std::nullopt, task}}))
        return;
    if (const auto id = m_store.localIdForUuid(task.id)) {
        selectId(*id);
        m_form->focusName();
    }
}

void ServiceTasksPage::duplicateSelected()
{
    QVector<ServiceTaskChange> changes;
    QString lastUuid;
    for (const StoredServiceTask &record : m_store.getMany(selectedIds())) {
        ServiceTask copy = record.local;
        copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        copy.name = tr("%1 (copy)").arg(record.local.name);
        copy.ext = QJsonObject(); // the server makes these for the new record
        copy.sitesShape = ServiceTask::SitesShape::Array;
        lastUuid = copy.id;
        changes.append({std::nullopt, copy});
    }
    if (!apply(tr("Duplicate %n service task(s)", nullptr, changes.size()), changes))
        return;
    if (const auto id = m_store.localIdForUuid(lastUuid))
        selectId(*id);
}

void ServiceTasksPage::deleteSelected()
{
    const QVector<StoredServiceTask> records = m_store.getMany(selectedIds());
    if (records.isEmpty())
        return;
    const QString text = records.size() == 1
        ? tr("Delete the service task \"%1\"?").arg(records.first().local.name)
        : tr("Delete %n service task(s)?", nullptr, records.size());
    if (!Confirmation::ask(this, tr("Delete"), text + QLatin1Char('\n')
                               + tr("Synced tasks are deleted on the server at the next sync. You can undo this.")))
        return;
    QVector<ServiceTaskChange> changes;
    for (const StoredServiceTask &record : records)
        changes.append({record.localId, record.local, std::nullopt});
    apply(tr("Delete %n service task(s)", nullptr, changes.size()), changes);
}

void ServiceTasksPage::setSelectedEnabled(bool enabled)
{
    QVector<ServiceTaskChange> changes;
    for (const StoredServiceTask &record : m_store.getMany(selectedIds())) {
        if (record.local.isEnabled == enabled)
            continue;
        ServiceTask after = record.local;
        after.isEnabled = enabled;
        changes.append({record.localId, record.local, after});
    }
    apply(enabled ? tr("Enable %n service task(s)", nullptr, changes.size())
                  : tr("Disable %n service task(s)", nullptr, changes.size()),
          changes);
}

void ServiceTasksPage::focusSearch()
{
    m_search->focusForSearch();
}

QByteArray ServiceTasksPage::saveLayout() const
{
    return RecordViews::saveLayout(m_splitter, m_view);
}

void ServiceTasksPage::restoreLayout(const QByteArray &state)
{
    RecordViews::restoreLayout(m_splitter, m_view, m_model, state);
}
