#include "SearchField.h"

#include "itemmodels/RecordTableModel.h"

#include <QKeyEvent>
#include <QTimer>

SearchField::SearchField(RecordTableModel *model, QWidget *parent)
    : QLineEdit(parent)
    , m_model(model)
    , m_pause(new QTimer(this))
{
    // Qt looks the clear button's icon up in the icon theme when the button is enabled,
    // 7 ms of the window's start; the button only shows over text, so it comes with the
    // first text.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !isClearButtonEnabled())
            setClearButtonEnabled(true);
    });
    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(this, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &SearchField::applyNow);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        applyNow();
        emit submitted();
    });
}

void SearchField::applyNow()
{
    m_pause->stop();
    RecordFilter filter = m_model->filter(); // keeps "conflicts only"
    filter.text = text();
    m_model->setFilter(filter);
}

void SearchField::clearNow()
{
    clear();
    applyNow();
}

void SearchField::focusForSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    // Esc undoes the search at once; an empty field lets Esc go on (to a dialog, say).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !text().isEmpty()) {
        clearNow();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
