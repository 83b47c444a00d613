#include "settings/Settings.h"

namespace Settings {

const SettingKey<QByteArray> windowGeometry("mainWindow/geometry", {}, SettingScope::Window);
const SettingKey<QByteArray> windowState("mainWindow/state", {}, SettingScope::Window);
const SettingKey<QByteArray> serviceTasksLayout("serviceTasks/layout", {}, SettingScope::Window);
const SettingKey<QByteArray> seriesLayout("series/layout", {}, SettingScope::Window);
const SettingKey<QStringList> recentDatabases("recentDatabases", {}, SettingScope::Window);

const SettingKey<QString> eraUrl("sync/eraUrl", {}, SettingScope::Sync);
const SettingKey<QString> patrolUrl("sync/patrolUrl", {}, SettingScope::Sync);
const SettingKey<int> timeoutSeconds("sync/timeoutSeconds", 30, SettingScope::Sync);
const SettingKey<int> pageSize("sync/pageSize", 500, SettingScope::Sync);
const SettingKey<int> parallelRequests("sync/parallel", 4, SettingScope::Sync);

const SettingKey<bool> storeTokensInSettingsFile("sync/storeTokensInSettingsFile", false,
                                                 SettingScope::Secrets);
const QString tokenPrefix = QStringLiteral("sync/tokens/");

const SettingKey<int> historyVersions("database/historyVersions", 50, SettingScope::Database);

namespace {
template <typename T>
KeyInfo info(const SettingKey<T> &key)
{
    return {key.name(), QVariant::fromValue(key.defaultValue()), key.scope()};
}
} // namespace

QVector<KeyInfo> all()
{
    return {info(windowGeometry),   info(windowState),    info(serviceTasksLayout),
            info(seriesLayout),     info(recentDatabases), info(eraUrl),
            info(patrolUrl),        info(timeoutSeconds), info(pageSize),
            info(parallelRequests), info(storeTokensInSettingsFile), info(historyVersions)};
}

} // namespace Settings
