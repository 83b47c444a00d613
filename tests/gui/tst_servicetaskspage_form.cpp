// The service task form: a start date shown in local time and stored in UTC, the hints
// of its editors, the sites' list editor, the periods editor that keeps unknown keys and
// unapplied edits, and an invalid value marked and stored as a draft.
// On the real MainWindow, offscreen; what counts is what the database then holds.
#include "ServiceTasksPageTest.h"

class TestServiceTasksPageForm : public ServiceTasksPageTest
{
    Q_OBJECT

    // Double-clicks the value of the period's key `key` in the keys table; its open
    // editor, or null when no row has that key or no editor opens.
    static QLineEdit *editValueOf(QTableWidget *keys, const QString &key)
    {
        for (int row = 0; row < keys->rowCount(); ++row) {
            if (keys->item(row, 0)->text() == key)
                return doubleClickItem(keys, keys->visualItemRect(keys->item(row, 1)));
        }
        return nullptr;
    }

private slots:
    // 5. A start date set in the form: local time shown, UTC stored.
    void startDateLocalShownUtcStored()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        // 2024-05-01T00:00:00Z is 07:00 in Novosibirsk.
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QStringLiteral("2024-05-01 07:00"));
        clickCell(cell(kNameC, Model::Name));
        auto *start = formChild<UtcDateTimeEdit>("startEdit");
        auto *box = start->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("2024-05-01 07:00:00"));
        QCOMPARE(start->dateTime(), QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC));

        // Type 2025-06-15 09:30:00 local, section by section, from the first one.
        box->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), box);
        type(box, QStringLiteral("20250615093000"));
        QCOMPARE(box->text(), QStringLiteral("2025-06-15 09:30:00"));
        QCOMPARE(undoStack()->count(), 0); // not on every keystroke
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(undoStack()->count(), 1);
        const auto record = stored(uuidC);
        QCOMPARE(record->local.dtStart.toUtc(), QDateTime(QDate(2025, 6, 15), QTime(2, 30), Qt::UTC));
        QCOMPARE(record->local.dtStart.toWire(), QStringLiteral("2025-06-15T02:30:00Z"));
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QStringLiteral("2025-06-15 09:30"));
        QCOMPARE(box->toolTip(), QStringLiteral("2025-06-15 02:30:00 UTC"));

        // "No date" empties it.
        auto *noDate = start->findChild<QCheckBox *>(QStringLiteral("noDateCheck"));
        clickCheckBox(noDate);
        QTRY_VERIFY(stored(uuidC)->local.dtStart.isEmpty());
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QString());
        press("undoAction", table());
        QTRY_COMPARE(stored(uuidC)->local.dtStart.toWire(), QStringLiteral("2025-06-15T02:30:00Z"));
        QCOMPARE(box->text(), QStringLiteral("2025-06-15 09:30:00"));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedByUuid(*ws, uuidC)->local.dtStart.toWire(), QStringLiteral("2025-06-15T02:30:00Z"));
    }

    // 5b. The same in a cell: the date editor opens in local time, Enter stores UTC and
    //     closes it.
    void startDateInCell()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        QWidget *editor = doubleClickToEdit(cell(kNameC, Model::Start));
        QVERIFY(editor);
        auto *box = qobject_cast<QDateTimeEdit *>(editor);
        QVERIFY2(box, editor->metaObject()->className());
        QCOMPARE(box->text(), QStringLiteral("2024-05-01 07:00:00"));
        box->setSelectedSection(QDateTimeEdit::HourSection);
        type(box, QStringLiteral("23"));
        QCOMPARE(box->text(), QStringLiteral("2024-05-01 23:00:00"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidC)->local.dtStart.toWire(), QStringLiteral("2024-05-01T16:00:00Z"));
        QCOMPARE(cell(kNameC, Model::Start).data().toString(), QStringLiteral("2024-05-01 23:00"));
        QCOMPARE(undoStack()->count(), 1);
        QTest::qWait(0);
        QVERIFY2(!cellEditor(), "Enter committed the date, but an editor is open on the cell again");
    }

    // 5c. The form's editors keep their own hints (the UTC value of a date, what a code
    //     combo accepts) when the record is valid.
    void formEditorsKeepTheirHints()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameC, Model::Name));
        QVERIFY(stored(uuidNamed(kNameC))->valid);
        const CodeComboBox reference(EnumCatalog::siteModes());
        QVERIFY(!reference.toolTip().isEmpty());
        QCOMPARE(formChild<CodeComboBox>("siteModeCombo")->toolTip(), reference.toolTip());
        QCOMPARE(formChild<UtcDateTimeEdit>("startEdit")->toolTip(), QStringLiteral("2024-05-01 00:00:00 UTC"));
    }

    // 6. Sites through the form's list editor and through the cell.
    void sitesThroughListEditor()
    {
        QVERIFY(openSeeded());
        const QString uuidC = uuidNamed(kNameC);
        clickCell(cell(kNameC, Model::Name));
        auto *sites = formChild<StringListEdit>("sitesEdit");
        QVERIFY(sites->isEnabled()); // "list" is not known to ignore the list
        QCOMPARE(sites->items(), QStringList({"SITE1", "SITE3"}));
        auto *list = sites->findChild<QListWidget *>(QStringLiteral("itemsList"));

        // Remove both, with the mouse and then with the Delete key.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        clickButton(sites->findChild<QToolButton *>(QStringLiteral("removeButton")));
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList{"SITE1"});
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList());
        QCOMPARE(undoStack()->count(), 2);

        // Add "A" with the button, "B" with Insert.
        clickButton(sites->findChild<QToolButton *>(QStringLiteral("addButton")));
        auto *itemEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(itemEditor && list->isAncestorOf(itemEditor));
        type(itemEditor, QStringLiteral("A"));
        QTest::keyClick(itemEditor, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList{"A"});
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_Insert);
        itemEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(itemEditor && list->isAncestorOf(itemEditor));
        type(itemEditor, QStringLiteral(" B "));
        QTest::keyClick(itemEditor, Qt::Key_Return);
        QTRY_COMPARE(stored(uuidC)->local.sites, QStringList({"A", "B"}));
        QCOMPARE(undoStack()->count(), 4);
        QCOMPARE(cell(kNameC, Model::Sites).data().toString(), QStringLiteral("A, B"));
        QCOMPARE(cell(kNameC, Model::Sites).data(Model::IssuesRole).toStringList(), QStringList());

        // The cell: a comma-separated line.
        QWidget *editor = doubleClickToEdit(cell(kNameB, Model::Sites));
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("SITE1, SITE2"));
        retype(line, QStringLiteral("SITE2,  SITE7 ,"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidB)->local.sites, QStringList({"SITE2", "SITE7"}));
        QCOMPARE(cell(kNameB, Model::Sites).data().toString(), QStringLiteral("SITE2, SITE7"));

        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedByUuid(*ws, uuidC)->local.sites, QStringList({"A", "B"}));
        QCOMPARE(storedByUuid(*ws, kUuidB)->local.sites, QStringList({"SITE2", "SITE7"}));
    }

    // 7. Periods: edit a key of an existing period (its unknown keys survive), add a
    //    period and give it a key and a value.
    void periodsEditorKeepsUnknownKeys()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameB, Model::Name));
        auto *periods = formChild<PeriodsEditor>("periodsEditor");
        QVERIFY(periods->isEnabled()); // "night-only" is not known to ignore periods
        auto *keys = periods->findChild<QTableWidget *>(QStringLiteral("keysTable"));
        auto *list = periods->findChild<QListWidget *>(QStringLiteral("periodsList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(keys->rowCount(), 4);

        // Edit "from".
        auto *valueEditor = editValueOf(keys, QStringLiteral("from"));
        QVERIFY(valueEditor);
        QCOMPARE(valueEditor->text(), QStringLiteral("08:00"));
        retype(valueEditor, QStringLiteral("09:00"));
        QTest::keyClick(valueEditor, Qt::Key_Return);
        const QJsonObject edited{{"day", "mon"}, {"from", "09:00"}, {"to", "17:00"}, {"tz", "Europe/Moscow"}};
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray{edited});
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit periods"));

        // A new period, then a key and a value in it.
        clickButton(periods->findChild<QToolButton *>(QStringLiteral("addPeriodButton")));
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, QJsonObject()}));
        QCOMPARE(list->currentRow(), 1);
        clickButton(periods->findChild<QToolButton *>(QStringLiteral("addKeyButton")));
        auto *keyEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(keyEditor && keys->isAncestorOf(keyEditor));
        type(keyEditor, QStringLiteral("day"));
        QTest::keyClick(keyEditor, Qt::Key_Return);
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, QJsonObject{{"day", ""}}}));
        QCOMPARE(keys->rowCount(), 1);
        valueEditor = doubleClickItem(keys, keys->visualItemRect(keys->item(0, 1)));
        QVERIFY(valueEditor);
        type(valueEditor, QStringLiteral("tue"));
        QTest::keyClick(valueEditor, Qt::Key_Return);
        const QJsonObject added{{"day", "tue"}};
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, added}));
        QCOMPARE(undoStack()->count(), 4);
        // The raw JSON view shows the whole array, unknown key included.
        const QString json = periods->findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"))->toPlainText();
        QVERIFY2(json.contains(QLatin1String("Europe/Moscow")) && json.contains(QLatin1String("tue")), qPrintable(json));

        // Undo the value: the form's editor follows the store.
        press("undoAction", table());
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, QJsonObject{{"day", ""}}}));
        QCOMPARE(periods->periods(), QJsonArray({edited, QJsonObject{{"day", ""}}}));
        press("redoAction", table());
        QTRY_COMPARE(stored(kUuidB)->local.periods, QJsonArray({edited, added}));

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedByUuid(*ws, kUuidB);
        QCOMPARE(record->local.periods, QJsonArray({edited, added}));
        // Other unknown data of B is untouched.
        QCOMPARE(record->local.opts.value(QStringLiteral("color")).toString(), QStringLiteral("#ff0000"));
        QVERIFY(record->local.extra.contains(QStringLiteral("priorityHint")));
    }

    // 7b. What is typed in the form and not applied yet is not dropped when the form
    //     moves to another record: an open cell editor of the periods table is
    //     committed, edited raw JSON is applied when the operator says so.
    void unappliedPeriodEditsSurviveARecordChange()
    {
        QVERIFY(openSeeded());
        clickCell(cell(kNameB, Model::Name));
        auto *periods = formChild<PeriodsEditor>("periodsEditor");
        auto *keys = periods->findChild<QTableWidget *>(QStringLiteral("keysTable"));
        auto *valueEditor = editValueOf(keys, QStringLiteral("from"));
        QVERIFY(valueEditor);
        retype(valueEditor, QStringLiteral("09:00"));
        // The editor is still open when New moves the form to another record.
        press("newAction", valueEditor);
        QTRY_COMPARE(model()->rowCount(), 4);
        const QJsonObject edited{{"day", "mon"}, {"from", "09:00"}, {"to", "17:00"}, {"tz", "Europe/Moscow"}};
        QCOMPARE(stored(kUuidB)->local.periods, QJsonArray{edited});
        QVERIFY(m_asked.isEmpty());

        // Raw JSON edited, not applied: asked; "yes" applies it to the record it was typed for.
        clickCell(cell(kNameB, Model::Name));
        auto *json = periods->findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"));
        json->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(json->hasFocus());
        QTest::keyClick(json, Qt::Key_A, Qt::ControlModifier);
        type(json, QStringLiteral("[{\"day\": \"sun\"}]"));
        m_answer = true;
        clickCell(cell(kNameA, Model::Name));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(kNameB), qPrintable(m_asked.first()));
        QCOMPARE(stored(kUuidB)->local.periods, QJsonArray({QJsonObject{{"day", "sun"}}}));
        QCOMPARE(form()->currentId(), store().localIdForUuid(kUuidA));
    }

    // 8. An invalid value is marked on the cell and in the form, and saved as a draft.
    void invalidNameIsMarkedAndStoredAsDraft()
    {
        QVERIFY(openSeeded());
        const QModelIndex name = cell(kNameA, Model::Name);
        QVERIFY(name.data(Model::IssuesRole).toStringList().isEmpty());
        auto *summary = formChild<QLabel>("validationSummary");

        clickCell(name);
        QVERIFY(!summary->isVisible());
        QTest::keyClick(table(), Qt::Key_F2);
        QWidget *editor = cellEditor();
        QVERIFY(editor);
        retype(editor, QString());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!model()->index(name.row(), Model::Name).data(Model::IssuesRole).toStringList().isEmpty());
        const QStringList issues = model()->index(name.row(), Model::Name).data(Model::IssuesRole).toStringList();
        QVERIFY2(issues.join(' ').contains(QLatin1String("name"), Qt::CaseInsensitive), qPrintable(issues.join(' ')));
        QVERIFY(model()->index(name.row(), Model::Name).data(Qt::ToolTipRole).toString().contains(issues.first()));
        QVERIFY(model()->index(name.row(), Model::ScriptCode).data(Model::IssuesRole).toStringList().isEmpty());
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(issues.first()), qPrintable(summary->text()));
        QVERIFY(formChild<QLineEdit>("nameEdit")->property("invalid").toBool());
        auto record = stored(kUuidA);
        QCOMPARE(record->local.name, QString());
        QVERIFY(!record->valid);

        // Undo makes it valid again.
        press("undoAction", table());
        QTRY_VERIFY(stored(kUuidA)->valid);
        QVERIFY(!summary->isVisible());
        QVERIFY(!formChild<QLineEdit>("nameEdit")->property("invalid").toBool());

        // Cleared in the form: the same.
        auto *nameEdit = formChild<QLineEdit>("nameEdit");
        QTest::mouseClick(nameEdit, Qt::LeftButton, {}, QPoint(5, nameEdit->height() / 2));
        retype(nameEdit, QStringLiteral("   "));
        QTest::keyClick(nameEdit, Qt::Key_Tab);
        QTRY_VERIFY(!stored(kUuidA)->valid);
        QVERIFY(summary->isVisible());
        QVERIFY(!cell(QStringLiteral("   "), Model::Name).data(Model::IssuesRole).toStringList().isEmpty());
        QVERIFY(!cell(QStringLiteral("   "), Model::Name).data(Model::RecordIssuesRole).toStringList().isEmpty());

        auto ws = reopen();
        QVERIFY(ws);
        record = storedByUuid(*ws, kUuidA);
        QVERIFY(record);
        QCOMPARE(record->local.name, QStringLiteral("   "));
        QVERIFY(!record->valid);
        QCOMPARE(record->state, SyncState::New);
        QCOMPARE(ws->serviceTasks().count(), 3);
    }
};

QTEST_MAIN(TestServiceTasksPageForm)
#include "tst_servicetaskspage_form.moc"
