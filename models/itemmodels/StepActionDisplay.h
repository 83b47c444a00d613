#pragma once

#include "domain/Action.h"
#include "domain/Step.h"

#include <QStringList>
#include <QVariant>

// What the step tree shows of one item in each column and role: names, type meanings,
// icons, tool tips, validation marks, and the values behind StepActionModel's own roles.
class StepActionDisplay
{
public:
    static QVariant actionData(const Action &action, int column, int role, const QStringList &issues);
    // `row` is the step's position (shown from 1).
    static QVariant stepData(const Step &step, int actionCount, int row, int column, int role,
                             const QStringList &issues);
};
