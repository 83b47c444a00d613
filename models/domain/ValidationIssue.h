#pragma once

#include <QString>
#include <QVector>

// One problem with one field, worded for the user. `field` is the wire path
// ("name", "steps[1].actions[0].minValue") so that views can mark the right cell.
struct ValidationIssue
{
    QString field;
    QString message;

    bool operator==(const ValidationIssue &o) const { return field == o.field && message == o.message; }
};

using ValidationIssues = QVector<ValidationIssue>;
