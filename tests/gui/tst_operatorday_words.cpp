// The operator's day in words: the codes offered in the combos, undo labels as phrases
// and distinct words for distinct deeds in both languages, dates and the file dialog in
// the UI's language, the recent databases and the user guide.
// Offscreen, on a real database, driven through the widgets.
#include "OperatorDayTest.h"

class TestOperatorDayWords : public OperatorDayTest
{
    Q_OBJECT

private slots:
    // §4: the list site modes and the individual schedule are offered; picking them
    // makes Sites and Periods editable.
    void listModesAndIndividualScheduleAreOffered()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *siteMode = form()->findChild<CodeComboBox *>(QStringLiteral("siteModeCombo"));
        auto *sites = form()->findChild<StringListEdit *>(QStringLiteral("sitesEdit"));
        QTRY_COMPARE(siteMode->code(), QStringLiteral("all"));
        QVERIFY(!sites->isEnabled());
        pickCode(siteMode, QStringLiteral("list"));
        QCOMPARE(siteMode->code(), QStringLiteral("list"));
        QVERIFY2(siteMode->currentText().contains(QLatin1String("listed sites")), qPrintable(siteMode->currentText()));
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.siteMode, QStringLiteral("list"));
        QTRY_VERIFY(sites->isEnabled());
        QTest::keyClick(siteMode->lineEdit(), Qt::Key_Down);
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.siteMode, QStringLiteral("anyfromlist"));
        QVERIFY(sites->isEnabled());

        auto *schedule = form()->findChild<CodeComboBox *>(QStringLiteral("scheduleCombo"));
        auto *periods = form()->findChild<PeriodsEditor *>(QStringLiteral("periodsEditor"));
        QCOMPARE(schedule->code(), QStringLiteral("work"));
        QVERIFY(!periods->isEnabled());
        pickCode(schedule, QStringLiteral("individual"));
        QCOMPARE(schedule->code(), QStringLiteral("individual"));
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.schedule, QStringLiteral("individual"));
        QTRY_VERIFY(periods->isEnabled());

        // A code typed by hand is still kept as typed.
        schedule->lineEdit()->selectAll();
        QTest::keyClicks(schedule->lineEdit(), QStringLiteral("night-only"));
        QTest::keyClick(schedule->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_ws->serviceTasks().get(page()->selectedIds().value(0))->local.schedule, QStringLiteral("night-only"));
    }

    // §5: Undo and Redo read as phrases: the step is quoted after the verb.
    void undoLabelsArePhrases()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *name = form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Renamed"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(action("undoAction")->text(), QStringLiteral("&Undo “Edit name”"));
        action("undoAction")->trigger();
        QTRY_COMPARE(action("redoAction")->text(), QStringLiteral("&Redo “Edit name”"));
        QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo"));
    }

    void undoLabelsArePhrasesInRussian()
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        clickRow(rowNamed(kNameA));
        auto *regular = form()->findChild<QWidget *>(QStringLiteral("regularCheck"));
        QTest::mouseClick(regular, Qt::LeftButton, {}, QPoint(8, regular->height() / 2));
        QTRY_VERIFY(action("undoAction")->isEnabled());
        const QString undo = action("undoAction")->text();
        QVERIFY2(undo.startsWith(QStringLiteral("&Отменить «")) && undo.endsWith(QChar(u'»')), qPrintable(undo));
        action("undoAction")->trigger();
        const QString redo = action("redoAction")->text();
        QVERIFY2(redo.startsWith(QStringLiteral("&Повторить «")), qPrintable(redo));
    }

    // §5: deleting a series and removing a step are told apart by their words, in both
    // languages (the Russian translation had «Удалить» for both).
    void deleteSeriesAndRemoveStepAreDifferentWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void deleteSeriesAndRemoveStepAreDifferentWords()
    {
        QFETCH(QString, language);
        Translator::install(language);
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        openSeriesPage();
        auto *remove = m_window->seriesPage()->stepEditor()->findChild<QAction *>(QStringLiteral("removeItemAction"));
        QVERIFY(remove);
        const auto words = [](const QAction *a) { return QString(a->text()).remove(u'&').trimmed().toLower(); };
        QVERIFY2(words(remove) != words(action("deleteAction")), qPrintable(words(remove)));
    }

    // §5: dates follow the UI language; the server's ct/lwt in local time, raw in the tip.
    void datesFollowTheLanguage()
    {
        Translator::install(QStringLiteral("ru"));
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        const int row = rowNamed(kNameA);
        const QString start = page()->model()->index(row, Model::Start).data().toString();
        const QDateTime local = QDateTime(QDate(2019, 2, 20), QTime(8, 0), Qt::UTC).toLocalTime();
        QCOMPARE(start, local.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        clickRow(row);
        auto *ext = form()->findChild<QTableWidget *>(QStringLiteral("extTable"));
        QTRY_VERIFY(ext->rowCount() >= 2);
        bool seen = false;
        for (int r = 0; r < ext->rowCount(); ++r) {
            if (ext->item(r, 0)->toolTip() != QLatin1String("lwt"))
                continue;
            seen = true;
            const QDateTime lwt = QDateTime(QDate(2019, 8, 26), QTime(12, 9, 3, 340), Qt::UTC).toLocalTime();
            QCOMPARE(ext->item(r, 1)->text(), lwt.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
            QVERIFY(ext->item(r, 1)->toolTip().contains(QLatin1String("2019-08-26T12:09:03.34Z")));
            QVERIFY2(!ext->item(r, 0)->text().contains(QLatin1String("lwt")), qPrintable(ext->item(r, 0)->text()));
        }
        QVERIFY(seen);
        auto *box = form()->findChild<QWidget *>(QStringLiteral("startEdit"))->findChild<QDateTimeEdit *>();
        QCOMPARE(box->text(), local.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
    }

    // §5: Qt's own file dialog writes sizes and dates in the UI language, not in the
    // system's (the test runs under C.UTF-8, as an English system).
    void fileDialogFollowsTheLanguage()
    {
        Translator::install(QStringLiteral("ru"));
        FileDialogLanguage::install();
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("выгрузка.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'x'));
        QVERIFY(file.flush()); // so that closing writes nothing after the time is set
        const QDateTime modified(QDate(2024, 12, 28), QTime(23, 58));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();

        QFileDialog dialog(nullptr, QStringLiteral("Импорт"), folder.path());
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(view);
        const QAbstractItemModel *model = view->model();
        int row = -1;
        QTRY_VERIFY((row = [&] {
            for (int r = 0; r < model->rowCount(view->rootIndex()); ++r) {
                if (model->index(r, 0, view->rootIndex()).data().toString() == file.fileName().section(u'/', -1))
                    return r;
            }
            return -1;
        }()) >= 0);
        const QLocale russian(QLocale::Russian, QLocale::Russia);
        const QString size = model->index(row, 1, view->rootIndex()).data().toString();
        QCOMPARE(size, russian.formattedDataSize(5000));
        QVERIFY(size != QLocale::system().formattedDataSize(5000));
        const QString date = model->index(row, 3, view->rootIndex()).data().toString();
        QCOMPARE(date, russian.toString(modified, QLocale::ShortFormat));
        QVERIFY(date != QLocale::system().toString(modified, QLocale::ShortFormat));
        // The header and the type come from Qt's and Taskdesk's translations.
        QVERIFY2(model->headerData(1, Qt::Horizontal).toString() != QLatin1String("Size"),
                 qPrintable(model->headerData(1, Qt::Horizontal).toString()));
        dialog.close();
    }

    // §6: File ▸ Open database… and Recent databases, a missing file shown as missing.
    void recentDatabases()
    {
        DatabaseWindows windows;
        const QString first = m_db.filePath(QStringLiteral("recent-a.sqlite"));
        const QString second = m_db.filePath(QStringLiteral("recent-b.sqlite"));
        QString error;
        MainWindow *a = windows.open(first, &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(windows.open(second, &error));
        QCOMPARE(RecentDatabases::paths(), (QStringList{second, first}));
        windows.windowFor(second)->close();
        QTRY_COMPARE(windows.count(), 1);

        QVERIFY(a->findChild<QAction *>(QStringLiteral("openDatabaseAction")));
        QCOMPARE(a->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->shortcut(), QKeySequence(QKeySequence::Open));
        auto *recent = a->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QList<QAction *> entries;
        for (QAction *entry : recent->actions()) {
            if (entry->objectName() == QLatin1String("recentDatabase"))
                entries << entry;
        }
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0]->data().toString(), second);
        QVERIFY(entries[0]->isEnabled());
        entries[0]->trigger();
        QTRY_COMPARE(windows.count(), 2);
        QVERIFY(windows.windowFor(second));

        // A database file that is gone is listed as missing, not made anew.
        const QString gone = m_db.filePath(QStringLiteral("gone.sqlite"));
        RecentDatabases::add(gone);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QAction *missing = nullptr;
        for (QAction *entry : recent->actions()) {
            if (entry->data().toString() == gone)
                missing = entry;
        }
        QVERIFY(missing);
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->text().contains(QLatin1String("missing")));
        QVERIFY(!QFile::exists(gone));

        // Settings edited by hand: duplicates and empty entries are not listed.
        QSettings().setValue(QStringLiteral("recentDatabases"), QStringList{first, QString(), first, QStringLiteral("  ")});
        QCOMPARE(RecentDatabases::paths(), QStringList{first});
    }

    // §6: Help ▸ User guide (F1) shows the built-in guide, in the UI language.
    void userGuide()
    {
        QVERIFY(newDatabase(true));
        QVERIFY(openWindow(screenAt(kLaptop)));
        table()->setFocus();
        pressKey(QKeySequence::HelpContents);
        UserGuideDialog *guide = nullptr;
        QTRY_VERIFY((guide = m_window->findChild<UserGuideDialog *>()) != nullptr);
        QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("F6")));
        QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("Sync settings")));
        guide->close();
        Translator::install(QStringLiteral("ru"));
        QVERIFY(UserGuideDialog::html().contains(QStringLiteral("Синхронизация")));
    }
};

int main(int argc, char **argv)
{
    return runOnTwoScreens<TestOperatorDayWords>(argc, argv);
}

#include "tst_operatorday_words.moc"
