<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CodeComboBox</name>
    <message>
        <source>Pick a known code or type another one; an unknown code is kept as typed.</source>
        <translation>Pick a known code or type another one; an unknown code is kept as typed.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>&amp;Default columns</source>
        <translation>&amp;Default columns</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Taskdesk edits ERA service tasks and TARGPatrol task series in a local database and syncs them with their servers.</source>
        <translation>Taskdesk edits ERA service tasks and TARGPatrol task series in a local database and syncs them with their servers.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Use the local database FILE instead of the default one.</source>
        <translation>Use the local database FILE instead of the default one.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language LANG (ru or en) instead of the system&apos;s.</source>
        <translation>Use the language LANG (ru or en) instead of the system&apos;s.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Import the JSON document FILE into the database and exit (all or nothing).</source>
        <translation>Import the JSON document FILE into the database and exit (all or nothing).</translation>
    </message>
    <message>
        <source>Export every record of the database to the JSON document FILE and exit.</source>
        <translation>Export every record of the database to the JSON document FILE and exit.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ru or en.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database needs a file name.</translation>
    </message>
    <message>
        <source>--import and --export need a file name.</source>
        <translation>--import and --export need a file name.</translation>
    </message>
    <message>
        <source>Sync the database with the servers once and exit. Exit code: 0 all synced, 1 some records failed, 2 conflicts wait for you, 3 no server or credentials refused.</source>
        <translation>Sync the database with the servers once and exit. Exit code: 0 all synced, 1 some records failed, 2 conflicts wait for you, 3 no server or credentials refused.</translation>
    </message>
    <message>
        <source>With --sync: the ERA server&apos;s base URL.</source>
        <translation>With --sync: the ERA server&apos;s base URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --sync: the TARGPatrol server&apos;s base URL.</source>
        <translation>With --sync: the TARGPatrol server&apos;s base URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>&quot;%1&quot; is not an http:// or https:// address.</translation>
    </message>
    <message>
        <source>--sync needs --era-url and/or --patrol-url.</source>
        <translation>--sync needs --era-url and/or --patrol-url.</translation>
    </message>
    <message>
        <source>--era-url and --patrol-url go with --sync.</source>
        <translation>--era-url and --patrol-url go with --sync.</translation>
    </message>
    <message>
        <source>List what the next sync would send (and what it would not, with why), from the database alone, and exit.</source>
        <translation>List what the next sync would send (and what it would not, with why), from the database alone, and exit.</translation>
    </message>
    <message>
        <source>With --status: print JSON for scripts.</source>
        <translation>With --status: print JSON for scripts.</translation>
    </message>
    <message>
        <source>Use only one of --import, --export, --sync and --status.</source>
        <translation>Use only one of --import, --export, --sync and --status.</translation>
    </message>
    <message>
        <source>--json goes with --status.</source>
        <translation>--json goes with --status.</translation>
    </message>
    <message>
        <source>With --sync: only show what the sync would do (reads from the servers, sends no change, leaves the database as it is). Same exit codes.</source>
        <translation>With --sync: only show what the sync would do (reads from the servers, sends no change, leaves the database as it is). Same exit codes.</translation>
    </message>
    <message>
        <source>--dry-run goes with --sync.</source>
        <translation>--dry-run goes with --sync.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <source>These records were changed here and on the server. For each field, keep your value, take the server&apos;s, or edit it; then apply. Nothing is sent until the next sync.</source>
        <translation>These records were changed here and on the server. For each field, keep your value, take the server&apos;s, or edit it; then apply. Nothing is sent until the next sync.</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Records in conflict</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep your value for the selected fields</source>
        <translation>Keep your value for the selected fields</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for the selected fields</source>
        <translation>Take the server&apos;s value for the selected fields</translation>
    </message>
    <message>
        <source>&amp;Edit value</source>
        <translation>&amp;Edit value</translation>
    </message>
    <message>
        <source>Type a value of your own for the selected field</source>
        <translation>Type a value of your own for the selected field</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>Keep &amp;all mine</translation>
    </message>
    <message>
        <source>Keep your values for every field of this record</source>
        <translation>Keep your values for every field of this record</translation>
    </message>
    <message>
        <source>Take all t&amp;heirs</source>
        <translation>Take all t&amp;heirs</translation>
    </message>
    <message>
        <source>Take the server&apos;s values for every field of this record</source>
        <translation>Take the server&apos;s values for every field of this record</translation>
    </message>
    <message>
        <source>A&amp;pply to this record</source>
        <translation>A&amp;pply to this record</translation>
    </message>
    <message>
        <source>Keep mine in all records</source>
        <translation>Keep mine in all records</translation>
    </message>
    <message>
        <source>Take theirs in all records</source>
        <translation>Take theirs in all records</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>No record is in conflict.</source>
        <translation>No record is in conflict.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the record “%1”</source>
        <translation>the record “%1”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Nothing to resolve.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>“%1” is not a value for %2: write a number, true or false, null, or JSON such as [&quot;A&quot;, &quot;B&quot;].</source>
        <translation>“%1” is not a value for %2: write a number, true or false, null, or JSON such as [&quot;A&quot;, &quot;B&quot;].</translation>
    </message>
    <message>
        <source>“%1” is resolved. No conflict is left; the next sync sends the result.</source>
        <translation>“%1” is resolved. No conflict is left; the next sync sends the result.</translation>
    </message>
    <message>
        <source>“%1” is resolved.</source>
        <translation>“%1” is resolved.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) resolved.</source>
        <translation>
            <numerusform>%n record resolved.</numerusform>
            <numerusform>%n records resolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) resolved; these could not be:</source>
        <translation>
            <numerusform>%n record resolved; these could not be:</numerusform>
            <numerusform>%n records resolved; these could not be:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep your values in all %n record(s) in conflict?</source>
        <translation>
            <numerusform>Keep your values in all %n record in conflict?</numerusform>
            <numerusform>Keep your values in all %n records in conflict?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the server&apos;s values in all %n record(s) in conflict? Your conflicting changes are lost.</source>
        <translation>
            <numerusform>Take the server&apos;s values in the %n record in conflict? Your conflicting changes are lost.</numerusform>
            <numerusform>Take the server&apos;s values in all %n records in conflict? Your conflicting changes are lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve all conflicts</source>
        <translation>Resolve all conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Edited values of %n record(s) are not applied yet. Close and drop them?</source>
        <translation>
            <numerusform>Edited values of %n record are not applied yet. Close and drop them?</numerusform>
            <numerusform>Edited values of %n records are not applied yet. Close and drop them?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is resolved. No conflict is left; it matches the server now, so there is nothing to send.</source>
        <translation>“%1” is resolved. No conflict is left; it matches the server now, so there is nothing to send.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>The result cannot be used: %1</source>
        <translation>The result cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>the server&apos;s certificate is not trusted: %1</translation>
    </message>
    <message>
        <source>refused the token (%1)</source>
        <translation>refused the token (%1)</translation>
    </message>
    <message>
        <source>cannot reach: %1</source>
        <translation>cannot reach: %1</translation>
    </message>
    <message>
        <source>answered with an error: %1</source>
        <translation>answered with an error: %1</translation>
    </message>
    <message>
        <source>answered, but not with a list: is this the right address?</source>
        <translation>answered, but not with a list: is this the right address?</translation>
    </message>
    <message>
        <source>ERA: %1</source>
        <translation>ERA: %1</translation>
    </message>
    <message numerus="yes">
        <source>ERA: connected (%n service task(s) listed)</source>
        <translation>
            <numerusform>ERA: connected (%n service task listed)</numerusform>
            <numerusform>ERA: connected (%n service tasks listed)</numerusform>
        </translation>
    </message>
    <message>
        <source>TARGPatrol: %1</source>
        <translation>TARGPatrol: %1</translation>
    </message>
    <message numerus="yes">
        <source>TARGPatrol: connected (%n task execution(s) listed)</source>
        <translation>
            <numerusform>TARGPatrol: connected (%n task execution listed)</numerusform>
            <numerusform>TARGPatrol: connected (%n task executions listed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>&quot;%1&quot; is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Taskdesk database (not an SQLite file).</source>
        <translation>&quot;%1&quot; is not a Taskdesk database (not an SQLite file).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created by a newer version of Taskdesk (schema %2; this version understands up to %3). Open it with a newer Taskdesk; it has not been changed.</source>
        <translation>&quot;%1&quot; was created by a newer version of Taskdesk (schema %2; this version understands up to %3). Open it with a newer Taskdesk; it has not been changed.</translation>
    </message>
    <message>
        <source>Cannot switch &quot;%1&quot; to write-ahead logging: %2</source>
        <translation>Cannot switch &quot;%1&quot; to write-ahead logging: %2</translation>
    </message>
    <message>
        <source>Cannot configure &quot;%1&quot;: %2</source>
        <translation>Cannot configure &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot update the database &quot;%1&quot; to this version: %2</source>
        <translation>Cannot update the database &quot;%1&quot; to this version: %2</translation>
    </message>
    <message>
        <source>Cannot repair the search index of &quot;%1&quot;: %2</source>
        <translation>Cannot repair the search index of &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>The database &quot;%1&quot; does not exist.</translation>
    </message>
</context>
<context>
    <name>DatabaseWindows</name>
    <message>
        <source>The sample data is still in use.</source>
        <translation>The sample data is still in use.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>&quot;%1&quot; is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Cannot write to the database: %1</translation>
    </message>
    <message>
        <source>svctasks[%1]: cannot be stored: %2</source>
        <translation>svctasks[%1]: cannot be stored: %2</translation>
    </message>
    <message>
        <source>series[%1]: cannot be stored: %2</source>
        <translation>series[%1]: cannot be stored: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most an import may hold. Split it into several documents.</source>
        <translation>The document is larger than %1 MB, the most an import may hold. Split it into several documents.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB, the most an import may hold. Split it into several documents.</source>
        <translation>&quot;%1&quot; is larger than %2 MB, the most an import may hold. Split it into several documents.</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>No temporary folder for the preview: %1</source>
        <translation>No temporary folder for the preview: %1</translation>
    </message>
    <message>
        <source>The database could not be copied for the preview: %1</source>
        <translation>The database could not be copied for the preview: %1</translation>
    </message>
    <message>
        <source>The copy of the database could not be opened: %1</source>
        <translation>The copy of the database could not be opened: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing was sent or changed. From the servers: %1 new, %2 changed, %3 deleted there. To the servers: %4 to create, %5 to update, %6 to delete. Failed: %7, conflicts: %8, drafts not sent: %9.</source>
        <translation>Dry run, nothing was sent or changed. From the servers: %1 new, %2 changed, %3 deleted there. To the servers: %4 to create, %5 to update, %6 to delete. Failed: %7, conflicts: %8, drafts not sent: %9.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>d</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: days, as in &quot;2 d 3 h&quot;</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <source>h</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: hours, as in &quot;1 h 30 min&quot;</extracomment>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: minutes, as in &quot;1 h 30 min&quot;</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: seconds, as in &quot;45 s&quot;</extracomment>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>h</source>
        <extracomment>Suffix of the hours box in a duration editor</extracomment>
        <translation>h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Suffix of the minutes box in a duration editor</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>Suffix of the seconds box in a duration editor</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds, or type e.g. 90m, 1 h 30 min, 01:30:00</source>
        <translation>Hours, minutes and seconds, or type e.g. 90m, 1 h 30 min, 01:30:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration. Type e.g. 90m, 1 h 30 min or 01:30:00.</source>
        <translation>&quot;%1&quot; is not a duration. Type e.g. 90m, 1 h 30 min or 01:30:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: a duration is between 0 s and %2.</source>
        <translation>&quot;%1&quot; is out of range: a duration is between 0 s and %2.</translation>
    </message>
</context>
<context>
    <name>EmptyTableHint</name>
    <message>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
</context>
<context>
    <name>EnumCatalog</name>
    <message>
        <source>Run on all sites serving the domain</source>
        <translation>Run on all sites serving the domain</translation>
    </message>
    <message>
        <source>Run on the first site serving the domain</source>
        <translation>Run on the first site serving the domain</translation>
    </message>
    <message>
        <source>May always start</source>
        <translation>May always start</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Only during working hours</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Run on all listed sites serving the domain</source>
        <translation>Run on all listed sites serving the domain</translation>
    </message>
    <message>
        <source>Run on one of the listed sites serving the domain</source>
        <translation>Run on one of the listed sites serving the domain</translation>
    </message>
    <message>
        <source>Individual: only during the periods below</source>
        <translation>Individual: only during the periods below</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>Import failed; the database was not changed.</source>
        <translation>Import failed; the database was not changed.</translation>
    </message>
    <message>
        <source>Imported %1 service task(s) (%2 new, %3 replaced) and %4 series (%5 new, %6 replaced) into %7.</source>
        <translation>Imported %1 service task(s) (%2 new, %3 replaced) and %4 series (%5 new, %6 replaced) into %7.</translation>
    </message>
    <message>
        <source>Exported %1 service task(s) and %2 series to %3.</source>
        <translation>Exported %1 service task(s) and %2 series to %3.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>would send: %1</source>
        <translation>would send: %1</translation>
    </message>
    <message>
        <source>From the servers: %1 new, %2 changed, %3 deleted there. To the servers: %4 created, %5 updated, %6 deleted. Failed: %7, conflicts: %8, drafts not sent: %9.</source>
        <translation>From the servers: %1 new, %2 changed, %3 deleted there. To the servers: %4 created, %5 updated, %6 deleted. Failed: %7, conflicts: %8, drafts not sent: %9.</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>The versions this record had here, what changed between them, and restore</source>
        <translation>The versions this record had here, what changed between them, and restore</translation>
    </message>
    <message>
        <source>The versions the current record had here, what changed between them, and restore</source>
        <translation>The versions the current record had here, what changed between them, and restore</translation>
    </message>
</context>
<context>
    <name>HistorySubject</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>The record is deleted: undo the delete to restore a version.</source>
        <translation>The record is deleted: undo the delete to restore a version.</translation>
    </message>
    <message>
        <source>The record is in conflict: resolve the conflict first (Sync ▸ Resolve conflicts).</source>
        <translation>The record is in conflict: resolve the conflict first (Sync ▸ Resolve conflicts).</translation>
    </message>
    <message>
        <source>This copy cannot be read: %1</source>
        <translation>This copy cannot be read: %1</translation>
    </message>
    <message>
        <source>Restore a version of “%1”</source>
        <translation>Restore a version of “%1”</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Select a version to compare it with the copy now, or two versions (Ctrl+click) to compare them</source>
        <translation>Select a version to compare it with the copy now, or two versions (Ctrl+click) to compare them</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <source>Make the selected version the record&apos;s copy: an edit like any other, undone with Ctrl+Z</source>
        <translation>Make the selected version the record&apos;s copy: an edit like any other, undone with Ctrl+Z</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>For every record of every database. A lower number drops the older versions at once.</source>
        <translation>For every record of every database. A lower number drops the older versions at once.</translation>
    </message>
    <message>
        <source>&amp;Versions kept per record:</source>
        <translation>&amp;Versions kept per record:</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Current copy</source>
        <translation>Current copy</translation>
    </message>
    <message>
        <source>Versions are not kept: set how many below.</source>
        <translation>Versions are not kept: set how many below.</translation>
    </message>
    <message>
        <source>No versions yet: one is kept each time the record changes.</source>
        <translation>No versions yet: one is kept each time the record changes.</translation>
    </message>
    <message>
        <source>What changed from %1 to the copy now:</source>
        <translation>What changed from %1 to the copy now:</translation>
    </message>
    <message>
        <source>What changed from %1 to %2:</source>
        <translation>What changed from %1 to %2:</translation>
    </message>
    <message>
        <source>Select a version to compare it with the copy now, or two versions to compare them.</source>
        <translation>Select a version to compare it with the copy now, or two versions to compare them.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message>
        <source>Version restored. Undo (Ctrl+Z) takes it back.</source>
        <translation>Version restored. Undo (Ctrl+Z) takes it back.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
</context>
<context>
    <name>HoldCommand</name>
    <message numerus="yes">
        <source>Hold %n record(s)</source>
        <translation>
            <numerusform>Hold %n record</numerusform>
            <numerusform>Hold %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n record(s)</source>
        <translation>
            <numerusform>Release %n record</numerusform>
            <numerusform>Release %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>answer larger than %1</source>
        <translation>answer larger than %1</translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, another origin; redirects to another origin are not followed, so the token is never sent there</source>
        <translation>the server redirected %1 to %2, another origin; redirects to another origin are not followed, so the token is never sent there</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s); the last one from %1 to %2</source>
        <translation>
            <numerusform>more than %n redirect; the last one from %1 to %2</numerusform>
            <numerusform>more than %n redirects; the last one from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>compressed answer larger than %1 when inflated, or corrupt</source>
        <translation>compressed answer larger than %1 when inflated, or corrupt</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>the server&apos;s certificate is not trusted: %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>expected text</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>expected text or null</source>
        <translation>expected text or null</translation>
    </message>
    <message>
        <source>expected 0 or 1</source>
        <translation>expected 0 or 1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>expected a list of texts</translation>
    </message>
    <message>
        <source>expected a date and time such as 2019-02-20T08:00:00Z</source>
        <translation>expected a date and time such as 2019-02-20T08:00:00Z</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>turned off by TASKDESK_KEYCHAIN=none</source>
        <translation>turned off by TASKDESK_KEYCHAIN=none</translation>
    </message>
    <message numerus="yes">
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the system keychain did not answer within %n second</numerusform>
            <numerusform>the system keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingGuard</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>expected a JSON array, got %1</source>
        <translation>expected a JSON array, got %1</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s) in one listing; the server seems to ignore &quot;offset&quot;</source>
        <translation>
            <numerusform>more than %n page in one listing; the server seems to ignore &quot;offset&quot;</numerusform>
            <numerusform>more than %n pages in one listing; the server seems to ignore &quot;offset&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 is %2, not an object: %3</source>
        <translation>item %1 is %2, not an object: %3</translation>
    </message>
    <message>
        <source>item %1 has no string &quot;id&quot;: %2</source>
        <translation>item %1 has no string &quot;id&quot;: %2</translation>
    </message>
    <message>
        <source>item %1 repeats id %2 of the same page</source>
        <translation>item %1 repeats id %2 of the same page</translation>
    </message>
    <message>
        <source>page %1 repeats the previous page; the server seems to ignore &quot;offset&quot;</source>
        <translation>page %1 repeats the previous page; the server seems to ignore &quot;offset&quot;</translation>
    </message>
    <message>
        <source>page %1 lists only ids listed before; the server seems to ignore &quot;offset&quot;</source>
        <translation>page %1 lists only ids listed before; the server seems to ignore &quot;offset&quot;</translation>
    </message>
    <message numerus="yes">
        <source>more than %n record(s) in one listing</source>
        <translation>
            <numerusform>more than %n record in one listing</numerusform>
            <numerusform>more than %n records in one listing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Taskdesk</source>
        <translation>%1 — Taskdesk</translation>
    </message>
    <message>
        <source>The local database this window works on</source>
        <translation>The local database this window works on</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import service tasks and series from a JSON file</source>
        <translation>Import service tasks and series from a JSON file</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export everything in this database to a JSON file</source>
        <translation>Export everything in this database to a JSON file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Taskdesk</source>
        <translation>&amp;About Taskdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Service tasks</source>
        <translation>Service tasks</translation>
    </message>
    <message>
        <source>Task series</source>
        <translation>Task series</translation>
    </message>
    <message>
        <source>Service tasks: %1 · Task series: %2</source>
        <translation>Service tasks: %1 · Task series: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Nothing was imported from &quot;%1&quot;: fix the file and try again.</source>
        <translation>Nothing was imported from &quot;%1&quot;: fix the file and try again.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot;.</source>
        <translation>Exported to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>About Taskdesk</source>
        <translation>About Taskdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Taskdesk %1&lt;/h3&gt;&lt;p&gt;Edit ERA service tasks and TARGPatrol task series offline, and sync them with their servers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Taskdesk %1&lt;/h3&gt;&lt;p&gt;Edit ERA service tasks and TARGPatrol task series offline, and sync them with their servers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>E&amp;nable</translation>
    </message>
    <message>
        <source>Enable the selected service tasks</source>
        <translation>Enable the selected service tasks</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>Di&amp;sable</translation>
    </message>
    <message>
        <source>Disable the selected service tasks</source>
        <translation>Disable the selected service tasks</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Quit Taskdesk</source>
        <translation>Quit Taskdesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Service tasks</source>
        <translation>&amp;Service tasks</translation>
    </message>
    <message>
        <source>Show the service tasks</source>
        <translation>Show the service tasks</translation>
    </message>
    <message>
        <source>&amp;Task series</source>
        <translation>&amp;Task series</translation>
    </message>
    <message>
        <source>Show the task series</source>
        <translation>Show the task series</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>shown: %1</translation>
    </message>
    <message>
        <source>Create a service task or a series</source>
        <translation>Create a service task or a series</translation>
    </message>
    <message>
        <source>Duplicate the selected records</source>
        <translation>Duplicate the selected records</translation>
    </message>
    <message>
        <source>Delete the selected records</source>
        <translation>Delete the selected records</translation>
    </message>
    <message>
        <source>Search the records on show</source>
        <translation>Search the records on show</translation>
    </message>
    <message>
        <source>Records changed here and on the server: Sync ▸ Resolve conflicts</source>
        <translation>Records changed here and on the server: Sync ▸ Resolve conflicts</translation>
    </message>
    <message>
        <source>Sync with the servers: receive their changes, send yours</source>
        <translation>Sync with the servers: receive their changes, send yours</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancel sync</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Stop the running sync</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Sync &amp;settings…</translation>
    </message>
    <message>
        <source>The servers to sync with, their tokens and request limits</source>
        <translation>The servers to sync with, their tokens and request limits</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Resolve conflicts…</translation>
    </message>
    <message>
        <source>Decide, field by field, between your changes and the server&apos;s</source>
        <translation>Decide, field by field, between your changes and the server&apos;s</translation>
    </message>
    <message>
        <source>C&amp;onflicts only</source>
        <translation>C&amp;onflicts only</translation>
    </message>
    <message>
        <source>Show only the records in conflict, in both tables</source>
        <translation>Show only the records in conflict, in both tables</translation>
    </message>
    <message>
        <source>S&amp;ync panel</source>
        <translation>S&amp;ync panel</translation>
    </message>
    <message>
        <source>No server is set up yet: opens the sync settings</source>
        <translation>No server is set up yet: opens the sync settings</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>Enter the address of at least one server to sync with.</source>
        <translation>Enter the address of at least one server to sync with.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Enter a valid token, then sync again.</source>
        <translation>Enter a valid token, then sync again.</translation>
    </message>
    <message>
        <source>Open the &amp;sample data</source>
        <translation>Open the &amp;sample data</translation>
    </message>
    <message>
        <source>Example records in a separate database of their own</source>
        <translation>Example records in a separate database of their own</translation>
    </message>
    <message>
        <source>&amp;Reset the sample data…</source>
        <translation>&amp;Reset the sample data…</translation>
    </message>
    <message>
        <source>Throw away the changes made to the sample data and start it anew</source>
        <translation>Throw away the changes made to the sample data and start it anew</translation>
    </message>
    <message>
        <source>Reset the sample data</source>
        <translation>Reset the sample data</translation>
    </message>
    <message>
        <source>Throw away every change made to the sample data and make it anew? Your own database is not touched.</source>
        <translation>Throw away every change made to the sample data and make it anew? Your own database is not touched.</translation>
    </message>
    <message>
        <source>Sample data — Taskdesk</source>
        <translation>Sample data — Taskdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n service task(s) created</source>
        <translation>
            <numerusform>%n service task created</numerusform>
            <numerusform>%n service tasks created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service task(s) replaced</source>
        <translation>
            <numerusform>%n service task replaced</numerusform>
            <numerusform>%n service tasks replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series created</source>
        <translation>
            <numerusform>%n series created</numerusform>
            <numerusform>%n series created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series replaced</source>
        <translation>
            <numerusform>%n series replaced</numerusform>
            <numerusform>%n series replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2.</source>
        <translation>Imported &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;? Records of this database with the same id are replaced by the file&apos;s. An import cannot be undone.</source>
        <translation>Import &quot;%1&quot;? Records of this database with the same id are replaced by the file&apos;s. An import cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s) under Show Details.</source>
        <translation>
            <numerusform>…and %n more problem under Show Details.</numerusform>
            <numerusform>…and %n more problems under Show Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>A short guide to Taskdesk</source>
        <translation>A short guide to Taskdesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every key that does something in this window</source>
        <translation>Every key that does something in this window</translation>
    </message>
    <message>
        <source>Ne&amp;xt pane</source>
        <translation>Ne&amp;xt pane</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: navigation, table, form</source>
        <translation>Move the focus to the next pane: navigation, table, form</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Pre&amp;vious pane</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Move the focus to the previous pane</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open another Taskdesk database in a window of its own</source>
        <translation>Open another Taskdesk database in a window of its own</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Taskdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Taskdesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>Next &amp;tab or pane</source>
        <translation>Next &amp;tab or pane</translation>
    </message>
    <message>
        <source>Turn the form&apos;s tabs, elsewhere move to the next pane</source>
        <translation>Turn the form&apos;s tabs, elsewhere move to the next pane</translation>
    </message>
    <message>
        <source>Previous t&amp;ab or pane</source>
        <translation>Previous t&amp;ab or pane</translation>
    </message>
    <message>
        <source>Turn the form&apos;s tabs back, elsewhere move to the previous pane</source>
        <translation>Turn the form&apos;s tabs back, elsewhere move to the previous pane</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>draft, not sent</source>
        <translation>draft, not sent</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>service task</source>
        <translation>service task</translation>
    </message>
    <message>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <source>held, not sent until released</source>
        <translation>held, not sent until released</translation>
    </message>
    <message>
        <source>To send: create %1, change %2, delete %3. Not sent: held %4, drafts %5, conflicts %6, refused by the server %7.</source>
        <translation>To send: create %1, change %2, delete %3. Not sent: held %4, drafts %5, conflicts %6, refused by the server %7.</translation>
    </message>
</context>
<context>
    <name>PendingChangesDock</name>
    <message>
        <source>Pending changes</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Put the selected records, or the selected field, back as last synced</source>
        <translation>Put the selected records, or the selected field, back as last synced</translation>
    </message>
    <message>
        <source>Revert &amp;all…</source>
        <translation>Revert &amp;all…</translation>
    </message>
    <message>
        <source>Put every pending record back as last synced</source>
        <translation>Put every pending record back as last synced</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <source>Keep the selected records pending without sending them, until released</source>
        <translation>Keep the selected records pending without sending them, until released</translation>
    </message>
    <message>
        <source>Sync &amp;selected</source>
        <translation>Sync &amp;selected</translation>
    </message>
    <message>
        <source>Send only the selected records (the pull still reads everything)</source>
        <translation>Send only the selected records (the pull still reads everything)</translation>
    </message>
    <message>
        <source>Created here</source>
        <translation>Created here</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Deleted here</translation>
    </message>
    <message>
        <source>Draft, not sent</source>
        <translation>Draft, not sent</translation>
    </message>
    <message>
        <source>Conflict, not sent</source>
        <translation>Conflict, not sent</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>%1 · held</source>
        <translation>%1 · held</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <source>To send — new: %1, changed: %2, deleted: %3; held: %4; drafts: %5</source>
        <translation>To send — new: %1, changed: %2, deleted: %3; held: %4; drafts: %5</translation>
    </message>
    <message>
        <source>Service task «%1»</source>
        <translation>Service task «%1»</translation>
    </message>
    <message>
        <source>Series «%1»</source>
        <translation>Series «%1»</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Revert puts this field back as last synced</source>
        <translation>Revert puts this field back as last synced</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message numerus="yes">
        <source>Put %n record(s) back as last synced? Records never synced are removed. Conflicts stay for the conflict dialog. Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Put %n record back as last synced? Records never synced are removed. Conflicts stay for the conflict dialog. Edit ▸ Undo takes it back.</numerusform>
            <numerusform>Put %n records back as last synced? Records never synced are removed. Conflicts stay for the conflict dialog. Edit ▸ Undo takes it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>Revert all</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more pending record(s) not listed here; taskdesk --status lists them all.</source>
        <translation>
            <numerusform>%n more pending record not listed here; taskdesk --status lists them all.</numerusform>
            <numerusform>%n more pending records not listed here; taskdesk --status lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesUi</name>
    <message>
        <source>&amp;Pending changes</source>
        <translation>&amp;Pending changes</translation>
    </message>
    <message>
        <source>What the next sync sends, field by field</source>
        <translation>What the next sync sends, field by field</translation>
    </message>
    <message>
        <source>Sync se&amp;lected</source>
        <translation>Sync se&amp;lected</translation>
    </message>
    <message>
        <source>View ▸ Pending changes lists them</source>
        <translation>View ▸ Pending changes lists them</translation>
    </message>
</context>
<context>
    <name>PendingReverter</name>
    <message>
        <source>This field cannot be put back.</source>
        <translation>This field cannot be put back.</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n record(s) to the synced copy</source>
        <translation>
            <numerusform>Revert %n record to the synced copy</numerusform>
            <numerusform>Revert %n records to the synced copy</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert %1 of «%2»</source>
        <translation>Revert %1 of «%2»</translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>True or false</translation>
    </message>
    <message>
        <source>Object (JSON)</source>
        <translation>Object (JSON)</translation>
    </message>
    <message>
        <source>Array (JSON)</source>
        <translation>Array (JSON)</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>Add an empty period (Insert)</source>
        <translation>Add an empty period (Insert)</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Remove period</translation>
    </message>
    <message>
        <source>Remove the selected period (Delete)</source>
        <translation>Remove the selected period (Delete)</translation>
    </message>
    <message>
        <source>Keys of the selected period</source>
        <translation>Keys of the selected period</translation>
    </message>
    <message>
        <source>Keys and values of the selected period</source>
        <translation>Keys and values of the selected period</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Values are JSON when they are a number, true, false, null, an object or an array; anything else is text.</source>
        <translation>Values are JSON when they are a number, true, false, null, an object or an array; anything else is text.</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Add key</translation>
    </message>
    <message>
        <source>Add a key to the selected period (Insert)</source>
        <translation>Add a key to the selected period (Insert)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Remove key</translation>
    </message>
    <message>
        <source>Remove the selected key (Delete)</source>
        <translation>Remove the selected key (Delete)</translation>
    </message>
    <message>
        <source>All periods as JSON</source>
        <translation>All periods as JSON</translation>
    </message>
    <message>
        <source>Edit the array, then apply it with Ctrl+Return</source>
        <translation>Edit the array, then apply it with Ctrl+Return</translation>
    </message>
    <message>
        <source>Apply JSON</source>
        <translation>Apply JSON</translation>
    </message>
    <message>
        <source>Replace the periods with the JSON text (Ctrl+Return)</source>
        <translation>Replace the periods with the JSON text (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revert JSON</source>
        <translation>Revert JSON</translation>
    </message>
    <message>
        <source>Throw away the changes to the JSON text</source>
        <translation>Throw away the changes to the JSON text</translation>
    </message>
    <message>
        <source>Period %1 (empty)</source>
        <translation>Period %1 (empty)</translation>
    </message>
    <message>
        <source>Period %1 is not an object: it is kept as it is and can be changed in the JSON text only.</source>
        <translation>Period %1 is not an object: it is kept as it is and can be changed in the JSON text only.</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Name of the new key</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
    <message>
        <source>The JSON text must be an array: [ … ].</source>
        <translation>The JSON text must be an array: [ … ].</translation>
    </message>
    <message>
        <source>A key cannot be empty; “%1” is kept.</source>
        <translation>A key cannot be empty; “%1” is kept.</translation>
    </message>
    <message>
        <source>There already is a key “%1” in this period.</source>
        <translation>There already is a key “%1” in this period.</translation>
    </message>
</context>
<context>
    <name>PreviewSync</name>
    <message>
        <source>&amp;Preview sync…</source>
        <translation>&amp;Preview sync…</translation>
    </message>
    <message>
        <source>What a sync would receive and send, without sending or changing anything</source>
        <translation>What a sync would receive and send, without sending or changing anything</translation>
    </message>
    <message>
        <source>No server is set up yet: enter one in Sync ▸ Sync settings.</source>
        <translation>No server is set up yet: enter one in Sync ▸ Sync settings.</translation>
    </message>
</context>
<context>
    <name>PreviewSyncDialog</name>
    <message>
        <source>Preview sync</source>
        <translation>Preview sync</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Run the real sync: receive the servers&apos; changes and send yours</source>
        <translation>Run the real sync: receive the servers&apos; changes and send yours</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Nothing was previewed.</source>
        <translation>Nothing was previewed.</translation>
    </message>
    <message>
        <source>The preview stopped: %1</source>
        <translation>The preview stopped: %1</translation>
    </message>
    <message>
        <source>Check the token in Sync ▸ Sync settings.</source>
        <translation>Check the token in Sync ▸ Sync settings.</translation>
    </message>
    <message>
        <source>Preview cancelled: the plan below is incomplete.</source>
        <translation>Preview cancelled: the plan below is incomplete.</translation>
    </message>
    <message>
        <source>Preview finished.</source>
        <translation>Preview finished.</translation>
    </message>
    <message>
        <source>Preview incomplete.</source>
        <translation>Preview incomplete.</translation>
    </message>
    <message>
        <source>Nothing would be sent to the servers.</source>
        <translation>Nothing would be sent to the servers.</translation>
    </message>
    <message numerus="yes">
        <source>Would send to %1: %n request(s)</source>
        <translation>
            <numerusform>Would send to %1: %n request</numerusform>
            <numerusform>Would send to %1: %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more character(s) not shown</source>
        <translation>
            <numerusform>… %n more character not shown</numerusform>
            <numerusform>… %n more characters not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Received from the servers</source>
        <translation>Received from the servers</translation>
    </message>
    <message>
        <source>Merged with your changes</source>
        <translation>Merged with your changes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewSyncOutcomeText</name>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Series «%1»</source>
        <translation>Series «%1»</translation>
    </message>
    <message>
        <source>Service task «%1»</source>
        <translation>Service task «%1»</translation>
    </message>
    <message>
        <source>New on the server: added here</source>
        <translation>New on the server: added here</translation>
    </message>
    <message>
        <source>Changed on the server: its changes taken here</source>
        <translation>Changed on the server: its changes taken here</translation>
    </message>
    <message>
        <source>Deleted on the server: deleted here</source>
        <translation>Deleted on the server: deleted here</translation>
    </message>
    <message>
        <source>Changed on both sides, in different fields: merged and sent</source>
        <translation>Changed on both sides, in different fields: merged and sent</translation>
    </message>
    <message>
        <source>%1 — you decide</source>
        <translation>%1 — you decide</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QtKeychainBackend</name>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Service script</source>
        <translation>Service script</translation>
    </message>
    <message>
        <source>Site mode</source>
        <translation>Site mode</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Overlapping runs</source>
        <translation>Overlapping runs</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Steps must be done in order</source>
        <translation>Steps must be done in order</translation>
    </message>
    <message>
        <source>Strict time window</source>
        <translation>Strict time window</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Assignees</translation>
    </message>
    <message>
        <source>Location id</source>
        <translation>Location id</translation>
    </message>
    <message>
        <source>Series id</source>
        <translation>Series id</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Server data: %1</source>
        <translation>Server data: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Edited here</source>
        <translation>Edited here</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Received from the server</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
</context>
<context>
    <name>RecordPendingActions</name>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <source>Sync se&amp;lected</source>
        <translation>Sync se&amp;lected</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Let the next sync send the selected records again</source>
        <translation>Let the next sync send the selected records again</translation>
    </message>
    <message>
        <source>Keep the selected records pending without sending them, until released</source>
        <translation>Keep the selected records pending without sending them, until released</translation>
    </message>
    <message>
        <source>Not held: %1</source>
        <translation>Not held: %1</translation>
    </message>
    <message>
        <source>Send only the selected records changed here and not held; the pull still reads everything</source>
        <translation>Send only the selected records changed here and not held; the pull still reads everything</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The rule must not contain spaces</source>
        <translation>The rule must not contain spaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form NAME=VALUE</source>
        <translation>&quot;%1&quot; is not of the form NAME=VALUE</translation>
    </message>
    <message>
        <source>Unknown part &quot;%1&quot;</source>
        <translation>Unknown part &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once</source>
        <translation>&quot;%1&quot; is given more than once</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;%1&quot;</source>
        <translation>Unknown frequency &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The rule has no frequency (FREQ=DAILY, WEEKLY, MONTHLY, …)</source>
        <translation>The rule has no frequency (FREQ=DAILY, WEEKLY, MONTHLY, …)</translation>
    </message>
    <message>
        <source>COUNT and UNTIL cannot be used together</source>
        <translation>COUNT and UNTIL cannot be used together</translation>
    </message>
    <message>
        <source>Bad value in &quot;%1&quot;</source>
        <translation>Bad value in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>libical does not accept the rule &quot;%1&quot;</source>
        <translation>libical does not accept the rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Bad exception date &quot;%1&quot; (expected YYYYMMDDTHHMMSSZ or YYYYMMDD)</source>
        <translation>Bad exception date &quot;%1&quot; (expected YYYYMMDDTHHMMSSZ or YYYYMMDD)</translation>
    </message>
    <message>
        <source>Bad end date in the rule (UNTIL)</source>
        <translation>Bad end date in the rule (UNTIL)</translation>
    </message>
    <message>
        <source>libical cannot expand this rule: some of its parts cannot be used together (e.g. BYMONTHDAY with FREQ=WEEKLY) or it never occurs</source>
        <translation>libical cannot expand this rule: some of its parts cannot be used together (e.g. BYMONTHDAY with FREQ=WEEKLY) or it never occurs</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Custom rule: %1</source>
        <translation>Custom rule: %1</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>every week on Monday and Wednesday</comment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Every %n year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, once</source>
        <comment>every day, once</comment>
        <translation>%1, once</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <comment>every day, 10 times</comment>
        <translation>
            <numerusform>%1, %n time</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>until: date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <comment>every day until 9 March 2023 21:00</comment>
        <translation>%1 until %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Custom rule</translation>
    </message>
    <message>
        <source>How the series repeats</source>
        <translation>How the series repeats</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repeat every</translation>
    </message>
    <message>
        <source>With no day ticked, the series repeats on the weekday of its start</source>
        <translation>With no day ticked, the series repeats on the weekday of its start</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>On date</source>
        <translation>On date</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>The last occurrence may be at this time at the latest (local time)</source>
        <translation>The last occurrence may be at this time at the latest (local time)</translation>
    </message>
    <message>
        <source>End date (local time)</source>
        <translation>End date (local time)</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Number of occurrences</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</source>
        <translation>e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</translation>
    </message>
    <message>
        <source>The RFC 5545 recurrence rule (RRULE). Press Enter to apply.</source>
        <translation>The RFC 5545 recurrence rule (RRULE). Press Enter to apply.</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Dates on which the series does not occur (local time)</source>
        <translation>Dates on which the series does not occur (local time)</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Remove exception</translation>
    </message>
    <message>
        <source>Exception date (local time)</source>
        <translation>Exception date (local time)</translation>
    </message>
    <message>
        <source>An occurrence to skip (local time)</source>
        <translation>An occurrence to skip (local time)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Skip the occurrence at this date and time</source>
        <translation>Skip the occurrence at this date and time</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected exceptions (Delete)</source>
        <translation>Remove the selected exceptions (Delete)</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repeats:</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>Ever&amp;y:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>Custom rule:</source>
        <translation>Custom rule:</translation>
    </message>
    <message>
        <source>E&amp;xceptions:</source>
        <translation>E&amp;xceptions:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>%1, whole day (UTC)</source>
        <translation>%1, whole day (UTC)</translation>
    </message>
    <message>
        <source>Every occurrence on %1 (UTC)</source>
        <translation>Every occurrence on %1 (UTC)</translation>
    </message>
    <message>
        <source>The controls above cannot show this rule; it can only be edited as text.</source>
        <translation>The controls above cannot show this rule; it can only be edited as text.</translation>
    </message>
    <message>
        <source>Type the rule as text and press Enter.</source>
        <translation>Type the rule as text and press Enter.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>periods</source>
        <comment>of a custom rule (hours, minutes…)</comment>
        <translation>
            <numerusform>period</numerusform>
            <numerusform>periods</numerusform>
        </translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>occurrence</translation>
    </message>
    <message numerus="yes">
        <source>occurrences</source>
        <translation>
            <numerusform>occurrence</numerusform>
            <numerusform>occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: the rule is not valid.</source>
        <translation>No preview: the rule is not valid.</translation>
    </message>
    <message>
        <source>%1, except 1 date</source>
        <translation>%1, except 1 date</translation>
    </message>
    <message numerus="yes">
        <source>%1, except %n dates</source>
        <translation>
            <numerusform>%1, except %n date</numerusform>
            <numerusform>%1, except %n dates</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the start to see the next dates.</source>
        <translation>Set the start to see the next dates.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
    </message>
    <message>
        <source>%1: an exception removes this occurrence</source>
        <translation>%1: an exception removes this occurrence</translation>
    </message>
    <message>
        <source>No upcoming occurrences.</source>
        <translation>No upcoming occurrences.</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>The last and the next occurrences (local time); past ones are grey. Double-click or press Enter on one to skip it, or to bring a skipped one back.</source>
        <translation>The last and the next occurrences (local time); past ones are grey. Double-click or press Enter on one to skip it, or to bring a skipped one back.</translation>
    </message>
    <message>
        <source>Too many occurrences since the start to find the next ones.</source>
        <translation>Too many occurrences since the start to find the next ones.</translation>
    </message>
    <message>
        <source>%1 (past)</source>
        <translation>%1 (past)</translation>
    </message>
    <message>
        <source>%1: this occurrence is in the past</source>
        <translation>%1: this occurrence is in the past</translation>
    </message>
    <message>
        <source>Ended: no occurrence took place</source>
        <translation>Ended: no occurrence took place</translation>
    </message>
    <message>
        <source>Ended: the only occurrence was on %1</source>
        <translation>Ended: the only occurrence was on %1</translation>
    </message>
    <message numerus="yes">
        <source>Ended: last occurrence on %1, %Ln occurrences in all</source>
        <translation>
            <numerusform>Ended: last occurrence on %1, %Ln occurrence in all</numerusform>
            <numerusform>Ended: last occurrence on %1, %Ln occurrences in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation>Started on %1</translation>
    </message>
    <message>
        <source>Started on %1, 1 of %2 occurrences so far</source>
        <translation>Started on %1, 1 of %2 occurrences so far</translation>
    </message>
    <message numerus="yes">
        <source>Started on %1, %Ln of %2 occurrences so far</source>
        <translation>
            <numerusform>Started on %1, %Ln of %2 occurrences so far</numerusform>
            <numerusform>Started on %1, %Ln of %2 occurrences so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Started on %1, 1 occurrence so far</source>
        <translation>Started on %1, 1 occurrence so far</translation>
    </message>
    <message numerus="yes">
        <source>Started on %1, %Ln occurrences so far</source>
        <translation>
            <numerusform>Started on %1, %Ln occurrence so far</numerusform>
            <numerusform>Started on %1, %Ln occurrences so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteChangeText</name>
    <message>
        <source>Deleted here, changed on the server.</source>
        <translation>Deleted here, changed on the server.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server.</source>
        <translation>Changed here, deleted on the server.</translation>
    </message>
    <message>
        <source>Changed here and on the server: %1</source>
        <translation>Changed here and on the server: %1</translation>
    </message>
</context>
<context>
    <name>SampleDatabase</name>
    <message>
        <source>Cannot remove the old sample data in &quot;%1&quot;.</source>
        <translation>Cannot remove the old sample data in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the sample data to &quot;%1&quot;.</source>
        <translation>Cannot write the sample data to &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SeriesHistory</name>
    <message>
        <source>The series already is as in this version.</source>
        <translation>The series already is as in this version.</translation>
    </message>
</context>
<context>
    <name>ServiceTaskBatch</name>
    <message>
        <source>The service task no longer exists.</source>
        <translation>The service task no longer exists.</translation>
    </message>
    <message>
        <source>The batch is not open.</source>
        <translation>The batch is not open.</translation>
    </message>
    <message>
        <source>The service task has no id.</source>
        <translation>The service task has no id.</translation>
    </message>
</context>
<context>
    <name>ServiceTaskCodec</name>
    <message>
        <source>expected a service task object</source>
        <translation>expected a service task object</translation>
    </message>
    <message>
        <source>expected a site name</source>
        <translation>expected a site name</translation>
    </message>
    <message>
        <source>expected a list of sites or a comma-separated text</source>
        <translation>expected a list of sites or a comma-separated text</translation>
    </message>
</context>
<context>
    <name>ServiceTaskDelegate</name>
    <message>
        <source>SITE1, SITE2</source>
        <translation>SITE1, SITE2</translation>
    </message>
    <message>
        <source>Sites separated by commas</source>
        <translation>Sites separated by commas</translation>
    </message>
</context>
<context>
    <name>ServiceTaskForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Edit name</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>Ena&amp;bled</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Se&amp;rvice script:</source>
        <translation>Se&amp;rvice script:</translation>
    </message>
    <message>
        <source>Edit script</source>
        <translation>Edit script</translation>
    </message>
    <message>
        <source>Site &amp;mode:</source>
        <translation>Site &amp;mode:</translation>
    </message>
    <message>
        <source>Edit site mode</source>
        <translation>Edit site mode</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>S&amp;ites:</translation>
    </message>
    <message>
        <source>Edit sites</source>
        <translation>Edit sites</translation>
    </message>
    <message>
        <source>Re&amp;gular (runs periodically)</source>
        <translation>Re&amp;gular (runs periodically)</translation>
    </message>
    <message>
        <source>Edit regular</source>
        <translation>Edit regular</translation>
    </message>
    <message>
        <source>Interva&amp;l:</source>
        <translation>Interva&amp;l:</translation>
    </message>
    <message>
        <source>Edit interval</source>
        <translation>Edit interval</translation>
    </message>
    <message>
        <source>Edit overlap</source>
        <translation>Edit overlap</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <source>Edit start</source>
        <translation>Edit start</translation>
    </message>
    <message>
        <source>Sto&amp;p:</source>
        <translation>Sto&amp;p:</translation>
    </message>
    <message>
        <source>Edit stop</source>
        <translation>Edit stop</translation>
    </message>
    <message>
        <source>Sched&amp;ule:</source>
        <translation>Sched&amp;ule:</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Edit schedule</translation>
    </message>
    <message>
        <source>Perio&amp;ds:</source>
        <translation>Perio&amp;ds:</translation>
    </message>
    <message>
        <source>Edit periods</source>
        <translation>Edit periods</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Set by the server; read-only</source>
        <translation>Set by the server; read-only</translation>
    </message>
    <message>
        <source>Server data:</source>
        <translation>Server data:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Sync state:</source>
        <translation>Sync state:</translation>
    </message>
    <message>
        <source>Select a service task, or create one with New.</source>
        <translation>Select a service task, or create one with New.</translation>
    </message>
    <message>
        <source>(unnamed service task)</source>
        <translation>(unnamed service task)</translation>
    </message>
    <message>
        <source>Draft, will not be sent to the server until fixed:</source>
        <translation>Draft, will not be sent to the server until fixed:</translation>
    </message>
    <message>
        <source>&amp;Overlapping runs</source>
        <translation>&amp;Overlapping runs</translation>
    </message>
    <message>
        <source>A new run may start while the previous one still runs</source>
        <translation>A new run may start while the previous one still runs</translation>
    </message>
    <message>
        <source>code of the service script</source>
        <translation>code of the service script</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>The periods JSON of &quot;%1&quot; was edited but not applied. Apply it now?
No drops the edited text.</source>
        <translation>The periods JSON of &quot;%1&quot; was edited but not applied. Apply it now?
No drops the edited text.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Sites and periods</source>
        <translation>Sites and periods</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Last written</translation>
    </message>
</context>
<context>
    <name>ServiceTaskHistory</name>
    <message>
        <source>The record already is as in this version.</source>
        <translation>The record already is as in this version.</translation>
    </message>
</context>
<context>
    <name>ServiceTaskStore</name>
    <message>
        <source>The service task no longer exists.</source>
        <translation>The service task no longer exists.</translation>
    </message>
    <message>
        <source>The id of a service task cannot be changed.</source>
        <translation>The id of a service task cannot be changed.</translation>
    </message>
</context>
<context>
    <name>ServiceTaskSync</name>
    <message>
        <source>Pulling service tasks</source>
        <translation>Pulling service tasks</translation>
    </message>
    <message>
        <source>The ERA server refused the credentials (%1).</source>
        <translation>The ERA server refused the credentials (%1).</translation>
    </message>
    <message>
        <source>The ERA server could not be reached: %1</source>
        <translation>The ERA server could not be reached: %1</translation>
    </message>
    <message>
        <source>The ERA server could not list the service tasks: %1</source>
        <translation>The ERA server could not list the service tasks: %1</translation>
    </message>
    <message>
        <source>Deleted on the server: %1</source>
        <translation>Deleted on the server: %1</translation>
    </message>
    <message>
        <source>Reading changed service tasks</source>
        <translation>Reading changed service tasks</translation>
    </message>
    <message>
        <source>Service task %1: the server sent data that cannot be read (%2); kept as it was.</source>
        <translation>Service task %1: the server sent data that cannot be read (%2); kept as it was.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>Service task %1: %2</source>
        <translation>Service task %1: %2</translation>
    </message>
    <message>
        <source>Received new: %1</source>
        <translation>Received new: %1</translation>
    </message>
    <message>
        <source>Conflict: %1 — %2</source>
        <translation>Conflict: %1 — %2</translation>
    </message>
    <message>
        <source>Received changes: %1</source>
        <translation>Received changes: %1</translation>
    </message>
    <message>
        <source>Pushing service tasks</source>
        <translation>Pushing service tasks</translation>
    </message>
    <message>
        <source>Not deleted: %1 — %2</source>
        <translation>Not deleted: %1 — %2</translation>
    </message>
    <message>
        <source>Created on the server</source>
        <translation>Created on the server</translation>
    </message>
    <message>
        <source>Updated on the server</source>
        <translation>Updated on the server</translation>
    </message>
    <message>
        <source>No usable answer for %1 (%2); it will be sent again next time.</source>
        <translation>No usable answer for %1 (%2); it will be sent again next time.</translation>
    </message>
    <message>
        <source>not a service task</source>
        <translation>not a service task</translation>
    </message>
    <message>
        <source>Refused by the server: %1 — %2</source>
        <translation>Refused by the server: %1 — %2</translation>
    </message>
    <message>
        <source>The ERA server cannot be used: %1</source>
        <translation>The ERA server cannot be used: %1</translation>
    </message>
    <message>
        <source>The ERA server sent a list that cannot be used (%1); nothing was changed.</source>
        <translation>The ERA server sent a list that cannot be used (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>Service task %1: the server answered with service task %2 instead; kept as it was.</source>
        <translation>Service task %1: the server answered with service task %2 instead; kept as it was.</translation>
    </message>
    <message>
        <source>No usable answer for %1 (the server answered with service task %2); it will be sent again next time.</source>
        <translation>No usable answer for %1 (the server answered with service task %2); it will be sent again next time.</translation>
    </message>
    <message>
        <source>Not deleted yet: %1 — %2; it will be sent again next time.</source>
        <translation>Not deleted yet: %1 — %2; it will be sent again next time.</translation>
    </message>
    <message>
        <source>The answer for %1 could not be stored (%2); it will be sent again next time.</source>
        <translation>The answer for %1 could not be stored (%2); it will be sent again next time.</translation>
    </message>
    <message numerus="yes">
        <source>%n received service task(s) could not be stored (%1); the next sync reads them again.</source>
        <translation>
            <numerusform>%n received service task could not be stored (%1); the next sync reads it again.</numerusform>
            <numerusform>%n received service tasks could not be stored (%1); the next sync reads them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 — it changed on the server and could not be read; it will be sent next time.</source>
        <translation>Not sent: %1 — it changed on the server and could not be read; it will be sent next time.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n more new service task(s), not named one by one.</source>
        <translation>
            <numerusform>Received %n more new service task, not named one by one.</numerusform>
            <numerusform>Received %n more new service tasks, not named one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTaskTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Site mode</source>
        <translation>Site mode</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last write</source>
        <translation>Last write</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Invalid: kept as a draft and not sent to the server.</source>
        <translation>Invalid: kept as a draft and not sent to the server.</translation>
    </message>
    <message>
        <source>Code not known to this version; kept as it is.</source>
        <translation>Code not known to this version; kept as it is.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>ServiceTasksPage</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Search name, script, title, comment (Ctrl+F)</source>
        <translation>Search name, script, title, comment (Ctrl+F)</translation>
    </message>
    <message>
        <source>New service task</source>
        <translation>New service task</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n service task(s)</source>
        <translation>
            <numerusform>Duplicate %n service task</numerusform>
            <numerusform>Duplicate %n service tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the service task &quot;%1&quot;?</source>
        <translation>Delete the service task &quot;%1&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n service task(s)?</source>
        <translation>
            <numerusform>Delete %n service task?</numerusform>
            <numerusform>Delete %n service tasks?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Synced tasks are deleted on the server at the next sync. You can undo this.</source>
        <translation>Synced tasks are deleted on the server at the next sync. You can undo this.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n service task(s)</source>
        <translation>
            <numerusform>Delete %n service task</numerusform>
            <numerusform>Delete %n service tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n service task(s)</source>
        <translation>
            <numerusform>Enable %n service task</numerusform>
            <numerusform>Enable %n service tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n service task(s)</source>
        <translation>
            <numerusform>Disable %n service task</numerusform>
            <numerusform>Disable %n service tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks match “%1”</source>
        <translation>No tasks match “%1”</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>The disk is full: free some space and try again.</translation>
    </message>
    <message>
        <source>The database is read-only: check that you may write to the file and to its folder.</source>
        <translation>The database is read-only: check that you may write to the file and to its folder.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and that you may read and write the file and the folder (SQLite keeps two files beside it, ending in -wal and -shm).</source>
        <translation>The database file cannot be opened: check that its folder exists and that you may read and write the file and the folder (SQLite keeps two files beside it, ending in -wal and -shm).</translation>
    </message>
    <message>
        <source>The file is not a database, or it is damaged.</source>
        <translation>The file is not a database, or it is damaged.</translation>
    </message>
    <message>
        <source>The database file is damaged (for example cut short by an interrupted copy). Restore it from a backup.</source>
        <translation>The database file is damaged (for example cut short by an interrupted copy). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database.</source>
        <translation>The disk reported an error while reading or writing the database.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again when it has finished.</source>
        <translation>The database is in use by another program. Try again when it has finished.</translation>
    </message>
    <message>
        <source>Access to the database file was denied.</source>
        <translation>Access to the database file was denied.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>There is not enough memory.</translation>
    </message>
    <message>
        <source>Unknown database error.</source>
        <translation>Unknown database error.</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s.</source>
        <translation>The database driver is not SQLite&apos;s.</translation>
    </message>
    <message>
        <source>No such parameter: %1.</source>
        <translation>No such parameter: %1.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>A value of type %1 cannot be stored.</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>Cannot redo: “%1” was changed since by a sync, an import or a conflict resolution, or deleted or re-created; its newer values are kept.</source>
        <translation>Cannot redo: “%1” was changed since by a sync, an import or a conflict resolution, or deleted or re-created; its newer values are kept.</translation>
    </message>
    <message>
        <source>Cannot undo: “%1” was changed since by a sync, an import or a conflict resolution, or deleted or re-created; its newer values are kept.</source>
        <translation>Cannot undo: “%1” was changed since by a sync, an import or a conflict resolution, or deleted or re-created; its newer values are kept.</translation>
    </message>
</context>
<context>
    <name>StepActionModel</name>
    <message>
        <source>No series is open.</source>
        <translation>No series is open.</translation>
    </message>
    <message>
        <source>%1 (%2…%3)</source>
        <translation>%1 (%2…%3)</translation>
    </message>
    <message>
        <source>Type code &quot;%1&quot; is not known to this version; it is kept.</source>
        <translation>Type code &quot;%1&quot; is not known to this version; it is kept.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1; checkpoint %2</source>
        <translation>Step %1; checkpoint %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Step / action</source>
        <translation>Step / action</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Rename action</translation>
    </message>
    <message>
        <source>Change action type</source>
        <translation>Change action type</translation>
    </message>
    <message>
        <source>Make action required</source>
        <translation>Make action required</translation>
    </message>
    <message>
        <source>Make action optional</source>
        <translation>Make action optional</translation>
    </message>
    <message>
        <source>Change action range</source>
        <translation>Change action range</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Rename step</translation>
    </message>
    <message>
        <source>Change checkpoint</source>
        <translation>Change checkpoint</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Duplicate action</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplicate step</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Move action</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s)</source>
        <translation>
            <numerusform>Move %n action</numerusform>
            <numerusform>Move %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Move step</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Move %n step</numerusform>
            <numerusform>Move %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Move action up</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Move step up</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Move action down</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Move step down</translation>
    </message>
</context>
<context>
    <name>StepDiff</name>
    <message>
        <source>step %1 «%2»: removed</source>
        <translation>step %1 «%2»: removed</translation>
    </message>
    <message>
        <source>step %1 «%2»</source>
        <translation>step %1 «%2»</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: added</translation>
    </message>
    <message>
        <source>%1: moved from step %2</source>
        <translation>%1: moved from step %2</translation>
    </message>
    <message>
        <source>%1: renamed from «%2»</source>
        <translation>%1: renamed from «%2»</translation>
    </message>
    <message>
        <source>%1: Checkpoint id %2 → %3</source>
        <translation>%1: Checkpoint id %2 → %3</translation>
    </message>
    <message>
        <source>%1: other fields changed</source>
        <translation>%1: other fields changed</translation>
    </message>
    <message>
        <source>%1: action «%2»</source>
        <translation>%1: action «%2»</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 moved from step %2</source>
        <translation>%1 moved from step %2</translation>
    </message>
    <message>
        <source>%1 moved from position %2 to %3</source>
        <translation>%1 moved from position %2 to %3</translation>
    </message>
    <message>
        <source>%1 renamed from «%2»</source>
        <translation>%1 renamed from «%2»</translation>
    </message>
    <message>
        <source>%1: type %2 → %3</source>
        <translation>%1: type %2 → %3</translation>
    </message>
    <message>
        <source>%1: Required %2 → %3</source>
        <translation>%1: Required %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: action «%2» removed</source>
        <translation>%1: action «%2» removed</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Select a step or an action to see its details.</source>
        <translation>Select a step or an action to see its details.</translation>
    </message>
    <message>
        <source>Check&amp;point id:</source>
        <translation>Check&amp;point id:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Required</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>&amp;Minimum:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>M&amp;aximum:</translation>
    </message>
    <message>
        <source>Other field</source>
        <translation>Other field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Fields this version does not know; they are kept and sent back unchanged.</source>
        <translation>Fields this version does not know; they are kept and sent back unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required</source>
        <translation>
            <numerusform>%n required</numerusform>
            <numerusform>%n required</numerusform>
        </translation>
    </message>
    <message>
        <source>UUID of the checkpoint</source>
        <translation>UUID of the checkpoint</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>“%1” is not a number; the value before stays.</source>
        <translation>“%1” is not a number; the value before stays.</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Add an item (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Remove the selected item (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Move the selected item up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Move the selected item down (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync cancelled; what was applied stays, nothing is half-written.</source>
        <translation>Sync cancelled; what was applied stays, nothing is half-written.</translation>
    </message>
    <message>
        <source>Not sent, still a draft with errors: %1</source>
        <translation>Not sent, still a draft with errors: %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>No sync has run yet.</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancel sync</translation>
    </message>
    <message>
        <source>Stop the sync; what was already applied stays, nothing is left half-written</source>
        <translation>Stop the sync; what was already applied stays, nothing is left half-written</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>The server&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>Starting the sync…</source>
        <translation>Starting the sync…</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Sync started</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <source>Sync cancelled: what was applied stays, nothing is half-written.</source>
        <translation>Sync cancelled: what was applied stays, nothing is half-written.</translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation>Everything is in sync.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Received: %1 new, %2 changed, %3 deleted on the server.</source>
        <translation>Received: %1 new, %2 changed, %3 deleted on the server.</translation>
    </message>
    <message>
        <source>Sent: %1 created, %2 updated, %3 deleted.</source>
        <translation>Sent: %1 created, %2 updated, %3 deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for you: Sync ▸ Resolve conflicts.</source>
        <translation>
            <numerusform>%n conflict waits for you: Sync ▸ Resolve conflicts.</numerusform>
            <numerusform>%n conflicts wait for you: Sync ▸ Resolve conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced; the log says why.</source>
        <translation>
            <numerusform>%n record could not be synced; the log says why.</numerusform>
            <numerusform>%n records could not be synced; the log says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with errors were not sent.</source>
        <translation>
            <numerusform>%n draft with errors was not sent.</numerusform>
            <numerusform>%n drafts with errors were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the token in Sync ▸ Sync settings.</source>
        <translation>Check the token in Sync ▸ Sync settings.</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>The server presented no certificate.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Valid from: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expires: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Taskdesk does not talk to a server whose certificate is not trusted, and nothing was sent. If this is your server, compare the fingerprint with your administrator, then have the certificate signed by an authority this system trusts or add it to the system&apos;s trusted certificates.</source>
        <translation>Taskdesk does not talk to a server whose certificate is not trusted, and nothing was sent. If this is your server, compare the fingerprint with your administrator, then have the certificate signed by an authority this system trusts or add it to the system&apos;s trusted certificates.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>the server could not be used.</source>
        <translation>the server could not be used.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>“%1” is not a complete address; write it as http://host:port or https://host.</source>
        <translation>“%1” is not a complete address; write it as http://host:port or https://host.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be used, not “%1”.</source>
        <translation>Only http:// and https:// addresses can be used, not “%1”.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>The address “%1” has no host name.</translation>
    </message>
    <message>
        <source>The address must not contain a user name, a query or a fragment.</source>
        <translation>The address must not contain a user name, a query or a fragment.</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Empty: service tasks are not synced</source>
        <translation>Empty: service tasks are not synced</translation>
    </message>
    <message>
        <source>Base URL of the ERA server, e.g. https://era.example.org</source>
        <translation>Base URL of the ERA server, e.g. https://era.example.org</translation>
    </message>
    <message>
        <source>Empty: task series are not synced</source>
        <translation>Empty: task series are not synced</translation>
    </message>
    <message>
        <source>Base URL of the TARGPatrol server, e.g. https://patrol.example.org</source>
        <translation>Base URL of the TARGPatrol server, e.g. https://patrol.example.org</translation>
    </message>
    <message>
        <source>&amp;ERA base URL:</source>
        <translation>&amp;ERA base URL:</translation>
    </message>
    <message>
        <source>&amp;TARGPatrol base URL:</source>
        <translation>&amp;TARGPatrol base URL:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request without an answer after this time is given up and retried</source>
        <translation>A request without an answer after this time is given up and retried</translation>
    </message>
    <message>
        <source>How many records one list request asks for</source>
        <translation>How many records one list request asks for</translation>
    </message>
    <message>
        <source>How many requests may run at the same time</source>
        <translation>How many requests may run at the same time</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Request &amp;timeout:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Parallel re&amp;quests:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>ERA to&amp;ken:</source>
        <translation>ERA to&amp;ken:</translation>
    </message>
    <message>
        <source>TARGPatrol t&amp;oken:</source>
        <translation>TARGPatrol t&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Store the tokens in the settings file</source>
        <translation>&amp;Store the tokens in the settings file</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Checking the system keychain…</translation>
    </message>
    <message>
        <source>The tokens are kept in the system keychain.</source>
        <translation>The tokens are kept in the system keychain.</translation>
    </message>
    <message>
        <source>Warning: the tokens will be written unencrypted to %1. Anyone who can read that file can act on the servers in your name.</source>
        <translation>Warning: the tokens will be written unencrypted to %1. Anyone who can read that file can act on the servers in your name.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The tokens are kept for this session only: they must be entered again after Taskdesk restarts, unless you store them in the settings file.</source>
        <translation>The system keychain is not available (%1). The tokens are kept for this session only: they must be entered again after Taskdesk restarts, unless you store them in the settings file.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Test co&amp;nnection</translation>
    </message>
    <message>
        <source>Ask each server for one record with the token typed here, before saving</source>
        <translation>Ask each server for one record with the token typed here, before saving</translation>
    </message>
    <message>
        <source>Enter the address of a server first.</source>
        <translation>Enter the address of a server first.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>SyncStates</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 · held</source>
        <translation>%1 · held</translation>
    </message>
</context>
<context>
    <name>TaskSeriesCodec</name>
    <message>
        <source>expected a series object</source>
        <translation>expected a series object</translation>
    </message>
    <message>
        <source>expected a step object</source>
        <translation>expected a step object</translation>
    </message>
    <message>
        <source>expected an action object</source>
        <translation>expected an action object</translation>
    </message>
</context>
<context>
    <name>TaskSeriesForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Edit series name</source>
        <translation>Edit series name</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>No description</translation>
    </message>
    <message>
        <source>Descripti&amp;on:</source>
        <translation>Descripti&amp;on:</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Edit description</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>Edit start</source>
        <translation>Edit start</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>En&amp;d:</translation>
    </message>
    <message>
        <source>Edit end</source>
        <translation>Edit end</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>Edit priority</translation>
    </message>
    <message>
        <source>Steps &amp;must be done in order</source>
        <translation>Steps &amp;must be done in order</translation>
    </message>
    <message>
        <source>Strict time &amp;window</source>
        <translation>Strict time &amp;window</translation>
    </message>
    <message>
        <source>Has a dead&amp;line</source>
        <translation>Has a dead&amp;line</translation>
    </message>
    <message>
        <source>Edit step order</source>
        <translation>Edit step order</translation>
    </message>
    <message>
        <source>Edit strict time</source>
        <translation>Edit strict time</translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation>Edit deadline</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Edit tags</translation>
    </message>
    <message>
        <source>User ids (UUIDs) of the people assigned</source>
        <translation>User ids (UUIDs) of the people assigned</translation>
    </message>
    <message>
        <source>Assi&amp;gnees:</source>
        <translation>Assi&amp;gnees:</translation>
    </message>
    <message>
        <source>Edit assignees</source>
        <translation>Edit assignees</translation>
    </message>
    <message>
        <source>Location id:</source>
        <translation>Location id:</translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <source>Rec&amp;urrence:</source>
        <translation>Rec&amp;urrence:</translation>
    </message>
    <message>
        <source>Edit recurrence</source>
        <translation>Edit recurrence</translation>
    </message>
    <message>
        <source>Series id:</source>
        <translation>Series id:</translation>
    </message>
    <message>
        <source>Sync state:</source>
        <translation>Sync state:</translation>
    </message>
    <message>
        <source>Select a series, or create one with New.</source>
        <translation>Select a series, or create one with New.</translation>
    </message>
    <message>
        <source>(unnamed series)</source>
        <translation>(unnamed series)</translation>
    </message>
    <message>
        <source>none yet (the server assigns it)</source>
        <translation>none yet (the server assigns it)</translation>
    </message>
    <message>
        <source>earlier: %1</source>
        <translation>earlier: %1</translation>
    </message>
    <message>
        <source>Draft, will not be sent to the server until fixed:</source>
        <translation>Draft, will not be sent to the server until fixed:</translation>
    </message>
    <message>
        <source>UUID of the location</source>
        <translation>UUID of the location</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>People and place</source>
        <translation>People and place</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>TaskSeriesPage</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Search name, description, tags (Ctrl+F)</source>
        <translation>Search name, description, tags (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>Steps and a&amp;ctions</source>
        <translation>Steps and a&amp;ctions</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n series</source>
        <translation>
            <numerusform>Duplicate %n series</numerusform>
            <numerusform>Duplicate %n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the series &quot;%1&quot;?</source>
        <translation>Delete the series &quot;%1&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n series?</source>
        <translation>
            <numerusform>Delete %n series?</numerusform>
            <numerusform>Delete %n series?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n series</source>
        <translation>
            <numerusform>Delete %n series</numerusform>
            <numerusform>Delete %n series</numerusform>
        </translation>
    </message>
    <message>
        <source>No series match “%1”</source>
        <translation>No series match “%1”</translation>
    </message>
    <message>
        <source>A synced series stays on the server: TARGPatrol cannot delete a series through its API, so delete it in TARGPatrol too; the next sync then removes it here. You can undo this.</source>
        <translation>A synced series stays on the server: TARGPatrol cannot delete a series through its API, so delete it in TARGPatrol too; the next sync then removes it here. You can undo this.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
</context>
<context>
    <name>TaskSeriesStore</name>
    <message>
        <source>The series no longer exists.</source>
        <translation>The series no longer exists.</translation>
    </message>
</context>
<context>
    <name>TaskSeriesSync</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>the server sent data that is not valid JSON (%1)</source>
        <translation>the server sent data that is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>the server sent data that is not a task execution</source>
        <translation>the server sent data that is not a task execution</translation>
    </message>
    <message>
        <source>the server sent a series that cannot be read (%1)</source>
        <translation>the server sent a series that cannot be read (%1)</translation>
    </message>
    <message>
        <source>The TARGPatrol server refused the credentials (%1).</source>
        <translation>The TARGPatrol server refused the credentials (%1).</translation>
    </message>
    <message>
        <source>The TARGPatrol server could not be reached: %1</source>
        <translation>The TARGPatrol server could not be reached: %1</translation>
    </message>
    <message>
        <source>Pulling series</source>
        <translation>Pulling series</translation>
    </message>
    <message>
        <source>The TARGPatrol server could not list the task executions: %1</source>
        <translation>The TARGPatrol server could not list the task executions: %1</translation>
    </message>
    <message>
        <source>Some task executions were listed without their series; no series is taken as deleted this time.</source>
        <translation>Some task executions were listed without their series; no series is taken as deleted this time.</translation>
    </message>
    <message>
        <source>Deleted on the server: %1</source>
        <translation>Deleted on the server: %1</translation>
    </message>
    <message>
        <source>Conflict: %1 — %2</source>
        <translation>Conflict: %1 — %2</translation>
    </message>
    <message>
        <source>Series %1: %2</source>
        <translation>Series %1: %2</translation>
    </message>
    <message>
        <source>Reading changed series</source>
        <translation>Reading changed series</translation>
    </message>
    <message>
        <source>Series %1 changed while it was read; it is read again next time.</source>
        <translation>Series %1 changed while it was read; it is read again next time.</translation>
    </message>
    <message>
        <source>Received new: %1</source>
        <translation>Received new: %1</translation>
    </message>
    <message>
        <source>Split on the server: %1 continues as series %2</source>
        <translation>Split on the server: %1 continues as series %2</translation>
    </message>
    <message>
        <source>Received changes: %1</source>
        <translation>Received changes: %1</translation>
    </message>
    <message>
        <source>Found on the server, created by an earlier sync: %1</source>
        <translation>Found on the server, created by an earlier sync: %1</translation>
    </message>
    <message>
        <source>Series %1 could not be stored: %2</source>
        <translation>Series %1 could not be stored: %2</translation>
    </message>
    <message>
        <source>Pushing series</source>
        <translation>Pushing series</translation>
    </message>
    <message>
        <source>TARGPatrol has no API to delete a series; delete it in TARGPatrol, the next sync then removes it here.</source>
        <translation>TARGPatrol has no API to delete a series; delete it in TARGPatrol, the next sync then removes it here.</translation>
    </message>
    <message>
        <source>Not deleted: %1 — %2</source>
        <translation>Not deleted: %1 — %2</translation>
    </message>
    <message>
        <source>Not sent, still a draft with errors: %1</source>
        <translation>Not sent, still a draft with errors: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 — the server already has this series; it is read again next time.</source>
        <translation>Not sent: %1 — the server already has this series; it is read again next time.</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Not sent: %1 — %2</translation>
    </message>
    <message>
        <source>the answer cannot be read</source>
        <translation>the answer cannot be read</translation>
    </message>
    <message>
        <source>No usable answer for %1 (%2); looking for it on the server before sending it again.</source>
        <translation>No usable answer for %1 (%2); looking for it on the server before sending it again.</translation>
    </message>
    <message>
        <source>Refused by the server: %1 — %2</source>
        <translation>Refused by the server: %1 — %2</translation>
    </message>
    <message>
        <source>Could not check whether %1 was created (%2); the next sync checks before sending it again.</source>
        <translation>Could not check whether %1 was created (%2); the next sync checks before sending it again.</translation>
    </message>
    <message>
        <source>Not created: %1 — %2; it is sent again next time.</source>
        <translation>Not created: %1 — %2; it is sent again next time.</translation>
    </message>
    <message>
        <source>Created on the server, but it could not be read back (%1); the next sync takes it.</source>
        <translation>Created on the server, but it could not be read back (%1); the next sync takes it.</translation>
    </message>
    <message>
        <source>Created on the server: %1</source>
        <translation>Created on the server: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 — its task execution is not known yet; it is read again next time.</source>
        <translation>Not sent: %1 — its task execution is not known yet; it is read again next time.</translation>
    </message>
    <message>
        <source>Not sent: %1 — its task execution is gone from the server; it is read again next time.</source>
        <translation>Not sent: %1 — its task execution is gone from the server; it is read again next time.</translation>
    </message>
    <message>
        <source>Updated on the server: %1 (series %2 replaces %3)</source>
        <translation>Updated on the server: %1 (series %2 replaces %3)</translation>
    </message>
    <message>
        <source>Nothing to send for %1: the server already has it.</source>
        <translation>Nothing to send for %1: the server already has it.</translation>
    </message>
    <message>
        <source>No usable answer for %1 (%2); reading it again before sending it again.</source>
        <translation>No usable answer for %1 (%2); reading it again before sending it again.</translation>
    </message>
    <message>
        <source>No answer for %1 (%2); it is sent again next time.</source>
        <translation>No answer for %1 (%2); it is sent again next time.</translation>
    </message>
    <message>
        <source>Updated on the server: %1, but it could not be read back (%2); the next sync reads it.</source>
        <translation>Updated on the server: %1, but it could not be read back (%2); the next sync reads it.</translation>
    </message>
    <message>
        <source>Series %1: the server announced series %2 but shows %3.</source>
        <translation>Series %1: the server announced series %2 but shows %3.</translation>
    </message>
    <message>
        <source>Split on the server: the later part of %1 is now a series of its own, %2 (from %3)</source>
        <translation>Split on the server: the later part of %1 is now a series of its own, %2 (from %3)</translation>
    </message>
    <message>
        <source>the server answered with task execution %1 instead of %2</source>
        <translation>the server answered with task execution %1 instead of %2</translation>
    </message>
    <message>
        <source>The TARGPatrol server cannot be used: %1</source>
        <translation>The TARGPatrol server cannot be used: %1</translation>
    </message>
    <message>
        <source>The TARGPatrol server sent a list that cannot be used (%1); nothing was changed.</source>
        <translation>The TARGPatrol server sent a list that cannot be used (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>the server did not say which series task execution %1 belongs to</source>
        <translation>the server did not say which series task execution %1 belongs to</translation>
    </message>
    <message>
        <source>Which series each task execution belongs to could not be stored: %1</source>
        <translation>Which series each task execution belongs to could not be stored: %1</translation>
    </message>
    <message>
        <source>The series of the listed task executions could not be read from the database: %1</source>
        <translation>The series of the listed task executions could not be read from the database: %1</translation>
    </message>
    <message>
        <source>Task execution %1: its series could not be learned (%2); no series is taken as deleted this time.</source>
        <translation>Task execution %1: its series could not be learned (%2); no series is taken as deleted this time.</translation>
    </message>
    <message>
        <source>the list does not say which series its items belong to</source>
        <translation>the list does not say which series its items belong to</translation>
    </message>
    <message>
        <source>Not deleted yet: %1 — its create may have reached the server; the next sync looks for it again.</source>
        <translation>Not deleted yet: %1 — its create may have reached the server; the next sync looks for it again.</translation>
    </message>
    <message>
        <source>Deleted: %1 (its create never reached the server)</source>
        <translation>Deleted: %1 (its create never reached the server)</translation>
    </message>
    <message numerus="yes">
        <source>Received %n more new series, not named one by one.</source>
        <translation>
            <numerusform>Received %n more new series, not named one by one.</numerusform>
            <numerusform>Received %n more new series, not named one by one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 — the listing did not show it and it could not be read; it is sent next time.</source>
        <translation>Not sent: %1 — the listing did not show it and it could not be read; it is sent next time.</translation>
    </message>
    <message>
        <source>Listed on no page, but still on the server: %1</source>
        <translation>Listed on no page, but still on the server: %1</translation>
    </message>
</context>
<context>
    <name>TaskSeriesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>In order</translation>
    </message>
    <message>
        <source>Strict time</source>
        <translation>Strict time</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Assignees</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Code not known to this version; kept as it is.</source>
        <translation>Code not known to this version; kept as it is.</translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Site mode</source>
        <translation>Site mode</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Assignees</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Steps in order</source>
        <translation>Steps in order</translation>
    </message>
    <message>
        <source>Strict time</source>
        <translation>Strict time</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>Recurrence rule</translation>
    </message>
    <message>
        <source>Recurrence exceptions</source>
        <translation>Recurrence exceptions</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Order of steps</source>
        <translation>Order of steps</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>checkpoint</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>Step “%1”</translation>
    </message>
    <message>
        <source>Step “%1”: %2</source>
        <translation>Step “%1”: %2</translation>
    </message>
    <message>
        <source>Step “%1”: order of actions</source>
        <translation>Step “%1”: order of actions</translation>
    </message>
    <message>
        <source>Step “%1”, action “%2”</source>
        <translation>Step “%1”, action “%2”</translation>
    </message>
    <message>
        <source>Step “%1”, action “%2”: %3</source>
        <translation>Step “%1”, action “%2”: %3</translation>
    </message>
    <message>
        <source>Action “%1”: step</source>
        <translation>Action “%1”: step</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Deleted here, changed on the server</translation>
    </message>
    <message>
        <source>Deleted on the server, changed here</source>
        <translation>Deleted on the server, changed here</translation>
    </message>
</context>
<context>
    <name>TransferDocument</name>
    <message>
        <source>The file is not valid JSON: %1 (line %2, offset %3).</source>
        <translation>The file is not valid JSON: %1 (line %2, offset %3).</translation>
    </message>
    <message>
        <source>The file must hold a JSON object with &quot;svctasks&quot; and/or &quot;series&quot; lists.</source>
        <translation>The file must hold a JSON object with &quot;svctasks&quot; and/or &quot;series&quot; lists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>&quot;%1&quot; must be a list of records.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot;: the same id appears earlier in the file.</source>
        <translation>%1: field &quot;id&quot;: the same id appears earlier in the file.</translation>
    </message>
    <message>
        <source>%1: field &quot;seriesId&quot;: the same id appears earlier in the file.</source>
        <translation>%1: field &quot;seriesId&quot;: the same id appears earlier in the file.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice at the top level of the file (line %2). Which one is meant is unclear: remove one of them.</source>
        <translation>The key &quot;%1&quot; appears twice at the top level of the file (line %2). Which one is meant is unclear: remove one of them.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in %2 (line %3). Which one is meant is unclear: remove one of them.</source>
        <translation>The key &quot;%1&quot; appears twice in %2 (line %3). Which one is meant is unclear: remove one of them.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: the id %3 is already used by a step or action of %4.</source>
        <translation>%1: field &quot;%2&quot;: the id %3 is already used by a step or action of %4.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Undo “%1”</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Redo “%1”</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Taskdesk user guide</source>
        <translation>Taskdesk user guide</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Taskdesk in short&lt;/h2&gt;&lt;p&gt;Taskdesk edits ERA service tasks and TARGPatrol task series on this computer and syncs them with their servers. Everything is saved as you edit; nothing reaches a server before you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taskdesk in short&lt;/h2&gt;&lt;p&gt;Taskdesk edits ERA service tasks and TARGPatrol task series on this computer and syncs them with their servers. Everything is saved as you edit; nothing reaches a server before you sync.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The window&lt;/h3&gt;&lt;p&gt;Pick &lt;b&gt;Service tasks&lt;/b&gt; or &lt;b&gt;Task series&lt;/b&gt; on the left. The table lists the records; the form beside it shows the selected one, in groups. Right-click a column header to show or hide columns; drag a header to move its column. The name always stays first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The window&lt;/h3&gt;&lt;p&gt;Pick &lt;b&gt;Service tasks&lt;/b&gt; or &lt;b&gt;Task series&lt;/b&gt; on the left. The table lists the records; the form beside it shows the selected one, in groups. Right-click a column header to show or hide columns; drag a header to move its column. The name always stays first.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Editing&lt;/h3&gt;&lt;p&gt;Edit in the form or straight in a cell (Enter or F2). Every change can be undone with Ctrl+Z. A record with problems is kept as a draft and is not sent until fixed; the form says what to fix. Site mode and schedule list the known codes; the list modes enable &lt;b&gt;Sites&lt;/b&gt;, the individual schedule enables &lt;b&gt;Periods&lt;/b&gt;. Any other code you type is kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Editing&lt;/h3&gt;&lt;p&gt;Edit in the form or straight in a cell (Enter or F2). Every change can be undone with Ctrl+Z. A record with problems is kept as a draft and is not sent until fixed; the form says what to fix. Site mode and schedule list the known codes; the list modes enable &lt;b&gt;Sites&lt;/b&gt;, the individual schedule enables &lt;b&gt;Periods&lt;/b&gt;. Any other code you type is kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sync&lt;/h3&gt;&lt;p&gt;Set the servers once in Sync ▸ Sync settings, then press F5. The sync panel shows what happens and whether the sync finished, failed or was cancelled. Records changed here and on the server are conflicts: Sync ▸ Resolve conflicts decides field by field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sync&lt;/h3&gt;&lt;p&gt;Set the servers once in Sync ▸ Sync settings, then press F5. The sync panel shows what happens and whether the sync finished, failed or was cancelled. Records changed here and on the server are conflicts: Sync ▸ Resolve conflicts decides field by field.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Databases&lt;/h3&gt;&lt;p&gt;File ▸ Open database opens another database in a window of its own; File ▸ Recent databases lists the last ones. Import and Export move records as JSON files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Databases&lt;/h3&gt;&lt;p&gt;File ▸ Open database opens another database in a window of its own; File ▸ Recent databases lists the last ones. Import and Export move records as JSON files.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;p&gt;F6 and Shift+F6 move between the navigation, the table and the form. Ctrl+F searches, Esc clears the search. In a date field F4 or Alt+Down opens the calendar: the arrows move the day, Enter picks it, Esc closes the calendar and keeps the date as it was. Help ▸ Keyboard shortcuts lists the keys of the menus.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;p&gt;F6 and Shift+F6 move between the navigation, the table and the form. Ctrl+F searches, Esc clears the search. In a date field F4 or Alt+Down opens the calendar: the arrows move the day, Enter picks it, Esc closes the calendar and keeps the date as it was. Help ▸ Keyboard shortcuts lists the keys of the menus.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UtcDateTimeEdit</name>
    <message>
        <source>Date and time (local time)</source>
        <translation>Date and time (local time)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Leave the date empty</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>A regular task needs an interval greater than zero.</source>
        <translation>A regular task needs an interval greater than zero.</translation>
    </message>
    <message>
        <source>The interval must not be negative.</source>
        <translation>The interval must not be negative.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>The end must not be before the start.</translation>
    </message>
    <message>
        <source>This site mode runs on listed sites: list at least one site.</source>
        <translation>This site mode runs on listed sites: list at least one site.</translation>
    </message>
    <message>
        <source>Choose a site mode.</source>
        <translation>Choose a site mode.</translation>
    </message>
    <message>
        <source>Choose a schedule.</source>
        <translation>Choose a schedule.</translation>
    </message>
    <message>
        <source>Set a start time.</source>
        <translation>Set a start time.</translation>
    </message>
    <message>
        <source>Set an end time.</source>
        <translation>Set an end time.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Choose a priority.</translation>
    </message>
    <message>
        <source>The location id must be a UUID, e.g. 03864752-f177-47ff-b0a1-99d75b02d954.</source>
        <translation>The location id must be a UUID, e.g. 03864752-f177-47ff-b0a1-99d75b02d954.</translation>
    </message>
    <message>
        <source>Assignee %1 is not a UUID: &quot;%2&quot;.</source>
        <translation>Assignee %1 is not a UUID: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Step %1 needs a name.</source>
        <translation>Step %1 needs a name.</translation>
    </message>
    <message>
        <source>The checkpoint id of step %1 must be a UUID.</source>
        <translation>The checkpoint id of step %1 must be a UUID.</translation>
    </message>
    <message>
        <source>Action %1 of step %2 needs a name.</source>
        <translation>Action %1 of step %2 needs a name.</translation>
    </message>
    <message>
        <source>Action %1 of step %2 needs a type.</source>
        <translation>Action %1 of step %2 needs a type.</translation>
    </message>
    <message>
        <source>Action %1 of step %2: the minimum (%3) is greater than the maximum (%4).</source>
        <translation>Action %1 of step %2: the minimum (%3) is greater than the maximum (%4).</translation>
    </message>
    <message>
        <source>The id must be a UUID, e.g. 380daae6-016c-cdd4-606e-50e54938780c.</source>
        <translation>The id must be a UUID, e.g. 380daae6-016c-cdd4-606e-50e54938780c.</translation>
    </message>
    <message>
        <source>The series id must be a UUID, e.g. 475c2d64-b564-4f17-9833-ac3793ee43b4.</source>
        <translation>The series id must be a UUID, e.g. 475c2d64-b564-4f17-9833-ac3793ee43b4.</translation>
    </message>
    <message>
        <source>The id (seriesId) of step %1 must be a UUID.</source>
        <translation>The id (seriesId) of step %1 must be a UUID.</translation>
    </message>
    <message>
        <source>The id (seriesId) of action %1 of step %2 must be a UUID.</source>
        <translation>The id (seriesId) of action %1 of step %2 must be a UUID.</translation>
    </message>
    <message>
        <source>Step %1 has the same id as an earlier step or action of this series: %2.</source>
        <translation>Step %1 has the same id as an earlier step or action of this series: %2.</translation>
    </message>
    <message>
        <source>Action %1 of step %2 has the same id as an earlier step or action of this series: %3.</source>
        <translation>Action %1 of step %2 has the same id as an earlier step or action of this series: %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is too long: %2 characters; at most %3 are allowed.</source>
        <translation>Field &quot;%1&quot; is too long: %2 characters; at most %3 are allowed.</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>This database has no records yet</source>
        <translation>This database has no records yet</translation>
    </message>
    <message>
        <source>Get service tasks and task series in one of these ways:</source>
        <translation>Get service tasks and task series in one of these ways:</translation>
    </message>
    <message>
        <source>Set up sync with a server…</source>
        <translation>Set up sync with a server…</translation>
    </message>
    <message>
        <source>Enter the address of your ERA or TARGPatrol server and your token; the records come from the server with the first sync (F5).</source>
        <translation>Enter the address of your ERA or TARGPatrol server and your token; the records come from the server with the first sync (F5).</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Load service tasks and series from a JSON document exported by Taskdesk or made by a script.</source>
        <translation>Load service tasks and series from a JSON document exported by Taskdesk or made by a script.</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>Open the sample data</translation>
    </message>
    <message>
        <source>Try Taskdesk on example records in a separate database of their own; this database stays as it is.</source>
        <translation>Try Taskdesk on example records in a separate database of their own; this database stays as it is.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &quot;taskdesk --help&quot; for the options.</source>
        <translation>Run &quot;taskdesk --help&quot; for the options.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
</TS>
