#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads Taskdesk's own translation and Qt's for one language and installs them on
// the application. Russian and English ship; any other system language falls back
// to English.
class Translator
{
public:
    static QStringList availableLanguages(); // "en", "ru"
    // `language` empty = follow the system locale. Returns the language installed.
    static QString install(const QString &language = QString());
    static QString languageFor(const QLocale &locale);
};
