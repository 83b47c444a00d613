#pragma once

#include "settings/SettingKey.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

// Every key Taskdesk keeps in QSettings, in one table, with its default and scope. Code
// reads and writes settings only through these keys, so a key is spelled once and a
// reader of this file sees everything the settings file can hold.
namespace Settings {

// Window
extern const SettingKey<QByteArray> windowGeometry;
extern const SettingKey<QByteArray> windowState;
extern const SettingKey<QByteArray> serviceTasksLayout;
extern const SettingKey<QByteArray> seriesLayout;
extern const SettingKey<QStringList> recentDatabases;

// Sync: the server profile (an empty URL = that side is not synced).
extern const SettingKey<QString> eraUrl;
extern const SettingKey<QString> patrolUrl;
extern const SettingKey<int> timeoutSeconds;
extern const SettingKey<int> pageSize;
extern const SettingKey<int> parallelRequests;

// Secrets: only when the user opted in (no keychain); the tokens themselves are kept
// under tokenPrefix + "<profile>/era|patrol".
extern const SettingKey<bool> storeTokensInSettingsFile;
extern const QString tokenPrefix;

// Database: versions kept per record in the history (0 keeps none), applied at open.
extern const SettingKey<int> historyVersions;

struct KeyInfo
{
    QString name;
    QVariant defaultValue;
    SettingScope scope;
};
// The whole table, for a test that keys are unique and for a future reset command.
QVector<KeyInfo> all();

} // namespace Settings
