#include "widgets/CompactToolBar.h"

#include <QAction>
#include <QTest>
#include <QToolButton>

// A tool bar narrower than its words: every command stays on it, as an icon with its words
// in the tool tip, instead of behind the extension button.
class TestCompactToolBar : public QObject
{
    Q_OBJECT

private:
    static void fill(CompactToolBar &bar)
    {
        for (const char *text : {"Добавить шаг", "Добавить действие", "Дублировать", "Удалить действие", "Вверх", "Вниз"}) {
            auto *action = bar.addAction(QIcon(QStringLiteral(":/icons/new.svg")), QString::fromUtf8(text));
            action->setToolTip(action->text());
        }
    }

    // Every action has a button the user can see and reach inside the bar.
    static bool everyActionShown(CompactToolBar &bar)
    {
        for (QAction *action : bar.actions()) {
            QWidget *button = bar.widgetForAction(action);
            if (!button || !button->isVisible() || !bar.rect().contains(button->geometry()))
                return false;
        }
        return true;
    }

private slots:
    void aNarrowBarKeepsEveryCommandAsAnIcon()
    {
        CompactToolBar bar;
        fill(bar);
        bar.resize(bar.widthWithWords() / 2, 40);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_COMPARE(bar.toolButtonStyle(), Qt::ToolButtonIconOnly);
        QTRY_VERIFY(everyActionShown(bar));
    }

    void aWideBarShowsTheWords()
    {
        CompactToolBar bar;
        fill(bar);
        bar.resize(bar.widthWithWords() + 40, 40);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_COMPARE(bar.toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        QTRY_VERIFY(everyActionShown(bar));
        // Narrowed by the user (a splitter, a smaller window): the words go, not the buttons.
        bar.resize(bar.widthWithWords() - 60, 40);
        QTRY_COMPARE(bar.toolButtonStyle(), Qt::ToolButtonIconOnly);
        QTRY_VERIFY(everyActionShown(bar));
        bar.resize(bar.widthWithWords() + 40, 40);
        QTRY_COMPARE(bar.toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    // A longer word at the same width ("Remove action" for "Remove step") is measured again.
    void aLongerWordIsMeasuredAgain()
    {
        CompactToolBar bar;
        fill(bar);
        bar.resize(bar.widthWithWords() + 10, 40);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_COMPARE(bar.toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        bar.actions().constFirst()->setText(QStringLiteral("Добавить шаг в самое начало списка"));
        QTRY_COMPARE(bar.toolButtonStyle(), Qt::ToolButtonIconOnly);
        QTRY_VERIFY(everyActionShown(bar));
    }
};

QTEST_MAIN(TestCompactToolBar)
#include "tst_compacttoolbar.moc"
