// The step/action tree of the series editor under QAbstractItemModelTester,
// on a real database: every edit, move and drop is checked against what the STORE
// then holds (order, identities, extra fields, encoded `order`), and every edit is
// undone by applying its change set backwards, as the undo stack does, with the model
// expected to follow the store.
#include "domain/Validator.h"
#include "edit/TaskSeriesChange.h"
#include "itemmodels/StepActionModel.h"
#include "json/TaskSeriesCodec.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Workspace.h"

#include "SeriesLayout.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeData>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// Identities the server gave the seed items: they must survive every move.
const QHash<QString, QString> kIds = {
    {QStringLiteral("S1"), QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0")},
    {QStringLiteral("Gate"), QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0")}, // S1 renamed
    {QStringLiteral("S2"), QStringLiteral("b5f2b3e4-3e38-4a37-9177-a6340b291bf0")},
    {QStringLiteral("S3"), QStringLiteral("c5f2b3e4-3e38-4a37-9177-a6340b291bf0")},
    {QStringLiteral("S4"), QStringLiteral("d5f2b3e4-3e38-4a37-9177-a6340b291bf0")},
    {QStringLiteral("A1"), QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5eb01")},
    {QStringLiteral("A2"), QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5eb02")},
    {QStringLiteral("B1"), QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5eb03")},
    {QStringLiteral("B2"), QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5eb04")},
    {QStringLiteral("D1"), QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5eb05")},
};
const QString kSeed = QStringLiteral("S1[A1,A2] S2[B1,B2] S3[] S4[D1]");

Action makeAction(const QString &name, const QString &type, bool required = false)
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

// Fields of types this version does not know, and of a step.
QJsonObject photoExtra()
{
    return QJsonObject{{QStringLiteral("maxCount"), 3},
                       {QStringLiteral("hint"), QJsonObject{{QStringLiteral("lang"), QStringLiteral("ru")}}},
                       {QStringLiteral("choices"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
}
QJsonObject stepExtra() { return QJsonObject{{QStringLiteral("color"), QStringLiteral("green")}}; }

// S1[A1 BOOLEAN, A2 TEXT required] S2(extra)[B1 NUMBER 0..10, B2 PHOTO(extra)] S3[] S4[D1 TEXT]
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

// Records every edit the model sends and applies it as the undo stack would.
class RecordingEditor : public TaskSeriesEditor
{
public:
    explicit RecordingEditor(TaskSeriesStore &store) : m_store(store) {}

    bool apply(const QString &description, QVector<TaskSeriesChange> &changes, QString *error) override
    {
        if (!TaskSeriesChangeSet::apply(m_store, changes, true, error))
            return false;
        log.append({description, changes});
        redoable.clear();
        return true;
    }
    bool undo()
    {
        if (log.isEmpty())
            return false;
        auto entry = log.takeLast();
        QString error;
        const bool ok = TaskSeriesChangeSet::apply(m_store, entry.second, false, &error);
        redoable.append(entry);
        return ok;
    }
    bool redo()
    {
        if (redoable.isEmpty())
            return false;
        auto entry = redoable.takeLast();
        QString error;
        const bool ok = TaskSeriesChangeSet::apply(m_store, entry.second, true, &error);
        log.append(entry);
        return ok;
    }
    QString lastDescription() const { return log.isEmpty() ? QString() : log.last().first; }

    QVector<QPair<QString, QVector<TaskSeriesChange>>> log;
    QVector<QPair<QString, QVector<TaskSeriesChange>>> redoable;

private:
    TaskSeriesStore &m_store;
};

} // namespace

// Checks the store (and that the model shows exactly it); returns from the test on failure.
#define VERIFY_STORED(expectedLayout)                                                       \
    do {                                                                                    \
        verifyStored(expectedLayout);                                                       \
        if (QTest::currentTestFailed())                                                     \
            return;                                                                         \
    } while (false)

class TestStepActionModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<StepActionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<RecordingEditor> m_editor;
    qint64 m_id = 0;

    TaskSeriesStore &store() { return m_ws->series(); }
    StepActionModel *model() { return m_model.get(); }
    TaskSeries stored() { return store().get(m_id)->local; }

    QModelIndex step(const QString &name, int column = 0)
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data().toString() == name)
                return index.siblingAtColumn(column);
        }
        return QModelIndex();
    }
    QModelIndex action(const QString &name, int column = 0)
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex parent = m_model->index(row, 0);
            for (int child = 0; child < m_model->rowCount(parent); ++child) {
                const QModelIndex index = m_model->index(child, 0, parent);
                if (index.data().toString() == name)
                    return index.siblingAtColumn(column);
            }
        }
        return QModelIndex();
    }

    QString modelLayout()
    {
        QStringList steps;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex parent = m_model->index(row, 0);
            QStringList actions;
            for (int child = 0; child < m_model->rowCount(parent); ++child)
                actions << m_model->index(child, 0, parent).data().toString();
            steps << QStringLiteral("%1[%2]").arg(parent.data().toString(), actions.join(QLatin1Char(',')));
        }
        return steps.join(QLatin1Char(' '));
    }

    // The store has `expected`; seed items kept their ids, new ones have none; the
    // encoded `order`s are 0..n-1; the model shows the same tree with the same ids.
    void verifyStored(const QString &expected)
    {
        const TaskSeries series = stored();
        QCOMPARE(layoutOf(series), expected);
        QCOMPARE(modelLayout(), expected);
        QVERIFY(m_model->series().steps == series.steps);
        QCOMPARE(m_model->stepCount(), series.steps.size());
        QCOMPARE(m_model->actionCount(), series.actionCount());
        for (const Step &s : series.steps) {
            QCOMPARE(s.seriesId, kIds.value(s.name)); // "" for new items
            QCOMPARE(step(s.name).data(StepActionModel::SeriesIdRole).toString(), s.seriesId);
            for (const Action &a : s.actions) {
                QCOMPARE(a.seriesId, kIds.value(a.name));
                QCOMPARE(action(a.name).data(StepActionModel::SeriesIdRole).toString(), a.seriesId);
                if (a.name == QLatin1String("B2")) {
                    QCOMPARE(a.type, QStringLiteral("PHOTO"));
                    QCOMPARE(a.extra, photoExtra());
                    QCOMPARE(action(a.name).data(StepActionModel::ExtraRole).toJsonObject(), photoExtra());
                }
            }
            if (s.name == QLatin1String("S2"))
                QCOMPARE(s.extra, stepExtra());
        }
        const QJsonArray steps = TaskSeriesCodec::encode(series).value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), series.steps.size());
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps.at(i).toObject();
            QCOMPARE(s.value(QStringLiteral("order")).toInt(-1), i);
            QCOMPARE(s.contains(QStringLiteral("seriesId")), !series.steps.at(i).seriesId.isEmpty());
            const QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
            for (int j = 0; j < actions.size(); ++j) {
                QCOMPARE(actions.at(j).toObject().value(QStringLiteral("order")).toInt(-1), j);
                QCOMPARE(actions.at(j).toObject().contains(QStringLiteral("seriesId")),
                         !series.steps.at(i).actions.at(j).seriesId.isEmpty());
            }
        }
    }

    // Undoes every recorded edit, newest first, checking each intermediate layout;
    // ends on the seed. Then redoes them all and ends on `finalLayout`.
    void undoAllAndRedo(const QStringList &layouts)
    {
        // layouts: the layout after each recorded edit, in order.
        QCOMPARE(m_editor->log.size(), layouts.size());
        for (int i = layouts.size() - 1; i >= 0; --i) {
            QVERIFY(m_editor->undo());
            verifyStored(i > 0 ? layouts.at(i - 1) : kSeed);
            if (QTest::currentTestFailed())
                return;
        }
        for (int i = 0; i < layouts.size(); ++i) {
            QVERIFY(m_editor->redo());
            verifyStored(layouts.at(i));
            if (QTest::currentTestFailed())
                return;
        }
    }

    QMimeData *dragOf(const QModelIndexList &items)
    {
        // As a view drags a row selection: every column of every row.
        QModelIndexList all;
        for (const QModelIndex &index : items) {
            for (int column = 0; column < StepActionModel::ColumnCount; ++column)
                all << index.siblingAtColumn(column);
        }
        return m_model->mimeData(all);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
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

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_ws.reset();
    }

    // ---------------------------------------------------------------------------------

    void showsTheSeries()
    {
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(model()->columnCount(), int(StepActionModel::ColumnCount));
        QCOMPARE(model()->stepCount(), 4);
        QCOMPARE(model()->actionCount(), 5);
        QCOMPARE(model()->requiredCount(), 1);
        const QModelIndex s1 = step(QStringLiteral("S1"));
        QVERIFY(model()->isStep(s1));
        QVERIFY(s1.data(StepActionModel::IsStepRole).toBool());
        QCOMPARE(s1.data(StepActionModel::PointIdRole).toString(), QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2"));
        QCOMPARE(model()->rowCount(s1), 2);
        QCOMPARE(model()->rowCount(step(QStringLiteral("S3"))), 0);
        QVERIFY(step(QStringLiteral("S1")).flags() & Qt::ItemIsDropEnabled);
        QVERIFY(step(QStringLiteral("S1")).flags() & Qt::ItemIsEditable);
        QVERIFY(model()->flags(QModelIndex()) & Qt::ItemIsDropEnabled);

        const QModelIndex a2 = action(QStringLiteral("A2"));
        QCOMPARE(a2.parent(), s1);
        QVERIFY(!model()->isStep(a2));
        QVERIFY(!a2.data(StepActionModel::IsStepRole).toBool());
        QCOMPARE(a2.siblingAtColumn(StepActionModel::Type).data(Qt::EditRole).toString(), QStringLiteral("TEXT"));
        QCOMPARE(a2.siblingAtColumn(StepActionModel::Required).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(a2.data(Qt::FontRole).value<QFont>().bold()); // required actions stand out
        QVERIFY(!action(QStringLiteral("A1")).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(a2.siblingAtColumn(StepActionModel::Required).flags() & Qt::ItemIsUserCheckable);
        QVERIFY(a2.siblingAtColumn(StepActionModel::Type).flags() & Qt::ItemIsEditable);
        QVERIFY(a2.flags() & Qt::ItemIsDragEnabled);

        // NUMBER shows its range; an unknown type is shown as its code and explained.
        const QModelIndex b1 = action(QStringLiteral("B1"));
        QCOMPARE(b1.data(StepActionModel::MinValueRole).toDouble(), 0.0);
        QCOMPARE(b1.data(StepActionModel::MaxValueRole).toDouble(), 10.0);
        QVERIFY2(b1.siblingAtColumn(StepActionModel::Type).data().toString().contains(QLatin1String("10")),
                 qPrintable(b1.siblingAtColumn(StepActionModel::Type).data().toString()));
        const QModelIndex b2type = action(QStringLiteral("B2"), StepActionModel::Type);
        QCOMPARE(b2type.data().toString(), QStringLiteral("PHOTO"));
        QVERIFY(b2type.data(Qt::ToolTipRole).toString().contains(QLatin1String("PHOTO")));
        QVERIFY(!action(QStringLiteral("B2")).data(StepActionModel::MinValueRole).isValid());
        QCOMPARE(step(QStringLiteral("S2")).data(StepActionModel::ExtraRole).toJsonObject(), stepExtra());

        // No issues on a valid series.
        QVERIFY(Validator::validate(stored()).isEmpty());
        for (const QString &name : {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1"), QStringLiteral("B2")})
            QCOMPARE(action(name).data(StepActionModel::IssuesRole).toStringList(), QStringList());
    }

    void addAndRemoveItems()
    {
        QStringList layouts;
        // A step at the end, one at a position; new ones have no id.
        const QModelIndex added = model()->addStep();
        QVERIFY(added.isValid());
        QCOMPARE(added.row(), 4);
        QCOMPARE(added.data().toString(), QStringLiteral("Step 5"));
        QCOMPARE(added.data(StepActionModel::SeriesIdRole).toString(), QString());
        QVERIFY(model()->setData(added, QStringLiteral("N1")));
        layouts << QStringLiteral("S1[A1,A2] S2[B1,B2] S3[] S4[D1] Step 5[]")
                << QStringLiteral("S1[A1,A2] S2[B1,B2] S3[] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());

        const QModelIndex second = model()->addStep(1);
        QCOMPARE(second.row(), 1);
        QVERIFY(model()->setData(second, QStringLiteral("N2")));
        layouts << QStringLiteral("S1[A1,A2] Step 6[] S2[B1,B2] S3[] S4[D1] N1[]")
                << QStringLiteral("S1[A1,A2] N2[] S2[B1,B2] S3[] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());

        // Actions: appended to a step, inserted after an action, into an empty step.
        QModelIndex a = model()->addAction(step(QStringLiteral("S1")));
        QCOMPARE(a.row(), 2);
        QCOMPARE(a.parent(), step(QStringLiteral("S1")));
        QCOMPARE(a.data(StepActionModel::SeriesIdRole).toString(), QString());
        QCOMPARE(a.siblingAtColumn(StepActionModel::Type).data(Qt::EditRole).toString(), QStringLiteral("BOOLEAN"));
        QVERIFY(model()->setData(a, QStringLiteral("X1")));
        layouts << QStringLiteral("S1[A1,A2,Action 3] N2[] S2[B1,B2] S3[] S4[D1] N1[]")
                << QStringLiteral("S1[A1,A2,X1] N2[] S2[B1,B2] S3[] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());
        a = model()->addAction(action(QStringLiteral("B1")));
        QCOMPARE(a.row(), 1);
        QVERIFY(model()->setData(a, QStringLiteral("X2")));
        layouts << QStringLiteral("S1[A1,A2,X1] N2[] S2[B1,Action 3,B2] S3[] S4[D1] N1[]")
                << QStringLiteral("S1[A1,A2,X1] N2[] S2[B1,X2,B2] S3[] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());
        a = model()->addAction(step(QStringLiteral("S3"), StepActionModel::Type)); // any column of the step
        QVERIFY(a.isValid());
        QVERIFY(model()->setData(a, QStringLiteral("X3")));
        layouts << QStringLiteral("S1[A1,A2,X1] N2[] S2[B1,X2,B2] S3[Action 1] S4[D1] N1[]")
                << QStringLiteral("S1[A1,A2,X1] N2[] S2[B1,X2,B2] S3[X3] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());
        QCOMPARE(model()->actionCount(), 8);

        // Removing: a seed action, a new action, a step with its actions.
        QVERIFY(model()->remove(action(QStringLiteral("A1"))));
        layouts << QStringLiteral("S1[A2,X1] N2[] S2[B1,X2,B2] S3[X3] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->remove(action(QStringLiteral("X2"))));
        layouts << QStringLiteral("S1[A2,X1] N2[] S2[B1,B2] S3[X3] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->remove(step(QStringLiteral("S2"))));
        layouts << QStringLiteral("S1[A2,X1] N2[] S3[X3] S4[D1] N1[]");
        VERIFY_STORED(layouts.last());
        QCOMPARE(model()->stepCount(), 5);
        QCOMPARE(model()->actionCount(), 4);
        QCOMPARE(model()->requiredCount(), 1);

        // All of it undone (the removed step comes back with its ids and extras), redone.
        undoAllAndRedo(layouts);
    }

    void renameRetypeAndFlags()
    {
        QStringList layouts;
        QVERIFY(model()->setData(step(QStringLiteral("S1")), QStringLiteral("Gate")));
        QCOMPARE(m_editor->lastDescription(), QStringLiteral("Rename step"));
        // The renamed item keeps its id (it is looked up by its new name below).
        QCOMPARE(stored().steps.at(0).seriesId, kIds.value(QStringLiteral("S1")));
        QVERIFY(model()->setData(step(QStringLiteral("Gate")), QStringLiteral("S1")));
        QVERIFY(model()->setData(action(QStringLiteral("A1")), QStringLiteral("A1"))
                == false); // unchanged: nothing sent
        QCOMPARE(m_editor->log.size(), 2);
        layouts << QStringLiteral("Gate[A1,A2] S2[B1,B2] S3[] S4[D1]") << kSeed;

        // Retype: a known code, then an unknown one typed with blanks (kept, trimmed).
        const QModelIndex a1type = action(QStringLiteral("A1"), StepActionModel::Type);
        QVERIFY(model()->setData(a1type, QStringLiteral("NUMBER")));
        QCOMPARE(stored().steps.at(0).actions.at(0).type, QStringLiteral("NUMBER"));
        QVERIFY(model()->setData(a1type, QStringLiteral("  SIGNATURE ")));
        QCOMPARE(stored().steps.at(0).actions.at(0).type, QStringLiteral("SIGNATURE"));
        QCOMPARE(a1type.data().toString(), QStringLiteral("SIGNATURE"));
        QCOMPARE(a1type.data(Qt::EditRole).toString(), QStringLiteral("SIGNATURE"));
        QVERIFY(a1type.data(Qt::ToolTipRole).toString().contains(QLatin1String("SIGNATURE")));
        QCOMPARE(TaskSeriesCodec::encode(stored())[QStringLiteral("steps")].toArray().at(0)
                     .toObject()[QStringLiteral("actions")].toArray().at(0).toObject()[QStringLiteral("type")].toString(),
                 QStringLiteral("SIGNATURE"));
        layouts << kSeed << kSeed;

        // Required: by check state and by edit role; counts follow.
        const QModelIndex a1req = action(QStringLiteral("A1"), StepActionModel::Required);
        QVERIFY(model()->setData(a1req, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(stored().steps.at(0).actions.at(0).required);
        QCOMPARE(model()->requiredCount(), 2);
        QCOMPARE(m_editor->lastDescription(), QStringLiteral("Make action required"));
        QVERIFY(model()->setData(action(QStringLiteral("A2"), StepActionModel::Required), false, Qt::EditRole));
        QVERIFY(!stored().steps.at(0).actions.at(1).required);
        QCOMPARE(model()->requiredCount(), 1);
        layouts << kSeed << kSeed;

        // Checkpoint of a step (trimmed).
        QVERIFY(model()->setData(step(QStringLiteral("S3")), QStringLiteral(" 03864752-f177-47ff-b0a1-99d75b02d954 "),
                                 StepActionModel::PointIdRole));
        QCOMPARE(stored().steps.at(2).pointId, QStringLiteral("03864752-f177-47ff-b0a1-99d75b02d954"));
        QCOMPARE(step(QStringLiteral("S3")).data(StepActionModel::PointIdRole).toString(),
                 QStringLiteral("03864752-f177-47ff-b0a1-99d75b02d954"));
        layouts << kSeed;

        // What cannot be edited is refused without a change.
        QVERIFY(!model()->setData(step(QStringLiteral("S1"), StepActionModel::Type), QStringLiteral("TEXT")));
        QVERIFY(!model()->setData(step(QStringLiteral("S1"), StepActionModel::Required), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model()->setData(action(QStringLiteral("A1")), QStringLiteral("x"), StepActionModel::PointIdRole));
        QCOMPARE(m_editor->log.size(), layouts.size());
        VERIFY_STORED(kSeed);

        undoAllAndRedo(layouts);
        QCOMPARE(stored().steps.at(0).actions.at(0).type, QStringLiteral("SIGNATURE"));
        // Back to the seed types.
        while (m_editor->undo()) { }
        QCOMPARE(stored().steps.at(0).actions.at(0).type, QStringLiteral("BOOLEAN"));
        QVERIFY(stored().steps.at(0).actions.at(1).required);
        QCOMPARE(stored().steps.at(2).pointId, seedSeries().steps.at(2).pointId);
    }

    void moveWithinStep()
    {
        QStringList layouts;
        QPersistentModelIndex a2 = action(QStringLiteral("A2"));
        const QModelIndex moved = model()->moveUp(a2);
        QCOMPARE(moved, QModelIndex(action(QStringLiteral("A2"))));
        QCOMPARE(QModelIndex(a2), moved); // the move was announced as a move
        QCOMPARE(m_editor->lastDescription(), QStringLiteral("Move action up"));
        layouts << QStringLiteral("S1[A2,A1] S2[B1,B2] S3[] S4[D1]");
        VERIFY_STORED(layouts.last());

        QVERIFY(model()->moveDown(action(QStringLiteral("A2"))).isValid());
        layouts << kSeed;
        VERIFY_STORED(kSeed);

        // moveActions inside a step: to the front, to the end.
        QVERIFY(model()->moveActions({action(QStringLiteral("B2"))}, step(QStringLiteral("S2")), 0));
        layouts << QStringLiteral("S1[A1,A2] S2[B2,B1] S3[] S4[D1]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->moveActions({action(QStringLiteral("B2"))}, step(QStringLiteral("S2")), -1));
        layouts << kSeed;
        VERIFY_STORED(kSeed);

        // Where it already is: nothing happens, nothing is recorded.
        QVERIFY(!model()->moveActions({action(QStringLiteral("A1"))}, step(QStringLiteral("S1")), 0));
        QVERIFY(!model()->moveActions({action(QStringLiteral("A1"))}, step(QStringLiteral("S1")), 1));
        QVERIFY(!model()->moveActions({action(QStringLiteral("A2"))}, step(QStringLiteral("S1")), -1));
        // The first action of the first step cannot go up, the last of the last step not down.
        QVERIFY(!model()->moveUp(action(QStringLiteral("A1"))).isValid());
        QVERIFY(!model()->moveDown(action(QStringLiteral("D1"))).isValid());
        QCOMPARE(m_editor->log.size(), layouts.size());
        VERIFY_STORED(kSeed);

        undoAllAndRedo(layouts);
    }

    void moveAcrossSteps()
    {
        QStringList layouts;
        // Into another step at a position; the unknown type's fields go with it.
        QPersistentModelIndex b2 = action(QStringLiteral("B2"));
        QVERIFY(model()->moveActions({b2}, step(QStringLiteral("S1")), 1));
        QCOMPARE(m_editor->lastDescription(), QStringLiteral("Move action"));
        QCOMPARE(b2.data().toString(), QStringLiteral("B2"));
        QCOMPARE(b2.parent(), step(QStringLiteral("S1")));
        QCOMPARE(b2.data(StepActionModel::ExtraRole).toJsonObject(), photoExtra());
        layouts << QStringLiteral("S1[A1,B2,A2] S2[B1] S3[] S4[D1]");
        VERIFY_STORED(layouts.last());

        // Up from the top of a step: to the end of the step above.
        QVERIFY(model()->moveUp(action(QStringLiteral("B1"))).isValid());
        layouts << QStringLiteral("S1[A1,B2,A2,B1] S2[] S3[] S4[D1]");
        VERIFY_STORED(layouts.last());
        // ... also into an empty step.
        const QModelIndex d1 = model()->moveUp(action(QStringLiteral("D1")));
        QCOMPARE(d1, action(QStringLiteral("D1")));
        QCOMPARE(d1.parent(), step(QStringLiteral("S3")));
        layouts << QStringLiteral("S1[A1,B2,A2,B1] S2[] S3[D1] S4[]");
        VERIFY_STORED(layouts.last());
        // Down from the bottom of a step: to the start of the step below.
        QVERIFY(model()->moveDown(action(QStringLiteral("B1"))).isValid());
        layouts << QStringLiteral("S1[A1,B2,A2] S2[B1] S3[D1] S4[]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->moveDown(action(QStringLiteral("D1"))).isValid());
        layouts << QStringLiteral("S1[A1,B2,A2] S2[B1] S3[] S4[D1]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->moveDown(action(QStringLiteral("A2"))).isValid());
        layouts << QStringLiteral("S1[A1,B2] S2[A2,B1] S3[] S4[D1]");
        VERIFY_STORED(layouts.last());

        // Several at once from several steps, listed out of order: they arrive in the
        // order they had in the tree, as one edit.
        QVERIFY(model()->moveActions({action(QStringLiteral("D1")), action(QStringLiteral("A1")), action(QStringLiteral("B1"))},
                                     step(QStringLiteral("S3")), 0));
        QCOMPARE(m_editor->log.size(), layouts.size() + 1);
        layouts << QStringLiteral("S1[B2] S2[A2] S3[A1,B1,D1] S4[]");
        VERIFY_STORED(layouts.last());
        // Before one of the moved items: they go together, in tree order, before the
        // next item that does not move.
        QVERIFY(model()->moveActions({action(QStringLiteral("A2")), action(QStringLiteral("A1"))}, step(QStringLiteral("S3")), 0));
        layouts << QStringLiteral("S1[B2] S2[] S3[A2,A1,B1,D1] S4[]"); // A2 was above A1
        VERIFY_STORED(layouts.last());
        // Into a step at its end.
        QVERIFY(model()->moveActions({action(QStringLiteral("A1")), action(QStringLiteral("D1"))}, step(QStringLiteral("S1")), -1));
        layouts << QStringLiteral("S1[B2,A1,D1] S2[] S3[A2,B1] S4[]");
        VERIFY_STORED(layouts.last());

        // Not a step as the target, or no actions: refused.
        QVERIFY(!model()->moveActions({action(QStringLiteral("A1"))}, action(QStringLiteral("B2")), 0));
        QVERIFY(!model()->moveActions({step(QStringLiteral("S2"))}, step(QStringLiteral("S1")), 0));
        QCOMPARE(m_editor->log.size(), layouts.size());

        undoAllAndRedo(layouts);
    }

    void reorderSteps()
    {
        QStringList layouts;
        QPersistentModelIndex s3 = step(QStringLiteral("S3"));
        QVERIFY(model()->moveSteps({s3}, 0));
        QCOMPARE(s3.row(), 0);
        QCOMPARE(m_editor->lastDescription(), QStringLiteral("Move step"));
        layouts << QStringLiteral("S3[] S1[A1,A2] S2[B1,B2] S4[D1]");
        VERIFY_STORED(layouts.last());
        // Actions go with their step, their persistent indexes too.
        QPersistentModelIndex b2 = action(QStringLiteral("B2"));
        const QModelIndex up = model()->moveUp(step(QStringLiteral("S2")));
        QCOMPARE(up, step(QStringLiteral("S2")));
        QCOMPARE(up.row(), 1);
        QCOMPARE(b2.data().toString(), QStringLiteral("B2"));
        QCOMPARE(b2.parent().data().toString(), QStringLiteral("S2"));
        layouts << QStringLiteral("S3[] S2[B1,B2] S1[A1,A2] S4[D1]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->moveDown(step(QStringLiteral("S3"))).isValid());
        layouts << QStringLiteral("S2[B1,B2] S3[] S1[A1,A2] S4[D1]");
        VERIFY_STORED(layouts.last());
        QVERIFY(!model()->moveUp(step(QStringLiteral("S2"))).isValid());
        QVERIFY(!model()->moveDown(step(QStringLiteral("S4"))).isValid());

        // Several at once, listed out of order, to the end and to the front.
        QVERIFY(model()->moveSteps({step(QStringLiteral("S3")), step(QStringLiteral("S2"))}, -1));
        layouts << QStringLiteral("S1[A1,A2] S4[D1] S2[B1,B2] S3[]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->moveSteps({step(QStringLiteral("S4")), step(QStringLiteral("S3"))}, 0));
        layouts << QStringLiteral("S4[D1] S3[] S1[A1,A2] S2[B1,B2]");
        VERIFY_STORED(layouts.last());
        // Before one of the moved ones.
        QVERIFY(model()->moveSteps({step(QStringLiteral("S1")), step(QStringLiteral("S4"))}, 0));
        layouts << QStringLiteral("S4[D1] S1[A1,A2] S3[] S2[B1,B2]");
        VERIFY_STORED(layouts.last());
        QVERIFY(model()->moveSteps({step(QStringLiteral("S1")), step(QStringLiteral("S2"))}, 1));
        layouts << QStringLiteral("S4[D1] S1[A1,A2] S2[B1,B2] S3[]");
        VERIFY_STORED(layouts.last());
        // Actions are not steps.
        QVERIFY(!model()->moveSteps({action(QStringLiteral("A1"))}, 0));
        QCOMPARE(m_editor->log.size(), layouts.size());

        undoAllAndRedo(layouts);
    }

    void dropThroughTheModelApi()
    {
        QStringList layouts;
        QCOMPARE(model()->mimeTypes(), QStringList{StepActionModel::mimeType()});
        QCOMPARE(model()->supportedDropActions(), Qt::DropActions(Qt::MoveAction));
        QCOMPARE(model()->supportedDragActions(), Qt::DropActions(Qt::MoveAction));

        // An action onto a step, at a row of it.
        std::unique_ptr<QMimeData> data(dragOf({action(QStringLiteral("A1"))}));
        QVERIFY(data->hasFormat(StepActionModel::mimeType()));
        QVERIFY(model()->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, step(QStringLiteral("S2"))));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, step(QStringLiteral("S2"))));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex())); // actions at the root
        // The model moves the items itself and returns false, so a view removes nothing.
        model()->dropMimeData(data.get(), Qt::MoveAction, 1, 0, step(QStringLiteral("S2")));
        QCOMPARE(m_editor->log.size(), 1);
        layouts << QStringLiteral("S1[A2] S2[B1,A1,B2] S3[] S4[D1]");
        VERIFY_STORED(layouts.last());

        // Onto a step without a row (the end), onto an empty step.
        data.reset(dragOf({action(QStringLiteral("B1"))}));
        model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, step(QStringLiteral("S4"), StepActionModel::Type));
        layouts << QStringLiteral("S1[A2] S2[A1,B2] S3[] S4[D1,B1]");
        VERIFY_STORED(layouts.last());
        data.reset(dragOf({action(QStringLiteral("B2"))}));
        model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, step(QStringLiteral("S3")));
        layouts << QStringLiteral("S1[A2] S2[A1] S3[B2] S4[D1,B1]");
        VERIFY_STORED(layouts.last());

        // Onto an action: after it, in its step. Several actions of several steps.
        data.reset(dragOf({action(QStringLiteral("B1")), action(QStringLiteral("A2"))}));
        QVERIFY(model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, action(QStringLiteral("A1"))));
        model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, action(QStringLiteral("A1")));
        QCOMPARE(m_editor->log.size(), 4);
        layouts << QStringLiteral("S1[] S2[A1,A2,B1] S3[B2] S4[D1]");
        VERIFY_STORED(layouts.last());

        // Steps between steps at the root; onto a step (after it).
        data.reset(dragOf({step(QStringLiteral("S4"))}));
        QVERIFY(model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, action(QStringLiteral("A1"))));
        model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex());
        layouts << QStringLiteral("S4[D1] S1[] S2[A1,A2,B1] S3[B2]");
        VERIFY_STORED(layouts.last());
        data.reset(dragOf({step(QStringLiteral("S4")), step(QStringLiteral("S1"))}));
        QVERIFY(model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, step(QStringLiteral("S3"))));
        model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, step(QStringLiteral("S3")));
        layouts << QStringLiteral("S2[A1,A2,B1] S3[B2] S4[D1] S1[]");
        VERIFY_STORED(layouts.last());
        data.reset(dragOf({step(QStringLiteral("S1"))}));
        model()->dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex());
        layouts << QStringLiteral("S2[A1,A2,B1] S1[] S3[B2] S4[D1]");
        VERIFY_STORED(layouts.last());

        // Refused: steps and actions together, wrong format, nothing dragged.
        data.reset(dragOf({step(QStringLiteral("S3")), action(QStringLiteral("A1"))}));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, step(QStringLiteral("S1"))));
        QVERIFY(!model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QVERIFY(!model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, step(QStringLiteral("S1"))));
        data.reset(dragOf({action(QStringLiteral("A1"))}));
        QVERIFY(!model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QMimeData text;
        text.setText(QStringLiteral("A1"));
        QVERIFY(!model()->canDropMimeData(&text, Qt::MoveAction, -1, -1, step(QStringLiteral("S1"))));
        data.reset(model()->mimeData({}));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, step(QStringLiteral("S1"))));
        QCOMPARE(m_editor->log.size(), layouts.size());
        VERIFY_STORED(layouts.last());

        undoAllAndRedo(layouts);
    }

    // The model follows the store: an undo or any other write of the steps rebuilds the
    // tree; a write of the other fields keeps it (no reset).
    void followsTheStore()
    {
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QSignalSpy content(model(), &StepActionModel::contentChanged);
        QVERIFY(model()->moveActions({action(QStringLiteral("A1"))}, step(QStringLiteral("S4")), 0));
        QCOMPARE(resets.size(), 0); // its own edit: moved, not reset
        VERIFY_STORED(QStringLiteral("S1[A2] S2[B1,B2] S3[] S4[A1,D1]"));

        // Undo through the store: the tree is rebuilt from it.
        QVERIFY(m_editor->undo());
        QCOMPARE(resets.size(), 1);
        VERIFY_STORED(kSeed);

        // Another writer replaces the steps (an import): rebuilt.
        TaskSeries other = stored();
        std::swap(other.steps[0], other.steps[3]);
        QVERIFY(store().saveLocal(m_id, other));
        QCOMPARE(resets.size(), 2);
        VERIFY_STORED(QStringLiteral("S4[D1] S2[B1,B2] S3[] S1[A1,A2]"));

        // A change of the other fields keeps the tree, and the next edit keeps that change.
        TaskSeries renamed = stored();
        renamed.name = QStringLiteral("renamed elsewhere");
        const int contentBefore = content.size();
        QVERIFY(store().saveLocal(m_id, renamed));
        QCOMPARE(resets.size(), 2);
        QVERIFY(content.size() > contentBefore);
        QVERIFY(model()->setData(action(QStringLiteral("D1")), QStringLiteral("D1 renamed")));
        QCOMPARE(stored().name, QStringLiteral("renamed elsewhere"));
        QCOMPARE(stored().steps.at(0).actions.at(0).name, QStringLiteral("D1 renamed"));
        QVERIFY(m_editor->undo());
        QCOMPARE(stored().name, QStringLiteral("renamed elsewhere"));
        VERIFY_STORED(QStringLiteral("S4[D1] S2[B1,B2] S3[] S1[A1,A2]"));

        // The series is deleted: the tree empties and refuses edits.
        QVERIFY(store().remove(m_id));
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(model()->seriesLocalId(), std::nullopt);
        QVERIFY(!model()->addStep().isValid());
        QCOMPARE(model()->rowCount(), 0);
    }

    void validationIssues()
    {
        // An unnamed action.
        QVERIFY(model()->setData(action(QStringLiteral("A2")), QString()));
        const QModelIndex unnamed = model()->index(1, 0, step(QStringLiteral("S1")));
        QCOMPARE(unnamed.data(StepActionModel::SeriesIdRole).toString(), kIds.value(QStringLiteral("A2")));
        const QStringList issues = unnamed.data(StepActionModel::IssuesRole).toStringList();
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().contains(QLatin1String("name")), qPrintable(issues.first()));
        QVERIFY(unnamed.data(Qt::BackgroundRole).isValid());
        QVERIFY(unnamed.siblingAtColumn(StepActionModel::Type).data(Qt::ToolTipRole).toString().contains(issues.first()));
        QCOMPARE(action(QStringLiteral("A1")).data(StepActionModel::IssuesRole).toStringList(), QStringList());
        QVERIFY(!action(QStringLiteral("A1")).data(Qt::BackgroundRole).isValid());
        QVERIFY(!store().get(m_id)->valid); // a draft now
        // The issue moves with the item.
        QVERIFY(model()->moveActions({unnamed}, step(QStringLiteral("S3")), 0));
        const QModelIndex moved = model()->index(0, 0, step(QStringLiteral("S3")));
        QCOMPARE(moved.data(StepActionModel::SeriesIdRole).toString(), kIds.value(QStringLiteral("A2")));
        QCOMPARE(moved.data(StepActionModel::IssuesRole).toStringList().size(), 1);
        QCOMPARE(action(QStringLiteral("A1")).data(StepActionModel::IssuesRole).toStringList(), QStringList());
        QVERIFY(model()->setData(moved, QStringLiteral("A2")));
        QCOMPARE(action(QStringLiteral("A2")).data(StepActionModel::IssuesRole).toStringList(), QStringList());
        QVERIFY(store().get(m_id)->valid);

        // NUMBER with min > max: edit the range through its roles.
        const QModelIndex b1 = action(QStringLiteral("B1"));
        QVERIFY(model()->setData(b1, 20, StepActionModel::MinValueRole));
        QCOMPARE(stored().steps.at(1).actions.at(0).minValue(), std::optional<double>(20));
        QCOMPARE(b1.data(StepActionModel::MinValueRole).toDouble(), 20.0);
        const QStringList range = action(QStringLiteral("B1")).data(StepActionModel::IssuesRole).toStringList();
        QCOMPARE(range.size(), 1);
        QVERIFY2(range.first().contains(QLatin1String("20")) && range.first().contains(QLatin1String("10")),
                 qPrintable(range.first()));
        QVERIFY(!store().get(m_id)->valid);
        QVERIFY(model()->setData(b1, 25.5, StepActionModel::MaxValueRole));
        QCOMPARE(stored().steps.at(1).actions.at(0).maxValue(), std::optional<double>(25.5));
        QCOMPARE(action(QStringLiteral("B1")).data(StepActionModel::IssuesRole).toStringList(), QStringList());
        QVERIFY(store().get(m_id)->valid);
        // Cleared with an invalid value: the field is gone from the wire.
        QVERIFY(model()->setData(b1, QVariant(), StepActionModel::MinValueRole));
        QVERIFY(!stored().steps.at(1).actions.at(0).minValue());
        QVERIFY(!b1.data(StepActionModel::MinValueRole).isValid());
        const QJsonObject wire = TaskSeriesCodec::encode(stored())[QStringLiteral("steps")].toArray().at(1)
                                     .toObject()[QStringLiteral("actions")].toArray().at(0).toObject();
        QVERIFY(!wire.contains(QStringLiteral("minValue")));
        QCOMPARE(wire.value(QStringLiteral("maxValue")).toDouble(), 25.5);
        // The same value again: nothing sent.
        const int edits = m_editor->log.size();
        QVERIFY(!model()->setData(b1, 25.5, StepActionModel::MaxValueRole));
        QCOMPARE(m_editor->log.size(), edits);

        // A step with a checkpoint that is not a UUID; no type at all on an action.
        QVERIFY(model()->setData(step(QStringLiteral("S4")), QStringLiteral("gate-7"), StepActionModel::PointIdRole));
        QCOMPARE(step(QStringLiteral("S4")).data(StepActionModel::IssuesRole).toStringList().size(), 1);
        QVERIFY(model()->setData(action(QStringLiteral("D1"), StepActionModel::Type), QStringLiteral("  ")));
        QCOMPARE(action(QStringLiteral("D1")).data(StepActionModel::IssuesRole).toStringList().size(), 1);
        QCOMPARE(step(QStringLiteral("S4")).data(StepActionModel::IssuesRole).toStringList().size(), 1);

        // Undone step by step to a valid seed.
        while (m_editor->undo()) { }
        VERIFY_STORED(kSeed);
        QVERIFY(store().get(m_id)->valid);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex s = model()->index(row, 0);
            QCOMPARE(s.data(StepActionModel::IssuesRole).toStringList(), QStringList());
            for (int child = 0; child < model()->rowCount(s); ++child)
                QCOMPARE(model()->index(child, 0, s).data(StepActionModel::IssuesRole).toStringList(), QStringList());
        }
    }

    // Fields this version does not know survive every kind of move and a rebuild.
    void unknownTypesAndFieldsKept()
    {
        auto b2Wire = [this]() {
            const QJsonArray steps = TaskSeriesCodec::encode(stored())[QStringLiteral("steps")].toArray();
            for (const QJsonValue &s : steps) {
                for (const QJsonValue &a : s.toObject()[QStringLiteral("actions")].toArray()) {
                    if (a.toObject()[QStringLiteral("name")] == QLatin1String("B2"))
                        return a.toObject();
                }
            }
            return QJsonObject();
        };
        QCOMPARE(b2Wire()[QStringLiteral("maxCount")].toInt(), 3);
        QVERIFY(model()->moveUp(action(QStringLiteral("B2"))).isValid());
        QVERIFY(model()->moveUp(action(QStringLiteral("B2"))).isValid()); // into S1
        VERIFY_STORED(QStringLiteral("S1[A1,A2,B2] S2[B1] S3[] S4[D1]"));
        QVERIFY(model()->moveSteps({step(QStringLiteral("S1"))}, -1));
        std::unique_ptr<QMimeData> data(dragOf({action(QStringLiteral("B2"))}));
        model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, step(QStringLiteral("S3")));
        VERIFY_STORED(QStringLiteral("S2[B1] S3[B2] S4[D1] S1[A1,A2]"));
        // Its type code is kept when it is renamed or made required.
        QVERIFY(model()->setData(action(QStringLiteral("B2"), StepActionModel::Required), Qt::Checked, Qt::CheckStateRole));
        const QJsonObject wire = b2Wire();
        QCOMPARE(wire[QStringLiteral("type")].toString(), QStringLiteral("PHOTO"));
        QCOMPARE(wire[QStringLiteral("maxCount")].toInt(), 3);
        QCOMPARE(wire[QStringLiteral("hint")].toObject(), photoExtra()[QStringLiteral("hint")].toObject());
        QCOMPARE(wire[QStringLiteral("choices")].toArray(), photoExtra()[QStringLiteral("choices")].toArray());
        QCOMPARE(wire[QStringLiteral("order")].toInt(), 0);
        QVERIFY(wire[QStringLiteral("required")].toBool());
        // A fresh model on the same store (a restart) shows the same.
        StepActionModel again(store());
        QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.setSeries(m_id);
        const QModelIndex b2 = again.index(0, 0, again.index(1, 0));
        QCOMPARE(b2.data().toString(), QStringLiteral("B2"));
        QCOMPARE(b2.data(StepActionModel::ExtraRole).toJsonObject(), photoExtra());
        QCOMPARE(again.index(0, 0).data(StepActionModel::ExtraRole).toJsonObject(), stepExtra());
        while (m_editor->undo()) { }
        VERIFY_STORED(kSeed);
    }

    void duplicateItems()
    {
        const QModelIndex copy = model()->duplicate(action(QStringLiteral("B2")));
        QVERIFY(copy.isValid());
        QCOMPARE(copy.row(), 2);
        QCOMPARE(copy.data(StepActionModel::SeriesIdRole).toString(), QString());
        QCOMPARE(copy.data(StepActionModel::ExtraRole).toJsonObject(), photoExtra());
        QVERIFY(model()->setData(copy, QStringLiteral("B2 copy")));
        VERIFY_STORED(QStringLiteral("S1[A1,A2] S2[B1,B2,B2 copy] S3[] S4[D1]"));
        const QModelIndex stepCopy = model()->duplicate(step(QStringLiteral("S1")));
        QCOMPARE(stepCopy.row(), 1);
        QVERIFY(model()->setData(stepCopy, QStringLiteral("S1 copy")));
        const TaskSeries s = stored();
        QCOMPARE(layoutOf(s), QStringLiteral("S1[A1,A2] S1 copy[A1,A2] S2[B1,B2,B2 copy] S3[] S4[D1]"));
        QCOMPARE(s.steps.at(1).seriesId, QString());
        QCOMPARE(s.steps.at(1).pointId, s.steps.at(0).pointId);
        for (const Action &a : s.steps.at(1).actions)
            QCOMPARE(a.seriesId, QString());
        QCOMPARE(s.steps.at(0).actions.at(0).seriesId, kIds.value(QStringLiteral("A1")));
        QCOMPARE(model()->requiredCount(), 2);
        QCOMPARE(model()->actionCount(), 8);
        QCOMPARE(model()->stepCount(), 5);
        while (m_editor->undo()) { }
        VERIFY_STORED(kSeed);
        QCOMPARE(model()->requiredCount(), 1);
    }

    // A step's Type cell shows how many actions it has ("2 actions"). When that number
    // changes (an action moved in or out, added, removed) the cell's data changes, so
    // the model must say so (dataChanged), or views and proxies keep the old count.
    void stepActionCountCellAnnouncesItsChange()
    {
        const QModelIndex s1type = step(QStringLiteral("S1"), StepActionModel::Type);
        const QModelIndex s2type = step(QStringLiteral("S2"), StepActionModel::Type);
        const QString s1Before = s1type.data().toString();
        const QString s2Before = s2type.data().toString();
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        auto announced = [&changed](const QModelIndex &index) {
            for (const QList<QVariant> &args : std::as_const(changed)) {
                const QModelIndex from = args.at(0).value<QModelIndex>();
                const QModelIndex to = args.at(1).value<QModelIndex>();
                if (from.parent() == index.parent() && from.row() <= index.row() && index.row() <= to.row()
                    && from.column() <= index.column() && index.column() <= to.column())
                    return true;
            }
            return false;
        };
        QVERIFY(model()->moveActions({action(QStringLiteral("A1"))}, step(QStringLiteral("S2")), 0));
        VERIFY_STORED(QStringLiteral("S1[A2] S2[A1,B1,B2] S3[] S4[D1]"));
        QVERIFY(s1type.data().toString() != s1Before);
        QVERIFY(s2type.data().toString() != s2Before);
        QVERIFY2(announced(s1type), "S1 lost an action; its count cell changed without dataChanged");
        QVERIFY2(announced(s2type), "S2 gained an action; its count cell changed without dataChanged");
    }

    // Without an editor the model writes to the store itself.
    void worksWithoutAnEditor()
    {
        model()->setEditor(nullptr);
        QVERIFY(model()->moveDown(step(QStringLiteral("S1"))).isValid());
        VERIFY_STORED(QStringLiteral("S2[B1,B2] S1[A1,A2] S3[] S4[D1]"));
        QCOMPARE(m_editor->log.size(), 0);
        model()->setSeries(std::nullopt);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!model()->addStep().isValid());
        QVERIFY(!model()->addAction(QModelIndex()).isValid());
        model()->setSeries(m_id);
        QCOMPARE(modelLayout(), QStringLiteral("S2[B1,B2] S1[A1,A2] S3[] S4[D1]"));
    }
};

QTEST_MAIN(TestStepActionModel)
#include "tst_stepactionmodel.moc"
