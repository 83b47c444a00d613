#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// A length of time in whole seconds, as people read and type it ("1 h 30 min").
// ERA keeps intervals as plain seconds (intervalsec); this is the text side of them.
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    // Compact text for a table cell: "0 s", "1 h 30 min", "1 d 1 h 1 min 1 s", "-45 s".
    // Zero parts are left out; the unit names follow the current language.
    static QString format(qint64 seconds);

    // Reads a duration typed by a person: plain seconds ("3600"), "hh:mm:ss", "mm:ss",
    // or numbers with units in English or Russian in any case, with or without spaces
    // ("1h", "1 h 30 min", "2d 3h", "1 ч 30 мин", "45 с"), and whatever format() gives in
    // the current language. A leading '-' negates. nullopt for anything else, for a
    // unit given twice and for values outside qint64.
    static std::optional<qint64> parse(const QString &text);
};
