#include "widgets/CodeComboBox.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

// The code combo in a form as narrow as the operators' smallest screen gives it.
class TestCodeComboBox : public QObject
{
    Q_OBJECT

private:
    static QVector<EnumCatalog::Entry> entries()
    {
        return {{QStringLiteral("all"), QStringLiteral("Run on all sites serving the domain"), false},
                {QStringLiteral("firstsite"), QStringLiteral("Run on the first site serving the domain"), false}};
    }

private slots:
    // A line edit scrolls to the end of a long text: the operator saw "…serving the
    // domain" and not which code was set.
    void aNarrowComboShowsTheCodeFirst()
    {
        CodeComboBox combo(entries());
        combo.resize(160, combo.sizeHint().height());
        combo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&combo));
        combo.setCode(QStringLiteral("firstsite"));
        QCOMPARE(combo.lineEdit()->cursorPosition(), 0);
        combo.setCode(QStringLiteral("all"));
        QCOMPARE(combo.lineEdit()->cursorPosition(), 0);
    }

    void aPickFromTheListShowsTheCodeFirstAndIsOneEdit()
    {
        CodeComboBox combo(entries());
        combo.setCode(QStringLiteral("all"));
        QSignalSpy edited(&combo, &CodeComboBox::codeEdited);
        combo.setCurrentIndex(1);
        emit combo.activated(1);
        QCOMPARE(combo.lineEdit()->cursorPosition(), 0);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("firstsite"));
    }

    // Typing is left alone: the cursor stays where the operator types.
    void typingKeepsTheCursorWhereItIs()
    {
        CodeComboBox combo(entries());
        combo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&combo));
        combo.setCode(QStringLiteral("all"));
        combo.lineEdit()->setFocus();
        combo.lineEdit()->end(false);
        QTest::keyClicks(combo.lineEdit(), QStringLiteral("x"));
        QCOMPARE(combo.lineEdit()->cursorPosition(), combo.lineEdit()->text().size());
    }
};

QTEST_MAIN(TestCodeComboBox)
#include "tst_codecombobox.moc"
