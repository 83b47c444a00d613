#pragma once

// The longest text each field may hold, in characters (UTF-16 code units). Neither API
// documents a limit; these keep one record from swelling the database (a 50 MB name
// once made a 352 MB file) while leaving room far beyond any real record. The
// Validator reports a longer field like any other problem, so both the import and the
// forms refuse it; README.md lists the same numbers.
struct FieldLimits
{
    // name of a service task, a series, a step, an action; opts.title
    static constexpr int name = 1000;
    // codes: svcscriptcode, sitemode, schedule, priority, an action's type
    static constexpr int code = 200;
    // one item of a list of short texts: a site, a tag
    static constexpr int listItem = 200;
    // free text: opts.comment, a series' description
    static constexpr int longText = 100000;
};
