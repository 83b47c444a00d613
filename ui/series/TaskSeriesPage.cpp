#include "TaskSeriesPage.h"

#include "Confirmation.h"
#include "RecordViews.h"
#include "widgets/EmptyTableHint.h"
#include "history/HistoryAction.h"
#include "history/SeriesHistory.h"
#include "widgets/SearchField.h"
#include "StepEditor.h"
#include "TaskSeriesForm.h"
#include "itemmodels/StepActionModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "storage/TaskSeriesStore.h"
#include "undo/UndoTaskSeriesEditor.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

TaskSeriesPage::TaskSeriesPage(TaskSeriesStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("seriesPage"));
    m_editor = new UndoTaskSeriesEditor(store, undoStack, this);
    connect(m_editor, &UndoTaskSeriesEditor::failed, this, [this](const QString &message) {
        emit statusMessage(tr("Not saved: %1").arg(message));
    });
    m_model = new TaskSeriesTableModel(store, this);

    m_search = new SearchField(m_model, this);
    m_search->setObjectName(QStringLiteral("seriesSearchField"));
    m_search->setPlaceholderText(tr("Search name, description, tags (Ctrl+F)"));
    connect(m_search, &SearchField::submitted, this, [this] { m_view->setFocus(); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("seriesSplitter"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("seriesTable"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    using Model = TaskSeriesTableModel;
    RecordViews::setUpTable(m_view, m_model, {Model::OrderedSteps, Model::StrictTime, Model::Deadlined, Model::Tags,
                                     Model::Assignees, Model::Location});
    m_view->setColumnWidth(Model::Name, 200);
    for (int column : {Model::Start, Model::End})
        m_view->setColumnWidth(column, RecordViews::dateColumnWidth(m_view, Model::columnName(column)));
    m_view->setColumnWidth(Model::State, RecordViews::stateColumnWidth(m_view, Model::columnName(Model::State)));
    auto *hint = new EmptyTableHint(m_view, m_model, tr("No series match “%1”"));
    hint->setObjectName(QStringLiteral("seriesEmptyHint"));
    HistoryAction::install(m_view, [this]() -> std::unique_ptr<HistorySubject> {
        const auto id = RecordViews::currentRecord(m_view, m_model);
        return id ? std::make_unique<SeriesHistory>(m_store, *m_editor, *id) : nullptr;
    });

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("seriesTabs"));
    m_form = new TaskSeriesForm(store, m_tabs);
    m_form->setEditor(m_editor);
    m_steps = new StepEditor(store, m_tabs);
    m_steps->setEditor(m_editor);
    m_tabs->addTab(m_form, tr("Deta&ils"));
    m_tabs->addTab(m_steps, tr("Steps and a&ctions"));
    connect(m_form, &TaskSeriesForm::editFailed, this, [this](const QString &m) { emit statusMessage(tr("Not saved: %1").arg(m)); });
    connect(m_steps, &StepEditor::editFailed, this, [this](const QString &m) { emit statusMessage(tr("Not saved: %1").arg(m)); });
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_tabs);
    // The table comes first; the details scroll.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 440});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);

    RecordViews::followCurrentRecord(m_view, m_model, this, [this] { onCurrentChanged(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TaskSeriesPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TaskSeriesPage::countsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TaskSeriesPage::countsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskSeriesPage::countsChanged);
}

void TaskSeriesPage::onCurrentChanged()
{
    const std::optional<qint64> shown = RecordViews::currentRecord(m_view, m_model);
    m_form->showRecord(shown);
    if (m_steps->model()->seriesLocalId() != shown)
        m_steps->showSeries(shown);
}

QVector<qint64> TaskSeriesPage::selectedIds() const
{
    return RecordViews::selectedIds(m_view, m_model);
}

void TaskSeriesPage::selectId(qint64 localId)
{
    RecordViews::select(m_view, m_model, m_search, localId);
}

void TaskSeriesPage::createNew()
{
    TaskSeries series; // priority NORMAL, no steps yet
    series.name = tr("New series");
    // The next full hour, for an hour: a sensible window to adjust.
    QDateTime start = QDateTime::currentDateTimeUtc();
    start = QDateTime(start.date(), QTime(start.time().hour(), 0), Qt::UTC).addSecs(3600);
    series.startAt = Timestamp::fromDateTime(start, Timestamp::Style::Milliseconds);
    series.endAt = Timestamp::fromDateTime(start.addSecs(3600), Timestamp::Style::Milliseconds);
    QVector<TaskSeriesChange> changes{{0, std::nullopt, series}};
    QString error;
    if (!m_editor->apply(tr("New series"), changes, &error))
        return;
    selectId(changes.first().localId);
    m_tabs->setCurrentWidget(m_form);
    m_form->focusName();
}

void TaskSeriesPage::duplicateSelected()
{
    QVector<TaskSeriesChange> changes;
    for (const StoredTaskSeries &record : m_store.getMany(selectedIds())) {
        TaskSeries copy = record.local;
        copy.name = tr("%1 (copy)").arg(record.local.name);
        // A copy is a new series: the server gives it and its items their ids.
        copy.seriesId.clear();
        for (Step &step : copy.steps) {
            step.seriesId.clear();
            for (Action &action : step.actions)
                action.seriesId.clear();
        }
        changes.append({0, std::nullopt, copy});
    }
    if (changes.isEmpty())
        return;
    QString error;
    if (m_editor->apply(tr("Duplicate %n series", nullptr, changes.size()), changes, &error))
        selectId(changes.last().localId);
}

void TaskSeriesPage::deleteSelected()
{
    const QVector<StoredTaskSeries> records = m_store.getMany(selectedIds());
    if (records.isEmpty())
        return;
    const QString text = records.size() == 1 ? tr("Delete the series \"%1\"?").arg(records.first().local.name)
                                             : tr("Delete %n series?", nullptr, records.size());
    // TARGPatrol's API cannot delete a series (SeriesPush): do not promise the sync does.
    const bool synced = std::any_of(records.cbegin(), records.cend(),
                                    [](const StoredTaskSeries &record) { return record.base.has_value(); });
    const QString consequence = synced
        ? tr("A synced series stays on the server: TARGPatrol cannot delete a series through its API, "
             "so delete it in TARGPatrol too; the next sync then removes it here. You can undo this.")
        : tr("You can undo this.");
    if (!Confirmation::ask(this, tr("Delete"), text + QLatin1Char('\n') + consequence))
        return;
    QVector<TaskSeriesChange> changes;
    for (const StoredTaskSeries &record : records)
        changes.append({record.localId, record.local, std::nullopt});
    QString error;
    m_editor->apply(tr("Delete %n series", nullptr, changes.size()), changes, &error);
}

void TaskSeriesPage::focusSearch()
{
    m_search->focusForSearch();
}

QByteArray TaskSeriesPage::saveLayout() const
{
    return RecordViews::saveLayout(m_splitter, m_view);
}

void TaskSeriesPage::restoreLayout(const QByteArray &state)
{
    RecordViews::restoreLayout(m_splitter, m_view, m_model, state);
}
