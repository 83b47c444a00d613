// Texts Qt's own dialogs show that the Qt translations shipped with Qt 6.4 lack (the
// file dialog's "Folder" comes from a context they do not have yet). Listed here so
// that lupdate puts them in Taskdesk's .ts files; the app's translator, installed
// beside Qt's, then answers for them. Nothing reads the array: lupdate reads the file.
#include <QtGlobal>

namespace {

// Qt asks with a disambiguation for some; a translation without one answers those too.
[[maybe_unused]] const char *const kQtTexts[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};

} // namespace
