#include "TableEdits.h"

#include "MainWindow.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/Workspace.h"

#include <QtTest>

void GuiTest::renameTask(MainWindow &window, Workspace &ws, const QString &uuid, const QString &name)
{
    ServiceTaskTableModel *model = window.serviceTasksPage()->model();
    const int row = model->rowOf(ws.serviceTasks().localIdForUuid(uuid).value_or(-1));
    QVERIFY2(row >= 0, qPrintable(uuid));
    ServiceTask after = model->recordAt(row)->local;
    after.name = name;
    QVERIFY(model->commit(row, after, QStringLiteral("rename")));
}
