#include "ShortcutsDialog.h"

#include "WindowLayout.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

struct Row
{
    QString text;
    QString keys;
};

QList<Row> rowsOf(const QList<QAction *> &actions)
{
    QList<Row> rows;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        // "&Undo", "Sync &settings…": the menu marks are no part of the name.
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&])"))).replace(QStringLiteral("&&"), QStringLiteral("&"));
        text.remove(QChar(u'…'));
        const Row row{text.trimmed(), keys.join(QStringLiteral(", "))};
        const bool duplicate = std::any_of(rows.cbegin(), rows.cend(), [&row](const Row &other) {
            return other.text == row.text && other.keys == row.keys;
        });
        if (!duplicate)
            rows.append(row);
    }
    return rows;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Row> rows = rowsOf(actions);
    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows[row].text));
        m_table->setItem(row, 1, new QTableWidgetItem(rows[row].keys));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    WindowLayout::resizeWithinScreen(*this, QSize(520, 520));
}
