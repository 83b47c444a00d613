#pragma once

#include "domain/Timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// An ERA service task (docs/api-contract.md §1.1) as the app holds it. Fields the contract
// does not describe travel in `extra`, `opts`, `ext` and `periods` untouched.
struct ServiceTask
{
    // How `sites` came from the server: the contract has seen both shapes.
    enum class SitesShape { Array, String };

    QString id;
    QString name;
    bool isEnabled = false;
    QString scriptCode;             // svcscriptcode
    QString siteMode = QStringLiteral("all");
    QStringList sites;
    SitesShape sitesShape = SitesShape::Array;
    QString sitesText;              // the string as received when sitesShape == String
    bool isRegular = false;
    bool overlap = true;
    qint64 intervalSec = 0;
    Timestamp dtStart;
    Timestamp dtStop;
    QString schedule = QStringLiteral("all");
    QJsonArray periods;             // item structure undocumented: kept as received
    QJsonObject opts = defaultOpts();
    QJsonObject ext;                // server-made; ct and lwt are read-only
    QJsonObject extra;              // unknown top-level fields

    static QJsonObject defaultOpts();

    QString title() const;
    void setTitle(const QString &title);
    QString comment() const;
    void setComment(const QString &comment);
    QString createdText() const;    // ext.ct
    QString lastWriteText() const;  // ext.lwt

    // The sites as a single editable line, "SITE1, SITE2".
    QString sitesJoined() const;
    // Sites as the server expects them back: its own shape, text kept when unchanged.
    QJsonValue sitesForWire() const;

    bool operator==(const ServiceTask &other) const;
    bool operator!=(const ServiceTask &other) const { return !(*this == other); }

    static QStringList splitSites(const QString &text);
};
