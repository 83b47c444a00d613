#pragma once

#include <QString>

// Why a JSON value could not be read as a record: the field's path and a message
// the user can act on.
struct DecodeError
{
    QString field;
    QString message;

    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};
