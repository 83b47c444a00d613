#pragma once

#include <QString>

// Makes the error body a server sent readable where it is quoted in a message. The ERA
// contract leaves its error format open and the reference server answers
// {"error": "…", "status": 400}; TARGPatrol answers {"message": "…", "code": "…", …}.
// A user is shown the message and the code, never the JSON around them.
class ServerErrorText
{
public:
    // Every JSON object quoted in `text` that carries a message (message, error, detail
    // or title) becomes "message (code)"; anything else is left exactly as it was.
    static QString readable(const QString &text);

    // The words of one JSON error body, or an empty string when it names none.
    static QString fromBody(const QByteArray &body);
};
