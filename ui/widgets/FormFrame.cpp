#include "widgets/FormFrame.h"

#include "widgets/FormScrollArea.h"
#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

FormFrame FormFrame::build(QWidget *form, const QString &headerName, const QString &summaryName,
                           const QString &fieldsName)
{
    FormFrame frame;
    frame.m_form = form;
    auto *outer = new QVBoxLayout(form);
    outer->setContentsMargins(0, 0, 0, 0);
    frame.scroll = new FormScrollArea(form);
    frame.scroll->setWidgetResizable(true);
    frame.scroll->setFrameShape(QFrame::NoFrame);
    // The sections reflow first (labels above fields, which fit at 1024 px in both
    // languages); past their minimum the form scrolls sideways rather than clip.
    frame.scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Tab goes from the table straight to the first field; the scroll area follows the focus.
    frame.scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(frame.scroll);
    frame.content = new QWidget(frame.scroll);
    frame.scroll->setWidget(frame.content);
    frame.m_layout = new QVBoxLayout(frame.content);
    // The scroll area sizes the content by its height for the width, which the wrapping
    // form rows under-report (the recurrence editor got 16 px); the layout's minimum
    // keeps every field whole and lets the form scroll instead.
    frame.m_layout->setSizeConstraint(QLayout::SetMinimumSize);
    frame.m_layout->setContentsMargins(6, 6, 6, 6);

    frame.header = new QLabel(frame.content);
    frame.header->setObjectName(headerName);
    QFont headerFont = frame.header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    frame.header->setFont(headerFont);
    frame.header->setWordWrap(true);
    frame.m_layout->addWidget(frame.header);
    frame.summary = new QLabel(frame.content);
    frame.summary->setObjectName(summaryName);
    frame.summary->setWordWrap(true);
    frame.summary->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    frame.m_layout->addWidget(frame.summary);

    // Every field in one box: an empty form never shows the values of the record before.
    // Widgets are made in the order they are on show, which is the Tab order.
    frame.fields = new QWidget(frame.content);
    frame.fields->setObjectName(fieldsName);
    frame.sections = new QVBoxLayout(frame.fields);
    frame.sections->setContentsMargins(0, 0, 0, 0);
    frame.m_layout->addWidget(frame.fields);
    return frame;
}

void FormFrame::finish(const QHash<QString, QWidget *> &fields)
{
    m_layout->addStretch(1);
    WheelGuard::protect(content);
    m_fieldWidgets = fields;
    for (QWidget *w : fields)
        m_marks.watch(w);
}

void FormFrame::showRecord(bool has, const QString &emptyText)
{
    for (QWidget *child : m_form->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        child->setEnabled(has);
    fields->setVisible(has);
    if (!has) {
        header->setText(emptyText);
        summary->clear();
        summary->hide();
    }
}

void FormFrame::focusField(QLineEdit *field) const
{
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    scroll->ensureWidgetVisible(field);
}

void FormFrame::commitFocusedField() const
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_form->isAncestorOf(focus))
        focus->clearFocus();
}

void FormFrame::showIssues(const ValidationIssues &issues, const QString &heading)
{
    m_marks.clear();
    QStringList lines;
    for (const ValidationIssue &issue : issues) {
        lines.append(issue.message);
        // "steps[2].name" marks the field that holds the steps.
        if (QWidget *w = m_fieldWidgets.value(issue.field.section(QLatin1Char('['), 0, 0)))
            m_marks.mark(w, issue.message);
    }
    if (lines.isEmpty())
        summary->clear();
    else
        summary->setText(heading + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    summary->setVisible(!lines.isEmpty());
}
