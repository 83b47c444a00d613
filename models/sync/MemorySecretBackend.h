#pragma once

#include "sync/SecretBackend.h"

#include <QHash>
#include <QObject>

// A secret store in memory: a keychain that works (its entries outlive TokenStore
// sessions, as a keychain outlives a process), one that fails every call with a
// given text, or one that never answers. Used by tests and by TASKDESK_KEYCHAIN.
class MemorySecretBackend : public QObject, public SecretBackend
{
    Q_OBJECT

public:
    enum class Behaviour { Works, Fails, Silent };

    explicit MemorySecretBackend(Behaviour behaviour = Behaviour::Works, const QString &failure = QString(),
                                 QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    QHash<QString, QString> entries() const { return m_entries; }
    int calls() const { return m_calls; }

private:
    // Answers later on the event loop, as a real keychain does.
    void answer(SecretAnswer answer, Callback done);

    Behaviour m_behaviour;
    QString m_failure;
    QHash<QString, QString> m_entries;
    int m_calls = 0;
};
