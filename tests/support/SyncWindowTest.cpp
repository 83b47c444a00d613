#include "SyncWindowTest.h"

#include "MainWindowFixture.h"
#include "TableEdits.h"
#include "WindowSync.h"

#include <QtTest>

bool SyncWindowTest::startApplication(const QString &name, const QStringList &serverArguments)
{
    qunsetenv("DISPLAY");
    MainWindowFixture::setUpApplication(name);
    qRegisterMetaType<SyncReport>("SyncReport");
    return m_server.start(serverArguments);
}

MainWindow *SyncWindowTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) ? m_window.get() : nullptr;
}

SyncReport SyncWindowTest::syncFromWindow()
{
    return WindowSync::syncFromWindow(m_window.get());
}

qint64 SyncWindowTest::localId(const QString &uuid)
{
    return m_ws->serviceTasks().localIdForUuid(uuid).value_or(-1);
}

QString SyncWindowTest::serverName(const QString &uuid)
{
    return m_server.svctask(uuid).value(QStringLiteral("name")).toString();
}

void SyncWindowTest::rename(const QString &uuid, const QString &name)
{
    GuiTest::renameTask(*m_window, *m_ws, uuid, name);
}

void SyncWindowTest::cleanup()
{
    // The window first: it holds the database's models.
    m_window.reset();
    m_ws.reset();
}
