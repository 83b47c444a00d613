// The operator's day on real screens: the window on a 1366×768 and a 1024×700 screen,
// the forms neither clipped nor scrolling sideways, nothing cut off in Russian, the
// grouped forms, the column chooser, the narrow navigation, the status bar's counts and
// sorting that keeps the current record in view.
// Offscreen, on a real database, driven through the widgets.
#include "OperatorDayTest.h"
#include "SeriesBuilder.h"

#include <QDockWidget>
#include <QToolBar>

class TestOperatorDayScreens : public OperatorDayTest
{
    Q_OBJECT

    // The Russian window on the laptop's or the small screen, task A on show in the form.
    void openTaskAInRussian(bool onLaptop)
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(onLaptop ? kLaptop : kSmall)));
        clickRow(rowNamed(kNameA));
        QTRY_COMPARE(form()->currentId(), page()->selectedIds().value(0));
    }

    // Every command of `bar` has its button on show inside the bar, none behind its "»".
    static void checkEveryCommandShown(QToolBar *bar)
    {
        // Buttons whose words changed are laid out on the layout request they posted.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (QAction *command : bar->actions()) {
            if (command->isSeparator())
                continue;
            QWidget *button = bar->widgetForAction(command);
            QVERIFY(button);
            QTRY_VERIFY2(button->isVisible() && bar->rect().contains(button->geometry()),
                         qPrintable(command->objectName()));
        }
    }

private slots:
    // §2: the first start fits the screen; a saved geometry larger than it is fitted.
    void windowFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("screen");
        QTest::newRow("1366x768") << kLaptop;
        QTest::newRow("1024x700") << kSmall;
    }

    void windowFitsTheScreen()
    {
        QFETCH(QRect, screen);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(screen)));
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY2(available.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(m_window->width()).arg(m_window->height())
                                .arg(available.width()).arg(available.height())));
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);

        // Saved on a larger monitor: brought back inside this one.
        m_window->setGeometry(QRect(available.topLeft(), QSize(2400, 1500)));
        closeWindow();
        QVERIFY(openWindow(screenAt(screen)));
        QVERIFY(m_window->screen()->availableGeometry().contains(m_window->frameGeometry()));
    }

    // The dialogs open inside the small screen: the conflict dialog was wider than it, its
    // right columns and its buttons out of reach.
    void dialogsFitTheSmallScreen_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("dialog");
        QTest::newRow("conflicts") << "resolveConflictsAction" << "conflictDialog";
        QTest::newRow("shortcuts") << "shortcutsAction" << "shortcutsDialog";
        QTest::newRow("guide") << "userGuideAction" << "userGuideDialog";
    }

    void dialogsFitTheSmallScreen()
    {
        QFETCH(QString, action);
        QFETCH(QString, dialog);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kSmall)));
        QAction *open = this->action(action.toLatin1().constData());
        QVERIFY(open);
        open->setEnabled(true); // the conflict dialog opens empty too
        open->trigger();
        QWidget *shown = nullptr;
        QTRY_VERIFY((shown = m_window->findChild<QWidget *>(dialog)) && shown->isVisible());
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY2(available.contains(shown->frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 at %3,%4").arg(shown->width()).arg(shown->height())
                                .arg(shown->x()).arg(shown->y())));
        shown->close();
    }

    // §2: at 1024×700 the form reflows or scrolls; nothing is cut off on its right.
    void formsAreNotClippedOnASmallScreen()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kSmall)));
        clickRow(rowNamed(kNameA));
        QTRY_COMPARE(form()->currentId(), page()->selectedIds().value(0));
        auto *scroll = form()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        checkNothingClippedOnTheRight(scroll, form());

        m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
        TaskSeriesPage *series = m_window->seriesPage();
        QTest::mouseClick(series->view()->viewport(), Qt::LeftButton, {},
                          series->view()->visualRect(series->model()->index(0, 0)).center());
        QWidget *seriesForm = m_window->findChild<QWidget *>(QStringLiteral("seriesForm"));
        QTRY_VERIFY(seriesForm->findChild<QWidget *>(QStringLiteral("seriesFormFields"))->isVisible());
        checkNothingClippedOnTheRight(seriesForm->findChild<QScrollArea *>(), seriesForm);
    }

    // At 1024 px the step editor's Remove, Up and Down were behind the tool bar's "»".
    void everyStepCommandIsOnTheToolBar_data()
    {
        addTheTwoScreens();
    }

    void everyStepCommandIsOnTheToolBar()
    {
        QFETCH(bool, onLaptop);
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(onLaptop ? kLaptop : kSmall)));
        openSeriesPage();
        m_window->seriesPage()->tabs()->setCurrentIndex(1);
        auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("stepToolBar"));
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        checkEveryCommandShown(bar);
        if (QTest::currentTestFailed())
            return;
        for (QAction *command : bar->actions()) {
            const QString tip = bar->widgetForAction(command)->toolTip();
            QVERIFY2(tip.contains(command->text().remove(QLatin1Char('&'))), qPrintable(tip));
        }
    }

    // In Russian at 1024 px the step tree's «Обязательное» header took ~100 px and cut
    // the action names («Дверь за…»): a typical name, bold as required, is whole.
    void stepTreeShowsActionNamesWhole()
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        qint64 id = 0;
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.path()));
            TaskSeries round = SeriesBuilder::newRound(QStringLiteral("Обход склада"), QStringLiteral("2030-05-01T06:00:00.000Z"),
                                                       QStringLiteral("2030-05-01T09:00:00.000Z"));
            round.steps[0].actions[0].required = true;
            const auto created = ws.series().create(round);
            QVERIFY(created);
            id = *created;
        }
        QVERIFY(openWindow(screenAt(kSmall)));
        openSeriesPage();
        TaskSeriesPage *series = m_window->seriesPage();
        series->selectId(id);
        series->tabs()->setCurrentIndex(1);
        QTreeView *tree = series->stepEditor()->view();
        QTRY_VERIFY(tree->isVisible() && tree->model()->rowCount() == 1);
        tree->expandAll();
        const QModelIndex action = tree->model()->index(0, 0, tree->model()->index(0, 0));
        QCOMPARE(action.data().toString(), QStringLiteral("Дверь закрыта"));
        const QFontMetrics metrics(action.data(Qt::FontRole).value<QFont>());
        const int icon = tree->iconSize().isValid() ? tree->iconSize().width()
                                                    : tree->style()->pixelMetric(QStyle::PM_SmallIconSize);
        const int needed = metrics.horizontalAdvance(action.data().toString()) + icon + 12; // icon and text margins
        const int shown = tree->visualRect(action).width();
        QVERIFY2(shown >= needed, qPrintable(QStringLiteral("%1 px for %2 (window %3 px, columns %4/%5/%6)")
                                                  .arg(shown).arg(needed).arg(m_window->width())
                                                  .arg(tree->columnWidth(0)).arg(tree->columnWidth(1)).arg(tree->columnWidth(2))));
    }

    // The main tool bar keeps every command in sight once Undo and Redo name a step: in
    // Russian at 1024 px «Отменить «Изменить название»» and «Повторить «Изменить
    // заголовок»» pushed Sync behind the "»". The step's name stays in the tool tip.
    void everyMainCommandIsOnTheToolBarAfterEdits_data()
    {
        addTheTwoScreens();
    }

    void everyMainCommandIsOnTheToolBarAfterEdits()
    {
        QFETCH(bool, onLaptop);
        openTaskAInRussian(onLaptop);
        if (QTest::currentTestFailed())
            return;
        for (const char *name : {"nameEdit", "titleEdit"}) {
            auto *edit = form()->findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY(edit);
            edit->setFocus(Qt::TabFocusReason);
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("New value"));
            QTest::keyClick(edit, Qt::Key_Return);
        }
        action("undoAction")->trigger();
        QVERIFY(action("undoAction")->isEnabled() && action("redoAction")->isEnabled());
        auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        checkEveryCommandShown(bar);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(bar->widgetForAction(action("undoAction"))->toolTip().contains(QStringLiteral("Изменить название")),
                 qPrintable(bar->widgetForAction(action("undoAction"))->toolTip()));
        QVERIFY2(bar->widgetForAction(action("redoAction"))->toolTip().contains(QStringLiteral("Изменить заголовок")),
                 qPrintable(bar->widgetForAction(action("redoAction"))->toolTip()));
    }

    // §5: in Russian, at the default size of both screens, no label, button or column
    // header is cut off, in the service task and the series pages.
    void nothingCutOffInRussian_data()
    {
        addTheTwoScreens();
    }

    void nothingCutOffInRussian()
    {
        QFETCH(bool, onLaptop);
        openTaskAInRussian(onLaptop);
        if (QTest::currentTestFailed())
            return;
        checkNoTextCutOff(m_window->centralWidget());
        QVERIFY(!QTest::currentTestFailed());
        openSeriesPage();
        checkNoTextCutOff(m_window->centralWidget());
        QVERIFY(!QTest::currentTestFailed());
        m_window->seriesPage()->tabs()->setCurrentIndex(1);
        checkNoTextCutOff(m_window->centralWidget());
    }

    // §5: the sync state column shows every state's name whole beside its icon, held ones
    // too, in Russian at the default size («Синхронизирована» was cut to «Синхронизир…»).
    void stateColumnShowsEveryStateWhole()
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        const auto check = [](QTableView *view, int column) {
            const QFontMetrics metrics = view->fontMetrics();
            const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
            for (int state = 0; state <= int(SyncState::Error); ++state) {
                for (bool held : {false, true}) {
                    const QString text = SyncStates::displayName(SyncStates::fromInt(state), held);
                    const int need = metrics.horizontalAdvance(text) + icon + 12;
                    QVERIFY2(view->columnWidth(column) >= need,
                             qPrintable(QStringLiteral("«%1» needs %2 px, the column has %3").arg(text).arg(need)
                                            .arg(view->columnWidth(column))));
                }
            }
        };
        check(page()->view(), ServiceTaskTableModel::State);
        if (QTest::currentTestFailed())
            return;
        openSeriesPage();
        check(m_window->seriesPage()->view(), TaskSeriesTableModel::State);
    }

    // §2: the long form is in groups, Title and Comment in the first.
    void formsAreGrouped()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        QStringList titles;
        for (const QGroupBox *box : form()->findChildren<QGroupBox *>())
            titles << box->title();
        QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Schedule"),
                                      QStringLiteral("Sites and periods"), QStringLiteral("Server")}));
        auto *general = form()->findChild<QGroupBox *>(QStringLiteral("generalSection"));
        QVERIFY(general->findChild<QLineEdit *>(QStringLiteral("titleEdit")));
        QVERIFY(general->findChild<QWidget *>(QStringLiteral("commentEdit")));

        QWidget *seriesForm = m_window->findChild<QWidget *>(QStringLiteral("seriesForm"));
        QCOMPARE(seriesForm->findChildren<QGroupBox *>().size(), 4);
    }

    // §2: the default columns are the daily ones, dates whole; the header's menu hides
    // and shows the others, Name stays first and on show; all of it kept to the next start.
    void columnChooserAndDefaults()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        for (int column : {Model::Name, Model::Enabled, Model::ScriptCode, Model::Interval, Model::Start, Model::State})
            QVERIFY2(!header()->isSectionHidden(column), qPrintable(Model::columnName(column)));
        for (int column : {Model::Sites, Model::Title, Model::Created})
            QVERIFY2(header()->isSectionHidden(column), qPrintable(Model::columnName(column)));
        // The important columns fit beside the form at 1366 px, and a date is not elided.
        int used = 0;
        for (int column = 0; column < Model::ColumnCount; ++column)
            used += header()->isSectionHidden(column) ? 0 : header()->sectionSize(column);
        QVERIFY2(used <= table()->viewport()->width() + 40,
                 qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(used).arg(table()->viewport()->width())));
        const QString date = page()->model()->index(rowNamed(kNameA), Model::Start).data().toString();
        QVERIFY(!date.isEmpty());
        QVERIFY2(header()->sectionSize(Model::Start) >= table()->fontMetrics().horizontalAdvance(date) + 12,
                 qPrintable(date));

        QMenu *menu = headerMenu();
        QVERIFY(menu);
        QAction *name = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(Model::Name));
        QVERIFY(name && !name->isEnabled() && name->isChecked());
        QAction *title = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(Model::Title));
        QVERIFY(title && !title->isChecked());
        title->trigger();
        menu->close();
        QVERIFY(!header()->isSectionHidden(Model::Title));
        QVERIFY(header()->sectionSize(Model::Title) > 20);
        menu = headerMenu();
        QVERIFY(menu);
        QAction *scriptCode = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(Model::ScriptCode));
        QVERIFY(scriptCode);
        scriptCode->trigger();
        menu->close();
        QVERIFY(header()->isSectionHidden(Model::ScriptCode));

        // Dragging the name elsewhere puts it back first.
        header()->moveSection(header()->visualIndex(Model::Name), 3);
        QCOMPARE(header()->visualIndex(Model::Name), 0);
        header()->moveSection(header()->visualIndex(Model::Interval), 1);

        closeWindow();
        QVERIFY(openWindow(screenAt(kLaptop)));
        QVERIFY(!header()->isSectionHidden(Model::Title));
        QVERIFY(header()->isSectionHidden(Model::ScriptCode));
        QCOMPARE(header()->visualIndex(Model::Interval), 1);

        menu = headerMenu();
        QVERIFY(menu);
        QAction *defaults = menu->findChild<QAction *>(QStringLiteral("defaultColumnsAction"));
        QVERIFY(defaults);
        defaults->trigger();
        menu->close();
        QVERIFY(header()->isSectionHidden(Model::Title));
        QVERIFY(!header()->isSectionHidden(Model::ScriptCode));
        QCOMPARE(header()->visualIndex(Model::Interval), int(Model::Interval));
    }

    // §2: the navigation is as narrow as its entries, and the chosen one stays readable.
    void navigationIsNarrow()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const int text = qMax(navigation->fontMetrics().horizontalAdvance(navigation->item(0)->text()),
                              navigation->fontMetrics().horizontalAdvance(navigation->item(1)->text()));
        const int needed = navigation->sizeHintForColumn(0) + 2 * navigation->frameWidth();
        QVERIFY2(navigation->width() <= needed + 24, qPrintable(QStringLiteral("%1 for %2").arg(navigation->width()).arg(needed)));
        QVERIFY(navigation->visualItemRect(navigation->item(0)).width() >= text);
        const QPalette palette = navigation->palette();
        QCOMPARE(palette.color(QPalette::Inactive, QPalette::Highlight), palette.color(QPalette::Active, QPalette::Highlight));
    }

    // §2, §5: at 1024×700 with the default split neither form scrolls sideways, in
    // Russian or English: long labels wrap and the rows reflow, and nothing is cut.
    void formsDoNotScrollSideways_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void formsDoNotScrollSideways()
    {
        QFETCH(QString, language);
        Translator::install(language);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kSmall)));
        clickRow(rowNamed(kNameA));
        QTRY_COMPARE(form()->currentId(), page()->selectedIds().value(0));
        // Every field in use: the site list and the periods editor take room too.
        pickCode(form()->findChild<CodeComboBox *>(QStringLiteral("siteModeCombo")), QStringLiteral("list"));
        pickCode(form()->findChild<CodeComboBox *>(QStringLiteral("scheduleCombo")), QStringLiteral("individual"));
        QTRY_VERIFY(form()->findChild<PeriodsEditor *>(QStringLiteral("periodsEditor"))->isEnabled());
        auto *scroll = form()->findChild<QScrollArea *>();
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        checkNothingClippedOnTheRight(scroll, form());
        if (QTest::currentTestFailed())
            return;

        openSeriesPage();
        TaskSeriesForm *seriesForm = m_window->seriesPage()->form();
        QTRY_VERIFY(seriesForm->findChild<QWidget *>(QStringLiteral("seriesFormFields"))->isVisible());
        auto *seriesScroll = seriesForm->findChild<QScrollArea *>();
        QTRY_COMPARE(seriesScroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!seriesScroll->horizontalScrollBar()->isVisible());
        checkNothingClippedOnTheRight(seriesScroll, seriesForm);
    }

    // With View ▸ Pending changes open the form stays whole on both operator screens: the
    // dock took 420 px and more on the right, the form was squeezed to a strip that
    // scrolled sideways with its fields cut (Name, Enabled, the interval's minutes). And
    // the window stays on its screen (moved from the right, it had grown to 1083 px), and
    // the form, taller than the room left, keeps the width its fields need beside its
    // vertical scroll bar (it scrolled 4 px sideways).
    void formStaysWholeWithPendingChangesOpen_data()
    {
        addTheTwoScreens();
    }

    void formStaysWholeWithPendingChangesOpen()
    {
        QFETCH(bool, onLaptop);
        openTaskAInRussian(onLaptop);
        if (QTest::currentTestFailed())
            return;
        action("showPendingChangesAction")->trigger();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("pendingChangesDock"));
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY2(available.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1 px wide on %2").arg(m_window->frameGeometry().width()).arg(available.width())));
        auto *scroll = form()->findChild<QScrollArea *>();
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        checkNothingClippedOnTheRight(scroll, form());
        if (QTest::currentTestFailed())
            return;
        // The dock's own lines are still there to read, whole window wide.
        QVERIFY2(dock->width() >= 420, qPrintable(QString::number(dock->width())));
        QVERIFY2(dock->height() >= 120, qPrintable(QString::number(dock->height())));
    }

    // §5: at 1024 px in Russian the pending counts in the status bar are whole, and a
    // failed sync's long message stops short of them instead of running into them.
    void statusBarCountsStayReadable()
    {
        Translator::install(QStringLiteral("ru"));
        // A database deep in a home folder, as operators keep them: the path is long.
        QVERIFY(newDatabase(true, QStringLiteral("operators-databases/the-evening-shift/call-centre-north")));
        QTcpServer free; // a port nothing listens on once it is closed
        QVERIFY(free.listen(QHostAddress::LocalHost));
        const QUrl down(QStringLiteral("http://127.0.0.1:%1").arg(free.serverPort()));
        free.close();
        SyncProfile profile;
        profile.eraUrl = down;
        profile.patrolUrl = down;
        profile.timeoutSeconds = 5;
        profile.save();
        QVERIFY(openWindow(screenAt(kSmall)));

        auto *counts = m_window->findChild<QLabel *>(QStringLiteral("pendingCountsLabel"));
        QVERIFY(counts && counts->isVisible());
        const auto checkCountsWhole = [counts] {
            const int need = counts->fontMetrics().horizontalAdvance(counts->text());
            QVERIFY2(need <= counts->contentsRect().width(),
                     qPrintable(QStringLiteral("«%1» has %2 px of %3").arg(counts->text()).arg(counts->contentsRect().width()).arg(need)));
        };
        checkCountsWhole();
        if (QTest::currentTestFailed())
            return;

        QSignalSpy completed(m_window.get(), &MainWindow::syncCompleted);
        m_window->startSync();
        QVERIFY(completed.wait(60000));
        QVERIFY(completed.first().first().value<SyncReport>().exitCode() != 0);
        auto *bar = qobject_cast<StatusBar *>(m_window->statusBar());
        QVERIFY(bar);
        const QString message = bar->currentMessage();
        QVERIFY(!message.isEmpty());
        QTRY_VERIFY(counts->isVisible());
        checkCountsWhole();
        // The message is drawn left of the counts with room between, cut with "…" where long.
        const QRect area = bar->messageArea();
        const QRect countsArea = counts->geometry();
        QVERIFY2(area.right() < countsArea.left() - 4,
                 qPrintable(QStringLiteral("message to %1, counts from %2").arg(area.right()).arg(countsArea.left())));
        const QString shown = bar->shownMessage();
        QVERIFY(!shown.isEmpty());
        QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <= area.width());
        QVERIFY(shown == message || shown.endsWith(QChar(0x2026)));
        QCOMPARE(bar->toolTip(), message); // the whole of it
        // The path gives way: cut in its middle, whole in its tooltip.
        auto *path = m_window->findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(path->toolTip().contains(m_db.path()));
        QVERIFY(countsArea.right() < path->geometry().left() || path->geometry().right() < countsArea.left());
    }

    // §6: sorting keeps the current record selected and in view.
    void sortingKeepsTheCurrentRecordInView()
    {
        QVERIFY(newDatabase(false));
        {
            Workspace ws;
            QVERIFY(ws.open(m_db.path()));
            for (int i = 0; i < 200; ++i) {
                ServiceTask task;
                task.name = QStringLiteral("Task %1").arg(i, 3, 10, QLatin1Char('0'));
                task.intervalSec = (i * 37) % 200 * 60;
                QVERIFY(ws.serviceTasks().create(task));
            }
        }
        QVERIFY(openWindow(screenAt(kLaptop)));
        const int row = rowNamed(QStringLiteral("Task 013"));
        clickRow(row);
        const qint64 id = page()->selectedIds().value(0);
        const QPoint at(header()->sectionViewportPosition(Model::Interval) + 10, header()->height() / 2);
        QTest::mouseClick(header()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(page()->selectedIds(), QVector<qint64>{id});
        const QModelIndex current = table()->currentIndex();
        QCOMPARE(page()->model()->localIdAt(current.row()), id);
        // The record moved well out of the rows on show before the sort: only a scroll brings it back.
        QCOMPARE(header()->sortIndicatorSection(), int(Model::Interval));
        QCOMPARE(current.row(), 81);
        QVERIFY(table()->rowAt(table()->viewport()->height() - 1) < 60);
        QTRY_VERIFY(table()->viewport()->rect().contains(table()->visualRect(current).center()));
    }
};

int main(int argc, char **argv)
{
    return runOnTwoScreens<TestOperatorDayScreens>(argc, argv);
}

#include "tst_operatorday_screens.moc"
