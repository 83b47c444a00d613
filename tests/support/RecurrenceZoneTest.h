#pragma once

// The base of the recurrence tests (tst_recurrence_*, tst_recurrenceeditor_*): before the
// first test, the zone and the locale they are written for (RecurrenceTest.h); the
// program fails at once when the zone is missing.

#include <QObject>

class RecurrenceZoneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
};
