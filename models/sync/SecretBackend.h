#pragma once

#include <QString>

#include <functional>

// What a secret store answered for one request.
struct SecretAnswer
{
    enum class Status {
        Ok,       // read: the value is there; write/remove: done
        NotFound, // no entry under that key (a keychain that works)
        Failed,   // anything else: no service, denied, locked, timed out
    };
    Status status = Status::Failed;
    QString value;
    QString error; // the store's own words, for the user
};

// Where tokens are kept between sessions: the system keychain in the product, a
// store chosen by the test or by TASKDESK_KEYCHAIN otherwise (see Keychain). Calls
// answer exactly once, never before they return.
class SecretBackend
{
public:
    using Callback = std::function<void(const SecretAnswer &)>;

    virtual ~SecretBackend() = default;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};
