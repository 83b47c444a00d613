#include "WidgetsTest.h"

QLineEdit *focusedLineEdit()
{
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void typeAndEnter(const QString &text)
{
    QLineEdit *editor = focusedLineEdit();
    QVERIFY2(editor, "no line editor has the focus");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Backspace);
    else
        QTest::keyClicks(editor, text);
    const QPointer<QLineEdit> guard(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    // Item views commit an editor a moment after Enter (a queued call).
    QTRY_VERIFY(!guard || QApplication::focusWidget() != guard);
}

void WidgetsTest::initTestCase()
{
    // Local time must differ from UTC for the date tests to mean anything.
    qputenv("TZ", "Europe/Moscow");
    tzset();
    QCOMPARE(utc0800.toLocalTime().time(), QTime(11, 0));
}
