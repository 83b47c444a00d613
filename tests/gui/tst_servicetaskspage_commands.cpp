// The service task commands: create, duplicate, delete (asked once), enable/disable a
// selection, the Delete key only on the table, the form following one record, and edits
// and undos that survive a restart.
// On the real MainWindow, offscreen; what counts is what the database then holds.
#include "ServiceTasksPageTest.h"

class TestServiceTasksPageCommands : public ServiceTasksPageTest
{
    Q_OBJECT

private slots:
    // 9. Create: Ctrl+N, defaults, focus on the name; undo removes it entirely, redo
    //    brings it back with the same id.
    void createNewWithDefaults()
    {
        QVERIFY(openSeeded());
        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        const QVector<qint64> selected = page()->selectedIds();
        QCOMPARE(selected.size(), 1);
        const qint64 id = selected.first();
        QCOMPARE(table()->currentIndex().row(), model()->rowOf(id));
        QCOMPARE(form()->currentId(), std::optional<qint64>(id));
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        QTRY_COMPARE(QApplication::focusWidget(), nameEdit);
        QCOMPARE(nameEdit->selectedText(), QStringLiteral("New service task"));

        // The defaults of docs/api-contract.md §1.1.
        auto record = store().get(id);
        QVERIFY(record);
        const ServiceTask &t = record->local;
        const QString uuid = t.id;
        QVERIFY(!QUuid(uuid).isNull());
        QCOMPARE(t.name, QStringLiteral("New service task"));
        QCOMPARE(t.isEnabled, false);
        QCOMPARE(t.scriptCode, QString());
        QCOMPARE(t.siteMode, QStringLiteral("all"));
        QCOMPARE(t.sites, QStringList());
        QCOMPARE(t.isRegular, false);
        QCOMPARE(t.overlap, true);
        QCOMPARE(t.intervalSec, 0);
        QVERIFY(t.dtStart.isEmpty());
        QVERIFY(t.dtStop.isEmpty());
        QCOMPARE(t.schedule, QStringLiteral("all"));
        QCOMPARE(t.periods, QJsonArray());
        QCOMPARE(t.opts, (QJsonObject{{"title", ""}, {"comment", ""}}));
        QCOMPARE(t.ext, QJsonObject());
        QCOMPARE(t.extra, QJsonObject());
        QCOMPARE(record->state, SyncState::New);
        QVERIFY(record->valid);

        // The name typed at once, committed by Tab.
        type(nameEdit, QStringLiteral("Ночная проверка"));
        QTest::keyClick(nameEdit, Qt::Key_Tab);
        QTRY_COMPARE(store().get(id)->local.name, QStringLiteral("Ночная проверка"));
        QCOMPARE(model()->index(model()->rowOf(id), Model::Name).data().toString(), QStringLiteral("Ночная проверка"));
        QCOMPARE(undoStack()->count(), 2);

        // Undo both: the record is gone from the store, not marked.
        press("undoAction", table());
        QTRY_COMPARE(store().get(id)->local.name, QStringLiteral("New service task"));
        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(!store().localIdForUuid(uuid));
        QCOMPARE(store().count(true), 3);
        QVERIFY(!action("undoAction")->isEnabled());

        // Redo both: the same id again.
        press("redoAction", table());
        press("redoAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        const auto again = stored(uuid);
        QVERIFY(again);
        QCOMPARE(again->local.name, QStringLiteral("Ночная проверка"));
        QCOMPARE(again->state, SyncState::New);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 4);
        QCOMPARE(storedByUuid(*ws, uuid)->local.name, QStringLiteral("Ночная проверка"));
    }

    // 9b. Keyboard only, several tasks in a row: Ctrl+N, type a name, Ctrl+N again. The
    //     name typed for the first task must not be lost.
    void createTwiceKeepsTheFirstName()
    {
        QVERIFY(openSeeded());
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        press("newAction", table());
        QTRY_COMPARE(QApplication::focusWidget(), nameEdit);
        const qint64 first = page()->selectedIds().value(0);
        type(nameEdit, QStringLiteral("Первая"));
        press("newAction", nameEdit);
        QTRY_COMPARE(model()->rowCount(), 5);
        QTRY_COMPARE(QApplication::focusWidget(), nameEdit);
        type(nameEdit, QStringLiteral("Вторая"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        const qint64 second = page()->selectedIds().value(0);
        QVERIFY(second != first);
        QTRY_COMPARE(store().get(second)->local.name, QStringLiteral("Вторая"));
        QCOMPARE(store().get(first)->local.name, QStringLiteral("Первая"));
    }

    // 9c. Ctrl+N while a search hides the new task: it is still selected, shown in the
    //     form, and its name has the focus.
    void createWhileSearchingSelectsTheNewTask()
    {
        QVERIFY(openSeeded());
        searchFor(QStringLiteral("обзвон"));
        QTRY_COMPARE(model()->rowCount(), 1);
        press("newAction", searchField());
        QTRY_COMPARE(store().count(), 4);
        const auto created = storedByName(*m_ws, QStringLiteral("New service task"));
        QVERIFY(created);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{created->localId});
        QCOMPARE(form()->currentId(), std::optional<qint64>(created->localId));
        QTRY_COMPARE(QApplication::focusWidget(), formChild<QLineEdit>("nameEdit"));
    }

    // 10. Duplicate: a copy with a new id, "(copy)", no ext; undo removes it.
    void duplicateAndUndo()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameB, Model::Name));
        press("duplicateAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        const QVector<qint64> selected = page()->selectedIds();
        QCOMPARE(selected.size(), 1);
        const auto copy = store().get(selected.first());
        const auto original = stored(kUuidB);
        QVERIFY(copy && original);
        QVERIFY(copy->local.id != kUuidB);
        QVERIFY(!QUuid(copy->local.id).isNull());
        QCOMPARE(copy->local.name, QStringLiteral("Очистка ежедневная (copy)"));
        QCOMPARE(copy->local.ext, QJsonObject());
        QCOMPARE(copy->state, SyncState::New);
        QCOMPARE(copy->local.periods, original->local.periods);
        QCOMPARE(copy->local.opts, original->local.opts);
        QCOMPARE(copy->local.extra, original->local.extra);
        QCOMPARE(copy->local.sites, original->local.sites);
        QCOMPARE(copy->local.schedule, original->local.schedule);
        QCOMPARE(copy->local.intervalSec, original->local.intervalSec);
        QCOMPARE(original->local.ext.value(QStringLiteral("owner")).toString(), QStringLiteral("admin"));
        QCOMPARE(cell(QStringLiteral("Очистка ежедневная (copy)"), Model::Created).data().toString(), QString());
        const QString copyUuid = copy->local.id;

        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(!store().localIdForUuid(copyUuid));
        QCOMPARE(store().count(true), 3);
        press("redoAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        QVERIFY(store().localIdForUuid(copyUuid));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 4);
        const auto kept = storedByUuid(*ws, copyUuid);
        QVERIFY(kept);
        QCOMPARE(kept->local.name, QStringLiteral("Очистка ежедневная (copy)"));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.ext.value(QStringLiteral("owner")).toString(), QStringLiteral("admin"));
    }

    // 11. Delete a selection of a never-synced and a synced task.
    void deleteSelectionAsksOnceAndKeepsSyncedAsDeleted()
    {
        QVERIFY(newDatabase(true));
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.path()));
            const auto b = storedByUuid(ws, kUuidB);
            QVERIFY(ws.serviceTasks().markSynced(b->localId, b->revision, b->local));
            QCOMPARE(storedByUuid(ws, kUuidB)->state, SyncState::Clean);
        }
        QVERIFY(openWindow());
        const QString uuidC = uuidNamed(kNameC);
        QCOMPARE(cell(kNameB, Model::State).data(Model::SyncStateRole).toInt(), int(SyncState::Clean));

        clickCell(cell(kNameA, Model::Name));
        clickCell(cell(kNameB, Model::Name), Qt::ControlModifier);
        QCOMPARE(page()->selectedIds().size(), 2);

        // "No" changes nothing.
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(QLatin1String("2")), qPrintable(m_asked.first()));
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(store().count(true), 3);
        QCOMPARE(stored(kUuidB)->state, SyncState::Clean);
        QCOMPARE(undoStack()->count(), 0);

        // "Yes": asked once more (not once per record).
        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY2(m_asked.last().contains(QLatin1String("2")), qPrintable(m_asked.last()));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, Model::Name).data().toString(), kNameC);
        QVERIFY(!stored(kUuidA));                     // never synced: gone
        QCOMPARE(stored(kUuidB)->state, SyncState::Deleted); // synced: kept until pushed
        QCOMPARE(store().count(), 1);
        QCOMPARE(store().count(true), 2);
        QCOMPARE(undoStack()->count(), 1);

        // Undo brings both back; the synced one is clean again.
        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(stored(kUuidA)->state, SyncState::New);
        QCOMPARE(stored(kUuidA)->local.name, kNameA);
        QCOMPARE(stored(kUuidB)->state, SyncState::Clean);
        QCOMPARE(cell(kNameB, Model::State).data(Model::SyncStateRole).toInt(), int(SyncState::Clean));

        // One record: the question names it.
        clickCell(cell(kNameC, Model::Name));
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 3);
        QVERIFY2(m_asked.last().contains(kNameC), qPrintable(m_asked.last()));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 3);
        QCOMPARE(storedByUuid(*ws, kUuidA)->state, SyncState::New);
        QCOMPARE(storedByUuid(*ws, kUuidB)->state, SyncState::Clean);
        QCOMPARE(storedByUuid(*ws, uuidC)->state, SyncState::New);
    }

    // 8b. One current record: the form shows the highlighted row, the one Delete asks
    //     about, even after Ctrl+End moved the keyboard cursor without selecting; after
    //     a delete nothing is selected, the commands are greyed and the form is empty.
    void formAndCommandsFollowOneRecord()
    {
        QVERIFY(openSeeded());
        const QStringList names = namesInTableOrder();
        QCOMPARE(names.size(), 3);
        clickCell(model()->index(0, Model::Name));
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table()->currentIndex().row(), 2);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{model()->localIdAt(0)});
        QCOMPARE(form()->currentId(), std::optional<qint64>(model()->localIdAt(0)));
        QCOMPARE(formChild<QLineEdit>("nameEdit")->text(), names.at(0));

        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(names.at(0)), qPrintable(m_asked.first()));
        QTRY_COMPARE(model()->rowCount(), 2);
        QVERIFY(page()->selectedIds().isEmpty());
        QVERIFY(!action("deleteAction")->isEnabled());
        QVERIFY(!action("duplicateAction")->isEnabled());
        QCOMPARE(form()->currentId(), std::nullopt);
        QVERIFY2(!formChild<QWidget>("formFields")->isVisible(), "the empty form still shows fields");
        QVERIFY(!formChild<QLineEdit>("nameEdit")->isVisible());

        // A click selects again: form and commands are back on one record.
        clickCell(model()->index(1, Model::Name));
        QCOMPARE(form()->currentId(), std::optional<qint64>(model()->localIdAt(1)));
        QVERIFY(formChild<QLineEdit>("nameEdit")->isVisible());
        QVERIFY(action("deleteAction")->isEnabled());
    }

    // 8c. With nothing selected the form shows no field values, and no hint in it looks
    //     like one.
    void emptyFormShowsNoData()
    {
        QVERIFY(openSeeded());
        QCOMPARE(form()->currentId(), std::nullopt);
        QVERIFY(!formChild<QWidget>("formFields")->isVisible());
        QCOMPARE(formChild<QLabel>("formHeader")->text(), QStringLiteral("Select a service task, or create one with New."));
        auto *script = formChild<QLineEdit>("scriptEdit");
        QVERIFY2(!script->placeholderText().contains(QLatin1String("dialByCallList")), qPrintable(script->placeholderText()));
    }

    // 8d. New puts the cursor in the name and scrolls the form to it.
    void newScrollsTheFormToTheName()
    {
        QVERIFY(openSeeded());
        // A form taller than its room, at a width the window supports (1024 px and up; the
        // offscreen screen is narrower, and the first start fits the window to it).
        m_window->resize(1280, 320);
        clickCell(cell(kNameA, Model::Name));
        auto *scroll = form()->findChild<QScrollArea *>();
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        auto *name = formChild<QLineEdit>("nameEdit");
        QVERIFY(name->visibleRegion().isEmpty());
        press("newAction", table());
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTRY_VERIFY2(!name->visibleRegion().isEmpty(), "the focused name is scrolled out of sight");
        const QRect inViewport(name->mapTo(scroll->viewport(), QPoint(0, 0)), name->size());
        QVERIFY(scroll->viewport()->rect().contains(inViewport));
    }

    // 12. Enable/disable a selection: one undo step each.
    void bulkEnableDisableIsOneStep()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameA, Model::Name));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(page()->selectedIds().size(), 3);

        press("disableAction", table());
        QTRY_VERIFY(!stored(uuidC)->local.isEnabled);
        QVERIFY(!stored(kUuidA)->local.isEnabled);
        QVERIFY(!stored(kUuidB)->local.isEnabled);
        QCOMPARE(undoStack()->count(), 1);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model()->index(row, Model::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        press("undoAction", table());
        QTRY_VERIFY(stored(uuidC)->local.isEnabled);
        QVERIFY(stored(kUuidB)->local.isEnabled);
        QVERIFY(!stored(kUuidA)->local.isEnabled);
        press("redoAction", table());
        QTRY_VERIFY(!stored(uuidC)->local.isEnabled);
        QVERIFY(!stored(kUuidB)->local.isEnabled);

        QCOMPARE(page()->selectedIds().size(), 3);
        press("enableAction", table());
        QTRY_VERIFY(stored(kUuidA)->local.isEnabled);
        QVERIFY(stored(kUuidB)->local.isEnabled);
        QVERIFY(stored(uuidC)->local.isEnabled);
        QCOMPARE(undoStack()->count(), 2);
        QVERIFY2(undoStack()->undoText().startsWith(QLatin1String("Enable 3")), qPrintable(undoStack()->undoText()));
        press("undoAction", table());
        QTRY_VERIFY(!stored(kUuidA)->local.isEnabled);
        QVERIFY(!stored(kUuidB)->local.isEnabled);
        QVERIFY(!stored(uuidC)->local.isEnabled);

        auto ws = reopen();
        QVERIFY(ws);
        for (const StoredServiceTask &record : ws->serviceTasks().all())
            QVERIFY2(!record.local.isEnabled, qPrintable(record.local.name));
    }

    // 15. Keyboard only: Delete on the table deletes (asks), Delete in a text field
    //     deletes text.
    void deleteKeyOnlyOnTheTable()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameC, Model::Name));
        QCOMPARE(QApplication::focusWidget(), table());
        m_answer = false;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);

        // In the search field.
        searchFor(QStringLiteral("abc"));
        QTest::keyClick(searchField(), Qt::Key_Home);
        QTest::keyClick(searchField(), Qt::Key_Delete);
        QCOMPARE(searchField()->text(), QStringLiteral("bc"));
        QCOMPARE(m_asked.size(), 1);
        searchFor(QString());
        QTRY_COMPARE(model()->rowCount(), 3);

        // In a cell editor.
        clickCell(cell(kNameC, Model::Name));
        QTest::keyClick(table(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(cellEditor());
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Home);
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->text(), kNameC.mid(1));
        QCOMPARE(m_asked.size(), 1);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!cellEditor());

        // In the form's name field.
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        QTest::mouseClick(nameEdit, Qt::LeftButton, {}, QPoint(5, nameEdit->height() / 2));
        QTest::keyClick(nameEdit, Qt::Key_End);
        QTest::keyClick(nameEdit, Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);

        // Back on the table, "yes" deletes.
        clickCell(cell(kNameC, Model::Name));
        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 2);
        QTRY_COMPARE(model()->rowCount(), 2);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 2);
        QVERIFY(!storedByName(*ws, kNameC));
        QVERIFY(storedByUuid(*ws, kUuidA));
    }

    // 16. Undo writes through the store: what is left after edits and undos is what the
    //     next start finds.
    void editsAndUndosSurviveRestart()
    {
        QVERIFY(openSeeded());
        QWidget *editor = doubleClickToEdit(cell(kNameA, Model::Name));
        QVERIFY(editor);
        retype(editor, QStringLiteral("Обзвон после рестарта"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidA)->local.name, QStringLiteral("Обзвон после рестарта"));

        clickCell(cell(kNameB, Model::Name));
        auto *title = formChild<QLineEdit>("titleEdit");
        QTest::mouseClick(title, Qt::LeftButton, {}, QPoint(5, title->height() / 2));
        retype(title, QStringLiteral("undone"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidB)->local.title(), QStringLiteral("undone"));
        press("undoAction", table());
        QTRY_COMPARE(stored(kUuidB)->local.title(), QStringLiteral("Ежедневная очистка"));

        press("newAction", table());
        QTRY_COMPARE(model()->rowCount(), 4);
        press("undoAction", table());
        QTRY_COMPARE(model()->rowCount(), 3);

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(ws->serviceTasks().count(true), 3);
        QCOMPARE(storedByUuid(*ws, kUuidA)->local.name, QStringLiteral("Обзвон после рестарта"));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.title(), QStringLiteral("Ежедневная очистка"));
        m_ws = std::move(ws);
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(cell(QStringLiteral("Обзвон после рестарта"), Model::Name).isValid());
        QVERIFY(!action("undoAction")->isEnabled());
    }
};

QTEST_MAIN(TestServiceTasksPageCommands)
#include "tst_servicetaskspage_commands.moc"
