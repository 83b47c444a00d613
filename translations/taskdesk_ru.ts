<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CodeComboBox</name>
    <message>
        <source>Pick a known code or type another one; an unknown code is kept as typed.</source>
        <translation>Выберите известный код или введите другой; неизвестный код сохраняется как введён.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>&amp;Default columns</source>
        <translation>&amp;Столбцы по умолчанию</translation>
    </message>
</context>
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
        <source>Use the language LANG (ru or en) instead of the system&apos;s.</source>
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
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>Для --database нужно имя файла.</translation>
    </message>
    <message>
        <source>--import and --export need a file name.</source>
        <translation>Для --import и --export нужно имя файла.</translation>
    </message>
    <message>
        <source>Sync the database with the servers once and exit. Exit code: 0 all synced, 1 some records failed, 2 conflicts wait for you, 3 no server or credentials refused.</source>
        <translation>Синхронизировать базу данных с серверами один раз и выйти. Код выхода: 0 — всё синхронизировано, 1 — часть записей не синхронизирована, 2 — есть конфликты, требующие решения, 3 — нет сервера или учётные данные отклонены.</translation>
    </message>
    <message>
        <source>With --sync: the ERA server&apos;s base URL.</source>
        <translation>Вместе с --sync: базовый URL сервера ERA.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --sync: the TARGPatrol server&apos;s base URL.</source>
        <translation>Вместе с --sync: базовый URL сервера TARGPatrol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>«%1» — не адрес http:// или https://.</translation>
    </message>
    <message>
        <source>--sync needs --era-url and/or --patrol-url.</source>
        <translation>Для --sync нужен --era-url и/или --patrol-url.</translation>
    </message>
    <message>
        <source>--era-url and --patrol-url go with --sync.</source>
        <translation>--era-url и --patrol-url используются только вместе с --sync.</translation>
    </message>
    <message>
        <source>List what the next sync would send (and what it would not, with why), from the database alone, and exit.</source>
        <translation>Показать, что отправит следующая синхронизация (и что не отправит, с причиной), только по базе данных, и выйти.</translation>
    </message>
    <message>
        <source>With --status: print JSON for scripts.</source>
        <translation>С --status: вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>Use only one of --import, --export, --sync and --status.</source>
        <translation>Укажите только одно из --import, --export, --sync и --status.</translation>
    </message>
    <message>
        <source>--json goes with --status.</source>
        <translation>--json указывается вместе с --status.</translation>
    </message>
    <message>
        <source>With --sync: only show what the sync would do (reads from the servers, sends no change, leaves the database as it is). Same exit codes.</source>
        <translation>С --sync: только показать, что сделает синхронизация (читает с серверов, не отправляет изменений, не меняет базу данных). Коды выхода те же.</translation>
    </message>
    <message>
        <source>--dry-run goes with --sync.</source>
        <translation>--dry-run используется вместе с --sync.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation>Разрешение конфликтов</translation>
    </message>
    <message>
        <source>These records were changed here and on the server. For each field, keep your value, take the server&apos;s, or edit it; then apply. Nothing is sent until the next sync.</source>
        <translation>Эти записи изменены и здесь, и на сервере. Для каждого поля оставьте своё значение, возьмите значение с сервера или измените его, затем примените. До следующей синхронизации ничего не отправляется.</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Записи с конфликтами</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>С сервера</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Keep your value for the selected fields</source>
        <translation>Оставить ваше значение в выбранных полях</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Взять с &amp;сервера</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for the selected fields</source>
        <translation>Взять значение с сервера в выбранных полях</translation>
    </message>
    <message>
        <source>&amp;Edit value</source>
        <translation>&amp;Изменить значение</translation>
    </message>
    <message>
        <source>Type a value of your own for the selected field</source>
        <translation>Ввести собственное значение для выбранного поля</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>Оставить &amp;всё моё</translation>
    </message>
    <message>
        <source>Keep your values for every field of this record</source>
        <translation>Оставить ваши значения во всех полях этой записи</translation>
    </message>
    <message>
        <source>Take all t&amp;heirs</source>
        <translation>Взять всё с се&amp;рвера</translation>
    </message>
    <message>
        <source>Take the server&apos;s values for every field of this record</source>
        <translation>Взять значения с сервера во всех полях этой записи</translation>
    </message>
    <message>
        <source>A&amp;pply to this record</source>
        <translation>&amp;Применить к этой записи</translation>
    </message>
    <message>
        <source>Keep mine in all records</source>
        <translation>Оставить моё во всех записях</translation>
    </message>
    <message>
        <source>Take theirs in all records</source>
        <translation>Взять с сервера во всех записях</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>No record is in conflict.</source>
        <translation>Конфликтующих записей нет.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>the record “%1”</source>
        <translation>запись «%1»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Разрешать нечего.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять с сервера</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>“%1” is not a value for %2: write a number, true or false, null, or JSON such as [&quot;A&quot;, &quot;B&quot;].</source>
        <translation>%2: «%1» — недопустимое значение; введите число, true или false, null или JSON, например [&quot;A&quot;, &quot;B&quot;].</translation>
    </message>
    <message>
        <source>“%1” is resolved. No conflict is left; the next sync sends the result.</source>
        <translation>Конфликт в «%1» разрешён. Конфликтов больше нет; результат будет отправлен при следующей синхронизации.</translation>
    </message>
    <message>
        <source>“%1” is resolved.</source>
        <translation>Конфликт в «%1» разрешён.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) resolved.</source>
        <translation>
            <numerusform>%n запись разрешена.</numerusform>
            <numerusform>%n записи разрешены.</numerusform>
            <numerusform>%n записей разрешено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) resolved; these could not be:</source>
        <translation>
            <numerusform>%n запись разрешена; не удалось разрешить:</numerusform>
            <numerusform>%n записи разрешены; не удалось разрешить:</numerusform>
            <numerusform>%n записей разрешено; не удалось разрешить:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep your values in all %n record(s) in conflict?</source>
        <translation>
            <numerusform>Оставить ваши значения в %n конфликтующей записи?</numerusform>
            <numerusform>Оставить ваши значения во всех %n конфликтующих записях?</numerusform>
            <numerusform>Оставить ваши значения во всех %n конфликтующих записях?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the server&apos;s values in all %n record(s) in conflict? Your conflicting changes are lost.</source>
        <translation>
            <numerusform>Взять значения с сервера в %n конфликтующей записи? Ваши конфликтующие изменения будут потеряны.</numerusform>
            <numerusform>Взять значения с сервера во всех %n конфликтующих записях? Ваши конфликтующие изменения будут потеряны.</numerusform>
            <numerusform>Взять значения с сервера во всех %n конфликтующих записях? Ваши конфликтующие изменения будут потеряны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve all conflicts</source>
        <translation>Разрешение всех конфликтов</translation>
    </message>
    <message numerus="yes">
        <source>Edited values of %n record(s) are not applied yet. Close and drop them?</source>
        <translation>
            <numerusform>Изменённые значения %n записи ещё не применены. Закрыть и отбросить их?</numerusform>
            <numerusform>Изменённые значения %n записей ещё не применены. Закрыть и отбросить их?</numerusform>
            <numerusform>Изменённые значения %n записей ещё не применены. Закрыть и отбросить их?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is resolved. No conflict is left; it matches the server now, so there is nothing to send.</source>
        <translation>Конфликт в «%1» разрешён. Конфликтов больше нет; запись совпадает с сервером, отправлять нечего.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>The result cannot be used: %1</source>
        <translation>Результат нельзя использовать: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>сертификат сервера не является доверенным: %1</translation>
    </message>
    <message>
        <source>refused the token (%1)</source>
        <translation>токен отклонён (%1)</translation>
    </message>
    <message>
        <source>cannot reach: %1</source>
        <translation>нет связи: %1</translation>
    </message>
    <message>
        <source>answered with an error: %1</source>
        <translation>ответил ошибкой: %1</translation>
    </message>
    <message>
        <source>answered, but not with a list: is this the right address?</source>
        <translation>ответил, но не списком: это правильный адрес?</translation>
    </message>
    <message>
        <source>ERA: %1</source>
        <translation>ERA: %1</translation>
    </message>
    <message numerus="yes">
        <source>ERA: connected (%n service task(s) listed)</source>
        <translation>
            <numerusform>ERA: подключено (в списке %n служебная задача)</numerusform>
            <numerusform>ERA: подключено (в списке %n служебные задачи)</numerusform>
            <numerusform>ERA: подключено (в списке %n служебных задач)</numerusform>
        </translation>
    </message>
    <message>
        <source>TARGPatrol: %1</source>
        <translation>TARGPatrol: %1</translation>
    </message>
    <message numerus="yes">
        <source>TARGPatrol: connected (%n task execution(s) listed)</source>
        <translation>
            <numerusform>TARGPatrol: подключено (в списке %n выполнение задачи)</numerusform>
            <numerusform>TARGPatrol: подключено (в списке %n выполнения задач)</numerusform>
            <numerusform>TARGPatrol: подключено (в списке %n выполнений задач)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>«%1» — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Taskdesk database (not an SQLite file).</source>
        <translation>«%1» — не база данных Taskdesk (это не файл SQLite).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Нет драйвера SQLite для Qt (установите libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created by a newer version of Taskdesk (schema %2; this version understands up to %3). Open it with a newer Taskdesk; it has not been changed.</source>
        <translation>«%1» создана более новой версией Taskdesk (схема %2; эта версия понимает схемы до %3). Откройте её в более новой версии Taskdesk; файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot switch &quot;%1&quot; to write-ahead logging: %2</source>
        <translation>Не удалось включить журнал упреждающей записи (WAL) для «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot configure &quot;%1&quot;: %2</source>
        <translation>Не удалось настроить «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot update the database &quot;%1&quot; to this version: %2</source>
        <translation>Не удалось обновить базу данных «%1» до этой версии: %2</translation>
    </message>
    <message>
        <source>Cannot repair the search index of &quot;%1&quot;: %2</source>
        <translation>Не удалось восстановить поисковый индекс базы данных «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>База данных «%1» не существует.</translation>
    </message>
</context>
<context>
    <name>DatabaseWindows</name>
    <message>
        <source>The sample data is still in use.</source>
        <translation>Пример данных ещё открыт и используется.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>«%1» — это папка, а не файл.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
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
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most an import may hold. Split it into several documents.</source>
        <translation>Документ больше %1 МБ — это наибольший размер для импорта. Разделите его на несколько документов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB, the most an import may hold. Split it into several documents.</source>
        <translation>«%1» больше %2 МБ — это наибольший размер для импорта. Разделите его на несколько документов.</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>No temporary folder for the preview: %1</source>
        <translation>Нет временной папки для предпросмотра: %1</translation>
    </message>
    <message>
        <source>The database could not be copied for the preview: %1</source>
        <translation>Не удалось скопировать базу данных для предпросмотра: %1</translation>
    </message>
    <message>
        <source>The copy of the database could not be opened: %1</source>
        <translation>Не удалось открыть копию базы данных: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing was sent or changed. From the servers: %1 new, %2 changed, %3 deleted there. To the servers: %4 to create, %5 to update, %6 to delete. Failed: %7, conflicts: %8, drafts not sent: %9.</source>
        <translation>Пробный запуск, ничего не отправлено и не изменено. С серверов: новых — %1, изменённых — %2, удалённых там — %3. На серверы: создать — %4, обновить — %5, удалить — %6. Ошибок — %7, конфликтов — %8, неотправленных черновиков — %9.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>d</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: days, as in &quot;2 d 3 h&quot;</extracomment>
        <translation>д</translation>
    </message>
    <message>
        <source>h</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: hours, as in &quot;1 h 30 min&quot;</extracomment>
        <translation>ч</translation>
    </message>
    <message>
        <source>min</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: minutes, as in &quot;1 h 30 min&quot;</extracomment>
        <translation>мин</translation>
    </message>
    <message>
        <source>s</source>
        <comment>duration unit</comment>
        <extracomment>Duration unit: seconds, as in &quot;45 s&quot;</extracomment>
        <translation>с</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>h</source>
        <extracomment>Suffix of the hours box in a duration editor</extracomment>
        <translation>ч</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Suffix of the minutes box in a duration editor</extracomment>
        <translation>мин</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>Suffix of the seconds box in a duration editor</extracomment>
        <translation>с</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds, or type e.g. 90m, 1 h 30 min, 01:30:00</source>
        <translation>Часы, минуты и секунды; можно ввести и текстом, например 90m, 1 ч 30 мин, 01:30:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration. Type e.g. 90m, 1 h 30 min or 01:30:00.</source>
        <translation>«%1» — не длительность. Введите, например, 90m, 1 ч 30 мин или 01:30:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: a duration is between 0 s and %2.</source>
        <translation>«%1» вне допустимого диапазона: длительность — от 0 с до %2.</translation>
    </message>
</context>
<context>
    <name>EmptyTableHint</name>
    <message>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
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
    <message>
        <source>Run on all listed sites serving the domain</source>
        <translation>Запуск на всех перечисленных сайтах, обслуживающих домен</translation>
    </message>
    <message>
        <source>Run on one of the listed sites serving the domain</source>
        <translation>Запуск на одном из перечисленных сайтов, обслуживающих домен</translation>
    </message>
    <message>
        <source>Individual: only during the periods below</source>
        <translation>Индивидуальное: только в периоды ниже</translation>
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
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>would send: %1</source>
        <translation>будет отправлено: %1</translation>
    </message>
    <message>
        <source>From the servers: %1 new, %2 changed, %3 deleted there. To the servers: %4 created, %5 updated, %6 deleted. Failed: %7, conflicts: %8, drafts not sent: %9.</source>
        <translation>Получено с серверов: новых — %1, изменённых — %2, удалённых на серверах — %3. Отправлено на серверы: создано — %4, обновлено — %5, удалено — %6. Ошибок — %7, конфликтов — %8, неотправленных черновиков — %9.</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>The versions this record had here, what changed between them, and restore</source>
        <translation>Версии этой записи здесь, что менялось между ними, и восстановление</translation>
    </message>
    <message>
        <source>The versions the current record had here, what changed between them, and restore</source>
        <translation>Версии текущей записи здесь, что менялось между ними, и восстановление</translation>
    </message>
</context>
<context>
    <name>HistorySubject</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Записи больше нет.</translation>
    </message>
    <message>
        <source>The record is deleted: undo the delete to restore a version.</source>
        <translation>Запись удалена: отмените удаление, чтобы восстановить версию.</translation>
    </message>
    <message>
        <source>The record is in conflict: resolve the conflict first (Sync ▸ Resolve conflicts).</source>
        <translation>Запись в конфликте: сначала разрешите конфликт (Синхронизация ▸ Разрешить конфликты).</translation>
    </message>
    <message>
        <source>This copy cannot be read: %1</source>
        <translation>Эту копию не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>Restore a version of “%1”</source>
        <translation>Восстановить версию «%1»</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Select a version to compare it with the copy now, or two versions (Ctrl+click) to compare them</source>
        <translation>Выберите версию, чтобы сравнить её с текущей копией, или две версии (Ctrl+щелчок), чтобы сравнить их между собой</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Make the selected version the record&apos;s copy: an edit like any other, undone with Ctrl+Z</source>
        <translation>Сделать выбранную версию копией записи: это обычная правка, она отменяется по Ctrl+Z</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не хранить</translation>
    </message>
    <message>
        <source>For every record of every database. A lower number drops the older versions at once.</source>
        <translation>Для каждой записи каждой базы. При уменьшении числа старые версии удаляются сразу.</translation>
    </message>
    <message>
        <source>&amp;Versions kept per record:</source>
        <translation>&amp;Хранить версий на запись:</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>История «%1»</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Записи больше нет.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Current copy</source>
        <translation>Текущая копия</translation>
    </message>
    <message>
        <source>Versions are not kept: set how many below.</source>
        <translation>Версии не хранятся: задайте их число ниже.</translation>
    </message>
    <message>
        <source>No versions yet: one is kept each time the record changes.</source>
        <translation>Версий пока нет: версия сохраняется при каждом изменении записи.</translation>
    </message>
    <message>
        <source>What changed from %1 to the copy now:</source>
        <translation>Что изменилось с %1 до текущей копии:</translation>
    </message>
    <message>
        <source>What changed from %1 to %2:</source>
        <translation>Что изменилось с %1 до %2:</translation>
    </message>
    <message>
        <source>Select a version to compare it with the copy now, or two versions to compare them.</source>
        <translation>Выберите версию, чтобы сравнить её с текущей копией, или две версии, чтобы сравнить их между собой.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
    <message>
        <source>Version restored. Undo (Ctrl+Z) takes it back.</source>
        <translation>Версия восстановлена. Отмена (Ctrl+Z) вернёт прежнее.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
</context>
<context>
    <name>HoldCommand</name>
    <message numerus="yes">
        <source>Hold %n record(s)</source>
        <translation>
            <numerusform>Задержать %n запись</numerusform>
            <numerusform>Задержать %n записи</numerusform>
            <numerusform>Задержать %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n record(s)</source>
        <translation>
            <numerusform>Снять задержку с %n записи</numerusform>
            <numerusform>Снять задержку с %n записей</numerusform>
            <numerusform>Снять задержку с %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>нет полного ответа за %n секунду</numerusform>
            <numerusform>нет полного ответа за %n секунды</numerusform>
            <numerusform>нет полного ответа за %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>answer larger than %1</source>
        <translation>ответ больше %1</translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, another origin; redirects to another origin are not followed, so the token is never sent there</source>
        <translation>сервер перенаправил %1 на %2 — это другой источник; по перенаправлениям на другой источник Taskdesk не переходит, поэтому токен туда не отправляется</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s); the last one from %1 to %2</source>
        <translation>
            <numerusform>больше %n перенаправления; последнее — с %1 на %2</numerusform>
            <numerusform>больше %n перенаправлений; последнее — с %1 на %2</numerusform>
            <numerusform>больше %n перенаправлений; последнее — с %1 на %2</numerusform>
        </translation>
    </message>
    <message>
        <source>compressed answer larger than %1 when inflated, or corrupt</source>
        <translation>сжатый ответ после распаковки больше %1 или повреждён</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>нет ответа за %n секунду</numerusform>
            <numerusform>нет ответа за %n секунды</numerusform>
            <numerusform>нет ответа за %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>сертификат сервера не является доверенным: %1</translation>
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
    <name>Keychain</name>
    <message>
        <source>turned off by TASKDESK_KEYCHAIN=none</source>
        <translation>отключена переменной TASKDESK_KEYCHAIN=none</translation>
    </message>
    <message numerus="yes">
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>системная связка ключей не ответила за %n секунду</numerusform>
            <numerusform>системная связка ключей не ответила за %n секунды</numerusform>
            <numerusform>системная связка ключей не ответила за %n секунд</numerusform>
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
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>некорректный JSON: %1 в байте %2</translation>
    </message>
    <message>
        <source>expected a JSON array, got %1</source>
        <translation>ожидался массив JSON, а пришло: %1</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>что-то иное</translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s) in one listing; the server seems to ignore &quot;offset&quot;</source>
        <translation>
            <numerusform>больше %n страницы в одном списке; похоже, сервер не учитывает «offset»</numerusform>
            <numerusform>больше %n страниц в одном списке; похоже, сервер не учитывает «offset»</numerusform>
            <numerusform>больше %n страниц в одном списке; похоже, сервер не учитывает «offset»</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 is %2, not an object: %3</source>
        <translation>элемент %1 — %2, а не объект: %3</translation>
    </message>
    <message>
        <source>item %1 has no string &quot;id&quot;: %2</source>
        <translation>у элемента %1 нет строкового «id»: %2</translation>
    </message>
    <message>
        <source>item %1 repeats id %2 of the same page</source>
        <translation>элемент %1 повторяет id %2 с той же страницы</translation>
    </message>
    <message>
        <source>page %1 repeats the previous page; the server seems to ignore &quot;offset&quot;</source>
        <translation>страница %1 повторяет предыдущую; похоже, сервер не учитывает «offset»</translation>
    </message>
    <message>
        <source>page %1 lists only ids listed before; the server seems to ignore &quot;offset&quot;</source>
        <translation>на странице %1 только уже полученные id; похоже, сервер не учитывает «offset»</translation>
    </message>
    <message numerus="yes">
        <source>more than %n record(s) in one listing</source>
        <translation>
            <numerusform>больше %n записи в одном списке</numerusform>
            <numerusform>больше %n записей в одном списке</numerusform>
            <numerusform>больше %n записей в одном списке</numerusform>
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
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>Nothing was imported from &quot;%1&quot;: fix the file and try again.</source>
        <translation>Из «%1» ничего не импортировано: исправьте файл и повторите.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot;.</source>
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
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Enable the selected service tasks</source>
        <translation>Включить выбранные служебные задачи</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>Вы&amp;ключить</translation>
    </message>
    <message>
        <source>Disable the selected service tasks</source>
        <translation>Выключить выбранные служебные задачи</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Quit Taskdesk</source>
        <translation>Выйти из Taskdesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Service tasks</source>
        <translation>&amp;Служебные задачи</translation>
    </message>
    <message>
        <source>Show the service tasks</source>
        <translation>Показать служебные задачи</translation>
    </message>
    <message>
        <source>&amp;Task series</source>
        <translation>Серии &amp;задач</translation>
    </message>
    <message>
        <source>Show the task series</source>
        <translation>Показать серии задач</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>показано: %1</translation>
    </message>
    <message>
        <source>Create a service task or a series</source>
        <translation>Создать служебную задачу или серию</translation>
    </message>
    <message>
        <source>Duplicate the selected records</source>
        <translation>Дублировать выбранные записи</translation>
    </message>
    <message>
        <source>Delete the selected records</source>
        <translation>Удалить выбранные записи</translation>
    </message>
    <message>
        <source>Search the records on show</source>
        <translation>Поиск среди показанных записей</translation>
    </message>
    <message>
        <source>Records changed here and on the server: Sync ▸ Resolve conflicts</source>
        <translation>Записи изменены и здесь, и на сервере: Синхронизация ▸ Разрешить конфликты</translation>
    </message>
    <message>
        <source>Sync with the servers: receive their changes, send yours</source>
        <translation>Синхронизировать с серверами: получить их изменения и отправить ваши</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Отменить синхронизацию</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Остановить текущую синхронизацию</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Настройки синхронизации…</translation>
    </message>
    <message>
        <source>The servers to sync with, their tokens and request limits</source>
        <translation>Серверы для синхронизации, их токены и ограничения запросов</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Разрешить конфликты…</translation>
    </message>
    <message>
        <source>Decide, field by field, between your changes and the server&apos;s</source>
        <translation>Выбрать по каждому полю между вашими изменениями и изменениями на сервере</translation>
    </message>
    <message>
        <source>C&amp;onflicts only</source>
        <translation>Только &amp;конфликты</translation>
    </message>
    <message>
        <source>Show only the records in conflict, in both tables</source>
        <translation>Показывать в обеих таблицах только записи с конфликтами</translation>
    </message>
    <message>
        <source>S&amp;ync panel</source>
        <translation>&amp;Панель синхронизации</translation>
    </message>
    <message>
        <source>No server is set up yet: opens the sync settings</source>
        <translation>Сервер ещё не настроен: откроются настройки синхронизации</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Конфликты: %1</translation>
    </message>
    <message>
        <source>Enter the address of at least one server to sync with.</source>
        <translation>Укажите адрес хотя бы одного сервера для синхронизации.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Enter a valid token, then sync again.</source>
        <translation>Введите действительный токен и повторите синхронизацию.</translation>
    </message>
    <message>
        <source>Open the &amp;sample data</source>
        <translation>Открыть &amp;пример данных</translation>
    </message>
    <message>
        <source>Example records in a separate database of their own</source>
        <translation>Примеры записей в отдельной базе данных</translation>
    </message>
    <message>
        <source>&amp;Reset the sample data…</source>
        <translation>&amp;Сбросить пример данных…</translation>
    </message>
    <message>
        <source>Throw away the changes made to the sample data and start it anew</source>
        <translation>Отбросить изменения в примере данных и создать его заново</translation>
    </message>
    <message>
        <source>Reset the sample data</source>
        <translation>Сброс примера данных</translation>
    </message>
    <message>
        <source>Throw away every change made to the sample data and make it anew? Your own database is not touched.</source>
        <translation>Отбросить все изменения в примере данных и создать его заново? Ваша собственная база данных не затрагивается.</translation>
    </message>
    <message>
        <source>Sample data — Taskdesk</source>
        <translation>Пример данных — Taskdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n service task(s) created</source>
        <translation>
            <numerusform>создана %n служебная задача</numerusform>
            <numerusform>создано %n служебные задачи</numerusform>
            <numerusform>создано %n служебных задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service task(s) replaced</source>
        <translation>
            <numerusform>заменена %n служебная задача</numerusform>
            <numerusform>заменено %n служебные задачи</numerusform>
            <numerusform>заменено %n служебных задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series created</source>
        <translation>
            <numerusform>создана %n серия</numerusform>
            <numerusform>создано %n серии</numerusform>
            <numerusform>создано %n серий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series replaced</source>
        <translation>
            <numerusform>заменена %n серия</numerusform>
            <numerusform>заменено %n серии</numerusform>
            <numerusform>заменено %n серий</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2.</source>
        <translation>Импортирован «%1»: %2.</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;? Records of this database with the same id are replaced by the file&apos;s. An import cannot be undone.</source>
        <translation>Импортировать «%1»? Записи этой базы данных с теми же id будут заменены записями из файла. Импорт нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s) under Show Details.</source>
        <translation>
            <numerusform>…и ещё %n проблема — в подробностях.</numerusform>
            <numerusform>…и ещё %n проблемы — в подробностях.</numerusform>
            <numerusform>…и ещё %n проблем — в подробностях.</numerusform>
        </translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>A short guide to Taskdesk</source>
        <translation>Краткое руководство по Taskdesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>Every key that does something in this window</source>
        <translation>Все клавиши, которые действуют в этом окне</translation>
    </message>
    <message>
        <source>Ne&amp;xt pane</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: navigation, table, form</source>
        <translation>Перейти к следующей панели: навигация, таблица, форма</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Пред&amp;ыдущая панель</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Перейти к предыдущей панели</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open another Taskdesk database in a window of its own</source>
        <translation>Открыть другую базу данных Taskdesk в отдельном окне</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Taskdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Taskdesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (файл не найден)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Next &amp;tab or pane</source>
        <translation>Следующая &amp;вкладка или панель</translation>
    </message>
    <message>
        <source>Turn the form&apos;s tabs, elsewhere move to the next pane</source>
        <translation>Переключить вкладки формы, иначе перейти к следующей панели</translation>
    </message>
    <message>
        <source>Previous t&amp;ab or pane</source>
        <translation>Пре&amp;дыдущая вкладка или панель</translation>
    </message>
    <message>
        <source>Turn the form&apos;s tabs back, elsewhere move to the previous pane</source>
        <translation>Переключить вкладки формы назад, иначе перейти к предыдущей панели</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>draft, not sent</source>
        <translation>черновик, не отправляется</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>service task</source>
        <translation>служебная задача</translation>
    </message>
    <message>
        <source>series</source>
        <translation>серия</translation>
    </message>
    <message>
        <source>held, not sent until released</source>
        <translation>задержано, не отправляется до снятия задержки</translation>
    </message>
    <message>
        <source>To send: create %1, change %2, delete %3. Not sent: held %4, drafts %5, conflicts %6, refused by the server %7.</source>
        <translation>К отправке: создать — %1, изменить — %2, удалить — %3. Не отправляются: задержано — %4, черновиков — %5, конфликтов — %6, отклонено сервером — %7.</translation>
    </message>
</context>
<context>
    <name>PendingChangesDock</name>
    <message>
        <source>Pending changes</source>
        <translation>Неотправленные изменения</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Put the selected records, or the selected field, back as last synced</source>
        <translation>Вернуть выбранные записи или выбранное поле к последней синхронизированной версии</translation>
    </message>
    <message>
        <source>Revert &amp;all…</source>
        <translation>Вернуть &amp;все…</translation>
    </message>
    <message>
        <source>Put every pending record back as last synced</source>
        <translation>Вернуть все неотправленные записи к последней синхронизированной версии</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Задержать</translation>
    </message>
    <message>
        <source>Keep the selected records pending without sending them, until released</source>
        <translation>Не отправлять выбранные записи, пока задержка не снята</translation>
    </message>
    <message>
        <source>Sync &amp;selected</source>
        <translation>Синхронизировать &amp;выбранные</translation>
    </message>
    <message>
        <source>Send only the selected records (the pull still reads everything)</source>
        <translation>Отправить только выбранные записи (получение по-прежнему читает всё)</translation>
    </message>
    <message>
        <source>Created here</source>
        <translation>Создана здесь</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Изменена здесь</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Удалена здесь</translation>
    </message>
    <message>
        <source>Draft, not sent</source>
        <translation>Черновик, не отправляется</translation>
    </message>
    <message>
        <source>Conflict, not sent</source>
        <translation>Конфликт, не отправляется</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Отклонена сервером</translation>
    </message>
    <message>
        <source>%1 · held</source>
        <translation>%1 · задержана</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Отправлять нечего</translation>
    </message>
    <message>
        <source>To send — new: %1, changed: %2, deleted: %3; held: %4; drafts: %5</source>
        <translation>К отправке — новых: %1, изменённых: %2, удалённых: %3; задержано: %4; черновиков: %5</translation>
    </message>
    <message>
        <source>Service task «%1»</source>
        <translation>Служебная задача «%1»</translation>
    </message>
    <message>
        <source>Series «%1»</source>
        <translation>Серия «%1»</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Revert puts this field back as last synced</source>
        <translation>«Вернуть» возвращает это поле к последней синхронизированной версии</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Снять задержку</translation>
    </message>
    <message numerus="yes">
        <source>Put %n record(s) back as last synced? Records never synced are removed. Conflicts stay for the conflict dialog. Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Вернуть %n запись к последней синхронизированной версии? Ни разу не синхронизированные записи удаляются. Конфликты остаются для окна конфликтов. Правка ▸ Отменить возвращает всё назад.</numerusform>
            <numerusform>Вернуть %n записи к последней синхронизированной версии? Ни разу не синхронизированные записи удаляются. Конфликты остаются для окна конфликтов. Правка ▸ Отменить возвращает всё назад.</numerusform>
            <numerusform>Вернуть %n записей к последней синхронизированной версии? Ни разу не синхронизированные записи удаляются. Конфликты остаются для окна конфликтов. Правка ▸ Отменить возвращает всё назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>Вернуть все</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more pending record(s) not listed here; taskdesk --status lists them all.</source>
        <translation>
            <numerusform>Ещё %n запись к отправке здесь не показана; все выводит taskdesk --status.</numerusform>
            <numerusform>Ещё %n записи к отправке здесь не показаны; все выводит taskdesk --status.</numerusform>
            <numerusform>Ещё %n записей к отправке здесь не показаны; все выводит taskdesk --status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesUi</name>
    <message>
        <source>&amp;Pending changes</source>
        <translation>&amp;Неотправленные изменения</translation>
    </message>
    <message>
        <source>What the next sync sends, field by field</source>
        <translation>Что отправит следующая синхронизация, поле за полем</translation>
    </message>
    <message>
        <source>Sync se&amp;lected</source>
        <translation>Синхронизировать в&amp;ыбранные</translation>
    </message>
    <message>
        <source>View ▸ Pending changes lists them</source>
        <translation>Они перечислены в Вид ▸ Неотправленные изменения</translation>
    </message>
</context>
<context>
    <name>PendingReverter</name>
    <message>
        <source>This field cannot be put back.</source>
        <translation>Это поле нельзя вернуть.</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n record(s) to the synced copy</source>
        <translation>
            <numerusform>Вернуть %n запись к синхронизированной копии</numerusform>
            <numerusform>Вернуть %n записи к синхронизированной копии</numerusform>
            <numerusform>Вернуть %n записей к синхронизированной копии</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert %1 of «%2»</source>
        <translation>Вернуть «%1» записи «%2»</translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Истина или ложь</translation>
    </message>
    <message>
        <source>Object (JSON)</source>
        <translation>Объект (JSON)</translation>
    </message>
    <message>
        <source>Array (JSON)</source>
        <translation>Массив (JSON)</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Пусто (null)</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Добавить период</translation>
    </message>
    <message>
        <source>Add an empty period (Insert)</source>
        <translation>Добавить пустой период (Insert)</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Удалить период</translation>
    </message>
    <message>
        <source>Remove the selected period (Delete)</source>
        <translation>Удалить выбранный период (Delete)</translation>
    </message>
    <message>
        <source>Keys of the selected period</source>
        <translation>Ключи выбранного периода</translation>
    </message>
    <message>
        <source>Keys and values of the selected period</source>
        <translation>Ключи и значения выбранного периода</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Values are JSON when they are a number, true, false, null, an object or an array; anything else is text.</source>
        <translation>Значение читается как JSON, если это число, true, false, null, объект или массив; всё остальное — текст.</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Добавить ключ</translation>
    </message>
    <message>
        <source>Add a key to the selected period (Insert)</source>
        <translation>Добавить ключ в выбранный период (Insert)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <source>Remove the selected key (Delete)</source>
        <translation>Удалить выбранный ключ (Delete)</translation>
    </message>
    <message>
        <source>All periods as JSON</source>
        <translation>Все периоды в виде JSON</translation>
    </message>
    <message>
        <source>Edit the array, then apply it with Ctrl+Return</source>
        <translation>Измените массив и примените его сочетанием Ctrl+Enter</translation>
    </message>
    <message>
        <source>Apply JSON</source>
        <translation>Применить JSON</translation>
    </message>
    <message>
        <source>Replace the periods with the JSON text (Ctrl+Return)</source>
        <translation>Заменить периоды текстом JSON (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Revert JSON</source>
        <translation>Вернуть JSON</translation>
    </message>
    <message>
        <source>Throw away the changes to the JSON text</source>
        <translation>Отменить изменения текста JSON</translation>
    </message>
    <message>
        <source>Period %1 (empty)</source>
        <translation>Период %1 (пустой)</translation>
    </message>
    <message>
        <source>Period %1 is not an object: it is kept as it is and can be changed in the JSON text only.</source>
        <translation>Период %1 — не объект: он сохраняется как есть, изменить его можно только в тексте JSON.</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Имя нового ключа</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>The JSON text must be an array: [ … ].</source>
        <translation>Текст JSON должен быть массивом: [ … ].</translation>
    </message>
    <message>
        <source>A key cannot be empty; “%1” is kept.</source>
        <translation>Ключ не может быть пустым; оставлен «%1».</translation>
    </message>
    <message>
        <source>There already is a key “%1” in this period.</source>
        <translation>В этом периоде уже есть ключ «%1».</translation>
    </message>
</context>
<context>
    <name>PreviewSync</name>
    <message>
        <source>&amp;Preview sync…</source>
        <translation>&amp;Предпросмотр синхронизации…</translation>
    </message>
    <message>
        <source>What a sync would receive and send, without sending or changing anything</source>
        <translation>Что синхронизация получила бы и отправила, ничего не отправляя и не меняя</translation>
    </message>
    <message>
        <source>No server is set up yet: enter one in Sync ▸ Sync settings.</source>
        <translation>Сервер ещё не настроен: укажите его в Синхронизация ▸ Настройки синхронизации.</translation>
    </message>
</context>
<context>
    <name>PreviewSyncDialog</name>
    <message>
        <source>Preview sync</source>
        <translation>Предпросмотр синхронизации</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Run the real sync: receive the servers&apos; changes and send yours</source>
        <translation>Выполнить настоящую синхронизацию: получить изменения серверов и отправить ваши</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Nothing was previewed.</source>
        <translation>Предпросмотра не было.</translation>
    </message>
    <message>
        <source>The preview stopped: %1</source>
        <translation>Предпросмотр остановлен: %1</translation>
    </message>
    <message>
        <source>Check the token in Sync ▸ Sync settings.</source>
        <translation>Проверьте токен: Синхронизация ▸ Настройки синхронизации.</translation>
    </message>
    <message>
        <source>Preview cancelled: the plan below is incomplete.</source>
        <translation>Предпросмотр отменён: план ниже неполон.</translation>
    </message>
    <message>
        <source>Preview finished.</source>
        <translation>Предпросмотр завершён.</translation>
    </message>
    <message>
        <source>Preview incomplete.</source>
        <translation>Предпросмотр неполон.</translation>
    </message>
    <message>
        <source>Nothing would be sent to the servers.</source>
        <translation>На серверы ничего не было бы отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>Would send to %1: %n request(s)</source>
        <translation>
            <numerusform>Было бы отправлено на %1: %n запрос</numerusform>
            <numerusform>Было бы отправлено на %1: %n запроса</numerusform>
            <numerusform>Было бы отправлено на %1: %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more character(s) not shown</source>
        <translation>
            <numerusform>… ещё %n символ не показан</numerusform>
            <numerusform>… ещё %n символа не показано</numerusform>
            <numerusform>… ещё %n символов не показано</numerusform>
        </translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Received from the servers</source>
        <translation>Получено с серверов</translation>
    </message>
    <message>
        <source>Merged with your changes</source>
        <translation>Объединено с вашими изменениями</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewSyncOutcomeText</name>
    <message>
        <source>Both</source>
        <translation>Обе</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Series «%1»</source>
        <translation>Серия «%1»</translation>
    </message>
    <message>
        <source>Service task «%1»</source>
        <translation>Служебная задача «%1»</translation>
    </message>
    <message>
        <source>New on the server: added here</source>
        <translation>Новая на сервере: добавляется здесь</translation>
    </message>
    <message>
        <source>Changed on the server: its changes taken here</source>
        <translation>Изменена на сервере: изменения принимаются здесь</translation>
    </message>
    <message>
        <source>Deleted on the server: deleted here</source>
        <translation>Удалена на сервере: удаляется здесь</translation>
    </message>
    <message>
        <source>Changed on both sides, in different fields: merged and sent</source>
        <translation>Изменена с обеих сторон в разных полях: объединяется и отправляется</translation>
    </message>
    <message>
        <source>%1 — you decide</source>
        <translation>%1 — решаете вы</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Изменена с обеих сторон</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>QtKeychainBackend</name>
    <message>
        <source>error %1</source>
        <translation>ошибка %1</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Service script</source>
        <translation>Служебный сценарий</translation>
    </message>
    <message>
        <source>Site mode</source>
        <translation>Режим сайтов</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Регулярная</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Overlapping runs</source>
        <translation>Перекрывающиеся запуски</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Steps must be done in order</source>
        <translation>Шаги выполняются по порядку</translation>
    </message>
    <message>
        <source>Strict time window</source>
        <translation>Строгое временное окно</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <translation>Есть крайний срок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Location id</source>
        <translation>Id места</translation>
    </message>
    <message>
        <source>Series id</source>
        <translation>Id серии</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Server data: %1</source>
        <translation>Данные сервера: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Edited here</source>
        <translation>Изменено здесь</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Получено с сервера</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Конфликт разрешён</translation>
    </message>
</context>
<context>
    <name>RecordPendingActions</name>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Задержать</translation>
    </message>
    <message>
        <source>Sync se&amp;lected</source>
        <translation>Синхронизировать в&amp;ыбранные</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>Сн&amp;ять задержку</translation>
    </message>
    <message>
        <source>Let the next sync send the selected records again</source>
        <translation>Снова разрешить следующей синхронизации отправить выбранные записи</translation>
    </message>
    <message>
        <source>Keep the selected records pending without sending them, until released</source>
        <translation>Не отправлять выбранные записи, пока задержка не снята</translation>
    </message>
    <message>
        <source>Not held: %1</source>
        <translation>Не задержано: %1</translation>
    </message>
    <message>
        <source>Send only the selected records changed here and not held; the pull still reads everything</source>
        <translation>Отправить только выбранные записи, изменённые здесь и не задержанные (получение по-прежнему читает всё)</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The rule must not contain spaces</source>
        <translation>Правило не должно содержать пробелов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form NAME=VALUE</source>
        <translation>«%1» не в виде ИМЯ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>Unknown part &quot;%1&quot;</source>
        <translation>Неизвестная часть «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once</source>
        <translation>«%1» указано более одного раза</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;%1&quot;</source>
        <translation>Неизвестная частота «%1»</translation>
    </message>
    <message>
        <source>The rule has no frequency (FREQ=DAILY, WEEKLY, MONTHLY, …)</source>
        <translation>В правиле нет частоты (FREQ=DAILY, WEEKLY, MONTHLY, …)</translation>
    </message>
    <message>
        <source>COUNT and UNTIL cannot be used together</source>
        <translation>COUNT и UNTIL нельзя использовать вместе</translation>
    </message>
    <message>
        <source>Bad value in &quot;%1&quot;</source>
        <translation>Неверное значение в «%1»</translation>
    </message>
    <message>
        <source>libical does not accept the rule &quot;%1&quot;</source>
        <translation>libical не принимает правило «%1»</translation>
    </message>
    <message>
        <source>Bad exception date &quot;%1&quot; (expected YYYYMMDDTHHMMSSZ or YYYYMMDD)</source>
        <translation>Неверная дата исключения «%1» (ожидается ГГГГММДДTччммссZ или ГГГГММДД)</translation>
    </message>
    <message>
        <source>Bad end date in the rule (UNTIL)</source>
        <translation>Неверная дата окончания в правиле (UNTIL)</translation>
    </message>
    <message>
        <source>libical cannot expand this rule: some of its parts cannot be used together (e.g. BYMONTHDAY with FREQ=WEEKLY) or it never occurs</source>
        <translation>libical не может развернуть это правило: некоторые его части несовместимы (например, BYMONTHDAY с FREQ=WEEKLY) или оно никогда не срабатывает</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Custom rule: %1</source>
        <translation>Особое правило: %1</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Каждый %n день</numerusform>
            <numerusform>Каждые %n дня</numerusform>
            <numerusform>Каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Каждую %n неделю</numerusform>
            <numerusform>Каждые %n недели</numerusform>
            <numerusform>Каждые %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>every week on Monday and Wednesday</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Каждый %n месяц</numerusform>
            <numerusform>Каждые %n месяца</numerusform>
            <numerusform>Каждые %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Каждый год</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Каждый %n год</numerusform>
            <numerusform>Каждые %n года</numerusform>
            <numerusform>Каждые %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, once</source>
        <comment>every day, once</comment>
        <translation>%1, один раз</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <comment>every day, 10 times</comment>
        <translation>
            <numerusform>%1, %n раз</numerusform>
            <numerusform>%1, %n раза</numerusform>
            <numerusform>%1, %n раз</numerusform>
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
        <translation>%1 до %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Особое правило</translation>
    </message>
    <message>
        <source>How the series repeats</source>
        <translation>Как повторяется серия</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Повторять каждые</translation>
    </message>
    <message>
        <source>With no day ticked, the series repeats on the weekday of its start</source>
        <translation>Если дни не отмечены, серия повторяется в день недели своего начала</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>On date</source>
        <translation>В дату</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>The last occurrence may be at this time at the latest (local time)</source>
        <translation>Последнее повторение — не позже этого времени (местное время)</translation>
    </message>
    <message>
        <source>End date (local time)</source>
        <translation>Дата окончания (местное время)</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Число повторений</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</source>
        <translation>например, FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</translation>
    </message>
    <message>
        <source>The RFC 5545 recurrence rule (RRULE). Press Enter to apply.</source>
        <translation>Правило повторения RFC 5545 (RRULE). Нажмите Enter, чтобы применить.</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <source>Dates on which the series does not occur (local time)</source>
        <translation>Даты, в которые серия не выполняется (местное время)</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Удалить исключение</translation>
    </message>
    <message>
        <source>Exception date (local time)</source>
        <translation>Дата исключения (местное время)</translation>
    </message>
    <message>
        <source>An occurrence to skip (local time)</source>
        <translation>Пропускаемое повторение (местное время)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Skip the occurrence at this date and time</source>
        <translation>Пропустить повторение в эти дату и время</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected exceptions (Delete)</source>
        <translation>Удалить выбранные исключения (Delete)</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>Пов&amp;тор:</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>Ра&amp;з в:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Custom rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <source>E&amp;xceptions:</source>
        <translation>Искл&amp;ючения:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>%1, whole day (UTC)</source>
        <translation>%1, весь день (UTC)</translation>
    </message>
    <message>
        <source>Every occurrence on %1 (UTC)</source>
        <translation>Все повторения %1 (UTC)</translation>
    </message>
    <message>
        <source>The controls above cannot show this rule; it can only be edited as text.</source>
        <translation>Это правило нельзя показать элементами выше; его можно изменить только как текст.</translation>
    </message>
    <message>
        <source>Type the rule as text and press Enter.</source>
        <translation>Введите правило текстом и нажмите Enter.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>день</numerusform>
            <numerusform>дня</numerusform>
            <numerusform>дней</numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделю</translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation>
            <numerusform>неделю</numerusform>
            <numerusform>недели</numerusform>
            <numerusform>недель</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation>
            <numerusform>месяц</numerusform>
            <numerusform>месяца</numerusform>
            <numerusform>месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation>
            <numerusform>год</numerusform>
            <numerusform>года</numerusform>
            <numerusform>лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>periods</source>
        <comment>of a custom rule (hours, minutes…)</comment>
        <translation>
            <numerusform>период</numerusform>
            <numerusform>периода</numerusform>
            <numerusform>периодов</numerusform>
        </translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>повторения</translation>
    </message>
    <message numerus="yes">
        <source>occurrences</source>
        <translation>
            <numerusform>повторения</numerusform>
            <numerusform>повторений</numerusform>
            <numerusform>повторений</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: the rule is not valid.</source>
        <translation>Нет предпросмотра: правило неверно.</translation>
    </message>
    <message>
        <source>%1, except 1 date</source>
        <translation>%1, кроме 1 даты</translation>
    </message>
    <message numerus="yes">
        <source>%1, except %n dates</source>
        <translation>
            <numerusform>%1, кроме %n даты</numerusform>
            <numerusform>%1, кроме %n дат</numerusform>
            <numerusform>%1, кроме %n дат</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the start to see the next dates.</source>
        <translation>Укажите начало, чтобы увидеть ближайшие даты.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (пропущено)</translation>
    </message>
    <message>
        <source>%1: an exception removes this occurrence</source>
        <translation>%1: исключение отменяет это повторение</translation>
    </message>
    <message>
        <source>No upcoming occurrences.</source>
        <translation>Предстоящих повторений нет.</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Повторения</translation>
    </message>
    <message>
        <source>The last and the next occurrences (local time); past ones are grey. Double-click or press Enter on one to skip it, or to bring a skipped one back.</source>
        <translation>Последние и ближайшие повторения (местное время); прошедшие — серые. Двойной щелчок или Enter пропускает повторение или возвращает пропущенное.</translation>
    </message>
    <message>
        <source>Too many occurrences since the start to find the next ones.</source>
        <translation>С начала серии слишком много повторений, чтобы найти ближайшие.</translation>
    </message>
    <message>
        <source>%1 (past)</source>
        <translation>%1 (прошло)</translation>
    </message>
    <message>
        <source>%1: this occurrence is in the past</source>
        <translation>%1: это повторение уже прошло</translation>
    </message>
    <message>
        <source>Ended: no occurrence took place</source>
        <translation>Серия завершена: ни одного повторения не было</translation>
    </message>
    <message>
        <source>Ended: the only occurrence was on %1</source>
        <translation>Серия завершена: единственное повторение — %1</translation>
    </message>
    <message numerus="yes">
        <source>Ended: last occurrence on %1, %Ln occurrences in all</source>
        <translation>
            <numerusform>Серия завершена: последнее повторение — %1, всего %Ln повторение</numerusform>
            <numerusform>Серия завершена: последнее повторение — %1, всего %Ln повторения</numerusform>
            <numerusform>Серия завершена: последнее повторение — %1, всего %Ln повторений</numerusform>
        </translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation>Серия началась %1</translation>
    </message>
    <message>
        <source>Started on %1, 1 of %2 occurrences so far</source>
        <translation>Серия началась %1, прошло 1 повторение из %2</translation>
    </message>
    <message numerus="yes">
        <source>Started on %1, %Ln of %2 occurrences so far</source>
        <translation>
            <numerusform>Серия началась %1, прошло %Ln повторение из %2</numerusform>
            <numerusform>Серия началась %1, прошло %Ln повторения из %2</numerusform>
            <numerusform>Серия началась %1, прошло %Ln повторений из %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Started on %1, 1 occurrence so far</source>
        <translation>Серия началась %1, прошло 1 повторение</translation>
    </message>
    <message numerus="yes">
        <source>Started on %1, %Ln occurrences so far</source>
        <translation>
            <numerusform>Серия началась %1, прошло %Ln повторение</numerusform>
            <numerusform>Серия началась %1, прошло %Ln повторения</numerusform>
            <numerusform>Серия началась %1, прошло %Ln повторений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteChangeText</name>
    <message>
        <source>Deleted here, changed on the server.</source>
        <translation>Удалена здесь, изменена на сервере.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server.</source>
        <translation>Изменена здесь, удалена на сервере.</translation>
    </message>
    <message>
        <source>Changed here and on the server: %1</source>
        <translation>Изменено здесь и на сервере: %1</translation>
    </message>
</context>
<context>
    <name>SampleDatabase</name>
    <message>
        <source>Cannot remove the old sample data in &quot;%1&quot;.</source>
        <translation>Не удалось удалить старый пример данных в «%1».</translation>
    </message>
    <message>
        <source>Cannot write the sample data to &quot;%1&quot;.</source>
        <translation>Не удалось записать пример данных в «%1».</translation>
    </message>
</context>
<context>
    <name>SeriesHistory</name>
    <message>
        <source>The series already is as in this version.</source>
        <translation>Серия уже такая, как в этой версии.</translation>
    </message>
</context>
<context>
    <name>ServiceTaskBatch</name>
    <message>
        <source>The service task no longer exists.</source>
        <translation>Служебной задачи больше нет.</translation>
    </message>
    <message>
        <source>The batch is not open.</source>
        <translation>Пакет записи не открыт.</translation>
    </message>
    <message>
        <source>The service task has no id.</source>
        <translation>У служебной задачи нет идентификатора.</translation>
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
    <name>ServiceTaskDelegate</name>
    <message>
        <source>SITE1, SITE2</source>
        <translation>SITE1, SITE2</translation>
    </message>
    <message>
        <source>Sites separated by commas</source>
        <translation>Сайты через запятую</translation>
    </message>
</context>
<context>
    <name>ServiceTaskForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Изменить название</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>Вк&amp;лючена</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <source>Se&amp;rvice script:</source>
        <translation>Слу&amp;жебный сценарий:</translation>
    </message>
    <message>
        <source>Edit script</source>
        <translation>Изменить сценарий</translation>
    </message>
    <message>
        <source>Site &amp;mode:</source>
        <translation>&amp;Режим сайтов:</translation>
    </message>
    <message>
        <source>Edit site mode</source>
        <translation>Изменить режим сайтов</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>С&amp;айты:</translation>
    </message>
    <message>
        <source>Edit sites</source>
        <translation>Изменить сайты</translation>
    </message>
    <message>
        <source>Re&amp;gular (runs periodically)</source>
        <translation>Ре&amp;гулярная (запускается периодически)</translation>
    </message>
    <message>
        <source>Edit regular</source>
        <translation>Изменить регулярность</translation>
    </message>
    <message>
        <source>Interva&amp;l:</source>
        <translation>Ин&amp;тервал:</translation>
    </message>
    <message>
        <source>Edit interval</source>
        <translation>Изменить интервал</translation>
    </message>
    <message>
        <source>Edit overlap</source>
        <translation>Изменить перекрытие</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <source>Edit start</source>
        <translation>Изменить начало</translation>
    </message>
    <message>
        <source>Sto&amp;p:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>Edit stop</source>
        <translation>Изменить окончание</translation>
    </message>
    <message>
        <source>Sched&amp;ule:</source>
        <translation>Расписани&amp;е:</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Изменить расписание</translation>
    </message>
    <message>
        <source>Perio&amp;ds:</source>
        <translation>Перио&amp;ды:</translation>
    </message>
    <message>
        <source>Edit periods</source>
        <translation>Изменить периоды</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Изменить заголовок</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Изменить комментарий</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Set by the server; read-only</source>
        <translation>Заполняется сервером; только для чтения</translation>
    </message>
    <message>
        <source>Server data:</source>
        <translation>Данные сервера:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Sync state:</source>
        <translation>Синхронизация:</translation>
    </message>
    <message>
        <source>Select a service task, or create one with New.</source>
        <translation>Выберите служебную задачу или создайте новую (Создать).</translation>
    </message>
    <message>
        <source>(unnamed service task)</source>
        <translation>(служебная задача без названия)</translation>
    </message>
    <message>
        <source>Draft, will not be sent to the server until fixed:</source>
        <translation>Черновик: не будет отправлен на сервер, пока не исправлено:</translation>
    </message>
    <message>
        <source>&amp;Overlapping runs</source>
        <translation>Перекрытие зап&amp;усков</translation>
    </message>
    <message>
        <source>A new run may start while the previous one still runs</source>
        <translation>Новый запуск может начаться, пока идёт предыдущий</translation>
    </message>
    <message>
        <source>code of the service script</source>
        <translation>код служебного скрипта</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>The periods JSON of &quot;%1&quot; was edited but not applied. Apply it now?
No drops the edited text.</source>
        <translation>JSON периодов задачи «%1» изменён, но не применён. Применить сейчас?
«Нет» отбрасывает изменённый текст.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Sites and periods</source>
        <translation>Сайты и периоды</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Последнее изменение</translation>
    </message>
</context>
<context>
    <name>ServiceTaskHistory</name>
    <message>
        <source>The record already is as in this version.</source>
        <translation>Запись уже такая, как в этой версии.</translation>
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
    <name>ServiceTaskSync</name>
    <message>
        <source>Pulling service tasks</source>
        <translation>Получение служебных задач</translation>
    </message>
    <message>
        <source>The ERA server refused the credentials (%1).</source>
        <translation>Сервер ERA отклонил учётные данные (%1).</translation>
    </message>
    <message>
        <source>The ERA server could not be reached: %1</source>
        <translation>Сервер ERA недоступен: %1</translation>
    </message>
    <message>
        <source>The ERA server could not list the service tasks: %1</source>
        <translation>Серверу ERA не удалось выдать список служебных задач: %1</translation>
    </message>
    <message>
        <source>Deleted on the server: %1</source>
        <translation>Удалена на сервере: %1</translation>
    </message>
    <message>
        <source>Reading changed service tasks</source>
        <translation>Чтение изменённых служебных задач</translation>
    </message>
    <message>
        <source>Service task %1: the server sent data that cannot be read (%2); kept as it was.</source>
        <translation>Служебная задача %1: сервер прислал нечитаемые данные (%2); задача оставлена без изменений.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>Service task %1: %2</source>
        <translation>Служебная задача %1: %2</translation>
    </message>
    <message>
        <source>Received new: %1</source>
        <translation>Получена новая: %1</translation>
    </message>
    <message>
        <source>Conflict: %1 — %2</source>
        <translation>Конфликт: %1 — %2</translation>
    </message>
    <message>
        <source>Received changes: %1</source>
        <translation>Получены изменения: %1</translation>
    </message>
    <message>
        <source>Pushing service tasks</source>
        <translation>Отправка служебных задач</translation>
    </message>
    <message>
        <source>Not deleted: %1 — %2</source>
        <translation>Не удалена: %1 — %2</translation>
    </message>
    <message>
        <source>Created on the server</source>
        <translation>Создана на сервере</translation>
    </message>
    <message>
        <source>Updated on the server</source>
        <translation>Обновлена на сервере</translation>
    </message>
    <message>
        <source>No usable answer for %1 (%2); it will be sent again next time.</source>
        <translation>Нет пригодного ответа по %1 (%2); задача будет отправлена снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>not a service task</source>
        <translation>не служебная задача</translation>
    </message>
    <message>
        <source>Refused by the server: %1 — %2</source>
        <translation>Отклонена сервером: %1 — %2</translation>
    </message>
    <message>
        <source>The ERA server cannot be used: %1</source>
        <translation>Сервер ERA недоступен для работы: %1</translation>
    </message>
    <message>
        <source>The ERA server sent a list that cannot be used (%1); nothing was changed.</source>
        <translation>Сервер ERA прислал непригодный список (%1); ничего не изменено.</translation>
    </message>
    <message>
        <source>Service task %1: the server answered with service task %2 instead; kept as it was.</source>
        <translation>Служебная задача %1: сервер ответил служебной задачей %2; оставлена как была.</translation>
    </message>
    <message>
        <source>No usable answer for %1 (the server answered with service task %2); it will be sent again next time.</source>
        <translation>Нет пригодного ответа для %1 (сервер ответил служебной задачей %2); она будет отправлена снова в следующий раз.</translation>
    </message>
    <message>
        <source>Not deleted yet: %1 — %2; it will be sent again next time.</source>
        <translation>Пока не удалена: %1 — %2; удаление будет отправлено снова в следующий раз.</translation>
    </message>
    <message>
        <source>The answer for %1 could not be stored (%2); it will be sent again next time.</source>
        <translation>Не удалось сохранить ответ для %1 (%2); запись будет отправлена снова в следующий раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n received service task(s) could not be stored (%1); the next sync reads them again.</source>
        <translation>
            <numerusform>Не удалось сохранить %n полученную служебную задачу (%1); следующая синхронизация прочитает её снова.</numerusform>
            <numerusform>Не удалось сохранить %n полученные служебные задачи (%1); следующая синхронизация прочитает их снова.</numerusform>
            <numerusform>Не удалось сохранить %n полученных служебных задач (%1); следующая синхронизация прочитает их снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 — it changed on the server and could not be read; it will be sent next time.</source>
        <translation>Не отправлено: %1 — запись изменилась на сервере, но её не удалось прочитать; она будет отправлена в следующий раз.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n more new service task(s), not named one by one.</source>
        <translation>
            <numerusform>Получена ещё %n новая служебная задача (без перечисления по одной).</numerusform>
            <numerusform>Получены ещё %n новые служебные задачи (без перечисления по одной).</numerusform>
            <numerusform>Получено ещё %n новых служебных задач (без перечисления по одной).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTaskTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Site mode</source>
        <translation>Режим сайтов</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Регул.</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Перекр.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Last write</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Invalid: kept as a draft and not sent to the server.</source>
        <translation>Ошибка в данных: хранится как черновик и не отправляется на сервер.</translation>
    </message>
    <message>
        <source>Code not known to this version; kept as it is.</source>
        <translation>Код неизвестен этой версии; сохраняется как есть.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
</context>
<context>
    <name>ServiceTasksPage</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Search name, script, title, comment (Ctrl+F)</source>
        <translation>Поиск по названию, сценарию, заголовку, комментарию (Ctrl+F)</translation>
    </message>
    <message>
        <source>New service task</source>
        <translation>Новая служебная задача</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n service task(s)</source>
        <translation>
            <numerusform>Дублировать %n служебную задачу</numerusform>
            <numerusform>Дублировать %n служебные задачи</numerusform>
            <numerusform>Дублировать %n служебных задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the service task &quot;%1&quot;?</source>
        <translation>Удалить служебную задачу «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n service task(s)?</source>
        <translation>
            <numerusform>Удалить %n служебную задачу?</numerusform>
            <numerusform>Удалить %n служебные задачи?</numerusform>
            <numerusform>Удалить %n служебных задач?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Synced tasks are deleted on the server at the next sync. You can undo this.</source>
        <translation>Синхронизированные задачи будут удалены на сервере при следующей синхронизации. Действие можно отменить.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n service task(s)</source>
        <translation>
            <numerusform>Удалить %n служебную задачу</numerusform>
            <numerusform>Удалить %n служебные задачи</numerusform>
            <numerusform>Удалить %n служебных задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n service task(s)</source>
        <translation>
            <numerusform>Включить %n служебную задачу</numerusform>
            <numerusform>Включить %n служебные задачи</numerusform>
            <numerusform>Включить %n служебных задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n service task(s)</source>
        <translation>
            <numerusform>Выключить %n служебную задачу</numerusform>
            <numerusform>Выключить %n служебные задачи</numerusform>
            <numerusform>Выключить %n служебных задач</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks match “%1”</source>
        <translation>Нет задач, подходящих под «%1»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>Диск заполнен: освободите место и повторите.</translation>
    </message>
    <message>
        <source>The database is read-only: check that you may write to the file and to its folder.</source>
        <translation>База данных доступна только для чтения: проверьте права на запись в файл и в его папку.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and that you may read and write the file and the folder (SQLite keeps two files beside it, ending in -wal and -shm).</source>
        <translation>Не удалось открыть файл базы данных: проверьте, что папка существует и что у вас есть права на чтение и запись файла и папки (SQLite хранит рядом ещё два файла с окончаниями -wal и -shm).</translation>
    </message>
    <message>
        <source>The file is not a database, or it is damaged.</source>
        <translation>Файл не является базой данных или повреждён.</translation>
    </message>
    <message>
        <source>The database file is damaged (for example cut short by an interrupted copy). Restore it from a backup.</source>
        <translation>Файл базы данных повреждён (например, обрезан при прерванном копировании). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database.</source>
        <translation>Диск сообщил об ошибке при чтении или записи базы данных.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again when it has finished.</source>
        <translation>База данных занята другой программой. Повторите, когда она закончит.</translation>
    </message>
    <message>
        <source>Access to the database file was denied.</source>
        <translation>Доступ к файлу базы данных запрещён.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Недостаточно памяти.</translation>
    </message>
    <message>
        <source>Unknown database error.</source>
        <translation>Неизвестная ошибка базы данных.</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s.</source>
        <translation>Драйвер базы данных — не драйвер SQLite.</translation>
    </message>
    <message>
        <source>No such parameter: %1.</source>
        <translation>Нет такого параметра: %1.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>Значение типа %1 нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>Cannot redo: “%1” was changed since by a sync, an import or a conflict resolution, or deleted or re-created; its newer values are kept.</source>
        <translation>Повторить нельзя: «%1» с тех пор изменена синхронизацией, импортом или разрешением конфликта либо удалена или создана заново; её новые значения сохранены.</translation>
    </message>
    <message>
        <source>Cannot undo: “%1” was changed since by a sync, an import or a conflict resolution, or deleted or re-created; its newer values are kept.</source>
        <translation>Отменить нельзя: «%1» с тех пор изменена синхронизацией, импортом или разрешением конфликта либо удалена или создана заново; её новые значения сохранены.</translation>
    </message>
</context>
<context>
    <name>StepActionModel</name>
    <message>
        <source>No series is open.</source>
        <translation>Серия не открыта.</translation>
    </message>
    <message>
        <source>%1 (%2…%3)</source>
        <translation>%1 (%2…%3)</translation>
    </message>
    <message>
        <source>Type code &quot;%1&quot; is not known to this version; it is kept.</source>
        <translation>Код типа «%1» неизвестен этой версии; он сохраняется.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательное</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n действие</numerusform>
            <numerusform>%n действия</numerusform>
            <numerusform>%n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1; checkpoint %2</source>
        <translation>Шаг %1; точка %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Step / action</source>
        <translation>Шаг / действие</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Переименовать действие</translation>
    </message>
    <message>
        <source>Change action type</source>
        <translation>Изменить тип действия</translation>
    </message>
    <message>
        <source>Make action required</source>
        <translation>Сделать действие обязательным</translation>
    </message>
    <message>
        <source>Make action optional</source>
        <translation>Сделать действие необязательным</translation>
    </message>
    <message>
        <source>Change action range</source>
        <translation>Изменить диапазон действия</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Переименовать шаг</translation>
    </message>
    <message>
        <source>Change checkpoint</source>
        <translation>Изменить точку</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Действие %1</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Дублировать действие</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Дублировать шаг</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Переместить действие</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s)</source>
        <translation>
            <numerusform>Переместить %n действие</numerusform>
            <numerusform>Переместить %n действия</numerusform>
            <numerusform>Переместить %n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Переместить шаг</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Переместить %n шаг</numerusform>
            <numerusform>Переместить %n шага</numerusform>
            <numerusform>Переместить %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Переместить действие выше</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Переместить шаг выше</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Переместить действие ниже</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Переместить шаг ниже</translation>
    </message>
</context>
<context>
    <name>StepDiff</name>
    <message>
        <source>step %1 «%2»: removed</source>
        <translation>шаг %1 «%2»: удалён</translation>
    </message>
    <message>
        <source>step %1 «%2»</source>
        <translation>шаг %1 «%2»</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: добавлен</translation>
    </message>
    <message>
        <source>%1: moved from step %2</source>
        <translation>%1: перемещён из шага %2</translation>
    </message>
    <message>
        <source>%1: renamed from «%2»</source>
        <translation>%1: переименован из «%2»</translation>
    </message>
    <message>
        <source>%1: Checkpoint id %2 → %3</source>
        <translation>%1: Id контрольной точки %2 → %3</translation>
    </message>
    <message>
        <source>%1: other fields changed</source>
        <translation>%1: изменены другие поля</translation>
    </message>
    <message>
        <source>%1: action «%2»</source>
        <translation>%1: действие «%2»</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 добавлено</translation>
    </message>
    <message>
        <source>%1 moved from step %2</source>
        <translation>%1 перемещено из шага %2</translation>
    </message>
    <message>
        <source>%1 moved from position %2 to %3</source>
        <translation>%1 перемещено с позиции %2 на %3</translation>
    </message>
    <message>
        <source>%1 renamed from «%2»</source>
        <translation>%1 переименовано из «%2»</translation>
    </message>
    <message>
        <source>%1: type %2 → %3</source>
        <translation>%1: тип %2 → %3</translation>
    </message>
    <message>
        <source>%1: Required %2 → %3</source>
        <translation>%1: Обязательное %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: action «%2» removed</source>
        <translation>%1: действие «%2» удалено</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Select a step or an action to see its details.</source>
        <translation>Выберите шаг или действие, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Check&amp;point id:</source>
        <translation>Идентификатор то&amp;чки:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Обязательное</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>Ми&amp;нимум:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>Ма&amp;ксимум:</translation>
    </message>
    <message>
        <source>Other field</source>
        <translation>Другое поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Fields this version does not know; they are kept and sent back unchanged.</source>
        <translation>Поля, неизвестные этой версии; они сохраняются и отправляются обратно без изменений.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n действие</numerusform>
            <numerusform>%n действия</numerusform>
            <numerusform>%n действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required</source>
        <translation>
            <numerusform>%n обязательное</numerusform>
            <numerusform>%n обязательных</numerusform>
            <numerusform>%n обязательных</numerusform>
        </translation>
    </message>
    <message>
        <source>UUID of the checkpoint</source>
        <translation>UUID контрольной точки</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Убрать шаг</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Убрать действие</translation>
    </message>
    <message>
        <source>“%1” is not a number; the value before stays.</source>
        <translation>«%1» — не число; прежнее значение сохранено.</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>Items</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Добавить элемент (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Удалить выбранный элемент (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Переместить выбранный элемент выше (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Переместить выбранный элемент ниже (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync cancelled; what was applied stays, nothing is half-written.</source>
        <translation>Синхронизация отменена: уже применённые изменения сохранены, частично записанных данных нет.</translation>
    </message>
    <message>
        <source>Not sent, still a draft with errors: %1</source>
        <translation>Не отправлена, всё ещё черновик с ошибками: %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Синхронизация ещё не выполнялась.</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Отменить синхронизацию</translation>
    </message>
    <message>
        <source>Stop the sync; what was already applied stays, nothing is left half-written</source>
        <translation>Остановить синхронизацию: уже применённые изменения сохранятся, частично записанных данных не останется</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Сертификат сервера не является доверенным</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>Starting the sync…</source>
        <translation>Запуск синхронизации…</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Синхронизация начата</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Синхронизация отменена</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Синхронизация завершена</translation>
    </message>
    <message>
        <source>Sync cancelled: what was applied stays, nothing is half-written.</source>
        <translation>Синхронизация отменена: уже применённые изменения сохранены, частично записанных данных нет.</translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation>Всё синхронизировано.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <source>Received: %1 new, %2 changed, %3 deleted on the server.</source>
        <translation>Получено: новых — %1, изменённых — %2, удалённых на сервере — %3.</translation>
    </message>
    <message>
        <source>Sent: %1 created, %2 updated, %3 deleted.</source>
        <translation>Отправлено: создано — %1, обновлено — %2, удалено — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for you: Sync ▸ Resolve conflicts.</source>
        <translation>
            <numerusform>%n конфликт ждёт решения: Синхронизация ▸ Разрешить конфликты.</numerusform>
            <numerusform>%n конфликта ждут решения: Синхронизация ▸ Разрешить конфликты.</numerusform>
            <numerusform>%n конфликтов ждут решения: Синхронизация ▸ Разрешить конфликты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced; the log says why.</source>
        <translation>
            <numerusform>%n запись не удалось синхронизировать; причина — в журнале.</numerusform>
            <numerusform>%n записи не удалось синхронизировать; причины — в журнале.</numerusform>
            <numerusform>%n записей не удалось синхронизировать; причины — в журнале.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with errors were not sent.</source>
        <translation>
            <numerusform>%n черновик с ошибками не отправлен.</numerusform>
            <numerusform>%n черновика с ошибками не отправлены.</numerusform>
            <numerusform>%n черновиков с ошибками не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the token in Sync ▸ Sync settings.</source>
        <translation>Проверьте токен: Синхронизация ▸ Настройки синхронизации.</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Сервер не предъявил сертификат.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Субъект: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Действителен с: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Действителен до: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
    <message>
        <source>Taskdesk does not talk to a server whose certificate is not trusted, and nothing was sent. If this is your server, compare the fingerprint with your administrator, then have the certificate signed by an authority this system trusts or add it to the system&apos;s trusted certificates.</source>
        <translation>Taskdesk не работает с сервером, сертификат которого не является доверенным; ничего не отправлено. Если это ваш сервер, сверьте отпечаток с администратором, затем подпишите сертификат в центре сертификации, которому доверяет эта система, или добавьте его в доверенные сертификаты системы.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>the server could not be used.</source>
        <translation>сервер недоступен для работы.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>“%1” is not a complete address; write it as http://host:port or https://host.</source>
        <translation>«%1» — неполный адрес; укажите его в виде http://host:port или https://host.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be used, not “%1”.</source>
        <translation>Можно использовать только адреса http:// и https://, а не «%1».</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>В адресе «%1» нет имени хоста.</translation>
    </message>
    <message>
        <source>The address must not contain a user name, a query or a fragment.</source>
        <translation>Адрес не должен содержать имя пользователя, параметры запроса или фрагмент.</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Настройки синхронизации</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>Empty: service tasks are not synced</source>
        <translation>Пусто: служебные задачи не синхронизируются</translation>
    </message>
    <message>
        <source>Base URL of the ERA server, e.g. https://era.example.org</source>
        <translation>Базовый URL сервера ERA, например https://era.example.org</translation>
    </message>
    <message>
        <source>Empty: task series are not synced</source>
        <translation>Пусто: серии задач не синхронизируются</translation>
    </message>
    <message>
        <source>Base URL of the TARGPatrol server, e.g. https://patrol.example.org</source>
        <translation>Базовый URL сервера TARGPatrol, например https://patrol.example.org</translation>
    </message>
    <message>
        <source>&amp;ERA base URL:</source>
        <translation>&amp;Базовый URL ERA:</translation>
    </message>
    <message>
        <source>&amp;TARGPatrol base URL:</source>
        <translation>Ба&amp;зовый URL TARGPatrol:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A request without an answer after this time is given up and retried</source>
        <translation>Запрос, на который за это время не пришёл ответ, прерывается и повторяется</translation>
    </message>
    <message>
        <source>How many records one list request asks for</source>
        <translation>Сколько записей запрашивается одним запросом списка</translation>
    </message>
    <message>
        <source>How many requests may run at the same time</source>
        <translation>Сколько запросов может выполняться одновременно</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Тайм-аут запроса:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Размер страницы:</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>&amp;Параллельных запросов:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <source>ERA to&amp;ken:</source>
        <translation>То&amp;кен ERA:</translation>
    </message>
    <message>
        <source>TARGPatrol t&amp;oken:</source>
        <translation>Ток&amp;ен TARGPatrol:</translation>
    </message>
    <message>
        <source>&amp;Store the tokens in the settings file</source>
        <translation>&amp;Хранить токены в файле настроек</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Проверка системного хранилища паролей…</translation>
    </message>
    <message>
        <source>The tokens are kept in the system keychain.</source>
        <translation>Токены хранятся в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Warning: the tokens will be written unencrypted to %1. Anyone who can read that file can act on the servers in your name.</source>
        <translation>Внимание: токены будут записаны в %1 в незашифрованном виде. Любой, кто может прочитать этот файл, сможет действовать на серверах от вашего имени.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The tokens are kept for this session only: they must be entered again after Taskdesk restarts, unless you store them in the settings file.</source>
        <translation>Системная связка ключей недоступна (%1). Токены хранятся только до конца сеанса: после перезапуска Taskdesk их придётся ввести снова, если не сохранить их в файле настроек.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Проверить &amp;подключение</translation>
    </message>
    <message>
        <source>Ask each server for one record with the token typed here, before saving</source>
        <translation>Запросить у каждого сервера одну запись с введённым здесь токеном, ещё до сохранения</translation>
    </message>
    <message>
        <source>Enter the address of a server first.</source>
        <translation>Сначала укажите адрес сервера.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
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
    <message>
        <source>%1 · held</source>
        <translation>%1 · задержана</translation>
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
    <name>TaskSeriesForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Edit series name</source>
        <translation>Изменить название серии</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Без описания</translation>
    </message>
    <message>
        <source>Descripti&amp;on:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Изменить описание</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>Edit start</source>
        <translation>Изменить начало</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>Окон&amp;чание:</translation>
    </message>
    <message>
        <source>Edit end</source>
        <translation>Изменить окончание</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Приорит&amp;ет:</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>Изменить приоритет</translation>
    </message>
    <message>
        <source>Steps &amp;must be done in order</source>
        <translation>&amp;Шаги выполняются по порядку</translation>
    </message>
    <message>
        <source>Strict time &amp;window</source>
        <translation>Стро&amp;гое время</translation>
    </message>
    <message>
        <source>Has a dead&amp;line</source>
        <translation>Есть сро&amp;к</translation>
    </message>
    <message>
        <source>Edit step order</source>
        <translation>Изменить порядок шагов</translation>
    </message>
    <message>
        <source>Edit strict time</source>
        <translation>Изменить строгое время</translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation>Изменить срок</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Изменить метки</translation>
    </message>
    <message>
        <source>User ids (UUIDs) of the people assigned</source>
        <translation>Идентификаторы (UUID) назначенных пользователей</translation>
    </message>
    <message>
        <source>Assi&amp;gnees:</source>
        <translation>Испо&amp;лнители:</translation>
    </message>
    <message>
        <source>Edit assignees</source>
        <translation>Изменить исполнителей</translation>
    </message>
    <message>
        <source>Location id:</source>
        <translation>Идентификатор места:</translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation>Изменить место</translation>
    </message>
    <message>
        <source>Rec&amp;urrence:</source>
        <translation>Повто&amp;рение:</translation>
    </message>
    <message>
        <source>Edit recurrence</source>
        <translation>Изменить повторение</translation>
    </message>
    <message>
        <source>Series id:</source>
        <translation>Идентификатор серии:</translation>
    </message>
    <message>
        <source>Sync state:</source>
        <translation>Синхронизация:</translation>
    </message>
    <message>
        <source>Select a series, or create one with New.</source>
        <translation>Выберите серию или создайте новую (Создать).</translation>
    </message>
    <message>
        <source>(unnamed series)</source>
        <translation>(серия без названия)</translation>
    </message>
    <message>
        <source>none yet (the server assigns it)</source>
        <translation>пока нет (назначит сервер)</translation>
    </message>
    <message>
        <source>earlier: %1</source>
        <translation>прежние: %1</translation>
    </message>
    <message>
        <source>Draft, will not be sent to the server until fixed:</source>
        <translation>Черновик: не будет отправлен на сервер, пока не исправлено:</translation>
    </message>
    <message>
        <source>UUID of the location</source>
        <translation>UUID места</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>People and place</source>
        <translation>Люди и место</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
</context>
<context>
    <name>TaskSeriesPage</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Search name, description, tags (Ctrl+F)</source>
        <translation>Поиск по названию, описанию, меткам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Сведени&amp;я</translation>
    </message>
    <message>
        <source>Steps and a&amp;ctions</source>
        <translation>Шаги и &amp;действия</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Новая серия</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n series</source>
        <translation>
            <numerusform>Дублировать %n серию</numerusform>
            <numerusform>Дублировать %n серии</numerusform>
            <numerusform>Дублировать %n серий</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the series &quot;%1&quot;?</source>
        <translation>Удалить серию «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n series?</source>
        <translation>
            <numerusform>Удалить %n серию?</numerusform>
            <numerusform>Удалить %n серии?</numerusform>
            <numerusform>Удалить %n серий?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n series</source>
        <translation>
            <numerusform>Удалить %n серию</numerusform>
            <numerusform>Удалить %n серии</numerusform>
            <numerusform>Удалить %n серий</numerusform>
        </translation>
    </message>
    <message>
        <source>No series match “%1”</source>
        <translation>Нет серий, подходящих под «%1»</translation>
    </message>
    <message>
        <source>A synced series stays on the server: TARGPatrol cannot delete a series through its API, so delete it in TARGPatrol too; the next sync then removes it here. You can undo this.</source>
        <translation>Синхронизированная серия останется на сервере: TARGPatrol не позволяет удалить серию через свой API, поэтому удалите её и в TARGPatrol; следующая синхронизация затем уберёт её здесь. Это можно отменить.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это можно отменить.</translation>
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
    <name>TaskSeriesSync</name>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>the server sent data that is not valid JSON (%1)</source>
        <translation>сервер прислал данные, которые не являются корректным JSON (%1)</translation>
    </message>
    <message>
        <source>the server sent data that is not a task execution</source>
        <translation>сервер прислал данные, которые не являются выполнением задачи</translation>
    </message>
    <message>
        <source>the server sent a series that cannot be read (%1)</source>
        <translation>сервер прислал нечитаемую серию (%1)</translation>
    </message>
    <message>
        <source>The TARGPatrol server refused the credentials (%1).</source>
        <translation>Сервер TARGPatrol отклонил учётные данные (%1).</translation>
    </message>
    <message>
        <source>The TARGPatrol server could not be reached: %1</source>
        <translation>Сервер TARGPatrol недоступен: %1</translation>
    </message>
    <message>
        <source>Pulling series</source>
        <translation>Получение серий</translation>
    </message>
    <message>
        <source>The TARGPatrol server could not list the task executions: %1</source>
        <translation>Серверу TARGPatrol не удалось выдать список выполнений задач: %1</translation>
    </message>
    <message>
        <source>Some task executions were listed without their series; no series is taken as deleted this time.</source>
        <translation>Некоторые выполнения задач получены без своих серий; в этот раз ни одна серия не считается удалённой.</translation>
    </message>
    <message>
        <source>Deleted on the server: %1</source>
        <translation>Удалена на сервере: %1</translation>
    </message>
    <message>
        <source>Conflict: %1 — %2</source>
        <translation>Конфликт: %1 — %2</translation>
    </message>
    <message>
        <source>Series %1: %2</source>
        <translation>Серия %1: %2</translation>
    </message>
    <message>
        <source>Reading changed series</source>
        <translation>Чтение изменённых серий</translation>
    </message>
    <message>
        <source>Series %1 changed while it was read; it is read again next time.</source>
        <translation>Серия %1 изменилась во время чтения; она будет прочитана снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Received new: %1</source>
        <translation>Получена новая: %1</translation>
    </message>
    <message>
        <source>Split on the server: %1 continues as series %2</source>
        <translation>Разделена на сервере: %1 продолжается как серия %2</translation>
    </message>
    <message>
        <source>Received changes: %1</source>
        <translation>Получены изменения: %1</translation>
    </message>
    <message>
        <source>Found on the server, created by an earlier sync: %1</source>
        <translation>Найдена на сервере, создана при предыдущей синхронизации: %1</translation>
    </message>
    <message>
        <source>Series %1 could not be stored: %2</source>
        <translation>Не удалось сохранить серию %1: %2</translation>
    </message>
    <message>
        <source>Pushing series</source>
        <translation>Отправка серий</translation>
    </message>
    <message>
        <source>TARGPatrol has no API to delete a series; delete it in TARGPatrol, the next sync then removes it here.</source>
        <translation>В TARGPatrol нет API для удаления серий; удалите серию в TARGPatrol, и следующая синхронизация удалит её здесь.</translation>
    </message>
    <message>
        <source>Not deleted: %1 — %2</source>
        <translation>Не удалена: %1 — %2</translation>
    </message>
    <message>
        <source>Not sent, still a draft with errors: %1</source>
        <translation>Не отправлена, всё ещё черновик с ошибками: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 — the server already has this series; it is read again next time.</source>
        <translation>Не отправлена: %1 — эта серия уже есть на сервере; она будет прочитана снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Не отправлена: %1 — %2</translation>
    </message>
    <message>
        <source>the answer cannot be read</source>
        <translation>ответ не удаётся прочитать</translation>
    </message>
    <message>
        <source>No usable answer for %1 (%2); looking for it on the server before sending it again.</source>
        <translation>Нет пригодного ответа по %1 (%2); перед повторной отправкой выполняется поиск серии на сервере.</translation>
    </message>
    <message>
        <source>Refused by the server: %1 — %2</source>
        <translation>Отклонена сервером: %1 — %2</translation>
    </message>
    <message>
        <source>Could not check whether %1 was created (%2); the next sync checks before sending it again.</source>
        <translation>Не удалось проверить, создана ли серия %1 (%2); следующая синхронизация проверит это перед повторной отправкой.</translation>
    </message>
    <message>
        <source>Not created: %1 — %2; it is sent again next time.</source>
        <translation>Не создана: %1 — %2; будет отправлена снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Created on the server, but it could not be read back (%1); the next sync takes it.</source>
        <translation>Создана на сервере, но прочитать её обратно не удалось (%1); её получит следующая синхронизация.</translation>
    </message>
    <message>
        <source>Created on the server: %1</source>
        <translation>Создана на сервере: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 — its task execution is not known yet; it is read again next time.</source>
        <translation>Не отправлена: %1 — её выполнение задачи пока неизвестно; она будет прочитана снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Not sent: %1 — its task execution is gone from the server; it is read again next time.</source>
        <translation>Не отправлена: %1 — её выполнения задачи больше нет на сервере; она будет прочитана снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Updated on the server: %1 (series %2 replaces %3)</source>
        <translation>Обновлена на сервере: %1 (серия %2 заменяет %3)</translation>
    </message>
    <message>
        <source>Nothing to send for %1: the server already has it.</source>
        <translation>Нечего отправлять для %1: на сервере уже всё есть.</translation>
    </message>
    <message>
        <source>No usable answer for %1 (%2); reading it again before sending it again.</source>
        <translation>Нет пригодного ответа по %1 (%2); перед повторной отправкой серия будет прочитана снова.</translation>
    </message>
    <message>
        <source>No answer for %1 (%2); it is sent again next time.</source>
        <translation>Нет ответа по %1 (%2); серия будет отправлена снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Updated on the server: %1, but it could not be read back (%2); the next sync reads it.</source>
        <translation>Обновлена на сервере: %1, но прочитать её обратно не удалось (%2); её прочитает следующая синхронизация.</translation>
    </message>
    <message>
        <source>Series %1: the server announced series %2 but shows %3.</source>
        <translation>Серия %1: сервер сообщил о серии %2, но показывает %3.</translation>
    </message>
    <message>
        <source>Split on the server: the later part of %1 is now a series of its own, %2 (from %3)</source>
        <translation>Разделена на сервере: более поздняя часть серии %1 теперь отдельная серия — %2 (с %3)</translation>
    </message>
    <message>
        <source>the server answered with task execution %1 instead of %2</source>
        <translation>сервер ответил выполнением задачи %1 вместо %2</translation>
    </message>
    <message>
        <source>The TARGPatrol server cannot be used: %1</source>
        <translation>Сервер TARGPatrol недоступен для работы: %1</translation>
    </message>
    <message>
        <source>The TARGPatrol server sent a list that cannot be used (%1); nothing was changed.</source>
        <translation>Сервер TARGPatrol прислал непригодный список (%1); ничего не изменено.</translation>
    </message>
    <message>
        <source>the server did not say which series task execution %1 belongs to</source>
        <translation>сервер не сообщил, к какой серии относится выполнение задачи %1</translation>
    </message>
    <message>
        <source>Which series each task execution belongs to could not be stored: %1</source>
        <translation>Не удалось сохранить, к каким сериям относятся выполнения задач: %1</translation>
    </message>
    <message>
        <source>The series of the listed task executions could not be read from the database: %1</source>
        <translation>Не удалось прочитать из базы данных серии перечисленных выполнений задач: %1</translation>
    </message>
    <message>
        <source>Task execution %1: its series could not be learned (%2); no series is taken as deleted this time.</source>
        <translation>Выполнение задачи %1: не удалось узнать его серию (%2); в этот раз ни одна серия не считается удалённой.</translation>
    </message>
    <message>
        <source>the list does not say which series its items belong to</source>
        <translation>в списке не указано, к каким сериям относятся его элементы</translation>
    </message>
    <message>
        <source>Not deleted yet: %1 — its create may have reached the server; the next sync looks for it again.</source>
        <translation>Пока не удалена: %1 — её создание могло дойти до сервера; следующая синхронизация проверит это снова.</translation>
    </message>
    <message>
        <source>Deleted: %1 (its create never reached the server)</source>
        <translation>Удалена: %1 (её создание не дошло до сервера)</translation>
    </message>
    <message numerus="yes">
        <source>Received %n more new series, not named one by one.</source>
        <translation>
            <numerusform>Получена ещё %n новая серия (без перечисления по одной).</numerusform>
            <numerusform>Получены ещё %n новые серии (без перечисления по одной).</numerusform>
            <numerusform>Получено ещё %n новых серий (без перечисления по одной).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 — the listing did not show it and it could not be read; it is sent next time.</source>
        <translation>Не отправлена: %1 — её не было в списке, и прочитать её не удалось; она будет отправлена в следующий раз.</translation>
    </message>
    <message>
        <source>Listed on no page, but still on the server: %1</source>
        <translation>Не попала ни на одну страницу списка, но есть на сервере: %1</translation>
    </message>
</context>
<context>
    <name>TaskSeriesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>По порядку</translation>
    </message>
    <message>
        <source>Strict time</source>
        <translation>Строгое время</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n действие</numerusform>
            <numerusform>%n действия</numerusform>
            <numerusform>%n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Code not known to this version; kept as it is.</source>
        <translation>Код неизвестен этой версии; сохраняется как есть.</translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Site mode</source>
        <translation>Режим сайтов</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Регул.</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Перекр.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Steps in order</source>
        <translation>Шаги по порядку</translation>
    </message>
    <message>
        <source>Strict time</source>
        <translation>Строгое время</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>Правило повторения</translation>
    </message>
    <message>
        <source>Recurrence exceptions</source>
        <translation>Исключения повторения</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Order of steps</source>
        <translation>Порядок шагов</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>точка</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательное</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>Шаг «%1»</translation>
    </message>
    <message>
        <source>Step “%1”: %2</source>
        <translation>Шаг «%1»: %2</translation>
    </message>
    <message>
        <source>Step “%1”: order of actions</source>
        <translation>Шаг «%1»: порядок действий</translation>
    </message>
    <message>
        <source>Step “%1”, action “%2”</source>
        <translation>Шаг «%1», действие «%2»</translation>
    </message>
    <message>
        <source>Step “%1”, action “%2”: %3</source>
        <translation>Шаг «%1», действие «%2»: %3</translation>
    </message>
    <message>
        <source>Action “%1”: step</source>
        <translation>Действие «%1»: шаг</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Удалена здесь, изменена на сервере</translation>
    </message>
    <message>
        <source>Deleted on the server, changed here</source>
        <translation>Удалена на сервере, изменена здесь</translation>
    </message>
</context>
<context>
    <name>TransferDocument</name>
    <message>
        <source>The file is not valid JSON: %1 (line %2, offset %3).</source>
        <translation>Файл не является корректным JSON: %1 (строка %2, позиция %3).</translation>
    </message>
    <message>
        <source>The file must hold a JSON object with &quot;svctasks&quot; and/or &quot;series&quot; lists.</source>
        <translation>Файл должен содержать JSON-объект со списками «svctasks» и/или «series».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>«%1» должен быть списком записей.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: поле «%2»: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot;: the same id appears earlier in the file.</source>
        <translation>%1: поле «id»: такой же идентификатор уже встречался в файле.</translation>
    </message>
    <message>
        <source>%1: field &quot;seriesId&quot;: the same id appears earlier in the file.</source>
        <translation>%1: поле «seriesId»: такой же идентификатор уже встречался в файле.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice at the top level of the file (line %2). Which one is meant is unclear: remove one of them.</source>
        <translation>Ключ «%1» встречается дважды на верхнем уровне файла (строка %2). Непонятно, какой из них имеется в виду: удалите один.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in %2 (line %3). Which one is meant is unclear: remove one of them.</source>
        <translation>Ключ «%1» встречается дважды в %2 (строка %3). Непонятно, какой из них имеется в виду: удалите один.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: the id %3 is already used by a step or action of %4.</source>
        <translation>%1: поле «%2»: id %3 уже занят шагом или действием в %4.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Отменить «%1»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Повторить «%1»</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Taskdesk user guide</source>
        <translation>Руководство пользователя Taskdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Taskdesk in short&lt;/h2&gt;&lt;p&gt;Taskdesk edits ERA service tasks and TARGPatrol task series on this computer and syncs them with their servers. Everything is saved as you edit; nothing reaches a server before you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Коротко о Taskdesk&lt;/h2&gt;&lt;p&gt;Taskdesk редактирует служебные задачи ERA и серии задач TARGPatrol на этом компьютере и синхронизирует их с серверами. Всё сохраняется сразу при правке; на сервер ничего не попадает до синхронизации.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The window&lt;/h3&gt;&lt;p&gt;Pick &lt;b&gt;Service tasks&lt;/b&gt; or &lt;b&gt;Task series&lt;/b&gt; on the left. The table lists the records; the form beside it shows the selected one, in groups. Right-click a column header to show or hide columns; drag a header to move its column. The name always stays first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Окно&lt;/h3&gt;&lt;p&gt;Выберите слева &lt;b&gt;Служебные задачи&lt;/b&gt; или &lt;b&gt;Серии задач&lt;/b&gt;. Таблица перечисляет записи; форма рядом показывает выбранную, по группам. Щелчок правой кнопкой по заголовку столбца показывает или скрывает столбцы; заголовок можно перетащить, чтобы переместить столбец. Имя всегда остаётся первым.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Editing&lt;/h3&gt;&lt;p&gt;Edit in the form or straight in a cell (Enter or F2). Every change can be undone with Ctrl+Z. A record with problems is kept as a draft and is not sent until fixed; the form says what to fix. Site mode and schedule list the known codes; the list modes enable &lt;b&gt;Sites&lt;/b&gt;, the individual schedule enables &lt;b&gt;Periods&lt;/b&gt;. Any other code you type is kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Правка&lt;/h3&gt;&lt;p&gt;Правьте в форме или прямо в ячейке (Enter или F2). Любое изменение отменяется по Ctrl+Z. Запись с ошибками хранится как черновик и не отправляется, пока их не исправить; форма говорит, что исправить. Режим сайтов и расписание предлагают известные коды; режимы со списком включают &lt;b&gt;Сайты&lt;/b&gt;, индивидуальное расписание включает &lt;b&gt;Периоды&lt;/b&gt;. Любой другой введённый код сохраняется.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sync&lt;/h3&gt;&lt;p&gt;Set the servers once in Sync ▸ Sync settings, then press F5. The sync panel shows what happens and whether the sync finished, failed or was cancelled. Records changed here and on the server are conflicts: Sync ▸ Resolve conflicts decides field by field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Синхронизация&lt;/h3&gt;&lt;p&gt;Один раз укажите серверы в Синхронизация ▸ Настройки синхронизации, затем нажимайте F5. Панель синхронизации показывает, что происходит и чем кончилась синхронизация: завершена, не удалась или отменена. Записи, изменённые и здесь, и на сервере, — конфликты: Синхронизация ▸ Разрешить конфликты решает их поле за полем.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Databases&lt;/h3&gt;&lt;p&gt;File ▸ Open database opens another database in a window of its own; File ▸ Recent databases lists the last ones. Import and Export move records as JSON files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Базы данных&lt;/h3&gt;&lt;p&gt;Файл ▸ Открыть базу данных открывает другую базу в отдельном окне; Файл ▸ Недавние базы данных перечисляет последние. Импорт и экспорт переносят записи в файлах JSON.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;p&gt;F6 and Shift+F6 move between the navigation, the table and the form. Ctrl+F searches, Esc clears the search. In a date field F4 or Alt+Down opens the calendar: the arrows move the day, Enter picks it, Esc closes the calendar and keeps the date as it was. Help ▸ Keyboard shortcuts lists the keys of the menus.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Клавиатура&lt;/h3&gt;&lt;p&gt;F6 и Shift+F6 переходят между навигацией, таблицей и формой. Ctrl+F — поиск, Esc очищает поиск. В поле даты F4 или Alt+Вниз открывают календарь: стрелки выбирают день, Enter подтверждает выбор, Esc закрывает календарь и оставляет дату прежней. Справка ▸ Клавиши перечисляет клавиши меню.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UtcDateTimeEdit</name>
    <message>
        <source>Date and time (local time)</source>
        <translation>Дата и время (местное время)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Оставить дату пустой</translation>
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
        <source>Assignee %1 is not a UUID: &quot;%2&quot;.</source>
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
    <message>
        <source>The id must be a UUID, e.g. 380daae6-016c-cdd4-606e-50e54938780c.</source>
        <translation>Идентификатор должен быть UUID, например 380daae6-016c-cdd4-606e-50e54938780c.</translation>
    </message>
    <message>
        <source>The series id must be a UUID, e.g. 475c2d64-b564-4f17-9833-ac3793ee43b4.</source>
        <translation>Идентификатор серии должен быть UUID, например 475c2d64-b564-4f17-9833-ac3793ee43b4.</translation>
    </message>
    <message>
        <source>The id (seriesId) of step %1 must be a UUID.</source>
        <translation>Идентификатор (seriesId) шага %1 должен быть UUID.</translation>
    </message>
    <message>
        <source>The id (seriesId) of action %1 of step %2 must be a UUID.</source>
        <translation>Идентификатор (seriesId) действия %1 шага %2 должен быть UUID.</translation>
    </message>
    <message>
        <source>Step %1 has the same id as an earlier step or action of this series: %2.</source>
        <translation>У шага %1 тот же идентификатор, что у одного из предыдущих шагов или действий этой серии: %2.</translation>
    </message>
    <message>
        <source>Action %1 of step %2 has the same id as an earlier step or action of this series: %3.</source>
        <translation>У действия %1 шага %2 тот же идентификатор, что у одного из предыдущих шагов или действий этой серии: %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is too long: %2 characters; at most %3 are allowed.</source>
        <translation>Поле «%1» слишком длинное: %2 символов; допускается не больше %3.</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>This database has no records yet</source>
        <translation>В этой базе данных пока нет записей</translation>
    </message>
    <message>
        <source>Get service tasks and task series in one of these ways:</source>
        <translation>Получите служебные задачи и серии задач одним из способов:</translation>
    </message>
    <message>
        <source>Set up sync with a server…</source>
        <translation>Настроить синхронизацию с сервером…</translation>
    </message>
    <message>
        <source>Enter the address of your ERA or TARGPatrol server and your token; the records come from the server with the first sync (F5).</source>
        <translation>Укажите адрес вашего сервера ERA или TARGPatrol и токен; записи придут с сервера при первой синхронизации (F5).</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <source>Load service tasks and series from a JSON document exported by Taskdesk or made by a script.</source>
        <translation>Загрузить служебные задачи и серии из документа JSON, выгруженного Taskdesk или созданного скриптом.</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>Открыть пример данных</translation>
    </message>
    <message>
        <source>Try Taskdesk on example records in a separate database of their own; this database stays as it is.</source>
        <translation>Попробовать Taskdesk на примерах записей в отдельной базе данных; эта база данных останется без изменений.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &quot;taskdesk --help&quot; for the options.</source>
        <translation>Параметры: «taskdesk --help».</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
</context>
</TS>
