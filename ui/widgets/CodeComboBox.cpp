#include "CodeComboBox.h"

#include <QAbstractItemView>
#include <QLineEdit>

CodeComboBox::CodeComboBox(const QVector<EnumCatalog::Entry> &entries, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // No inline completion: typing "first" must stay "first", not become "firstsite".
    setCompleter(nullptr);
    for (const EnumCatalog::Entry &entry : entries)
        addItem(QStringLiteral("%1 — %2").arg(entry.code, entry.meaning), entry.code);
    setToolTip(tr("Pick a known code or type another one; an unknown code is kept as typed."));
    // The meanings are long: sized by them the combo would push a narrow form past its
    // right edge. The list still shows them whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    view()->setTextElideMode(Qt::ElideNone);
    connect(this, QOverload<int>::of(&QComboBox::activated), this, &CodeComboBox::commit);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CodeComboBox::commit);
    // A line edit scrolls to its end: a code with a long meaning would show only the
    // meaning's tail in a narrow form. The code comes first, so show the start.
    connect(this, &QComboBox::currentIndexChanged, this, &CodeComboBox::showStart);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CodeComboBox::showStart);
}

QString CodeComboBox::code() const
{
    const QString text = currentText().trimmed();
    const int index = findText(text);
    if (index >= 0)
        return itemData(index).toString();
    // "all — meaning" typed or pasted by hand: the code is before the dash.
    const int dash = text.indexOf(QStringLiteral(" — "));
    if (dash > 0 && findData(text.left(dash)) >= 0)
        return text.left(dash);
    return text;
}

void CodeComboBox::setCode(const QString &code)
{
    m_lastCode = code;
    const int index = findData(code);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(code);
    }
    showStart();
}

void CodeComboBox::showStart()
{
    lineEdit()->setCursorPosition(0);
}

void CodeComboBox::commit()
{
    const QString current = code();
    if (current == m_lastCode)
        return;
    m_lastCode = current;
    emit codeEdited(current);
}
