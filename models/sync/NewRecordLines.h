#pragma once

#include <QtGlobal>

// The pull's "Received new" lines of one sync: each of the first kLogged records has its
// line, the rest are only counted and said in one line at the end of the pull: a first pull
// of 10 000 records filled the sync log with 10 000 lines. Changes, conflicts, deletes and
// errors keep a line each.
class NewRecordLines
{
public:
    static constexpr int kLogged = 20;

    void reset() { m_count = 0; }
    // One more new record: true when it gets a line of its own.
    bool take() { return ++m_count <= kLogged; }
    // How many got none, said once: 0 after the first call.
    int takeUnlogged()
    {
        const int unlogged = qMax(0, m_count - kLogged);
        m_count = qMin(m_count, kLogged);
        return unlogged;
    }

private:
    int m_count = 0;
};
