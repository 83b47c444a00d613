#include "widgets/PeriodsEditor.h"

#include <QAbstractItemDelegate>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum Column { KeyColumn, ValueColumn };

// The key a row stands for; no value while a new row waits for its name.
constexpr int KeyRole = Qt::UserRole;

constexpr int maximumSummaryLength = 120;

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument takes arrays and objects only: wrap, then unwrap.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return PeriodsEditor::tr("Text");
    case QJsonValue::Double:
        return PeriodsEditor::tr("Number");
    case QJsonValue::Bool:
        return PeriodsEditor::tr("True or false");
    case QJsonValue::Object:
        return PeriodsEditor::tr("Object (JSON)");
    case QJsonValue::Array:
        return PeriodsEditor::tr("Array (JSON)");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return PeriodsEditor::tr("Null");
}

QString elided(const QString &text)
{
    if (text.size() <= maximumSummaryLength)
        return text;
    return text.left(maximumSummaryLength - 1) + QChar(0x2026);
}

void setMessageStyle(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #d00000;"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

} // namespace

PeriodsEditor::PeriodsEditor(QWidget *parent)
    : QWidget(parent)
{
    // Made before the controls, so that it heads the editor's part of the Tab chain:
    // the focus proxy puts the editor just before its first child, and made last the
    // splitter put it after its controls, where Tab from the last one led back to the list.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    QLayout *listColumn = createListColumn();
    QLayout *tableColumn = createKeysColumn();
    auto *structured = new QWidget(this);
    structured->setObjectName(QStringLiteral("structuredPane"));
    // Stacked, not side by side: the editor lives in a narrow form column.
    auto *structuredLayout = new QVBoxLayout(structured);
    structuredLayout->setObjectName(QStringLiteral("structuredLayout"));
    structuredLayout->setContentsMargins(0, 0, 0, 0);
    structuredLayout->addLayout(listColumn, 1);
    structuredLayout->addLayout(tableColumn, 2);
    layOut(splitter, structured, createJsonPane());
    setTabOrders();
    connectControls();
    setPeriods(QJsonArray());
}

// Items: the list of periods with its buttons.
QLayout *PeriodsEditor::createListColumn()
{
    auto *listLabel = new QLabel(tr("Periods"), this);
    listLabel->setObjectName(QStringLiteral("periodsLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("periodsList"));
    m_list->setAccessibleName(tr("Periods"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    listLabel->setBuddy(m_list);
    m_addPeriodButton = makeButton(QStringLiteral("addPeriodButton"), tr("Add period"),
                                   tr("Add an empty period (Insert)"));
    m_removePeriodButton = makeButton(QStringLiteral("removePeriodButton"), tr("Remove period"),
                                      tr("Remove the selected period (Delete)"));

    auto *listButtons = new QHBoxLayout;
    listButtons->setObjectName(QStringLiteral("periodButtonsLayout"));
    listButtons->addWidget(m_addPeriodButton);
    listButtons->addWidget(m_removePeriodButton);
    listButtons->addStretch(1);
    auto *listColumn = new QVBoxLayout;
    listColumn->setObjectName(QStringLiteral("periodsColumnLayout"));
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);
    return listColumn;
}

// The selected period as keys and values.
QLayout *PeriodsEditor::createKeysColumn()
{
    auto *tableLabel = new QLabel(tr("Keys of the selected period"), this);
    tableLabel->setObjectName(QStringLiteral("keysLabel"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setAccessibleName(tr("Keys and values of the selected period"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control, not round the cells
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setToolTip(tr("Values are JSON when they are a number, true, false, null, an object "
                           "or an array; anything else is text."));
    tableLabel->setBuddy(m_table);
    m_itemNote = new QLabel(this);
    m_itemNote->setObjectName(QStringLiteral("itemNoteLabel"));
    m_itemNote->setWordWrap(true);
    m_itemNote->hide();
    m_addKeyButton = makeButton(QStringLiteral("addKeyButton"), tr("Add key"),
                                tr("Add a key to the selected period (Insert)"));
    m_removeKeyButton = makeButton(QStringLiteral("removeKeyButton"), tr("Remove key"),
                                   tr("Remove the selected key (Delete)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    setMessageStyle(m_message);

    auto *keyButtons = new QHBoxLayout;
    keyButtons->setObjectName(QStringLiteral("keyButtonsLayout"));
    keyButtons->addWidget(m_addKeyButton);
    keyButtons->addWidget(m_removeKeyButton);
    keyButtons->addStretch(1);
    auto *tableColumn = new QVBoxLayout;
    tableColumn->setObjectName(QStringLiteral("keysColumnLayout"));
    tableColumn->addWidget(tableLabel);
    tableColumn->addWidget(m_table, 1);
    tableColumn->addWidget(m_itemNote);
    tableColumn->addLayout(keyButtons);
    tableColumn->addWidget(m_message);
    return tableColumn;
}

// The whole array as JSON text, for what the key/value view cannot say.
QWidget *PeriodsEditor::createJsonPane()
{
    auto *rawPane = new QWidget(this);
    rawPane->setObjectName(QStringLiteral("jsonPane"));
    auto *jsonLabel = new QLabel(tr("All periods as JSON"), rawPane);
    jsonLabel->setObjectName(QStringLiteral("jsonLabel"));
    m_json = new QPlainTextEdit(rawPane);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setAccessibleName(tr("All periods as JSON"));
    QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    monospace.setStyleHint(QFont::Monospace);
    monospace.setFixedPitch(true); // where the theme has no fixed font, ask for one
    m_json->setFont(monospace);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true); // keyboard users must be able to leave it
    m_json->setToolTip(tr("Edit the array, then apply it with Ctrl+Return"));
    jsonLabel->setBuddy(m_json);
    m_applyJsonButton = new QPushButton(tr("Apply JSON"), rawPane);
    m_applyJsonButton->setObjectName(QStringLiteral("applyJsonButton"));
    m_applyJsonButton->setToolTip(tr("Replace the periods with the JSON text (Ctrl+Return)"));
    m_applyJsonButton->setAutoDefault(false);
    m_revertJsonButton = new QPushButton(tr("Revert JSON"), rawPane);
    m_revertJsonButton->setObjectName(QStringLiteral("revertJsonButton"));
    m_revertJsonButton->setToolTip(tr("Throw away the changes to the JSON text"));
    m_revertJsonButton->setAutoDefault(false);
    m_revertJsonButton->setEnabled(false);
    m_jsonError = new QLabel(rawPane);
    m_jsonError->setObjectName(QStringLiteral("jsonErrorLabel"));
    setMessageStyle(m_jsonError);

    auto *jsonButtons = new QHBoxLayout;
    jsonButtons->setObjectName(QStringLiteral("jsonButtonsLayout"));
    jsonButtons->addWidget(m_applyJsonButton);
    jsonButtons->addWidget(m_revertJsonButton);
    jsonButtons->addStretch(1);
    auto *rawLayout = new QVBoxLayout(rawPane);
    rawLayout->setObjectName(QStringLiteral("jsonLayout"));
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(jsonLabel);
    rawLayout->addWidget(m_json, 1);
    rawLayout->addLayout(jsonButtons);
    rawLayout->addWidget(m_jsonError);
    return rawPane;
}

void PeriodsEditor::layOut(QSplitter *splitter, QWidget *structured, QWidget *rawPane)
{
    splitter->setObjectName(QStringLiteral("periodsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(structured);
    splitter->addWidget(rawPane);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("periodsEditorLayout"));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void PeriodsEditor::setTabOrders()
{
    setFocusProxy(m_list);
    setTabOrder(m_list, m_addPeriodButton);
    setTabOrder(m_addPeriodButton, m_removePeriodButton);
    setTabOrder(m_removePeriodButton, m_table);
    setTabOrder(m_table, m_addKeyButton);
    setTabOrder(m_addKeyButton, m_removeKeyButton);
    setTabOrder(m_removeKeyButton, m_json);
    setTabOrder(m_json, m_applyJsonButton);
    setTabOrder(m_applyJsonButton, m_revertJsonButton);
}

void PeriodsEditor::connectControls()
{
    connect(m_addPeriodButton, &QToolButton::clicked, this, &PeriodsEditor::addPeriod);
    connect(m_removePeriodButton, &QToolButton::clicked, this, &PeriodsEditor::removePeriod);
    connect(m_addKeyButton, &QToolButton::clicked, this, &PeriodsEditor::addKey);
    connect(m_removeKeyButton, &QToolButton::clicked, this, &PeriodsEditor::removeKey);
    connect(m_applyJsonButton, &QPushButton::clicked, this, &PeriodsEditor::applyJson);
    connect(m_revertJsonButton, &QPushButton::clicked, this, &PeriodsEditor::revertJson);
    connect(m_json->document(), &QTextDocument::modificationChanged, m_revertJsonButton,
            &QPushButton::setEnabled);

    // Shortcuts only where they belong: a window may hold other lists and tables.
    new QShortcut(QKeySequence(Qt::Key_Insert), m_list, this, &PeriodsEditor::addPeriod, Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::Key_Delete), m_list, this, &PeriodsEditor::removePeriod, Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::Key_Insert), m_table, this, &PeriodsEditor::addKey, Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::Key_Delete), m_table, this, &PeriodsEditor::removeKey, Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_json, this, &PeriodsEditor::applyJson,
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_json, this, &PeriodsEditor::applyJson,
                  Qt::WidgetShortcut);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showMessage(QString());
        rebuildTable();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &PeriodsEditor::onCellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PeriodsEditor::updateButtons);
    // A new key row whose editor closed without a name is dropped.
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &PeriodsEditor::dropPendingRows);
}

QToolButton *PeriodsEditor::makeButton(const QString &objectName, const QString &text,
                                       const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Taking the focus on a click closes (and commits) an open cell editor first.
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void PeriodsEditor::setPeriods(const QJsonArray &periods)
{
    m_periods = periods;
    showMessage(QString());
    m_jsonError->hide();
    rebuildList(periods.isEmpty() ? -1 : 0);
    refreshJsonText(true);
}

bool PeriodsEditor::hasUnappliedJson() const
{
    return m_json->document()->isModified();
}

bool PeriodsEditor::applyPendingJson()
{
    applyJson();
    return !m_jsonError->isVisibleTo(this);
}

QString PeriodsEditor::summary(const QJsonValue &item, int index)
{
    if (!item.isObject())
        return elided(compactJson(item));
    const QJsonObject object = item.toObject();
    if (object.isEmpty())
        return tr("Period %1 (empty)").arg(index + 1);
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + valueText(it.value());
    return elided(parts.join(QStringLiteral(", ")));
}

QString PeriodsEditor::valueText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : compactJson(value);
}

QJsonValue PeriodsEditor::valueFromText(const QString &text)
{
    // Parsed inside an array so that bare numbers, true, false and null are JSON too;
    // a JSON string literal stays the text it is, quotes and all.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1
        && !doc.array().at(0).isString())
        return doc.array().at(0);
    return QJsonValue(text);
}

bool PeriodsEditor::commit(const QJsonArray &periods, int selectRow)
{
    if (periods == m_periods)
        return false;
    m_periods = periods;
    if (m_list->count() == m_periods.size() && selectRow == m_list->currentRow()) {
        // Same rows: relabel in place, so the table (maybe mid-edit) is left alone.
        for (int row = 0; row < m_list->count(); ++row) {
            m_list->item(row)->setText(summary(m_periods.at(row), row));
            m_list->item(row)->setToolTip(compactJson(m_periods.at(row)));
        }
    } else {
        rebuildList(selectRow);
    }
    refreshJsonText(false);
    updateButtons();
    emit periodsEdited(m_periods);
    return true;
}

void PeriodsEditor::rebuildList(int currentRow)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int row = 0; row < m_periods.size(); ++row) {
            auto *item = new QListWidgetItem(summary(m_periods.at(row), row), m_list);
            item->setToolTip(compactJson(m_periods.at(row)));
        }
        m_list->setCurrentRow(qBound(-1, currentRow, int(m_periods.size()) - 1));
    }
    showMessage(QString());
    rebuildTable();
}

void PeriodsEditor::rebuildTable()
{
    const int period = currentPeriod();
    const QJsonValue item = period >= 0 ? m_periods.at(period) : QJsonValue(QJsonValue::Undefined);
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        const QJsonObject object = item.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *keyItem = new QTableWidgetItem(it.key());
            keyItem->setData(KeyRole, it.key());
            auto *valueItem = new QTableWidgetItem(valueText(it.value()));
            valueItem->setToolTip(typeName(it.value()));
            m_table->setItem(row, KeyColumn, keyItem);
            m_table->setItem(row, ValueColumn, valueItem);
        }
        if (m_table->rowCount() > 0)
            m_table->setCurrentCell(0, KeyColumn);
    }
    // Items that are not objects are kept, but only the JSON text edits them.
    m_table->setEnabled(item.isObject());
    if (period >= 0 && !item.isObject()) {
        m_itemNote->setText(tr("Period %1 is not an object: it is kept as it is and can be "
                               "changed in the JSON text only.").arg(period + 1));
        m_itemNote->show();
    } else {
        m_itemNote->hide();
    }
    updateButtons();
}

void PeriodsEditor::refreshJsonText(bool force)
{
    // Text the user is still editing is not overwritten; Revert brings the array back.
    if (!force && m_json->document()->isModified())
        return;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_periods).toJson(QJsonDocument::Indented)));
    m_json->document()->setModified(false);
}

void PeriodsEditor::updateButtons()
{
    const int period = currentPeriod();
    const bool isObject = period >= 0 && m_periods.at(period).isObject();
    m_removePeriodButton->setEnabled(period >= 0);
    m_addKeyButton->setEnabled(isObject);
    m_removeKeyButton->setEnabled(isObject && m_table->currentRow() >= 0);
}

void PeriodsEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

int PeriodsEditor::currentPeriod() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_periods.size() ? row : -1;
}

QString PeriodsEditor::keyOfRow(int row) const
{
    const QTableWidgetItem *keyItem = m_table->item(row, KeyColumn);
    return keyItem ? keyItem->data(KeyRole).toString() : QString();
}

bool PeriodsEditor::isPendingRow(int row) const
{
    const QTableWidgetItem *keyItem = m_table->item(row, KeyColumn);
    return keyItem && !keyItem->data(KeyRole).isValid();
}

void PeriodsEditor::addPeriod()
{
    QJsonArray periods = m_periods;
    periods.append(QJsonObject());
    commit(periods, int(periods.size()) - 1);
}

void PeriodsEditor::removePeriod()
{
    const int period = currentPeriod();
    if (period < 0)
        return;
    QJsonArray periods = m_periods;
    periods.removeAt(period);
    commit(periods, qMin(period, int(periods.size()) - 1));
    if (m_periods.isEmpty())
        m_addPeriodButton->setFocus(Qt::OtherFocusReason);
}

void PeriodsEditor::addKey()
{
    const int period = currentPeriod();
    if (period < 0 || !m_periods.at(period).isObject())
        return;
    dropPendingRows();
    // The row joins the period once it has a name (see renameKey).
    int row = 0;
    {
        const QSignalBlocker blocker(m_table);
        row = m_table->rowCount();
        m_table->insertRow(row);
        auto *keyItem = new QTableWidgetItem(QString());
        keyItem->setToolTip(tr("Name of the new key"));
        auto *valueItem = new QTableWidgetItem(QString());
        valueItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, KeyColumn, keyItem);
        m_table->setItem(row, ValueColumn, valueItem);
    }
    m_table->setCurrentCell(row, KeyColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, KeyColumn));
    updateButtons();
}

void PeriodsEditor::removeKey()
{
    const int period = currentPeriod();
    const int row = m_table->currentRow();
    if (period < 0 || row < 0 || !m_periods.at(period).isObject())
        return;
    if (!isPendingRow(row)) {
        QJsonObject object = m_periods.at(period).toObject();
        object.remove(keyOfRow(row));
        QJsonArray periods = m_periods;
        periods[period] = object;
        commit(periods, period);
    }
    showMessage(QString());
    {
        const QSignalBlocker blocker(m_table);
        m_table->removeRow(row);
        if (m_table->rowCount() > 0)
            m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), KeyColumn);
    }
    updateButtons();
}

void PeriodsEditor::applyJson()
{
    const QByteArray utf8 = m_json->toPlainText().toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    QString problem;
    if (error.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes; people count lines and characters.
        const QString before = QString::fromUtf8(utf8.left(error.offset));
        const int line = int(before.count(QLatin1Char('\n'))) + 1;
        const int column = int(before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
        problem = tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
        QTextCursor cursor = m_json->textCursor();
        cursor.setPosition(qMin(int(before.size()), m_json->document()->characterCount() - 1));
        m_json->setTextCursor(cursor);
    } else if (!doc.isArray()) {
        problem = tr("The JSON text must be an array: [ … ].");
    }
    if (!problem.isEmpty()) {
        m_jsonError->setText(problem);
        m_jsonError->show();
        return;
    }
    m_jsonError->hide();
    const int keep = qMin(qMax(currentPeriod(), 0), int(doc.array().size()) - 1);
    commit(doc.array(), keep);
    rebuildList(keep);     // the selected item may have changed in place
    refreshJsonText(true); // the text as the array now reads, and no longer "modified"
}

void PeriodsEditor::revertJson()
{
    m_jsonError->hide();
    refreshJsonText(true);
}

void PeriodsEditor::onCellChanged(QTableWidgetItem *item)
{
    if (item->column() == KeyColumn)
        renameKey(item);
    else
        changeValue(item);
}

void PeriodsEditor::renameKey(QTableWidgetItem *keyItem)
{
    const int period = currentPeriod();
    if (period < 0 || !m_periods.at(period).isObject())
        return;
    const bool pending = !keyItem->data(KeyRole).isValid();
    const QString oldKey = keyItem->data(KeyRole).toString();
    const QString newKey = keyItem->text().trimmed();
    QJsonObject object = m_periods.at(period).toObject();

    QString refusal;
    if (newKey.isEmpty() && !pending)
        refusal = tr("A key cannot be empty; “%1” is kept.").arg(oldKey);
    else if (newKey != oldKey && object.contains(newKey))
        refusal = tr("There already is a key “%1” in this period.").arg(newKey);
    if (!refusal.isEmpty() || newKey.isEmpty()) {
        showMessage(refusal);
        const QSignalBlocker blocker(m_table);
        keyItem->setText(oldKey); // a new row stays nameless and is dropped
        return;
    }

    const QJsonValue value = pending ? QJsonValue(QString()) : object.value(oldKey);
    {
        const QSignalBlocker blocker(m_table);
        keyItem->setText(newKey);
        keyItem->setData(KeyRole, newKey);
        keyItem->setToolTip(QString());
        if (QTableWidgetItem *valueItem = m_table->item(keyItem->row(), ValueColumn)) {
            valueItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
            valueItem->setText(valueText(value));
            valueItem->setToolTip(typeName(value));
        }
    }
    showMessage(QString());
    if (newKey == oldKey)
        return;
    object.remove(oldKey);
    object.insert(newKey, value);
    QJsonArray periods = m_periods;
    periods[period] = object;
    commit(periods, period);
}

void PeriodsEditor::changeValue(QTableWidgetItem *valueItem)
{
    const int period = currentPeriod();
    const int row = valueItem->row();
    if (period < 0 || !m_periods.at(period).isObject() || isPendingRow(row))
        return;
    const QString key = keyOfRow(row);
    const QJsonValue value = valueFromText(valueItem->text());
    {
        const QSignalBlocker blocker(m_table);
        valueItem->setText(valueText(value)); // as it will read back: "1.50" becomes 1.5
        valueItem->setToolTip(typeName(value));
    }
    showMessage(QString());
    QJsonObject object = m_periods.at(period).toObject();
    if (object.value(key) == value && object.value(key).type() == value.type())
        return;
    object.insert(key, value);
    QJsonArray periods = m_periods;
    periods[period] = object;
    commit(periods, period);
}

void PeriodsEditor::dropPendingRows()
{
    const QSignalBlocker blocker(m_table);
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        if (isPendingRow(row))
            m_table->removeRow(row);
    }
    updateButtons();
}
