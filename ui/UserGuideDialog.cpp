#include "UserGuideDialog.h"

#include "WindowLayout.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Taskdesk user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    WindowLayout::resizeWithinScreen(*this, QSize(640, 560));
}

QString UserGuideDialog::html()
{
    // One translatable paragraph each: a translator sees short texts, not a page.
    const QStringList sections{
        tr("<h2>Taskdesk in short</h2><p>Taskdesk edits ERA service tasks and TARGPatrol task series "
           "on this computer and syncs them with their servers. Everything is saved as you edit; "
           "nothing reaches a server before you sync.</p>"),
        tr("<h3>The window</h3><p>Pick <b>Service tasks</b> or <b>Task series</b> on the left. The table "
           "lists the records; the form beside it shows the selected one, in groups. Right-click a "
           "column header to show or hide columns; drag a header to move its column. The name always "
           "stays first.</p>"),
        tr("<h3>Editing</h3><p>Edit in the form or straight in a cell (Enter or F2). Every change can be "
           "undone with Ctrl+Z. A record with problems is kept as a draft and is not sent until "
           "fixed; the form says what to fix. Site mode and schedule list the known codes; the "
           "list modes enable <b>Sites</b>, the individual schedule enables <b>Periods</b>. Any other "
           "code you type is kept.</p>"),
        tr("<h3>Keyboard</h3><p>F6 and Shift+F6 move between the navigation, the table and the form. "
           "Ctrl+F searches, Esc clears the search. In a date field F4 or Alt+Down opens the calendar: "
           "the arrows move the day, Enter picks it, Esc closes the calendar and keeps the date as it "
           "was. Help ▸ Keyboard shortcuts lists the keys of the menus.</p>"),
        tr("<h3>Sync</h3><p>Set the servers once in Sync ▸ Sync settings, then press F5. The sync panel "
           "shows what happens and whether the sync finished, failed or was cancelled. Records changed "
           "here and on the server are conflicts: Sync ▸ Resolve conflicts decides field by field.</p>"),
        tr("<h3>Databases</h3><p>File ▸ Open database opens another database in a window of its own; "
           "File ▸ Recent databases lists the last ones. Import and Export move records as JSON "
           "files.</p>"),
    };
    return sections.join(QString());
}
