#pragma once

#include "domain/TaskSeries.h"

#include <QString>

// "step 1[action 1,action 2] step 2[]": the steps and actions by name, in order, so that a
// test compares a series' shape in one line.
QString layoutOf(const TaskSeries &series);
