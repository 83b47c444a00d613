#include "json/CompactJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QChar hexDigit(uint value)
{
    return QLatin1Char(value < 10 ? char('0' + value) : char('a' + value - 10));
}

void appendInteger(QString &out, qint64 value)
{
    out += QString::number(value);
}

} // namespace

// As qjsonwriter.cpp escapes: the quote, the backslash and control characters; the rest as is.
bool CompactJson::appendString(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate())
            return false;
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            out += c;
            continue;
        }
        out += QLatin1Char('\\');
        switch (u) {
        case u'"': out += QLatin1Char('"'); break;
        case u'\\': out += QLatin1Char('\\'); break;
        case 0x8: out += QLatin1Char('b'); break;
        case 0xc: out += QLatin1Char('f'); break;
        case 0xa: out += QLatin1Char('n'); break;
        case 0xd: out += QLatin1Char('r'); break;
        case 0x9: out += QLatin1Char('t'); break;
        default:
            out += QLatin1String("u00");
            out += hexDigit(u >> 4);
            out += hexDigit(u & 0xf);
        }
    }
    out += QLatin1Char('"');
    return true;
}

bool CompactJson::appendValue(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: out += QLatin1String("null"); return true;
    case QJsonValue::Bool: out += value.toBool() ? QLatin1String("true") : QLatin1String("false"); return true;
    case QJsonValue::String: return appendString(out, value.toString());
    case QJsonValue::Double: {
        // An integer is kept as one; a double as qjsonwriter.cpp writes it.
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            appendInteger(out, number.toLongLong());
            return true;
        }
        const double d = value.toDouble();
        out += qIsFinite(d) ? QString::fromLatin1(QByteArray::number(d, 'g', QLocale::FloatingPointShortest))
                            : QStringLiteral("null");
        return true;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += QLatin1Char('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            if (!appendValue(out, array.at(i)))
                return false;
        }
        out += QLatin1Char(']');
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += QLatin1Char('{');
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out += QLatin1Char(',');
            if (!appendString(out, it.key()))
                return false;
            out += QLatin1Char(':');
            if (!appendValue(out, it.value()))
                return false;
        }
        out += QLatin1Char('}');
        return true;
    }
    case QJsonValue::Undefined: break;
    }
    return false;
}

// The keys in the order QJsonObject keeps them (sorted), with ServiceTaskCodec::encode's values.
bool CompactJson::appendServiceTask(QString &out, const ServiceTask &t)
{
    if (!t.extra.isEmpty())
        return false;
    bool first = true;
    bool ok = true;
    const auto key = [&](const char *name) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QLatin1Char('"') + QLatin1String(name) + QLatin1String("\":");
    };
    const auto text = [&](const char *name, const QString &value) { key(name); ok = ok && appendString(out, value); };
    const auto json = [&](const char *name, const QJsonValue &value) { key(name); ok = ok && appendValue(out, value); };
    const auto number = [&](const char *name, qint64 value) { key(name); appendInteger(out, value); };
    out += QLatin1Char('{');
    text("dtstart", t.dtStart.toWire());
    text("dtstop", t.dtStop.toWire());
    if (!t.ext.isEmpty())
        json("ext", t.ext);
    if (!t.id.isEmpty())
        text("id", t.id);
    number("intervalsec", t.intervalSec);
    number("isenabled", t.isEnabled ? 1 : 0);
    number("isregular", t.isRegular ? 1 : 0);
    text("name", t.name);
    json("opts", t.opts);
    number("overlap", t.overlap ? 1 : 0);
    json("periods", t.periods);
    text("schedule", t.schedule);
    text("sitemode", t.siteMode);
    json("sites", t.sitesForWire());
    text("svcscriptcode", t.scriptCode);
    out += QLatin1Char('}');
    return ok;
}
