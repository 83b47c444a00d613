#include "OperatorDayTest.h"

#include "Confirmation.h"
#include "io/DocumentImporter.h"

bool OperatorDayTest::useTwoScreens(const QTemporaryDir &config)
{
    const QString path = config.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const auto screen = [](const QString &name, const QRect &r) {
        return QStringLiteral(R"({"name": "%1", "x": %2, "y": %3, "width": %4, "height": %5, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})")
            .arg(name).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    file.write(QStringLiteral(R"({"screens": [%1, %2]})").arg(screen(QStringLiteral("laptop"), kLaptop),
                                                               screen(QStringLiteral("small"), kSmall)).toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    return true;
}

QScreen *OperatorDayTest::screenAt(const QRect &geometry)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->geometry() == geometry)
            return screen;
    }
    return nullptr;
}

bool OperatorDayTest::newDatabase(bool seeded, const QString &folder)
{
    if (!seeded)
        return TemporaryDatabase::open(m_db.newPath(folder)) != nullptr;
    m_db.newPath(folder);
    Workspace ws;
    if (!ws.open(m_db.path()))
        return false;
    DocumentImporter importer(ws.database(), ws.serviceTasks(), ws.series());
    return importer.importFile(QStringLiteral(TASKDESK_TEST_DATA "/import-both.json"));
}

void OperatorDayTest::initTestCase()
{
    MainWindowFixture::setUpApplication(QCoreApplication::applicationName());
    QVERIFY(m_db.isValid());
    QVERIFY2(screenAt(kLaptop) && screenAt(kSmall), "the offscreen platform did not take the screens");
}

void OperatorDayTest::init()
{
    startTest();
    m_answer = true; // every question answered yes
}

void OperatorDayTest::cleanup()
{
    endTest();
    Translator::install(QStringLiteral("en"));
}
