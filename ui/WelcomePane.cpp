#include "WelcomePane.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomePane::WelcomePane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePane"));
    auto *title = new QLabel(tr("This database has no records yet"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *hint = new QLabel(tr("Get service tasks and task series in one of these ways:"), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(8);
    setLayout(layout);

    QCommandLinkButton *sync = addChoice(
        "welcomeSyncButton", tr("Set up sync with a server…"),
        tr("Enter the address of your ERA or TARGPatrol server and your token; the records come "
           "from the server with the first sync (F5)."),
        QStringLiteral(":/icons/sync.svg"));
    QCommandLinkButton *import = addChoice(
        "welcomeImportButton", tr("Import a file…"),
        tr("Load service tasks and series from a JSON document exported by Taskdesk or made by a script."),
        QStringLiteral(":/icons/import.svg"));
    QCommandLinkButton *sample = addChoice(
        "welcomeSampleButton", tr("Open the sample data"),
        tr("Try Taskdesk on example records in a separate database of their own; this database stays "
           "as it is."),
        QStringLiteral(":/icons/svctask.svg"));
    layout->addStretch(2);

    connect(sync, &QCommandLinkButton::clicked, this, &WelcomePane::setUpSyncRequested);
    connect(import, &QCommandLinkButton::clicked, this, &WelcomePane::importRequested);
    connect(sample, &QCommandLinkButton::clicked, this, &WelcomePane::sampleRequested);
    setFocusProxy(sync);
}

QCommandLinkButton *WelcomePane::addChoice(const char *name, const QString &text, const QString &description,
                                           const QString &icon)
{
    auto *button = new QCommandLinkButton(text, description, this);
    button->setObjectName(QLatin1String(name));
    button->setIcon(QIcon(icon));
    button->setMaximumWidth(560);
    static_cast<QVBoxLayout *>(layout())->addWidget(button);
    return button;
}
