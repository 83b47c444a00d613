#include "sync/ConflictPath.h"

#include <QStringList>

namespace {

const QString kRecord = QStringLiteral("record");
const QString kSteps = QStringLiteral("steps");
const QString kActions = QStringLiteral("actions");
const QString kStep = QStringLiteral("step");

// Words that mean structure where they stand; a key spelled like one is written quoted.
const QStringList kTopReserved = {kRecord, kSteps};
const QStringList kStepReserved = {kActions};
const QStringList kActionReserved = {kStep};
const QStringList kObjects = {QStringLiteral("opts"), QStringLiteral("recurrence")};

bool isWordChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isWord(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!isWordChar(c))
            return false;
    return true;
}

// Control, format (zero-width, direction marks), unassigned and private characters, and
// separators other than the plain space: nothing a reader of the path could see.
bool isInvisible(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    case QChar::Separator_Space:
        return c != QLatin1Char(' ');
    default:
        return false;
    }
}

QString quoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + QString(c);
        else if (isInvisible(c))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString token(const QString &s, const QStringList &reserved = {})
{
    return isWord(s) && !reserved.contains(s) ? s : quoted(s);
}

QString stepText(const ConflictPath::StepRef &step)
{
    if (step.id.isEmpty())
        return QStringLiteral("steps[%1]").arg(step.index);
    return QStringLiteral("steps[seriesId=%1]").arg(token(step.id));
}

// Reads the path left to right; every method returns false (with the reason) on a refusal.
// The reasons are for logs and tests (a path is never typed by a user): not translated.
class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) {}

    QString error;

    bool atEnd() const { return m_pos >= m_text.size(); }

    bool skip(const QString &literal)
    {
        if (!QStringView(m_text).mid(m_pos).startsWith(literal))
            return false;
        m_pos += int(literal.size());
        return true;
    }

    // A word or a quoted string; *wasQuoted tells which (a quoted name is never structure).
    bool name(QString *out, bool *wasQuoted = nullptr)
    {
        if (wasQuoted)
            *wasQuoted = false;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
            if (wasQuoted)
                *wasQuoted = true;
            return quotedName(out);
        }
        const int start = m_pos;
        while (m_pos < m_text.size() && isWordChar(m_text.at(m_pos)))
            ++m_pos;
        *out = m_text.mid(start, m_pos - start);
        return !out->isEmpty() || fail(QStringLiteral("a name is missing at %1").arg(start + 1));
    }

    bool index(int *out)
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit() && m_text.at(m_pos).unicode() < 128)
            ++m_pos;
        const QString digits = m_text.mid(start, m_pos - start);
        if (digits.isEmpty() || digits.size() > 6 || (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))))
            return fail(QStringLiteral("“%1” is not a position").arg(digits));
        *out = digits.toInt();
        return true;
    }

    bool fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
        return false;
    }

private:
    bool quotedName(QString *out)
    {
        const int start = m_pos++;
        out->clear();
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"'))
                return !out->isEmpty() || fail(QStringLiteral("an empty name at %1").arg(start + 1));
            if (isInvisible(c))
                return fail(QStringLiteral("an invisible character at %1").arg(m_pos));
            if (c != QLatin1Char('\\')) {
                out->append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text.at(m_pos++);
            if (e == QLatin1Char('"') || e == QLatin1Char('\\')) {
                out->append(e);
            } else if (e == QLatin1Char('u') && m_pos + 4 <= m_text.size()) {
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok)
                    return fail(QStringLiteral("a bad escape at %1").arg(m_pos));
                out->append(QChar(code));
                m_pos += 4;
            } else {
                return fail(QStringLiteral("a bad escape at %1").arg(m_pos));
            }
        }
        return fail(QStringLiteral("a quote not closed at %1").arg(start + 1));
    }

    const QString &m_text;
    int m_pos = 0;
};

bool readStepRef(Reader &r, ConflictPath::StepRef *step)
{
    if (r.skip(QStringLiteral("seriesId="))) {
        if (!r.name(&step->id))
            return false;
    } else if (!r.index(&step->index)) {
        return false;
    }
    return r.skip(QStringLiteral("]")) || r.fail(QStringLiteral("“]” is missing after the step"));
}

// After "steps[…]": nothing, ".key", ".actions.order", ".actions[seriesId=A]" and its tail.
std::optional<ConflictPath> readStepTail(Reader &r, const ConflictPath::StepRef &step)
{
    if (r.atEnd())
        return ConflictPath::step(step);
    if (!r.skip(QStringLiteral(".")))
        return std::nullopt;
    if (r.skip(QStringLiteral("actions.order")))
        return ConflictPath::actionsOrder(step);
    if (r.skip(QStringLiteral("actions[seriesId="))) {
        QString action;
        if (!r.name(&action) || !r.skip(QStringLiteral("]")))
            return std::nullopt;
        if (r.atEnd())
            return ConflictPath::action(step, action);
        QString key;
        bool wasQuoted = false;
        if (!r.skip(QStringLiteral(".")) || !r.name(&key, &wasQuoted))
            return std::nullopt;
        if (!wasQuoted && key == kStep)
            return ConflictPath::actionStep(step, action);
        return ConflictPath::actionField(step, action, key);
    }
    QString key;
    bool wasQuoted = false;
    if (!r.name(&key, &wasQuoted))
        return std::nullopt;
    if (!wasQuoted && kStepReserved.contains(key)) {
        r.fail(QStringLiteral("“%1” is not a field of a step").arg(key));
        return std::nullopt;
    }
    return ConflictPath::stepField(step, key);
}

std::optional<ConflictPath> readPath(Reader &r)
{
    if (r.skip(QStringLiteral("steps["))) {
        ConflictPath::StepRef step;
        if (!readStepRef(r, &step))
            return std::nullopt;
        return readStepTail(r, step);
    }
    QString head;
    bool wasQuoted = false;
    if (!r.name(&head, &wasQuoted))
        return std::nullopt;
    if (wasQuoted)
        return ConflictPath::field(head);
    if (head == kRecord)
        return ConflictPath::record();
    if (head == kSteps) {
        if (r.skip(QStringLiteral(".order")))
            return ConflictPath::stepsOrder();
        r.fail(QStringLiteral("“steps” is followed by something unknown"));
        return std::nullopt;
    }
    if (!r.skip(QStringLiteral(".")))
        return ConflictPath::field(head);
    if (!kObjects.contains(head)) {
        r.fail(QStringLiteral("“%1” has no keys of its own").arg(head));
        return std::nullopt;
    }
    QString key;
    if (!r.name(&key))
        return std::nullopt;
    return ConflictPath::objectField(head, key);
}

} // namespace

ConflictPath ConflictPath::record()
{
    ConflictPath p;
    p.m_kind = Kind::Record;
    return p;
}

ConflictPath ConflictPath::field(const QString &key)
{
    ConflictPath p;
    p.m_kind = Kind::Field;
    p.m_key = key;
    return p;
}

ConflictPath ConflictPath::objectField(const QString &object, const QString &key)
{
    ConflictPath p = field(key);
    p.m_object = object;
    return p;
}

ConflictPath ConflictPath::stepsOrder()
{
    ConflictPath p;
    p.m_kind = Kind::StepsOrder;
    return p;
}

ConflictPath ConflictPath::step(const StepRef &step)
{
    ConflictPath p;
    p.m_kind = Kind::Step;
    p.m_step = step;
    return p;
}

ConflictPath ConflictPath::stepField(const StepRef &step, const QString &key)
{
    ConflictPath p = ConflictPath::step(step);
    p.m_kind = Kind::StepField;
    p.m_key = key;
    return p;
}

ConflictPath ConflictPath::actionsOrder(const StepRef &step)
{
    ConflictPath p = ConflictPath::step(step);
    p.m_kind = Kind::ActionsOrder;
    return p;
}

ConflictPath ConflictPath::action(const StepRef &step, const QString &actionId)
{
    ConflictPath p = ConflictPath::step(step);
    p.m_kind = Kind::Action;
    p.m_action = actionId;
    return p;
}

ConflictPath ConflictPath::actionField(const StepRef &step, const QString &actionId, const QString &key)
{
    ConflictPath p = action(step, actionId);
    p.m_kind = Kind::ActionField;
    p.m_key = key;
    return p;
}

ConflictPath ConflictPath::actionStep(const StepRef &step, const QString &actionId)
{
    ConflictPath p = action(step, actionId);
    p.m_kind = Kind::ActionStep;
    return p;
}

std::optional<ConflictPath> ConflictPath::parse(const QString &text, QString *error)
{
    Reader r(text);
    std::optional<ConflictPath> path = readPath(r);
    if (path && !r.atEnd()) {
        r.fail(QStringLiteral("unexpected text after the path"));
        path.reset();
    }
    if (path && !path->format().isEmpty() && path->format() != text) {
        // Only the one spelling format() writes (no quotes around plain words, no "007").
        r.fail(QStringLiteral("not written the usual way"));
        path.reset();
    }
    if (!path && error)
        *error = r.error.isEmpty() ? QStringLiteral("“%1” is not a conflict path").arg(text) : r.error;
    return path;
}

QString ConflictPath::format() const
{
    const QString action = QStringLiteral(".actions[seriesId=%1]").arg(token(m_action));
    switch (m_kind) {
    case Kind::Invalid:
        return QString();
    case Kind::Record:
        return kRecord;
    case Kind::Field:
        return m_object.isEmpty() ? token(m_key, kTopReserved) : m_object + QLatin1Char('.') + token(m_key);
    case Kind::StepsOrder:
        return QStringLiteral("steps.order");
    case Kind::Step:
        return stepText(m_step);
    case Kind::StepField:
        return stepText(m_step) + QLatin1Char('.') + token(m_key, kStepReserved);
    case Kind::ActionsOrder:
        return stepText(m_step) + QStringLiteral(".actions.order");
    case Kind::Action:
        return stepText(m_step) + action;
    case Kind::ActionField:
        return stepText(m_step) + action + QLatin1Char('.') + token(m_key, kActionReserved);
    case Kind::ActionStep:
        return stepText(m_step) + action + QStringLiteral(".step");
    }
    return QString();
}

bool ConflictPath::isTypedValue() const
{
    return m_kind == Kind::Field || m_kind == Kind::StepField || m_kind == Kind::ActionField;
}

bool ConflictPath::operator==(const ConflictPath &o) const
{
    return m_kind == o.m_kind && m_object == o.m_object && m_key == o.m_key && m_step == o.m_step
        && m_action == o.m_action;
}
