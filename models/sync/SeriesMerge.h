#pragma once

#include "sync/ThreeWayMerge.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVector>

#include <array>

// The three-way merge of a series' steps and actions (ThreeWayMerge::mergeSeries), in named
// phases over one context: index each side, decide which steps and actions exist and merge
// their fields, merge the orders, build the merged steps, then name the conflicts on the
// final layout. Top-level fields are merged by ThreeWayMerge before.
class SeriesMerge
{
public:
    // Merges the steps of the three versions into result->merged and result->conflicts.
    static void mergeSteps(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                           MergeResult *result);

    // Which side an item without its own seriesId comes from.
    enum class Side { Shared, Base, Mine, Theirs };

    // An item's identity: its seriesId; an item without one (or with a seriesId already seen
    // in that version) is local to its side and known by its position there.
    struct Key
    {
        QString id;
        Side side = Side::Shared;
        int step = -1;
        int action = -1;

        bool isNone() const { return id.isEmpty() && side == Side::Shared; }
        bool isLocal() const { return side != Side::Shared; }
        bool operator==(const Key &o) const
        {
            return id == o.id && side == o.side && step == o.step && action == o.action;
        }
        bool operator!=(const Key &o) const { return !(*this == o); }
    };
    using Keys = QVector<Key>;

    // One side's steps and actions, indexed by key.
    struct Version
    {
        Keys steps;                          // in list order
        QHash<Key, QJsonObject> step;        // as on the wire
        QHash<Key, Keys> actionsOf;          // step -> its actions in list order
        QHash<Key, QJsonObject> action;
        QHash<Key, Key> parentOf;            // action -> step
        bool hasSteps = false;

        static Version index(const QJsonObject &series, Side side);
        // Did this side change the step (kept here, deleted on the other side) compared to base?
        bool stepChangedFrom(const Version &base, const Key &step) const;
        bool actionChangedFrom(const Version &base, const Key &action) const;
    };

private:
    // A conflict waiting for the final layout (its path names steps that may still move).
    struct Pending
    {
        ConflictPath::Kind kind = ConflictPath::Kind::Invalid;
        Key step;
        Key action;
        QString field;
        QJsonValue base, mine, theirs;
        std::array<Key, 3> parents; // an ActionStep's base, mine and theirs, named on the final layout
    };
    // What one action is on each side, after the rules for steps in conflict.
    struct ActionSides;

    SeriesMerge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

    void mergeStepItems();
    void mergeActionItems();
    bool mergeAction(const Key &a, const ActionSides &sides, Key *parent);
    void placeAction(const Key &a, const ActionSides &sides, Key parent);
    void mergeOrders();
    QJsonArray buildSteps();
    void addItemConflicts();
    QVector<FieldConflict> namedConflicts() const;
    FieldConflict named(const Pending &c) const;
    void addPending(ConflictPath::Kind kind, const Key &step, const Key &action, const QString &field,
                    const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs);

    ConflictPath::StepRef stepRef(const Key &step) const;
    QString stepName(const Key &step) const;
    QString actionName(const Key &action) const;
    QJsonValue parentValue(const Key &step) const;
    Key stepOfConflict(const Pending &c) const;

    const Version B, M, T;
    QVector<Pending> m_pending;

    // Phase results.
    Keys m_allSteps;
    QSet<Key> m_presentSteps;
    QSet<Key> m_keptSteps;         // theirs deleted, mine edited: kept (mine)
    QSet<Key> m_droppedSteps;      // mine deleted, theirs edited: left out (mine)
    QHash<Key, QJsonObject> m_stepFields;
    Keys m_allActions;
    QHash<Key, Key> m_parent;      // action -> merged step
    QHash<Key, QJsonObject> m_actionFields;
    QSet<Key> m_keptActions;       // theirs deleted, mine edited
    Keys m_stepOrder;
    QHash<Key, Keys> m_actionOrder;
    QHash<Key, QJsonObject> m_builtStep;
    QHash<Key, QJsonObject> m_builtAction;
};

size_t qHash(const SeriesMerge::Key &key, size_t seed = 0) noexcept;
