#pragma once

#include <QString>

// One difference between a record's base copy and its local copy, in the operator's words.
struct DiffLine
{
    // What reverting this line puts back from the base: a wire field ("name", "opts.title")
    // or "steps" (steps and actions go back together: a move spans two steps).
    QString field;
    QString text; // "Name: Old → New", "step 2 «Gate»: action «Check» moved from step 1"
};
