// Sync ▸ Preview sync on the real MainWindow, offscreen, against the reference server on
// loopback (which wants a token, read from the keychain as the real sync reads it): the plan
// lists what would be received and each request with its body, server by server, with the
// headless summary line; nothing reaches the server but GETs and no record of the database
// changes; "Sync now" then runs the real sync; refused tokens, a server that is down and a
// malformed list are said in words; Cancel stops a slow preview.
#include "RecordRows.h"
#include "SeedData.h"
#include "SyncRun.h"
#include "SyncWindowTest.h"
#include "WritingRequests.h"

#include "MainWindow.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/Workspace.h"
#include "sync/DryRun.h"
#include "sync/Keychain.h"
#include "sync/MemorySecretBackend.h"
#include "sync/PreviewSyncDialog.h"
#include "sync/TokenStore.h"

#include <QAction>
#include <QLabel>
#include <QJsonArray>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtTest>

namespace {

const QString kToken = QStringLiteral("preview-secret");
using Seed::kOtherId;
using Seed::kSeedId;

// Every item's text under `item`, depth first, one per line.
void collectTexts(QTreeWidgetItem *item, QStringList &out, const QString &indent = QString())
{
    for (int i = 0; i < item->childCount(); ++i) {
        out << indent + item->child(i)->text(0);
        collectTexts(item->child(i), out, indent + QStringLiteral("  "));
    }
}

} // namespace

class TestPreviewSync : public SyncWindowTest
{
    Q_OBJECT

public:
    TestPreviewSync() : SyncWindowTest(QStringLiteral("preview-")) {}

private:
    void writeToken(const QString &token)
    {
        TokenStore store;
        for (TokenStore::Server server : {TokenStore::Server::Era, TokenStore::Server::Patrol}) {
            bool done = false;
            store.write(server, token, &store, [&done](bool ok, const QString &) { done = ok; });
            QTRY_VERIFY(done);
        }
    }

    // Opens the preview from the Sync menu.
    PreviewSyncDialog *openPreview()
    {
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("previewSyncAction"));
        if (!action || !m_window->findChild<QMenu *>(QStringLiteral("syncMenu"))->actions().contains(action))
            return nullptr;
        action->trigger();
        return m_window->findChild<PreviewSyncDialog *>(QStringLiteral("previewSyncDialog"));
    }

    // Opens the preview and waits until it has its plan.
    PreviewSyncDialog *preview()
    {
        PreviewSyncDialog *dialog = openPreview();
        if (dialog && !QTest::qWaitFor([dialog] { return dialog->syncNowButton()->isEnabled(); }, 60000))
            qWarning("the preview did not finish");
        return dialog;
    }

    // The records listed, one "side | record | what happens" line each, of the sections whose
    // title starts with `section` ("title: count").
    QStringList recordRows(PreviewSyncDialog *dialog, const QString &section = QString())
    {
        QStringList rows;
        QTreeWidget *tree = dialog->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *head = tree->topLevelItem(i);
            if (!head->text(0).startsWith(section))
                continue;
            for (int j = 0; j < head->childCount(); ++j) {
                QTreeWidgetItem *row = head->child(j);
                if (!row->isFirstColumnSpanned())
                    rows << QStringList{row->text(0), row->text(1), row->text(2)}.join(QStringLiteral(" | "));
            }
        }
        return rows;
    }

    QStringList planLines(PreviewSyncDialog *dialog)
    {
        QStringList lines;
        collectTexts(dialog->tree()->invisibleRootItem(), lines);
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startApplication(QStringLiteral("tst_previewsync"), {QStringLiteral("--token"), kToken}),
                 "the reference server did not start");
    }

    // The server wants a token: the keychain works here and holds it.
    void init()
    {
        QVERIFY(startSession());
        Keychain::instance().setBackend(std::make_unique<MemorySecretBackend>(MemorySecretBackend::Behaviour::Works));
        writeToken(kToken);
        QVERIFY(openSyncedWindow());
    }

    void showsThePlanWritesNothingThenSyncsNow()
    {
        rename(kSeedId, QStringLiteral("Previewed name"));
        QVERIFY(m_server.changeSvctask(kOtherId, {{QStringLiteral("name"), QStringLiteral("Changed there")}}));
        const QStringList before = ::recordRows(*m_ws);
        const QString serverBefore = serverName(kSeedId);
        QVERIFY(m_server.resetStats());

        PreviewSyncDialog *dialog = preview();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal()); // the window stays usable while it runs
        const QStringList lines = planLines(dialog);
        const QString origin = m_server.url().adjusted(QUrl::RemovePath).toString();
        QVERIFY2(lines.contains(QStringLiteral("Would send to %1: 1 request").arg(origin)), qPrintable(lines.join('\n')));
        const int patch = int(lines.indexOf(QStringLiteral("  PATCH /rest/v1/service/svctasks/") + kSeedId));
        QVERIFY2(patch >= 0, qPrintable(lines.join('\n')));
        // The body, indented for reading, one level down (expandable).
        QVERIFY2(lines.value(patch + 1).startsWith(QLatin1String("    {\n")), qPrintable(lines.value(patch + 1)));
        QVERIFY2(lines.value(patch + 1).contains(QLatin1String("\"name\": \"Previewed name\"")), qPrintable(lines.value(patch + 1)));
        QCOMPARE(recordRows(dialog), QStringList{QStringLiteral("Server | Service task «Changed there» | Changed on the server: its changes taken here")});
        const QString summary = dialog->summaryLabel()->text();
        QVERIFY2(summary.startsWith(QLatin1String("Dry run, nothing was sent or changed. From the servers: 0 new, 1 changed")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("To the servers: 0 to create, 1 to update, 0 to delete. Failed: 0, conflicts: 0, drafts not sent: 0.")),
                 qPrintable(summary));
        QVERIFY(dialog->progressBar()->isHidden());

        QVERIFY2(writingRequests(m_server).isEmpty(), qPrintable(writingRequests(m_server).join(", ")));
        QVERIFY(m_server.stats().value(QStringLiteral("total")).toInt() > 0);
        QCOMPARE(::recordRows(*m_ws), before);
        QCOMPARE(serverName(kSeedId), serverBefore);

        // Sync now: the real sync sends what the preview listed.
        QSignalSpy completed(m_window.get(), &MainWindow::syncCompleted);
        QTest::mouseClick(dialog->syncNowButton(), Qt::LeftButton);
        QVERIFY(completed.wait(60000));
        QCOMPARE(completed.first().first().value<SyncReport>().pushedUpdated, 1);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Previewed name"));
        QTRY_VERIFY(!m_window->findChild<PreviewSyncDialog *>(QStringLiteral("previewSyncDialog")));
    }

    void conflictIsListedAndNothingSent()
    {
        rename(kSeedId, QStringLiteral("Mine"));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
        const QStringList before = ::recordRows(*m_ws);
        QVERIFY(m_server.resetStats());
        PreviewSyncDialog *dialog = preview();
        QVERIFY(dialog);
        const QStringList rows = recordRows(dialog);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(QStringLiteral("Both | Service task «Mine» | Changed here and on the server: ")),
                 qPrintable(rows.first()));
        QVERIFY2(rows.first().endsWith(QStringLiteral(" — you decide")), qPrintable(rows.first()));
        QVERIFY(planLines(dialog).contains(QStringLiteral("Nothing would be sent to the servers.")));
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("conflicts: 1,")), qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(writingRequests(m_server).isEmpty());
        QCOMPARE(::recordRows(*m_ws), before);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Theirs"));
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PreviewSyncDialog *>(QStringLiteral("previewSyncDialog")));
    }

    // Each record the sync would touch, in its section: received (changed, new, deleted
    // there), merged with the edits made here, in conflict; the requests after them.
    void recordsListedByWhatHappens()
    {
        rename(kSeedId, QStringLiteral("Renamed here"));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("intervalsec"), 7200}})); // another field
        rename(kOtherId, QStringLiteral("Mine"));
        QVERIFY(m_server.changeSvctask(kOtherId, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/475c2d64-b564-4f17-9833-ac3793ee43b4"),
                                {{QStringLiteral("name"), QStringLiteral("task 1 renamed there")}}), 200);
        QSqlQuery other(m_ws->database().connection());
        QVERIFY(other.exec(QStringLiteral("SELECT series_uuid FROM series WHERE name<>'task 1'")) && other.next());
        QCOMPARE(m_server.admin("DELETE", QStringLiteral("series/") + other.value(0).toString()) / 100, 2);
        QJsonObject created;
        QVERIFY(m_server.admin("POST", QStringLiteral("import"), QJsonObject{{QStringLiteral("svctasks"), QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("11111111-016c-cdef-ccce-50e54938780c")}, {QStringLiteral("name"), QStringLiteral("New there")},
            {QStringLiteral("isenabled"), 0}, {QStringLiteral("svcscriptcode"), QStringLiteral("dialByCallList")},
            {QStringLiteral("sitemode"), QStringLiteral("all")}, {QStringLiteral("sites"), QString()}, {QStringLiteral("isregular"), 1},
            {QStringLiteral("overlap"), 1}, {QStringLiteral("intervalsec"), 600}, {QStringLiteral("dtstart"), QStringLiteral("2019-02-20T08:00:00Z")},
            {QStringLiteral("dtstop"), QStringLiteral("2020-02-20T08:00:00Z")}, {QStringLiteral("schedule"), QStringLiteral("work")},
            {QStringLiteral("periods"), QJsonArray()}}}}}, &created) / 100 == 2);
        const QStringList before = ::recordRows(*m_ws);
        QVERIFY(m_server.resetStats());

        PreviewSyncDialog *dialog = preview();
        QVERIFY(dialog);
        const QStringList received = recordRows(dialog, QStringLiteral("Received from the servers: 3"));
        QVERIFY2(received.contains(QStringLiteral("Server | Service task «New there» | New on the server: added here")),
                 qPrintable(received.join('\n')));
        QVERIFY2(received.contains(QStringLiteral("Server | Series «task 1 renamed there» | Changed on the server: its changes taken here")),
                 qPrintable(received.join('\n')));
        QVERIFY2(received.contains(QStringLiteral("Server | Series «Обход периметра» | Deleted on the server: deleted here")),
                 qPrintable(received.join('\n')));
        QCOMPARE(recordRows(dialog, QStringLiteral("Merged with your changes: 1")),
                 QStringList{QStringLiteral("Both | Service task «Renamed here» | Changed on both sides, in different fields: merged and sent")});
        const QStringList conflicts = recordRows(dialog, QStringLiteral("Conflicts: 1"));
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts.first().startsWith(QStringLiteral("Both | Service task «Mine» | Changed here and on the server")),
                 qPrintable(conflicts.first()));
        // The records first, then what would be sent: the merge, and nothing for the conflict.
        const QStringList lines = planLines(dialog);
        QVERIFY2(lines.contains(QStringLiteral("  PATCH /rest/v1/service/svctasks/") + kSeedId), qPrintable(lines.join('\n')));
        QVERIFY(!lines.contains(QStringLiteral("  PATCH /rest/v1/service/svctasks/") + kOtherId));
        QVERIFY(dialog->tree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Received")));
        QVERIFY(writingRequests(m_server).isEmpty());
        QCOMPARE(::recordRows(*m_ws), before);
    }

    void errorsInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused token") << QStringLiteral("token") << QStringLiteral("The ERA server refused the credentials (HTTP 401");
        QTest::newRow("server down") << QStringLiteral("down") << QStringLiteral("could not be reached");
        QTest::newRow("malformed list") << QStringLiteral("malformed") << QStringLiteral("sent a list that cannot be used");
    }

    void errorsInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        rename(kSeedId, QStringLiteral("Not sent"));
        const QStringList before = ::recordRows(*m_ws);
        if (kind == QLatin1String("token")) {
            writeToken(QStringLiteral("wrong"));
        } else if (kind == QLatin1String("down")) {
            QTcpServer free; // a port nothing listens on once it is closed
            QVERIFY(free.listen(QHostAddress::LocalHost));
            const quint16 port = free.serverPort();
            free.close();
            SyncRun::saveProfile(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        } else {
            QVERIFY(m_server.faults(QStringLiteral("malformed-next=5@GET/rest/v1/service/svctasks")));
        }
        QVERIFY(m_server.resetStats());
        PreviewSyncDialog *dialog = preview();
        QVERIFY(dialog);
        const QString summary = dialog->summaryLabel()->text();
        QVERIFY2(summary.contains(expected), qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1Char('{')), qPrintable(summary)); // words, not the JSON
        QCOMPARE(dialog->phaseLabel()->text(), QStringLiteral("Preview incomplete."));
        QVERIFY(writingRequests(m_server).isEmpty());
        QCOMPARE(::recordRows(*m_ws), before);
    }

    void cancelStopsASlowPreview()
    {
        QVERIFY(m_server.faults(QStringLiteral("delay=400")));
        PreviewSyncDialog *dialog = openPreview();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isRunning());
        QVERIFY(dialog->cancelButton()->isEnabled());
        QVERIFY(dialog->progressBar()->isVisible());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->syncNowButton()->isEnabled(), 30000);
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("Preview cancelled")),
                 qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(!dialog->cancelButton()->isEnabled());
    }

    void closingWhileRunningCancels_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("window closed") << QStringLiteral("close");
        QTest::newRow("Esc") << QStringLiteral("escape");
        QTest::newRow("Close button") << QStringLiteral("button");
    }

    // Closed mid-run, however: the run stops, sends nothing more, writes nothing, and the
    // window's own sync runs as usual afterwards.
    void closingWhileRunningCancels()
    {
        QFETCH(QString, how);
        rename(kSeedId, QStringLiteral("Sent by the real sync"));
        const QStringList before = ::recordRows(*m_ws);
        QVERIFY(m_server.faults(QStringLiteral("delay=300")));
        QVERIFY(m_server.resetStats());
        QPointer<PreviewSyncDialog> dialog = openPreview();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isRunning());
        QPointer<DryRun> run = dialog->findChild<DryRun *>();
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.stats().value(QStringLiteral("total")).toInt() > 0, 30000);
        if (how == QLatin1String("close"))
            dialog->close();
        else if (how == QLatin1String("escape"))
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        const int requestsAtClose = m_server.stats().value(QStringLiteral("total")).toInt();
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!run, 30000); // cancelled, not left running in the background
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), requestsAtClose);
        QVERIFY2(writingRequests(m_server).isEmpty(), qPrintable(writingRequests(m_server).join(", ")));
        QCOMPARE(::recordRows(*m_ws), before);

        QVERIFY(m_server.resetFaults());
        QSignalSpy completed(m_window.get(), &MainWindow::syncCompleted);
        m_window->startSync();
        QVERIFY(completed.wait(60000));
        QCOMPARE(completed.first().first().value<SyncReport>().exitCode(), 0);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Sent by the real sync"));
    }

    void noServerSaysWhere()
    {
        QSettings().clear();
        PreviewSyncDialog *dialog = openPreview();
        QVERIFY(dialog);
        QVERIFY(!dialog->isRunning());
        QVERIFY(!dialog->syncNowButton()->isEnabled());
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("Sync ▸ Sync settings")),
                 qPrintable(dialog->summaryLabel()->text()));
    }
};

QTEST_MAIN(TestPreviewSync)
#include "tst_previewsync.moc"
