#pragma once

#include <QByteArray>
#include <QSet>
#include <QVector>

#include <functional>
#include <optional>

class ColumnChooser;
class QAbstractItemModel;
class QObject;
class QSplitter;
class QTableView;
class RecordTableModel;
class SearchField;

// What the service task and series pages do alike with their table.
namespace RecordViews {

// The table as both pages show it, on `model`: whole rows selected, sorted by a header click
// with the current record kept selected and in view, columns chosen from the
// header's context menu (`defaultHidden` hidden until the operator shows them).
ColumnChooser *setUpTable(QTableView *view, QAbstractItemModel *model, const QSet<int> &defaultHidden);
// Wide enough for a date and time in the UI language's format, and its header.
int dateColumnWidth(const QTableView *view, const QString &header);
// Wide enough for every sync state's name beside its icon, held ones too («Синхронизирована»
// was cut in Russian).
int stateColumnWidth(const QTableView *view, const QString &header);

// The local ids of the selected rows, ascending.
QVector<qint64> selectedIds(const QTableView *view, const RecordTableModel *model);
// The one record the form shows and the commands are about: the current row when it
// is selected, else the only selected row; none when nothing (or several rows
// without the current one) is selected. Keyboard moves with Ctrl move the current
// row without selecting it; the form must not then show a row the commands ignore.
std::optional<qint64> currentRecord(const QTableView *view, const RecordTableModel *model);
// Calls `onChange` whenever currentRecord() may have changed: the current row, the
// selection, rows removed or the model reset.
void followCurrentRecord(QTableView *view, RecordTableModel *model, QObject *context,
                         const std::function<void()> &onChange);
// Makes `localId` the current, selected row; clears a search that hides it (a
// record the user just made must be on show).
void select(QTableView *view, RecordTableModel *model, SearchField *search, qint64 localId);
// Splitter and column layout (order, widths, sort) between runs.
QByteArray saveLayout(const QSplitter *splitter, const QTableView *view);
void restoreLayout(QSplitter *splitter, QTableView *view, RecordTableModel *model, const QByteArray &state);

} // namespace RecordViews
