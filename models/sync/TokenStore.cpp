#include "sync/TokenStore.h"

#include <qt6keychain/keychain.h>

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

TokenStore::Backend s_backend = TokenStore::Backend::Unknown;
QString s_backendError;

const char *const kOptInKey = "sync/storeTokensInSettingsFile";

// qtkeychain on Linux reports a missing session bus, Secret Service or KWallet as
// NoBackendAvailable or as OtherError carrying the D-Bus message.
bool meansNoBackend(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError: {
        const QString text = job->errorString();
        for (const char *marker : {"d-bus", "dbus", "org.freedesktop", "secret service", "kwallet", "serviceunknown"}) {
            if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace

TokenStore::TokenStore(const QString &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile.isEmpty() ? QStringLiteral("default") : profile)
{
}

TokenStore::Backend TokenStore::backend()
{
    return s_backend;
}

QString TokenStore::backendError()
{
    return s_backendError;
}

QString TokenStore::key(Server server) const
{
    return m_profile + (server == Server::Era ? QStringLiteral("/era") : QStringLiteral("/patrol"));
}

QString TokenStore::settingsKey(Server server) const
{
    return QStringLiteral("sync/tokens/") + key(server);
}

bool TokenStore::storesInSettingsFile()
{
    return QSettings().value(QLatin1String(kOptInKey), false).toBool();
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
    QSettings().setValue(QLatin1String(kOptInKey), store);
    for (Server server : {Server::Era, Server::Patrol}) {
        const QString held = sessionTokens().value(key(server));
        toSettingsFile(server, store ? held : QString());
    }
}

void TokenStore::resetSession()
{
    sessionTokens().clear();
    s_backend = Backend::Unknown;
    s_backendError.clear();
}

void TokenStore::later(QObject *context, std::function<void()> call)
{
    // Queued on the context: dropped if it dies first, never re-entrant for the caller.
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

bool TokenStore::noteBackend(QKeychain::Job *job)
{
    Backend now = s_backend;
    if (meansNoBackend(job)) {
        now = Backend::Unavailable;
        s_backendError = job->errorString();
    } else if (job->error() != QKeychain::OtherError) {
        now = Backend::Keychain; // it answered, even if only "not found" or "denied"
        s_backendError.clear();
    }
    if (now != s_backend) {
        s_backend = now;
        emit backendChanged(now);
    }
    return now != Backend::Unavailable;
}

void TokenStore::probe()
{
    if (s_backend != Backend::Unknown) {
        const Backend known = s_backend;
        later(this, [this, known] { emit backendChanged(known); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key(Server::Era));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const Backend before = s_backend;
        noteBackend(finished);
        if (s_backend == before) // say it anyway: the caller waits for an answer
            emit backendChanged(s_backend);
        // What the probe read is the token: keep it, a later read need not ask again.
        if (finished->error() == QKeychain::NoError)
            sessionTokens().insert(key(Server::Era), static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
    job->start();
}

void TokenStore::read(Server server, QObject *context, ReadCallback done)
{
    QObject *target = context ? context : this;
    const QString k = key(server);
    if (sessionTokens().contains(k) || s_backend == Backend::Unavailable) {
        const QString token = sessionTokens().contains(k) ? sessionTokens().value(k)
                              : storesInSettingsFile()    ? fromSettingsFile(server)
                                                          : QString();
        if (!token.isEmpty())
            sessionTokens().insert(k, token);
        later(target, [done, token] { done(token); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(k);
    QPointer<QObject> guard(target);
    connect(job, &QKeychain::Job::finished, this, [this, server, k, guard, done](QKeychain::Job *finished) {
        noteBackend(finished);
        QString token;
        if (finished->error() == QKeychain::NoError) {
            token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            sessionTokens().insert(k, token);
        } else if (storesInSettingsFile()) {
            token = fromSettingsFile(server);
            if (!token.isEmpty())
                sessionTokens().insert(k, token); // still there if the user opts out later
        }
        if (guard)
            done(token);
    });
    job->start();
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
    QObject *target = context ? context : this;
    const QString k = key(server);
    sessionTokens().insert(k, token); // usable at once, whatever the keychain says later
    if (s_backend == Backend::Unavailable) {
        if (storesInSettingsFile())
            toSettingsFile(server, token);
        if (done)
            later(target, [done] { done(true, QString()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(k);
    job->setTextData(token);
    QPointer<QObject> guard(target);
    connect(job, &QKeychain::Job::finished, this, [this, server, token, guard, done](QKeychain::Job *finished) {
        const bool keychain = noteBackend(finished);
        bool ok = true;
        QString error;
        if (!keychain) {
            if (storesInSettingsFile())
                toSettingsFile(server, token);
        } else if (finished->error() == QKeychain::NoError) {
            toSettingsFile(server, QString()); // the keychain has it now: no plain-text copy
        } else {
            ok = false;
            error = finished->errorString();
        }
        if (guard && done)
            done(ok, error);
    });
    job->start();
}

void TokenStore::remove(Server server, QObject *context, DoneCallback done)
{
    QObject *target = context ? context : this;
    const QString k = key(server);
    sessionTokens().insert(k, QString()); // removed: do not fall back to an older copy
    toSettingsFile(server, QString());
    if (s_backend == Backend::Unavailable) {
        if (done)
            later(target, [done] { done(true, QString()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(k);
    QPointer<QObject> guard(target);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done](QKeychain::Job *finished) {
        const bool keychain = noteBackend(finished);
        const bool ok = !keychain || finished->error() == QKeychain::NoError
                        || finished->error() == QKeychain::EntryNotFound;
        if (guard && done)
            done(ok, ok ? QString() : finished->errorString());
    });
    job->start();
}
