#include "edit/StaleEdit.h"

QString StaleEdit::refusal(bool forward, const QString &name)
{
    return forward ? tr("Cannot redo: “%1” was changed since by a sync, an import or a conflict resolution, "
                        "or deleted or re-created; its newer values are kept.").arg(name)
                   : tr("Cannot undo: “%1” was changed since by a sync, an import or a conflict resolution, "
                        "or deleted or re-created; its newer values are kept.").arg(name);
}
