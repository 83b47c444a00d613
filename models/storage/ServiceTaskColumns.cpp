#include "storage/ServiceTaskColumns.h"

#include "json/CompactJson.h"
#include "json/ServiceTaskCodec.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>

const QStringList &ServiceTaskColumns::names()
{
    static const QStringList columns = {
        QStringLiteral("name"), QStringLiteral("isenabled"), QStringLiteral("svcscriptcode"),
        QStringLiteral("sitemode"), QStringLiteral("sites"), QStringLiteral("isregular"),
        QStringLiteral("overlap"), QStringLiteral("intervalsec"), QStringLiteral("dtstart"),
        QStringLiteral("dtstop"), QStringLiteral("schedule"), QStringLiteral("title"),
        QStringLiteral("comment"), QStringLiteral("created"), QStringLiteral("lastwrite"),
        QStringLiteral("local_json"), QStringLiteral("valid"), QStringLiteral("modified_at"),
        QStringLiteral("name_key"), QStringLiteral("title_key"), QStringLiteral("search_text")};
    return columns;
}

QVariantList ServiceTaskColumns::values(const ServiceTask &t, bool valid, const QString &modifiedAt)
{
    const QString title = t.title();
    return {SqlValues::text(t.name), t.isEnabled ? 1 : 0, SqlValues::text(t.scriptCode),
            SqlValues::text(t.siteMode), SqlValues::text(t.sitesJoined()), t.isRegular ? 1 : 0,
            t.overlap ? 1 : 0, t.intervalSec, SqlValues::sortableTime(t.dtStart),
            SqlValues::sortableTime(t.dtStop), SqlValues::text(t.schedule), SqlValues::text(title),
            SqlValues::text(t.comment()), SqlValues::text(t.createdText()), SqlValues::text(t.lastWriteText()),
            json(t), valid ? 1 : 0, modifiedAt, SqlValues::sortKey(t.name), SqlValues::sortKey(title),
            SqlValues::text(searchText(t))};
}

QString ServiceTaskColumns::json(const ServiceTask &task)
{
    // The same text either way; the first skips the QJsonObject and the trip through UTF-8.
    QString text;
    text.reserve(512);
    if (CompactJson::appendServiceTask(text, task))
        return text;
    return QString::fromUtf8(QJsonDocument(ServiceTaskCodec::encode(task)).toJson(QJsonDocument::Compact));
}

QString ServiceTaskColumns::searchText(const ServiceTask &t)
{
    return QStringList{t.name, t.scriptCode, t.title(), t.comment()}.join(QLatin1Char('\n')).toLower();
}
