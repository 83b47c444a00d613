#include "sync/SyncSettingsDialog.h"

#include "sync/ConnectionTest.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

bool SyncSettingsDialog::checkUrl(const QString &text, QString *why)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QUrl url(trimmed, QUrl::StrictMode);
    QString reason;
    if (!url.isValid() || url.isRelative())
        reason = tr("“%1” is not a complete address; write it as http://host:port or https://host.").arg(trimmed);
    else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        reason = tr("Only http:// and https:// addresses can be used, not “%1”.").arg(url.scheme());
    else if (url.host().isEmpty())
        reason = tr("The address “%1” has no host name.").arg(trimmed);
    else if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        // A token belongs in the token field, never in the address (it would show up in logs).
        reason = tr("The address must not contain a user name, a query or a fragment.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

SyncSettingsDialog::SyncSettingsDialog(TokenStore &tokens, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync settings"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncSettingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *servers = new QGroupBox(tr("Servers"), this);
    servers->setObjectName(QStringLiteral("serversGroup"));
    auto *serverForm = new QFormLayout(servers);
    m_eraUrl = new QLineEdit(servers);
    m_eraUrl->setObjectName(QStringLiteral("eraUrlEdit"));
    m_eraUrl->setPlaceholderText(tr("Empty: service tasks are not synced"));
    m_eraUrl->setToolTip(tr("Base URL of the ERA server, e.g. https://era.example.org"));
    m_patrolUrl = new QLineEdit(servers);
    m_patrolUrl->setObjectName(QStringLiteral("patrolUrlEdit"));
    m_patrolUrl->setPlaceholderText(tr("Empty: task series are not synced"));
    m_patrolUrl->setToolTip(tr("Base URL of the TARGPatrol server, e.g. https://patrol.example.org"));
    // Wide enough for a whole address with a port and a path, not a truncated one.
    const int urlWidth = m_eraUrl->fontMetrics().horizontalAdvance(QStringLiteral("https://patrol.example.org:8443/api/v1/"));
    for (QLineEdit *field : {m_eraUrl, m_patrolUrl}) {
        field->setMinimumWidth(urlWidth);
        connect(field, &QLineEdit::textChanged, this, &SyncSettingsDialog::dropServerPrompt);
    }
    serverForm->addRow(tr("&ERA base URL:"), m_eraUrl);
    serverForm->addRow(tr("&TARGPatrol base URL:"), m_patrolUrl);
    serverForm->addRow(createConnectionTest(servers));

    auto *requests = new QGroupBox(tr("Requests"), this);
    requests->setObjectName(QStringLiteral("requestsGroup"));
    auto *requestForm = new QFormLayout(requests);
    m_timeout = new QSpinBox(requests);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A request without an answer after this time is given up and retried"));
    m_pageSize = new QSpinBox(requests);
    m_pageSize->setObjectName(QStringLiteral("pageSizeSpin"));
    m_pageSize->setRange(1, 10000);
    m_pageSize->setToolTip(tr("How many records one list request asks for"));
    m_parallel = new QSpinBox(requests);
    m_parallel->setObjectName(QStringLiteral("parallelSpin"));
    m_parallel->setRange(1, 32);
    m_parallel->setToolTip(tr("How many requests may run at the same time"));
    requestForm->addRow(tr("Request &timeout:"), m_timeout);
    requestForm->addRow(tr("&Page size:"), m_pageSize);
    requestForm->addRow(tr("Parallel re&quests:"), m_parallel);

    auto *tokensBox = new QGroupBox(tr("Tokens"), this);
    tokensBox->setObjectName(QStringLiteral("tokensGroup"));
    auto *tokenForm = new QFormLayout(tokensBox);
    m_eraToken = new QLineEdit(tokensBox);
    m_eraToken->setObjectName(QStringLiteral("eraTokenEdit"));
    m_eraToken->setEchoMode(QLineEdit::Password);
    m_eraToken->setPlaceholderText(tr("Not set"));
    m_patrolToken = new QLineEdit(tokensBox);
    m_patrolToken->setObjectName(QStringLiteral("patrolTokenEdit"));
    m_patrolToken->setEchoMode(QLineEdit::Password);
    m_patrolToken->setPlaceholderText(tr("Not set"));
    tokenForm->addRow(tr("ERA to&ken:"), m_eraToken);
    tokenForm->addRow(tr("TARGPatrol t&oken:"), m_patrolToken);
    m_keychainStatus = new QLabel(tokensBox);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_keychainStatus->setWordWrap(true);
    tokenForm->addRow(m_keychainStatus);
    m_storeInSettings = new QCheckBox(tr("&Store the tokens in the settings file"), tokensBox);
    m_storeInSettings->setObjectName(QStringLiteral("storeTokensInSettingsCheck"));
    m_storeInSettings->setChecked(TokenStore::storesInSettingsFile());
    tokenForm->addRow(m_storeInSettings);
    m_storeWarning = new QLabel(tokensBox);
    m_storeWarning->setObjectName(QStringLiteral("storeTokensWarning"));
    m_storeWarning->setWordWrap(true);
    m_storeWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    tokenForm->addRow(m_storeWarning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("syncSettingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(servers);
    layout->addWidget(requests);
    layout->addWidget(tokensBox);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QWidget *field : {static_cast<QWidget *>(m_eraUrl), static_cast<QWidget *>(m_patrolUrl)})
        m_marks.watch(field);
    connect(m_eraToken, &QLineEdit::textEdited, this, [this] { m_eraTokenEdited = true; });
    connect(m_patrolToken, &QLineEdit::textEdited, this, [this] { m_patrolTokenEdited = true; });
    connect(m_storeInSettings, &QCheckBox::toggled, this, &SyncSettingsDialog::updateWarning);
    connect(&m_tokens, &TokenStore::backendChanged, this, &SyncSettingsDialog::showBackend);

    load();
    showBackend(TokenStore::backend());
    if (TokenStore::backend() == TokenStore::Backend::Unknown)
        m_tokens.probe();
}

void SyncSettingsDialog::load()
{
    const Profile profile = Profile::load();
    m_eraUrl->setText(profile.eraUrl.toString());
    m_patrolUrl->setText(profile.patrolUrl.toString());
    m_timeout->setValue(profile.timeoutSeconds);
    m_pageSize->setValue(profile.pageSize);
    m_parallel->setValue(profile.parallel);
    m_tokens.readBoth(this, [this](const QString &era, const QString &patrol) {
        // What the user typed meanwhile wins over what the keychain answers late.
        if (!m_eraTokenEdited)
            m_eraToken->setText(era);
        if (!m_patrolTokenEdited)
            m_patrolToken->setText(patrol);
        emit tokensLoaded();
    });
}

void SyncSettingsDialog::showBackend(TokenStore::Backend backend)
{
    switch (backend) {
    case TokenStore::Backend::Unknown:
        m_keychainStatus->setText(tr("Checking the system keychain…"));
        break;
    case TokenStore::Backend::Available:
        m_keychainStatus->setText(tr("The tokens are kept in the system keychain."));
        break;
    case TokenStore::Backend::Unavailable:
        m_keychainStatus->setText(
            tr("The system keychain is not available (%1). The tokens are kept for this session only: "
               "they must be entered again after Taskdesk restarts, unless you store them in the settings file.")
                .arg(TokenStore::backendError()));
        break;
    }
    m_keychainStatus->setToolTip(TokenStore::backendError());
    updateWarning();
}

void SyncSettingsDialog::updateWarning()
{
    // The opt-in is offered only where there is no keychain (or when it was chosen before).
    const bool offer = TokenStore::backend() == TokenStore::Backend::Unavailable || m_storeInSettings->isChecked();
    m_storeInSettings->setVisible(offer);
    m_storeWarning->setVisible(offer && m_storeInSettings->isChecked());
    m_storeWarning->setText(tr("Warning: the tokens will be written unencrypted to %1. Anyone who can read "
                               "that file can act on the servers in your name.")
                                .arg(TokenStore::settingsFilePath()));
}

void SyncSettingsDialog::setMessage(const QString &message)
{
    m_serverPrompt = false;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SyncSettingsDialog::setServerPrompt(const QString &prompt)
{
    setMessage(prompt);
    m_serverPrompt = true;
    dropServerPrompt(); // an address may already be there
}

void SyncSettingsDialog::dropServerPrompt()
{
    if (m_serverPrompt && (!m_eraUrl->text().trimmed().isEmpty() || !m_patrolUrl->text().trimmed().isEmpty()))
        setMessage(QString());
}

QWidget *SyncSettingsDialog::createConnectionTest(QWidget *parent)
{
    auto *box = new QWidget(parent);
    m_testButton = new QPushButton(tr("Test co&nnection"), box);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Ask each server for one record with the token typed here, before saving"));
    m_testResult = new QLabel(box);
    m_testResult->setObjectName(QStringLiteral("connectionTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_testButton, 0, Qt::AlignLeft);
    layout->addWidget(m_testResult);
    m_connectionTest = new ConnectionTest(this);
    connect(m_testButton, &QPushButton::clicked, this, &SyncSettingsDialog::testConnection);
    connect(m_connectionTest, &ConnectionTest::finished, this, [this](const QStringList &answers) {
        m_testButton->setEnabled(true);
        m_testResult->setText(answers.isEmpty() ? tr("Enter the address of a server first.") : answers.join(QLatin1Char('\n')));
    });
    return box;
}

void SyncSettingsDialog::testConnection()
{
    QStringList problems;
    for (QLineEdit *field : {m_eraUrl, m_patrolUrl}) {
        QString why;
        if (!checkUrl(field->text(), &why))
            problems << why;
    }
    if (!problems.isEmpty()) {
        m_testResult->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    HttpOptions options;
    options.maxAttempts = 1;
    options.timeoutMs = m_timeout->value() * 1000;
    options.deadlineMs = options.timeoutMs;
    m_connectionTest->setOptions(options);
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    // The tokens as typed: a token is tried before it is saved.
    m_connectionTest->start({SyncProfile::urlFrom(m_eraUrl->text()), m_eraToken->text()},
                            {SyncProfile::urlFrom(m_patrolUrl->text()), m_patrolToken->text()});
}

void SyncSettingsDialog::focusToken(TokenStore::Server server)
{
    QLineEdit *field = server == TokenStore::Server::Era ? m_eraToken : m_patrolToken;
    field->setFocus();
    field->selectAll();
}

bool SyncSettingsDialog::save()
{
    m_marks.clear();
    QStringList problems;
    QWidget *firstBad = nullptr;
    for (QLineEdit *field : {m_eraUrl, m_patrolUrl}) {
        QString why;
        if (!checkUrl(field->text(), &why)) {
            m_marks.mark(field, why);
            problems.append(why);
            if (!firstBad)
                firstBad = field;
        }
    }
    if (firstBad) {
        setMessage(problems.join(QLatin1Char('\n')));
        firstBad->setFocus();
        return false;
    }
    setMessage(QString());

    Profile profile;
    profile.eraUrl = SyncProfile::urlFrom(m_eraUrl->text());
    profile.patrolUrl = SyncProfile::urlFrom(m_patrolUrl->text());
    profile.timeoutSeconds = m_timeout->value();
    profile.pageSize = m_pageSize->value();
    profile.parallel = m_parallel->value();
    profile.save();

    // The opt-in first, so that the tokens written below go where the user chose.
    if (m_storeInSettings->isChecked() != TokenStore::storesInSettingsFile())
        m_tokens.setStoreInSettingsFile(m_storeInSettings->isChecked());
    if (m_eraTokenEdited)
        m_tokens.write(TokenStore::Server::Era, m_eraToken->text(), nullptr);
    if (m_patrolTokenEdited)
        m_tokens.write(TokenStore::Server::Patrol, m_patrolToken->text(), nullptr);
    m_eraTokenEdited = m_patrolTokenEdited = false;
    return true;
}

void SyncSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
