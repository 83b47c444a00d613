// The first run: an empty database shows three ways to get records in place of the
// empty table, and each does what it says; the sample data opens as a separate
// database and the operator's own stays empty.
#include "Confirmation.h"
#include "DatabaseWindows.h"
#include "MainWindow.h"
#include "WelcomePane.h"
#include "i18n/Translator.h"
#include "storage/SampleDatabase.h"
#include "storage/Workspace.h"
#include "sync/SyncSettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QCommandLinkButton *choice(MainWindow *window, const char *name)
{
    return window->findChild<QCommandLinkButton *>(QLatin1String(name));
}

// Answers the next file dialog with `path`, as the user would pick it.
void pickInNextFileDialog(const QString &path)
{
    QTimer::singleShot(0, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no file dialog");
            return;
        }
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Open button does
    });
}

int recordsIn(const QString &path)
{
    Workspace ws;
    if (!ws.open(path))
        return -1;
    return ws.serviceTasks().count() + ws.series().count();
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("own-%1.sqlite").arg(++m_counter)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_firstrun"));
        Translator::install(QStringLiteral("en"));
        Confirmation::setHandler([](QWidget *, const QString &, const QString &) { return true; });
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(SampleDatabase::path());
    }

    void anEmptyDatabaseShowsTheThreeChoices()
    {
        DatabaseWindows windows;
        QString error;
        MainWindow *window = windows.open(freshPath(), &error);
        QVERIFY2(window, qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->showsWelcome());
        QVERIFY(window->welcomePane()->isVisible());
        for (const char *name : {"welcomeSyncButton", "welcomeImportButton", "welcomeSampleButton"}) {
            QCommandLinkButton *button = choice(window, name);
            QVERIFY2(button && button->isVisible(), name);
            QVERIFY2(!button->description().isEmpty(), name); // one line saying what it does
        }
    }

    void theWelcomeGoesAwayWithTheFirstRecord()
    {
        DatabaseWindows windows;
        QString error;
        MainWindow *window = windows.open(freshPath(), &error);
        QVERIFY(window);
        QVERIFY(window->showsWelcome());
        window->findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        QVERIFY(!window->showsWelcome());
        QVERIFY(!window->welcomePane()->isVisible());
        // Undone, the database is empty again: the choices come back.
        window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QTRY_VERIFY(window->showsWelcome());
    }

    void importAFileFillsThisDatabase()
    {
        DatabaseWindows windows;
        QString error;
        const QString path = freshPath();
        MainWindow *window = windows.open(path, &error);
        QVERIFY(window);
        pickInNextFileDialog(QStringLiteral(TASKDESK_TEST_DATA "/import-both.json"));
        QTest::mouseClick(choice(window, "welcomeImportButton"), Qt::LeftButton);
        QTRY_VERIFY(!window->showsWelcome());
        QCOMPARE(recordsIn(path), 5);
    }

    void setUpSyncOpensTheServerSettings()
    {
        DatabaseWindows windows;
        QString error;
        MainWindow *window = windows.open(freshPath(), &error);
        QVERIFY(window);
        QTest::mouseClick(choice(window, "welcomeSyncButton"), Qt::LeftButton);
        auto *dialog = window->findChild<SyncSettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }

    void theSampleOpensAsASeparateDatabase()
    {
        DatabaseWindows windows;
        QString error;
        const QString own = freshPath();
        MainWindow *window = windows.open(own, &error);
        QVERIFY(window);
        QTest::mouseClick(choice(window, "welcomeSampleButton"), Qt::LeftButton);
        QTRY_COMPARE(windows.count(), 2);
        MainWindow *sample = windows.windowFor(SampleDatabase::path());
        QVERIFY(sample && sample != window);
        QVERIFY(QTest::qWaitForWindowExposed(sample));
        QVERIFY2(sample->windowTitle().contains(QLatin1String("Sample data")), qPrintable(sample->windowTitle()));
        QVERIFY(!sample->showsWelcome());
        QVERIFY(recordsIn(SampleDatabase::path()) > 0);
        // The operator's database is untouched and still offers the choices.
        QVERIFY(window->showsWelcome());
        QVERIFY(!window->windowTitle().contains(QLatin1String("Sample data")));
        QCOMPARE(recordsIn(own), 0);

        // Asked again (Help menu), the open sample window comes forward: no second copy.
        window->findChild<QAction *>(QStringLiteral("openSampleAction"))->trigger();
        QCOMPARE(windows.count(), 2);
    }

    void theSampleCanBeReset()
    {
        DatabaseWindows windows;
        QString error;
        MainWindow *sample = windows.openSample(&error);
        QVERIFY2(sample, qPrintable(error));
        const int original = recordsIn(SampleDatabase::path());
        QVERIFY(original > 0);
        // Change it, as the user would: a new record.
        sample->findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        QCOMPARE(recordsIn(SampleDatabase::path()), original + 1);
        sample->findChild<QAction *>(QStringLiteral("resetSampleAction"))->trigger();
        QTRY_VERIFY(windows.windowFor(SampleDatabase::path()) != nullptr);
        QCOMPARE(windows.count(), 1);
        QCOMPARE(recordsIn(SampleDatabase::path()), original);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
