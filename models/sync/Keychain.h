#pragma once

#include "sync/SecretBackend.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

// The process-wide secret store behind every TokenStore: which backend is used,
// whether it works, and a deadline on every call so that nothing waits forever on
// a keychain that does not answer.
//
// Whether a keychain works is decided from what it does, never from the wording of
// its errors: the first call (or probe()) reads an entry that may be absent; an
// answer or "not found" means it works, anything else - including no answer within
// the probe deadline - means it is unavailable, and that error is kept for the UI.
// A later failure of any call turns it unavailable too.
//
// The backend is the system keychain unless TASKDESK_KEYCHAIN says otherwise
// ("none": no keychain; "memory": one kept in memory for this process) or a test
// sets one with setBackend().
class Keychain : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,     // not asked yet, or the probe is running
        Available,   // the keychain answers
        Unavailable, // no keychain service, or it failed or did not answer
    };
    Q_ENUM(State)

    static Keychain &instance();

    // Replaces the backend and forgets what was known about the previous one.
    void setBackend(std::unique_ptr<SecretBackend> backend);
    void setDeadlines(int probeMs, int callMs);
    // Forgets what is known (the backend stays): the next call probes again.
    void reset();

    State state() const { return m_state; }
    QString error() const { return m_error; }

    // Starts the probe if nothing is known yet; stateChanged follows in any case.
    void probe();
    // `then` runs once the state is known (at once if it is), queued on `context`.
    void whenKnown(QObject *context, std::function<void()> then);

    // Calls of the backend with the call deadline; a failure marks it unavailable.
    void read(const QString &key, SecretBackend::Callback done);
    void write(const QString &key, const QString &value, SecretBackend::Callback done);
    void remove(const QString &key, SecretBackend::Callback done);

signals:
    void stateChanged(Keychain::State state);

private:
    Keychain();
    SecretBackend &backend();
    using Call = std::function<void(SecretBackend &, SecretBackend::Callback)>;
    // Runs `call` with a deadline; `done` is called exactly once.
    void guarded(int deadlineMs, Call call, SecretBackend::Callback done);
    // A call with the call deadline whose failure marks the keychain unavailable.
    void callNoting(Call call, SecretBackend::Callback done);
    void settle(State state, const QString &error);
    void noteFailure(const SecretAnswer &answer);

    std::unique_ptr<SecretBackend> m_backend;
    State m_state = State::Unknown;
    QString m_error;
    bool m_probing = false;
    int m_generation = 0; // answers of a probe started before reset() are ignored
    int m_probeDeadlineMs = 5000;
    int m_callDeadlineMs = 30000;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_waiting;
};
