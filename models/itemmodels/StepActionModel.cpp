#include "itemmodels/StepActionModel.h"

#include "domain/LocalKeys.h"
#include "domain/Validator.h"
#include "itemmodels/StepActionDisplay.h"
#include "itemmodels/StepActionPaths.h"
#include "storage/TaskSeriesStore.h"

#include <QMimeData>

#include <algorithm>

struct StepActionModel::Node
{
    explicit Node(bool step) : isStep(step) {}
    virtual ~Node() = default;
    const bool isStep;
};

struct StepActionModel::ActionNode : Node
{
    ActionNode(const Action &a, StepNode *p) : Node(false), action(a), parent(p) {}
    Action action;
    StepNode *parent;
};

struct StepActionModel::StepNode : Node
{
    StepNode() : Node(true) {}
    Step step; // its `actions` are kept in the nodes below, not here
    std::vector<std::unique_ptr<ActionNode>> actions;
};

QString StepActionModel::mimeType()
{
    return StepActionPaths::mimeType();
}

StepActionModel::StepActionModel(TaskSeriesStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&m_store, &TaskSeriesStore::changed, this, &StepActionModel::reloadFromStore);
    connect(&m_store, &TaskSeriesStore::inserted, this, &StepActionModel::reloadFromStore);
    connect(&m_store, &TaskSeriesStore::removed, this, &StepActionModel::reloadFromStore);
}

StepActionModel::~StepActionModel() = default;

std::unique_ptr<StepActionModel::StepNode> StepActionModel::makeStep(const Step &step)
{
    auto node = std::make_unique<StepNode>();
    node->step = step;
    node->step.actions.clear();
    for (const Action &action : step.actions)
        node->actions.push_back(std::make_unique<ActionNode>(action, node.get()));
    return node;
}

void StepActionModel::rebuild(const TaskSeries &series)
{
    beginResetModel();
    m_committed = series;
    m_steps.clear();
    for (const Step &step : series.steps)
        m_steps.push_back(makeStep(step));
    refreshIssues();
    endResetModel();
    emit contentChanged();
}

void StepActionModel::setSeries(std::optional<qint64> localId)
{
    m_localId = localId;
    std::optional<StoredTaskSeries> stored = localId ? m_store.get(*localId) : std::nullopt;
    if (stored && stored->state == SyncState::Deleted)
        stored.reset();
    if (!stored)
        m_localId.reset();
    rebuild(stored ? stored->local : TaskSeries());
}

void StepActionModel::reloadFromStore(qint64 localId)
{
    if (!m_localId || *m_localId != localId || m_committing)
        return;
    const auto stored = m_store.get(localId);
    if (!stored || stored->state == SyncState::Deleted) {
        setSeries(std::nullopt);
        return;
    }
    if (stored->local.steps == series().steps) {
        m_committed = stored->local; // another part of the series changed: keep the tree as it is
        refreshIssues();
        emit contentChanged();
        return;
    }
    rebuild(stored->local); // an undo, a redo, an import: show what is stored
}

TaskSeries StepActionModel::series() const
{
    TaskSeries result = m_committed;
    result.steps.clear();
    for (const auto &stepNode : m_steps) {
        Step step = stepNode->step;
        for (const auto &actionNode : stepNode->actions)
            step.actions.append(actionNode->action);
        result.steps.append(step);
    }
    return result;
}

bool StepActionModel::commit(const QString &description)
{
    const TaskSeries after = series();
    refreshIssues();
    if (!m_localId) {
        emit editFailed(tr("No series is open."));
        return false;
    }
    if (after == m_committed)
        return true;
    QVector<TaskSeriesChange> changes{{*m_localId, m_committed, after}};
    QString error;
    m_committing = true;
    const bool ok = m_editor ? m_editor->apply(description, changes, &error)
                             : TaskSeriesChangeSet::apply(m_store, changes, true, &error);
    m_committing = false;
    if (!ok) {
        emit editFailed(error);
        const qint64 id = *m_localId;
        m_localId.reset();
        setSeries(id); // back to what is stored
        return false;
    }
    m_committed = after;
    emit contentChanged();
    return true;
}

void StepActionModel::refreshIssues()
{
    m_issues.clear();
    const ValidationIssues issues = Validator::validate(series());
    for (const ValidationIssue &issue : issues) {
        if (!issue.field.startsWith(QLatin1String("steps[")))
            continue;
        // "steps[1].actions[0].name" belongs to the item "steps[1].actions[0]".
        const int dot = issue.field.lastIndexOf(QLatin1Char('.'));
        const QString item = dot > 0 && !issue.field.mid(dot + 1).contains(QLatin1Char('['))
            ? issue.field.left(dot) : issue.field;
        m_issues[item].append(issue.message);
    }
}

// --- structure ---------------------------------------------------------------

StepActionModel::Node *StepActionModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

StepActionModel::StepNode *StepActionModel::stepOf(const QModelIndex &index) const
{
    Node *node = nodeOf(index);
    if (!node)
        return nullptr;
    return node->isStep ? static_cast<StepNode *>(node) : static_cast<ActionNode *>(node)->parent;
}

StepActionModel::ActionNode *StepActionModel::actionOf(const QModelIndex &index) const
{
    Node *node = nodeOf(index);
    return node && !node->isStep ? static_cast<ActionNode *>(node) : nullptr;
}

bool StepActionModel::isStep(const QModelIndex &index) const
{
    Node *node = nodeOf(index);
    return node && node->isStep;
}

int StepActionModel::rowOfStep(const StepNode *step) const
{
    for (size_t i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].get() == step)
            return int(i);
    }
    return -1;
}

int StepActionModel::rowOfAction(const ActionNode *action) const
{
    const auto &actions = action->parent->actions;
    for (size_t i = 0; i < actions.size(); ++i) {
        if (actions[i].get() == action)
            return int(i);
    }
    return -1;
}

QModelIndex StepActionModel::indexOfStep(const StepNode *step, int column) const
{
    const int row = rowOfStep(step);
    return row < 0 ? QModelIndex() : createIndex(row, column, static_cast<Node *>(const_cast<StepNode *>(step)));
}

QModelIndex StepActionModel::indexOfAction(const ActionNode *action, int column) const
{
    const int row = rowOfAction(action);
    return row < 0 ? QModelIndex() : createIndex(row, column, static_cast<Node *>(const_cast<ActionNode *>(action)));
}

QModelIndex StepActionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid()) {
        if (row >= int(m_steps.size()))
            return QModelIndex();
        return createIndex(row, column, static_cast<Node *>(m_steps[row].get()));
    }
    Node *node = nodeOf(parent);
    if (!node || !node->isStep || parent.column() != 0)
        return QModelIndex();
    auto *step = static_cast<StepNode *>(node);
    if (row >= int(step->actions.size()))
        return QModelIndex();
    return createIndex(row, column, static_cast<Node *>(step->actions[row].get()));
}

QModelIndex StepActionModel::parent(const QModelIndex &child) const
{
    ActionNode *action = actionOf(child);
    return action ? indexOfStep(action->parent) : QModelIndex();
}

int StepActionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_steps.size());
    Node *node = nodeOf(parent);
    if (!node || !node->isStep || parent.column() != 0)
        return 0;
    return int(static_cast<StepNode *>(node)->actions.size());
}

int StepActionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString StepActionModel::pathOf(const QModelIndex &index) const
{
    if (ActionNode *action = actionOf(index))
        return Validator::actionPath(rowOfStep(action->parent), rowOfAction(action));
    if (StepNode *step = stepOf(index))
        return Validator::stepPath(rowOfStep(step));
    return QString();
}

// --- data ---------------------------------------------------------------------

QVariant StepActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QStringList issues = m_issues.value(pathOf(index));
    if (ActionNode *node = actionOf(index))
        return StepActionDisplay::actionData(node->action, index.column(), role, issues);
    StepNode *node = stepOf(index);
    return StepActionDisplay::stepData(node->step, int(node->actions.size()), index.row(), index.column(),
                                       role, issues);
}

QVariant StepActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    // The required column is as narrow as its check boxes: a mark on top, the word in its
    // tool tip («Обязательное» took ~100 px of a 1024-px window from the names).
    if (section == Required && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return role == Qt::DisplayRole ? QStringLiteral("\u2713") : tr("Required");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name: return tr("Step / action");
    case Type: return tr("Type");
    }
    return QVariant();
}

Qt::ItemFlags StepActionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // steps can be dropped at the top level
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (isStep(index)) {
        f |= Qt::ItemIsDropEnabled; // actions dropped on a step go into it
        if (index.column() == Name)
            f |= Qt::ItemIsEditable;
        return f;
    }
    if (index.column() == Name || index.column() == Type)
        f |= Qt::ItemIsEditable;
    if (index.column() == Required)
        f |= Qt::ItemIsUserCheckable;
    return f | Qt::ItemNeverHasChildren;
}

bool StepActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QString description;
    if (ActionNode *node = actionOf(index)) {
        Action &a = node->action;
        const Action before = a;
        if (role == Qt::EditRole && index.column() == Name) {
            a.name = value.toString();
            description = tr("Rename action");
        } else if (role == Qt::EditRole && index.column() == Type) {
            a.type = value.toString().trimmed();
            description = tr("Change action type");
        } else if ((role == Qt::CheckStateRole || role == Qt::EditRole) && index.column() == Required) {
            a.required = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
            description = a.required ? tr("Make action required") : tr("Make action optional");
        } else if (role == MinValueRole || role == MaxValueRole) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            const std::optional<double> v = value.isValid() && ok ? std::optional<double>(number) : std::nullopt;
            role == MinValueRole ? a.setMinValue(v) : a.setMaxValue(v);
            description = tr("Change action range");
        } else {
            return false;
        }
        if (a == before)
            return false;
        const QModelIndex first = indexOfAction(node, 0), last = indexOfAction(node, ColumnCount - 1);
        emit dataChanged(first, last);
        return commit(description);
    }
    StepNode *node = stepOf(index);
    Step &s = node->step;
    const Step before = s;
    if (role == Qt::EditRole && index.column() == Name) {
        s.name = value.toString();
        description = tr("Rename step");
    } else if (role == PointIdRole) {
        s.pointId = value.toString().trimmed();
        description = tr("Change checkpoint");
    } else {
        return false;
    }
    if (s == before)
        return false;
    emit dataChanged(indexOfStep(node, 0), indexOfStep(node, ColumnCount - 1));
    return commit(description);
}

// --- operations -------------------------------------------------------------------

void StepActionModel::announceCount(const StepNode *step)
{
    // A step's Type cell says how many actions it has.
    const QModelIndex cell = indexOfStep(step, Type);
    if (cell.isValid())
        emit dataChanged(cell, cell, {Qt::DisplayRole});
}

QModelIndex StepActionModel::addStep(int position)
{
    if (!m_localId)
        return QModelIndex();
    const int row = position < 0 || position > int(m_steps.size()) ? int(m_steps.size()) : position;
    Step step;
    step.localKey = LocalKeys::fresh();
    step.name = tr("Step %1").arg(m_steps.size() + 1);
    beginInsertRows(QModelIndex(), row, row);
    m_steps.insert(m_steps.begin() + row, makeStep(step));
    endInsertRows();
    StepNode *node = m_steps[row].get();
    return commit(tr("Add step")) ? indexOfStep(node) : QModelIndex();
}

QModelIndex StepActionModel::addAction(const QModelIndex &stepOrAction)
{
    StepNode *step = stepOf(stepOrAction);
    if (!step || !m_localId)
        return QModelIndex();
    ActionNode *after = actionOf(stepOrAction);
    const int row = after ? rowOfAction(after) + 1 : int(step->actions.size());
    Action action;
    action.localKey = LocalKeys::fresh();
    action.name = tr("Action %1").arg(step->actions.size() + 1);
    beginInsertRows(indexOfStep(step), row, row);
    step->actions.insert(step->actions.begin() + row, std::make_unique<ActionNode>(action, step));
    endInsertRows();
    announceCount(step);
    ActionNode *node = step->actions[row].get();
    return commit(tr("Add action")) ? indexOfAction(node) : QModelIndex();
}

QModelIndex StepActionModel::duplicate(const QModelIndex &index)
{
    if (ActionNode *source = actionOf(index)) {
        Action copy = source->action;
        copy.seriesId.clear(); // a new item: the server gives it an identity
        copy.localKey = LocalKeys::fresh();
        StepNode *step = source->parent;
        const int row = rowOfAction(source) + 1;
        beginInsertRows(indexOfStep(step), row, row);
        step->actions.insert(step->actions.begin() + row, std::make_unique<ActionNode>(copy, step));
        endInsertRows();
        announceCount(step);
        ActionNode *node = step->actions[row].get();
        return commit(tr("Duplicate action")) ? indexOfAction(node) : QModelIndex();
    }
    StepNode *source = stepOf(index);
    if (!source)
        return QModelIndex();
    Step copy = source->step;
    copy.seriesId.clear();
    copy.localKey = LocalKeys::fresh();
    for (const auto &action : source->actions) {
        Action a = action->action;
        a.seriesId.clear();
        a.localKey = LocalKeys::fresh();
        copy.actions.append(a);
    }
    const int row = rowOfStep(source) + 1;
    beginInsertRows(QModelIndex(), row, row);
    m_steps.insert(m_steps.begin() + row, makeStep(copy));
    endInsertRows();
    StepNode *node = m_steps[row].get();
    return commit(tr("Duplicate step")) ? indexOfStep(node) : QModelIndex();
}

bool StepActionModel::remove(const QModelIndex &index)
{
    if (ActionNode *action = actionOf(index)) {
        StepNode *step = action->parent;
        const int row = rowOfAction(action);
        beginRemoveRows(indexOfStep(step), row, row);
        step->actions.erase(step->actions.begin() + row);
        endRemoveRows();
        announceCount(step);
        return commit(tr("Remove action"));
    }
    StepNode *step = stepOf(index);
    if (!step)
        return false;
    const int row = rowOfStep(step);
    beginRemoveRows(QModelIndex(), row, row);
    m_steps.erase(m_steps.begin() + row);
    endRemoveRows();
    return commit(tr("Remove step"));
}

bool StepActionModel::moveAction(ActionNode *action, StepNode *to, int position)
{
    StepNode *from = action->parent;
    const int source = rowOfAction(action);
    const int size = int(to->actions.size());
    int destination = position < 0 || position > size ? size : position; // before-move terms
    if (from == to && (destination == source || destination == source + 1))
        return false; // already there
    if (!beginMoveRows(indexOfStep(from), source, source, indexOfStep(to), destination))
        return false;
    std::unique_ptr<ActionNode> node = std::move(from->actions[source]);
    from->actions.erase(from->actions.begin() + source);
    if (from == to && destination > source)
        --destination;
    node->parent = to;
    to->actions.insert(to->actions.begin() + destination, std::move(node));
    endMoveRows();
    if (from != to) {
        announceCount(from);
        announceCount(to);
    }
    return true;
}

bool StepActionModel::moveStep(StepNode *step, int position)
{
    const int source = rowOfStep(step);
    const int size = int(m_steps.size());
    int destination = position < 0 || position > size ? size : position;
    if (destination == source || destination == source + 1)
        return false;
    if (!beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination))
        return false;
    std::unique_ptr<StepNode> node = std::move(m_steps[source]);
    m_steps.erase(m_steps.begin() + source);
    if (destination > source)
        --destination;
    m_steps.insert(m_steps.begin() + destination, std::move(node));
    endMoveRows();
    return true;
}

bool StepActionModel::moveActions(const QModelIndexList &actions, const QModelIndex &stepIndex, int position)
{
    StepNode *to = stepOf(stepIndex);
    if (!to || !isStep(stepIndex))
        return false;
    // Resolve to nodes first: indexes go stale as rows move. Keep their visual order.
    std::vector<ActionNode *> nodes;
    for (const QModelIndex &index : actions) {
        ActionNode *node = actionOf(index);
        if (node && std::find(nodes.begin(), nodes.end(), node) == nodes.end())
            nodes.push_back(node);
    }
    if (nodes.empty())
        return false;
    std::stable_sort(nodes.begin(), nodes.end(), [this](ActionNode *a, ActionNode *b) {
        const int sa = rowOfStep(a->parent), sb = rowOfStep(b->parent);
        return sa != sb ? sa < sb : rowOfAction(a) < rowOfAction(b);
    });
    // Anchor: the action the moved ones go before (stable while others move).
    const int size = int(to->actions.size());
    ActionNode *anchor = position >= 0 && position < size ? to->actions[position].get() : nullptr;
    while (anchor && std::find(nodes.begin(), nodes.end(), anchor) != nodes.end()) {
        const int next = rowOfAction(anchor) + 1;
        anchor = next < int(to->actions.size()) ? to->actions[next].get() : nullptr;
    }
    bool moved = false;
    for (ActionNode *node : nodes)
        moved |= moveAction(node, to, anchor ? rowOfAction(anchor) : -1);
    if (!moved)
        return false;
    return commit(nodes.size() == 1 ? tr("Move action") : tr("Move %n action(s)", nullptr, int(nodes.size())));
}

bool StepActionModel::moveSteps(const QModelIndexList &steps, int position)
{
    std::vector<StepNode *> nodes;
    for (const QModelIndex &index : steps) {
        if (!isStep(index))
            continue;
        StepNode *node = stepOf(index);
        if (std::find(nodes.begin(), nodes.end(), node) == nodes.end())
            nodes.push_back(node);
    }
    if (nodes.empty())
        return false;
    std::stable_sort(nodes.begin(), nodes.end(), [this](StepNode *a, StepNode *b) { return rowOfStep(a) < rowOfStep(b); });
    StepNode *anchor = position >= 0 && position < int(m_steps.size()) ? m_steps[position].get() : nullptr;
    while (anchor && std::find(nodes.begin(), nodes.end(), anchor) != nodes.end()) {
        const int next = rowOfStep(anchor) + 1;
        anchor = next < int(m_steps.size()) ? m_steps[next].get() : nullptr;
    }
    bool moved = false;
    for (StepNode *node : nodes)
        moved |= moveStep(node, anchor ? rowOfStep(anchor) : -1);
    if (!moved)
        return false;
    return commit(nodes.size() == 1 ? tr("Move step") : tr("Move %n step(s)", nullptr, int(nodes.size())));
}

QModelIndex StepActionModel::moveUp(const QModelIndex &index)
{
    if (ActionNode *action = actionOf(index)) {
        StepNode *step = action->parent;
        const int row = rowOfAction(action);
        if (row > 0) {
            moveAction(action, step, row - 1);
        } else {
            // At the top of its step: on to the end of the step above.
            const int stepRow = rowOfStep(step);
            if (stepRow == 0)
                return QModelIndex();
            moveAction(action, m_steps[stepRow - 1].get(), -1);
        }
        return commit(tr("Move action up")) ? indexOfAction(action) : QModelIndex();
    }
    StepNode *step = stepOf(index);
    if (!step || rowOfStep(step) == 0)
        return QModelIndex();
    moveStep(step, rowOfStep(step) - 1);
    return commit(tr("Move step up")) ? indexOfStep(step) : QModelIndex();
}

QModelIndex StepActionModel::moveDown(const QModelIndex &index)
{
    if (ActionNode *action = actionOf(index)) {
        StepNode *step = action->parent;
        const int row = rowOfAction(action);
        if (row + 1 < int(step->actions.size())) {
            moveAction(action, step, row + 2);
        } else {
            // At the bottom of its step: on to the start of the step below.
            const int stepRow = rowOfStep(step);
            if (stepRow + 1 >= int(m_steps.size()))
                return QModelIndex();
            moveAction(action, m_steps[stepRow + 1].get(), 0);
        }
        return commit(tr("Move action down")) ? indexOfAction(action) : QModelIndex();
    }
    StepNode *step = stepOf(index);
    if (!step || rowOfStep(step) + 1 >= int(m_steps.size()))
        return QModelIndex();
    moveStep(step, rowOfStep(step) + 2);
    return commit(tr("Move step down")) ? indexOfStep(step) : QModelIndex();
}

int StepActionModel::actionCount() const
{
    int count = 0;
    for (const auto &step : m_steps)
        count += int(step->actions.size());
    return count;
}

int StepActionModel::requiredCount() const
{
    int count = 0;
    for (const auto &step : m_steps)
        for (const auto &action : step->actions)
            count += action->action.required ? 1 : 0;
    return count;
}

// --- drag and drop -------------------------------------------------------------------

QMimeData *StepActionModel::mimeData(const QModelIndexList &indexes) const
{
    QVector<QPair<int, int>> paths;
    for (const QModelIndex &index : indexes) {
        if (index.column() != 0)
            continue;
        const QPair<int, int> path = actionOf(index) ? qMakePair(index.parent().row(), index.row())
                                                     : qMakePair(index.row(), -1);
        if (!paths.contains(path))
            paths.append(path);
    }
    return StepActionPaths::encode(paths);
}

bool StepActionModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data || !data->hasFormat(mimeType()) || !m_localId)
        return false;
    const auto paths = StepActionPaths::decode(data);
    if (paths.isEmpty())
        return false;
    const bool steps = std::all_of(paths.cbegin(), paths.cend(), [](const auto &p) { return p.second < 0; });
    const bool actions = std::all_of(paths.cbegin(), paths.cend(), [](const auto &p) { return p.second >= 0; });
    if (steps)
        return !parent.isValid() || (isStep(parent)); // between steps, or onto a step (after it)
    if (actions)
        return parent.isValid(); // into a step, or onto an action (after it)
    return false; // steps and actions together: no single place fits both
}

bool StepActionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto paths = StepActionPaths::decode(data);
    QModelIndexList sources;
    for (const auto &path : paths) {
        const QModelIndex step = index(path.first, 0);
        const QModelIndex source = path.second < 0 ? step : index(path.second, 0, step);
        if (!source.isValid())
            return false;
        sources.append(source);
    }
    if (paths.first().second < 0) {
        // Steps: between steps at `row`, or after the step dropped on.
        const int position = parent.isValid() ? parent.row() + 1 : row;
        moveSteps(sources, position);
    } else if (isStep(parent)) {
        moveActions(sources, parent.sibling(parent.row(), 0), row);
    } else {
        // Dropped onto an action: after it, in its step.
        moveActions(sources, parent.parent(), parent.row() + 1);
    }
    return false; // the move is done; the view must not remove anything itself
}
