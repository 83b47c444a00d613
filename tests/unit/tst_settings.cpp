// The settings table: every key spelled once, defaults when a value is missing or was
// edited by hand into nonsense, and the sync profile read back as it was saved.

#include "settings/Settings.h"
#include "sync/SyncProfile.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }
    void init() { QSettings().clear(); }

    void everyKeyIsSpelledOnce()
    {
        QSet<QString> seen;
        for (const Settings::KeyInfo &key : Settings::all()) {
            QVERIFY2(!key.name.isEmpty(), "a key without a name");
            QVERIFY2(!seen.contains(key.name), qPrintable(key.name));
            QVERIFY2(!key.name.startsWith(Settings::tokenPrefix), qPrintable(key.name));
            seen.insert(key.name);
        }
        QVERIFY(seen.size() >= 11);
    }

    void missingValueReadsAsDefault()
    {
        QCOMPARE(Settings::timeoutSeconds.get(), 30);
        QCOMPARE(Settings::storeTokensInSettingsFile.get(), false);
        QVERIFY(Settings::recentDatabases.get().isEmpty());
    }

    void handEditedNonsenseReadsAsDefault()
    {
        QSettings().setValue(Settings::pageSize.name(), QStringLiteral("abc"));
        QCOMPARE(Settings::pageSize.get(), 500);
        QSettings().setValue(Settings::pageSize.name(), QStringLiteral("250"));
        QCOMPARE(Settings::pageSize.get(), 250);
    }

    void setThenGetThenReset()
    {
        Settings::recentDatabases.set({QStringLiteral("/tmp/a.taskdesk"), QStringLiteral("/tmp/b.taskdesk")});
        QCOMPARE(Settings::recentDatabases.get().size(), 2);
        Settings::recentDatabases.reset();
        QVERIFY(Settings::recentDatabases.get().isEmpty());
    }

    void profileRoundTripsAndIsBounded()
    {
        QVERIFY(!SyncProfile::load().isSet());
        SyncProfile profile;
        profile.eraUrl = QUrl(QStringLiteral("https://era.example.org:8443"));
        profile.pageSize = 1000;
        profile.save();
        const SyncProfile back = SyncProfile::load();
        QCOMPARE(back.eraUrl, profile.eraUrl);
        QVERIFY(back.patrolUrl.isEmpty());
        QCOMPARE(back.pageSize, 1000);
        QVERIFY(back.isSet());

        Settings::parallelRequests.set(5000);
        Settings::timeoutSeconds.set(-4);
        QCOMPARE(SyncProfile::load().parallel, 32);
        QCOMPARE(SyncProfile::load().timeoutSeconds, 1);
    }

    // The keys are the ones earlier versions wrote: an upgrade keeps the user's profile.
    void keysKeepTheirEarlierNames()
    {
        QSettings().setValue(QStringLiteral("sync/eraUrl"), QStringLiteral("http://127.0.0.1:9"));
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), QByteArray("xyz"));
        QCOMPARE(SyncProfile::load().eraUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(Settings::windowGeometry.get(), QByteArray("xyz"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
