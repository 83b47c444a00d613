#pragma once

#include <QtGlobal>

// The limits of one request and of the transport. Each request keeps its own copy, so a
// change made for one request never leaks into another one in flight.
struct HttpOptions
{
    int timeoutMs = 30000;        // idle: given up when no byte arrives for this long
    int deadlineMs = 120000;      // the whole request, redirects included (at least timeoutMs)
    qint64 maxAnswerBytes = qint64(64) << 20; // one answer, counted as it arrives (decompressed)
    int maxRedirects = 5;         // same-origin only; another origin is never followed
    int maxAttempts = 4;          // 1 + retries, for transient failures only
    int backoffBaseMs = 250;
    int backoffCapMs = 8000;
    int parallel = 4;

    int effectiveDeadlineMs() const { return qMax(deadlineMs, timeoutMs); }
};
