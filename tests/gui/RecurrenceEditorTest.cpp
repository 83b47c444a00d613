#include "RecurrenceEditorTest.h"

#include <QAbstractItemView>

bool RecurrenceEditorTest::Host::showSeries(const QDateTime &start, const QDateTime &now, const QString &rule,
                                            const QString &exceptions)
{
    editor->setStart(start);
    editor->setReferenceTime(now);
    editor->setRecurrence(rule, exceptions);
    return show();
}

QStringList RecurrenceEditorTest::rowTexts(const QListWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->count(); ++i)
        result.append(list->item(i)->text());
    return result;
}

bool RecurrenceEditorTest::pick(QComboBox *combo, const QString &text)
{
    const int row = combo->findText(text);
    if (row < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_F4);
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitFor([&] { return view->isVisible(); }))
        return false;
    int current = view->currentIndex().row();
    for (; current < row; ++current)
        QTest::keyClick(view, Qt::Key_Down);
    for (; current > row; --current)
        QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Return);
    return QTest::qWaitFor([&] { return !view->isVisible(); }) && combo->currentIndex() == row;
}
