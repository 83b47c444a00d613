#include "sync/ConflictDialog.h"

#include "Confirmation.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Workspace.h"
#include "sync/RecordDiff.h"
#include "WindowLayout.h"
#include "widgets/CommitOnEnterDelegate.h"
#include "widgets/WheelGuard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A value as the user types it: strings bare, anything else as JSON.
QString editText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return value.isNull() ? QStringLiteral("null") : QString();
    if (value.isString())
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

ConflictDialog::ConflictDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_resolver(workspace)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve conflicts"));

    m_intro = new QLabel(tr("These records were changed here and on the server. For each field, keep your "
                            "value, take the server's, or edit it; then apply. Nothing is sent until the next sync."),
                         this);
    m_intro->setObjectName(QStringLiteral("conflictIntro"));
    m_intro->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("conflictSplitter"));
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("conflictRecordList"));
    m_list->setAccessibleName(tr("Records in conflict"));

    createFieldPane(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // Record names are long (Russian ones especially): the list starts wide enough for them.
    splitter->setSizes({280, 920});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);

    m_keepMineEverywhere = new QPushButton(tr("Keep mine in all records"), this);
    m_keepMineEverywhere->setObjectName(QStringLiteral("keepMineEverywhereButton"));
    m_takeTheirsEverywhere = new QPushButton(tr("Take theirs in all records"), this);
    m_takeTheirsEverywhere->setObjectName(QStringLiteral("takeTheirsEverywhereButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("conflictButtons"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_keepMineEverywhere);
    bottom->addWidget(m_takeTheirsEverywhere);
    bottom->addStretch();
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    WindowLayout::resizeWithinScreen(*this, QSize(1200, 560));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connectChoices();

    reload();
}

// The right side: the record's title, its conflicting fields and the buttons for them.
void ConflictDialog::createFieldPane(QSplitter *splitter)
{
    auto *right = new QWidget(splitter);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("conflictRecordTitle"));
    m_title->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, right);
    m_table->setObjectName(QStringLiteral("conflictFieldTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Base"), tr("Mine"), tr("Theirs"), tr("Choice"), tr("Result")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    // Enter in an edited value commits it, and does not press Apply with the old one.
    m_table->setItemDelegateForColumn(ResultColumn, new CommitOnEnterDelegate(m_table));
    m_table->setWordWrap(false);
    // Base, mine, theirs and the result share the width; the rest fit their text.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    for (int column : {BaseColumn, MineColumn, TheirsColumn, ResultColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_keepMine = new QPushButton(tr("Keep &mine"), right);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setToolTip(tr("Keep your value for the selected fields"));
    m_takeTheirs = new QPushButton(tr("Take &theirs"), right);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_takeTheirs->setToolTip(tr("Take the server's value for the selected fields"));
    m_editValue = new QPushButton(tr("&Edit value"), right);
    m_editValue->setObjectName(QStringLiteral("editValueButton"));
    m_editValue->setToolTip(tr("Type a value of your own for the selected field"));
    m_keepAllMine = new QPushButton(tr("Keep &all mine"), right);
    m_keepAllMine->setObjectName(QStringLiteral("keepAllMineButton"));
    m_keepAllMine->setToolTip(tr("Keep your values for every field of this record"));
    m_takeAllTheirs = new QPushButton(tr("Take all t&heirs"), right);
    m_takeAllTheirs->setObjectName(QStringLiteral("takeAllTheirsButton"));
    m_takeAllTheirs->setToolTip(tr("Take the server's values for every field of this record"));
    m_apply = new QPushButton(tr("A&pply to this record"), right);
    m_apply->setObjectName(QStringLiteral("applyRecordButton"));
    m_apply->setDefault(true);

    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_keepMine);
    fieldButtons->addWidget(m_takeTheirs);
    fieldButtons->addWidget(m_editValue);
    fieldButtons->addStretch();
    fieldButtons->addWidget(m_keepAllMine);
    fieldButtons->addWidget(m_takeAllTheirs);
    fieldButtons->addWidget(m_apply);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(fieldButtons);
}

void ConflictDialog::connectChoices()
{
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showRecord);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { chooseForSelection(Choice::Mine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { chooseForSelection(Choice::Theirs); });
    connect(m_editValue, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || !m_table->item(row, ResultColumn) || !(m_table->item(row, ResultColumn)->flags() & Qt::ItemIsEditable))
            return;
        setChoice(row, Choice::Edit);
        m_table->setCurrentCell(row, ResultColumn);
        m_table->editItem(m_table->item(row, ResultColumn));
    });
    connect(m_keepAllMine, &QPushButton::clicked, this, [this] { chooseAll(Choice::Mine); });
    connect(m_takeAllTheirs, &QPushButton::clicked, this, [this] { chooseAll(Choice::Theirs); });
    connect(m_apply, &QPushButton::clicked, this, &ConflictDialog::applyCurrent);
    connect(m_keepMineEverywhere, &QPushButton::clicked, this, [this] { resolveAllAsked(Choice::Mine); });
    connect(m_takeTheirsEverywhere, &QPushButton::clicked, this, [this] { resolveAllAsked(Choice::Theirs); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // The user typed a value of their own: that is the "edit" choice.
        // An editor committed after its record was applied and removed has nothing to change.
        if (m_filling || item->column() != ResultColumn || m_shown < 0 || m_shown >= m_records.size())
            return;
        Record &record = m_records[m_shown];
        record.edits[item->row()] = item->text();
        record.choices[item->row()] = Choice::Edit;
        refreshResult(item->row());
    });
}

void ConflictDialog::reject()
{
    // Values typed into the result column are the operator's work: closing asks first.
    int unapplied = 0;
    for (const Record &record : std::as_const(m_records))
        unapplied += record.choices.contains(Choice::Edit) ? 1 : 0;
    if (unapplied > 0
        && !Confirmation::ask(this, tr("Resolve conflicts"),
                              tr("Edited values of %n record(s) are not applied yet. Close and drop them?",
                                 nullptr, unapplied)))
        return;
    QDialog::reject();
}

void ConflictDialog::reload()
{
    const QVector<Record> before = m_records;
    m_records.clear();
    for (const ConflictRecord &data : m_resolver.records()) {
        Record record{data, {}, {}};
        for (const FieldConflict &c : data.conflicts) {
            record.choices.append(Choice::Mine);
            record.edits.append(editText(c.mine));
        }
        m_records.append(record);
    }
    // Choices survive a reload for a record whose conflicts are still the same.
    for (Record &record : m_records) {
        for (const Record &old : before) {
            if (old.data.kind != record.data.kind || old.data.localId != record.data.localId
                || old.data.conflicts.size() != record.data.conflicts.size())
                continue;
            bool same = true;
            for (int i = 0; i < record.data.conflicts.size() && same; ++i)
                same = old.data.conflicts[i].path == record.data.conflicts[i].path;
            if (same) {
                record.choices = old.choices;
                record.edits = old.edits;
            }
        }
    }
    m_list->blockSignals(true);
    m_list->clear();
    for (const Record &record : std::as_const(m_records)) {
        auto *item = new QListWidgetItem(QIcon(record.data.kind == ConflictRecord::Kind::Series ? QStringLiteral(":/icons/series.svg")
                                                                           : QStringLiteral(":/icons/svctask.svg")),
                                         record.data.name.isEmpty() ? tr("(no name)") : record.data.name);
        item->setToolTip(record.data.why);
        m_list->addItem(item);
    }
    m_list->blockSignals(false);
    m_shown = -1;
    if (m_records.isEmpty()) {
        showRecord(-1);
        showMessage(tr("No record is in conflict."), false);
    } else {
        m_list->setCurrentRow(0);
        showRecord(0);
    }
}

int ConflictDialog::currentRecord() const
{
    return m_shown;
}

void ConflictDialog::selectRecord(int index)
{
    m_list->setCurrentRow(index);
}

bool ConflictDialog::editable(const FieldConflict &conflict) const
{
    // Whole records, steps, actions and orders are chosen, not typed.
    return conflict.path.isTypedValue();
}

QString ConflictDialog::display(const FieldConflict &conflict, const QJsonValue &value) const
{
    if (value.isUndefined())
        return conflict.path.kind() == ConflictPath::Kind::Record ? tr("(deleted)") : tr("(none)");
    if (conflict.path.kind() == ConflictPath::Kind::Record && value.isObject())
        return tr("the record “%1”").arg(value.toObject().value(QStringLiteral("name")).toString());
    if (value.isObject() && value.toObject().value(QStringLiteral("name")).isString())
        return tr("“%1”").arg(value.toObject().value(QStringLiteral("name")).toString()); // a whole step or action
    // An interval in seconds or a flag as 0/1 read as the form shows them.
    if (conflict.path.kind() == ConflictPath::Kind::Field && conflict.path.object().isEmpty() && value.isDouble())
        return RecordDiff::fieldValueText(conflict.path.key(), value);
    return editText(value);
}

void ConflictDialog::showRecord(int index)
{
    m_shown = index >= 0 && index < m_records.size() ? index : -1;
    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(0);
    const bool has = m_shown >= 0;
    for (QWidget *w : {static_cast<QWidget *>(m_keepMine), static_cast<QWidget *>(m_takeTheirs),
                       static_cast<QWidget *>(m_editValue), static_cast<QWidget *>(m_keepAllMine),
                       static_cast<QWidget *>(m_takeAllTheirs), static_cast<QWidget *>(m_apply),
                       static_cast<QWidget *>(m_keepMineEverywhere), static_cast<QWidget *>(m_takeTheirsEverywhere)})
        w->setEnabled(has);
    if (!has) {
        m_title->setText(tr("Nothing to resolve."));
        m_filling = false;
        return;
    }
    const Record &record = m_records[m_shown];
    m_title->setText(tr("<b>%1</b> — %2").arg(record.data.name.toHtmlEscaped(), record.data.why.toHtmlEscaped()));
    m_table->setRowCount(int(record.data.conflicts.size()));
    for (int row = 0; row < record.data.conflicts.size(); ++row) {
        const FieldConflict &c = record.data.conflicts[row];
        auto *field = new QTableWidgetItem(c.label.isEmpty() ? c.path.format() : c.label);
        field->setToolTip(c.path.format());
        field->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, FieldColumn, field);
        const QJsonValue values[] = {c.base, c.mine, c.theirs};
        for (int k = 0; k < 3; ++k) {
            auto *item = new QTableWidgetItem(display(c, values[k]));
            item->setToolTip(values[k].isObject()
                                 ? QString::fromUtf8(QJsonDocument(values[k].toObject()).toJson(QJsonDocument::Indented))
                                 : display(c, values[k]));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, BaseColumn + k, item);
        }
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("conflictChoice%1").arg(row));
        combo->addItem(tr("Keep mine"), int(Choice::Mine));
        combo->addItem(tr("Take theirs"), int(Choice::Theirs));
        combo->addItem(tr("Edit"), int(Choice::Edit));
        if (!editable(c)) {
            // A disabled entry: the model of a plain combo is a QStandardItemModel.
            combo->setItemData(2, 0, Qt::UserRole - 1);
        }
        connect(combo, &QComboBox::activated, this, [this, row, combo](int) {
            setChoice(row, Choice(combo->currentData().toInt()));
        });
        WheelGuard::protect(combo);
        m_table->setCellWidget(row, ChoiceColumn, combo);
        auto *result = new QTableWidgetItem;
        result->setFlags(editable(c) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                     : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, ResultColumn, result);
        refreshResult(row);
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, FieldColumn);
    m_filling = false;
}

void ConflictDialog::refreshResult(int row)
{
    if (m_shown < 0 || row < 0 || row >= m_table->rowCount())
        return;
    const bool wasFilling = m_filling;
    m_filling = true;
    const Record &record = m_records[m_shown];
    const FieldConflict &c = record.data.conflicts[row];
    const Choice choice = record.choices[row];
    QTableWidgetItem *result = m_table->item(row, ResultColumn);
    result->setText(choice == Choice::Mine     ? display(c, c.mine)
                    : choice == Choice::Theirs ? display(c, c.theirs)
                                               : record.edits[row]);
    // The side that wins is shown in bold.
    for (int column : {MineColumn, TheirsColumn}) {
        QTableWidgetItem *item = m_table->item(row, column);
        QFont font = item->font();
        font.setBold((column == MineColumn && choice == Choice::Mine) || (column == TheirsColumn && choice == Choice::Theirs));
        item->setFont(font);
    }
    if (auto *combo = choiceCombo(row))
        combo->setCurrentIndex(combo->findData(int(choice)));
    m_filling = wasFilling;
}

QComboBox *ConflictDialog::choiceCombo(int fieldRow) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(fieldRow, ChoiceColumn));
}

int ConflictDialog::fieldRow(const QString &path) const
{
    const std::optional<ConflictPath> wanted = ConflictPath::parse(path);
    if (m_shown < 0 || !wanted)
        return -1;
    const Record &record = m_records[m_shown];
    for (int i = 0; i < record.data.conflicts.size(); ++i) {
        if (record.data.conflicts[i].path == *wanted)
            return i;
    }
    return -1;
}

void ConflictDialog::setChoice(int fieldRow, Choice choice)
{
    if (m_shown < 0 || fieldRow < 0 || fieldRow >= m_records[m_shown].data.conflicts.size())
        return;
    Record &record = m_records[m_shown];
    if (choice == Choice::Edit && !editable(record.data.conflicts[fieldRow]))
        return;
    if (choice == Choice::Edit && record.choices[fieldRow] != Choice::Edit) {
        // Start editing from the value on show.
        const FieldConflict &c = record.data.conflicts[fieldRow];
        record.edits[fieldRow] = editText(record.choices[fieldRow] == Choice::Theirs ? c.theirs : c.mine);
    }
    record.choices[fieldRow] = choice;
    refreshResult(fieldRow);
}

void ConflictDialog::setEditedValue(int fieldRow, const QString &text)
{
    if (m_shown < 0 || fieldRow < 0 || fieldRow >= m_records[m_shown].data.conflicts.size()
        || !editable(m_records[m_shown].data.conflicts[fieldRow]))
        return;
    m_records[m_shown].edits[fieldRow] = text;
    m_records[m_shown].choices[fieldRow] = Choice::Edit;
    refreshResult(fieldRow);
}

void ConflictDialog::chooseForSelection(Choice choice)
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    for (int row : std::as_const(rows))
        setChoice(row, choice);
}

void ConflictDialog::chooseAll(Choice choice)
{
    if (m_shown < 0)
        return;
    for (int row = 0; row < m_records[m_shown].data.conflicts.size(); ++row)
        setChoice(row, choice);
}

std::optional<QJsonValue> ConflictDialog::valueOf(const Record &record, int i, QString *error) const
{
    const FieldConflict &c = record.data.conflicts[i];
    switch (record.choices[i]) {
    case Choice::Mine:
        return c.mine;
    case Choice::Theirs:
        return c.theirs;
    case Choice::Edit:
        break;
    }
    const QString text = record.edits[i];
    const QJsonValue like = c.mine.isUndefined() ? (c.theirs.isUndefined() ? c.base : c.theirs) : c.mine;
    if (like.isString() || like.isUndefined())
        return QJsonValue(text);
    // Numbers, booleans, arrays, objects: typed as JSON.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8(), &parseError);
    if (text.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        *error = tr("“%1” is not a value for %2: write a number, true or false, null, or JSON such as [\"A\", \"B\"].")
                     .arg(text, c.label.isEmpty() ? c.path.format() : c.label);
        return std::nullopt;
    }
    return document.array().at(0);
}

bool ConflictDialog::apply(Record &record, QString *error)
{
    QVector<QJsonValue> values;
    for (int i = 0; i < record.data.conflicts.size(); ++i) {
        const auto value = valueOf(record, i, error);
        if (!value)
            return false;
        values.append(*value);
    }
    return m_resolver.apply(record.data, values, error);
}

bool ConflictDialog::applyCurrent()
{
    if (m_shown < 0)
        return false;
    QString error;
    const QString name = m_records[m_shown].data.name;
    if (!apply(m_records[m_shown], &error)) {
        showMessage(error, true);
        return false;
    }
    const bool toSend = leftToSend(m_records[m_shown].data);
    removeRecord(m_shown);
    QString text = tr("“%1” is resolved.").arg(name);
    if (m_records.isEmpty()) {
        // Taking the server's values everywhere leaves nothing to send: do not say the sync sends it.
        text = toSend ? tr("“%1” is resolved. No conflict is left; the next sync sends the result.").arg(name)
                      : tr("“%1” is resolved. No conflict is left; it matches the server now, so there is nothing to send.")
                            .arg(name);
    }
    showMessage(text, false);
    emit resolved();
    return true;
}

bool ConflictDialog::leftToSend(const ConflictRecord &record) const
{
    std::optional<SyncState> state;
    if (record.kind == ConflictRecord::Kind::ServiceTask) {
        if (const auto stored = m_workspace.serviceTasks().get(record.localId))
            state = stored->state;
    } else if (const auto stored = m_workspace.series().get(record.localId)) {
        state = stored->state;
    }
    return state && *state != SyncState::Clean; // gone here (the server's delete taken): nothing either
}

int ConflictDialog::resolveAll(Choice choice)
{
    if (choice == Choice::Edit)
        return 0;
    const auto side = choice == Choice::Mine ? ConflictResolver::Side::Mine : ConflictResolver::Side::Theirs;
    int done = 0;
    QStringList errors;
    for (int i = int(m_records.size()) - 1; i >= 0; --i) {
        const Record &record = m_records[i];
        QString error;
        if (m_resolver.applySide(record.data, side, &error)) {
            ++done;
            removeRecord(i);
        } else {
            errors.prepend(QStringLiteral("%1: %2").arg(record.data.name, error));
        }
    }
    if (errors.isEmpty())
        showMessage(tr("%n record(s) resolved.", nullptr, done), false);
    else
        showMessage(tr("%n record(s) resolved; these could not be:", nullptr, done) + QLatin1Char('\n')
                        + errors.join(QLatin1Char('\n')),
                    true);
    if (m_shown >= 0)
        showRecord(m_shown);
    if (done > 0)
        emit resolved();
    return done;
}

void ConflictDialog::resolveAllAsked(Choice choice)
{
    const QString text = choice == Choice::Mine
        ? tr("Keep your values in all %n record(s) in conflict?", nullptr, recordCount())
        : tr("Take the server's values in all %n record(s) in conflict? Your conflicting changes are lost.", nullptr,
             recordCount());
    if (Confirmation::ask(this, tr("Resolve all conflicts"), text))
        resolveAll(choice);
}

void ConflictDialog::removeRecord(int index)
{
    m_records.removeAt(index);
    m_list->blockSignals(true);
    delete m_list->takeItem(index);
    m_list->blockSignals(false);
    const int next = m_records.isEmpty() ? -1 : qMin(index, int(m_records.size()) - 1);
    m_list->setCurrentRow(next);
    showRecord(next);
}

void ConflictDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString ConflictDialog::message() const
{
    return m_message->text();
}
