// Local keys of new steps and actions: never on the wire, kept through the database's JSON
// and the merge, and the way the server's new ids reach items edited after they were sent.
#include "domain/LocalKeys.h"
#include "json/TaskSeriesCodec.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonArray>
#include <QtTest>

namespace {

Step step(const QString &name, const QString &id = QString())
{
    Step s;
    s.name = name;
    s.seriesId = id;
    s.pointId = QStringLiteral("point-") + name;
    return s;
}

Action action(const QString &name, const QString &id = QString())
{
    Action a;
    a.name = name;
    a.seriesId = id;
    a.type = QStringLiteral("TEXT");
    return a;
}

// What the server answers: every item numbered, the known ones unchanged.
TaskSeries numbered(TaskSeries sent)
{
    int n = 0;
    sent.seriesId = QStringLiteral("series-new");
    for (Step &s : sent.steps) {
        if (s.seriesId.isEmpty())
            s.seriesId = QStringLiteral("server-step-%1").arg(++n);
        s.localKey.clear();
        for (Action &a : s.actions) {
            if (a.seriesId.isEmpty())
                a.seriesId = QStringLiteral("server-action-%1").arg(++n);
            a.localKey.clear();
        }
    }
    return sent;
}

} // namespace

class TestLocalKeys : public QObject
{
    Q_OBJECT

private slots:
    void assignKeysOnlyNewItems()
    {
        TaskSeries s;
        s.steps = {step(QStringLiteral("known"), QStringLiteral("s1")), step(QStringLiteral("new"))};
        s.steps[0].actions = {action(QStringLiteral("a-new"))};
        LocalKeys::assign(s.steps);
        QVERIFY(s.steps.at(0).localKey.isEmpty());
        QVERIFY(!s.steps.at(1).localKey.isEmpty());
        QVERIFY(!s.steps.at(0).actions.at(0).localKey.isEmpty());
        const QString kept = s.steps.at(1).localKey;
        LocalKeys::assign(s.steps); // a key, once given, stays
        QCOMPARE(s.steps.at(1).localKey, kept);
    }

    void keysNeverGoOnTheWire()
    {
        TaskSeries s;
        s.name = QStringLiteral("x");
        s.steps = {step(QStringLiteral("new"))};
        s.steps[0].actions = {action(QStringLiteral("a"))};
        LocalKeys::assign(s.steps);
        const QJsonObject wire = TaskSeriesCodec::encode(s);
        const QByteArray text = QJsonDocument(wire).toJson();
        QVERIFY(!text.contains("localKey"));

        const QJsonObject local = TaskSeriesCodec::encode(s, TaskSeriesCodec::Keys::WithLocalKeys);
        DecodeError error;
        const auto back = TaskSeriesCodec::decode(local, &error);
        QVERIFY(back);
        QCOMPARE(back->steps.at(0).localKey, s.steps.at(0).localKey);
        QCOMPARE(back->steps.at(0).actions.at(0).localKey, s.steps.at(0).actions.at(0).localKey);
        QVERIFY(back->steps.at(0).extra.isEmpty()); // not kept as an unknown field either
    }

    void mergeKeepsTheKeysOfNewItems()
    {
        TaskSeries base;
        base.name = QStringLiteral("x");
        base.seriesId = QStringLiteral("s");
        base.steps = {step(QStringLiteral("known"), QStringLiteral("s1"))};
        TaskSeries mine = base;
        mine.steps.append(step(QStringLiteral("new")));
        mine.steps[0].actions = {action(QStringLiteral("a-new"))};
        LocalKeys::assign(mine.steps);
        TaskSeries theirs = base;
        theirs.name = QStringLiteral("renamed there");
        const MergeResult r = ThreeWayMerge::mergeSeries(TaskSeriesCodec::encode(base),
                                                         TaskSeriesCodec::encode(mine, TaskSeriesCodec::Keys::WithLocalKeys),
                                                         TaskSeriesCodec::encode(theirs));
        QVERIFY(r.clean());
        DecodeError error;
        const auto merged = TaskSeriesCodec::decode(r.merged, &error);
        QVERIFY(merged);
        QCOMPARE(merged->name, QStringLiteral("renamed there"));
        QCOMPARE(merged->steps.size(), 2);
        QCOMPARE(merged->steps.at(1).localKey, mine.steps.at(1).localKey);
        QCOMPARE(merged->steps.at(0).actions.at(0).localKey, mine.steps.at(0).actions.at(0).localKey);
    }

    void serverIdsReachItemsEditedSinceTheyWereSent()
    {
        TaskSeries sent;
        sent.seriesId = QStringLiteral("series-old");
        sent.steps = {step(QStringLiteral("known"), QStringLiteral("s1")), step(QStringLiteral("new 1")),
                      step(QStringLiteral("new 2"))};
        sent.steps[0].actions = {action(QStringLiteral("known a"), QStringLiteral("a1")), action(QStringLiteral("new a"))};
        LocalKeys::assign(sent.steps);
        const TaskSeries server = numbered(sent);

        // Since it was sent: "new 1" renamed and moved first, "new 2" deleted, the new
        // action moved to "new 1", and one more step added.
        TaskSeries now = sent;
        Step renamed = now.steps.at(1);
        renamed.name = QStringLiteral("new 1, renamed");
        renamed.actions = {now.steps[0].actions.takeLast()};
        Step added = step(QStringLiteral("added later"));
        added.localKey = LocalKeys::fresh();
        now.steps = {renamed, now.steps.at(0), added};

        const TaskSeries result = LocalKeys::adoptServerIds(now, sent, server);
        QCOMPARE(result.steps.size(), 3);
        QCOMPARE(result.steps.at(0).name, QStringLiteral("new 1, renamed")); // the edit stays
        QCOMPARE(result.steps.at(0).seriesId, server.steps.at(1).seriesId);   // with the server's id
        QVERIFY(result.steps.at(0).localKey.isEmpty());
        QCOMPARE(result.steps.at(0).actions.at(0).seriesId, server.steps.at(0).actions.at(1).seriesId);
        QCOMPARE(result.steps.at(1).seriesId, QStringLiteral("s1"));
        QCOMPARE(result.steps.at(1).actions.at(0).seriesId, QStringLiteral("a1"));
        QVERIFY(result.steps.at(2).seriesId.isEmpty()); // not sent yet: still new
        QCOMPARE(result.steps.at(2).localKey, added.localKey);
    }

    void itemsThatDoNotLineUpStayNew()
    {
        TaskSeries sent;
        sent.steps = {step(QStringLiteral("new"))};
        LocalKeys::assign(sent.steps);
        TaskSeries server = numbered(sent);
        server.steps.append(step(QStringLiteral("someone else's"), QStringLiteral("other"))); // changed meanwhile
        const TaskSeries result = LocalKeys::adoptServerIds(sent, sent, server);
        QVERIFY(result.steps.at(0).seriesId.isEmpty());
        QCOMPARE(result.steps.at(0).localKey, sent.steps.at(0).localKey);

        TaskSeries renamedThere = numbered(sent);
        renamedThere.steps[0].name = QStringLiteral("renamed there");
        QVERIFY(LocalKeys::adoptServerIds(sent, sent, renamedThere).steps.at(0).seriesId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalKeys)
#include "tst_localkeys.moc"
