#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// The ERA and TARGPatrol tokens of a server profile (DESIGN.md, Sync): kept in the
// system keychain (service "Taskdesk"). Where no keychain service runs, a token is
// kept in memory for this process only, unless the user opted in to the settings
// file (plain text; the UI warns). Tokens never go to logs, command lines or the
// database. Every call returns at once; callbacks come back on the caller's thread,
// never before the call returns, and are dropped when `context` is gone.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Server { Era, Patrol };
    enum class Backend {
        Unknown,     // not asked yet
        Keychain,    // the system keychain answers
        Unavailable, // no keychain service (no D-Bus session, no Secret Service, no KWallet)
    };
    Q_ENUM(Backend)

    using ReadCallback = std::function<void(const QString &token)>;
    using BothCallback = std::function<void(const QString &eraToken, const QString &patrolToken)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    explicit TokenStore(const QString &profile = QStringLiteral("default"), QObject *parent = nullptr);

    QString profile() const { return m_profile; }

    // What is known about the keychain, shared by every TokenStore of the process.
    static Backend backend();
    // Why the keychain is unavailable (its own message), for the UI.
    static QString backendError();
    // Asks the keychain once (a read of a key that may be absent); backendChanged follows.
    void probe();

    // The user's explicit choice to keep tokens in the settings file when no keychain
    // runs. Turning it on writes the tokens held for the session there; off removes them.
    static bool storesInSettingsFile();
    void setStoreInSettingsFile(bool store);
    static QString settingsFilePath();

    void read(Server server, QObject *context, ReadCallback done);
    void readBoth(QObject *context, BothCallback done);
    // An empty token removes it.
    void write(Server server, const QString &token, QObject *context, DoneCallback done = {});
    void remove(Server server, QObject *context, DoneCallback done = {});

    static QString serviceName() { return QStringLiteral("Taskdesk"); }
    // The keychain key: "<profile>/era" or "<profile>/patrol".
    QString key(Server server) const;
    // Forgets the tokens held for the session and what is known of the keychain (tests).
    static void resetSession();

signals:
    void backendChanged(TokenStore::Backend backend);

private:
    // A finished job tells whether a keychain answers; false = no backend.
    bool noteBackend(QKeychain::Job *job);
    QString settingsKey(Server server) const;
    QString fromSettingsFile(Server server) const;
    void toSettingsFile(Server server, const QString &token) const;
    static void later(QObject *context, std::function<void()> call);

    QString m_profile;
};
