#include "EmptyTableHint.h"

#include "itemmodels/RecordTableModel.h"

#include <QAbstractItemView>
#include <QEvent>

EmptyTableHint::EmptyTableHint(QAbstractItemView *view, RecordTableModel *model, const QString &noMatch)
    : QLabel(view->viewport())
    , m_view(view)
    , m_model(model)
    , m_noMatch(noMatch)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    // The table under it keeps its clicks (a click still clears the selection).
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyTableHint::refresh);
    refresh();
}

QString EmptyTableHint::hintText() const
{
    if (m_model->rowCount() > 0)
        return QString();
    const RecordFilter filter = m_model->filter();
    if (!filter.text.trimmed().isEmpty())
        return m_noMatch.arg(filter.text.trimmed());
    if (filter.conflictsOnly)
        return tr("No conflicts");
    return QString();
}

void EmptyTableHint::refresh()
{
    const QString text = hintText();
    setText(text);
    setGeometry(m_view->viewport()->rect());
    setVisible(!text.isEmpty());
}

bool EmptyTableHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}
