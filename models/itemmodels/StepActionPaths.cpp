#include "itemmodels/StepActionPaths.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

QString StepActionPaths::mimeType()
{
    return QStringLiteral("application/x-taskdesk-steps-actions");
}

QMimeData *StepActionPaths::encode(const QVector<QPair<int, int>> &paths)
{
    QByteArray encoded;
    QDataStream out(&encoded, QIODevice::WriteOnly);
    out << paths;
    auto *data = new QMimeData;
    data->setData(mimeType(), encoded);
    return data;
}

QVector<QPair<int, int>> StepActionPaths::decode(const QMimeData *data)
{
    QVector<QPair<int, int>> paths;
    if (!data)
        return paths;
    QDataStream in(data->data(mimeType()));
    in >> paths;
    return in.status() == QDataStream::Ok ? paths : QVector<QPair<int, int>>();
}
