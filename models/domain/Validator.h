#pragma once

#include "domain/ServiceTask.h"
#include "domain/TaskSeries.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

// The rules a record must meet before it may be sent to a server. An invalid
// record can still be kept locally as a draft; it is only never pushed.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static ValidationIssues validate(const ServiceTask &task);
    static ValidationIssues validate(const TaskSeries &series);

    static bool isUuid(const QString &text);
    static QString stepPath(int step);
    static QString actionPath(int step, int action);

private:
    static void checkLengths(const ServiceTask &task, ValidationIssues &issues);
    static void checkLengths(const TaskSeries &series, ValidationIssues &issues);
    static void checkLength(const QString &field, const QString &text, int limit, ValidationIssues &issues);
    static void checkStep(const Step &step, int s, ValidationIssues &issues);
    static void checkAction(const Action &action, int s, int a, ValidationIssues &issues);
    static void checkItemIds(const TaskSeries &series, ValidationIssues &issues);
};
