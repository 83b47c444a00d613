#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

// Replaced on every install(), so switching languages does not stack translators.
QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot)
        QCoreApplication::installTranslator(slot);
}

} // namespace

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translator::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

QString Translator::install(const QString &requested)
{
    const QString language = availableLanguages().contains(requested) ? requested
                                                                       : languageFor(QLocale::system());
    QLocale::setDefault(QLocale(language == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                                language == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates));

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/taskdesk_%1.qm").arg(language))) {
        delete own;
        own = nullptr;
    }
    replace(appTranslator, own);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(QStringLiteral("qtbase_%1").arg(language),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(qtTranslator, qt);
    return language;
}
