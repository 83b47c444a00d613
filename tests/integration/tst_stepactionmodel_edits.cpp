// The step/action tree of the series editor on a real database, its edits: what it
// shows, items added, removed, renamed, retyped and flagged, validation issues, fields of
// unknown types kept, duplicated items, the action count cell, and writes without an editor.
// Each is checked against what the STORE then holds and undone as the undo stack does.
#include "StepActionModelTest.h"

class TestStepActionModelEdits : public StepActionModelTest
{
    Q_OBJECT

private slots:
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

QTEST_MAIN(TestStepActionModelEdits)
#include "tst_stepactionmodel_edits.moc"
