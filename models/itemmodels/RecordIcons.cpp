#include "itemmodels/RecordIcons.h"

#include <array>

namespace RecordIcons {

QIcon state(SyncState state)
{
    static const std::array<QIcon, 6> icons = [] {
        std::array<QIcon, 6> made;
        const char *const names[] = {"new", "clean", "modified", "deleted", "conflict", "error"};
        for (std::size_t i = 0; i < made.size(); ++i)
            made[i] = QIcon(QStringLiteral(":/icons/state-%1.svg").arg(QLatin1String(names[i])));
        return made;
    }();
    const auto index = static_cast<std::size_t>(state);
    return index < icons.size() ? icons[index] : QIcon();
}

QIcon invalid()
{
    static const QIcon icon(QStringLiteral(":/icons/invalid.svg"));
    return icon;
}

} // namespace RecordIcons
