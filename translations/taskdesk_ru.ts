<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CommandLine</name>
    <message>
        <source>Taskdesk edits ERA service tasks and TARGPatrol task series in a local database and syncs them with their servers.</source>
        <translation>Taskdesk редактирует служебные задачи ERA и серии задач TARGPatrol в локальной базе данных и синхронизирует их с серверами.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Use the local database FILE instead of the default one.</source>
        <translation>Использовать локальную базу данных ФАЙЛ вместо базы по умолчанию.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Use the language LANG (ru or en) instead of the system's.</source>
        <translation>Использовать язык ЯЗЫК (ru или en) вместо системного.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>Import the JSON document FILE into the database and exit (all or nothing).</source>
        <translation>Импортировать JSON-документ ФАЙЛ в базу данных и выйти (всё или ничего).</translation>
    </message>
    <message>
        <source>Export every record of the database to the JSON document FILE and exit.</source>
        <translation>Экспортировать все записи базы данных в JSON-документ ФАЙЛ и выйти.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>Для --database нужно имя файла.</translation>
    </message>
    <message>
        <source>--import and --export cannot be used together.</source>
        <translation>--import и --export нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>--import and --export need a file name.</source>
        <translation>Для --import и --export нужно имя файла.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>"%1" is a folder, not a database file.</source>
        <translation>«%1» — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" is not a Taskdesk database (not an SQLite file).</source>
        <translation>«%1» — не база данных Taskdesk (это не файл SQLite).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Нет драйвера SQLite для Qt (установите libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" was created by a newer version of Taskdesk (schema %2; this version understands up to %3). Open it with a newer Taskdesk; it has not been changed.</source>
        <translation>«%1» создана более новой версией Taskdesk (схема %2; эта версия понимает схемы до %3). Откройте её в более новой версии Taskdesk; файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot switch "%1" to write-ahead logging: %2</source>
        <translation>Не удалось включить журнал упреждающей записи (WAL) для «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot configure "%1": %2</source>
        <translation>Не удалось настроить «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot update the database "%1" to this version: %2</source>
        <translation>Не удалось обновить базу данных «%1» до этой версии: %2</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>"%1" is a folder, not a file.</source>
        <translation>«%1» — это папка, а не файл.</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Не удалось записать в базу данных: %1</translation>
    </message>
    <message>
        <source>svctasks[%1]: cannot be stored: %2</source>
        <translation>svctasks[%1]: не удалось сохранить: %2</translation>
    </message>
    <message>
        <source>series[%1]: cannot be stored: %2</source>
        <translation>series[%1]: не удалось сохранить: %2</translation>
    </message>
</context>
<context>
    <name>EnumCatalog</name>
    <message>
        <source>Run on all sites serving the domain</source>
        <translation>Запуск на всех сайтах, обслуживающих домен</translation>
    </message>
    <message>
        <source>Run on the first site serving the domain</source>
        <translation>Запуск на первом сайте, обслуживающем домен</translation>
    </message>
    <message>
        <source>May always start</source>
        <translation>Запуск в любое время</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Только в рабочее время</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Да/нет</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>Import failed; the database was not changed.</source>
        <translation>Импорт не выполнен: база данных не изменена.</translation>
    </message>
    <message>
        <source>Imported %1 service task(s) (%2 new, %3 replaced) and %4 series (%5 new, %6 replaced) into %7.</source>
        <translation>Импортировано служебных задач: %1 (новых: %2, заменено: %3) и серий: %4 (новых: %5, заменено: %6) в %7.</translation>
    </message>
    <message>
        <source>Exported %1 service task(s) and %2 series to %3.</source>
        <translation>Экспортировано служебных задач: %1 и серий: %2 в %3.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>expected text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>expected text or null</source>
        <translation>ожидается текст или null</translation>
    </message>
    <message>
        <source>expected 0 or 1</source>
        <translation>ожидается 0 или 1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>ожидается список строк</translation>
    </message>
    <message>
        <source>expected a date and time such as 2019-02-20T08:00:00Z</source>
        <translation>ожидаются дата и время, например 2019-02-20T08:00:00Z</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ожидается список</translation>
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
        <translation>Локальная база данных, с которой работает это окно</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import service tasks and series from a JSON file</source>
        <translation>Импортировать служебные задачи и серии из файла JSON</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export everything in this database to a JSON file</source>
        <translation>Экспортировать всё содержимое базы данных в файл JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Taskdesk</source>
        <translation>&amp;О программе Taskdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Service tasks</source>
        <translation>Служебные задачи</translation>
    </message>
    <message>
        <source>Task series</source>
        <translation>Серии задач</translation>
    </message>
    <message>
        <source>Service tasks: %1 · Task series: %2</source>
        <translation>Служебные задачи: %1 · Серии задач: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service task(s) in this database.</source>
        <translation><numerusform>%n служебная задача в этой базе данных.</numerusform><numerusform>%n служебные задачи в этой базе данных.</numerusform><numerusform>%n служебных задач в этой базе данных.</numerusform></translation>
    </message>
    <message>
        <source>Use File → Import to bring records in from a JSON file.</source>
        <translation>Чтобы загрузить записи из файла JSON, выберите Файл → Импорт.</translation>
    </message>
    <message numerus="yes">
        <source>%n task series in this database.</source>
        <translation><numerusform>%n серия задач в этой базе данных.</numerusform><numerusform>%n серии задач в этой базе данных.</numerusform><numerusform>%n серий задач в этой базе данных.</numerusform></translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported "%1".</source>
        <translation>Импортирован «%1».</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>Nothing was imported from "%1": fix the file and try again.</source>
        <translation>Из «%1» ничего не импортировано: исправьте файл и повторите.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exported to "%1".</source>
        <translation>Экспортировано в «%1».</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <source>About Taskdesk</source>
        <translation>О программе Taskdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Taskdesk %1&lt;/h3&gt;&lt;p&gt;Edit ERA service tasks and TARGPatrol task series offline, and sync them with their servers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Taskdesk %1&lt;/h3&gt;&lt;p&gt;Редактирование служебных задач ERA и серий задач TARGPatrol без подключения к сети и синхронизация с их серверами.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ServiceTaskCodec</name>
    <message>
        <source>expected a service task object</source>
        <translation>ожидается объект служебной задачи</translation>
    </message>
    <message>
        <source>expected a site name</source>
        <translation>ожидается имя сайта</translation>
    </message>
    <message>
        <source>expected a list of sites or a comma-separated text</source>
        <translation>ожидается список сайтов или текст через запятую</translation>
    </message>
</context>
<context>
    <name>ServiceTaskStore</name>
    <message>
        <source>The service task no longer exists.</source>
        <translation>Служебная задача больше не существует.</translation>
    </message>
    <message>
        <source>The id of a service task cannot be changed.</source>
        <translation>Идентификатор служебной задачи изменить нельзя.</translation>
    </message>
</context>
<context>
    <name>SyncStates</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизирована</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>TaskSeriesCodec</name>
    <message>
        <source>expected a series object</source>
        <translation>ожидается объект серии</translation>
    </message>
    <message>
        <source>expected a step object</source>
        <translation>ожидается объект шага</translation>
    </message>
    <message>
        <source>expected an action object</source>
        <translation>ожидается объект действия</translation>
    </message>
</context>
<context>
    <name>TaskSeriesStore</name>
    <message>
        <source>The series no longer exists.</source>
        <translation>Серия больше не существует.</translation>
    </message>
</context>
<context>
    <name>TransferDocument</name>
    <message>
        <source>The file is not valid JSON: %1 (line %2, offset %3).</source>
        <translation>Файл не является корректным JSON: %1 (строка %2, позиция %3).</translation>
    </message>
    <message>
        <source>The file must hold a JSON object with "svctasks" and/or "series" lists.</source>
        <translation>Файл должен содержать JSON-объект со списками «svctasks» и/или «series».</translation>
    </message>
    <message>
        <source>"%1" must be a list of records.</source>
        <translation>«%1» должен быть списком записей.</translation>
    </message>
    <message>
        <source>%1: field "%2": %3</source>
        <translation>%1: поле «%2»: %3</translation>
    </message>
    <message>
        <source>%1: field "id": the same id appears earlier in the file.</source>
        <translation>%1: поле «id»: такой же идентификатор уже встречался в файле.</translation>
    </message>
    <message>
        <source>%1: field "seriesId": the same id appears earlier in the file.</source>
        <translation>%1: поле «seriesId»: такой же идентификатор уже встречался в файле.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The name must not be empty.</source>
        <translation>Название не может быть пустым.</translation>
    </message>
    <message>
        <source>A regular task needs an interval greater than zero.</source>
        <translation>Для регулярной задачи интервал должен быть больше нуля.</translation>
    </message>
    <message>
        <source>The interval must not be negative.</source>
        <translation>Интервал не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>Окончание не может быть раньше начала.</translation>
    </message>
    <message>
        <source>This site mode runs on listed sites: list at least one site.</source>
        <translation>В этом режиме задача запускается на перечисленных сайтах: укажите хотя бы один сайт.</translation>
    </message>
    <message>
        <source>Choose a site mode.</source>
        <translation>Выберите режим сайтов.</translation>
    </message>
    <message>
        <source>Choose a schedule.</source>
        <translation>Выберите расписание.</translation>
    </message>
    <message>
        <source>Set a start time.</source>
        <translation>Укажите время начала.</translation>
    </message>
    <message>
        <source>Set an end time.</source>
        <translation>Укажите время окончания.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Выберите приоритет.</translation>
    </message>
    <message>
        <source>The location id must be a UUID, e.g. 03864752-f177-47ff-b0a1-99d75b02d954.</source>
        <translation>Идентификатор места должен быть UUID, например 03864752-f177-47ff-b0a1-99d75b02d954.</translation>
    </message>
    <message>
        <source>Assignee %1 is not a UUID: "%2".</source>
        <translation>Исполнитель %1 — не UUID: «%2».</translation>
    </message>
    <message>
        <source>Step %1 needs a name.</source>
        <translation>У шага %1 должно быть название.</translation>
    </message>
    <message>
        <source>The checkpoint id of step %1 must be a UUID.</source>
        <translation>Идентификатор точки шага %1 должен быть UUID.</translation>
    </message>
    <message>
        <source>Action %1 of step %2 needs a name.</source>
        <translation>У действия %1 шага %2 должно быть название.</translation>
    </message>
    <message>
        <source>Action %1 of step %2 needs a type.</source>
        <translation>У действия %1 шага %2 должен быть тип.</translation>
    </message>
    <message>
        <source>Action %1 of step %2: the minimum (%3) is greater than the maximum (%4).</source>
        <translation>Действие %1 шага %2: минимум (%3) больше максимума (%4).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run "taskdesk --help" for the options.</source>
        <translation>Параметры: «taskdesk --help».</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
</context>
</TS>
