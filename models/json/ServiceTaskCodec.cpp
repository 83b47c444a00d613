#include "json/ServiceTaskCodec.h"

#include "json/JsonReader.h"

std::optional<ServiceTask> ServiceTaskCodec::decode(const QJsonValue &value, DecodeError *error,
                                                    const QString &path)
{
    if (!value.isObject()) {
        *error = {path, tr("expected a service task object")};
        return std::nullopt;
    }
    JsonReader in(value.toObject(), path);
    ServiceTask t;
    t.id = in.string(QStringLiteral("id"));
    t.name = in.string(QStringLiteral("name"));
    t.isEnabled = in.intBool(QStringLiteral("isenabled"), false);
    t.scriptCode = in.string(QStringLiteral("svcscriptcode"));
    t.siteMode = in.string(QStringLiteral("sitemode"), QStringLiteral("all"));

    // `sites` has been seen as "" and "SITE1, SITE2" as well as an array.
    const QJsonValue sites = in.take(QStringLiteral("sites"));
    if (sites.isString()) {
        t.sitesShape = ServiceTask::SitesShape::String;
        t.sitesText = sites.toString();
        t.sites = ServiceTask::splitSites(t.sitesText);
    } else if (sites.isArray()) {
        const QJsonArray array = sites.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                in.fail(QStringLiteral("sites[%1]").arg(i), tr("expected a site name"));
                break;
            }
            t.sites.append(array.at(i).toString());
        }
    } else if (!sites.isUndefined() && !sites.isNull()) {
        in.fail(QStringLiteral("sites"), tr("expected a list of sites or a comma-separated text"));
    }

    t.isRegular = in.intBool(QStringLiteral("isregular"), false);
    t.overlap = in.intBool(QStringLiteral("overlap"), true);
    t.intervalSec = in.integer(QStringLiteral("intervalsec"), 0);
    t.dtStart = in.timestamp(QStringLiteral("dtstart"));
    t.dtStop = in.timestamp(QStringLiteral("dtstop"));
    t.schedule = in.string(QStringLiteral("schedule"), QStringLiteral("all"));
    t.periods = in.array(QStringLiteral("periods"));
    t.opts = in.object(QStringLiteral("opts"), ServiceTask::defaultOpts());
    t.ext = in.object(QStringLiteral("ext"));
    t.extra = in.remaining();

    if (!in.ok()) {
        *error = in.error();
        return std::nullopt;
    }
    return t;
}

QJsonObject ServiceTaskCodec::encode(const ServiceTask &t)
{
    QJsonObject o = t.extra;
    if (!t.id.isEmpty())
        o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("isenabled"), t.isEnabled ? 1 : 0);
    o.insert(QStringLiteral("svcscriptcode"), t.scriptCode);
    o.insert(QStringLiteral("sitemode"), t.siteMode);
    o.insert(QStringLiteral("sites"), t.sitesForWire());
    o.insert(QStringLiteral("isregular"), t.isRegular ? 1 : 0);
    o.insert(QStringLiteral("overlap"), t.overlap ? 1 : 0);
    o.insert(QStringLiteral("intervalsec"), t.intervalSec);
    o.insert(QStringLiteral("dtstart"), t.dtStart.toWire());
    o.insert(QStringLiteral("dtstop"), t.dtStop.toWire());
    o.insert(QStringLiteral("schedule"), t.schedule);
    o.insert(QStringLiteral("periods"), t.periods);
    o.insert(QStringLiteral("opts"), t.opts);
    if (!t.ext.isEmpty())
        o.insert(QStringLiteral("ext"), t.ext);
    return o;
}
