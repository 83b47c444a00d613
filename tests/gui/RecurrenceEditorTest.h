#pragma once

// What the recurrence editor tests (tst_recurrenceeditor_*) share: the zone and locale
// they run in (RecurrenceZoneTest: Europe/Moscow, UTC+3, so that local and UTC differ),
// the editor in a window of its own beside a line edit to move the focus to, picking from
// a combo box with the keyboard, and a list's rows as the user reads them.

#include "RecurrenceTest.h"
#include "RecurrenceZoneTest.h"
#include "WidgetHost.h"

#include "widgets/ExceptionEdits.h"
#include "widgets/RecurrenceEditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

class RecurrenceEditorTest : public RecurrenceZoneTest
{
    Q_OBJECT

protected:
    // The editor in a window of its own, beside a line edit to move the focus to.
    struct Host : HostOf<RecurrenceEditor>
    {
        Host() : HostOf(QSize(450, 700)) {}

        // Shows a series that starts at `start`, as seen at `now`; false when the window
        // never shows.
        bool showSeries(const QDateTime &start, const QDateTime &now, const QString &rule,
                        const QString &exceptions = {});

        RecurrenceEditor *const editor = widget;
    };

    // The rows of a list as the user reads them.
    static QStringList rowTexts(const QListWidget *list);
    // Picks an item as a user does with the keyboard: F4 opens the list, arrows move,
    // Enter chooses (one "activated", whatever the distance); false when it did not take.
    static bool pick(QComboBox *combo, const QString &text);
};
