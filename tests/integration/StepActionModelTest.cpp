#include "StepActionModelTest.h"

Action makeAction(const QString &name, const QString &type, bool required)
{
    Action a;
    a.seriesId = kIds.value(name);
    a.name = name;
    a.type = type;
    a.required = required;
    return a;
}

Step makeStep(const QString &name, const QVector<Action> &actions)
{
    Step s;
    s.seriesId = kIds.value(name);
    s.pointId = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");
    s.name = name;
    s.actions = actions;
    return s;
}

QJsonObject photoExtra()
{
    return QJsonObject{{QStringLiteral("maxCount"), 3},
                       {QStringLiteral("hint"), QJsonObject{{QStringLiteral("lang"), QStringLiteral("ru")}}},
                       {QStringLiteral("choices"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
}
QJsonObject stepExtra() { return QJsonObject{{QStringLiteral("color"), QStringLiteral("green")}}; }

TaskSeries seedSeries()
{
    TaskSeries s;
    s.name = QStringLiteral("patrol");
    Timestamp::parse(QStringLiteral("2023-03-06T18:00:00.000Z"), &s.startAt);
    Timestamp::parse(QStringLiteral("2023-03-06T21:00:00.000Z"), &s.endAt);
    s.priority = QStringLiteral("MAJOR");
    Action b1 = makeAction(QStringLiteral("B1"), QStringLiteral("NUMBER"));
    b1.setMinValue(0);
    b1.setMaxValue(10);
    Action b2 = makeAction(QStringLiteral("B2"), QStringLiteral("PHOTO"));
    b2.extra = photoExtra();
    Step s2 = makeStep(QStringLiteral("S2"), {b1, b2});
    s2.extra = stepExtra();
    s.steps = {makeStep(QStringLiteral("S1"), {makeAction(QStringLiteral("A1"), QStringLiteral("BOOLEAN")),
                                               makeAction(QStringLiteral("A2"), QStringLiteral("TEXT"), true)}),
               s2, makeStep(QStringLiteral("S3"), {}),
               makeStep(QStringLiteral("S4"), {makeAction(QStringLiteral("D1"), QStringLiteral("TEXT"))})};
    return s;
}

void StepActionModelTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void StepActionModelTest::init()
{
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir.filePath(QStringLiteral("model%1.sqlite").arg(++m_databases))));
    const auto id = store().create(seedSeries());
    QVERIFY(id);
    m_id = *id;
    m_editor = std::make_unique<RecordingEditor>(store());
    m_model = std::make_unique<StepActionModel>(store());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setEditor(m_editor.get());
    m_model->setSeries(m_id);
    QCOMPARE(m_model->seriesLocalId(), std::optional<qint64>(m_id));
    VERIFY_STORED(kSeed);
}

void StepActionModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_editor.reset();
    m_ws.reset();
}
