#include "widgets/FormFrame.h"

#include "widgets/WheelGuard.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

FormFrame FormFrame::build(QWidget *form, const QString &headerName, const QString &summaryName,
                           const QString &fieldsName)
{
    FormFrame frame;
    auto *outer = new QVBoxLayout(form);
    outer->setContentsMargins(0, 0, 0, 0);
    frame.scroll = new QScrollArea(form);
    frame.scroll->setWidgetResizable(true);
    frame.scroll->setFrameShape(QFrame::NoFrame);
    // The sections reflow first (labels above fields); past their minimum the form
    // scrolls sideways rather than clip its right edge.
    frame.scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    outer->addWidget(frame.scroll);
    frame.content = new QWidget(frame.scroll);
    frame.scroll->setWidget(frame.content);
    frame.m_layout = new QVBoxLayout(frame.content);
    // The scroll area sizes the content by its height for the width, which the wrapping
    // form rows under-report (the recurrence editor got 16 px); the layout's minimum
    // keeps every field whole and lets the form scroll instead.
    frame.m_layout->setSizeConstraint(QLayout::SetMinimumSize);

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

void FormFrame::finish()
{
    m_layout->addStretch(1);
    WheelGuard::protect(content);
}
