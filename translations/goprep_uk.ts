<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>PracticeText</name>
    <message>
        <source>Solved</source>
        <translation>Розв’язано</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частково</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ще ні</translation>
    </message>
</context>
<context>
    <name>ProgressArchive</name>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 має бути об’єктом.</translation>
    </message>
    <message>
        <source>%1 has too many entries.</source>
        <translation>%1 має забагато записів.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 має бути списком.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 має бути текстом.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 довше за %2 символів.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 має бути числом від %2 до %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 має бути цілим числом від %2 до %3.</translation>
    </message>
    <message>
        <source>%1 must be a date from 2000 to 2300 or null.</source>
        <translation>%1 має бути датою від 2000 до 2300 року або null.</translation>
    </message>
    <message>
        <source>%1 must be a date from 2000 to 2300.</source>
        <translation>%1 має бути датою від 2000 до 2300 року.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 має бути true або false.</translation>
    </message>
    <message>
        <source>%1 is not a valid id.</source>
        <translation>%1 не є коректним ідентифікатором.</translation>
    </message>
    <message>
        <source>%1 has an id that cannot be stored.</source>
        <translation>%1 має ідентифікатор, який не можна зберегти.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 має бути одним із: %2.</translation>
    </message>
    <message>
        <source>%1 is not a consistent card state (%2).</source>
        <translation>%1 не є узгодженим станом картки (%2).</translation>
    </message>
    <message>
        <source>%1 must be a day from 2000 to 2300, such as 2025-03-14.</source>
        <translation>%1 має бути днем від 2000 до 2300 року, наприклад 2025-03-14.</translation>
    </message>
    <message>
        <source>%1 is not a valid attempt (%2).</source>
        <translation>%1 не є коректною спробою (%2).</translation>
    </message>
    <message>
        <source>%1 is not a consistent review (%2).</source>
        <translation>%1 не є узгодженим повторенням (%2).</translation>
    </message>
    <message>
        <source>%1 is not a key that can be imported.</source>
        <translation>%1 не є ключем, який можна імпортувати.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, so it is not a GoPrep progress file.</source>
        <translation>Файл більший за %1 МБ, тож це не файл прогресу GoPrep.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2); it may be damaged or incomplete.</source>
        <translation>Файл не є коректним JSON (%1 на байті %2); можливо, він пошкоджений або неповний.</translation>
    </message>
    <message>
        <source>The file is not a GoPrep progress file.</source>
        <translation>Це не файл прогресу GoPrep.</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>Файл не має коректної версії формату.</translation>
    </message>
    <message>
        <source>The file was written by a newer GoPrep (format version %1); update GoPrep to import it.</source>
        <translation>Файл записала новіша версія GoPrep (версія формату %1); оновіть GoPrep, щоб імпортувати його.</translation>
    </message>
    <message>
        <source>The file was written by a newer GoPrep (settings version %1); update GoPrep to import it.</source>
        <translation>Файл записала новіша версія GoPrep (версія налаштувань %1); оновіть GoPrep, щоб імпортувати його.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файл не можна імпортувати: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>No backup of the current progress could be written, so nothing was changed: %1</source>
        <translation>Не вдалося записати резервну копію поточного прогресу, тож нічого не змінено: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Не вдалося записати файл налаштувань %1.</translation>
    </message>
</context>
<context>
    <name>goprep::core::AppSettings</name>
    <message>
        <source>These settings were written by a newer GoPrep; unknown entries are kept untouched.</source>
        <translation>Ці налаштування записала новіша версія GoPrep; невідомі записи залишаються без змін.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>Не вдається прочитати або записати файл налаштувань %1; зміни не буде збережено.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; no copy of the file could be kept.</source>
        <translation>
            <numerusform>Не вдалося прочитати %n рядок файлу налаштувань, його пропущено; копію файлу зберегти не вдалося.</numerusform>
            <numerusform>Не вдалося прочитати %n рядки файлу налаштувань, їх пропущено; копію файлу зберегти не вдалося.</numerusform>
            <numerusform>Не вдалося прочитати %n рядків файлу налаштувань, їх пропущено; копію файлу зберегти не вдалося.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; the original was kept as %1.</source>
        <translation>
            <numerusform>Не вдалося прочитати %n рядок файлу налаштувань, його пропущено; оригінал збережено як %1.</numerusform>
            <numerusform>Не вдалося прочитати %n рядки файлу налаштувань, їх пропущено; оригінал збережено як %1.</numerusform>
            <numerusform>Не вдалося прочитати %n рядків файлу налаштувань, їх пропущено; оригінал збережено як %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::core::CardTableModel</name>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>This card is no longer in the guide. Its schedule and history are kept.</source>
        <translation>Цієї картки вже немає в посібнику. Її розклад та історію збережено.</translation>
    </message>
    <message>
        <source>removed from the guide</source>
        <translation>вилучено з посібника</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нова</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>у вивченні</translation>
    </message>
    <message>
        <source>review</source>
        <translation>на повторенні</translation>
    </message>
    <message>
        <source>relearning</source>
        <translation>повторне вивчення</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>призупинена</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Частина</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>До повторення</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Стабільність</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Складність</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Повторення</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Невдачі</translation>
    </message>
    <message>
        <source>Recall now</source>
        <translation>Пригадування</translation>
    </message>
    <message>
        <source>Days until the chance of recall falls to 90%</source>
        <translation>Днів, доки ймовірність пригадати не впаде до 90%</translation>
    </message>
    <message>
        <source>From 1 (easiest) to 10 (hardest)</source>
        <translation>Від 1 (найлегша) до 10 (найважча)</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Кількість відповідей</translation>
    </message>
    <message>
        <source>Times a learned card was forgotten</source>
        <translation>Скільки разів вивчену картку було забуто</translation>
    </message>
    <message>
        <source>Chance of recalling the card now (retrievability)</source>
        <translation>Ймовірність пригадати картку зараз</translation>
    </message>
</context>
<context>
    <name>goprep::core::MarkdownRenderer</name>
    <message>
        <source>Text</source>
        <comment>code block language</comment>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копіювати код</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
</context>
<context>
    <name>goprep::core::PracticeSession</name>
    <message>
        <source>The coding-task attempt in progress could not be read and was set aside.</source>
        <translation>Не вдалося прочитати поточну спробу завдання з програмування, її відкладено.</translation>
    </message>
</context>
<context>
    <name>goprep::core::StudySettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; using %3.</source>
        <translation>%1: «%2» не є цілим числом; використовується %3.</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3-%4; using %5.</source>
        <translation>%1: %2 поза межами %3–%4; використовується %5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; using %3.</source>
        <translation>%1: «%2» не є числом; використовується %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list of steps such as &quot;1m 10m&quot;; using &quot;%3&quot;.</source>
        <translation>%1: «%2» не є списком кроків на зразок «1m 10m»; використовується «%3».</translation>
    </message>
</context>
<context>
    <name>goprep::reader::FindBar</name>
    <message>
        <source>Find in chapter</source>
        <translation>Пошук у розділі</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Попередній збіг (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Наступний збіг (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>goprep::reader::ReaderView</name>
    <message>
        <source>Previous</source>
        <translation>Попередній</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопійовано</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation (BCP 47)</comment>
        <translation>uk</translation>
    </message>
</context>
<context>
    <name>goprep::ui::AboutDialog</name>
    <message>
        <source>Qt %1, KF6 SyntaxHighlighting %2, md4c %3</source>
        <translation>Qt %1, KF6 SyntaxHighlighting %2, md4c %3</translation>
    </message>
    <message>
        <source>About GoPrep</source>
        <translation>Про GoPrep</translation>
    </message>
    <message>
        <source>A study companion for a practical Go interview guide: read the guide, drill its flashcards and track your readiness, fully offline.</source>
        <translation>Помічник для підготовки за практичним посібником до співбесід із Go: читайте посібник, тренуйтеся з його картками й стежте за своєю готовністю — повністю офлайн.</translation>
    </message>
    <message>
        <source>License: GNU General Public License, version 3 or later.</source>
        <translation>Ліцензія: GNU General Public License, версія 3 або новіша.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::CardBrowserDialog</name>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Скинути…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Призупинити</translation>
    </message>
    <message>
        <source>&amp;Open in Guide</source>
        <translation>&amp;До посібника</translation>
    </message>
    <message>
        <source>Browse Cards</source>
        <translation>Перегляд карток</translation>
    </message>
    <message>
        <source>Search questions, answers and card ids</source>
        <translation>Пошук у питаннях, відповідях та ідентифікаторах карток</translation>
    </message>
    <message>
        <source>Make the selected cards new again; their review history is kept</source>
        <translation>Зробити вибрані картки знову новими; історію повторень буде збережено</translation>
    </message>
    <message>
        <source>Suspended cards are never shown for study (Ctrl+J)</source>
        <translation>Призупинені картки не показуються під час навчання (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show the section the card comes from</source>
        <translation>Показати підрозділ, з якого походить картка</translation>
    </message>
    <message>
        <source>Reset this card to new?</source>
        <translation>Зробити цю картку знову новою?</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n cards to new?</source>
        <translation>
            <numerusform>Зробити %n картку знову новою?</numerusform>
            <numerusform>Зробити %n картки знову новими?</numerusform>
            <numerusform>Зробити %n карток знову новими?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Cards</source>
        <translation>Скидання карток</translation>
    </message>
    <message>
        <source>The schedule is forgotten and suspended cards are unsuspended; the review history is kept.</source>
        <translation>Розклад буде скинуто, а призупинені картки — відновлено; історію повторень буде збережено.</translation>
    </message>
    <message>
        <source>Un&amp;suspend</source>
        <translation>Від&amp;новити</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 з %2</translation>
    </message>
</context>
<context>
    <name>goprep::ui::CardStateBar</name>
    <message>
        <source>Flashcards by state</source>
        <translation>Картки за станом</translation>
    </message>
    <message>
        <source>New %1 · learning %2 · young %3 · mature %4 (interval of 21 days or more)</source>
        <translation>Нові %1 · у вивченні %2 · незрілі %3 · зрілі %4 (інтервал від 21 дня)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>У вивченні</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Незрілі</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Зрілі</translation>
    </message>
</context>
<context>
    <name>goprep::ui::ChecklistPane</name>
    <message>
        <source>Reset…</source>
        <translation>Скинути…</translation>
    </message>
    <message>
        <source>Undo Reset</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Final Checklist</source>
        <translation>Підсумковий чекліст</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Невиконані</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконані</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v з %m</translation>
    </message>
    <message>
        <source>Arrows move, Space ticks or unticks</source>
        <translation>Стрілки — переміщення, пробіл — позначити або зняти позначку</translation>
    </message>
    <message>
        <source>Clear every tick (can be undone)</source>
        <translation>Зняти всі позначки (можна скасувати)</translation>
    </message>
    <message>
        <source>Review Part %1 first</source>
        <translation>Спершу повторіть частину %1</translation>
    </message>
    <message>
        <source>Review Parts %1 first</source>
        <translation>Спершу повторіть частини %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Частина %1</translation>
    </message>
    <message>
        <source>Review %1 first</source>
        <translation>Спершу повторіть: %1</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>позначено %1</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>ще не прочитано</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Що вивчити: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cards on these sections still new or fading: %n</source>
        <translation>
            <numerusform>Ще нових або призабутих карток із цих підрозділів: %n</numerusform>
            <numerusform>Ще нових або призабутих карток із цих підрозділів: %n</numerusform>
            <numerusform>Ще нових або призабутих карток із цих підрозділів: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Checklist</source>
        <translation>Скидання чекліста</translation>
    </message>
    <message>
        <source>Clear every tick of the checklist? You can undo this.</source>
        <translation>Зняти всі позначки в чеклісті? Це можна скасувати.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::DataPage</name>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Відкрити &amp;теку</translation>
    </message>
    <message>
        <source>Settings File</source>
        <translation>Файл налаштувань</translation>
    </message>
    <message>
        <source>All progress and preferences are kept in this file. Start GoPrep with --settings-file to keep it elsewhere, for example in a synced folder.</source>
        <translation>Увесь прогрес і налаштування зберігаються в цьому файлі. Запустіть GoPrep із --settings-file, щоб тримати його деінде, наприклад у синхронізованій теці.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <source>Export saves all progress (read chapters, card schedules with their review history, checklist ticks, coding task attempts) to one file. Import merges such a file into this progress or replaces it.</source>
        <translation>Експорт зберігає весь прогрес (прочитані розділи, розклад карток з історією повторень, позначки чекліста, спроби завдань із програмування) в один файл. Імпорт об’єднує такий файл із цим прогресом або замінює його.</translation>
    </message>
    <message>
        <source>&amp;Reset All Progress…</source>
        <translation>&amp;Скинути весь прогрес…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Before every import, restore or reset, GoPrep writes a backup of the progress beside the settings file.</source>
        <translation>Перед кожним імпортом, відновленням чи скиданням GoPrep записує резервну копію прогресу поруч із файлом налаштувань.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Резервних копій ще немає.</translation>
    </message>
    <message numerus="yes">
        <source>Newest backup: %1. Backups kept: %n.</source>
        <translation>
            <numerusform>Найновіша копія: %1. Збережено копій: %n.</numerusform>
            <numerusform>Найновіша копія: %1. Збережено копій: %n.</numerusform>
            <numerusform>Найновіша копія: %1. Збережено копій: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress exported to %1.</source>
        <translation>Прогрес експортовано в %1.</translation>
    </message>
    <message>
        <source>Done. The previous progress was backed up to %1.</source>
        <translation>Готово. Попередній прогрес збережено в %1.</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Експорт прогресу</translation>
    </message>
    <message>
        <source>GoPrep progress (*.json)</source>
        <translation>Прогрес GoPrep (*.json)</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Імпорт прогресу</translation>
    </message>
    <message>
        <source>This file was exported on %1 and holds:</source>
        <translation>Цей файл експортовано %1, у ньому:</translation>
    </message>
    <message numerus="yes">
        <source>Cards with a schedule: %n</source>
        <translation>
            <numerusform>Карток із розкладом: %n</numerusform>
            <numerusform>Карток із розкладом: %n</numerusform>
            <numerusform>Карток із розкладом: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews in the history: %n</source>
        <translation>
            <numerusform>Повторень в історії: %n</numerusform>
            <numerusform>Повторень в історії: %n</numerusform>
            <numerusform>Повторень в історії: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chapters read: %n</source>
        <translation>
            <numerusform>Прочитаних розділів: %n</numerusform>
            <numerusform>Прочитаних розділів: %n</numerusform>
            <numerusform>Прочитаних розділів: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist ticks: %n</source>
        <translation>
            <numerusform>Позначок у чеклісті: %n</numerusform>
            <numerusform>Позначок у чеклісті: %n</numerusform>
            <numerusform>Позначок у чеклісті: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coding task attempts: %n</source>
        <translation>
            <numerusform>Спроб завдань із програмування: %n</numerusform>
            <numerusform>Спроб завдань із програмування: %n</numerusform>
            <numerusform>Спроб завдань із програмування: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge keeps everything from both: for each card the schedule with the newer review, both review histories, all ticks and read chapters. Replace makes this progress exactly the file&apos;s. Either way a backup of the current progress is written first.</source>
        <translation>Об’єднання зберігає все з обох: для кожної картки — розклад із новішим повторенням, обидві історії повторень, усі позначки й прочитані розділи. Заміна робить цей прогрес точно таким, як у файлі. В обох випадках спершу записується резервна копія поточного прогресу.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Замінити</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Replace the current progress with the backup written on:</source>
        <translation>Замінити поточний прогрес резервною копією від:</translation>
    </message>
    <message>
        <source>Reset All Progress</source>
        <translation>Скинути весь прогрес</translation>
    </message>
    <message>
        <source>Reset all progress?</source>
        <translation>Скинути весь прогрес?</translation>
    </message>
    <message>
        <source>Read chapters, reading positions, card schedules with their review history and checklist ticks are cleared; preferences stay. A backup is written first and can be restored on this page.</source>
        <translation>Прочитані розділи, позиції читання, розклад карток з історією повторень і позначки чекліста буде очищено; налаштування залишаться. Спершу записується резервна копія, яку можна відновити на цій сторінці.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::FlashcardPane</name>
    <message>
        <source>Final-day pass</source>
        <translation>Фінальний прогін</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Показати відповідь</translation>
    </message>
    <message>
        <source>Open in Guide</source>
        <translation>До посібника</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Study Ahead</source>
        <translation>Вчити наперед</translation>
    </message>
    <message>
        <source>Browse Cards…</source>
        <translation>Переглянути картки…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Статистика…</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Усі картки</translation>
    </message>
    <message>
        <source>Mid-level cards</source>
        <translation>Картки для Middle</translation>
    </message>
    <message>
        <source>Senior cards</source>
        <translation>Картки для Senior</translation>
    </message>
    <message>
        <source>The guide&apos;s own Q&amp;A</source>
        <translation>Запитання й відповіді з посібника</translation>
    </message>
    <message>
        <source>Go through the deck in order without changing the schedule</source>
        <translation>Пройти колоду по порядку, не змінюючи розкладу</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Пробіл або Enter</translation>
    </message>
    <message>
        <source>Every card with its schedule: search, reset, suspend (Ctrl+Shift+B)</source>
        <translation>Усі картки з розкладом: пошук, скидання, призупинення (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Reviews, retention and the cards due in the coming days</source>
        <translation>Повторення, запам’ятовування й картки до повторення на найближчі дні</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Клавіша %1</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>Nothing is due in this deck.</source>
        <translation>У цій колоді немає карток до повторення.</translation>
    </message>
    <message>
        <source>The next card is due %1.</source>
        <translation>Наступну картку треба повторити %1.</translation>
    </message>
    <message>
        <source>Study ahead, or tick &quot;Final-day pass&quot; to go through the deck in order without changing the schedule.</source>
        <translation>Вчіть наперед або позначте «Фінальний прогін», щоб пройти колоду по порядку, не змінюючи розкладу.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <source>%1mo</source>
        <translation>%1 міс</translation>
    </message>
    <message>
        <source>%1y</source>
        <translation>%1 р</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Знову</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Важко</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добре</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Легко</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n нова</numerusform>
            <numerusform>%n нові</numerusform>
            <numerusform>%n нових</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning</source>
        <translation>
            <numerusform>%n у вивченні</numerusform>
            <numerusform>%n у вивченні</numerusform>
            <numerusform>%n у вивченні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n до повторення</numerusform>
            <numerusform>%n до повторення</numerusform>
            <numerusform>%n до повторення</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::MainWindow</name>
    <message>
        <source>GoPrep</source>
        <translation>GoPrep</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чекліст</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовність</translation>
    </message>
    <message>
        <source>5 minutes left on “%1”.</source>
        <translation>На «%1» залишилося 5 хвилин.</translation>
    </message>
    <message>
        <source>Time is up on “%1”. Finish your thought, then stop and rate the attempt.</source>
        <translation>Час на «%1» вийшов. Завершіть думку, потім зупиніть і оцініть спробу.</translation>
    </message>
    <message numerus="yes">
        <source>Coding-task attempts that could not be read: %n. They stay untouched in %1.</source>
        <translation>
            <numerusform>Спроб завдань із програмування, які не вдалося прочитати: %n. Вони залишаються без змін у %1.</numerusform>
            <numerusform>Спроб завдань із програмування, які не вдалося прочитати: %n. Вони залишаються без змін у %1.</numerusform>
            <numerusform>Спроб завдань із програмування, які не вдалося прочитати: %n. Вони залишаються без змін у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study settings: %1</source>
        <translation>Налаштування навчання: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Навігатор</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>Панель &amp;читання</translation>
    </message>
    <message>
        <source>&amp;Study Panes</source>
        <translation>&amp;Панелі навчання</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>Ч&amp;екліст</translation>
    </message>
    <message>
        <source>Coding &amp;Tasks</source>
        <translation>&amp;Завдання з програмування</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>О&amp;формлення</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Як у с&amp;истемі</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Світле</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темне</translation>
    </message>
    <message>
        <source>&amp;Code Theme</source>
        <translation>&amp;Тема коду</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message>
        <source>&amp;Previous Chapter</source>
        <translation>Попе&amp;редній розділ</translation>
    </message>
    <message>
        <source>&amp;Next Chapter</source>
        <translation>Н&amp;аступний розділ</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Пошук…</translation>
    </message>
    <message>
        <source>Search every section, flashcard and checklist item</source>
        <translation>Пошук в усіх підрозділах, картках і пунктах чекліста</translation>
    </message>
    <message>
        <source>&amp;Find in Chapter…</source>
        <translation>&amp;Знайти в розділі…</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти поп&amp;ереднє</translation>
    </message>
    <message>
        <source>Filter &amp;Chapters</source>
        <translation>&amp;Фільтр розділів</translation>
    </message>
    <message>
        <source>&amp;Browse Cards…</source>
        <translation>Переглянути &amp;картки…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About GoPrep</source>
        <translation>&amp;Про GoPrep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Read %1 of %2 chapters (%3%)</source>
        <translation>Прочитано розділів: %1 з %2 (%3%)</translation>
    </message>
    <message>
        <source>Readiness O&amp;verview</source>
        <translation>&amp;Огляд готовності</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Скинути масштаб</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Знайти &amp;наступне</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Progress could not be saved to %1.</source>
        <translation>Не вдалося зберегти прогрес у %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored review value(s) could not be read and are ignored; the file keeps them.</source>
        <translation>
            <numerusform>Не вдалося прочитати %n збережене значення повторення, його пропущено; файл його зберігає.</numerusform>
            <numerusform>Не вдалося прочитати %n збережені значення повторення, їх пропущено; файл їх зберігає.</numerusform>
            <numerusform>Не вдалося прочитати %n збережених значень повторення, їх пропущено; файл їх зберігає.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::NavigatorPane</name>
    <message>
        <source>Filter chapters</source>
        <translation>Фільтр розділів</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>Усі частини</translation>
    </message>
    <message>
        <source>Mid-level focus</source>
        <translation>Фокус на Middle</translation>
    </message>
    <message>
        <source>Senior focus</source>
        <translation>Фокус на Senior</translation>
    </message>
    <message>
        <source>Study track from &quot;How To Use This Guide&quot;</source>
        <translation>Навчальний маршрут із «How To Use This Guide»</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>%1% of the sections seen</source>
        <translation>Переглянуто %1% підрозділів</translation>
    </message>
    <message>
        <source>%1 (read)</source>
        <translation>%1 (прочитано)</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Позначити як непрочитане</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Позначити як прочитане</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PartChart</name>
    <message>
        <source>Readiness per part</source>
        <translation>Готовність за частинами</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Частина</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Читання</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чекліст</translation>
    </message>
    <message>
        <source>Read: %1%</source>
        <translation>Прочитано: %1%</translation>
    </message>
    <message>
        <source>Cards: %1 of %2 mature, %3 young</source>
        <translation>Картки: зрілих %1 з %2, незрілих %3</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 items ticked</source>
        <translation>Чекліст: позначено %1 з %2 пунктів</translation>
    </message>
    <message>
        <source>The weakest part: start here.</source>
        <translation>Найслабша частина: почніть звідси.</translation>
    </message>
    <message>
        <source>Click to open it in the reader.</source>
        <translation>Клацніть, щоб відкрити її в панелі читання.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PracticeIndicator</name>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: залишилося %2</translation>
    </message>
    <message>
        <source>%1: %2 over</source>
        <translation>%1: понад ліміт на %2</translation>
    </message>
    <message>
        <source>%1: paused, %2 left</source>
        <translation>%1: пауза, залишилося %2</translation>
    </message>
    <message>
        <source>%1: rate your attempt</source>
        <translation>%1: оцініть спробу</translation>
    </message>
    <message>
        <source>The coding-task attempt under way. Click to show it.</source>
        <translation>Поточна спроба завдання з програмування. Клацніть, щоб показати її.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>О&amp;формлення</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Навчання</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Дані</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Колірна &amp;схема:</translation>
    </message>
    <message>
        <source>Light and dark mode each keep their own code theme.</source>
        <translation>Світла й темна схеми мають кожна свою тему коду.</translation>
    </message>
    <message>
        <source>Reader &amp;zoom:</source>
        <translation>Масштаб &amp;читання:</translation>
    </message>
    <message>
        <source>Also Ctrl +, Ctrl − and Ctrl+0 in the reader.</source>
        <translation>Також Ctrl +, Ctrl − і Ctrl+0 у панелі читання.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>Бажане &amp;запам’ятовування:</translation>
    </message>
    <message>
        <source>The share of cards you want to still know when they come due. Higher means shorter intervals and more reviews; 0.90 suits most people.</source>
        <translation>Частка карток, які ви хочете ще пам’ятати, коли настане час їх повторити. Вище значення — коротші інтервали й більше повторень; 0,90 підходить більшості.</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>Нових &amp;карток на день:</translation>
    </message>
    <message>
        <source>Maximum re&amp;views per day:</source>
        <translation>Максимум &amp;повторень на день:</translation>
    </message>
    <message>
        <source>Learning s&amp;teps:</source>
        <translation>Кроки &amp;вивчення:</translation>
    </message>
    <message>
        <source>Relearning ste&amp;ps:</source>
        <translation>Кроки повто&amp;рного вивчення:</translation>
    </message>
    <message>
        <source>Separated by spaces, as in Anki: &quot;1m 10m&quot;, &quot;1h&quot;, &quot;1d&quot;. A new card is shown again after each step before its first interval in days; a forgotten card goes through the relearning steps.</source>
        <translation>Через пробіл, як в Anki: «1m 10m», «1h», «1d». Нова картка знову з’являється після кожного кроку, перш ніж отримати перший інтервал у днях; забута картка проходить кроки повторного вивчення.</translation>
    </message>
    <message>
        <source>Steps are minutes (10m or 10), hours (1h) or days (1d), from one minute to a year; until they are, the last valid steps are used.</source>
        <translation>Кроки — це хвилини (10m або 10), години (1h) чи дні (1d), від хвилини до року; доки це не так, діють останні коректні кроки.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>Takes effect after GoPrep restarts. The guide itself is in English.</source>
        <translation>Набуде чинності після перезапуску GoPrep. Сам посібник — англійською.</translation>
    </message>
    <message>
        <source>Code &amp;theme (dark):</source>
        <translation>&amp;Тема коду (темна схема):</translation>
    </message>
    <message>
        <source>Code &amp;theme (light):</source>
        <translation>&amp;Тема коду (світла схема):</translation>
    </message>
    <message>
        <source>Rest&amp;ore Defaults</source>
        <translation>Відновити &amp;типові</translation>
    </message>
    <message>
        <source>Ne&amp;xt day starts at:</source>
        <translation>Новий день по&amp;чинається о:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Мова &amp;інтерфейсу:</translation>
    </message>
</context>
<context>
    <name>goprep::ui::ReadinessPane</name>
    <message>
        <source>Flashcards</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Частини</translation>
    </message>
    <message>
        <source>Coding tasks</source>
        <translation>Завдання з програмування</translation>
    </message>
    <message numerus="yes">
        <source>Flashcards (%n)</source>
        <translation>
            <numerusform>Картки (%n)</numerusform>
            <numerusform>Картки (%n)</numerusform>
            <numerusform>Картки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>Найслабша: %1</translation>
    </message>
    <message>
        <source>Chapters read</source>
        <translation>Прочитані розділи</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 з %2 (%3)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чекліст</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Coding tasks practised</source>
        <translation>Опрацьовані завдання</translation>
    </message>
    <message>
        <source>%1 of %2, %3 solved</source>
        <translation>%1 з %2, розв’язано %3</translation>
    </message>
    <message>
        <source>Mature cards</source>
        <translation>Зрілі картки</translation>
    </message>
    <message>
        <source>Retention, %1</source>
        <translation>Запам’ятовування, %1</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>ще немає повторень</translation>
    </message>
    <message>
        <source>Answers, %1</source>
        <translation>Відповіді, %1</translation>
    </message>
    <message numerus="yes">
        <source>Days in a row: %n</source>
        <translation>
            <numerusform>Днів поспіль: %n</numerusform>
            <numerusform>Днів поспіль: %n</numerusform>
            <numerusform>Днів поспіль: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(study today to keep it)</source>
        <translation>(позаймайтеся сьогодні, щоб не перервати)</translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation>Серія занять</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Найкраще</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>останній %n день</numerusform>
            <numerusform>останні %n дні</numerusform>
            <numerusform>останні %n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::SearchPopup</name>
    <message>
        <source>Search sections, flashcards and the checklist</source>
        <translation>Пошук у підрозділах, картках і чеклісті</translation>
    </message>
    <message>
        <source>Type to search every section, flashcard and checklist item.</source>
        <translation>Почніть вводити, щоб шукати в усіх підрозділах, картках і пунктах чекліста.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Немає збігів для «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The best %n results. Enter opens, Esc closes.</source>
        <translation>
            <numerusform>Найкращий %n результат. Enter — відкрити, Esc — закрити.</numerusform>
            <numerusform>Найкращі %n результати. Enter — відкрити, Esc — закрити.</numerusform>
            <numerusform>Найкращі %n результатів. Enter — відкрити, Esc — закрити.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens, Esc closes.</source>
        <translation>
            <numerusform>%n результат. Enter — відкрити, Esc — закрити.</numerusform>
            <numerusform>%n результати. Enter — відкрити, Esc — закрити.</numerusform>
            <numerusform>%n результатів. Enter — відкрити, Esc — закрити.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::SearchResultModel</name>
    <message>
        <source>Section</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чекліст</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Частина %1</translation>
    </message>
</context>
<context>
    <name>goprep::ui::SingleInstance</name>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>Не вдалося створити файл блокування %1.</translation>
    </message>
    <message>
        <source>GoPrep (process %1) is already running with %2 but does not answer.</source>
        <translation>GoPrep (процес %1) уже працює з %2, але не відповідає.</translation>
    </message>
    <message>
        <source>Could not listen for other GoPrep launches: %1</source>
        <translation>Не вдалося приймати інші запуски GoPrep: %1</translation>
    </message>
    <message>
        <source>The command line is too long to hand over.</source>
        <translation>Командний рядок задовгий для передачі.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Повторення за день</translation>
    </message>
    <message>
        <source>No answers in the last 30 days.</source>
        <translation>Жодної відповіді за останні 30 днів.</translation>
    </message>
    <message>
        <source>True retention per day</source>
        <translation>Фактичне запам’ятовування за день</translation>
    </message>
    <message>
        <source>No answers to review cards in the last 30 days.</source>
        <translation>Жодної відповіді на картки на повторенні за останні 30 днів.</translation>
    </message>
    <message>
        <source>Cards due per day</source>
        <translation>Картки до повторення за днями</translation>
    </message>
    <message>
        <source>No cards are due in the next 30 days.</source>
        <translation>У найближчі 30 днів немає карток до повторення.</translation>
    </message>
    <message>
        <source>True retention</source>
        <translation>Фактичне запам’ятовування</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>До повторення в найближчі 30 днів</translation>
    </message>
    <message>
        <source>Cards: %1 new · %2 learning · %3 review · %4 suspended</source>
        <translation>Картки: нові %1 · у вивченні %2 · на повторенні %3 · призупинені %4</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n дн тому</numerusform>
            <numerusform>%n дн тому</numerusform>
            <numerusform>%n дн тому</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Answers: %2 (new %3, learning %4, review %5)</source>
        <translation>%1
Відповіді: %2 (нові %3, у вивченні %4, на повторенні %5)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>У вивченні</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>На повторенні</translation>
    </message>
    <message>
        <source>Answers in the last 30 days: %1, on %2 of those days; %3 a day on average.</source>
        <translation>Відповідей за останні 30 днів: %1, у %2 з цих днів; у середньому %3 на день.</translation>
    </message>
    <message>
        <source>%1
No answers to review cards</source>
        <translation>%1
Жодної відповіді на картки на повторенні</translation>
    </message>
    <message>
        <source>%1
Retention: %2 (%3 of %4 answers to review cards passed)</source>
        <translation>%1
Запам’ятовування: %2 (успішних відповідей на картки на повторенні: %3 з %4)</translation>
    </message>
    <message>
        <source>Retention per day</source>
        <translation>Запам’ятовування за день</translation>
    </message>
    <message>
        <source>Desired %1</source>
        <translation>Бажане: %1</translation>
    </message>
    <message>
        <source>%1 over the last 30 days: %2 of %3 answers to review cards were Hard, Good or Easy.</source>
        <translation>%1 за останні 30 днів: %2 з %3 відповідей на картки на повторенні були «Важко», «Добре» або «Легко».</translation>
    </message>
    <message>
        <source>No answers to review cards in the last 30 days yet.</source>
        <translation>За останні 30 днів ще немає відповідей на картки на повторенні.</translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>через %n дн</numerusform>
            <numerusform>через %n дн</numerusform>
            <numerusform>через %n дн</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Due: %2 (learning %3, review %4)</source>
        <translation>%1
До повторення: %2 (у вивченні %3, на повторенні %4)</translation>
    </message>
    <message>
        <source>Due today: %1, of which %2 overdue</source>
        <translation>До повторення сьогодні: %1, з них прострочено %2</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>До повторення сьогодні: %1</translation>
    </message>
    <message>
        <source>tomorrow: %1; in the next 30 days: %2.</source>
        <translation>завтра: %1; у найближчі 30 днів: %2.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::TasksPane</name>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Save Attempt</source>
        <translation>Зберегти спробу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Tick each requirement as you meet it during an attempt</source>
        <translation>Позначайте кожну вимогу, щойно виконаєте її під час спроби</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Time box for the next attempt</source>
        <translation>Ліміт часу для наступної спроби</translation>
    </message>
    <message>
        <source>Note (optional): what to do differently next time</source>
        <translation>Нотатка (необов’язково): що зробити інакше наступного разу</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Як пройшло?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Витрачено часу</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Reference implementation: %1</source>
        <translation>Еталонна реалізація: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Пов’язане: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>An attempt at “%1” is under way. &lt;a href=&quot;#show&quot;&gt;Show it&lt;/a&gt;</source>
        <translation>Триває спроба «%1». &lt;a href=&quot;#show&quot;&gt;Показати&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Ліміт часу</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>Витрачено %1</translation>
    </message>
    <message>
        <source>Time on the clock, pauses excluded</source>
        <translation>Час на годиннику без пауз</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>time over the time box</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (пауза)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Залишок часу</translation>
    </message>
    <message>
        <source>Over the time box</source>
        <translation>Понад ліміт часу</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 хв</translation>
    </message>
    <message>
        <source>Requirements met: %1 of %2</source>
        <translation>Виконано вимог: %1 з %2</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Ще немає спроб</translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %n</source>
        <translation>
            <numerusform>Спроби: %n</numerusform>
            <numerusform>Спроби: %n</numerusform>
            <numerusform>Спроби: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt could not be saved.</source>
        <translation>Не вдалося зберегти спробу.</translation>
    </message>
    <message>
        <source>Discard Attempt</source>
        <translation>Відкинути спробу</translation>
    </message>
    <message>
        <source>Drop this attempt without recording it?</source>
        <translation>Відкинути цю спробу, не записуючи її?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study companion for a Go interview guide</source>
        <translation>Помічник для підготовки до співбесід із Go за посібником</translation>
    </message>
    <message>
        <source>Save a PNG of the main window and exit.</source>
        <translation>Зберегти PNG головного вікна й вийти.</translation>
    </message>
    <message>
        <source>Keep progress in this INI file.</source>
        <translation>Зберігати прогрес у цьому INI-файлі.</translation>
    </message>
    <message>
        <source>Open this chapter (ID or ID#section).</source>
        <translation>Відкрити цей розділ (ID або ID#підрозділ).</translation>
    </message>
    <message>
        <source>Open the search (Ctrl+K) with this query.</source>
        <translation>Відкрити пошук (Ctrl+K) із цим запитом.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name in --help</comment>
        <translation>файл</translation>
    </message>
    <message>
        <source>id</source>
        <comment>value name in --help</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>query</source>
        <comment>value name in --help</comment>
        <translation>запит</translation>
    </message>
    <message>
        <source>the built-in guide could not be loaded</source>
        <translation>не вдалося завантажити вбудований посібник</translation>
    </message>
    <message>
        <source>no chapter or section “%1”</source>
        <translation>немає розділу чи підрозділу «%1»</translation>
    </message>
    <message>
        <source>ignoring a later launch’s command line: %1</source>
        <translation>командний рядок наступного запуску пропущено: %1</translation>
    </message>
</context>
</TS>
