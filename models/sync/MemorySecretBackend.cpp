#include "sync/MemorySecretBackend.h"

#include <QMetaObject>

MemorySecretBackend::MemorySecretBackend(Behaviour behaviour, const QString &failure, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
    , m_failure(failure)
{
}

void MemorySecretBackend::read(const QString &key, Callback done)
{
    SecretAnswer result;
    result.status = m_entries.contains(key) ? SecretAnswer::Status::Ok : SecretAnswer::Status::NotFound;
    result.value = m_entries.value(key);
    answer(result, std::move(done));
}

void MemorySecretBackend::write(const QString &key, const QString &value, Callback done)
{
    if (m_behaviour == Behaviour::Works)
        m_entries.insert(key, value);
    answer({SecretAnswer::Status::Ok, QString(), QString()}, std::move(done));
}

void MemorySecretBackend::remove(const QString &key, Callback done)
{
    const bool had = m_behaviour == Behaviour::Works && m_entries.remove(key) > 0;
    answer({had ? SecretAnswer::Status::Ok : SecretAnswer::Status::NotFound, QString(), QString()}, std::move(done));
}

void MemorySecretBackend::answer(SecretAnswer result, Callback done)
{
    ++m_calls;
    if (m_behaviour == Behaviour::Silent)
        return;
    if (m_behaviour == Behaviour::Fails)
        result = {SecretAnswer::Status::Failed, QString(), m_failure};
    QMetaObject::invokeMethod(this, [result, done] { done(result); }, Qt::QueuedConnection);
}
