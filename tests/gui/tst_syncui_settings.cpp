// The sync settings from the real MainWindow, offscreen, against the reference server on
// loopback: the profile and its tokens with a keychain that works, fails or never answers,
// Sync without a profile, Test connection in words, a refused token asked for again, and
// a TLS failure shown with its certificate.
#include "SyncUiTest.h"

class TestSyncUiSettings : public SyncUiTest
{
    Q_OBJECT

private slots:
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
        QVERIFY(window);
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
        QVERIFY(window);
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

    void refusedTokenAsksForIt()
    {
        RefServer guarded;
        MainWindow *window = syncWithRefusedToken(guarded);
        QVERIFY(window);
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
        QVERIFY(window);
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

QTEST_MAIN(TestSyncUiSettings)
#include "tst_syncui_settings.moc"
