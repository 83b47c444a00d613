#pragma once

// Running a sync engine (ServiceTaskSync, TaskSeriesSync) to its end in a test, with
// retries quick enough for a test run; the clean slate a sync test starts from.

#include "sync/HttpClient.h"
#include "sync/SyncReport.h"

#include <QSignalSpy>
#include <QUrl>

#include <functional>

namespace SyncRun {

// No settings, no tokens of an earlier test, and a keychain that fails: the machine's
// own keychain is never asked.
void resetSession();
// A saved sync profile with both servers at `url` (a test server) and a short timeout.
void saveProfile(const QUrl &url);

// A sync of the whole database file at `path` as the app runs one (SyncSession, both
// servers at `url`) to its end; the engines' log lines appended to `log` when given. A
// file that cannot be opened or a sync that never ends is a fatal error of the report.
SyncReport syncDatabase(const QString &path, const QUrl &url, QString *log = nullptr);

// The client's options with short back-offs: a retried request waits milliseconds.
inline HttpClient::Options quickRetries(int timeoutMs = 30000, int maxAttempts = 4, int backoffCapMs = 200)
{
    HttpClient::Options options;
    options.timeoutMs = timeoutMs;
    options.maxAttempts = maxAttempts;
    options.backoffBaseMs = 20;
    options.backoffCapMs = backoffCapMs;
    return options;
}

// Starts the engine and waits for its finished signal; its report (a warning when it
// never finished: the report then says so by its counts).
template<typename Engine>
SyncReport toEnd(Engine &engine, int waitMs = 60000)
{
    QSignalSpy finished(&engine, &Engine::finished);
    engine.start();
    if (finished.isEmpty() && !finished.wait(waitMs))
        qWarning("sync did not finish");
    return engine.report();
}

// One sync of an engine (ServiceTaskSync, TaskSeriesSync) on `store` against `url` to
// its end, `pageSize` records a list page; `during` may connect to the engine first.
template<typename Engine, typename Store>
SyncReport run(Store &store, const QUrl &url, int pageSize, const HttpClient::Options &options,
               const std::function<void(Engine &)> &during)
{
    HttpClient http;
    http.setOptions(options);
    Engine engine(store, http, url, pageSize);
    if (during)
        during(engine);
    return toEnd(engine);
}

} // namespace SyncRun
