#pragma once

// What the step/action tree tests share: the tree model of a seed series (four steps,
// with ids the server gave them, extra fields and types this version does not know) on
// a new database file for every test, under QAbstractItemModelTester, with an editor
// that records every edit and undoes it by applying its change set backwards, as the
// undo stack does; and the checks of what the STORE then holds.

#include "RecordingEditor.h"
#include "SeriesLayout.h"

#include "domain/Validator.h"
#include "itemmodels/StepActionModel.h"
#include "json/TaskSeriesCodec.h"
#include "storage/Workspace.h"

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

// Identities the server gave the seed items: they must survive every move.
inline const QHash<QString, QString> kIds = {
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
inline const QString kSeed = QStringLiteral("S1[A1,A2] S2[B1,B2] S3[] S4[D1]");

Action makeAction(const QString &name, const QString &type, bool required = false);
Step makeStep(const QString &name, const QVector<Action> &actions);
// Fields of types this version does not know, and of a step.
QJsonObject photoExtra();
QJsonObject stepExtra();
// S1[A1 BOOLEAN, A2 TEXT required] S2(extra)[B1 NUMBER 0..10, B2 PHOTO(extra)] S3[] S4[D1 TEXT]
TaskSeries seedSeries();

// Checks the store (and that the model shows exactly it); returns from the test on failure.
#define VERIFY_STORED(expectedLayout)                                                       \
    do {                                                                                    \
        verifyStored(expectedLayout);                                                       \
        if (QTest::currentTestFailed())                                                     \
            return;                                                                         \
    } while (false)

class StepActionModelTest : public QObject
{
    Q_OBJECT

protected:
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
    void initTestCase();
    void init();
    void cleanup();
};
