#pragma once

#include "domain/ValidationIssue.h"
#include "widgets/FieldMarks.h"

#include <QHash>
#include <QString>

class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;
class QWidget;

// What both record forms are built in and do the same way: a scroll area filling the
// form (the sections reflow first, then it scrolls), a bold header, the validation
// summary with the fields it marks, and one box for every field, hidden by the form
// while no record is on show.
class FormFrame
{
public:
    QScrollArea *scroll = nullptr;
    QWidget *content = nullptr;
    QLabel *header = nullptr;
    QLabel *summary = nullptr;
    QWidget *fields = nullptr;
    QVBoxLayout *sections = nullptr; // the fields' layout: one section after the other

    // The frame inside `form`; the three object names for its header, summary and fields.
    static FormFrame build(QWidget *form, const QString &headerName, const QString &summaryName,
                           const QString &fieldsName);
    // After the sections: the room below them, and wheel turns kept from unfocused fields.
    // `fields` maps wire field names to the widgets a validation issue marks.
    void finish(const QHash<QString, QWidget *> &fields);

    // A record on show (every field enabled) or none: then the header says `emptyText`.
    void showRecord(bool has, const QString &emptyText);
    // Focuses the field and scrolls it into view, wherever the form was scrolled.
    void focusField(QLineEdit *field) const;
    // A field being edited (a cell editor, typed text) commits when it loses the focus:
    // called before another record replaces the one on show.
    void commitFocusedField() const;
    // Marks the fields in error and lists the issues under `heading`, or hides the summary.
    void showIssues(const ValidationIssues &issues, const QString &heading);

private:
    QWidget *m_form = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QHash<QString, QWidget *> m_fieldWidgets;
    FieldMarks m_marks;
};
