#include "SeriesPageTest.h"

QJsonObject seedJson()
{
    return TestSupport::fixtureJson(QStringLiteral("targpatrol-series.json")).toObject();
}

QJsonObject withoutSeriesIds(QJsonObject series)
{
    series.remove(QStringLiteral("seriesId"));
    QJsonArray steps;
    for (const QJsonValue &s : series.value(QStringLiteral("steps")).toArray()) {
        QJsonObject step = s.toObject();
        step.remove(QStringLiteral("seriesId"));
        QJsonArray actions;
        for (const QJsonValue &a : step.value(QStringLiteral("actions")).toArray()) {
            QJsonObject action = a.toObject();
            action.remove(QStringLiteral("seriesId"));
            actions.append(action);
        }
        step.insert(QStringLiteral("actions"), actions);
        steps.append(step);
    }
    series.insert(QStringLiteral("steps"), steps);
    return series;
}

void SeriesPageTest::initTestCase()
{
    MainWindowFixture::useZoneEastOfUtc();
    MainWindowFixture::setUpApplication(QCoreApplication::applicationName());
    QVERIFY(m_db.isValid());
    QVERIFY(!seedJson().isEmpty());
    QCOMPARE(QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).toLocalTime().time(), QTime(7, 0));
}

void SeriesPageTest::init()
{
    startTest();
}

void SeriesPageTest::cleanup()
{
    endTest();
}
