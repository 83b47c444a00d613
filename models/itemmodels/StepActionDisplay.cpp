#include "itemmodels/StepActionDisplay.h"

#include "domain/EnumCatalog.h"
#include "itemmodels/StepActionModel.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>

namespace {

QString actionIcon(const QString &type)
{
    if (type == QLatin1String("BOOLEAN"))
        return QStringLiteral(":/icons/action-boolean.svg");
    if (type == QLatin1String("TEXT"))
        return QStringLiteral(":/icons/action-text.svg");
    if (type == QLatin1String("NUMBER"))
        return QStringLiteral(":/icons/action-number.svg");
    return QStringLiteral(":/icons/action-other.svg");
}

// As the step editor's details write it: in the UI language (40,5 in Russian).
QString localNumber(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 15) : QString();
}

} // namespace

QVariant StepActionDisplay::actionData(const Action &a, int column, int role, const QStringList &issues)
{
    const QString meaning = EnumCatalog::meaning(EnumCatalog::actionTypes(), a.type);
    switch (role) {
    case Qt::DisplayRole:
        if (column == StepActionModel::Name)
            return a.name;
        if (column == StepActionModel::Type) {
            if (a.type == EnumCatalog::actionTypeNumber() && (a.minValue() || a.maxValue()))
                return StepActionModel::tr("%1 (%2…%3)")
                    .arg(meaning, localNumber(a.minValue()), localNumber(a.maxValue()));
            return meaning.isEmpty() ? a.type : meaning;
        }
        return QVariant();
    case Qt::EditRole:
        if (column == StepActionModel::Name)
            return a.name;
        if (column == StepActionModel::Type)
            return a.type;
        if (column == StepActionModel::Required)
            return a.required;
        return QVariant();
    case Qt::CheckStateRole:
        return column == StepActionModel::Required ? QVariant(a.required ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DecorationRole:
        return column == StepActionModel::Name ? QVariant(QIcon(actionIcon(a.type))) : QVariant();
    case Qt::FontRole:
        if (column == StepActionModel::Name && a.required) {
            QFont font;
            font.setBold(true); // required actions stand out
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        QStringList lines = issues;
        if (column == StepActionModel::Type)
            lines.prepend(meaning.isEmpty()
                              ? StepActionModel::tr("Type code \"%1\" is not known to this version; it is kept.").arg(a.type)
                              : QStringLiteral("%1 (%2)").arg(meaning, a.type));
        if (column == StepActionModel::Required)
            lines.prepend(a.required ? StepActionModel::tr("Required") : StepActionModel::tr("Optional"));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        return issues.isEmpty() ? QVariant() : QVariant(QColor(255, 224, 224));
    case StepActionModel::IsStepRole: return false;
    case StepActionModel::IssuesRole: return issues;
    case StepActionModel::SeriesIdRole: return a.seriesId;
    case StepActionModel::MinValueRole: return a.minValue() ? QVariant(*a.minValue()) : QVariant();
    case StepActionModel::MaxValueRole: return a.maxValue() ? QVariant(*a.maxValue()) : QVariant();
    case StepActionModel::ExtraRole: return a.extra;
    }
    return QVariant();
}

QVariant StepActionDisplay::stepData(const Step &s, int actionCount, int row, int column, int role,
                                     const QStringList &issues)
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == StepActionModel::Name)
            return s.name;
        if (column == StepActionModel::Type)
            return StepActionModel::tr("%n action(s)", nullptr, actionCount);
        return QVariant();
    case Qt::EditRole:
        return column == StepActionModel::Name ? QVariant(s.name) : QVariant();
    case Qt::DecorationRole:
        return column == StepActionModel::Name ? QVariant(QIcon(QStringLiteral(":/icons/step.svg"))) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines = issues;
        if (column == StepActionModel::Name)
            lines.prepend(StepActionModel::tr("Step %1; checkpoint %2")
                              .arg(row + 1)
                              .arg(s.pointId.isEmpty() ? StepActionModel::tr("not set") : s.pointId));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        return issues.isEmpty() ? QVariant() : QVariant(QColor(255, 224, 224));
    case StepActionModel::IsStepRole: return true;
    case StepActionModel::IssuesRole: return issues;
    case StepActionModel::SeriesIdRole: return s.seriesId;
    case StepActionModel::PointIdRole: return s.pointId;
    case StepActionModel::ExtraRole: return s.extra;
    }
    return QVariant();
}
