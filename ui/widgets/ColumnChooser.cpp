#include "widgets/ColumnChooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

ColumnChooser::ColumnChooser(QHeaderView *header, const QSet<int> &defaultHidden)
    : QObject(header)
    , m_header(header)
    , m_defaultHidden(defaultHidden)
{
    setObjectName(QStringLiteral("columnChooser"));
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnChooser::keepNameFirst);
}

void ColumnChooser::applyDefaults()
{
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int from = m_header->visualIndex(visual);
        if (from != visual)
            m_header->moveSection(from, visual);
    }
    for (int column = 0; column < m_header->count(); ++column)
        m_header->setSectionHidden(column, column != 0 && m_defaultHidden.contains(column));
}

QMenu *ColumnChooser::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    const QAbstractItemModel *model = m_header->model();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("showColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(column != 0); // the name identifies the row
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_header->setSectionHidden(column, !on);
            if (on && m_header->sectionSize(column) < m_header->minimumSectionSize() * 2)
                m_header->resizeSection(column, m_header->defaultSectionSize());
        });
    }
    menu->addSeparator();
    QAction *defaults = menu->addAction(tr("&Default columns"));
    defaults->setObjectName(QStringLiteral("defaultColumnsAction"));
    connect(defaults, &QAction::triggered, this, &ColumnChooser::applyDefaults);
    return menu;
}

void ColumnChooser::showMenu(const QPoint &at)
{
    QMenu *menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(at));
}

void ColumnChooser::keepNameFirst()
{
    if (m_header->visualIndex(0) == 0)
        return;
    m_header->moveSection(m_header->visualIndex(0), 0);
}
