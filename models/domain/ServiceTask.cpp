#include "domain/ServiceTask.h"

QJsonObject ServiceTask::defaultOpts()
{
    // Built once: every new or decoded record starts from it, and copies share it until edited.
    static const QJsonObject opts{{QStringLiteral("title"), QString()}, {QStringLiteral("comment"), QString()}};
    return opts;
}

QString ServiceTask::title() const
{
    return opts.value(QStringLiteral("title")).toString();
}

void ServiceTask::setTitle(const QString &title)
{
    opts.insert(QStringLiteral("title"), title);
}

QString ServiceTask::comment() const
{
    return opts.value(QStringLiteral("comment")).toString();
}

void ServiceTask::setComment(const QString &comment)
{
    opts.insert(QStringLiteral("comment"), comment);
}

QString ServiceTask::createdText() const
{
    return ext.value(QStringLiteral("ct")).toString();
}

QString ServiceTask::lastWriteText() const
{
    return ext.value(QStringLiteral("lwt")).toString();
}

QString ServiceTask::sitesJoined() const
{
    return sites.join(QStringLiteral(", "));
}

QJsonValue ServiceTask::sitesForWire() const
{
    if (sitesShape == SitesShape::String)
        return splitSites(sitesText) == sites ? sitesText : sitesJoined();
    return QJsonArray::fromStringList(sites);
}

QStringList ServiceTask::splitSites(const QString &text)
{
    QStringList result;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString site = part.trimmed();
        if (!site.isEmpty())
            result.append(site);
    }
    return result;
}

bool ServiceTask::operator==(const ServiceTask &o) const
{
    return id == o.id && name == o.name && isEnabled == o.isEnabled && scriptCode == o.scriptCode
        && siteMode == o.siteMode && sites == o.sites && sitesShape == o.sitesShape
        && isRegular == o.isRegular && overlap == o.overlap && intervalSec == o.intervalSec
        && dtStart == o.dtStart && dtStop == o.dtStop && schedule == o.schedule
        && periods == o.periods && opts == o.opts && ext == o.ext && extra == o.extra;
}
