#include "sync/StoredErrorText.h"

#include "sync/ServerErrorText.h"

#include <QCoreApplication>

QString StoredErrorText::shown(const QString &syncError)
{
    // Our stored words are sources of the series sync's context; any other text (a server's
    // message) has no translation there and comes back as it is.
    const QByteArray source = syncError.toUtf8();
    return ServerErrorText::readable(QCoreApplication::translate("TaskSeriesSync", source.constData()));
}
