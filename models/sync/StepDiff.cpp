#include "sync/StepDiff.h"

#include "domain/Step.h"
#include "sync/ItemIdentity.h"
#include "sync/RecordDiff.h"

#include <QStringList>

namespace {

using ItemIdentity::indexIn;

// Where an action was in the base: its step and its position there; step -1 when new.
struct Place
{
    int step = -1;
    int position = -1;
};

Place placeOf(const QVector<Step> &steps, const QString &id)
{
    for (int s = 0; s < steps.size(); ++s) {
        const int a = indexIn(steps.at(s).actions, id);
        if (a >= 0)
            return {s, a};
    }
    return {};
}

class Writer
{
public:
    Writer(const QVector<Step> &before, const QVector<Step> &after)
        : m_before(before)
        , m_after(after)
    {
    }

    QVector<DiffLine> run()
    {
        for (int i = 0; i < m_after.size(); ++i)
            step(i);
        for (int i = 0; i < m_before.size(); ++i) {
            const Step &gone = m_before.at(i);
            if (indexIn(m_after, ItemIdentity::of(gone)) < 0)
                add(StepDiff::tr("step %1 «%2»: removed").arg(i + 1).arg(gone.name));
        }
        return m_lines;
    }

private:
    void add(const QString &text) { m_lines.append({QStringLiteral("steps"), text}); }

    void step(int i)
    {
        const Step &now = m_after.at(i);
        const QString head = StepDiff::tr("step %1 «%2»").arg(i + 1).arg(now.name);
        const int was = indexIn(m_before, ItemIdentity::of(now));
        if (was < 0) {
            add(StepDiff::tr("%1: added").arg(head));
        } else {
            const Step &old = m_before.at(was);
            if (was != i)
                add(StepDiff::tr("%1: moved from step %2").arg(head).arg(was + 1));
            if (old.name != now.name)
                add(StepDiff::tr("%1: renamed from «%2»").arg(head, old.name));
            if (old.pointId != now.pointId)
                add(StepDiff::tr("%1: Checkpoint id %2 → %3").arg(head, RecordDiff::valueText(old.pointId),
                                                                   RecordDiff::valueText(now.pointId)));
            if (old.extra != now.extra)
                add(StepDiff::tr("%1: other fields changed").arg(head));
        }
        for (int a = 0; a < now.actions.size(); ++a)
            action(head, i, a);
        if (was >= 0)
            removedActions(head, m_before.at(was));
    }

    void action(const QString &head, int stepIndex, int a)
    {
        const Action &now = m_after.at(stepIndex).actions.at(a);
        const QString item = StepDiff::tr("%1: action «%2»").arg(head, now.name);
        const Place was = placeOf(m_before, ItemIdentity::of(now));
        if (was.step < 0) {
            add(StepDiff::tr("%1 added").arg(item));
            return;
        }
        const Action &old = m_before.at(was.step).actions.at(was.position);
        const int stepWas = indexIn(m_after, ItemIdentity::of(m_before.at(was.step)));
        if (stepWas != stepIndex)
            add(StepDiff::tr("%1 moved from step %2").arg(item).arg(was.step + 1));
        else if (was.position != a)
            add(StepDiff::tr("%1 moved from position %2 to %3").arg(item).arg(was.position + 1).arg(a + 1));
        if (old.name != now.name)
            add(StepDiff::tr("%1 renamed from «%2»").arg(item, old.name));
        if (old.type != now.type)
            add(StepDiff::tr("%1: type %2 → %3").arg(item, old.type, now.type));
        if (old.required != now.required)
            add(StepDiff::tr("%1: Required %2 → %3")
                    .arg(item, RecordDiff::valueText(old.required), RecordDiff::valueText(now.required)));
        QStringList keys = old.extra.keys() + now.extra.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : keys) {
            if (old.extra.value(key) != now.extra.value(key))
                add(StepDiff::tr("%1: %2 %3 → %4")
                        .arg(item, actionLabel(key), RecordDiff::valueText(old.extra.value(key)),
                             RecordDiff::valueText(now.extra.value(key))));
        }
    }

    // Actions of the base step found in no step now (a move to another step is told there).
    void removedActions(const QString &head, const Step &old)
    {
        for (const Action &gone : old.actions) {
            if (placeOf(m_after, ItemIdentity::of(gone)).step < 0)
                add(StepDiff::tr("%1: action «%2» removed").arg(head, gone.name));
        }
    }

    static QString actionLabel(const QString &key)
    {
        if (key == QLatin1String("minValue"))
            return StepDiff::tr("Minimum");
        if (key == QLatin1String("maxValue"))
            return StepDiff::tr("Maximum");
        return key;
    }

    const QVector<Step> &m_before;
    const QVector<Step> &m_after;
    QVector<DiffLine> m_lines;
};

} // namespace

QVector<DiffLine> StepDiff::describe(const QVector<Step> &before, const QVector<Step> &after)
{
    return Writer(before, after).run();
}
