#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

// Marks form fields in error (tinted, the message as tooltip) and takes the marks
// off again, giving each field back the tooltip it had.
class FieldMarks
{
public:
    void watch(QWidget *field) { m_hints.insert(field, field->toolTip()); }

    void mark(QWidget *field, const QString &message)
    {
        field->setProperty("invalid", true);
        field->setToolTip(message);
        field->setStyleSheet(QStringLiteral("background-color: #ffe0e0;"));
    }

    void clear()
    {
        for (auto it = m_hints.constBegin(); it != m_hints.constEnd(); ++it) {
            QWidget *field = it.key();
            if (!field || !field->property("invalid").toBool())
                continue;
            field->setProperty("invalid", false);
            field->setToolTip(it.value());
            field->setStyleSheet(QString());
        }
    }

private:
    QHash<QWidget *, QString> m_hints;
};
