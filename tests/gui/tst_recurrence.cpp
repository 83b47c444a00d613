#include <QtTest>
class TestRecurrence : public QObject { Q_OBJECT };
QTEST_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
