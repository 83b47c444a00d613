#pragma once

#include "sync/SecretBackend.h"

#include <QObject>

namespace QKeychain {
class Job;
}

// The system keychain through qtkeychain (Secret Service or KWallet on Linux).
class QtKeychainBackend : public QObject, public SecretBackend
{
    Q_OBJECT

public:
    explicit QtKeychainBackend(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    void run(QKeychain::Job *job, const QString &key, Callback done);

    QString m_service;
};
