#pragma once

// Edits made the way the table makes them: through the page's table model, so that they
// land on the undo stack as an edit in a cell does.

#include <QString>

class MainWindow;
class Workspace;

namespace GuiTest {

// Renames the service task `uuid` of `ws` in `window`'s table; fails the test when the
// task is not in the table or the edit is refused.
void renameTask(MainWindow &window, Workspace &ws, const QString &uuid, const QString &name);

} // namespace GuiTest
