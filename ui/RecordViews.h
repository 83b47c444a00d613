#pragma once

#include <QByteArray>
#include <QVector>

class QSplitter;
class QTableView;
class RecordTableModel;
class SearchField;

// What the service task and series pages do alike with their table.
namespace RecordViews {

// The local ids of the selected rows, ascending.
QVector<qint64> selectedIds(const QTableView *view, const RecordTableModel *model);
// Makes `localId` the current, selected row; clears a search that hides it (a
// record the user just made must be on show).
void select(QTableView *view, RecordTableModel *model, SearchField *search, qint64 localId);
// Splitter and column layout (order, widths, sort) between runs.
QByteArray saveLayout(const QSplitter *splitter, const QTableView *view);
void restoreLayout(QSplitter *splitter, QTableView *view, RecordTableModel *model, const QByteArray &state);

} // namespace RecordViews
