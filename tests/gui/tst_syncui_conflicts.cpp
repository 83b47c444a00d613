// Conflicts from the real MainWindow, offscreen, against the reference server on loopback:
// from the state column to the conflict dialog and back to a clean sync, taking theirs,
// an edited value, a remote delete, all at once, and a series field by field.
#include "SyncUiTest.h"

class TestSyncUiConflicts : public SyncUiTest
{
    Q_OBJECT

private slots:
    void conflictIsShownFilteredAndResolvedTakingTheirs()
    {
        setProfile(m_server.url());
        QVERIFY(openSyncedWindow());
        MainWindow *window = m_window.get();

        rename(kSeedId, QStringLiteral("Mine name"));
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
        // It is the server's copy now: nothing is left to send (it said the sync sends it).
        QVERIFY2(dialog->message().contains(QLatin1String("nothing to send")), qPrintable(dialog->message()));
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
        QVERIFY(openSyncedWindow());
        MainWindow *window = m_window.get();
        rename(kSeedId, QStringLiteral("Mine name"));
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
        QVERIFY2(dialog->message().contains(QLatin1String("the next sync sends")), qPrintable(dialog->message()));
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
        QVERIFY(openSyncedWindow());
        MainWindow *window = m_window.get();
        rename(kOtherId, QStringLiteral("Edited here"));
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
        QVERIFY(openSyncedWindow());
        MainWindow *window = m_window.get();
        rename(kSeedId, QStringLiteral("Mine 1"));
        rename(kOtherId, QStringLiteral("Mine 2"));
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
        QVERIFY(openSyncedWindow());
        MainWindow *window = m_window.get();
        TaskSeriesStore &store = m_ws->series();
        const qint64 id = store.localIdForSeriesId(Seed::kTaskOne).value_or(-1);
        QVERIFY(id > 0);
        TaskSeries mine = store.get(id)->local;
        const QString stepName = mine.steps.at(0).name;
        mine.name = QStringLiteral("Моё имя");
        mine.steps[0].name = QStringLiteral("мой шаг");
        QVERIFY(store.saveLocal(id, mine));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + Seed::kTaskOne, {{QStringLiteral("name"), QStringLiteral("Их имя")}}), 200);
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/%1/steps/%2").arg(Seed::kTaskOne, Seed::kTaskOneStep),
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
        const int stepRow = dialog->fieldRow(QStringLiteral("steps[seriesId=%1].name").arg(Seed::kTaskOneStep));
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
};

QTEST_MAIN(TestSyncUiConflicts)
#include "tst_syncui_conflicts.moc"
