#include "sync/TokenStore.h"

#include "settings/Settings.h"

#include <QHash>
#include <QPointer>
#include <QSettings>

namespace {

// Process-wide: "the session" is this run of the program, whichever window asks.
QHash<QString, QString> &sessionTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}

} // namespace

TokenStore::TokenStore(const QString &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile.isEmpty() ? QStringLiteral("default") : profile)
{
    connect(&Keychain::instance(), &Keychain::stateChanged, this, &TokenStore::backendChanged);
}

TokenStore::Backend TokenStore::backend()
{
    return Keychain::instance().state();
}

QString TokenStore::backendError()
{
    return Keychain::instance().error();
}

void TokenStore::probe()
{
    Keychain::instance().probe();
}

QString TokenStore::key(Server server) const
{
    return m_profile + (server == Server::Era ? QStringLiteral("/era") : QStringLiteral("/patrol"));
}

QString TokenStore::settingsKey(Server server) const
{
    return Settings::tokenPrefix + key(server);
}

bool TokenStore::storesInSettingsFile()
{
    return Settings::storeTokensInSettingsFile.get();
}

QString TokenStore::settingsFilePath()
{
    return QSettings().fileName();
}

QString TokenStore::fromSettingsFile(Server server) const
{
    return QSettings().value(settingsKey(server)).toString();
}

void TokenStore::toSettingsFile(Server server, const QString &token) const
{
    QSettings settings;
    if (token.isEmpty())
        settings.remove(settingsKey(server));
    else
        settings.setValue(settingsKey(server), token);
}

void TokenStore::setStoreInSettingsFile(bool store)
{
    Settings::storeTokensInSettingsFile.set(store);
    for (Server server : {Server::Era, Server::Patrol}) {
        const QString held = sessionTokens().value(key(server));
        toSettingsFile(server, store ? held : QString());
    }
}

void TokenStore::resetSession()
{
    sessionTokens().clear();
    Keychain::instance().reset();
}

void TokenStore::later(QObject *context, std::function<void()> call)
{
    // Queued on the context: dropped if it dies first, never re-entrant for the caller.
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

void TokenStore::read(Server server, QObject *context, ReadCallback done)
{
    QObject *target = context ? context : this;
    const QString k = key(server);
    if (sessionTokens().contains(k)) {
        const QString token = sessionTokens().value(k);
        later(target, [done, token] { done(token); });
        return;
    }
    QPointer<QObject> guard(target);
    Keychain::instance().whenKnown(this, [this, server, guard, done] {
        if (guard)
            readKnown(server, guard, done);
    });
}

void TokenStore::readKnown(Server server, QObject *target, ReadCallback done)
{
    const QString k = key(server);
    const bool fromSession = sessionTokens().contains(k);
    if (fromSession || Keychain::instance().state() == Backend::Unavailable) {
        const QString token = fromSession ? sessionTokens().value(k)
                              : storesInSettingsFile() ? fromSettingsFile(server)
                                                       : QString();
        if (!token.isEmpty())
            sessionTokens().insert(k, token);
        later(target, [done, token] { done(token); });
        return;
    }
    QPointer<QObject> guard(target);
    Keychain::instance().read(k, [this, server, k, guard, done](const SecretAnswer &answer) {
        QString token;
        if (answer.status == SecretAnswer::Status::Ok)
            token = answer.value;
        else if (storesInSettingsFile())
            token = fromSettingsFile(server);
        // An edit made while the keychain was asked wins over its older answer.
        if (sessionTokens().contains(k))
            token = sessionTokens().value(k);
        else if (!token.isEmpty())
            sessionTokens().insert(k, token);
        if (guard)
            done(token);
    });
}

void TokenStore::readBoth(QObject *context, BothCallback done)
{
    // One after the other: qtkeychain runs its jobs in sequence anyway.
    QObject *target = context ? context : this;
    read(Server::Era, target, [this, target, done](const QString &era) {
        read(Server::Patrol, target, [done, era](const QString &patrol) { done(era, patrol); });
    });
}

void TokenStore::write(Server server, const QString &token, QObject *context, DoneCallback done)
{
    if (token.isEmpty()) {
        remove(server, context, std::move(done));
        return;
    }
    sessionTokens().insert(key(server), token); // usable at once, whatever the keychain says later
    QObject *target = context ? context : this;
    if (Keychain::instance().state() != Backend::Unknown) {
        writeKnown(server, token, target, std::move(done)); // the file, if chosen, has it at once
        return;
    }
    QPointer<QObject> guard(target);
    Keychain::instance().whenKnown(this, [this, server, token, guard, done] {
        if (guard)
            writeKnown(server, token, guard, done);
    });
}

void TokenStore::writeKnown(Server server, const QString &token, QObject *target, DoneCallback done)
{
    QPointer<QObject> guard(target);
    if (Keychain::instance().state() == Backend::Unavailable) {
        if (storesInSettingsFile())
            toSettingsFile(server, token);
        if (done)
            later(target, [done] { done(true, QString()); });
        return;
    }
    Keychain::instance().write(key(server), token, [this, server, token, guard, done](const SecretAnswer &answer) {
        const bool kept = answer.status == SecretAnswer::Status::Ok;
        // In the keychain: no plain-text copy. Not there: the file if the user chose it.
        toSettingsFile(server, kept || !storesInSettingsFile() ? QString() : token);
        if (guard && done)
            done(kept || storesInSettingsFile(), kept ? QString() : answer.error);
    });
}

void TokenStore::remove(Server server, QObject *context, DoneCallback done)
{
    const QString k = key(server);
    sessionTokens().insert(k, QString()); // removed: do not fall back to an older copy
    toSettingsFile(server, QString());
    QPointer<QObject> guard(context ? context : this);
    Keychain::instance().whenKnown(this, [k, guard, done] {
        if (Keychain::instance().state() == Backend::Unavailable) {
            if (guard && done)
                done(true, QString());
            return;
        }
        Keychain::instance().remove(k, [guard, done](const SecretAnswer &answer) {
            const bool ok = answer.status != SecretAnswer::Status::Failed;
            if (guard && done)
                done(ok, answer.error);
        });
    });
}
