#pragma once

#include <QListWidgetItem>

class QBrush;

// A row of the recurrence preview: one occurrence, marked skipped (an exception
// removes it, crossed out) or past, with its instant under RecurrenceEditor::InstantRole.
class OccurrenceItem : public QListWidgetItem
{
public:
    // `grey` is the brush of what does not (or no longer) lie ahead.
    OccurrenceItem(const QDateTime &utc, bool skipped, bool past, const QBrush &grey,
                   QListWidget *list);
};
