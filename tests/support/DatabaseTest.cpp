#include "DatabaseTest.h"

#include <QtTest>

void DatabaseTest::init()
{
    m_ws = std::make_unique<Workspace>();
    QVERIFY2(m_ws->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))),
             qPrintable(m_ws->errorString()));
}

void DatabaseTest::cleanup()
{
    m_ws.reset();
}
