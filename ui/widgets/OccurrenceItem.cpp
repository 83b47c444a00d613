#include "widgets/OccurrenceItem.h"

#include "widgets/RecurrenceEditor.h"
#include "widgets/RecurrenceTexts.h"

#include <QBrush>
#include <QFont>

OccurrenceItem::OccurrenceItem(const QDateTime &utc, bool skipped, bool past, const QBrush &grey,
                               QListWidget *list)
    : QListWidgetItem(list)
{
    setData(RecurrenceEditor::InstantRole, utc);
    setData(RecurrenceEditor::SkippedRole, skipped);
    setData(RecurrenceEditor::PastRole, past);
    // Grey is for what does not (or no longer) lie ahead: skipped and past occurrences.
    if (skipped || past)
        setForeground(grey);
    if (skipped) {
        setText(RecurrenceEditor::tr("%1 (skipped)").arg(RecurrenceTexts::display(utc)));
        QFont strikeOut = font();
        strikeOut.setStrikeOut(true);
        setFont(strikeOut);
        setToolTip(RecurrenceEditor::tr("%1: an exception removes this occurrence")
                       .arg(RecurrenceTexts::utc(utc)));
    } else if (past) {
        setText(RecurrenceEditor::tr("%1 (past)").arg(RecurrenceTexts::display(utc)));
        setToolTip(RecurrenceEditor::tr("%1: this occurrence is in the past")
                       .arg(RecurrenceTexts::utc(utc)));
    } else {
        setText(RecurrenceTexts::display(utc));
        setToolTip(RecurrenceTexts::utc(utc));
    }
}
