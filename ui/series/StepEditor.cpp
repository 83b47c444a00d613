#include "StepEditor.h"

#include "domain/EnumCatalog.h"
#include "itemmodels/StepActionModel.h"
#include "widgets/CodeComboBox.h"
#include "widgets/CompactToolBar.h"
#include "widgets/FieldText.h"
#include "widgets/WheelGuard.h"

#include <QAction>
#include <QJsonArray>
#include <QLocale>

#include <functional>
#include <QCheckBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The Type column of an action: known types with their meaning, any typed code kept.
class TypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != StepActionModel::Type)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new CodeComboBox(EnumCatalog::actionTypes(), parent);
        combo->setObjectName(QStringLiteral("cellEditor"));
        WheelGuard::protect(combo);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<CodeComboBox *>(editor))
            combo->setCode(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<CodeComboBox *>(editor))
            model->setData(index, combo->code(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

StepEditor::StepEditor(TaskSeriesStore &store, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepEditor"));
    m_model = new StepActionModel(store, this);

    QToolBar *toolBar = createActions();
    createTree();
    createSummary();
    createDetails();
    createExtraTable();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues);
    layout->addWidget(m_details);
    layout->addWidget(m_extra);

    connectModel();
    updateActions();
    updateSummary();
    showDetails();
    WheelGuard::protect(this);
}

// The tool bar's actions; the tree gets them too (createTree), with keys of its own.
QToolBar *StepEditor::createActions()
{
    auto *toolBar = new CompactToolBar(this);
    toolBar->setObjectName(QStringLiteral("stepToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    // Keys act on the tree only, so Delete in a text field still deletes text.
    auto makeAction = [this, toolBar](const char *name, const QString &text, const QString &icon,
                                      const QKeySequence &shortcut, std::function<void()> slot) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(shortcut.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, std::move(slot));
        toolBar->addAction(action);
        return action;
    };
    m_addStep = makeAction("addStepAction", tr("Add step"), QStringLiteral(":/icons/step.svg"),
                           QKeySequence(Qt::CTRL | Qt::Key_Insert), [this] { addStep(); });
    m_addAction = makeAction("addActionAction", tr("Add action"), QStringLiteral(":/icons/new.svg"),
                             QKeySequence(Qt::Key_Insert), [this] { addAction(); });
    m_duplicate = makeAction("duplicateItemAction", tr("Duplicate"), QStringLiteral(":/icons/duplicate.svg"),
                             QKeySequence(), [this] { duplicateCurrent(); });
    // Says what it removes: the window's Delete deletes the whole series (and both
    // were «Удалить» in Russian). updateActions() names the current item.
    m_remove = makeAction("removeItemAction", tr("Remove step"), QStringLiteral(":/icons/delete.svg"),
                          QKeySequence(Qt::Key_Delete), [this] { removeCurrent(); });
    m_moveUp = makeAction("moveUpAction", tr("Up"), QStringLiteral(":/icons/up.svg"),
                          QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(true); });
    m_moveDown = makeAction("moveDownAction", tr("Down"), QStringLiteral(":/icons/down.svg"),
                            QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(false); });
    return toolBar;
}

void StepEditor::createTree()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("stepTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TypeDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(StepActionModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(StepActionModel::Type, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(StepActionModel::Required, QHeaderView::ResizeToContents);
    m_view->addActions({m_addStep, m_addAction, m_duplicate, m_remove, m_moveUp, m_moveDown});
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEditable)
            m_view->edit(index);
    });
}

void StepEditor::createSummary()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stepSummaryLabel"));
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("stepIssuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
}

// The details panel: a hint when nothing is current, a step's page, an action's page.
void StepEditor::createDetails()
{
    m_details = new QStackedWidget(this);
    m_details->setObjectName(QStringLiteral("itemDetails"));
    auto *empty = new QLabel(tr("Select a step or an action to see its details."), m_details);
    empty->setWordWrap(true);
    m_details->addWidget(empty);
    m_details->addWidget(createStepPage());
    m_details->addWidget(createActionPage());
}

QWidget *StepEditor::createStepPage()
{
    auto *stepPage = new QWidget(m_details);
    auto *stepForm = new QFormLayout(stepPage);
    m_pointId = new QLineEdit(stepPage);
    m_pointId->setObjectName(QStringLiteral("pointIdEdit"));
    // A hint, not a value: an example UUID in grey reads like a stored one.
    m_pointId->setPlaceholderText(tr("UUID of the checkpoint"));
    stepForm->addRow(tr("Check&point id:"), m_pointId);
    connect(m_pointId, &QLineEdit::editingFinished, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (m_model->isStep(current))
            m_model->setData(current.siblingAtColumn(0), m_pointId->text(), StepActionModel::PointIdRole);
    });
    return stepPage;
}

QWidget *StepEditor::createActionPage()
{
    auto *actionPage = new QWidget(m_details);
    auto *actionForm = new QFormLayout(actionPage);
    m_type = new CodeComboBox(EnumCatalog::actionTypes(), actionPage);
    m_type->setObjectName(QStringLiteral("actionTypeCombo"));
    actionForm->addRow(tr("&Type:"), m_type);
    connect(m_type, &CodeComboBox::codeEdited, this, [this](const QString &code) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !m_model->isStep(current))
            m_model->setData(current.siblingAtColumn(StepActionModel::Type), code, Qt::EditRole);
    });
    m_required = new QCheckBox(tr("&Required"), actionPage);
    m_required->setObjectName(QStringLiteral("requiredCheck"));
    actionForm->addRow(QString(), m_required);
    connect(m_required, &QCheckBox::clicked, this, [this](bool on) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !m_model->isStep(current))
            m_model->setData(current.siblingAtColumn(StepActionModel::Required), on ? Qt::Checked : Qt::Unchecked,
                             Qt::CheckStateRole);
    });
    m_minValue = createNumberEdit(actionPage, "minValueEdit", StepActionModel::MinValueRole);
    m_maxValue = createNumberEdit(actionPage, "maxValueEdit", StepActionModel::MaxValueRole);
    actionForm->addRow(tr("&Minimum:"), m_minValue);
    actionForm->addRow(tr("M&aximum:"), m_maxValue);
    return actionPage;
}

// A number of the current action (empty = not set), written under the given role.
QLineEdit *StepEditor::createNumberEdit(QWidget *page, const char *name, int role)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(QLatin1String(name));
    edit->setValidator(new QDoubleValidator(edit));
    edit->setPlaceholderText(tr("not set"));
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, role] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !m_model->isStep(current))
            writeNumber(current.siblingAtColumn(0), edit, role);
    });
    return edit;
}

void StepEditor::writeNumber(const QModelIndex &item, QLineEdit *edit, int role)
{
    edit->setModified(false);
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) { // emptied on purpose: not set
        m_model->setData(item, QVariant(), role);
        return;
    }
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    // Unfinished text ("4e", "-") left behind by a click elsewhere is no value to store,
    // and no reason to drop the one stored either.
    if (!ok) {
        emit editFailed(tr("“%1” is not a number; the value before stays.").arg(text));
        return;
    }
    m_model->setData(item, value, role);
}

void StepEditor::createExtraTable()
{
    m_extra = new QTableWidget(0, 2, this);
    m_extra->setObjectName(QStringLiteral("itemExtraTable"));
    m_extra->setHorizontalHeaderLabels({tr("Other field"), tr("Value")});
    m_extra->horizontalHeader()->setStretchLastSection(true);
    m_extra->verticalHeader()->hide();
    m_extra->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_extra->setMaximumHeight(100);
    m_extra->setToolTip(tr("Fields this version does not know; they are kept and sent back unchanged."));
}

void StepEditor::connectModel()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        commitPendingDetails();
        updateActions();
        showDetails();
    });
    connect(m_model, &StepActionModel::contentChanged, this, [this] {
        updateSummary();
        showDetails();
        updateActions();
    });
    connect(m_model, &StepActionModel::editFailed, this, &StepEditor::editFailed);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_pathBeforeReset.clear();
        for (QModelIndex i = m_view->currentIndex(); i.isValid(); i = i.parent())
            m_pathBeforeReset.prepend(i.row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &StepEditor::restoreCurrentAfterReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        m_view->expand(parent);
    });
}

void StepEditor::setEditor(TaskSeriesEditor *editor)
{
    m_model->setEditor(editor);
}

void StepEditor::showSeries(std::optional<qint64> localId)
{
    m_model->setSeries(localId);
    m_view->expandAll();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void StepEditor::restoreCurrentAfterReset()
{
    m_view->expandAll();
    QModelIndex index;
    for (int row : std::as_const(m_pathBeforeReset)) {
        const QModelIndex child = m_model->index(row, 0, index);
        if (!child.isValid())
            break;
        index = child;
    }
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void StepEditor::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void StepEditor::commitPendingDetails()
{
    // Text typed in the details panel but not committed yet (no Enter, focus still
    // there) belongs to the item the panel shows, whatever becomes current next.
    const QModelIndex item = m_detailsItem;
    if (!item.isValid())
        return;
    if (m_model->isStep(item)) {
        if (m_pointId->isModified()) {
            m_pointId->setModified(false);
            m_model->setData(item, m_pointId->text(), StepActionModel::PointIdRole);
        }
        return;
    }
    for (auto [edit, role] : {std::pair{m_minValue, int(StepActionModel::MinValueRole)},
                              std::pair{m_maxValue, int(StepActionModel::MaxValueRole)}}) {
        if (edit->isModified())
            writeNumber(item, edit, role);
    }
}

void StepEditor::addStep()
{
    commitPendingDetails();
    const QModelIndex current = m_view->currentIndex();
    int position = -1;
    if (current.isValid())
        position = (m_model->isStep(current) ? current.row() : current.parent().row()) + 1;
    const QModelIndex added = m_model->addStep(position);
    select(added);
    if (added.isValid())
        m_view->edit(added);
}

void StepEditor::addAction()
{
    commitPendingDetails();
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        if (m_model->rowCount() == 0)
            return;
        current = m_model->index(m_model->rowCount() - 1, 0);
    }
    const QModelIndex added = m_model->addAction(current.siblingAtColumn(0));
    select(added);
    if (added.isValid())
        m_view->edit(added);
}

void StepEditor::duplicateCurrent()
{
    commitPendingDetails();
    select(m_model->duplicate(m_view->currentIndex().siblingAtColumn(0)));
}

void StepEditor::removeCurrent()
{
    commitPendingDetails();
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex parent = current.parent();
    const int row = current.row();
    if (!m_model->remove(current.siblingAtColumn(0)))
        return;
    // Keep the keyboard where it was: the next item, else the previous, else the parent.
    const int rows = m_model->rowCount(parent);
    select(rows > 0 ? m_model->index(qMin(row, rows - 1), 0, parent) : parent);
}

void StepEditor::moveCurrent(bool up)
{
    commitPendingDetails();
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    select(up ? m_model->moveUp(current) : m_model->moveDown(current));
}

void StepEditor::updateActions()
{
    const bool open = m_model->seriesLocalId().has_value();
    const QModelIndex current = m_view->currentIndex();
    m_addStep->setEnabled(open);
    m_addAction->setEnabled(open && m_model->rowCount() > 0);
    m_duplicate->setEnabled(current.isValid());
    m_remove->setEnabled(current.isValid());
    const bool onAction = current.isValid() && current.parent().isValid();
    m_remove->setText(onAction ? tr("Remove action") : tr("Remove step"));
    m_remove->setToolTip(QStringLiteral("%1 (%2)").arg(m_remove->text(), m_remove->shortcut().toString(QKeySequence::NativeText)));
    m_moveUp->setEnabled(current.isValid());
    m_moveDown->setEnabled(current.isValid());
    m_view->setEnabled(open);
}

void StepEditor::updateSummary()
{
    m_summary->setText(tr("%n step(s)", nullptr, m_model->stepCount()) + QStringLiteral(" · ")
                       + tr("%n action(s)", nullptr, m_model->actionCount()) + QStringLiteral(" · ")
                       + tr("%n required", nullptr, m_model->requiredCount()));
    QStringList problems;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            problems += index.data(StepActionModel::IssuesRole).toStringList();
            collect(index);
        }
    };
    collect(QModelIndex());
    m_issues->setText(problems.isEmpty() ? QString() : QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    m_issues->setVisible(!problems.isEmpty());
}

void StepEditor::showDetails()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    m_detailsItem = current;
    m_extra->setRowCount(0);
    if (!current.isValid()) {
        m_details->setCurrentIndex(0);
        return;
    }
    const QJsonObject extra = current.data(StepActionModel::ExtraRole).toJsonObject();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (it.key() == QLatin1String("minValue") || it.key() == QLatin1String("maxValue"))
            continue; // edited above
        const int row = m_extra->rowCount();
        m_extra->insertRow(row);
        m_extra->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_extra->setItem(row, 1, new QTableWidgetItem(jsonText(it.value())));
    }
    if (m_model->isStep(current)) {
        m_details->setCurrentIndex(1);
        const QString point = current.data(StepActionModel::PointIdRole).toString();
        FieldText::show(m_pointId, point);
        return;
    }
    m_details->setCurrentIndex(2);
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockRequired(m_required);
    m_type->setCode(current.siblingAtColumn(StepActionModel::Type).data(Qt::EditRole).toString());
    m_required->setChecked(current.siblingAtColumn(StepActionModel::Required).data(Qt::EditRole).toBool());
    const bool isNumber = m_type->code() == EnumCatalog::actionTypeNumber();
    m_minValue->setEnabled(isNumber);
    m_maxValue->setEnabled(isNumber);
    auto show = [](QLineEdit *edit, const QVariant &value) {
        const QString text = value.isValid() ? QLocale().toString(value.toDouble(), 'g', 15) : QString();
        FieldText::show(edit, text);
    };
    show(m_minValue, current.data(StepActionModel::MinValueRole));
    show(m_maxValue, current.data(StepActionModel::MaxValueRole));
}
