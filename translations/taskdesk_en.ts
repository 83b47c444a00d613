<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Use the language LANG (ru or en) instead of the system's.</source>
        <translation>Use the language LANG (ru or en) instead of the system's.</translation>
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
        <source>Unknown language "%1": use ru or en.</source>
        <translation>Unknown language "%1": use ru or en.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database needs a file name.</translation>
    </message>
    <message>
        <source>--import and --export cannot be used together.</source>
        <translation>--import and --export cannot be used together.</translation>
    </message>
    <message>
        <source>--import and --export need a file name.</source>
        <translation>--import and --export need a file name.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>"%1" is a folder, not a database file.</source>
        <translation>"%1" is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation>Cannot create the folder "%1".</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>Cannot read "%1": %2</translation>
    </message>
    <message>
        <source>"%1" is not a Taskdesk database (not an SQLite file).</source>
        <translation>"%1" is not a Taskdesk database (not an SQLite file).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>Cannot open "%1": %2</translation>
    </message>
    <message>
        <source>"%1" was created by a newer version of Taskdesk (schema %2; this version understands up to %3). Open it with a newer Taskdesk; it has not been changed.</source>
        <translation>"%1" was created by a newer version of Taskdesk (schema %2; this version understands up to %3). Open it with a newer Taskdesk; it has not been changed.</translation>
    </message>
    <message>
        <source>Cannot switch "%1" to write-ahead logging: %2</source>
        <translation>Cannot switch "%1" to write-ahead logging: %2</translation>
    </message>
    <message>
        <source>Cannot configure "%1": %2</source>
        <translation>Cannot configure "%1": %2</translation>
    </message>
    <message>
        <source>Cannot update the database "%1" to this version: %2</source>
        <translation>Cannot update the database "%1" to this version: %2</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Cannot write "%1": %2</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>"%1" is a folder, not a file.</source>
        <translation>"%1" is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>Cannot open "%1": %2</translation>
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
    <message numerus="yes">
        <source>%n service task(s) in this database.</source>
        <translation><numerusform>%n service task in this database.</numerusform><numerusform>%n service tasks in this database.</numerusform></translation>
    </message>
    <message>
        <source>Use File → Import to bring records in from a JSON file.</source>
        <translation>Use File → Import to bring records in from a JSON file.</translation>
    </message>
    <message numerus="yes">
        <source>%n task series in this database.</source>
        <translation><numerusform>%n task series in this database.</numerusform><numerusform>%n task series in this database.</numerusform></translation>
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
        <source>Imported "%1".</source>
        <translation>Imported "%1".</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Nothing was imported from "%1": fix the file and try again.</source>
        <translation>Nothing was imported from "%1": fix the file and try again.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported to "%1".</source>
        <translation>Exported to "%1".</translation>
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
    <name>TaskSeriesStore</name>
    <message>
        <source>The series no longer exists.</source>
        <translation>The series no longer exists.</translation>
    </message>
</context>
<context>
    <name>TransferDocument</name>
    <message>
        <source>The file is not valid JSON: %1 (line %2, offset %3).</source>
        <translation>The file is not valid JSON: %1 (line %2, offset %3).</translation>
    </message>
    <message>
        <source>The file must hold a JSON object with "svctasks" and/or "series" lists.</source>
        <translation>The file must hold a JSON object with "svctasks" and/or "series" lists.</translation>
    </message>
    <message>
        <source>"%1" must be a list of records.</source>
        <translation>"%1" must be a list of records.</translation>
    </message>
    <message>
        <source>%1: field "%2": %3</source>
        <translation>%1: field "%2": %3</translation>
    </message>
    <message>
        <source>%1: field "id": the same id appears earlier in the file.</source>
        <translation>%1: field "id": the same id appears earlier in the file.</translation>
    </message>
    <message>
        <source>%1: field "seriesId": the same id appears earlier in the file.</source>
        <translation>%1: field "seriesId": the same id appears earlier in the file.</translation>
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
        <source>Assignee %1 is not a UUID: "%2".</source>
        <translation>Assignee %1 is not a UUID: "%2".</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Run "taskdesk --help" for the options.</source>
        <translation>Run "taskdesk --help" for the options.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
</TS>
