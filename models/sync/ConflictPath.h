#pragma once

#include <QString>

#include <optional>

// Where a merge conflict is in a record on the wire. Written as text for people and for
// choices keyed by text:
//   record                                              the whole record (deleted vs edited)
//   name, opts.title, recurrence.rule                    a top-level field, or a key of opts/recurrence
//   steps.order                                          the order of the steps
//   steps[seriesId=S]  or  steps[N]                      a whole step (N: position of a local step)
//   steps[seriesId=S].name                               a field of a step
//   steps[seriesId=S].actions.order                      the order of a step's actions
//   steps[seriesId=S].actions[seriesId=A]                a whole action
//   steps[seriesId=S].actions[seriesId=A].required       a field of an action
//   steps[seriesId=S].actions[seriesId=A].step           the step an action belongs to
// Keys and ids that are not plain words (letters, digits, '_', '-') are written as JSON
// strings: opts."a.b", steps[seriesId="x]y"]. parse() takes only what format() writes.
class ConflictPath
{
public:
    enum class Kind {
        Invalid,
        Record,
        Field,        // key, with object() for opts/recurrence keys
        StepsOrder,
        Step,
        StepField,
        ActionsOrder,
        Action,
        ActionField,
        ActionStep,   // the action's parent step
    };

    // A step by seriesId, or (a local step without one) by position.
    struct StepRef
    {
        QString id;
        int index = -1;
        bool operator==(const StepRef &o) const { return id == o.id && index == o.index; }
    };

    ConflictPath() = default;

    static ConflictPath record();
    static ConflictPath field(const QString &key);
    static ConflictPath objectField(const QString &object, const QString &key);
    static ConflictPath stepsOrder();
    static ConflictPath step(const StepRef &step);
    static ConflictPath stepField(const StepRef &step, const QString &key);
    static ConflictPath actionsOrder(const StepRef &step);
    static ConflictPath action(const StepRef &step, const QString &actionId);
    static ConflictPath actionField(const StepRef &step, const QString &actionId, const QString &key);
    static ConflictPath actionStep(const StepRef &step, const QString &actionId);

    // The path written by format(); nullopt (and *error when given) for anything else:
    // unknown keys or selectors, empty or malformed ids, trailing text, invisible characters.
    static std::optional<ConflictPath> parse(const QString &text, QString *error = nullptr);
    QString format() const;

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // opts / recurrence for a key of those objects, else empty.
    const QString &object() const { return m_object; }
    // The field of a Field, StepField or ActionField.
    const QString &key() const { return m_key; }
    const StepRef &stepRef() const { return m_step; }
    const QString &actionId() const { return m_action; }
    // A value that can be typed (a field), not only chosen (records, items, orders, parents).
    bool isTypedValue() const;

    bool operator==(const ConflictPath &o) const;
    bool operator!=(const ConflictPath &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::Invalid;
    QString m_object;
    QString m_key;
    StepRef m_step;
    QString m_action;
};
