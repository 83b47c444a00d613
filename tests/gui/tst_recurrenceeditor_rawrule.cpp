// The RecurrenceEditor's raw rule driven offscreen as a user would: a rule typed that is
// refused, applied when the focus leaves, rules the controls cannot show, and a given
// rule that is not valid.
#include "RecurrenceEditorTest.h"

using namespace RecurrenceTest;

class TestRecurrenceEditorRawRule : public RecurrenceEditorTest
{
    Q_OBJECT

private slots:
    void editorInvalidRawRule();
    void editorRawRuleOnFocusOut();
    void editorNonSimpleRule();
    void editorInvalidGivenRule();
};

void TestRecurrenceEditorRawRule::editorInvalidRawRule()
{
    Host host;
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY"), QString());
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *edit = host.child<QLineEdit>("ruleEdit");
    auto *error = host.child<QLabel>("errorLabel");

    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("FREQ=SOMETIMES"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Unknown frequency \"SOMETIMES\"")),
             qPrintable(error->text()));
    QVERIFY(host.editor->hasError());
    QCOMPARE(host.editor->rule(), QStringLiteral("FREQ=DAILY"));
    QCOMPARE(edit->text(), QStringLiteral("FREQ=SOMETIMES")); // kept for fixing
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Daily"));

    // Leaving the field does not commit it either.
    host.outside->setFocus();
    QTRY_VERIFY(host.outside->hasFocus());
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->isVisible());

    // Fixed: one signal, the error goes, the controls follow.
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("freq=daily;count=3"));
    QVERIFY(!error->isVisible()); // valid again while typing
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=DAILY;COUNT=3"));
    QCOMPARE(edit->text(), QStringLiteral("FREQ=DAILY;COUNT=3"));
    QVERIFY(!error->isVisible());
    QCOMPARE(host.child<QComboBox>("endCombo")->currentText(), QStringLiteral("After"));
    QCOMPARE(host.child<QSpinBox>("countSpin")->value(), 3);

    // The same rule written differently is no change.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("RRULE:FREQ=DAILY;COUNT=3"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(edit->text(), QStringLiteral("FREQ=DAILY;COUNT=3"));

    // An empty field means "does not repeat".
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), (QList<QVariant>{QString(), QString()}));
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Does not repeat"));

    // A refused text is replaced when the controls change the rule.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("FREQ=WEEKLY;BYMONTHDAY=3"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->text().contains(QStringLiteral("cannot be used together")));
    auto *combo = host.child<QComboBox>("frequencyCombo");
    QVERIFY(pick(combo, QStringLiteral("Yearly")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=YEARLY"));
    QCOMPARE(edit->text(), QStringLiteral("FREQ=YEARLY"));
    QVERIFY(!error->isVisible());
}

void TestRecurrenceEditorRawRule::editorRawRuleOnFocusOut()
{
    Host host;
    QVERIFY(host.show());
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *edit = host.child<QLineEdit>("ruleEdit");
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("FREQ=MONTHLY;INTERVAL=2"));
    QCOMPARE(spy.count(), 0);
    host.outside->setFocus();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=MONTHLY;INTERVAL=2"));
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Monthly"));
    QCOMPARE(host.child<QSpinBox>("intervalSpin")->value(), 2);
}

void TestRecurrenceEditorRawRule::editorNonSimpleRule()
{
    Host host;
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    const QString rule = QStringLiteral("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR;INTERVAL=2");
    host.editor->setRecurrence(rule, QString());
    QVERIFY(host.show());

    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Custom rule"));
    QVERIFY(host.child<QComboBox>("frequencyCombo")->isEnabled());
    for (const char *name : {"intervalSpin", "endCombo", "countSpin", "untilEdit"})
        QVERIFY2(!host.child<QWidget>(name)->isEnabled(), name);
    QCOMPARE(host.child<QSpinBox>("intervalSpin")->value(), 2);
    auto *edit = host.child<QLineEdit>("ruleEdit");
    QCOMPARE(edit->text(), rule);
    QVERIFY(edit->isEnabled());
    QVERIFY(!edit->isReadOnly());
    QVERIFY(host.child<QLabel>("customNoteLabel")->isVisible());
    QVERIFY(host.child<QLabel>("customNoteLabel")->text().contains(QStringLiteral("only be edited as text")));
    QVERIFY(host.child<QLabel>("previewLabel")->text().startsWith(QStringLiteral("Custom rule: ")));
    QVERIFY(host.child<QToolButton>("addExceptionButton")->isEnabled());
    QCOMPARE(spy.count(), 0);

    // Editing the text keeps it custom.
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"));
    QVERIFY(!host.child<QSpinBox>("intervalSpin")->isEnabled());

    // Choosing a simple frequency makes a simple rule again.
    auto *combo = host.child<QComboBox>("frequencyCombo");
    QVERIFY(pick(combo, QStringLiteral("Daily")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("FREQ=DAILY"));
    QVERIFY(host.child<QSpinBox>("intervalSpin")->isEnabled());
    QVERIFY(!host.child<QLabel>("customNoteLabel")->isVisible());
}

void TestRecurrenceEditorRawRule::editorInvalidGivenRule()
{
    Host host;
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    host.editor->setRecurrence(QStringLiteral("FREQ=NEVERLY"), QStringLiteral("20230307T180000Z"));
    QVERIFY(host.show());
    QVERIFY(host.editor->hasError());
    QVERIFY(host.child<QLabel>("errorLabel")->isVisible());
    QCOMPARE(host.child<QLineEdit>("ruleEdit")->text(), QStringLiteral("FREQ=NEVERLY"));
    QCOMPARE(host.editor->rule(), QStringLiteral("FREQ=NEVERLY"));
    QVERIFY(!host.child<QSpinBox>("intervalSpin")->isEnabled());

    // A rule with unreadable exceptions shows the rule and the error.
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY"), QStringLiteral("2023-03-07"));
    QVERIFY(host.editor->hasError());
    QVERIFY(host.child<QLabel>("errorLabel")->text().contains(QStringLiteral("2023-03-07")));
    QCOMPARE(host.child<QComboBox>("frequencyCombo")->currentText(), QStringLiteral("Daily"));
    // The next change drops what cannot be read.
    auto *interval = host.child<QSpinBox>("intervalSpin");
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Up);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), (QList<QVariant>{QStringLiteral("FREQ=DAILY;INTERVAL=2"), QString()}));
    QVERIFY(!host.editor->hasError());
}

QTEST_MAIN(TestRecurrenceEditorRawRule)
#include "tst_recurrenceeditor_rawrule.moc"
