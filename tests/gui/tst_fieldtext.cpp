#include "widgets/FieldText.h"

#include <QLineEdit>
#include <QTest>

// A record's value shown in a narrow form field.
class TestFieldText : public QObject
{
    Q_OBJECT

private slots:
    // setText() leaves the cursor at the end: a long name or id showed only its tail.
    void aLongValueIsShownFromItsStart()
    {
        QLineEdit edit;
        edit.resize(80, edit.sizeHint().height());
        FieldText::show(&edit, QStringLiteral("2f6a1c3e-95fe3-4449-80be-1003bcf238a2"));
        QCOMPARE(edit.text(), QStringLiteral("2f6a1c3e-95fe3-4449-80be-1003bcf238a2"));
        QCOMPARE(edit.cursorPosition(), 0);
    }

    // The form is shown again after every edit: a field that did not change keeps the
    // operator's cursor and selection.
    void anUnchangedValueKeepsTheCursorAndSelection()
    {
        QLineEdit edit(QStringLiteral("Night round"));
        edit.setSelection(6, 5);
        FieldText::show(&edit, QStringLiteral("Night round"));
        QCOMPARE(edit.selectedText(), QStringLiteral("round"));
    }

    // A value changed under the operator's cursor (an undo while typing) ends where
    // typing goes on, as a line edit always does.
    void aFocusedFieldKeepsTheCursorAtTheEnd()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.activateWindow();
        edit.setFocus();
        QTRY_VERIFY(edit.hasFocus());
        FieldText::show(&edit, QStringLiteral("Night round"));
        QCOMPARE(edit.cursorPosition(), 11);
    }
};

QTEST_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
