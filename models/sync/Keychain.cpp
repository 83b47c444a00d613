#include "sync/Keychain.h"

#include "sync/MemorySecretBackend.h"
#include "sync/QtKeychainBackend.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace {

std::unique_ptr<SecretBackend> backendFromEnvironment()
{
    const QByteArray choice = qgetenv("TASKDESK_KEYCHAIN").trimmed().toLower();
    if (choice == "none") {
        return std::make_unique<MemorySecretBackend>(
            MemorySecretBackend::Behaviour::Fails,
            QCoreApplication::translate("Keychain", "turned off by TASKDESK_KEYCHAIN=none"));
    }
    if (choice == "memory")
        return std::make_unique<MemorySecretBackend>();
    return std::make_unique<QtKeychainBackend>(QStringLiteral("Taskdesk"));
}

// The key the probe reads; it is never written.
const QString kProbeKey = QStringLiteral("taskdesk-keychain-probe");

} // namespace

Keychain::Keychain() = default;

Keychain &Keychain::instance()
{
    static Keychain keychain;
    return keychain;
}

SecretBackend &Keychain::backend()
{
    if (!m_backend)
        m_backend = backendFromEnvironment();
    return *m_backend;
}

void Keychain::setBackend(std::unique_ptr<SecretBackend> backend)
{
    m_backend = std::move(backend);
    reset();
}

void Keychain::setDeadlines(int probeMs, int callMs)
{
    m_probeDeadlineMs = probeMs;
    m_callDeadlineMs = callMs;
}

void Keychain::reset()
{
    ++m_generation;
    m_probing = false;
    m_state = State::Unknown;
    m_error.clear();
}

void Keychain::probe()
{
    if (m_state != State::Unknown) {
        const State known = m_state;
        QMetaObject::invokeMethod(this, [this, known] { emit stateChanged(known); }, Qt::QueuedConnection);
        return;
    }
    if (m_probing)
        return;
    m_probing = true;
    const int generation = m_generation;
    guarded(
        m_probeDeadlineMs, [](SecretBackend &b, SecretBackend::Callback cb) { b.read(kProbeKey, std::move(cb)); },
        [this, generation](const SecretAnswer &answer) {
            if (generation != m_generation)
                return;
            m_probing = false;
            if (answer.status == SecretAnswer::Status::Failed)
                settle(State::Unavailable, answer.error);
            else
                settle(State::Available, QString());
        });
}

void Keychain::settle(State state, const QString &error)
{
    m_error = error;
    m_state = state;
    emit stateChanged(state);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, then] : waiting) {
        if (context)
            then();
    }
}

void Keychain::whenKnown(QObject *context, std::function<void()> then)
{
    if (m_state != State::Unknown) {
        QMetaObject::invokeMethod(context, std::move(then), Qt::QueuedConnection);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(then)});
    probe();
}

void Keychain::guarded(int deadlineMs, Call call, SecretBackend::Callback done)
{
    // Whichever comes first, the answer or the deadline, is the answer. The timer
    // belongs to the keychain: a backend that drops the callback must not take the
    // deadline with it.
    auto pending = std::make_shared<SecretBackend::Callback>(std::move(done));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [pending, timer, deadlineMs] {
        timer->deleteLater();
        if (auto finish = std::exchange(*pending, {})) {
            finish({SecretAnswer::Status::Failed, QString(),
                    tr("the system keychain did not answer within %n second(s)", nullptr,
                       qMax(1, deadlineMs / 1000))});
        }
    });
    timer->start(deadlineMs);
    QPointer<QTimer> guard(timer);
    call(backend(), [pending, guard](const SecretAnswer &answer) {
        if (guard) {
            guard->stop();
            guard->deleteLater();
        }
        if (auto finish = std::exchange(*pending, {}))
            finish(answer);
    });
}

void Keychain::noteFailure(const SecretAnswer &answer)
{
    if (answer.status == SecretAnswer::Status::Failed && m_state != State::Unavailable)
        settle(State::Unavailable, answer.error);
}

void Keychain::callNoting(Call call, SecretBackend::Callback done)
{
    guarded(m_callDeadlineMs, std::move(call), [this, done](const SecretAnswer &answer) {
        noteFailure(answer);
        done(answer);
    });
}

void Keychain::read(const QString &key, SecretBackend::Callback done)
{
    callNoting([key](SecretBackend &b, SecretBackend::Callback cb) { b.read(key, std::move(cb)); }, std::move(done));
}

void Keychain::write(const QString &key, const QString &value, SecretBackend::Callback done)
{
    callNoting([key, value](SecretBackend &b, SecretBackend::Callback cb) { b.write(key, value, std::move(cb)); },
               std::move(done));
}

void Keychain::remove(const QString &key, SecretBackend::Callback done)
{
    callNoting([key](SecretBackend &b, SecretBackend::Callback cb) { b.remove(key, std::move(cb)); }, std::move(done));
}
