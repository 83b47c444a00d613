#pragma once

#include <QString>

// A record's sync error as the window shows it. Taskdesk's own words are stored as their
// English source text, so that a later session in another language shows them in its own
// (the server's words are stored and shown as the server sent them, made readable).
class StoredErrorText
{
public:
    // The error in the language now installed.
    static QString shown(const QString &syncError);
};
