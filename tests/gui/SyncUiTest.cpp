#include "SyncUiTest.h"

QString settingsFileText()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString readToken(TokenStore &store, TokenStore::Server server)
{
    QString token;
    QEventLoop loop;
    store.read(server, &loop, [&](const QString &value) {
        token = value;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    return token;
}

QStringList logLines(SyncPanel *panel)
{
    QStringList lines;
    for (int i = 0; i < panel->log()->count(); ++i)
        lines << panel->log()->item(i)->data(SyncPanel::LineRole).toString();
    return lines;
}

void SyncUiTest::initTestCase()
{
    QVERIFY2(startApplication(QCoreApplication::applicationName()), "the reference server did not start");
}

void SyncUiTest::init()
{
    SyncRun::resetSession();
    // No keychain unless a test says otherwise: the machine's own is never asked.
    useKeychain(MemorySecretBackend::Behaviour::Fails, QStringLiteral("no keychain in this test"));
    Confirmation::setHandler([](QWidget *, const QString &, const QString &) { return true; });
    QVERIFY(startTest());
}

void SyncUiTest::cleanup()
{
    m_window.reset();
    m_ws.reset();
    Confirmation::setHandler({});
}
