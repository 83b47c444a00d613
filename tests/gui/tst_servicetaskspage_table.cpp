// The service task table as a list: search as you type, the empty table's message,
// sorting by a header click, and the table model checked by QAbstractItemModelTester.
// On the real MainWindow, offscreen; what counts is what the database then holds.
#include "ServiceTasksPageTest.h"

class TestServiceTasksPageTable : public ServiceTasksPageTest
{
    Q_OBJECT

private slots:
    // 13. Search as you type: name, script, title, comment; Cyrillic; any case; short texts.
    void searchFiltersAsYouType()
    {
        QVERIFY(newDatabase(true));
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.path()));
            auto c = storedByName(ws, kNameC);
            QVERIFY(c);
            c->local.setTitle(QStringLiteral("Квартальный отчёт"));
            c->local.setComment(QStringLiteral("Проверить ВРУЧНУЮ"));
            QVERIFY(ws.serviceTasks().saveLocal(c->localId, c->local));
        }
        QVERIFY(openWindow());
        QCOMPARE(model()->rowCount(), 3);

        const struct { QString text; QStringList names; } cases[] = {
            {QStringLiteral("ОБЗВОН"), {kNameA}},                     // name, other case
            {QStringLiteral("обзвон должников"), {kNameA}},
            {QStringLiteral("CLEARDATA"), {kNameB}},                  // script code
            {QStringLiteral("квартальный"), {kNameC}},                // title
            {QStringLiteral("вручную"), {kNameC}},                    // comment, stored upper case
            {QStringLiteral("после 22"), {kNameB}},                   // comment with a space
            {QStringLiteral("Ж"), {kNameA, kNameB}},                  // one character
            {QStringLiteral("id"), {kNameC}},                         // two characters
            {QStringLiteral("22"), {kNameB}},
            {QStringLiteral("нет такого"), {}},
            {QStringLiteral("100%"), {}},
            {QStringLiteral("%"), {}},                                 // LIKE wildcards are text
            {QStringLiteral("_"), {}},
        };
        for (const auto &c : cases) {
            searchFor(c.text);
            QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), int(c.names.size()), 3000);
            QStringList names = namesInTableOrder();
            names.sort();
            QStringList expected = c.names;
            expected.sort();
            QVERIFY2(names == expected, qPrintable(c.text + QStringLiteral(": ") + names.join(QStringLiteral(", "))));
        }
        // Cleared: everything again.
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 3);

        // Ctrl+F from the table puts the focus in the search field, its text selected.
        searchFor(QStringLiteral("clear"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QTest::keyClick(searchField(), Qt::Key_Return); // Enter goes to the results
        QTRY_COMPARE(QApplication::focusWidget(), table());
        press("findAction", table());
        QTRY_COMPARE(QApplication::focusWidget(), searchField());
        QCOMPARE(searchField()->selectedText(), QStringLiteral("clear"));
        QTest::keyClick(searchField(), Qt::Key_Backspace);
        QTRY_COMPARE(model()->rowCount(), 3);

        // Searching changes nothing stored.
        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 3);
    }

    // 13b. A table a filter leaves without rows says why; Esc in the search field clears it.
    void emptyTableSaysWhyAndEscClearsTheSearch()
    {
        QVERIFY(openSeeded());
        auto *hint = m_window->findChild<QLabel *>(QStringLiteral("serviceTaskEmptyHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        searchFor(QStringLiteral("нет такого"));
        QTRY_COMPARE(model()->rowCount(), 0);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No tasks match “нет такого”"));

        QTest::keyClick(searchField(), Qt::Key_Escape);
        QCOMPARE(searchField()->text(), QString());
        QCOMPARE(model()->rowCount(), 3); // at once, not after the typing pause
        QVERIFY(!hint->isVisible());

        // Conflicts only, without a conflict: it says so.
        press("conflictsOnlyAction", table());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No conflicts"));
        press("conflictsOnlyAction", table());
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(!hint->isVisible());
    }

    // 13c. The clear button shows over a search and clears it with a click.
    void clearButtonClearsTheSearch()
    {
        QVERIFY(openSeeded());
        auto clearButton = [this] {
            for (auto *button : searchField()->findChildren<QToolButton *>())
                if (button->isVisibleTo(searchField()) && button->defaultAction()
                    && button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction"))
                    return button;
            return static_cast<QToolButton *>(nullptr);
        };
        QVERIFY(!clearButton());
        searchFor(QStringLiteral("нет такого"));
        QTRY_COMPARE(model()->rowCount(), 0);
        QToolButton *button = clearButton();
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(searchField()->text(), QString());
        QTRY_COMPARE(model()->rowCount(), 3);
    }

    // 14. A click on a header sorts by that column; again, the other way.
    void headerClickSorts()
    {
        QVERIFY(newDatabase(true));
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.path()));
            ServiceTask zulu;
            zulu.name = QStringLiteral("Zulu");
            zulu.intervalSec = 60;
            ServiceTask alpha;
            alpha.name = QStringLiteral("alpha");
            alpha.intervalSec = 7200;
            QVERIFY(ws.serviceTasks().create(zulu));
            QVERIFY(ws.serviceTasks().create(alpha));
        }
        QVERIFY(openWindow());
        clickCell(cell(kNameA, Model::Name)); // a selection that must survive the sort
        QHeaderView *header = table()->horizontalHeader();
        const auto clickHeader = [header](int column) {
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };

        const QStringList ascending{QStringLiteral("alpha"), QStringLiteral("Zulu"), kNameC, kNameA, kNameB};
        clickHeader(Model::Name);
        QCOMPARE(header->sortIndicatorSection(), int(Model::Name));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QTRY_COMPARE(namesInTableOrder(), ascending);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{stored(kUuidA)->localId});
        QCOMPARE(form()->currentId(), std::optional<qint64>(stored(kUuidA)->localId));

        clickHeader(Model::Name);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QTRY_COMPARE(namesInTableOrder(), descending);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{stored(kUuidA)->localId});

        // The interval sorts by seconds, not by its text ("1 h" < "2 h" < "1 min" ...).
        clickHeader(Model::Interval);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QList<qint64> intervals;
        for (int row = 0; row < model()->rowCount(); ++row)
            intervals << model()->index(row, Model::Interval).data(Qt::EditRole).toLongLong();
        QCOMPARE(intervals, (QList<qint64>{0, 60, 3600, 7200, 86400}));

        // The sort order comes back with the next start.
        closeWindow();
        QVERIFY(openWindow());
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(Model::Interval));
        QCOMPARE(model()->index(0, Model::Name).data().toString(), kNameC);
        QCOMPARE(model()->index(4, Model::Name).data().toString(), kNameB);
    }

    // ---- the table model under QAbstractItemModelTester ------------------------------

    void modelTesterWithNoRows()
    {
        QVERIFY(newDatabase(false));
        QVERIFY(openWindow());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model()->rowCount(), 0);

        // Sort and filter while empty.
        table()->sortByColumn(Model::Name, Qt::DescendingOrder);
        searchFor(QStringLiteral("ab"));
        QTest::qWait(0);
        searchFor(QString());

        // Inserts.
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 1);
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 2);
        // An edit.
        QVERIFY(model()->setData(model()->index(0, Model::Name), QStringLiteral("first")));
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("first"));
        QVERIFY(model()->setData(model()->index(1, Model::Enabled), Qt::Checked, Qt::CheckStateRole));
        // Sort and filter with rows.
        table()->sortByColumn(Model::Name, Qt::AscendingOrder);
        QCOMPARE(namesInTableOrder(), QStringList({"first", "New service task"}));
        searchFor(QStringLiteral("fir"));
        QTRY_COMPARE(model()->rowCount(), 1);
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 2);
        // Removals, back to nothing.
        m_answer = true;
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(model()->rowCount(), 0);
        QCOMPARE(store().count(true), 0);
        // And all of it undone and redone.
        while (undoStack()->canUndo())
            undoStack()->undo();
        QCOMPARE(model()->rowCount(), 0);
        while (undoStack()->canRedo())
            undoStack()->redo();
        QCOMPARE(model()->rowCount(), 0);
        undoStack()->undo();
        QCOMPARE(model()->rowCount(), 2);
        QString problem;
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
    }

    void modelTesterWithOneRow()
    {
        QVERIFY(newDatabase(false));
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.path()));
            ServiceTask only;
            only.name = QStringLiteral("Единственная");
            only.scriptCode = QStringLiteral("report");
            QVERIFY(ws.serviceTasks().create(only));
        }
        QVERIFY(openWindow());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model()->rowCount(), 1);

        for (int column = 0; column < Model::ColumnCount; ++column) {
            table()->sortByColumn(column, Qt::AscendingOrder);
            table()->sortByColumn(column, Qt::DescendingOrder);
        }
        QCOMPARE(model()->rowCount(), 1);
        // Edits of every editable kind.
        QVERIFY(model()->setData(model()->index(0, Model::Name), QStringLiteral("Одна")));
        QVERIFY(model()->setData(model()->index(0, Model::Interval), 90));
        QCOMPARE(model()->index(0, Model::Interval).data().toString(), QStringLiteral("1 min 30 s"));
        QVERIFY(model()->setData(model()->index(0, Model::Sites), QStringLiteral("S1, S2")));
        QVERIFY(model()->setData(model()->index(0, Model::Start),
                                 QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC)));
        QVERIFY(model()->setData(model()->index(0, Model::Overlap), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model()->setData(model()->index(0, Model::Created), QStringLiteral("x")));
        QVERIFY(!model()->setData(model()->index(0, Model::State), 1));
        // Filtered out and back.
        searchFor(QStringLiteral("zzz"));
        QTRY_COMPARE(model()->rowCount(), 0);
        searchFor(QStringLiteral("REP"));
        QTRY_COMPARE(model()->rowCount(), 1);
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 1);
        // Removed and back.
        m_answer = true;
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(model()->rowCount(), 0);
        undoStack()->undo();
        QCOMPARE(model()->rowCount(), 1);
        // Duplicated, and back.
        clickCell(model()->index(0, Model::Name));
        press("duplicateAction", table());
        QTRY_COMPARE(model()->rowCount(), 2);
        undoStack()->undo();
        QCOMPARE(model()->rowCount(), 1);
        QString problem;
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
    }

    void modelTesterWithManyRows()
    {
        const int count = 500;
        QVERIFY(newDatabase(false));
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.path()));
            Transaction tx(ws.database());
            QVERIFY(tx.isActive());
            for (int i = 0; i < count; ++i) {
                ServiceTask t;
                t.name = (i % 2 ? QStringLiteral("Задача %1") : QStringLiteral("task %1")).arg(i, 3, 10, QLatin1Char('0'));
                t.scriptCode = i % 5 ? QStringLiteral("report") : QStringLiteral("cleardata");
                t.intervalSec = (i * 37) % 1000;
                t.isEnabled = i % 3;
                QVERIFY(ws.serviceTasks().create(t));
            }
            QVERIFY(tx.commit());
        }
        QVERIFY(openWindow());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model()->rowCount(), count);
        QString problem;
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));

        // Sorting.
        table()->sortByColumn(Model::Name, Qt::DescendingOrder);
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("Задача 499"));
        table()->sortByColumn(Model::Name, Qt::AscendingOrder);
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("task 000"));
        table()->sortByColumn(Model::Interval, Qt::AscendingOrder);
        for (int row = 1; row < model()->rowCount(); ++row) {
            QVERIFY(model()->index(row - 1, Model::Interval).data(Qt::EditRole).toLongLong()
                    <= model()->index(row, Model::Interval).data(Qt::EditRole).toLongLong());
        }
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        table()->sortByColumn(-1, Qt::AscendingOrder); // back to the order of creation
        QCOMPARE(model()->index(0, Model::Name).data().toString(), QStringLiteral("task 000"));

        // Filtering.
        searchFor(QStringLiteral("cleardata"));
        QTRY_COMPARE(model()->rowCount(), count / 5);
        searchFor(QStringLiteral("задача 1"));
        QTRY_COMPARE(model()->rowCount(), 50);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), count);

        // Removing rows on both sides of a cached page boundary (200 rows a page).
        m_answer = true;
        clickCell(model()->index(199, Model::Name));
        clickCell(model()->index(200, Model::Name), Qt::ControlModifier);
        clickCell(model()->index(450, Model::Name), Qt::ControlModifier);
        const QVector<qint64> removed = page()->selectedIds();
        QCOMPARE(removed.size(), 3);
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(model()->rowCount(), count - 3);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        for (qint64 id : removed)
            QCOMPARE(model()->rowOf(id), -1);

        // Inserting (appended), editing far down, duplicating.
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), count - 2);
        QCOMPARE(model()->index(count - 3, Model::Name).data().toString(), QStringLiteral("New service task"));
        QVERIFY(model()->setData(model()->index(420, Model::Name), QStringLiteral("edited far down")));
        QCOMPARE(model()->index(420, Model::Name).data().toString(), QStringLiteral("edited far down"));
        clickCell(model()->index(10, Model::Name));
        press("duplicateAction", table());
        QTRY_COMPARE(model()->rowCount(), count - 1);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));

        // Bulk disable of everything, then all of it undone.
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        press("disableAction", table());
        QTRY_COMPARE(store().all().size(), count - 1);
        for (const StoredServiceTask &record : store().all())
            QVERIFY(!record.local.isEnabled);
        while (undoStack()->canUndo())
            undoStack()->undo();
        QCOMPARE(model()->rowCount(), count);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
        table()->sortByColumn(Model::Name, Qt::AscendingOrder);
        QVERIFY2(rowsMatchStore(&problem), qPrintable(problem));
    }
};

QTEST_MAIN(TestServiceTasksPageTable)
#include "tst_servicetaskspage_table.moc"
