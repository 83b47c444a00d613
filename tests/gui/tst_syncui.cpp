// The sync user interface on the real MainWindow, offscreen, against the reference
// server on loopback: the server profile and its tokens (with a keychain that works,
// fails or never answers, set by the test, never the machine's own), a sync with its progress and log, Cancel, a conflict from the state column
// to the dialog and back to a clean sync, and a TLS failure shown with its certificate.
#include "GuiActions.h"
#include "MainWindowFixture.h"
#include "RefServer.h"
#include "SyncRun.h"
#include "TemporaryDatabase.h"
#include "WindowSync.h"

#include "Confirmation.h"
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "servicetasks/ServiceTasksPage.h"
#include "series/TaskSeriesPage.h"
#include "storage/Workspace.h"
#include "sync/ConflictDialog.h"
#include "sync/SyncPanel.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/MemorySecretBackend.h"
#include "sync/TokenStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using GuiTest::child;

namespace {

const QString kSeedId = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");
const QString kOtherId = QStringLiteral("86228b15-016c-cdef-ccce-50e54938780c");
const QString kSeedName = QStringLiteral("Обзвон должников");
const QString kSeriesId = QStringLiteral("475c2d64-b564-4f17-9833-ac3793ee43b4");
const QString kStepId = QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0");

QString settingsFileText()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// Waits for the token store's answer (its callbacks are always queued).
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

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_db{QStringLiteral("syncui-")};
    RefServer m_server;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

    void setProfile(const QUrl &url)
    {
        SyncSettingsDialog::Profile profile;
        profile.eraUrl = url;
        profile.patrolUrl = url;
        profile.timeoutSeconds = 10;
        profile.pageSize = 2;
        profile.parallel = 2;
        profile.save();
    }

    MainWindow *openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("window not exposed");
        return m_window.get();
    }

    // Starts a sync from the window and waits for its end.
    SyncReport syncFromWindow() { return WindowSync::syncFromWindow(m_window.get()); }

    MemorySecretBackend *useKeychain(MemorySecretBackend::Behaviour behaviour, const QString &failure = QString())
    {
        auto backend = std::make_unique<MemorySecretBackend>(behaviour, failure);
        MemorySecretBackend *raw = backend.get();
        Keychain::instance().setBackend(std::move(backend));
        Keychain::instance().setDeadlines(5000, 30000);
        return raw;
    }

    qint64 localId(const QString &uuid) { return m_ws->serviceTasks().localIdForUuid(uuid).value_or(-1); }

    // A local rename through the table model (the undo stack), as an edit in the table does.
    void renameLocally(const QString &uuid, const QString &name)
    {
        ServiceTaskTableModel *model = m_window->serviceTasksPage()->model();
        const int row = model->rowOf(localId(uuid));
        QVERIFY(row >= 0);
        ServiceTask after = model->recordAt(row)->local;
        after.name = name;
        QVERIFY(model->commit(row, after, QStringLiteral("rename")));
    }

private slots:
    void initTestCase()
    {
        qunsetenv("DISPLAY");
        MainWindowFixture::setUpApplication(QStringLiteral("tst_syncui"));
        qRegisterMetaType<SyncReport>("SyncReport");
        QVERIFY2(m_server.start(), "the reference server did not start");
    }

    void init()
    {
        SyncRun::resetSession();
        // No keychain unless a test says otherwise: the machine's own is never asked.
        useKeychain(MemorySecretBackend::Behaviour::Fails, QStringLiteral("no keychain in this test"));
        Confirmation::setHandler([](QWidget *, const QString &, const QString &) { return true; });
        QVERIFY(m_server.reseed());
        m_ws = m_db.openNew();
        QVERIFY(m_ws);
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
        Confirmation::setHandler({});
    }

    void logLinesAreMarkedByTheirLevel()
    {
        // The level comes with the line: a Russian error is an error without reading its text.
        Translator::install(QStringLiteral("ru"));
        SyncPanel panel;
        panel.addEngineLine(SyncLogLevel::Info, QStringLiteral("Получена новая: x"));
        panel.addEngineLine(SyncLogLevel::Warning, QStringLiteral("Конфликт: x"));
        panel.addEngineLine(SyncLogLevel::Error, QStringLiteral("Отклонено сервером: x"));
        Translator::install(QStringLiteral("en"));
        QCOMPARE(panel.log()->count(), 3);
        using S = SyncPanel::Severity;
        const S expected[] = {S::Info, S::Warning, S::Error};
        for (int i = 0; i < 3; ++i) {
            QListWidgetItem *item = panel.log()->item(i);
            QCOMPARE(S(item->data(SyncPanel::SeverityRole).toInt()), expected[i]);
            // Errors stand out: bold; errors and warnings have their icon.
            QCOMPARE(item->font().bold(), expected[i] == S::Error);
            QCOMPARE(item->icon().pixmap(16).isNull(), expected[i] == S::Info);
        }
    }

    void settingsDialogRoundTrip()
    {
        TokenStore tokens;
        {
            SyncSettingsDialog dialog(tokens);
            dialog.show();
            auto *era = child<QLineEdit>(&dialog, "eraUrlEdit");
            auto *patrol = child<QLineEdit>(&dialog, "patrolUrlEdit");
            QVERIFY(era && patrol);
            QVERIFY(era->text().isEmpty());
            QTest::keyClicks(era, QStringLiteral("https://era.example.org:8443"));
            QTest::keyClicks(patrol, QStringLiteral("http://127.0.0.1:8080"));
            child<QSpinBox>(&dialog, "timeoutSpin")->setValue(45);
            child<QSpinBox>(&dialog, "pageSizeSpin")->setValue(100);
            child<QSpinBox>(&dialog, "parallelSpin")->setValue(3);
            QTest::mouseClick(child<QDialogButtonBox>(&dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const SyncSettingsDialog::Profile saved = SyncSettingsDialog::Profile::load();
        QCOMPARE(saved.eraUrl, QUrl(QStringLiteral("https://era.example.org:8443")));
        QCOMPARE(saved.patrolUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(saved.timeoutSeconds, 45);
        QCOMPARE(saved.pageSize, 100);
        QCOMPARE(saved.parallel, 3);
        QCOMPARE(QSettings().value(QStringLiteral("sync/eraUrl")).toString(), QStringLiteral("https://era.example.org:8443"));

        // Shown again; an invalid address is refused with a message and nothing is saved.
        SyncSettingsDialog again(tokens);
        again.show();
        auto *era = child<QLineEdit>(&again, "eraUrlEdit");
        QCOMPARE(era->text(), QStringLiteral("https://era.example.org:8443"));
        QCOMPARE(child<QLineEdit>(&again, "patrolUrlEdit")->text(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(child<QSpinBox>(&again, "timeoutSpin")->value(), 45);
        QCOMPARE(child<QSpinBox>(&again, "pageSizeSpin")->value(), 100);
        QCOMPARE(child<QSpinBox>(&again, "parallelSpin")->value(), 3);
        auto *ok = child<QDialogButtonBox>(&again, "syncSettingsButtons")->button(QDialogButtonBox::Ok);
        auto *message = child<QLabel>(&again, "syncSettingsMessage");
        for (const QString &bad : {QStringLiteral("ftp://era.example.org"), QStringLiteral("era.example.org"),
                                   QStringLiteral("https://user:pw@era.example.org")}) {
            era->selectAll();
            QTest::keyClicks(era, bad);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY2(again.isVisible(), qPrintable(bad));
            QVERIFY(again.result() != QDialog::Accepted);
            QVERIFY(message->isVisible());
            QVERIFY2(!message->text().isEmpty(), qPrintable(bad));
            QVERIFY(era->property("invalid").toBool());
            if (bad.startsWith(QLatin1String("ftp")))
                QVERIFY2(message->text().contains(QLatin1String("https://")), qPrintable(message->text()));
            QCOMPARE(SyncSettingsDialog::Profile::load().eraUrl, QUrl(QStringLiteral("https://era.example.org:8443")));
        }
        // Emptied, the ERA side is simply not synced.
        era->clear();
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(SyncSettingsDialog::Profile::load().eraUrl.isEmpty());
        QVERIFY(SyncSettingsDialog::Profile::load().isSet());
    }

    void withoutKeychainTokensAreKeptForTheSessionOnly_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("shown");
        // What qtkeychain says on a fresh Debian 12 without a D-Bus session.
        QTest::newRow("unknown error") << int(MemorySecretBackend::Behaviour::Fails) << QStringLiteral("Unknown error")
                                       << QStringLiteral("Unknown error");
        QTest::newRow("no session bus")
            << int(MemorySecretBackend::Behaviour::Fails)
            << QStringLiteral("org.freedesktop.DBus.Error.NotSupported: Unable to autolaunch a dbus-daemon")
            << QStringLiteral("autolaunch");
        // A keychain that never answers is given up after the probe's deadline.
        QTest::newRow("never answers") << int(MemorySecretBackend::Behaviour::Silent) << QString()
                                       << QStringLiteral("did not answer within 1");
    }

    void withoutKeychainTokensAreKeptForTheSessionOnly()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, failure);
        QFETCH(QString, shown);
        useKeychain(MemorySecretBackend::Behaviour(behaviour), failure);
        Keychain::instance().setDeadlines(1000, 1000);
        TokenStore tokens;
        {
            SyncSettingsDialog dialog(tokens);
            dialog.show();
            auto *status = child<QLabel>(&dialog, "keychainStatusLabel");
            QCOMPARE(status->text(), QStringLiteral("Checking the system keychain…"));
            // The check always ends, within the probe's deadline.
            QTRY_VERIFY_WITH_TIMEOUT(TokenStore::backend() == TokenStore::Backend::Unavailable, 3000);
            QVERIFY2(status->text().contains(QLatin1String("keychain is not available")), qPrintable(status->text()));
            QVERIFY2(status->text().contains(shown), qPrintable(status->text()));
            QVERIFY(status->text().contains(QLatin1String("this session only")));
            auto *optIn = child<QCheckBox>(&dialog, "storeTokensInSettingsCheck");
            QVERIFY(optIn->isVisible());
            QVERIFY(!optIn->isChecked());
            QVERIFY(!child<QLabel>(&dialog, "storeTokensWarning")->isVisible());
            auto *token = child<QLineEdit>(&dialog, "eraTokenEdit");
            QCOMPARE(token->echoMode(), QLineEdit::Password);
            QTest::keyClicks(token, QStringLiteral("era-secret-1"));
            QTest::keyClicks(child<QLineEdit>(&dialog, "patrolTokenEdit"), QStringLiteral("patrol-secret-1"));
            QTest::mouseClick(child<QDialogButtonBox>(&dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(readToken(tokens, TokenStore::Server::Era), QStringLiteral("era-secret-1"));
        QCOMPARE(readToken(tokens, TokenStore::Server::Patrol), QStringLiteral("patrol-secret-1"));
        QVERIFY(!settingsFileText().contains(QLatin1String("secret")));
        {
            // Shown again in the same session: the token is there (masked).
            SyncSettingsDialog dialog(tokens);
            QSignalSpy loaded(&dialog, &SyncSettingsDialog::tokensLoaded);
            QVERIFY(loaded.wait(15000));
            QCOMPARE(child<QLineEdit>(&dialog, "eraTokenEdit")->text(), QStringLiteral("era-secret-1"));
        }
        // A new session (a restart) has no token.
        TokenStore::resetSession();
        TokenStore restarted;
        QCOMPARE(readToken(restarted, TokenStore::Server::Era), QString());

        // The explicit opt-in, with its warning, puts the token in the settings file.
        {
            SyncSettingsDialog dialog(restarted);
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(TokenStore::backend() == TokenStore::Backend::Unavailable, 3000);
            auto *optIn = child<QCheckBox>(&dialog, "storeTokensInSettingsCheck");
            auto *warning = child<QLabel>(&dialog, "storeTokensWarning");
            QTest::keyClicks(child<QLineEdit>(&dialog, "eraTokenEdit"), QStringLiteral("era-secret-2"));
            optIn->setFocus();
            QTest::keyClick(optIn, Qt::Key_Space);
            QVERIFY(optIn->isChecked());
            QVERIFY(warning->isVisible());
            QVERIFY2(warning->text().contains(QSettings().fileName()), qPrintable(warning->text()));
            QVERIFY(warning->text().contains(QLatin1String("unencrypted")));
            QTest::mouseClick(child<QDialogButtonBox>(&dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(TokenStore::storesInSettingsFile());
        QVERIFY(settingsFileText().contains(QLatin1String("era-secret-2")));
        TokenStore::resetSession();
        TokenStore third;
        QCOMPARE(readToken(third, TokenStore::Server::Era), QStringLiteral("era-secret-2"));

        // Opting out takes it out of the file again; the session keeps it.
        {
            SyncSettingsDialog dialog(third);
            dialog.show();
            auto *optIn = child<QCheckBox>(&dialog, "storeTokensInSettingsCheck");
            QVERIFY(optIn->isChecked());
            optIn->setChecked(false);
            QTest::mouseClick(child<QDialogButtonBox>(&dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
        QVERIFY(!settingsFileText().contains(QLatin1String("secret")));
        QCOMPARE(readToken(third, TokenStore::Server::Era), QStringLiteral("era-secret-2"));
    }

    void withKeychainTokensOutliveTheSession()
    {
        MemorySecretBackend *keychain = useKeychain(MemorySecretBackend::Behaviour::Works);
        TokenStore tokens;
        {
            SyncSettingsDialog dialog(tokens);
            dialog.show();
            auto *status = child<QLabel>(&dialog, "keychainStatusLabel");
            QTRY_COMPARE(TokenStore::backend(), TokenStore::Backend::Available);
            QVERIFY2(status->text().contains(QLatin1String("kept in the system keychain")), qPrintable(status->text()));
            // With a keychain there is no reason to offer a plain-text file.
            QVERIFY(!child<QCheckBox>(&dialog, "storeTokensInSettingsCheck")->isVisible());
            QTest::keyClicks(child<QLineEdit>(&dialog, "eraTokenEdit"), QStringLiteral("era-secret-k"));
            QTest::keyClicks(child<QLineEdit>(&dialog, "patrolTokenEdit"), QStringLiteral("patrol-secret-k"));
            QTest::mouseClick(child<QDialogButtonBox>(&dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QTRY_COMPARE(keychain->entries().value(tokens.key(TokenStore::Server::Era)), QStringLiteral("era-secret-k"));
        QTRY_COMPARE(keychain->entries().value(tokens.key(TokenStore::Server::Patrol)), QStringLiteral("patrol-secret-k"));
        QVERIFY(!settingsFileText().contains(QLatin1String("secret")));

        // A restart: the keychain still has them.
        TokenStore::resetSession();
        TokenStore restarted;
        QCOMPARE(readToken(restarted, TokenStore::Server::Era), QStringLiteral("era-secret-k"));
        QCOMPARE(readToken(restarted, TokenStore::Server::Patrol), QStringLiteral("patrol-secret-k"));

        // Emptied in the dialog: gone from the keychain too.
        {
            SyncSettingsDialog dialog(restarted);
            QSignalSpy loaded(&dialog, &SyncSettingsDialog::tokensLoaded);
            dialog.show();
            QVERIFY(loaded.wait(5000));
            auto *era = child<QLineEdit>(&dialog, "eraTokenEdit");
            QCOMPARE(era->text(), QStringLiteral("era-secret-k"));
            era->setFocus();
            era->selectAll();
            QTest::keyClick(era, Qt::Key_Delete);
            QTest::mouseClick(child<QDialogButtonBox>(&dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
        QTRY_VERIFY(!keychain->entries().contains(restarted.key(TokenStore::Server::Era)));
        TokenStore::resetSession();
        TokenStore third;
        QCOMPARE(readToken(third, TokenStore::Server::Era), QString());
        QCOMPARE(readToken(third, TokenStore::Server::Patrol), QStringLiteral("patrol-secret-k"));
    }

    void syncWithoutProfileOpensTheSettingsFirst()
    {
        MainWindow *window = openWindow();
        auto *sync = child<QAction>(window, "syncAction");
        QVERIFY(sync->isEnabled());
        sync->trigger();
        auto *dialog = window->findChild<SyncSettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!window->isSyncing());
        auto *prompt = child<QLabel>(dialog, "syncSettingsMessage");
        QVERIFY(prompt->isVisible());
        QVERIFY(prompt->text().contains(QLatin1String("address")));
        // Wide enough for an address, and the prompt goes once one is typed.
        auto *eraUrl = child<QLineEdit>(dialog, "eraUrlEdit");
        QVERIFY2(eraUrl->width() >= eraUrl->fontMetrics().horizontalAdvance(QStringLiteral("https://era.example.org:8443/")),
                 qPrintable(QString::number(eraUrl->width())));
        QTest::keyClicks(eraUrl, m_server.url().toString());
        QVERIFY(!prompt->isVisible());
        child<QSpinBox>(dialog, "pageSizeSpin")->setValue(2);
        QSignalSpy completed(window, &MainWindow::syncCompleted);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // Having set up the server, the sync the user asked for runs.
        QVERIFY(completed.wait(60000));
        QCOMPARE(window->serviceTasksPage()->model()->rowCount(), 3);
    }

    void testConnectionAnswersInWords()
    {
        RefServer guarded;
        QVERIFY(guarded.start({QStringLiteral("--token"), QStringLiteral("right-token")}));
        MainWindow *window = openWindow();
        SyncSettingsDialog *dialog = window->openSyncSettings();
        QSignalSpy loaded(dialog, &SyncSettingsDialog::tokensLoaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(15000));
        auto *button = child<QPushButton>(dialog, "testConnectionButton");
        auto *result = child<QLabel>(dialog, "connectionTestResult");
        QVERIFY(button && result);
        QTest::keyClicks(child<QLineEdit>(dialog, "eraUrlEdit"), guarded.url().toString());
        QTest::keyClicks(child<QLineEdit>(dialog, "patrolUrlEdit"), guarded.url().toString());
        QTest::keyClicks(child<QLineEdit>(dialog, "eraTokenEdit"), QStringLiteral("wrong"));
        QTest::keyClicks(child<QLineEdit>(dialog, "patrolTokenEdit"), QStringLiteral("right-token"));
        QVERIFY(m_server.resetStats());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        // Plurals as the translation gives them (the English plural forms come with it).
        QCOMPARE(result->text(), QStringLiteral("ERA: refused the token (401)\n")
                                     + QCoreApplication::translate("ConnectionTest", "TARGPatrol: connected (%n task execution(s) listed)", nullptr, 0));
        // Nothing was saved by testing.
        QVERIFY(!SyncSettingsDialog::Profile::load().isSet());

        // The seeded server, ERA only; then an address where nothing listens.
        auto *patrolUrl = child<QLineEdit>(dialog, "patrolUrlEdit");
        auto *eraUrl = child<QLineEdit>(dialog, "eraUrlEdit");
        patrolUrl->clear();
        eraUrl->clear();
        QTest::keyClicks(eraUrl, m_server.url().toString());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QCOMPARE(result->text(), QCoreApplication::translate("ConnectionTest", "ERA: connected (%n service task(s) listed)", nullptr, 1));
        QVERIFY(result->text().startsWith(QLatin1String("ERA: connected (1 service task")));
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 1); // one list request

        eraUrl->clear();
        QTest::keyClicks(eraUrl, QStringLiteral("http://127.0.0.1:1"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QVERIFY2(result->text().startsWith(QLatin1String("ERA: cannot reach: ")), qPrintable(result->text()));
        dialog->reject();
    }

    void syncFromTheWindowFillsTheTablesAndShowsProgress()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *sync = child<QAction>(window, "syncAction");
        auto *cancel = child<QAction>(window, "cancelSyncAction");
        SyncPanel *panel = window->syncPanel();
        QVERIFY(!panel->isVisible());
        QVERIFY(!cancel->isEnabled());

        QSignalSpy completed(window, &MainWindow::syncCompleted);
        QTest::keyClick(window->serviceTasksPage()->view(), Qt::Key_F5); // the keyboard way
        QVERIFY(window->isSyncing());
        QVERIFY(!sync->isEnabled());
        QVERIFY(cancel->isEnabled());
        QVERIFY(panel->isVisible());
        QVERIFY(panel->cancelButton()->isEnabled());
        QVERIFY(completed.wait(60000));
        const SyncReport report = completed.first().first().value<SyncReport>();

        QCOMPARE(window->serviceTasksPage()->model()->rowCount(), 3);
        // Series come too where the TARGPatrol side is synced (the seed has two).
        QCOMPARE(window->seriesPage()->model()->rowCount(), m_ws->series().count());
        QCOMPARE(report.pulledNew, 3 + m_ws->series().count());
        QVERIFY(sync->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());
        QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());

        // The log: phases, one line per record received, each time-stamped.
        const QStringList lines = logLines(panel);
        QVERIFY2(lines.contains(QStringLiteral("Pulling service tasks")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("Reading changed service tasks")));
        QVERIFY(lines.contains(QStringLiteral("Received new: ") + kSeedName));
        static const QRegularExpression stamp(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d  "));
        for (int i = 0; i < panel->log()->count(); ++i)
            QVERIFY2(stamp.match(panel->log()->item(i)->text()).hasMatch(), qPrintable(panel->log()->item(i)->text()));
        QVERIFY(panel->summaryLabel()->isVisible());
        QVERIFY2(panel->summaryLabel()->text().startsWith(QLatin1String("Everything is in sync.")), qPrintable(panel->summaryLabel()->text()));
        QVERIFY(!panel->tlsBox()->isVisible());
        QVERIFY(!child<QLabel>(window, "conflictsLabel")->isVisible());
    }

    void cancelStopsADelayedSync()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        SyncPanel *panel = window->syncPanel();
        QVERIFY(m_server.faults(QStringLiteral("delay=300")));
        QSignalSpy completed(window, &MainWindow::syncCompleted);
        child<QAction>(window, "syncAction")->trigger();
        // The first list request is under way (and delayed) once the phase shows.
        QTRY_COMPARE_WITH_TIMEOUT(panel->phaseLabel()->text(), QStringLiteral("Pulling service tasks"), 15000);
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        // The engine may finish within the click: it stops without waiting for the server.
        QVERIFY2(!completed.isEmpty() || completed.wait(15000), qPrintable(logLines(panel).join(QLatin1Char('\n'))));
        const SyncReport report = completed.first().first().value<SyncReport>();
        QVERIFY(report.cancelled);
        // Stopped at the first (delayed) list page: nothing more was asked, nothing applied.
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(m_ws->serviceTasks().count(), 0);
        QVERIFY(panel->summaryLabel()->text().contains(QLatin1String("cancelled")));
        QCOMPARE(panel->phaseLabel()->text(), QStringLiteral("Sync cancelled"));
        QVERIFY(child<QAction>(window, "syncAction")->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());
        // The bar stays where the sync was (nothing was done), and the user's own
        // cancel is no error: not red, no red line in the log.
        QVERIFY2(!panel->progressBar()->isVisible() || panel->progressBar()->value() < panel->progressBar()->maximum(),
                 qPrintable(QStringLiteral("%1 of %2").arg(panel->progressBar()->value()).arg(panel->progressBar()->maximum())));
        QVERIFY(!panel->summaryLabel()->styleSheet().contains(QLatin1String("#b00020")));
        for (int i = 0; i < panel->log()->count(); ++i)
            QVERIFY2(panel->log()->item(i)->data(SyncPanel::SeverityRole).toInt() != int(SyncPanel::Severity::Error),
                     qPrintable(panel->log()->item(i)->text()));

        // Nothing is stuck: the next sync completes.
        QVERIFY(m_server.resetFaults());
        const SyncReport next = syncFromWindow();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(window->serviceTasksPage()->model()->rowCount(), 3);
    }

    void failedSyncSaysFailedInTheServersWords()
    {
        // The ERA side of the reference server answers {"error": "…", "status": 401}.
        RefServer guarded;
        QVERIFY(guarded.start({QStringLiteral("--token"), QStringLiteral("right-token")}));
        setProfile(guarded.url());
        MainWindow *window = openWindow();
        const SyncReport report = syncFromWindow();
        QVERIFY(report.authFailed);
        SyncPanel *panel = window->syncPanel();
        QCOMPARE(panel->phaseLabel()->text(), QStringLiteral("Sync failed"));
        const QString summary = panel->summaryLabel()->text();
        QVERIFY2(summary.startsWith(QLatin1String("Sync failed: ")), qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("Sync finished")));
        QVERIFY2(!panel->progressBar()->isVisible() || panel->progressBar()->value() < panel->progressBar()->maximum(),
                 "a failed sync shows a full bar");
        auto *dialog = window->findChild<SyncSettingsDialog *>();
        QVERIFY(dialog);
        const QString shown = logLines(panel).join(QLatin1Char('\n')) + summary
                              + child<QLabel>(dialog, "syncSettingsMessage")->text();
        QVERIFY2(shown.contains(QLatin1String("HTTP 401: a valid bearer token is required")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("{\"")), qPrintable(shown));
    }

    void serverErrorBodiesAreShownAsTheirMessageAndCode()
    {
        SyncPanel panel;
        panel.addEngineLine(SyncLogLevel::Error,
                            QStringLiteral("Refused by the server: a — HTTP 400: {\"error\": \"bad request body\", \"status\": 400}"));
        panel.addEngineLine(SyncLogLevel::Error,
                            QStringLiteral("Not deleted: b — HTTP 409: {\"error\": {\"message\": \"in use {x}\", \"code\": \"busy\"}}"));
        panel.addEngineLine(SyncLogLevel::Info, QStringLiteral("Received new: {not json} stays"));
        const QStringList lines = logLines(&panel);
        QCOMPARE(lines.at(0), QStringLiteral("Refused by the server: a — HTTP 400: bad request body"));
        QCOMPARE(lines.at(1), QStringLiteral("Not deleted: b — HTTP 409: in use {x} (busy)"));
        QCOMPARE(lines.at(2), QStringLiteral("Received new: {not json} stays"));
    }

    void syncPanelIsHiddenWhileIdle()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        SyncPanel *panel = window->syncPanel();
        QVERIFY(!panel->isVisible());
        // From the View menu before any sync: no "0 / 1" bar, no Cancel.
        auto *show = child<QAction>(window, "showSyncPanelAction");
        show->trigger();
        QVERIFY(panel->isVisible());
        QVERIFY(!panel->progressBar()->isVisible());
        QVERIFY(!panel->cancelButton()->isVisible());
        show->trigger();
        QVERIFY(!panel->isVisible());

        QSignalSpy completed(window, &MainWindow::syncCompleted);
        child<QAction>(window, "syncAction")->trigger();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel->height() > 0, 5000);
        QVERIFY2(panel->height() <= window->height() * 30 / 100,
                 qPrintable(QStringLiteral("panel %1 of window %2").arg(panel->height()).arg(window->height())));
        QVERIFY(!completed.isEmpty() || completed.wait(60000));
        QVERIFY(panel->isVisible()); // the summary stays to be read

        // Left open, it is not back on the next start until a sync runs.
        m_window->close();
        m_window.reset();
        window = openWindow();
        QVERIFY(!window->syncPanel()->isVisible());
        QVERIFY(child<QAction>(window, "showSyncPanelAction")->isEnabled());
    }

    void conflictIsShownFilteredAndResolvedTakingTheirs()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        QCOMPARE(syncFromWindow().exitCode(), 0);

        renameLocally(kSeedId, QStringLiteral("Mine name"));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("Their name")}}));
        const SyncReport report = syncFromWindow();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.exitCode(), 2);

        // The state column and the status bar.
        ServiceTaskTableModel *model = window->serviceTasksPage()->model();
        const int row = model->rowOf(localId(kSeedId));
        QCOMPARE(model->index(row, ServiceTaskTableModel::State).data().toString(), QStringLiteral("Conflict"));
        auto *conflictsLabel = child<QLabel>(window, "conflictsLabel");
        QVERIFY(conflictsLabel->isVisible());
        QCOMPARE(conflictsLabel->text(), QStringLiteral("Conflicts: 1"));
        SyncPanel *panel = window->syncPanel();
        QVERIFY(panel->summaryLabel()->text().contains(QLatin1String("1 conflict")));
        bool warned = false;
        for (int i = 0; i < panel->log()->count(); ++i) {
            const QListWidgetItem *item = panel->log()->item(i);
            if (item->data(SyncPanel::LineRole).toString().startsWith(QLatin1String("Conflict: ")))
                warned = item->data(SyncPanel::SeverityRole).toInt() == int(SyncPanel::Severity::Warning);
        }
        QVERIFY2(warned, qPrintable(logLines(panel).join(QLatin1Char('\n'))));

        // "Conflicts only" filters both tables to it, keeping the search text.
        auto *conflictsOnly = child<QAction>(window, "conflictsOnlyAction");
        QLineEdit *search = window->serviceTasksPage()->searchField();
        search->setText(QStringLiteral("Mine"));
        QTest::keyClick(search, Qt::Key_Return);
        conflictsOnly->trigger();
        QVERIFY(model->filter().conflictsOnly);
        QCOMPARE(model->filter().text, QStringLiteral("Mine"));
        QVERIFY(window->seriesPage()->model()->filter().conflictsOnly);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->recordAt(0)->local.name, QStringLiteral("Mine name"));
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(window->seriesPage()->model()->rowCount(), 0);

        // The dialog: base / mine / theirs for the name.
        auto *resolve = child<QAction>(window, "resolveConflictsAction");
        QVERIFY(resolve->isEnabled());
        resolve->trigger();
        auto *dialog = window->findChild<ConflictDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->recordCount(), 1);
        QCOMPARE(dialog->recordList()->count(), 1);
        QCOMPARE(dialog->recordList()->item(0)->text(), QStringLiteral("Mine name"));
        const int nameRow = dialog->fieldRow(QStringLiteral("name"));
        QVERIFY(nameRow >= 0);
        QTableWidget *table = dialog->fieldTable();
        QCOMPARE(table->item(nameRow, ConflictDialog::FieldColumn)->text(), QStringLiteral("Name"));
        QCOMPARE(table->item(nameRow, ConflictDialog::BaseColumn)->text(), kSeedName);
        QCOMPARE(table->item(nameRow, ConflictDialog::MineColumn)->text(), QStringLiteral("Mine name"));
        QCOMPARE(table->item(nameRow, ConflictDialog::TheirsColumn)->text(), QStringLiteral("Their name"));
        QCOMPARE(table->item(nameRow, ConflictDialog::ResultColumn)->text(), QStringLiteral("Mine name"));

        // "Take theirs" for that field, then apply.
        table->selectRow(nameRow);
        QTest::mouseClick(child<QPushButton>(dialog, "takeTheirsButton"), Qt::LeftButton);
        QCOMPARE(table->item(nameRow, ConflictDialog::ResultColumn)->text(), QStringLiteral("Their name"));
        QCOMPARE(dialog->choiceCombo(nameRow)->currentText(), QStringLiteral("Take theirs"));
        QTest::mouseClick(child<QPushButton>(dialog, "applyRecordButton"), Qt::LeftButton);
        QCOMPARE(dialog->recordCount(), 0);
        const StoredServiceTask resolved = *m_ws->serviceTasks().get(localId(kSeedId));
        QCOMPARE(resolved.local.name, QStringLiteral("Their name"));
        QCOMPARE(resolved.state, SyncState::Clean);
        QVERIFY(!conflictsLabel->isVisible());
        QCOMPARE(model->rowCount(), 0);
        dialog->close();

        // The next sync is clean.
        conflictsOnly->trigger();
        QCOMPARE(model->rowCount(), 3);
        const SyncReport next = syncFromWindow();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(next.conflicts, 0);
        QCOMPARE(next.failed, 0);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), QStringLiteral("Their name"));
        QCOMPARE(m_ws->serviceTasks().get(localId(kSeedId))->state, SyncState::Clean);
    }

    void conflictResolvedWithAnEditedValueIsPushed()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        QCOMPARE(syncFromWindow().exitCode(), 0);
        renameLocally(kSeedId, QStringLiteral("Mine name"));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("Their name")},
                                                 {QStringLiteral("intervalsec"), 7200}}));
        QCOMPARE(syncFromWindow().conflicts, 1);

        auto *dialog = window->openConflictDialog();
        const int nameRow = dialog->fieldRow(QStringLiteral("name"));
        QCOMPARE(dialog->fieldTable()->rowCount(), 1); // the interval merged silently
        QTableWidget *table = dialog->fieldTable();
        table->setFocus();
        table->selectRow(nameRow);
        QTest::mouseClick(child<QPushButton>(dialog, "editValueButton"), Qt::LeftButton);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Merged name"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits a Return on the next turn of the event loop.
        QTRY_COMPARE(table->item(nameRow, ConflictDialog::ResultColumn)->text(), QStringLiteral("Merged name"));
        QCOMPARE(dialog->choiceCombo(nameRow)->currentText(), QStringLiteral("Edit"));
        QVERIFY(dialog->applyCurrent());
        const StoredServiceTask resolved = *m_ws->serviceTasks().get(localId(kSeedId));
        QCOMPARE(resolved.local.name, QStringLiteral("Merged name"));
        QCOMPARE(resolved.local.intervalSec, 7200);
        QCOMPARE(resolved.state, SyncState::Modified);
        dialog->close();

        const SyncReport next = syncFromWindow();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(next.pushedUpdated, 1);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), QStringLiteral("Merged name"));
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("intervalsec")).toInt(), 7200);
    }

    void editAgainstRemoteDeleteTakingTheDelete()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        QCOMPARE(syncFromWindow().exitCode(), 0);
        renameLocally(kOtherId, QStringLiteral("Edited here"));
        QVERIFY(m_server.deleteSvctask(kOtherId));
        QCOMPARE(syncFromWindow().conflicts, 1);

        auto *dialog = window->openConflictDialog();
        QCOMPARE(dialog->recordCount(), 1);
        const int row = dialog->fieldRow(QStringLiteral("record"));
        QVERIFY(row >= 0);
        QTableWidget *table = dialog->fieldTable();
        QCOMPARE(table->item(row, ConflictDialog::MineColumn)->text(), QStringLiteral("the record “Edited here”"));
        QCOMPARE(table->item(row, ConflictDialog::TheirsColumn)->text(), QStringLiteral("(deleted)"));
        QVERIFY(!(table->item(row, ConflictDialog::ResultColumn)->flags() & Qt::ItemIsEditable)); // chosen, not typed
        dialog->setChoice(row, ConflictDialog::Choice::Theirs);
        QVERIFY(dialog->applyCurrent());
        QCOMPARE(window->serviceTasksPage()->model()->rowCount(), 2);
        dialog->close();

        const SyncReport next = syncFromWindow();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(m_ws->serviceTasks().count(true), 2);
    }

    void allConflictsResolvedAtOnce()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        QCOMPARE(syncFromWindow().exitCode(), 0);
        renameLocally(kSeedId, QStringLiteral("Mine 1"));
        renameLocally(kOtherId, QStringLiteral("Mine 2"));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("Theirs 1")}}));
        QVERIFY(m_server.changeSvctask(kOtherId, {{QStringLiteral("name"), QStringLiteral("Theirs 2")}}));
        QCOMPARE(syncFromWindow().conflicts, 2);
        QCOMPARE(child<QLabel>(window, "conflictsLabel")->text(), QStringLiteral("Conflicts: 2"));

        QString asked;
        Confirmation::setHandler([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        auto *dialog = window->openConflictDialog();
        QCOMPARE(dialog->recordCount(), 2);
        QTest::mouseClick(child<QPushButton>(dialog, "keepMineEverywhereButton"), Qt::LeftButton);
        QVERIFY(asked.contains(QLatin1String("2 record")));
        QCOMPARE(dialog->recordCount(), 0);
        QCOMPARE(window->conflictCount(), 0);
        dialog->close();

        const SyncReport next = syncFromWindow();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(next.pushedUpdated, 2);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), QStringLiteral("Mine 1"));
        QCOMPARE(m_server.svctask(kOtherId).value(QStringLiteral("name")).toString(), QStringLiteral("Mine 2"));
    }

    void seriesConflictIsResolvedFieldByField()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        QCOMPARE(syncFromWindow().exitCode(), 0);
        TaskSeriesStore &store = m_ws->series();
        const qint64 id = store.localIdForSeriesId(kSeriesId).value_or(-1);
        QVERIFY(id > 0);
        TaskSeries mine = store.get(id)->local;
        const QString stepName = mine.steps.at(0).name;
        mine.name = QStringLiteral("Моё имя");
        mine.steps[0].name = QStringLiteral("мой шаг");
        QVERIFY(store.saveLocal(id, mine));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + kSeriesId, {{QStringLiteral("name"), QStringLiteral("Их имя")}}), 200);
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/%1/steps/%2").arg(kSeriesId, kStepId),
                                {{QStringLiteral("name"), QStringLiteral("их шаг")}}), 200);
        QCOMPARE(syncFromWindow().conflicts, 1);

        TaskSeriesTableModel *model = window->seriesPage()->model();
        QCOMPARE(model->index(model->rowOf(id), TaskSeriesTableModel::State).data().toString(), QStringLiteral("Conflict"));
        QCOMPARE(window->conflictCount(), 1);

        auto *dialog = window->openConflictDialog();
        QCOMPARE(dialog->recordCount(), 1);
        QCOMPARE(dialog->recordList()->item(0)->text(), QStringLiteral("Моё имя"));
        QTableWidget *table = dialog->fieldTable();
        const int nameRow = dialog->fieldRow(QStringLiteral("name"));
        const int stepRow = dialog->fieldRow(QStringLiteral("steps[seriesId=%1].name").arg(kStepId));
        QVERIFY(nameRow >= 0 && stepRow >= 0);
        QCOMPARE(table->item(nameRow, ConflictDialog::BaseColumn)->text(), QStringLiteral("task 1"));
        QCOMPARE(table->item(nameRow, ConflictDialog::TheirsColumn)->text(), QStringLiteral("Их имя"));
        QCOMPARE(table->item(stepRow, ConflictDialog::BaseColumn)->text(), stepName);
        QCOMPARE(table->item(stepRow, ConflictDialog::MineColumn)->text(), QStringLiteral("мой шаг"));
        QCOMPARE(table->item(stepRow, ConflictDialog::TheirsColumn)->text(), QStringLiteral("их шаг"));

        // Theirs for everything, then mine again for the step, by the keyboard-reachable buttons.
        QTest::mouseClick(child<QPushButton>(dialog, "takeAllTheirsButton"), Qt::LeftButton);
        QCOMPARE(table->item(nameRow, ConflictDialog::ResultColumn)->text(), QStringLiteral("Их имя"));
        table->selectRow(stepRow);
        QTest::mouseClick(child<QPushButton>(dialog, "keepMineButton"), Qt::LeftButton);
        QCOMPARE(table->item(stepRow, ConflictDialog::ResultColumn)->text(), QStringLiteral("мой шаг"));
        QTest::mouseClick(child<QPushButton>(dialog, "applyRecordButton"), Qt::LeftButton);
        QCOMPARE(dialog->recordCount(), 0);
        const StoredTaskSeries resolved = *store.get(id);
        QCOMPARE(resolved.local.name, QStringLiteral("Их имя"));
        QCOMPARE(resolved.local.steps.at(0).name, QStringLiteral("мой шаг"));
        QCOMPARE(resolved.state, SyncState::Modified);
        QCOMPARE(window->conflictCount(), 0);
        dialog->close();

        const SyncReport next = syncFromWindow();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(next.conflicts, 0);
        const StoredTaskSeries after = *store.get(id);
        QCOMPARE(after.state, SyncState::Clean);
        QJsonObject answer;
        QCOMPARE(m_server.admin("GET", QStringLiteral("series/") + after.local.seriesId, {}, &answer), 200);
        const QJsonObject body = answer.value(QStringLiteral("series")).toObject();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Их имя"));
        QCOMPARE(body.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("мой шаг"));
    }

    void refusedTokenAsksForIt()
    {
        RefServer guarded;
        QVERIFY(guarded.start({QStringLiteral("--token"), QStringLiteral("right-token")}));
        setProfile(guarded.url());
        MainWindow *window = openWindow();
        const SyncReport report = syncFromWindow();
        QVERIFY(report.authFailed);
        auto *dialog = window->findChild<SyncSettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "syncSettingsMessage")->text().contains(QLatin1String("token")));
        // The log never shows the token.
        QVERIFY(!logLines(window->syncPanel()).join(QLatin1Char('\n')).contains(QLatin1String("right-token")));

        auto *token = child<QLineEdit>(dialog, "eraTokenEdit");
        QSignalSpy loaded(dialog, &SyncSettingsDialog::tokensLoaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(15000));
        QTest::keyClicks(token, QStringLiteral("right-token"));
        QTest::keyClicks(child<QLineEdit>(dialog, "patrolTokenEdit"), QStringLiteral("right-token"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "syncSettingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        const SyncReport next = syncFromWindow();
        QVERIFY(!next.authFailed);
        QCOMPARE(next.pulledNew, 0); // the guarded server was started empty
        QVERIFY(!settingsFileText().contains(QLatin1String("right-token")));
    }

    void tlsErrorIsShownWithTheCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        const QString cert = m_db.filePath(QStringLiteral("cert.pem"));
        const QString key = m_db.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                             QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=taskdesk-selfsigned/O=Taskdesk Tests")});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        RefServer tls;
        QVERIFY(tls.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(pem.readAll(), QSsl::Pem);
        const QString fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());

        setProfile(tls.url());
        MainWindow *window = openWindow();
        const SyncReport report = syncFromWindow();
        QVERIFY(report.unreachable);
        QCOMPARE(m_ws->serviceTasks().count(), 0);
        SyncPanel *panel = window->syncPanel();
        QVERIFY(panel->tlsBox()->isVisible());
        const QString details = panel->tlsDetails()->text();
        QVERIFY2(details.contains(QLatin1String("taskdesk-selfsigned")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("Issuer:")));
        QVERIFY(details.contains(QLatin1String("Expires:")));
        QVERIFY2(details.contains(fingerprint), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                || details.contains(QLatin1String("self-signed"), Qt::CaseInsensitive));
        // The reason is in the log, as an error.
        bool error = false;
        for (int i = 0; i < panel->log()->count(); ++i) {
            const QListWidgetItem *item = panel->log()->item(i);
            if (item->data(SyncPanel::LineRole).toString().startsWith(QLatin1String("The ERA server could not be reached")))
                error = item->data(SyncPanel::SeverityRole).toInt() == int(SyncPanel::Severity::Error);
        }
        QVERIFY(error);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
