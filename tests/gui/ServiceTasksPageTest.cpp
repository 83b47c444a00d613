#include "ServiceTasksPageTest.h"

#include "Confirmation.h"

#include <QStyledItemDelegate>
#include <QtTest>

namespace {

// QStyledItemDelegate::initStyleOption made reachable, to find where a cell draws
// its check box (the page's delegate does not change that part).
class OptionProbe : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::initStyleOption;
};

} // namespace

std::optional<StoredServiceTask> storedByUuid(Workspace &ws, const QString &uuid)
{
    const auto id = ws.serviceTasks().localIdForUuid(uuid);
    if (!id)
        return std::nullopt;
    return ws.serviceTasks().get(*id);
}

std::optional<StoredServiceTask> storedByName(Workspace &ws, const QString &name)
{
    const QVector<StoredServiceTask> records = ws.serviceTasks().all(true);
    for (const StoredServiceTask &record : records) {
        if (record.local.name == name)
            return record;
    }
    return std::nullopt;
}

bool ServiceTasksPageTest::newDatabase(bool seeded)
{
    if (!seeded)
        return m_db.openNew() != nullptr;
    if (!m_db.createSeeded(QStringLiteral(TASKDESK_TEST_DATA "/import-both.json")))
        return false;
    const auto ws = m_db.reopen();
    return ws && ws->serviceTasks().count() == 3;
}

bool ServiceTasksPageTest::openWindow()
{
    // The size these scenarios were written for; the offscreen screen is smaller, and
    // the window fits itself to it (tst_operatorday covers that).
    if (!MainWindowFixture::openWindow(QSize(1280, 760)))
        return false;
    // These scenarios edit every column, the ones hidden by default too: shown as the
    // operator shows them (the header's menu is tested in tst_operatorday).
    for (int column = 0; column < Model::ColumnCount; ++column)
        table()->showColumn(column);
    table()->setFocus(Qt::OtherFocusReason);
    return true;
}

QRect ServiceTasksPageTest::checkRect(const QModelIndex &index) const
{
    QTableView *view = table();
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.rect = view->visualRect(index);
    option.font = view->font();
    option.fontMetrics = QFontMetrics(view->font());
    option.state |= QStyle::State_Enabled;
    OptionProbe probe;
    probe.initStyleOption(&option, index);
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
}

void ServiceTasksPageTest::initTestCase()
{
    MainWindowFixture::useZoneEastOfUtc();
    MainWindowFixture::setUpApplication(QCoreApplication::applicationName());
    QVERIFY(m_db.isValid());
    QCOMPARE(QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).toLocalTime().time(), QTime(7, 0));
}

void ServiceTasksPageTest::init()
{
    startTest();
}

void ServiceTasksPageTest::cleanup()
{
    endTest();
}
