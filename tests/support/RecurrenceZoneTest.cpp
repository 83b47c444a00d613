#include "RecurrenceZoneTest.h"

#include "RecurrenceTest.h"

#include <QtTest>

void RecurrenceZoneTest::initTestCase()
{
    QVERIFY2(RecurrenceTest::setUpZoneAndLocale(), "local time is not UTC+3");
}
