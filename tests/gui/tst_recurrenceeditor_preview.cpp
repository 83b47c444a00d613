// The RecurrenceEditor's preview of the last and the next occurrences: of a series that
// has finished, that runs, that has run for decades, and an occurrence taken out or put
// back from the list.
#include "RecurrenceEditorTest.h"

#include <QElapsedTimer>

using namespace RecurrenceTest;

class TestRecurrenceEditorPreview : public RecurrenceEditorTest
{
    Q_OBJECT

private slots:
    void editorPreview();
    void editorPreviewFinishedSeries();
    void editorPreviewRunningSeries();
    void editorPreviewLongRunningSeries();
    void editorPreviewToggleOccurrence();
    void editorDatesFollowTheUiLanguage();
};

void TestRecurrenceEditorPreview::editorPreview()
{
    Host host;
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *preview = host.child<QLabel>("previewLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    host.editor->setRecurrence(QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"),
                               QStringLiteral("20230307T180000Z"));
    host.editor->setReferenceTime(utc(2023, 3, 1));
    QCOMPARE(list->count(), 1);
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled)); // "set the start" note
    host.editor->setStart(utc(2023, 3, 6, 18));
    QVERIFY(host.show());

    QVERIFY2(preview->text().startsWith(QStringLiteral("Every day until 10 March 2023 00:00")),
             qPrintable(preview->text()));
    QVERIFY2(preview->text().contains(QStringLiteral("except 1 date")), qPrintable(preview->text()));
    QStringList texts;
    QList<bool> skipped;
    for (int i = 0; i < list->count(); ++i) {
        texts.append(list->item(i)->text());
        skipped.append(list->item(i)->data(RecurrenceEditor::SkippedRole).toBool());
    }
    QCOMPARE(texts, (QStringList{"Mon 2023-03-06 21:00", "Tue 2023-03-07 21:00 (skipped)",
                                 "Wed 2023-03-08 21:00", "Thu 2023-03-09 21:00"}));
    QCOMPARE(skipped, (QList<bool>{false, true, false, false}));
    QVERIFY(list->item(1)->font().strikeOut());
    QCOMPARE(list->item(0)->data(RecurrenceEditor::InstantRole).toDateTime(), utc(2023, 3, 6, 18));

    QVERIFY(!host.child<QLabel>("historyLabel")->isVisible()); // nothing has happened yet

    // What lies before "now" comes first, marked as past; then what comes after it.
    host.editor->setReferenceTime(utc(2023, 3, 8, 12));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)",
                                          "Tue 2023-03-07 21:00 (skipped)",
                                          "Wed 2023-03-08 21:00", "Thu 2023-03-09 21:00"}));
    host.editor->setReferenceTime(utc(2023, 3, 10));
    QCOMPARE(rowTexts(list), (QStringList{"Wed 2023-03-08 21:00 (past)",
                                          "Thu 2023-03-09 21:00 (past)",
                                          "No upcoming occurrences."}));
    QVERIFY(!(list->item(2)->flags() & Qt::ItemIsEnabled));

    // Endless rules list five upcoming ones after the last two; moving the start follows.
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR"), QStringLiteral("20230320T180000Z"));
    host.editor->setReferenceTime(utc(2023, 3, 14));
    int real = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        real += item->data(RecurrenceEditor::SkippedRole).toBool()
                || item->data(RecurrenceEditor::PastRole).toBool() ? 0 : 1;
    }
    QCOMPARE(real, RecurrenceEditor::PreviewCount);
    QCOMPARE(rowTexts(list), (QStringList{"Fri 2023-03-10 21:00 (past)", "Mon 2023-03-13 21:00 (past)",
                                          "Fri 2023-03-17 21:00", "Mon 2023-03-20 21:00 (skipped)",
                                          "Fri 2023-03-24 21:00", "Mon 2023-03-27 21:00",
                                          "Fri 2023-03-31 21:00", "Mon 2023-04-03 21:00"}));
    QVERIFY(preview->text().startsWith(QStringLiteral("Every week on Monday and Friday")));
    host.editor->setStart(utc(2023, 3, 6, 6));
    QCOMPARE(list->item(2)->text(), QStringLiteral("Fri 2023-03-17 09:00"));

    // Does not repeat: the start, once.
    host.editor->setRecurrence(QString(), QString());
    host.editor->setReferenceTime(utc(2023, 3, 1));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Mon 2023-03-06 09:00"));

    QCOMPARE(spy.count(), 0);
}

void TestRecurrenceEditorPreview::editorPreviewFinishedSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 4, 1),
                            QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"),
                            QStringLiteral("20230307T180000Z")));
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);

    // The summary is unchanged; the end and the total come under it; the last two are listed.
    QCOMPARE(host.child<QLabel>("previewLabel")->text(),
             QStringLiteral("Every day until 10 March 2023 00:00, except 1 date"));
    QVERIFY(history->isVisible());
    QCOMPARE(history->text(),
             QStringLiteral("Ended: last occurrence on Thu 2023-03-09 21:00, 3 occurrences in all"));
    QCOMPARE(rowTexts(list), (QStringList{"Wed 2023-03-08 21:00 (past)",
                                          "Thu 2023-03-09 21:00 (past)",
                                          "No upcoming occurrences."}));
    const QColor grey = host.editor->palette().color(QPalette::Disabled, QPalette::Text);
    for (int row : {0, 1}) {
        QVERIFY(list->item(row)->data(RecurrenceEditor::PastRole).toBool());
        QVERIFY(!list->item(row)->data(RecurrenceEditor::SkippedRole).toBool());
        QCOMPARE(list->item(row)->foreground().color(), grey);
    }
    QCOMPARE(list->item(1)->data(RecurrenceEditor::InstantRole).toDateTime(), utc(2023, 3, 9, 18));

    // Skipping the last one by keyboard: the one before it becomes the last.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230307T180000Z,20230309T180000Z"));
    QCOMPARE(history->text(),
             QStringLiteral("Ended: last occurrence on Wed 2023-03-08 21:00, 2 occurrences in all"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)",
                                          "Tue 2023-03-07 21:00 (skipped)",
                                          "Wed 2023-03-08 21:00 (past)",
                                          "Thu 2023-03-09 21:00 (skipped)",
                                          "No upcoming occurrences."}));
    QVERIFY(list->item(3)->font().strikeOut());
    QVERIFY(list->item(3)->data(RecurrenceEditor::PastRole).toBool());

    // One occurrence only; none at all.
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;COUNT=1"), QString());
    QCOMPARE(history->text(), QStringLiteral("Ended: the only occurrence was on Mon 2023-03-06 21:00"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)", "No upcoming occurrences."}));
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;COUNT=1"), QStringLiteral("20230306"));
    QCOMPARE(history->text(), QStringLiteral("Ended: no occurrence took place"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (skipped)", "No upcoming occurrences."}));

    // A single task in the past.
    host.editor->setRecurrence(QString(), QString());
    QCOMPARE(history->text(), QStringLiteral("Ended: the only occurrence was on Mon 2023-03-06 21:00"));
    QCOMPARE(spy.count(), 0);
}

void TestRecurrenceEditorPreview::editorPreviewRunningSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 3, 14),
                            QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR;COUNT=8"),
                            QStringLiteral("20230310T180000Z,20230320")));
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);

    // Mon 6, (Fri 10 skipped), Mon 13 | Fri 17, (Mon 20 skipped), Fri 24, Mon 27, Fri 31.
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 2 of 6 occurrences so far"));
    QCOMPARE(rowTexts(list), (QStringList{"Mon 2023-03-06 21:00 (past)",
                                          "Fri 2023-03-10 21:00 (skipped)",
                                          "Mon 2023-03-13 21:00 (past)",
                                          "Fri 2023-03-17 21:00",
                                          "Mon 2023-03-20 21:00 (skipped)",
                                          "Fri 2023-03-24 21:00", "Mon 2023-03-27 21:00",
                                          "Fri 2023-03-31 21:00"}));
    QVERIFY(!list->item(3)->data(RecurrenceEditor::PastRole).toBool());
    QCOMPARE(list->item(3)->foreground().style(), Qt::NoBrush); // upcoming: the normal colour
    // The next one is still what the exception box suggests.
    QCOMPARE(host.child<QDateTimeEdit>("exceptionEdit")->dateTime(),
             QDateTime(QDate(2023, 3, 17), QTime(21, 0), Qt::LocalTime));

    // Bringing a skipped past one back counts it again.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230320"));
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 3 of 7 occurrences so far"));
    QCOMPARE(rowTexts(list).mid(0, 3), (QStringList{"Fri 2023-03-10 21:00 (past)",
                                                    "Mon 2023-03-13 21:00 (past)",
                                                    "Fri 2023-03-17 21:00"}));

    // Endless: no total. Only one so far.
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR"), QString());
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 3 occurrences so far"));
    host.editor->setReferenceTime(utc(2023, 3, 7));
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 1 occurrence so far"));
    QCOMPARE(rowTexts(list).first(), QStringLiteral("Mon 2023-03-06 21:00 (past)"));
    QCOMPARE(list->count(), 1 + RecurrenceEditor::PreviewCount);
    host.editor->setRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR;COUNT=4"), QString());
    QCOMPARE(history->text(), QStringLiteral("Started on Mon 2023-03-06 21:00, 1 of 4 occurrences so far"));
    QCOMPARE(spy.count(), 0);
}

void TestRecurrenceEditorPreview::editorPreviewLongRunningSeries()
{
    Host host;
    auto *history = host.child<QLabel>("historyLabel");
    auto *list = host.child<QListWidget>("occurrencesList");
    host.editor->setStart(utc(2000, 1, 1));
    host.editor->setReferenceTime(utc(2030, 1, 1));
    QVERIFY(host.show());

    // Thirty years of an hourly rule: counted exactly and at once.
    QElapsedTimer timer;
    timer.start();
    host.editor->setRecurrence(QStringLiteral("FREQ=HOURLY"), QString());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(history->text(), QStringLiteral("Started on Sat 2000-01-01 03:00, 262,992 occurrences so far"));
    QCOMPARE(rowTexts(list).mid(0, 3), (QStringList{"Tue 2030-01-01 01:00 (past)",
                                                    "Tue 2030-01-01 02:00 (past)",
                                                    "Tue 2030-01-01 03:00"}));
    QCOMPARE(list->count(), RecurrenceEditor::PastPreviewCount + RecurrenceEditor::PreviewCount);

    // A rule that must be expanded and has too many before now: said so, nothing invented.
    host.editor->setRecurrence(QString::fromLatin1(DenseRule), QString());
    QCOMPARE(history->text(), QStringLiteral("Started on Sat 2000-01-01 03:00"));
    QCOMPARE(rowTexts(list), (QStringList{"Too many occurrences since the start to find the next ones."}));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
}

void TestRecurrenceEditorPreview::editorPreviewToggleOccurrence()
{
    Host host;
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 3, 1),
                            QStringLiteral("FREQ=DAILY;COUNT=4")));
    QSignalSpy spy(host.editor, &RecurrenceEditor::recurrenceEdited);
    auto *list = host.child<QListWidget>("occurrencesList");

    // Enter on an occurrence skips it ...
    list->setFocus();
    list->setCurrentRow(1);
    QCOMPARE(host.child<QDateTimeEdit>("exceptionEdit")->dateTime(),
             QDateTime(QDate(2023, 3, 7), QTime(21, 0), Qt::LocalTime));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QStringLiteral("20230307T180000Z"));
    QVERIFY(list->item(1)->data(RecurrenceEditor::SkippedRole).toBool());

    // ... and on a skipped one brings it back.
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(1).toString(), QString());
    QVERIFY(!list->item(1)->data(RecurrenceEditor::SkippedRole).toBool());
}

// In Russian the form writes dates day first (02.12.2024); the recurrence editor's
// occurrences, exceptions, their date box and the "Ended" line wrote 2024-12-02 beside them.
void TestRecurrenceEditorPreview::editorDatesFollowTheUiLanguage()
{
    struct LocaleBack
    {
        QLocale was;
        ~LocaleBack() { QLocale::setDefault(was); }
    } back;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    Host host;
    auto *list = host.child<QListWidget>("occurrencesList");
    QVERIFY(host.showSeries(utc(2023, 3, 6, 18), utc(2023, 4, 1),
                            QStringLiteral("FREQ=DAILY;UNTIL=20230309T210000Z"),
                            QStringLiteral("20230307T180000Z")));
    const QString dayFirst = QStringLiteral("09.03.2023 21:00");
    QVERIFY2(host.child<QLabel>("historyLabel")->text().contains(dayFirst), qPrintable(host.child<QLabel>("historyLabel")->text()));
    QVERIFY2(rowTexts(list).join(u'|').contains(dayFirst), qPrintable(rowTexts(list).join(u'|')));
    QVERIFY2(!rowTexts(list).join(u'|').contains(QLatin1String("2023-03")), qPrintable(rowTexts(list).join(u'|')));
    auto *exceptions = host.child<QListWidget>("exceptionList");
    QVERIFY2(rowTexts(exceptions).join(u'|').contains(QLatin1String("07.03.2023 21:00")), qPrintable(rowTexts(exceptions).join(u'|')));
    for (const char *name : {"exceptionEdit", "untilEdit"}) {
        auto *edit = host.child<QDateTimeEdit>(name);
        QCOMPARE(edit->displayFormat(), QStringLiteral("dd.MM.yyyy HH:mm"));
    }
}

QTEST_MAIN(TestRecurrenceEditorPreview)
#include "tst_recurrenceeditor_preview.moc"
