// The first run: an empty database shows three ways to get records in place of the
// empty table, and each does what it says; the sample data opens as a separate
// database and the operator's own stays empty.
#include "MainWindowFixture.h"
#include "TemporaryDatabase.h"
#include "TestSupport.h"

#include "Confirmation.h"
#include "DatabaseWindows.h"
#include "MainWindow.h"
#include "WelcomePane.h"
#include "storage/SampleDatabase.h"
#include "sync/SyncSettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
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

// Reads the next import error box when it opens, then closes it.
void readNextImportErrorBox(QString *informative)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, informative] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("importErrorBox"))
            return;
        *informative = box->informativeText();
        box->accept();
        poll->deleteLater();
    });
    poll->start(20);
}

// The import's report as the window words it (plurals as the translation gives them).
QString imported(const QString &file, int tasksCreated, int tasksReplaced, int seriesCreated, int seriesReplaced)
{
    const auto tr = [](const char *text, int n) { return QCoreApplication::translate("MainWindow", text, nullptr, n); };
    const QStringList parts = {tr("%n service task(s) created", tasksCreated), tr("%n service task(s) replaced", tasksReplaced),
                               tr("%n series created", seriesCreated), tr("%n series replaced", seriesReplaced)};
    return QStringLiteral("Imported \"%1\": %2.").arg(file, parts.join(QStringLiteral(", ")));
}

int recordsIn(const QString &path)
{
    const auto ws = TemporaryDatabase::open(path);
    return ws ? ws->serviceTasks().count() + ws->series().count() : -1;
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_db{QStringLiteral("own-")};

    QString freshPath() { return m_db.newPath(); }

private slots:
    void initTestCase()
    {
        MainWindowFixture::setUpApplication(QStringLiteral("tst_firstrun"));
        QVERIFY(m_db.isValid());
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
        pickInNextFileDialog(TestSupport::dataPath(QStringLiteral("import-both.json")));
        QTest::mouseClick(choice(window, "welcomeImportButton"), Qt::LeftButton);
        QTRY_VERIFY(!window->showsWelcome());
        QCOMPARE(recordsIn(path), 5);
    }

    void importSaysWhatItDidAndAsksBeforeReplacing()
    {
        QStringList asked;
        bool answer = true;
        Confirmation::setHandler([&](QWidget *, const QString &, const QString &text) {
            asked << text;
            return answer;
        });
        const auto restore = qScopeGuard([] {
            Confirmation::setHandler([](QWidget *, const QString &, const QString &) { return true; });
        });
        DatabaseWindows windows;
        QString error;
        const QString path = freshPath();
        MainWindow *window = windows.open(path, &error);
        QVERIFY(window);
        const QString file = TestSupport::dataPath(QStringLiteral("import-both.json"));
        pickInNextFileDialog(file);
        QTest::mouseClick(choice(window, "welcomeImportButton"), Qt::LeftButton);
        QTRY_VERIFY(!window->showsWelcome());
        QVERIFY(asked.isEmpty()); // nothing here to replace: nothing to ask
        QCOMPARE(window->statusBar()->currentMessage(), imported(file, 3, 0, 2, 0));

        // Again: it asks first, saying it cannot be undone; "no" imports nothing. (Records
        // of the file with an id replace theirs; the two without one are new again.)
        answer = false;
        window->statusBar()->clearMessage();
        pickInNextFileDialog(file);
        window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("cannot be undone")), qPrintable(asked.first()));
        QCOMPARE(window->statusBar()->currentMessage(), QString());
        answer = true;
        pickInNextFileDialog(file);
        window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(window->statusBar()->currentMessage(), imported(file, 1, 2, 1, 1));
        QCOMPARE(recordsIn(path), 7); // the records without an id are new each time
    }

    void importErrorShowsTheReason()
    {
        DatabaseWindows windows;
        QString error;
        const QString path = freshPath();
        MainWindow *window = windows.open(path, &error);
        QVERIFY(window);
        const QString bad = m_db.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"svctasks": [{"name": "", "svcscriptcode": "x"}]})");
        file.close();
        QString informative;
        readNextImportErrorBox(&informative);
        pickInNextFileDialog(bad);
        window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QTRY_VERIFY(!informative.isEmpty());
        // The reason itself, without opening "Show Details…".
        QVERIFY2(informative.contains(QLatin1String("svctasks[0]")), qPrintable(informative));
        QVERIFY(informative.contains(QLatin1String("name")));
        QCOMPARE(recordsIn(path), 0);
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
