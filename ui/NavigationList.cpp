#include "NavigationList.h"

#include <QListWidget>

QListWidget *NavigationList::create(QWidget *parent)
{
    auto *navigation = new QListWidget(parent);
    navigation->setObjectName(QStringLiteral("navigation"));
    navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/svctask.svg")), tr("Service tasks")));
    navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/series.svg")), tr("Task series")));
    fit(navigation);
    return navigation;
}

void NavigationList::fit(QListWidget *navigation)
{
    // As wide as its two entries need, with the icon and the frame: the rest of the
    // width belongs to the table and the form.
    navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int width = navigation->sizeHintForColumn(0) + 2 * navigation->frameWidth() + 12;
    navigation->setMaximumWidth(width);
    navigation->setMinimumWidth(width);
    // The chosen entry stays readable when the focus is elsewhere (no pale grey bar).
    QPalette palette = navigation->palette();
    for (QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText})
        palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
    navigation->setPalette(palette);
}
