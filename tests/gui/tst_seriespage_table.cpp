// The series table and the page's commands: undo that belongs to the page on show,
// duplicate and delete, create, search, sort and delete in the table.
// On the real MainWindow, offscreen; what counts is what the database then holds.
#include "SeriesPageTest.h"

class TestSeriesPageTable : public SeriesPageTest
{
    Q_OBJECT

private slots:
    // Ctrl+Z belongs to the page on show: on the series page it never undoes a service
    // task edit the operator cannot see, and each page keeps its own history.
    void undoBelongsToThePageOnShow()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow()); // on the service tasks page
        QTableView *tasksTable = m_window->serviceTasksPage()->view();
        tasksTable->setFocus(Qt::OtherFocusReason);
        press("newAction", tasksTable);
        QTRY_COMPARE(m_ws->serviceTasks().count(), 1);

        goToSeriesByClick();
        QVERIFY(!action("undoAction")->isEnabled());
        press("undoAction", table());
        QCOMPARE(m_ws->serviceTasks().count(), 1); // not undone unseen

        const int series = store().count();
        press("newAction", table());
        QTRY_COMPARE(store().count(), series + 1);
        QVERIFY(action("undoAction")->isEnabled());
        press("undoAction", table());
        QTRY_COMPARE(store().count(), series);
        QCOMPARE(m_ws->serviceTasks().count(), 1);

        // Back on the service tasks page, its own last edit is the one undone.
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const QList<QListWidgetItem *> items = navigation->findItems(QStringLiteral("Service tasks"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(items.first()).center());
        QVERIFY(action("undoAction")->isEnabled());
        press("undoAction", tasksTable);
        QTRY_COMPARE(m_ws->serviceTasks().count(), 0);
        QCOMPARE(store().count(), series);
    }

    // 7. Duplicate and delete a series; undo brings it back with the same steps.
    void duplicateAndDeleteSeries()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow());
        // Ctrl+2 goes to the series page too.
        DO(press("showSeriesAction", m_window->findChild<QListWidget *>(QStringLiteral("navigation"))));
        QCOMPARE(pages()->currentWidget(), static_cast<QWidget *>(page()));
        QAbstractItemModelTester tester(tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString seed = QStringLiteral("step 1[action 1,action 2] step 2[action 3,action 4] step 3[]");

        DO(clickSeries(QStringLiteral("task 1")));
        const qint64 originalId = tableModel()->localIdAt(rowNamed(QStringLiteral("task 1")));
        DO(press("duplicateAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        const auto copy = stored(QStringLiteral("task 1 (copy)"));
        QVERIFY(copy);
        QCOMPARE(layoutOf(copy->local), seed);
        QCOMPARE(copy->local.seriesId, QString());
        for (const Step &s : copy->local.steps) {
            QCOMPARE(s.seriesId, QString());
            for (const Action &a : s.actions)
                QCOMPARE(a.seriesId, QString());
        }
        QCOMPARE(copy->local.steps.at(0).pointId, kPoint);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{copy->localId});
        QCOMPARE(steps()->seriesLocalId(), std::optional<qint64>(copy->localId));

        // Delete the original: "no" keeps it, "yes" deletes it.
        DO(clickSeries(QStringLiteral("task 1")));
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(QLatin1String("task 1")), qPrintable(m_asked.first()));
        QCOMPARE(tableModel()->rowCount(), 2);
        m_answer = true;
        DO(press("deleteAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(!stored(QStringLiteral("task 1")));
        QCOMPARE(rowNamed(QStringLiteral("task 1")), -1);

        // Undone: the same record, the same steps with their ids; the tree shows them.
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        const auto back = stored(QStringLiteral("task 1"));
        QVERIFY(back);
        QCOMPARE(back->localId, originalId);
        QCOMPARE(layoutOf(back->local), seed);
        QCOMPARE(back->local.seriesId, seedJson().value(QStringLiteral("seriesId")).toString());
        QCOMPARE(back->local.steps.at(0).seriesId, Seed::kTaskOneStep);
        QCOMPARE(back->local.steps.at(0).actions.at(1).seriesId, Seed::kTaskOneAction2);
        DO(clickSeries(QStringLiteral("task 1")));
        DO(showStepsTab());
        QCOMPARE(treeLayout(), seed);

        // Redo deletes it again, undo of the duplicate removes the copy.
        DO(press("redoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        // The tree no longer shows the deleted series (the copy, current now, or nothing).
        QVERIFY(steps()->seriesLocalId() != std::optional<qint64>(originalId));
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QVERIFY(!stored(QStringLiteral("task 1 (copy)")));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->series().count(true), 1);
        QCOMPARE(layoutOf(storedNamed(*ws, QStringLiteral("task 1"))->local), seed);
    }

    // TARGPatrol's API has no delete for a series: the question must not promise that the
    // next sync deletes a synced one there (it said so, then the sync refused), and a
    // series never synced has nothing on the server to speak of.
    void deletingASyncedSeriesSaysTheServerKeepsIt()
    {
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.newPath()));
            DecodeError error;
            auto synced = TaskSeriesCodec::decode(seedJson(), &error);
            QVERIFY(synced);
            QVERIFY(ws.series().insertPulled(*synced, SeriesRemoteRef{QUuid::createUuid().toString(QUuid::WithoutBraces), {}, {}}));
            TaskSeries fresh;
            fresh.name = QStringLiteral("new here");
            fresh.priority = QStringLiteral("NORMAL");
            QVERIFY(ws.series().create(fresh));
        }
        QVERIFY(openWindow());
        DO(goToSeriesByClick());
        m_answer = false;

        DO(clickSeries(QStringLiteral("task 1")));
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(!m_asked.first().contains(QLatin1String("deleted on the server")), qPrintable(m_asked.first()));
        QVERIFY2(m_asked.first().contains(QLatin1String("delete it in TARGPatrol")), qPrintable(m_asked.first()));

        DO(clickSeries(QStringLiteral("new here")));
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY2(!m_asked.last().contains(QLatin1String("server")), qPrintable(m_asked.last()));
        QCOMPARE(tableModel()->rowCount(), 2); // "no" both times
    }

    // 8. The table model under the tester while series are created, searched, sorted,
    //    deleted (several at once) and brought back.
    void tableCreateSearchSortDelete()
    {
        QVERIFY(newDatabase(false));
        QVERIFY(openWindow());
        DO(goToSeriesByClick());
        QAbstractItemModelTester tester(tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *name = formChild<QLineEdit>("seriesNameEdit");
        const QStringList names{QStringLiteral("gamma"), QStringLiteral("alpha"), QStringLiteral("beta")};
        for (const QString &n : names) {
            DO(press("newAction", table()));
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
            retype(name, n);
            QTest::keyClick(name, Qt::Key_Return);
            QTRY_VERIFY(stored(n));
        }
        QCOMPARE(tableModel()->rowCount(), 3);
        DO(addListItem(formChild<StringListEdit>("tagsEdit"), QStringLiteral("night")));
        QTRY_COMPARE(stored(QStringLiteral("beta"))->local.tags, QStringList{QStringLiteral("night")});
        // Steps for the step count column: one on alpha.
        DO(clickSeries(QStringLiteral("alpha")));
        DO(showStepsTab());
        DO(clickButton(stepButton("addStepAction")));
        QTRY_VERIFY(treeEditor());
        QTest::keyClick(treeEditor(), Qt::Key_Return);
        QTRY_VERIFY(!treeEditor());
        QCOMPARE(stored(QStringLiteral("alpha"))->local.steps.size(), 1);
        QCOMPARE(tableModel()->index(rowNamed(QStringLiteral("alpha")), TaskSeriesTableModel::Steps).data().toString(),
                 QStringLiteral("1 / 0"));

        // Search as you type: name, tags.
        QLineEdit *search = page()->searchField();
        DO(clickInto(search));
        type(search, QStringLiteral("alp"));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("alpha"));
        retype(search, QStringLiteral("night"));
        QTRY_COMPARE(tableModel()->filter().text, QStringLiteral("night"));
        QCOMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("beta"));
        retype(search, QString());
        QTRY_COMPARE(tableModel()->rowCount(), 3);

        // Sort by a click on the Name header, then by steps.
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(TaskSeriesTableModel::Name) + header->sectionSize(TaskSeriesTableModel::Name) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(tableModel()->index(2, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("gamma"));
        table()->sortByColumn(TaskSeriesTableModel::Steps, Qt::DescendingOrder);
        QCOMPARE(tableModel()->index(0, TaskSeriesTableModel::Name).data().toString(), QStringLiteral("alpha"));

        // All selected and deleted at once; then back.
        m_answer = true;
        DO(clickSeries(QStringLiteral("beta")));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(page()->selectedIds().size(), 3);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QTRY_COMPARE(tableModel()->rowCount(), 0);
        QCOMPARE(store().count(true), 0);
        DO(press("undoAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 3);
        QCOMPARE(stored(QStringLiteral("alpha"))->local.steps.size(), 1);
        QCOMPARE(stored(QStringLiteral("beta"))->local.tags, QStringList{QStringLiteral("night")});
    }
};

QTEST_MAIN(TestSeriesPageTable)
#include "tst_seriespage_table.moc"
