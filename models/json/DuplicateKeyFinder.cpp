#include "json/DuplicateKeyFinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

// Objects up to this many keys are searched in place; larger ones get a hash set.
constexpr int FewKeys = 16;
// Deeper than QJsonDocument's own limit (1024): the text is refused by the parser, and
// the pass, which may run before the parser has spoken, holds no more frames than this.
constexpr size_t MaxDepth = 4096;

// The text of a key as written between its quotes, escapes undone by the JSON parser
// (rare: only keys that contain a backslash come here).
QByteArray decodeKey(std::string_view raw)
{
    const QByteArray wrapped = "[\"" + QByteArray(raw.data(), qsizetype(raw.size())) + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

// One open object or array. Keys are views into the document (no copies); a key written
// with escapes is decoded first, so that "a" and "\u0061" compare equal.
class Frame
{
public:
    explicit Frame(bool object) : isObject(object), expectKey(object) {}

    bool isObject;
    bool expectKey;
    int index = 0;          // arrays: the item being read
    std::string_view key;   // objects: the key being read, raw

    // False when the object already has this key.
    bool insert(std::string_view raw, bool escaped)
    {
        std::string_view k = raw;
        if (escaped) {
            m_decoded.push_back(decodeKey(raw)); // QByteArray data does not move with the vector
            k = std::string_view(m_decoded.back().constData(), size_t(m_decoded.back().size()));
        }
        if (m_many.empty() && m_few.size() < FewKeys) {
            for (std::string_view seen : m_few) {
                if (seen == k)
                    return false;
            }
            m_few.append(k);
            return true;
        }
        // Past a handful of keys a hash set keeps the pass linear on any object.
        if (m_many.empty())
            m_many.insert(m_few.cbegin(), m_few.cend());
        return m_many.insert(k).second;
    }

private:
    QVarLengthArray<std::string_view, FewKeys> m_few;
    std::unordered_set<std::string_view> m_many;
    std::vector<QByteArray> m_decoded;
};

QString pathOf(const std::vector<Frame> &stack)
{
    QString path;
    for (size_t i = 0; i + 1 < stack.size(); ++i) {
        const Frame &frame = stack.at(i);
        if (!frame.isObject) {
            path += QStringLiteral("[%1]").arg(frame.index);
            continue;
        }
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += QString::fromUtf8(decodeKey(frame.key));
    }
    return path;
}

// Index of the closing quote of the string whose opening quote is at `open`.
qsizetype closingQuote(const char *data, qsizetype size, qsizetype open, bool *escaped)
{
    qsizetype i = open + 1;
    while (i < size && data[i] != '"') {
        if (data[i] == '\\') {
            *escaped = true;
            ++i;
        }
        ++i;
    }
    return i;
}

} // namespace

std::optional<DuplicateKeyFinder::Duplicate> DuplicateKeyFinder::find(const QByteArray &json)
{
    const char *data = json.constData();
    const qsizetype size = json.size();
    std::vector<Frame> stack;
    int line = 1;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n') {
            ++line;
        } else if (c == '{' || c == '[') {
            if (stack.size() >= MaxDepth)
                return std::nullopt; // no JSON the parser accepts goes this deep
            stack.emplace_back(c == '{');
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            Frame &top = stack.back();
            top.expectKey = top.isObject;
            top.index += top.isObject ? 0 : 1;
        } else if (c == '"') {
            bool escaped = false;
            const qsizetype close = closingQuote(data, size, i, &escaped);
            if (!stack.empty() && stack.back().expectKey) {
                Frame &top = stack.back();
                top.expectKey = false;
                top.key = std::string_view(data + i + 1, size_t(close - i - 1));
                if (!top.insert(top.key, escaped))
                    return Duplicate{QString::fromUtf8(decodeKey(top.key)), pathOf(stack), line};
            }
            i = close;
        }
    }
    return std::nullopt;
}
