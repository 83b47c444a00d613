// The field diff in the operator's words: labels of the form, moves of steps and actions
// told as moves, and a single field put back from the base copy.
#include "domain/ServiceTask.h"
#include "domain/TaskSeries.h"
#include "sync/RecordDiff.h"

#include <QtTest>

namespace {

Step step(const QString &name, const QString &id, const QVector<Action> &actions = {})
{
    Step s;
    s.name = name;
    s.seriesId = id;
    s.pointId = QStringLiteral("point-") + id;
    s.actions = actions;
    return s;
}

Action action(const QString &name, const QString &id, const QString &type = QStringLiteral("TEXT"))
{
    Action a;
    a.name = name;
    a.seriesId = id;
    a.type = type;
    return a;
}

QStringList texts(const QVector<DiffLine> &lines)
{
    QStringList out;
    for (const DiffLine &line : lines)
        out.append(line.text);
    return out;
}

TaskSeries baseSeries()
{
    TaskSeries s;
    s.seriesId = QStringLiteral("series-1");
    s.name = QStringLiteral("Night round");
    s.steps = {step(QStringLiteral("Gate"), QStringLiteral("s1"),
                    {action(QStringLiteral("Lock"), QStringLiteral("a1")), action(QStringLiteral("Light"), QStringLiteral("a2"))}),
               step(QStringLiteral("Store"), QStringLiteral("s2"), {action(QStringLiteral("Count"), QStringLiteral("a3"))})};
    return s;
}

} // namespace

class TestRecordDiff : public QObject
{
    Q_OBJECT

private slots:
    void serviceTaskFieldsUseTheFormsLabels()
    {
        ServiceTask base;
        base.id = QStringLiteral("t1");
        base.name = QStringLiteral("Backup");
        base.intervalSec = 3600;
        ServiceTask local = base;
        local.name = QStringLiteral("Nightly backup");
        local.isEnabled = true;
        local.intervalSec = 5400;
        local.setTitle(QStringLiteral("Backups"));
        const QVector<DiffLine> lines = RecordDiff::describe(base, local);
        const QStringList words = texts(lines);
        QVERIFY2(words.contains(QStringLiteral("Name: Backup → Nightly backup")), qPrintable(words.join('\n')));
        QVERIFY2(words.contains(QStringLiteral("Enabled: no → yes")), qPrintable(words.join('\n')));
        QVERIFY2(words.contains(QStringLiteral("Title: (empty) → Backups")), qPrintable(words.join('\n')));
        QVERIFY2(words.contains(QStringLiteral("Interval: 1 h → 1 h 30 min")), qPrintable(words.join('\n')));
        QCOMPARE(lines.size(), 4);
        QVERIFY(RecordDiff::describe(base, base).isEmpty());
    }

    void revertOneServiceTaskFieldKeepsTheOthers()
    {
        ServiceTask base;
        base.id = QStringLiteral("t1");
        base.name = QStringLiteral("Backup");
        ServiceTask local = base;
        local.name = QStringLiteral("Renamed");
        local.setTitle(QStringLiteral("New title"));
        const auto titleBack = RecordDiff::revertField(base, local, QStringLiteral("opts.title"));
        QVERIFY(titleBack);
        QCOMPARE(titleBack->title(), QString());
        QCOMPARE(titleBack->name, QStringLiteral("Renamed"));
        const auto nameBack = RecordDiff::revertField(base, *titleBack, QStringLiteral("name"));
        QVERIFY(nameBack);
        QVERIFY(*nameBack == base);
    }

    void stepsAndActionsInWords()
    {
        const TaskSeries base = baseSeries();
        TaskSeries local = base;
        // Store first and renamed, Lock moved to it, Light gone, Count now a number, a new step.
        Step store = local.steps.takeLast();
        store.name = QStringLiteral("Warehouse");
        store.actions[0].type = QStringLiteral("NUMBER");
        store.actions.append(local.steps[0].actions.takeFirst());
        local.steps[0].actions.clear();
        local.steps.prepend(store);
        Step added = step(QStringLiteral("Roof"), QString());
        added.localKey = QStringLiteral("k1");
        local.steps.append(added);
        const QStringList words = texts(RecordDiff::describe(base, local));
        const QString all = words.join('\n');
        QVERIFY2(words.contains(QStringLiteral("step 1 «Warehouse»: moved from step 2")), qPrintable(all));
        QVERIFY2(words.contains(QStringLiteral("step 1 «Warehouse»: renamed from «Store»")), qPrintable(all));
        QVERIFY2(words.contains(QStringLiteral("step 1 «Warehouse»: action «Count»: type TEXT → NUMBER")), qPrintable(all));
        QVERIFY2(words.contains(QStringLiteral("step 1 «Warehouse»: action «Lock» moved from step 1")), qPrintable(all));
        QVERIFY2(words.contains(QStringLiteral("step 2 «Gate»: moved from step 1")), qPrintable(all));
        QVERIFY2(words.contains(QStringLiteral("step 2 «Gate»: action «Light» removed")), qPrintable(all));
        QVERIFY2(words.contains(QStringLiteral("step 3 «Roof»: added")), qPrintable(all));
        QCOMPARE(words.size(), 7);
    }

    void revertStepsPutsBackEveryStepOnly()
    {
        const TaskSeries base = baseSeries();
        TaskSeries local = base;
        local.name = QStringLiteral("Day round");
        local.steps.removeLast();
        local.steps[0].actions[0].required = true;
        const auto reverted = RecordDiff::revertField(base, local, QStringLiteral("steps"));
        QVERIFY(reverted);
        QVERIFY(reverted->steps == base.steps);
        QCOMPARE(reverted->name, QStringLiteral("Day round"));
        const auto named = RecordDiff::revertField(base, local, QStringLiteral("name"));
        QVERIFY(named);
        QCOMPARE(named->name, base.name);
        QVERIFY(named->steps == local.steps);
    }

    void longAndOddValuesStayOnOneShortLine()
    {
        const QString text = RecordDiff::valueText(QString(500, QLatin1Char('x')) + QStringLiteral("\nmore"));
        QCOMPARE(text.size(), 80);
        QVERIFY(text.endsWith(QStringLiteral("…")));
        QCOMPARE(RecordDiff::valueText(QStringLiteral("a\nb")), QStringLiteral("a ⏎ b"));
        QCOMPARE(RecordDiff::valueText(QJsonValue(QJsonValue::Undefined)), QStringLiteral("—"));
        QCOMPARE(RecordDiff::valueText(QString()), QStringLiteral("(empty)"));
        QCOMPARE(RecordDiff::label(QStringLiteral("unknownField")), QStringLiteral("unknownField"));
    }
};

QTEST_GUILESS_MAIN(TestRecordDiff)
#include "tst_recorddiff.moc"
