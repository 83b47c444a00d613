#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// QJsonDocument keeps the last of two equal keys in an object and says nothing, so
// {"svctasks":[A], "svctasks":[]} would import nothing without a word. This finds the
// first key that appears twice in one object, at any depth, in one linear pass. Its
// answer means something only for text QJsonDocument accepts as JSON (the pass trusts
// the syntax), but any text is safe to give it, so it may run while the parser does.
class DuplicateKeyFinder
{
public:
    struct Duplicate
    {
        QString key;
        QString path;   // where the object is: "" for the top level, "svctasks[2]", "series[0].steps[1]"
        int line = 0;   // of the second occurrence, 1-based
    };

    static std::optional<Duplicate> find(const QByteArray &json);
};
