#include "MainWindowFixture.h"

#include "Confirmation.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <ctime>

void MainWindowFixture::setUpApplication(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTests"));
    QCoreApplication::setApplicationName(name);
    Translator::install(QStringLiteral("en"));
}

void MainWindowFixture::useZoneEastOfUtc()
{
    qputenv("TZ", "Asia/Novosibirsk");
    tzset();
}

bool MainWindowFixture::openWindow(const QSize &size, QScreen *screen)
{
    m_ws = TemporaryDatabase::open(m_db.path());
    if (!m_ws)
        return false;
    m_window = std::make_unique<MainWindow>(*m_ws);
    if (screen) {
        m_window->setScreen(screen);
        m_window->move(screen->availableGeometry().topLeft());
    }
    m_window->show();
    m_window->activateWindow();
    if (size.isValid())
        m_window->resize(size);
    return QTest::qWaitForWindowActive(m_window.get());
}

void MainWindowFixture::closeWindow()
{
    if (m_window) {
        m_window->close();
        m_window.reset();
    }
    m_ws.reset();
}

std::unique_ptr<Workspace> MainWindowFixture::reopen()
{
    closeWindow();
    return m_db.reopen();
}

void MainWindowFixture::startTest()
{
    QSettings().clear(); // no sort order or layout left over from a previous test
    m_asked.clear();
    m_answer = false;
    Confirmation::setHandler([this](QWidget *, const QString &, const QString &text) {
        m_asked << text;
        return m_answer;
    });
}

void MainWindowFixture::endTest()
{
    closeWindow();
    Confirmation::setHandler({});
}
