#pragma once

#include <QPair>
#include <QString>
#include <QVector>

class QMimeData;

// What a drag in the step tree carries: the path of each dragged item, (step row,
// action row) or (step row, -1) for a step.
class StepActionPaths
{
public:
    static QString mimeType();
    static QMimeData *encode(const QVector<QPair<int, int>> &paths);
    // Empty when the data is missing or not a list of paths.
    static QVector<QPair<int, int>> decode(const QMimeData *data);
};
