// The step/action tree of the series editor on a real database, its moves: actions moved
// within and across steps, steps reordered, drops through the model API (as a view drags a
// row selection), and the tree following writes to the store made elsewhere. Each is checked
// against what the STORE then holds (identities kept, encoded `order`s) and undone.
#include "StepActionModelTest.h"

class TestStepActionModelMoves : public StepActionModelTest
{
    Q_OBJECT

private slots:
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
};

QTEST_MAIN(TestStepActionModelMoves)
#include "tst_stepactionmodel_moves.moc"
