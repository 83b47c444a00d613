#pragma once

#include "sync/Keychain.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

// The ERA and TARGPatrol tokens of a server profile: kept in the system keychain
// (service "Taskdesk", see Keychain). Where no keychain works, a token is kept in
// memory for this process only, unless the user opted in to the settings file
// (plain text; the UI warns). Tokens never go to logs, command lines or the
// database. Every call returns at once; callbacks come back on the caller's thread,
// never before the call returns, and are dropped when `context` is gone.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Server { Era, Patrol };
    using Backend = Keychain::State;

    using ReadCallback = std::function<void(const QString &token)>;
    using BothCallback = std::function<void(const QString &eraToken, const QString &patrolToken)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    explicit TokenStore(const QString &profile = QStringLiteral("default"), QObject *parent = nullptr);

    QString profile() const { return m_profile; }

    // What is known about the keychain, shared by every TokenStore of the process.
    static Backend backend();
    // Why the keychain is unavailable (its own message), for the UI.
    static QString backendError();
    // Asks the keychain once, with a deadline; backendChanged follows in any case.
    void probe();

    // The user's explicit choice to keep tokens in the settings file when no keychain
    // works. Turning it on writes the tokens held for the session there; off removes them.
    static bool storesInSettingsFile();
    void setStoreInSettingsFile(bool store);
    static QString settingsFilePath();

    void read(Server server, QObject *context, ReadCallback done);
    void readBoth(QObject *context, BothCallback done);
    // An empty token removes it.
    void write(Server server, const QString &token, QObject *context, DoneCallback done = {});
    void remove(Server server, QObject *context, DoneCallback done = {});

    // The keychain key: "<profile>/era" or "<profile>/patrol".
    QString key(Server server) const;
    // Forgets the tokens held for the session and what is known of the keychain
    // (a restart, for tests); what the keychain itself holds stays.
    static void resetSession();

signals:
    void backendChanged(TokenStore::Backend backend);

private:
    QString settingsKey(Server server) const;
    QString fromSettingsFile(Server server) const;
    void toSettingsFile(Server server, const QString &token) const;
    void readKnown(Server server, QObject *target, ReadCallback done);
    void writeKnown(Server server, const QString &token, QObject *target, DoneCallback done);
    static void later(QObject *context, std::function<void()> call);

    QString m_profile;
};
