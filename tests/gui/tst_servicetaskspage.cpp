#include <QtTest>
class TestServiceTasksPage : public QObject { Q_OBJECT };
QTEST_MAIN(TestServiceTasksPage)
#include "tst_servicetaskspage.moc"
