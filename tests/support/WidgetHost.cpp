#include "WidgetHost.h"

#include <QVBoxLayout>
#include <QtTest>

WidgetHost::WidgetHost(QWidget *widget, const QSize &size)
{
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(widget);
    outside = new QLineEdit(&window);
    outside->setObjectName(QStringLiteral("outsideEdit"));
    layout->addWidget(outside);
    window.resize(size);
}

bool WidgetHost::show()
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}
