// A sync from the real MainWindow, offscreen, against the reference server on loopback:
// the tables filled, the panel's progress and log (lines marked by level), Cancel, a
// failed sync and the server's error bodies in words, the panel hidden while idle.
#include "SyncUiTest.h"

class TestSyncUiPanel : public SyncUiTest
{
    Q_OBJECT

private slots:
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

    void syncFromTheWindowFillsTheTablesAndShowsProgress()
    {
        setProfile(m_server.url());
        MainWindow *window = openWindow();
        QVERIFY(window);
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
        QVERIFY(window);
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
        MainWindow *window = syncWithRefusedToken(guarded);
        QVERIFY(window);
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
        QVERIFY(window);
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
        QVERIFY(window);
        QVERIFY(!window->syncPanel()->isVisible());
        QVERIFY(child<QAction>(window, "showSyncPanelAction")->isEnabled());
    }
};

QTEST_MAIN(TestSyncUiPanel)
#include "tst_syncui_panel.moc"
