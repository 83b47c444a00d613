// The main window on a real database, driven offscreen as a user would.
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
        QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        Translator::install(QStringLiteral("en"));
    }

    void showsTheDatabaseAndItsCounts()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("counts.sqlite"))));
        MainWindow window(ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(ws.path()));
        auto *path = window.findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(path);
        // Whole where there is room; in a narrow window cut in its middle, whole in the tooltip.
        QVERIFY2(path->text() == ws.path() || path->text().contains(QChar(0x2026)), qPrintable(path->text()));
        QVERIFY(path->toolTip().contains(ws.path()));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        QVERIFY(counts);
        QVERIFY2(counts->text().contains(QLatin1String("Service tasks: 0")), qPrintable(counts->text()));

        const QStringList errors = window.importFile(QStringLiteral(TASKDESK_TEST_DATA "/import-both.json"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(counts->text().contains(QLatin1String("Service tasks: 3")), qPrintable(counts->text()));
        QVERIFY(counts->text().contains(QLatin1String("Task series: 2")));
    }

    void navigationSwitchesPages()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("nav.sqlite"))));
        MainWindow window(ws);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(navigation && pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("serviceTasksPage"));
        const QRect second = navigation->visualItemRect(navigation->item(1));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("seriesPage"));
        QTest::keyClick(navigation, Qt::Key_Up);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("serviceTasksPage"));
    }

    void badImportChangesNothingAndSaysWhy()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("bad.sqlite"))));
        MainWindow window(ws);
        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"svctasks\": [{\"name\": \"ok\"}, {\"name\": \"\"}]}");
        out.close();
        const QStringList errors = window.importFile(file);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("svctasks[1]")), qPrintable(errors.first()));
        QCOMPARE(ws.serviceTasks().count(), 0);
    }

    void restoresItsSizeOnTheNextStart()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("layout.sqlite"))));
        {
            MainWindow window(ws);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Inside the offscreen screen (800×600): a larger size would be fitted to it.
            window.resize(713, 477);
            QTRY_COMPARE(window.size(), QSize(713, 477));
            window.close();
        }
        MainWindow again(ws);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(713, 477));
    }

    void speaksRussian()
    {
        Translator::install(QStringLiteral("ru"));
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("ru.sqlite"))));
        MainWindow window(ws);
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Файл"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Служебные задачи"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Серии задач"));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        QVERIFY2(counts->text().contains(QStringLiteral("Служебные задачи: 0")), qPrintable(counts->text()));
        // Qt's own strings are translated too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
        Translator::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
