// The periods editor of the service task form driven offscreen as a user would: its
// table, list and JSON views of one value, edits kept for what they do not touch.
#include "WidgetsTest.h"

namespace {

// A PeriodsEditor in a window of its own, and its named parts.
struct ShownPeriods : HostOf<PeriodsEditor>
{
    ShownPeriods() : HostOf(kHostSize) {}
    bool complete() const
    {
        return table && list && json && addKey && removeKey && addPeriod && removePeriod && apply
            && revert && jsonError && message;
    }

    QTableWidget *const table = child<QTableWidget>("keysTable");
    QListWidget *const list = child<QListWidget>("periodsList");
    QPlainTextEdit *const json = child<QPlainTextEdit>("jsonEdit");
    QToolButton *const addKey = child<QToolButton>("addKeyButton");
    QToolButton *const removeKey = child<QToolButton>("removeKeyButton");
    QToolButton *const addPeriod = child<QToolButton>("addPeriodButton");
    QToolButton *const removePeriod = child<QToolButton>("removePeriodButton");
    QPushButton *const apply = child<QPushButton>("applyJsonButton");
    QPushButton *const revert = child<QPushButton>("revertJsonButton");
    QLabel *const jsonError = child<QLabel>("jsonErrorLabel");
    QLabel *const message = child<QLabel>("messageLabel");
};

// Opens the editor of a table cell with F2, as a keyboard user does, and types.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    typeAndEnter(text);
}

int rowOfKey(const QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == key)
            return row;
    }
    return -1;
}

QJsonArray jsonArray(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestWidgetsPeriods : public WidgetsTest
{
    Q_OBJECT

private slots:
    void periodsShowsEveryItem()
    {
        PeriodsEditor editor;
        auto *list = child<QListWidget>(&editor, "periodsList");
        auto *table = child<QTableWidget>(&editor, "keysTable");
        auto *json = child<QPlainTextEdit>(&editor, "jsonEdit");
        auto *addKey = child<QToolButton>(&editor, "addKeyButton");
        QVERIFY(list && table && json && addKey);
        QSignalSpy edited(&editor, &PeriodsEditor::periodsEdited);
        QCOMPARE(editor.metaObject()->userProperty().name(), "periods");

        const QJsonArray periods = jsonArray(
            R"([{"day":"mon","from":"08:00","to":"17:00"}, {}, 42, "raw", {"n":1.5,"on":true,"x":null,"o":{"a":[1,2]}}])");
        editor.setPeriods(periods);
        QCOMPARE(editor.periods(), periods);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(list->count(), 5);
        QCOMPARE(list->item(0)->text(), QStringLiteral("day=mon, from=08:00, to=17:00"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Period 2 (empty)"));
        QCOMPARE(list->item(2)->text(), QStringLiteral("42"));
        QCOMPARE(list->item(3)->text(), QStringLiteral("\"raw\""));
        QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).array(), periods);
        QVERIFY(json->font().fixedPitch());

        // The first item is selected; strings plain, other values as JSON.
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Key"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Value"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("from")), 1)->text(), QStringLiteral("08:00"));
        list->setCurrentRow(4);
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("n")), 1)->text(), QStringLiteral("1.5"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("on")), 1)->text(), QStringLiteral("true"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("x")), 1)->text(), QStringLiteral("null"));
        QCOMPARE(table->item(rowOfKey(table, QStringLiteral("o")), 1)->text(), QStringLiteral("{\"a\":[1,2]}"));

        // Items that are not objects are listed, not key-edited.
        list->setCurrentRow(2);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!table->isEnabled());
        QVERIFY(!addKey->isEnabled());
        QVERIFY(!child<QLabel>(&editor, "itemNoteLabel")->isHidden());
        list->setCurrentRow(1);
        QVERIFY(table->isEnabled());
        QVERIFY(addKey->isEnabled());
        QCOMPARE(edited.count(), 0);
    }

    void periodsValueFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("text") << QStringLiteral("mon") << QJsonValue(QStringLiteral("mon"));
        QTest::newRow("time") << QStringLiteral("08:00") << QJsonValue(QStringLiteral("08:00"));
        QTest::newRow("int") << QStringLiteral("12") << QJsonValue(12);
        QTest::newRow("double") << QStringLiteral(" 1.5 ") << QJsonValue(1.5);
        QTest::newRow("true") << QStringLiteral("true") << QJsonValue(true);
        QTest::newRow("false") << QStringLiteral("false") << QJsonValue(false);
        QTest::newRow("null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("array") << QStringLiteral("[1, \"a\"]") << QJsonValue(QJsonArray{1, QStringLiteral("a")});
        QTest::newRow("object") << QStringLiteral("{\"a\": 1}") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
        QTest::newRow("quoted stays text") << QStringLiteral("\"q\"") << QJsonValue(QStringLiteral("\"q\""));
        QTest::newRow("broken object") << QStringLiteral("{bad") << QJsonValue(QStringLiteral("{bad"));
        QTest::newRow("two values") << QStringLiteral("1, 2") << QJsonValue(QStringLiteral("1, 2"));
        QTest::newRow("bracket trick") << QStringLiteral("1],[2") << QJsonValue(QStringLiteral("1],[2"));
        QTest::newRow("empty") << QString() << QJsonValue(QString());
        QTest::newRow("True is text") << QStringLiteral("True") << QJsonValue(QStringLiteral("True"));
    }

    void periodsValueFromText()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, value);
        const QJsonValue parsed = PeriodsEditor::valueFromText(text);
        QCOMPARE(parsed.type(), value.type());
        QCOMPARE(parsed, value);
    }

    void periodsEditValuesKeepsTheRest()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        editor->setPeriods(jsonArray(R"([{"day":"mon","from":"08:00","x-unknown":{"a":[1,2]}}, 42, "raw"])"));
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);

        editCell(p.table, rowOfKey(p.table, QStringLiteral("from")), 1, QStringLiteral("09:30"));
        QCOMPARE(edited.count(), 1);
        const QJsonArray expected = jsonArray(
            R"([{"day":"mon","from":"09:30","x-unknown":{"a":[1,2]}}, 42, "raw"])");
        QCOMPARE(edited.at(0).at(0).toJsonArray(), expected);
        QCOMPARE(editor->periods(), expected);
        QVERIFY(p.list->item(0)->text().contains(QLatin1String("from=09:30")));
        QCOMPARE(QJsonDocument::fromJson(p.json->toPlainText().toUtf8()).array(), expected);

        // A JSON literal becomes JSON; anything else stays text.
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("3"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")), QJsonValue(3));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("[1,true]"));
        QCOMPARE(edited.count(), 3);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")),
                 QJsonValue(QJsonArray{1, true}));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("{oops"));
        QCOMPARE(edited.count(), 4);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")),
                 QJsonValue(QStringLiteral("{oops")));
        // Typing the same value again is no change.
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("{oops"));
        QCOMPARE(edited.count(), 4);

        const QJsonArray after = editor->periods();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("x-unknown")),
                 QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}));
        QCOMPARE(after.at(1), QJsonValue(42));
        QCOMPARE(after.at(2), QJsonValue(QStringLiteral("raw")));
    }

    void periodsRenameKeys()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        const QJsonArray original = jsonArray(R"([{"day":"mon","to":"17:00","zz":[1]}, 7])");
        editor->setPeriods(original);
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);

        editCell(p.table, rowOfKey(p.table, QStringLiteral("to")), 0, QStringLiteral("until"));
        QCOMPARE(edited.count(), 1);
        const QJsonArray renamed = jsonArray(R"([{"day":"mon","until":"17:00","zz":[1]}, 7])");
        QCOMPARE(editor->periods(), renamed);
        QVERIFY(p.message->isHidden());

        // A duplicate name is refused, visibly, and the old one kept.
        const int untilRow = rowOfKey(p.table, QStringLiteral("until"));
        editCell(p.table, untilRow, 0, QStringLiteral("day"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(editor->periods(), renamed);
        QCOMPARE(p.table->item(untilRow, 0)->text(), QStringLiteral("until"));
        QVERIFY(!p.message->isHidden());
        QVERIFY2(p.message->text().contains(QLatin1String("day")), qPrintable(p.message->text()));

        // So is an empty one.
        editCell(p.table, untilRow, 0, QStringLiteral("  "));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(p.table->item(untilRow, 0)->text(), QStringLiteral("until"));
        QVERIFY(!p.message->isHidden());

        // The value travels with the key, whatever its type.
        editCell(p.table, rowOfKey(p.table, QStringLiteral("zz")), 0, QStringLiteral("list"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("list")), QJsonValue(QJsonArray{1}));
        QVERIFY(p.message->isHidden());
        QCOMPARE(editor->periods().at(1), QJsonValue(7));
    }

    void periodsAddRemoveKeysAndPeriods()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        editor->setPeriods(jsonArray(R"([{"day":"mon","k":{"deep":[null]}}, "raw"])"));
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);

        // A new key joins once it is named; cancelling leaves nothing behind.
        QTest::mouseClick(p.addKey, Qt::LeftButton);
        QCOMPARE(p.table->rowCount(), 3);
        QVERIFY(focusedLineEdit());
        QTest::keyClick(focusedLineEdit(), Qt::Key_Escape);
        QCOMPARE(p.table->rowCount(), 2);
        QCOMPARE(edited.count(), 0);

        QTest::mouseClick(p.addKey, Qt::LeftButton);
        typeAndEnter(QStringLiteral("note"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("note")), QJsonValue(QString()));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("note")), 1, QStringLiteral("night shift"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("note")),
                 QJsonValue(QStringLiteral("night shift")));

        // A new key may not take an existing name.
        QTest::mouseClick(p.addKey, Qt::LeftButton);
        typeAndEnter(QStringLiteral("day"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(p.table->rowCount(), 3);
        QVERIFY(!child<QLabel>(editor, "messageLabel")->isHidden());

        // Remove a key with the button, another with Delete.
        p.table->setCurrentCell(rowOfKey(p.table, QStringLiteral("note")), 0);
        QTest::mouseClick(p.removeKey, Qt::LeftButton);
        QCOMPARE(edited.count(), 3);
        QVERIFY(!editor->periods().at(0).toObject().contains(QStringLiteral("note")));
        p.table->setFocus();
        p.table->setCurrentCell(rowOfKey(p.table, QStringLiteral("day")), 0);
        QTest::keyClick(p.table, Qt::Key_Delete);
        QCOMPARE(edited.count(), 4);
        QCOMPARE(editor->periods(), jsonArray(R"([{"k":{"deep":[null]}}, "raw"])"));

        // Periods: add an empty one (selected), remove one.
        QTest::mouseClick(p.addPeriod, Qt::LeftButton);
        QCOMPARE(edited.count(), 5);
        QCOMPARE(editor->periods(), jsonArray(R"([{"k":{"deep":[null]}}, "raw", {}])"));
        QCOMPARE(p.list->currentRow(), 2);
        QCOMPARE(p.list->item(2)->text(), QStringLiteral("Period 3 (empty)"));
        p.list->setCurrentRow(0);
        QTest::mouseClick(p.removePeriod, Qt::LeftButton);
        QCOMPARE(edited.count(), 6);
        QCOMPARE(editor->periods(), jsonArray(R"(["raw", {}])"));
        p.list->setFocus();
        p.list->setCurrentRow(0);
        QTest::keyClick(p.list, Qt::Key_Delete);
        QCOMPARE(edited.count(), 7);
        QCOMPARE(editor->periods(), jsonArray(R"([{}])"));
        QTest::keyClick(p.list, Qt::Key_Insert);
        QCOMPARE(edited.count(), 8);
        QCOMPARE(editor->periods(), jsonArray(R"([{}, {}])"));
    }

    void periodsApplyJson()
    {
        ShownPeriods p;
        QVERIFY(p.complete() && p.show());
        PeriodsEditor *editor = p.widget;
        const QJsonArray original = jsonArray(R"([{"day":"mon"}])");
        editor->setPeriods(original);
        QSignalSpy edited(editor, &PeriodsEditor::periodsEdited);
        QVERIFY(p.jsonError->isHidden());

        // Invalid JSON: the place is shown, nothing changes.
        p.json->setFocus();
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("["));
        QTest::keyClick(p.json, Qt::Key_Return);
        QTest::keyClicks(p.json, QStringLiteral("  {\"a\": 1,}"));
        QTest::keyClick(p.json, Qt::Key_Return);
        QTest::keyClicks(p.json, QStringLiteral("]"));
        QVERIFY(p.revert->isEnabled());
        QTest::mouseClick(p.apply, Qt::LeftButton);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(editor->periods(), original);
        QVERIFY(!p.jsonError->isHidden());
        QVERIFY2(p.jsonError->text().startsWith(QLatin1String("Line 2, column ")), qPrintable(p.jsonError->text()));
        QVERIFY(p.jsonError->styleSheet().contains(QLatin1String("color")));

        // Valid JSON but not an array.
        p.json->setFocus();
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("{\"a\": 1}"));
        QTest::keyClick(p.json, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edited.count(), 0);
        QVERIFY(!p.jsonError->isHidden());
        QCOMPARE(editor->periods(), original);

        // A valid array replaces everything, non-objects included (Ctrl+Return).
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("[{\"day\": \"tue\", \"q\": {\"z\": 1}}, [1, 2], null]"));
        QTest::keyClick(p.json, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edited.count(), 1);
        const QJsonArray applied = jsonArray(R"([{"day":"tue","q":{"z":1}}, [1,2], null])");
        QCOMPARE(edited.at(0).at(0).toJsonArray(), applied);
        QCOMPARE(editor->periods(), applied);
        QVERIFY(p.jsonError->isHidden());
        QCOMPARE(p.list->count(), 3);
        QCOMPARE(p.list->item(1)->text(), QStringLiteral("[1,2]"));
        QCOMPARE(p.list->item(2)->text(), QStringLiteral("null"));
        QCOMPARE(p.table->item(rowOfKey(p.table, QStringLiteral("day")), 1)->text(), QStringLiteral("tue"));
        QVERIFY(!p.revert->isEnabled());

        // The same array again (other spacing) is no change.
        p.json->setFocus();
        QTest::keyClick(p.json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(p.json, QStringLiteral("[{\"q\":{\"z\":1},\"day\":\"tue\"},[1,2],null]"));
        QTest::mouseClick(p.apply, Qt::LeftButton);
        QCOMPARE(edited.count(), 1);

        // Unapplied text is kept over structured edits, and Revert throws it away.
        p.json->setFocus();
        QTest::keyClicks(p.json, QStringLiteral("junk"));
        editCell(p.table, rowOfKey(p.table, QStringLiteral("day")), 1, QStringLiteral("wed"));
        QCOMPARE(edited.count(), 2);
        QVERIFY(p.json->toPlainText().contains(QLatin1String("junk")));
        QTest::mouseClick(p.revert, Qt::LeftButton);
        QCOMPARE(QJsonDocument::fromJson(p.json->toPlainText().toUtf8()).array(), editor->periods());
        QCOMPARE(editor->periods().at(0).toObject().value(QStringLiteral("day")), QJsonValue(QStringLiteral("wed")));
        QCOMPARE(editor->periods().at(1), QJsonValue(QJsonArray{1, 2}));
        QCOMPARE(editor->periods().at(2), QJsonValue(QJsonValue::Null));
        QCOMPARE(edited.count(), 2);
    }

    void periodsProgrammaticSetIsSilent()
    {
        PeriodsEditor editor;
        QSignalSpy edited(&editor, &PeriodsEditor::periodsEdited);
        const QJsonArray periods = jsonArray(R"([{"a":1}, 2])");
        editor.setPeriods(periods);
        editor.setProperty("periods", QJsonArray());
        QCOMPARE(editor.periods(), QJsonArray());
        editor.setPeriods(periods);
        QCOMPARE(editor.property("periods").toJsonArray(), periods);
        QCOMPARE(edited.count(), 0);
    }
};

QTEST_MAIN(TestWidgetsPeriods)
#include "tst_widgets_periods.moc"
