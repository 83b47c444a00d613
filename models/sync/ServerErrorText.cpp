#include "sync/ServerErrorText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString();
}

// The first of the keys servers use for the words of an error.
QString messageOf(const QJsonObject &error)
{
    for (const char *key : {"message", "error", "detail", "title", "error_description"}) {
        const QJsonValue value = error.value(QLatin1String(key));
        if (value.isObject()) {
            const QString nested = messageOf(value.toObject()); // {"error": {"message": …}}
            if (!nested.isEmpty())
                return nested;
        }
        const QString text = textOf(value);
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

// The end of the JSON object starting at `from` (its closing brace), or -1; braces
// inside strings do not count.
qsizetype objectEnd(const QString &text, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return i;
        }
    }
    return -1;
}

} // namespace

QString ServerErrorText::fromBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const QString message = messageOf(error);
    if (message.isEmpty())
        return QString();
    QString code = textOf(error.value(QStringLiteral("code")));
    if (code.isEmpty() && error.value(QStringLiteral("error")).isObject())
        code = textOf(error.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")));
    return code.isEmpty() || code == message ? message : QStringLiteral("%1 (%2)").arg(message, code);
}

QString ServerErrorText::readable(const QString &text)
{
    QString out;
    qsizetype done = 0;
    for (qsizetype start = text.indexOf(QLatin1Char('{')); start >= 0;
         start = text.indexOf(QLatin1Char('{'), start + 1)) {
        if (start < done)
            continue;
        const qsizetype end = objectEnd(text, start);
        if (end < 0)
            break;
        const QString words = fromBody(text.mid(start, end - start + 1).toUtf8());
        if (words.isEmpty())
            continue;
        out += text.mid(done, start - done) + words;
        done = end + 1;
    }
    return out + text.mid(done);
}
