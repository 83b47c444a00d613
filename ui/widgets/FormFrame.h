#pragma once

#include <QString>

class QLabel;
class QScrollArea;
class QVBoxLayout;
class QWidget;

// What both record forms are built in: a scroll area filling the form (the sections
// reflow first, then it scrolls), a bold header, the validation summary, and one box
// for every field, hidden by the form while no record is on show.
struct FormFrame
{
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
    void finish();

private:
    QVBoxLayout *m_layout = nullptr;
};
