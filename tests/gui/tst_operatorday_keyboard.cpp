// The operator's day at the keyboard: F6 and Ctrl+Tab between panes and tabs, Tab
// through the forms in reading order and out of the table and the periods editor, and
// every shortcut listed in Help ▸ Keyboard shortcuts.
// Offscreen, on a real database, driven through the widgets.
#include "OperatorDayTest.h"

#include <QMenuBar>

class TestOperatorDayKeyboard : public OperatorDayTest
{
    Q_OBJECT

    // The letter Alt presses for `text` ("&Edit" -> 'e'); null without one.
    static QChar mnemonicOf(const QString &text)
    {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i; // "&&" is a plain '&'
        }
        return QChar();
    }

    // The Alt letters of the fields on show in `form`: a label with a buddy, a check box
    // or button, a group box; each with the text that claims it.
    static QMultiHash<QChar, QString> fieldLetters(QWidget *form)
    {
        QMultiHash<QChar, QString> letters;
        for (QWidget *widget : form->findChildren<QWidget *>()) {
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            else if (auto *group = qobject_cast<QGroupBox *>(widget))
                text = group->title();
            const QChar letter = mnemonicOf(text);
            if (!letter.isNull() && widget->isVisible())
                letters.insert(letter, text);
        }
        return letters;
    }

    // No field of `form` (nor one of `tabs` beside it) takes a menu's letter (the field
    // wins, the menu needs a second press), and no two share one (Qt then cycles).
    void checkLetters(QWidget *form, const QHash<QChar, QString> &menus, const QStringList &tabs = {})
    {
        QMultiHash<QChar, QString> fields = fieldLetters(form);
        for (const QString &tab : tabs)
            fields.insert(mnemonicOf(tab), tab);
        QStringList clashes;
        for (const QChar letter : fields.uniqueKeys()) {
            const QStringList texts = fields.values(letter);
            if (menus.contains(letter))
                clashes << QStringLiteral("%1 ~ menu %2").arg(texts.join(u'/'), menus.value(letter));
            else if (texts.size() > 1)
                clashes << texts.join(u'/');
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(form->objectName() + QStringLiteral(": ") + clashes.join(QStringLiteral(", "))));
    }

private slots:
    // §6: F6 and Shift+F6 go round navigation, table and form.
    void f6MovesBetweenPanes()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        QTRY_VERIFY(table()->hasFocus());
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_VERIFY(form()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_VERIFY(table()->hasFocus());
        pressKey(QKeySequence(Qt::SHIFT | Qt::Key_F6));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
    }

    // §6: Tab in the form follows the order on show: Name, Enabled, Title, Comment, Script…
    void tabOrderFollowsTheForm()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *name = form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        QStringList order{name->objectName()};
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, (QStringList{QStringLiteral("nameEdit"), QStringLiteral("enabledCheck"), QStringLiteral("titleEdit"),
                                     QStringLiteral("commentEdit"), QStringLiteral("scriptEdit")}));
        // Every enabled field is reached by Tab, top to bottom.
        int lastY = -1;
        for (int i = 0; i < 60 && form()->isAncestorOf(QApplication::focusWidget()); ++i) {
            QWidget *focus = QApplication::focusWidget();
            const int y = focus->mapTo(form(), QPoint(0, 0)).y();
            QVERIFY2(y >= lastY - 40, qPrintable(focus->objectName()));
            lastY = y;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
    }

    // §6: Tab leaves the table for the form; the arrows still move in the table.
    void tabLeavesTheTableForTheForm()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(0);
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 1);
        QTest::keyClick(table(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
        QCOMPARE(table()->currentIndex().row(), 1);

        openSeriesPage();
        TaskSeriesPage *series = m_window->seriesPage();
        QTest::keyClick(series->view(), Qt::Key_Tab); // to the tabs of the form, then into it
        QTRY_VERIFY(series->tabs()->isAncestorOf(QApplication::focusWidget()));
    }

    // §6: Ctrl+Tab turns the series form's tabs while the focus is in them (as tabbed
    // dialogs do) and moves between the panes anywhere else; Ctrl+Shift+Tab goes back.
    void ctrlTabTurnsTabsInTheFormElseMovesBetweenPanes()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        QTRY_VERIFY(table()->hasFocus());
        pressCtrlTab();
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
        pressCtrlTab();
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
        pressCtrlTab(true);
        QTRY_VERIFY(form()->isAncestorOf(QApplication::focusWidget()));
        pressCtrlTab(true);
        QTRY_VERIFY(table()->hasFocus());

        openSeriesPage();
        QTabWidget *tabs = m_window->seriesPage()->tabs();
        QCOMPARE(tabs->currentIndex(), 0);
        pressCtrlTab(); // from the table: into the form, the tab left as it was
        QTRY_VERIFY(tabs->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(tabs->currentIndex(), 0);
        pressCtrlTab(); // in the form: the next tab, with the focus in it
        QTRY_COMPARE(tabs->currentIndex(), 1);
        QTRY_VERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        pressCtrlTab(); // round to the first
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QTRY_VERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        pressCtrlTab(true);
        QTRY_COMPARE(tabs->currentIndex(), 1);
        // F6 still leaves the tabs for the next pane.
        pressKey(QKeySequence(Qt::Key_F6));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigation"));
        QCOMPARE(tabs->currentIndex(), 1);
    }

    // §6: Tab walks both forms in the order they are on show and skips no enabled field.
    void tabChainFollowsTheVisualOrder_data()
    {
        addTheTwoScreens();
    }

    void tabChainFollowsTheVisualOrder()
    {
        QFETCH(bool, onLaptop);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(onLaptop ? kLaptop : kSmall)));
        clickRow(rowNamed(kNameA));
        // Sites and Periods enabled too, so that they are walked.
        auto *siteMode = form()->findChild<CodeComboBox *>(QStringLiteral("siteModeCombo"));
        pickCode(siteMode, QStringLiteral("list"));
        QTRY_VERIFY(form()->findChild<StringListEdit *>(QStringLiteral("sitesEdit"))->isEnabled());
        walkTabChain(form(), form()->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
        if (QTest::currentTestFailed())
            return;

        openSeriesPage();
        TaskSeriesForm *seriesForm = m_window->seriesPage()->form();
        walkTabChain(seriesForm, seriesForm->findChild<QLineEdit *>(QStringLiteral("seriesNameEdit")));
    }

    // §6: Tab goes through the periods editor and out of it, on to the server's data.
    void tabLeavesThePeriodsEditor()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *schedule = form()->findChild<CodeComboBox *>(QStringLiteral("scheduleCombo"));
        pickCode(schedule, QStringLiteral("individual"));
        auto *periods = form()->findChild<PeriodsEditor *>(QStringLiteral("periodsEditor"));
        QTRY_VERIFY(periods->isEnabled());
        // A period with a key, applied as JSON: every control of the editor is in use.
        auto *json = periods->findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"));
        json->setPlainText(QStringLiteral(R"([{"day": "mon", "from": "08:00"}])"));
        QTest::mouseClick(periods->findChild<QPushButton *>(QStringLiteral("applyJsonButton")), Qt::LeftButton);
        QTRY_COMPARE(periods->periods().size(), 1);

        const QStringList inside{QStringLiteral("periodsList"), QStringLiteral("addPeriodButton"),
                                 QStringLiteral("removePeriodButton"), QStringLiteral("keysTable"),
                                 QStringLiteral("addKeyButton"), QStringLiteral("removeKeyButton"),
                                 QStringLiteral("jsonEdit"), QStringLiteral("applyJsonButton")};
        schedule->lineEdit()->setFocus(Qt::TabFocusReason);
        QStringList forward;
        for (int i = 0; i <= inside.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            forward << nameOf(fieldOf(QApplication::focusWidget()));
        }
        // Each control once, in the order on show, then out to the server's data.
        QCOMPARE(forward, inside + QStringList{QStringLiteral("extTable")});

        QStringList backward;
        for (int i = 0; i <= inside.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            backward << nameOf(fieldOf(QApplication::focusWidget()));
        }
        QStringList reversed(inside.crbegin(), inside.crend());
        QCOMPARE(backward, reversed + QStringList{QStringLiteral("scheduleCombo")});
    }

    // §6: Help ▸ Keyboard shortcuts lists the actions with their keys, in the UI language.
    void keyboardShortcutsAreListed()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        action("shortcutsAction")->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr);
        QHash<QString, QString> keys;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            keys.insert(dialog->table()->item(row, 0)->text(), dialog->table()->item(row, 1)->text());
        QCOMPARE(keys.value(QStringLiteral("Sync")), QStringLiteral("F5"));
        QCOMPARE(keys.value(QStringLiteral("Next pane")), QStringLiteral("F6"));
        QCOMPARE(keys.value(QStringLiteral("Find")), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QCOMPARE(keys.value(QStringLiteral("Open database")), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QVERIFY(keys.contains(QStringLiteral("Undo")));
        dialog->close();
        closeWindow();

        Translator::install(QStringLiteral("ru"));
        QVERIFY(openWindow(screenAt(kLaptop)));
        action("shortcutsAction")->trigger();
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr);
        QVERIFY2(dialog->windowTitle() != QLatin1String("Keyboard shortcuts"), qPrintable(dialog->windowTitle()));
        bool sync = false;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            sync = sync || (dialog->table()->item(row, 1)->text() == QLatin1String("F5")
                            && dialog->table()->item(row, 0)->text().contains(QStringLiteral("Синхрониз")));
        QVERIFY(sync);
    }

    // Alt+letter in English and Russian: the menu bar's letters and those of each form
    // (service task, series and its tabs, step editor with a step and with an action on
    // show) do not clash. Alt+E focused Enabled before the Edit menu opened.
    void altLettersDoNotClash_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void altLettersDoNotClash()
    {
        QFETCH(QString, language);
        Translator::install(language);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        QHash<QChar, QString> menus;
        for (QAction *menu : m_window->menuBar()->actions())
            menus.insert(mnemonicOf(menu->text()), menu->text());
        clickRow(rowNamed(kNameA));
        QTRY_COMPARE(form()->currentId(), page()->selectedIds().value(0));
        checkLetters(form(), menus);
        openSeriesPage();
        TaskSeriesPage *series = m_window->seriesPage();
        QStringList tabs; // the page's tabs are there beside either of its forms
        for (int i = 0; i < series->tabs()->count(); ++i)
            tabs << series->tabs()->tabText(i);
        checkLetters(series->form(), menus, tabs);
        series->tabs()->setCurrentIndex(1);
        QTreeView *tree = series->stepEditor()->view();
        QTRY_VERIFY(tree->isVisible() && tree->model()->rowCount() > 0);
        const QModelIndex step = tree->model()->index(0, 0);
        QVERIFY(tree->model()->rowCount(step) > 0);
        for (const QModelIndex &item : {step, tree->model()->index(0, 0, step)}) {
            tree->setCurrentIndex(item);
            checkLetters(series->stepEditor(), menus, tabs);
        }
    }
};

int main(int argc, char **argv)
{
    return runOnTwoScreens<TestOperatorDayKeyboard>(argc, argv);
}

#include "tst_operatorday_keyboard.moc"
