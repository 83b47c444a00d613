// The task series form: typed text kept across New, unknown codes kept and invalid values
// stored as drafts, the recurrence editor, the mouse wheel, the form following the
// highlighted series and scrolled to the name for a new one.
// On the real MainWindow, offscreen; what counts is what the database then holds.
#include "SeriesPageTest.h"

class TestSeriesPageForm : public SeriesPageTest
{
    Q_OBJECT

private slots:
    // 4c. A name typed without Enter, then New: the first series keeps what was typed.
    void typedNameSurvivesNew()
    {
        QVERIFY(newDatabase(false));
        QVERIFY(openWindow());
        DO(goToSeriesByClick());
        auto *name = formChild<QLineEdit>("seriesNameEdit");
        DO(press("newAction", table()));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        const qint64 first = page()->selectedIds().value(0);
        retype(name, QStringLiteral("first"));
        DO(press("newAction", name));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        QCOMPARE(name->text(), QStringLiteral("New series"));
        retype(name, QStringLiteral("second"));
        QTest::keyClick(name, Qt::Key_Return);
        const qint64 second = page()->selectedIds().value(0);
        QVERIFY(second != first);
        QTRY_COMPARE(store().get(second)->local.name, QStringLiteral("second"));
        QCOMPARE(store().get(first)->local.name, QStringLiteral("first"));
    }

    // 5. Codes the app does not know, an empty description, an invalid assignee: kept,
    //    null, and a draft that says why.
    void formKeepsCodesAndMarksDrafts()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        QCOMPARE(page()->tabs()->currentWidget(), static_cast<QWidget *>(page()->form()));

        auto *priority = formChild<CodeComboBox>("priorityCombo");
        QCOMPARE(priority->code(), QStringLiteral("MAJOR"));
        DO(clickInto(priority->lineEdit()));
        retype(priority->lineEdit(), QStringLiteral("URGENT"));
        QTest::keyClick(priority->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(stored()->local.priority, QStringLiteral("URGENT"));
        const QModelIndex cell = tableModel()->index(rowNamed(QStringLiteral("task 1")), TaskSeriesTableModel::Priority);
        QCOMPARE(cell.data().toString(), QStringLiteral("URGENT"));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(priority->currentText(), QStringLiteral("URGENT"));
        QVERIFY(stored()->valid);

        // Empty description: null.
        auto *description = formChild<QPlainTextEdit>("descriptionEdit");
        DO(clickInto(description));
        type(description, QStringLiteral("night round"));
        QTest::keyClick(description, Qt::Key_Tab);
        QTRY_COMPARE(stored()->local.description, std::optional<QString>(QStringLiteral("night round")));
        DO(clickInto(description));
        retype(description, QString());
        QTest::keyClick(description, Qt::Key_Tab);
        QTRY_VERIFY(!stored()->local.description.has_value());
        QVERIFY(TaskSeriesCodec::encode(stored()->local).value(QStringLiteral("description")).isNull());

        // An assignee that is not a UUID: shown in the summary, stored as a draft.
        auto *summary = formChild<QLabel>("seriesValidationSummary");
        QVERIFY(!summary->isVisible());
        DO(addListItem(formChild<StringListEdit>("assigneesEdit"), QStringLiteral("ivanov")));
        QTRY_COMPARE(stored()->local.assigneeIds, QStringList({kAssignee, QStringLiteral("ivanov")}));
        QVERIFY(!stored()->valid);
        QTRY_VERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QLatin1String("ivanov")) && summary->text().contains(QLatin1String("UUID")),
                 qPrintable(summary->text()));
        QVERIFY(!formChild<StringListEdit>("assigneesEdit")->toolTip().isEmpty());
        const QModelIndex name = tableModel()->index(rowNamed(QStringLiteral("task 1")), TaskSeriesTableModel::Name);
        QVERIFY(!name.data(TaskSeriesTableModel::RecordIssuesRole).toStringList().isEmpty());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("ivanov")));

        auto ws = reopen();
        QVERIFY(ws);
        const auto record = storedNamed(*ws, QStringLiteral("task 1"));
        QVERIFY(record);
        QVERIFY(!record->valid);
        QCOMPARE(record->local.priority, QStringLiteral("URGENT"));
        QVERIFY(!record->local.description);
        QCOMPARE(record->local.assigneeIds.size(), 2);
    }

    // 6. The recurrence editor writes recurrence.rule.
    void recurrenceEditorSetsTheRule()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        auto *recurrence = formChild<RecurrenceEditor>("recurrenceEditor");
        QVERIFY(recurrence);
        QCOMPARE(recurrence->rule(), QString());
        auto *ruleEdit = recurrence->findChild<QLineEdit *>(QStringLiteral("ruleEdit"));
        recurrence->setReferenceTime(QDateTime(QDate(2023, 3, 1), QTime(0, 0), Qt::UTC));
        DO(clickInto(ruleEdit));
        type(ruleEdit, QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QTest::keyClick(ruleEdit, Qt::Key_Return);
        QTRY_COMPARE(stored()->local.recurrence.value(QStringLiteral("rule")).toString(),
                     QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(stored()->local.recurrenceRule(), QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit recurrence"));
        auto *frequency = recurrence->findChild<QComboBox *>(QStringLiteral("frequencyCombo"));
        QCOMPARE(frequency->currentText(), QStringLiteral("Daily"));
        auto *occurrences = recurrence->findChild<QListWidget *>(QStringLiteral("occurrencesList"));
        QTRY_COMPARE(occurrences->count(), 4); // 6th to 9th March at 18:00 UTC

        // Weekly picked in the combo: the rule follows; the end date is kept.
        frequency->setFocus(Qt::TabFocusReason);
        QTest::keyClick(frequency, Qt::Key_Down);
        QCOMPARE(frequency->currentText(), QStringLiteral("Weekly"));
        QTRY_VERIFY(stored()->local.recurrenceRule().startsWith(QLatin1String("FREQ=WEEKLY")));
        QVERIFY2(stored()->local.recurrenceRule().contains(QLatin1String("UNTIL=20230309T210000Z")),
                 qPrintable(stored()->local.recurrenceRule()));
        DO(press("undoAction", table()));
        QTRY_COMPARE(stored()->local.recurrenceRule(), QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(recurrence->rule(), QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        QCOMPARE(frequency->currentText(), QStringLiteral("Daily"));

        const QJsonObject exported = exportedSeries(QStringLiteral("task 1"));
        QCOMPARE(exported.value(QStringLiteral("recurrence")).toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
        auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(storedNamed(*ws, QStringLiteral("task 1"))->local.recurrenceRule(),
                 QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"));
    }

    // 6b. The wheel over a field of the form the operator is not in changes nothing
    //     (a start year moved by ten was saved before); focused, the field takes it.
    void wheelChangesOnlyTheFocusedField()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        const TaskSeries before = stored()->local;
        auto *start = formChild<UtcDateTimeEdit>("seriesStartEdit")->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
        auto *priority = formChild<CodeComboBox>("priorityCombo");
        auto *recurrence = formChild<RecurrenceEditor>("recurrenceEditor");
        auto *frequency = recurrence->findChild<QComboBox *>(QStringLiteral("frequencyCombo"));
        QVERIFY(start && priority && frequency);
        start->setCurrentSection(QDateTimeEdit::YearSection);
        const QDateTime startShown = start->dateTime();
        const QString priorityShown = priority->currentText();
        const QString frequencyShown = frequency->currentText();
        for (QWidget *field : QList<QWidget *>{start, priority, frequency}) {
            QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
            for (int i = 0; i < 10; ++i)
                wheel(field, 1);
            QVERIFY2(!field->hasFocus(), qPrintable(field->objectName()));
        }
        QCOMPARE(start->dateTime(), startShown);
        QCOMPARE(priority->currentText(), priorityShown);
        QCOMPARE(frequency->currentText(), frequencyShown);
        QCOMPARE(undoStack()->count(), 0);
        QVERIFY(stored()->local == before);

        // In focus, the wheel is the field's own.
        priority->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(priority->hasFocus());
        wheel(priority, -1);
        if (priority->currentText() == priorityShown) // at the end of the list: the other way
            wheel(priority, 1);
        QVERIFY(priority->currentText() != priorityShown);
    }

    // 7b. One current record: after Ctrl+End moved the keyboard cursor without
    //     selecting, the form and the steps show the highlighted series, the one Delete
    //     asks about; after the delete nothing is selected and the form is empty, with
    //     no hint that looks like a value.
    void formFollowsTheHighlightedSeries()
    {
        QVERIFY(openSeeded());
        DO(clickSeries(QStringLiteral("task 1")));
        DO(press("duplicateAction", table()));
        QTRY_COMPARE(tableModel()->rowCount(), 2);
        const QString first = tableModel()->index(0, TaskSeriesTableModel::Name).data().toString();
        const qint64 firstId = tableModel()->localIdAt(0);
        DO(clickSeries(first));
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table()->currentIndex().row(), 1);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{firstId});
        QCOMPARE(formChild<QLineEdit>("seriesNameEdit")->text(), first);
        QCOMPARE(steps()->seriesLocalId(), std::optional<qint64>(firstId));

        m_answer = true;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(first), qPrintable(m_asked.first()));
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QVERIFY(page()->selectedIds().isEmpty());
        QVERIFY(!action("deleteAction")->isEnabled());
        QVERIFY(!action("duplicateAction")->isEnabled());
        QVERIFY2(!formChild<QWidget>("seriesFormFields")->isVisible(), "the empty form still shows fields");
        QCOMPARE(steps()->seriesLocalId(), std::nullopt);

        auto *location = formChild<QLineEdit>("locationEdit");
        QVERIFY2(QUuid::fromString(location->placeholderText()).isNull(), qPrintable(location->placeholderText()));
    }

    // 7c. New shows the Details tab scrolled to the name it puts the cursor in.
    void newScrollsTheFormToTheName()
    {
        QVERIFY(openSeeded());
        // A form taller than its room, at a width the window supports (1024 px and up; the
        // offscreen screen is narrower, and the first start fits the window to it).
        m_window->resize(1280, 320);
        DO(clickSeries(QStringLiteral("task 1")));
        auto *scroll = page()->form()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        auto *name = formChild<QLineEdit>("seriesNameEdit");
        QVERIFY(name->visibleRegion().isEmpty());
        DO(press("newAction", table()));
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTRY_VERIFY2(!name->visibleRegion().isEmpty(), "the focused name is scrolled out of sight");
        const QRect inViewport(name->mapTo(scroll->viewport(), QPoint(0, 0)), name->size());
        QVERIFY(scroll->viewport()->rect().contains(inViewport));
    }
};

QTEST_MAIN(TestSeriesPageForm)
#include "tst_seriespage_form.moc"
