#pragma once

#include <QString>

// What counts as "nothing" in a text field.
class TextRules
{
public:
    // True for text that shows as nothing: empty, only whitespace (any Unicode space),
    // or only invisible characters such as a zero-width space, a word joiner or a byte
    // order mark. Such a name looks empty to everyone, so it is refused like an empty one.
    static bool isBlank(const QString &text);
};
