// The smaller editor widgets of the service task form driven offscreen as a user would:
// the string list, the UTC date and time shown in local time, and every child named.
#include "WidgetsTest.h"
#include "widgets/LocalDateTimeEdit.h"

class TestWidgetsFields : public WidgetsTest
{
    Q_OBJECT

private slots:
    void stringListProgrammaticSetIsSilent()
    {
        StringListEdit edit;
        auto *list = child<QListWidget>(&edit, "itemsList");
        QVERIFY(list);
        for (const char *name : {"addButton", "removeButton", "moveUpButton", "moveDownButton"}) {
            QToolButton *button = child<QToolButton>(&edit, name);
            QVERIFY2(button, name);
            QVERIFY(!button->text().isEmpty());
            QVERIFY(!button->toolTip().isEmpty());
        }
        QSignalSpy edited(&edit, &StringListEdit::itemsEdited);
        edit.setItems({QStringLiteral("SITE1"), QStringLiteral("  "), QStringLiteral(" SITE2 ")});
        QCOMPARE(edit.items(), QStringList({QStringLiteral("SITE1"), QStringLiteral("SITE2")}));
        QCOMPARE(list->count(), 2);
        QCOMPARE(edit.property("items").toStringList(), edit.items());
        QCOMPARE(edit.metaObject()->userProperty().name(), "items");
        edit.setItems({});
        QCOMPARE(list->count(), 0);
        QCOMPARE(edited.count(), 0);
    }

    void stringListAdd()
    {
        auto *edit = new StringListEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setItems({QStringLiteral("SITE1"), QStringLiteral("SITE2")});
        auto *list = child<QListWidget>(edit, "itemsList");
        auto *add = child<QToolButton>(edit, "addButton");
        QVERIFY(list && add);
        QSignalSpy edited(edit, &StringListEdit::itemsEdited);

        // Add opens the editor of a new last item; the item counts once it has text.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QCOMPARE(edited.count(), 0);
        typeAndEnter(QStringLiteral(" SITE3 "));
        QCOMPARE(edited.count(), 1);
        const QStringList three = {QStringLiteral("SITE1"), QStringLiteral("SITE2"), QStringLiteral("SITE3")};
        QCOMPARE(edited.at(0).at(0).toStringList(), three);
        QCOMPARE(edit->items(), three);
        QCOMPARE(list->item(2)->text(), QStringLiteral("SITE3"));

        // Escape, or blank text, drops the new item without a word.
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(focusedLineEdit());
        QTest::keyClicks(focusedLineEdit(), QStringLiteral("SITE4"));
        QTest::keyClick(focusedLineEdit(), Qt::Key_Escape);
        QCOMPARE(list->count(), 3);
        QTest::mouseClick(add, Qt::LeftButton);
        typeAndEnter(QStringLiteral("   "));
        QCOMPARE(list->count(), 3);
        // Insert on the list adds too.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Insert);
        typeAndEnter(QStringLiteral("SITE4"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edit->items().last(), QStringLiteral("SITE4"));
    }

    void stringListEditRemoveMove()
    {
        auto *edit = new StringListEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setItems({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        auto *list = child<QListWidget>(edit, "itemsList");
        auto *remove = child<QToolButton>(edit, "removeButton");
        auto *up = child<QToolButton>(edit, "moveUpButton");
        auto *down = child<QToolButton>(edit, "moveDownButton");
        QVERIFY(list && remove && up && down);
        QSignalSpy edited(edit, &StringListEdit::itemsEdited);

        // Edit in place (F2).
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_F2);
        typeAndEnter(QStringLiteral("B2"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("A"), QStringLiteral("B2"), QStringLiteral("C")}));

        // The same text again is no change.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        typeAndEnter(QStringLiteral("B2"));
        QCOMPARE(edited.count(), 1);

        // Move down with the button, up with Ctrl+Up.
        list->setCurrentRow(0);
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("B2"), QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(list->currentRow(), 1);
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(edited.count(), 3);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("B2"), QStringLiteral("C"), QStringLiteral("A")}));
        list->setCurrentRow(0);
        QVERIFY(!up->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(edited.count(), 3);

        // Erasing an item's text removes the item.
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_F2);
        typeAndEnter(QString());
        QCOMPARE(edited.count(), 4);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("B2"), QStringLiteral("A")}));
        QCOMPARE(list->count(), 2);

        // Remove with the button and with Delete.
        list->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(edited.count(), 5);
        QCOMPARE(edit->items(), QStringList({QStringLiteral("A")}));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(edited.count(), 6);
        QCOMPARE(edited.last().at(0).toStringList(), QStringList());
        QVERIFY(!remove->isEnabled());
    }

    void utcDateTimeShownInLocalTime()
    {
        UtcDateTimeEdit edit;
        auto *box = child<QDateTimeEdit>(&edit, "dateTimeEdit");
        auto *noDate = child<QCheckBox>(&edit, "noDateCheck");
        QVERIFY(box && noDate);
        QVERIFY(box->calendarPopup());
        QSignalSpy edited(&edit, &UtcDateTimeEdit::dateTimeEdited);
        QCOMPARE(edit.metaObject()->userProperty().name(), "dateTime");

        edit.setDateTime(utc0800);
        QCOMPARE(box->dateTime().time(), QTime(11, 0));
        QCOMPARE(box->text(), QStringLiteral("2019-02-20 11:00:00"));
        QCOMPARE(edit.dateTime(), utc0800);
        QCOMPARE(edit.dateTime().timeSpec(), Qt::UTC);
        QCOMPARE(edit.dateTime().time(), QTime(8, 0));
        QCOMPARE(edit.toolTip(), QStringLiteral("2019-02-20 08:00:00 UTC"));
        QVERIFY(!noDate->isChecked());
        QVERIFY(box->isEnabled());

        // Any time spec names the same instant.
        edit.setDateTime(QDateTime(QDate(2019, 2, 20), QTime(10, 0), Qt::OffsetFromUTC, 7200));
        QCOMPARE(edit.dateTime(), utc0800);
        QCOMPARE(box->text(), QStringLiteral("2019-02-20 11:00:00"));
        edit.setDateTime(QDateTime(QDate(2019, 8, 26), QTime(15, 9, 3), Qt::LocalTime));
        QCOMPARE(edit.dateTime(), QDateTime(QDate(2019, 8, 26), QTime(12, 9, 3), Qt::UTC));

        // Milliseconds the servers sent survive an untouched editor.
        const QDateTime precise(QDate(2019, 8, 26), QTime(12, 9, 3, 340), Qt::UTC);
        edit.setDateTime(precise);
        QCOMPARE(edit.dateTime(), precise);

        // Invalid means "no date".
        edit.setDateTime(QDateTime());
        QVERIFY(noDate->isChecked());
        QVERIFY(!box->isEnabled());
        QVERIFY(!edit.dateTime().isValid());
        QVERIFY(edit.isEmpty());
        QCOMPARE(edit.focusProxy(), noDate);
        QCOMPARE(edited.count(), 0);
    }

    void utcDateTimeUserEdits()
    {
        auto *edit = new UtcDateTimeEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        auto *box = child<QDateTimeEdit>(edit, "dateTimeEdit");
        auto *noDate = child<QCheckBox>(edit, "noDateCheck");
        QVERIFY(box && noDate);
        edit->setDateTime(utc0800);
        QSignalSpy edited(edit, &UtcDateTimeEdit::dateTimeEdited);
        QSignalSpy finished(edit, &UtcDateTimeEdit::editingFinished);

        // A step is committed by Enter, not before; the local hour 11 becomes 12 = 09:00Z.
        edit->setFocus();
        QCOMPARE(QApplication::focusWidget(), box);
        box->setCurrentSection(QDateTimeEdit::HourSection);
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(edited.count(), 0);
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toDateTime(), utc0800.addSecs(3600));
        QCOMPARE(edited.at(0).at(0).toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(edit->toolTip(), QStringLiteral("2019-02-20 09:00:00 UTC"));
        QTest::keyClick(box, Qt::Key_Return); // nothing new
        QCOMPARE(edited.count(), 1);

        // Typed local time, committed when the focus moves on (to "No date": still inside).
        box->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(box, QStringLiteral("15"));
        QCOMPARE(edited.count(), 1);
        // Tab walks the remaining sections, then leaves the box.
        for (int i = 0; i < 5 && QApplication::focusWidget() == box; ++i)
            QTest::keyClick(box, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), noDate);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edit->dateTime(), QDateTime(QDate(2019, 2, 20), QTime(12, 0), Qt::UTC));
        QCOMPARE(finished.count(), 2); // Enter once, then nothing until the widget is left

        // "No date" empties the value at once, and brings it back.
        QTest::keyClick(noDate, Qt::Key_Space);
        QCOMPARE(edited.count(), 3);
        QVERIFY(!edited.at(2).at(0).toDateTime().isValid());
        QVERIFY(!edit->dateTime().isValid());
        QVERIFY(!box->isEnabled());
        QCOMPARE(edit->toolTip(), QStringLiteral("No date"));
        QTest::keyClick(noDate, Qt::Key_Space);
        QCOMPARE(edited.count(), 4);
        QCOMPARE(edited.at(3).at(0).toDateTime(), QDateTime(QDate(2019, 2, 20), QTime(12, 0), Qt::UTC));
        QVERIFY(box->isEnabled());

        QCOMPARE(finished.count(), 2);
        QTest::keyClick(noDate, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), host.outside);
        QCOMPARE(finished.count(), 3);
        QCOMPARE(edited.count(), 4);
    }

    void calendarIsBuiltWhenOpenedAndAPickCommits()
    {
        auto *edit = new UtcDateTimeEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        auto *box = child<QDateTimeEdit>(edit, "dateTimeEdit");
        edit->setDateTime(utc0800);
        // A form holds several of these: none builds its calendar before it is wanted.
        QVERIFY(box->findChildren<QCalendarWidget *>().isEmpty());
        QSignalSpy edited(edit, &UtcDateTimeEdit::dateTimeEdited);

        // The arrow at the right end opens it, set up before it shows.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() - 6, box->height() / 2));
        auto *calendar = box->findChild<QCalendarWidget *>(QStringLiteral("dateTimeCalendar"));
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate(2019, 2, 20));
        QCOMPARE(edited.count(), 0);

        // A day picked with the keyboard is a finished choice: the form hears of it at once.
        auto *days = calendar->findChild<QAbstractItemView *>();
        QVERIFY(days);
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toDateTime(), utc0800.addDays(1));
        QCOMPARE(box->findChildren<QCalendarWidget *>().size(), 1);
    }

    // F4 or Alt+Down opens the calendar as they open a combo box's list; Esc closes it
    // with the value as it was, a day picked with the keys is saved.
    void calendarOpensFromTheKeyboard()
    {
        auto *edit = new UtcDateTimeEdit;
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        auto *box = child<QDateTimeEdit>(edit, "dateTimeEdit");
        edit->setDateTime(utc0800);
        QSignalSpy edited(edit, &UtcDateTimeEdit::dateTimeEdited);

        auto *days = GuiTest::openCalendarByKey(box, Qt::Key_F4);
        QVERIFY(days);
        auto *calendar = box->findChild<QCalendarWidget *>(QStringLiteral("dateTimeCalendar"));
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2019, 2, 20));
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(edited.count(), 0);
        QCOMPARE(edit->dateTime(), utc0800);

        QCOMPARE(GuiTest::openCalendarByKey(box, Qt::Key_Down, Qt::AltModifier), days);
        QTest::keyClick(days, Qt::Key_Left);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edit->dateTime(), utc0800.addDays(-1));

        // Not on a read-only edit, nor on one without a date (No date ticked).
        box->setReadOnly(true);
        QTest::keyClick(box, Qt::Key_F4);
        QVERIFY(!calendar->isVisible());
        box->setReadOnly(false);
        edit->setDateTime(QDateTime());
        QVERIFY(!box->isEnabled());
        QTest::keyClick(box, Qt::Key_F4);
        QTest::keyClick(box, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(!calendar->isVisible());
        QCOMPARE(edit->dateTime(), QDateTime());
        QCOMPARE(edited.count(), 1);
    }

    // The recurrence's dates (local time) open the same way, and their owners save every
    // change of value: the popup must be one choice, told once, and none after Esc or a
    // click outside, however many days the arrows passed over.
    void localDateCalendarIsOneChoice()
    {
        auto *edit = new LocalDateTimeEdit(QStringLiteral("untilEdit"), nullptr);
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        const QDateTime start(QDate(2026, 3, 9), QTime(18, 30));
        edit->setDateTime(start);
        QSignalSpy changed(edit, &QDateTimeEdit::dateTimeChanged);
        QSignalSpy dayChanged(edit, &QDateTimeEdit::dateChanged);
        auto *days = GuiTest::openCalendarByKey(edit, Qt::Key_F4);
        QVERIFY(days);
        auto *calendar = edit->findChild<QCalendarWidget *>(QStringLiteral("untilEditCalendar"));
        QVERIFY(calendar);
        QTest::keyClick(days, Qt::Key_Down);
        QTest::keyClick(days, Qt::Key_Down);
        QCOMPARE(edit->date(), QDate(2026, 3, 23)); // Qt moves the value as the day moves
        QTest::keyClick(days, Qt::Key_Escape);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(edit->dateTime(), start);
        QCOMPARE(changed.count(), 0);

        // Closed some other way than by a pick (a click outside does this): the same.
        QCOMPARE(GuiTest::openCalendarByKey(edit, Qt::Key_F4), days);
        QTest::keyClick(days, Qt::Key_Up);
        calendar->window()->close();
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(edit->dateTime(), start);
        QCOMPARE(changed.count(), 0);

        // A pick after passing over days is one change.
        QCOMPARE(GuiTest::openCalendarByKey(edit, Qt::Key_Down, Qt::AltModifier), days);
        QTest::keyClick(days, Qt::Key_Down);
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(edit->dateTime(), QDateTime(QDate(2026, 3, 17), QTime(18, 30)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toDateTime(), edit->dateTime());
        QCOMPARE(dayChanged.count(), 1);

        // And the edit is heard again after the popup: a step of a section is a change.
        QTest::keyClick(edit, Qt::Key_Up);
        QCOMPARE(changed.count(), 2);
    }

    // A click on a day is a pick too, also on a popup opened from the keyboard.
    void clickOnADayPicksIt()
    {
        auto *edit = new LocalDateTimeEdit(QStringLiteral("untilEdit"), nullptr);
        WidgetHost host(edit, kHostSize);
        QVERIFY(host.show());
        edit->setDateTime(QDateTime(QDate(2026, 3, 9), QTime(18, 30)));
        QSignalSpy changed(edit, &QDateTimeEdit::dateTimeChanged);
        auto *days = GuiTest::openCalendarByKey(edit, Qt::Key_F4);
        QVERIFY(days);
        auto *calendar = edit->findChild<QCalendarWidget *>(QStringLiteral("untilEditCalendar"));
        QModelIndex tenth;
        for (int row = 0; row < days->model()->rowCount() && !tenth.isValid(); ++row) {
            for (int column = 0; column < days->model()->columnCount(); ++column) {
                const QModelIndex at = days->model()->index(row, column);
                if (at.data().toString() == QLatin1String("10") && row < 4) {
                    tenth = at;
                    break;
                }
            }
        }
        QVERIFY(tenth.isValid());
        QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, days->visualRect(tenth).center());
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(edit->date(), QDate(2026, 3, 10));
        QCOMPARE(changed.count(), 1);
    }

    void childWidgetsHaveNames()
    {
        // Stable names are how tests and accessibility tools find the parts.
        DurationEdit duration;
        StringListEdit list;
        UtcDateTimeEdit date;
        PeriodsEditor periods;
        for (const QWidget *widget : {static_cast<QWidget *>(&duration), static_cast<QWidget *>(&list),
                                      static_cast<QWidget *>(&date), static_cast<QWidget *>(&periods)}) {
            const auto children = widget->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
            for (const QWidget *c : children)
                QVERIFY2(!c->objectName().isEmpty(),
                         qPrintable(QStringLiteral("%1 in %2").arg(QString::fromLatin1(c->metaObject()->className()),
                                                                  QString::fromLatin1(widget->metaObject()->className()))));
        }
    }
};

QTEST_MAIN(TestWidgetsFields)
#include "tst_widgets_fields.moc"
