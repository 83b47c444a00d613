#include "sync/QtKeychainBackend.h"

#include <qt6keychain/keychain.h>

QtKeychainBackend::QtKeychainBackend(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void QtKeychainBackend::read(const QString &key, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key, std::move(done));
}

void QtKeychainBackend::write(const QString &key, const QString &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    run(job, key, std::move(done));
}

void QtKeychainBackend::remove(const QString &key, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key, std::move(done));
}

void QtKeychainBackend::run(QKeychain::Job *job, const QString &key, Callback done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        SecretAnswer answer;
        switch (finished->error()) {
        case QKeychain::NoError:
            answer.status = SecretAnswer::Status::Ok;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                answer.value = read->textData();
            break;
        case QKeychain::EntryNotFound:
            answer.status = SecretAnswer::Status::NotFound;
            break;
        default:
            // Whatever else qtkeychain says (its texts differ between backends and
            // versions: "Unknown error" on a machine without D-Bus) means no keychain.
            answer.status = SecretAnswer::Status::Failed;
            answer.error = finished->errorString();
            if (answer.error.isEmpty())
                answer.error = tr("error %1").arg(int(finished->error()));
            break;
        }
        done(answer);
    });
    job->start();
}
