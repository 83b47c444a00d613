#include "sync/RemoteChangeText.h"

#include "sync/ThreeWayMerge.h"

#include <QStringList>

QString RemoteChangeText::deletedHere()
{
    return tr("Deleted here, changed on the server.");
}

QString RemoteChangeText::deletedThere()
{
    return tr("Changed here, deleted on the server.");
}

QString RemoteChangeText::changedOnBothSides(const QVector<FieldConflict> &conflicts)
{
    QStringList fields;
    for (const FieldConflict &conflict : conflicts)
        fields.append(conflict.label.isEmpty() ? conflict.path.format() : conflict.label);
    return tr("Changed here and on the server: %1").arg(fields.join(QStringLiteral(", ")));
}
