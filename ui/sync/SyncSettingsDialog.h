#pragma once

#include "sync/SyncProfile.h"
#include "sync/TokenStore.h"
#include "widgets/FieldMarks.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class ConnectionTest;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The server profile: the two base URLs (an empty one = that side is not synced),
// request timeout, page size, parallel requests, kept in the settings (SyncProfile);
// and the two tokens, kept by the TokenStore (keychain, or the session, or - only
// when the user opts in - the settings file). Non-blocking with open(): tests drive it.
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    using Profile = SyncProfile;

    explicit SyncSettingsDialog(TokenStore &tokens, QWidget *parent = nullptr);

    // Why the dialog was opened (e.g. the server refused a token), shown on top.
    void setMessage(const QString &message);
    // A message asking for a server address: it goes away once one is typed.
    void setServerPrompt(const QString &prompt);
    void focusToken(TokenStore::Server server);

    // Validates, then stores the profile and the edited tokens; false = a field is
    // invalid, the reason shown beside it and in the message line.
    bool save();
    void accept() override;

    // An empty text is allowed (not synced); else an absolute http(s) URL with a host.
    static bool checkUrl(const QString &text, QString *why);

signals:
    void tokensLoaded();

private:
    void load();
    void showBackend(TokenStore::Backend backend);
    void updateWarning();
    QWidget *createConnectionTest(QWidget *parent);
    void testConnection();
    void dropServerPrompt();

    TokenStore &m_tokens;
    FieldMarks m_marks;
    QLabel *m_message = nullptr;
    QLineEdit *m_eraUrl = nullptr;
    QLineEdit *m_patrolUrl = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLineEdit *m_eraToken = nullptr;
    QLineEdit *m_patrolToken = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QCheckBox *m_storeInSettings = nullptr;
    QLabel *m_storeWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    ConnectionTest *m_connectionTest = nullptr;
    bool m_serverPrompt = false;
    bool m_eraTokenEdited = false;
    bool m_patrolTokenEdited = false;
};
