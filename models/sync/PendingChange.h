#pragma once

#include "sync/DiffLine.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

// One field of a record that differs from the copy last synced (base). `field` is
// the wire path ("name", "opts.title", "steps[«Gate»].name").
struct FieldChange
{
    QString field;
    QJsonValue before; // undefined: the field or item is new
    QJsonValue after;  // undefined: the field or item is gone
};

// What the next sync would do with one local record, or why it would not send it.
struct PendingChange
{
    enum class Kind {
        Create,   // made here, never synced: POST
        Change,   // edited since the last sync: PATCH / PUT of `fields`
        Delete,   // deleted here: DELETE
        Draft,    // has validation problems: not sent until fixed (`reasons`)
        Conflict, // changed on both sides: waits for the user
        Error,    // the server refused it (`reasons`)
    };
    enum class Record { ServiceTask, Series };

    Kind kind = Kind::Change;
    Record record = Record::ServiceTask;
    qint64 localId = 0;
    QString id; // the server's id; empty for a record never synced
    QString name;
    QVector<FieldChange> fields;
    QVector<DiffLine> lines; // `fields` in the operator's words (RecordDiff)
    QStringList reasons;
    bool held = false; // pending, but the next sync does not send it until released
};
