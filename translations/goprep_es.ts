<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PracticeText</name>
    <message>
        <source>Solved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
</context>
<context>
    <name>ProgressArchive</name>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1 has too many entries.</source>
        <translation>%1 tiene demasiadas entradas.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 debe ser una lista.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 supera los %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 debe ser un número de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 must be a date from 2000 to 2300 or null.</source>
        <translation>%1 debe ser una fecha de 2000 a 2300 o null.</translation>
    </message>
    <message>
        <source>%1 must be a date from 2000 to 2300.</source>
        <translation>%1 debe ser una fecha de 2000 a 2300.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 debe ser true o false.</translation>
    </message>
    <message>
        <source>%1 is not a valid id.</source>
        <translation>%1 no es un id válido.</translation>
    </message>
    <message>
        <source>%1 has an id that cannot be stored.</source>
        <translation>%1 tiene un id que no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>%1 is not a consistent card state (%2).</source>
        <translation>%1 no es un estado de tarjeta coherente (%2).</translation>
    </message>
    <message>
        <source>%1 must be a day from 2000 to 2300, such as 2025-03-14.</source>
        <translation>%1 debe ser un día de 2000 a 2300, como 2025-03-14.</translation>
    </message>
    <message>
        <source>%1 is not a valid attempt (%2).</source>
        <translation>%1 no es un intento válido (%2).</translation>
    </message>
    <message>
        <source>%1 is not a consistent review (%2).</source>
        <translation>%1 no es un repaso coherente (%2).</translation>
    </message>
    <message>
        <source>%1 is not a key that can be imported.</source>
        <translation>%1 no es una clave que se pueda importar.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, so it is not a GoPrep progress file.</source>
        <translation>El archivo ocupa más de %1 MB, así que no es un archivo de progreso de GoPrep.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2); it may be damaged or incomplete.</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2); puede estar dañado o incompleto.</translation>
    </message>
    <message>
        <source>The file is not a GoPrep progress file.</source>
        <translation>El archivo no es un archivo de progreso de GoPrep.</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>El archivo no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>The file was written by a newer GoPrep (format version %1); update GoPrep to import it.</source>
        <translation>El archivo lo escribió una versión más reciente de GoPrep (versión de formato %1); actualiza GoPrep para importarlo.</translation>
    </message>
    <message>
        <source>The file was written by a newer GoPrep (settings version %1); update GoPrep to import it.</source>
        <translation>El archivo lo escribió una versión más reciente de GoPrep (versión de ajustes %1); actualiza GoPrep para importarlo.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>No se puede importar el archivo: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>No backup of the current progress could be written, so nothing was changed: %1</source>
        <translation>No se pudo escribir una copia de seguridad del progreso actual, así que no se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de ajustes %1.</translation>
    </message>
</context>
<context>
    <name>goprep::core::AppSettings</name>
    <message>
        <source>These settings were written by a newer GoPrep; unknown entries are kept untouched.</source>
        <translation>Estos ajustes proceden de una versión más reciente de GoPrep; las entradas desconocidas se conservan intactas.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>No se puede leer ni escribir el archivo de configuración %1; los cambios no se guardarán.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; no copy of the file could be kept.</source>
        <translation>
            <numerusform>No se pudo leer %n línea del archivo de configuración y se ignora; no se pudo guardar una copia del archivo.</numerusform>
            <numerusform>No se pudieron leer %n líneas del archivo de configuración y se ignoran; no se pudo guardar una copia del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; the original was kept as %1.</source>
        <translation>
            <numerusform>No se pudo leer %n línea del archivo de configuración y se ignora; el original se guardó como %1.</numerusform>
            <numerusform>No se pudieron leer %n líneas del archivo de configuración y se ignoran; el original se guardó como %1.</numerusform>
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
        <translation>Medio</translation>
    </message>
    <message>
        <source>This card is no longer in the guide. Its schedule and history are kept.</source>
        <translation>Esta tarjeta ya no está en la guía. Se conservan su programación y su historial.</translation>
    </message>
    <message>
        <source>removed from the guide</source>
        <translation>eliminada de la guía</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>aprendiendo</translation>
    </message>
    <message>
        <source>review</source>
        <translation>en repaso</translation>
    </message>
    <message>
        <source>relearning</source>
        <translation>reaprendiendo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Olvidos</translation>
    </message>
    <message>
        <source>Recall now</source>
        <translation>Recuerdo ahora</translation>
    </message>
    <message>
        <source>Days until the chance of recall falls to 90%</source>
        <translation>Días hasta que la probabilidad de recordarla baje al 90 %</translation>
    </message>
    <message>
        <source>From 1 (easiest) to 10 (hardest)</source>
        <translation>De 1 (la más fácil) a 10 (la más difícil)</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Respuestas dadas</translation>
    </message>
    <message>
        <source>Times a learned card was forgotten</source>
        <translation>Veces que se olvidó la tarjeta ya aprendida</translation>
    </message>
    <message>
        <source>Chance of recalling the card now (retrievability)</source>
        <translation>Probabilidad de recordar la tarjeta ahora (recuperabilidad)</translation>
    </message>
</context>
<context>
    <name>goprep::core::MarkdownRenderer</name>
    <message>
        <source>Text</source>
        <comment>code block language</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>goprep::core::PracticeSession</name>
    <message>
        <source>The coding-task attempt in progress could not be read and was set aside.</source>
        <translation>No se pudo leer el intento en curso de la tarea de programación y se ha apartado.</translation>
    </message>
</context>
<context>
    <name>goprep::core::StudySettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; using %3.</source>
        <translation>%1: «%2» no es un número entero; se usa %3.</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3-%4; using %5.</source>
        <translation>%1: %2 está fuera del intervalo %3-%4; se usa %5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; using %3.</source>
        <translation>%1: «%2» no es un número; se usa %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list of steps such as &quot;1m 10m&quot;; using &quot;%3&quot;.</source>
        <translation>%1: «%2» no es una lista de pasos como «1m 10m»; se usa «%3».</translation>
    </message>
</context>
<context>
    <name>goprep::reader::FindBar</name>
    <message>
        <source>Find in chapter</source>
        <translation>Buscar en el capítulo</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>goprep::reader::ReaderView</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation (BCP 47)</comment>
        <translation>es</translation>
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
        <translation>Acerca de GoPrep</translation>
    </message>
    <message>
        <source>A study companion for a practical Go interview guide: read the guide, drill its flashcards and track your readiness, fully offline.</source>
        <translation>Un compañero de estudio para una guía práctica de entrevistas de Go: lee la guía, repasa sus tarjetas y sigue tu preparación, totalmente sin conexión.</translation>
    </message>
    <message>
        <source>License: GNU General Public License, version 3 or later.</source>
        <translation>Licencia: GNU General Public License, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::CardBrowserDialog</name>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Restablecer…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>&amp;Open in Guide</source>
        <translation>&amp;Abrir en la guía</translation>
    </message>
    <message>
        <source>Browse Cards</source>
        <translation>Explorar tarjetas</translation>
    </message>
    <message>
        <source>Search questions, answers and card ids</source>
        <translation>Buscar en preguntas, respuestas e ID de tarjeta</translation>
    </message>
    <message>
        <source>Make the selected cards new again; their review history is kept</source>
        <translation>Vuelve a dejar como nuevas las tarjetas seleccionadas; se conserva su historial de repasos</translation>
    </message>
    <message>
        <source>Suspended cards are never shown for study (Ctrl+J)</source>
        <translation>Las tarjetas suspendidas nunca salen al estudiar (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show the section the card comes from</source>
        <translation>Muestra la sección de la que procede la tarjeta</translation>
    </message>
    <message>
        <source>Reset this card to new?</source>
        <translation>¿Restablecer esta tarjeta como nueva?</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n cards to new?</source>
        <translation>
            <numerusform>¿Restablecer %n tarjeta como nueva?</numerusform>
            <numerusform>¿Restablecer %n tarjetas como nuevas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Cards</source>
        <translation>Restablecer tarjetas</translation>
    </message>
    <message>
        <source>The schedule is forgotten and suspended cards are unsuspended; the review history is kept.</source>
        <translation>Se olvida la programación y las tarjetas suspendidas dejan de estarlo; se conserva el historial de repasos.</translation>
    </message>
    <message>
        <source>Un&amp;suspend</source>
        <translation>Quitar &amp;suspensión</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
</context>
<context>
    <name>goprep::ui::CardStateBar</name>
    <message>
        <source>Flashcards by state</source>
        <translation>Tarjetas por estado</translation>
    </message>
    <message>
        <source>New %1 · learning %2 · young %3 · mature %4 (interval of 21 days or more)</source>
        <translation>Nuevas %1 · aprendiendo %2 · jóvenes %3 · maduras %4 (intervalo de 21 días o más)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Maduras</translation>
    </message>
</context>
<context>
    <name>goprep::ui::ChecklistPane</name>
    <message>
        <source>Reset…</source>
        <translation>Restablecer…</translation>
    </message>
    <message>
        <source>Undo Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Final Checklist</source>
        <translation>Lista de control final</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Arrows move, Space ticks or unticks</source>
        <translation>Flechas para moverse, Espacio marca o desmarca</translation>
    </message>
    <message>
        <source>Clear every tick (can be undone)</source>
        <translation>Quita todas las marcas (se puede deshacer)</translation>
    </message>
    <message>
        <source>Review Part %1 first</source>
        <translation>Repasa primero la parte %1</translation>
    </message>
    <message>
        <source>Review Parts %1 first</source>
        <translation>Repasa primero las partes %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>Review %1 first</source>
        <translation>Repasa primero %1</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>marcado el %1</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>aún sin leer</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Para estudiar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cards on these sections still new or fading: %n</source>
        <translation>
            <numerusform>Tarjetas de estas secciones aún nuevas o que se van olvidando: %n</numerusform>
            <numerusform>Tarjetas de estas secciones aún nuevas o que se van olvidando: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Checklist</source>
        <translation>Restablecer la lista de control</translation>
    </message>
    <message>
        <source>Clear every tick of the checklist? You can undo this.</source>
        <translation>¿Quitar todas las marcas de la lista de control? Puedes deshacerlo.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::DataPage</name>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurar copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Settings File</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <source>All progress and preferences are kept in this file. Start GoPrep with --settings-file to keep it elsewhere, for example in a synced folder.</source>
        <translation>Todo el progreso y las preferencias se guardan en este archivo. Inicia GoPrep con --settings-file para guardarlo en otro sitio, por ejemplo en una carpeta sincronizada.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Export saves all progress (read chapters, card schedules with their review history, checklist ticks, coding task attempts) to one file. Import merges such a file into this progress or replaces it.</source>
        <translation>Exportar guarda todo el progreso (capítulos leídos, programación de las tarjetas con su historial de repasos, marcas de la lista de control, intentos de tareas de programación) en un archivo. Importar combina un archivo así con este progreso o lo reemplaza.</translation>
    </message>
    <message>
        <source>&amp;Reset All Progress…</source>
        <translation>&amp;Restablecer todo el progreso…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Before every import, restore or reset, GoPrep writes a backup of the progress beside the settings file.</source>
        <translation>Antes de cada importación, restauración o restablecimiento, GoPrep escribe una copia de seguridad del progreso junto al archivo de ajustes.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>Newest backup: %1. Backups kept: %n.</source>
        <translation>
            <numerusform>Copia más reciente: %1. Copias guardadas: %n.</numerusform>
            <numerusform>Copia más reciente: %1. Copias guardadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress exported to %1.</source>
        <translation>Progreso exportado a %1.</translation>
    </message>
    <message>
        <source>Done. The previous progress was backed up to %1.</source>
        <translation>Hecho. El progreso anterior se guardó en %1.</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Exportar progreso</translation>
    </message>
    <message>
        <source>GoPrep progress (*.json)</source>
        <translation>Progreso de GoPrep (*.json)</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Importar progreso</translation>
    </message>
    <message>
        <source>This file was exported on %1 and holds:</source>
        <translation>Este archivo se exportó el %1 y contiene:</translation>
    </message>
    <message numerus="yes">
        <source>Cards with a schedule: %n</source>
        <translation>
            <numerusform>Tarjetas con programación: %n</numerusform>
            <numerusform>Tarjetas con programación: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews in the history: %n</source>
        <translation>
            <numerusform>Repasos en el historial: %n</numerusform>
            <numerusform>Repasos en el historial: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chapters read: %n</source>
        <translation>
            <numerusform>Capítulos leídos: %n</numerusform>
            <numerusform>Capítulos leídos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist ticks: %n</source>
        <translation>
            <numerusform>Marcas en la lista de control: %n</numerusform>
            <numerusform>Marcas en la lista de control: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coding task attempts: %n</source>
        <translation>
            <numerusform>Intentos de tareas de programación: %n</numerusform>
            <numerusform>Intentos de tareas de programación: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge keeps everything from both: for each card the schedule with the newer review, both review histories, all ticks and read chapters. Replace makes this progress exactly the file&apos;s. Either way a backup of the current progress is written first.</source>
        <translation>Combinar conserva todo lo de ambos: para cada tarjeta, la programación con el repaso más reciente, los dos historiales de repasos, todas las marcas y los capítulos leídos. Reemplazar deja este progreso exactamente como el del archivo. En ambos casos, primero se escribe una copia de seguridad del progreso actual.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the current progress with the backup written on:</source>
        <translation>Reemplazar el progreso actual por la copia de seguridad del:</translation>
    </message>
    <message>
        <source>Reset All Progress</source>
        <translation>Restablecer todo el progreso</translation>
    </message>
    <message>
        <source>Reset all progress?</source>
        <translation>¿Restablecer todo el progreso?</translation>
    </message>
    <message>
        <source>Read chapters, reading positions, card schedules with their review history and checklist ticks are cleared; preferences stay. A backup is written first and can be restored on this page.</source>
        <translation>Se borran los capítulos leídos, las posiciones de lectura, la programación de las tarjetas con su historial de repasos y las marcas de la lista de control; las preferencias se mantienen. Antes se escribe una copia de seguridad que se puede restaurar en esta página.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::FlashcardPane</name>
    <message>
        <source>Final-day pass</source>
        <translation>Repaso final</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Mostrar respuesta</translation>
    </message>
    <message>
        <source>Open in Guide</source>
        <translation>Abrir en la guía</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Study Ahead</source>
        <translation>Estudiar por adelantado</translation>
    </message>
    <message>
        <source>Browse Cards…</source>
        <translation>Explorar tarjetas…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Estadísticas…</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Todas las tarjetas</translation>
    </message>
    <message>
        <source>Mid-level cards</source>
        <translation>Tarjetas de nivel medio</translation>
    </message>
    <message>
        <source>Senior cards</source>
        <translation>Tarjetas de nivel senior</translation>
    </message>
    <message>
        <source>The guide&apos;s own Q&amp;A</source>
        <translation>Preguntas y respuestas de la guía</translation>
    </message>
    <message>
        <source>Go through the deck in order without changing the schedule</source>
        <translation>Recorre el mazo en orden sin cambiar la programación</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Espacio o Intro</translation>
    </message>
    <message>
        <source>Every card with its schedule: search, reset, suspend (Ctrl+Shift+B)</source>
        <translation>Todas las tarjetas con su programación: buscar, restablecer, suspender (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <source>Reviews, retention and the cards due in the coming days</source>
        <translation>Repasos, retención y tarjetas pendientes de los próximos días</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Nothing is due in this deck.</source>
        <translation>No hay nada pendiente en este mazo.</translation>
    </message>
    <message>
        <source>The next card is due %1.</source>
        <translation>La próxima tarjeta estará pendiente el %1.</translation>
    </message>
    <message>
        <source>Study ahead, or tick &quot;Final-day pass&quot; to go through the deck in order without changing the schedule.</source>
        <translation>Estudia por adelantado o marca «Repaso final» para recorrer el mazo en orden sin cambiar la programación.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1mo</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1y</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning</source>
        <translation>
            <numerusform>%n aprendiendo</numerusform>
            <numerusform>%n aprendiendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
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
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>5 minutes left on “%1”.</source>
        <translation>Quedan 5 minutos para «%1».</translation>
    </message>
    <message>
        <source>Time is up on “%1”. Finish your thought, then stop and rate the attempt.</source>
        <translation>Se acabó el tiempo de «%1». Termina la idea, luego detén y valora el intento.</translation>
    </message>
    <message numerus="yes">
        <source>Coding-task attempts that could not be read: %n. They stay untouched in %1.</source>
        <translation>
            <numerusform>Intentos de tareas de programación que no se pudieron leer: %n. Se conservan intactos en %1.</numerusform>
            <numerusform>Intentos de tareas de programación que no se pudieron leer: %n. Se conservan intactos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study settings: %1</source>
        <translation>Ajustes de estudio: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navegador</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lector</translation>
    </message>
    <message>
        <source>&amp;Study Panes</source>
        <translation>Paneles de &amp;estudio</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>Lista de &amp;control</translation>
    </message>
    <message>
        <source>Coding &amp;Tasks</source>
        <translation>&amp;Tareas de programación</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Code Theme</source>
        <translation>Te&amp;ma del código</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ampl&amp;iar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Previous Chapter</source>
        <translation>Capítulo &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Chapter</source>
        <translation>Capítulo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search every section, flashcard and checklist item</source>
        <translation>Buscar en todas las secciones, tarjetas y puntos de la lista de control</translation>
    </message>
    <message>
        <source>&amp;Find in Chapter…</source>
        <translation>Buscar en el &amp;capítulo…</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Filter &amp;Chapters</source>
        <translation>&amp;Filtrar capítulos</translation>
    </message>
    <message>
        <source>&amp;Browse Cards…</source>
        <translation>&amp;Explorar tarjetas…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>Es&amp;tadísticas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About GoPrep</source>
        <translation>&amp;Acerca de GoPrep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Read %1 of %2 chapters (%3%)</source>
        <translation>Leídos %1 de %2 capítulos (%3 %)</translation>
    </message>
    <message>
        <source>Readiness O&amp;verview</source>
        <translation>Resumen de &amp;preparación</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Tamaño &amp;original</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Progress could not be saved to %1.</source>
        <translation>No se pudo guardar el progreso en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored review value(s) could not be read and are ignored; the file keeps them.</source>
        <translation>
            <numerusform>No se pudo leer %n valor de repaso guardado y se ignora; el archivo lo conserva.</numerusform>
            <numerusform>No se pudieron leer %n valores de repaso guardados y se ignoran; el archivo los conserva.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::NavigatorPane</name>
    <message>
        <source>Filter chapters</source>
        <translation>Filtrar capítulos</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>Todas las partes</translation>
    </message>
    <message>
        <source>Mid-level focus</source>
        <translation>Enfoque nivel medio</translation>
    </message>
    <message>
        <source>Senior focus</source>
        <translation>Enfoque senior</translation>
    </message>
    <message>
        <source>Study track from &quot;How To Use This Guide&quot;</source>
        <translation>Itinerario de estudio de «How To Use This Guide»</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>%1% of the sections seen</source>
        <translation>%1 % de las secciones vistas</translation>
    </message>
    <message>
        <source>%1 (read)</source>
        <translation>%1 (leído)</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PartChart</name>
    <message>
        <source>Readiness per part</source>
        <translation>Preparación por parte</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Read: %1%</source>
        <translation>Leído: %1 %</translation>
    </message>
    <message>
        <source>Cards: %1 of %2 mature, %3 young</source>
        <translation>Tarjetas: %1 de %2 maduras, %3 jóvenes</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 items ticked</source>
        <translation>Lista de control: %1 de %2 puntos marcados</translation>
    </message>
    <message>
        <source>The weakest part: start here.</source>
        <translation>La parte más floja: empieza por aquí.</translation>
    </message>
    <message>
        <source>Click to open it in the reader.</source>
        <translation>Haz clic para abrirla en el lector.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PracticeIndicator</name>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: quedan %2</translation>
    </message>
    <message>
        <source>%1: %2 over</source>
        <translation>%1: %2 de más</translation>
    </message>
    <message>
        <source>%1: paused, %2 left</source>
        <translation>%1: en pausa, quedan %2</translation>
    </message>
    <message>
        <source>%1: rate your attempt</source>
        <translation>%1: valora tu intento</translation>
    </message>
    <message>
        <source>The coding-task attempt under way. Click to show it.</source>
        <translation>El intento en curso de la tarea de programación. Haz clic para verlo.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Estudio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Light and dark mode each keep their own code theme.</source>
        <translation>El modo claro y el oscuro tienen cada uno su propio tema del código.</translation>
    </message>
    <message>
        <source>Reader &amp;zoom:</source>
        <translation>&amp;Zoom del lector:</translation>
    </message>
    <message>
        <source>Also Ctrl +, Ctrl − and Ctrl+0 in the reader.</source>
        <translation>También con Ctrl +, Ctrl − y Ctrl+0 en el lector.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>&amp;Retención deseada:</translation>
    </message>
    <message>
        <source>The share of cards you want to still know when they come due. Higher means shorter intervals and more reviews; 0.90 suits most people.</source>
        <translation>La proporción de tarjetas que quieres seguir sabiendo cuando queden pendientes. Más alta significa intervalos más cortos y más repasos; 0,90 va bien a la mayoría.</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>Tarjetas &amp;nuevas al día:</translation>
    </message>
    <message>
        <source>Maximum re&amp;views per day:</source>
        <translation>&amp;Máximo de repasos al día:</translation>
    </message>
    <message>
        <source>Learning s&amp;teps:</source>
        <translation>Pa&amp;sos de aprendizaje:</translation>
    </message>
    <message>
        <source>Relearning ste&amp;ps:</source>
        <translation>Pasos de reaprendi&amp;zaje:</translation>
    </message>
    <message>
        <source>Separated by spaces, as in Anki: &quot;1m 10m&quot;, &quot;1h&quot;, &quot;1d&quot;. A new card is shown again after each step before its first interval in days; a forgotten card goes through the relearning steps.</source>
        <translation>Separados por espacios, como en Anki: «1m 10m», «1h», «1d». Una tarjeta nueva vuelve a salir tras cada paso antes de su primer intervalo en días; una tarjeta olvidada pasa por los pasos de reaprendizaje.</translation>
    </message>
    <message>
        <source>Steps are minutes (10m or 10), hours (1h) or days (1d), from one minute to a year; until they are, the last valid steps are used.</source>
        <translation>Los pasos son minutos (10m o 10), horas (1h) o días (1d), de un minuto a un año; mientras no lo sean, se usan los últimos pasos válidos.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Takes effect after GoPrep restarts. The guide itself is in English.</source>
        <translation>Se aplica al reiniciar GoPrep. La guía en sí está en inglés.</translation>
    </message>
    <message>
        <source>Code &amp;theme (dark):</source>
        <translation>Te&amp;ma del código (oscuro):</translation>
    </message>
    <message>
        <source>Code &amp;theme (light):</source>
        <translation>Te&amp;ma del código (claro):</translation>
    </message>
    <message>
        <source>Rest&amp;ore Defaults</source>
        <translation>Restaurar valores prede&amp;terminados</translation>
    </message>
    <message>
        <source>Ne&amp;xt day starts at:</source>
        <translation>El día em&amp;pieza a las:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la interfa&amp;z:</translation>
    </message>
</context>
<context>
    <name>goprep::ui::ReadinessPane</name>
    <message>
        <source>Flashcards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Coding tasks</source>
        <translation>Tareas de programación</translation>
    </message>
    <message numerus="yes">
        <source>Flashcards (%n)</source>
        <translation>
            <numerusform>Tarjetas (%n)</numerusform>
            <numerusform>Tarjetas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>La más floja: %1</translation>
    </message>
    <message>
        <source>Chapters read</source>
        <translation>Capítulos leídos</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Coding tasks practised</source>
        <translation>Tareas de programación practicadas</translation>
    </message>
    <message>
        <source>%1 of %2, %3 solved</source>
        <translation>%1 de %2, %3 resueltas</translation>
    </message>
    <message>
        <source>Mature cards</source>
        <translation>Tarjetas maduras</translation>
    </message>
    <message>
        <source>Retention, %1</source>
        <translation>Retención, %1</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>aún sin repasos</translation>
    </message>
    <message>
        <source>Answers, %1</source>
        <translation>Respuestas, %1</translation>
    </message>
    <message numerus="yes">
        <source>Days in a row: %n</source>
        <translation>
            <numerusform>Días seguidos: %n</numerusform>
            <numerusform>Días seguidos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(study today to keep it)</source>
        <translation>(estudia hoy para no perderla)</translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation>Racha de estudio</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>último %n día</numerusform>
            <numerusform>últimos %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::SearchPopup</name>
    <message>
        <source>Search sections, flashcards and the checklist</source>
        <translation>Buscar en secciones, tarjetas y la lista de control</translation>
    </message>
    <message>
        <source>Type to search every section, flashcard and checklist item.</source>
        <translation>Escribe para buscar en todas las secciones, tarjetas y puntos de la lista de control.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The best %n results. Enter opens, Esc closes.</source>
        <translation>
            <numerusform>El mejor resultado (%n). Intro abre, Esc cierra.</numerusform>
            <numerusform>Los %n mejores resultados. Intro abre, Esc cierra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens, Esc closes.</source>
        <translation>
            <numerusform>%n resultado. Intro abre, Esc cierra.</numerusform>
            <numerusform>%n resultados. Intro abre, Esc cierra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::SearchResultModel</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Parte %1</translation>
    </message>
</context>
<context>
    <name>goprep::ui::SingleInstance</name>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>No se pudo crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>GoPrep (process %1) is already running with %2 but does not answer.</source>
        <translation>GoPrep (proceso %1) ya se está ejecutando con %2, pero no responde.</translation>
    </message>
    <message>
        <source>Could not listen for other GoPrep launches: %1</source>
        <translation>No se pueden atender otros inicios de GoPrep: %1</translation>
    </message>
    <message>
        <source>The command line is too long to hand over.</source>
        <translation>La línea de órdenes es demasiado larga para transferirla.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Repasos por día</translation>
    </message>
    <message>
        <source>No answers in the last 30 days.</source>
        <translation>Sin respuestas en los últimos 30 días.</translation>
    </message>
    <message>
        <source>True retention per day</source>
        <translation>Retención real por día</translation>
    </message>
    <message>
        <source>No answers to review cards in the last 30 days.</source>
        <translation>Sin respuestas a tarjetas en repaso en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Cards due per day</source>
        <translation>Tarjetas pendientes por día</translation>
    </message>
    <message>
        <source>No cards are due in the next 30 days.</source>
        <translation>No hay tarjetas pendientes en los próximos 30 días.</translation>
    </message>
    <message>
        <source>True retention</source>
        <translation>Retención real</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Pendientes en los próximos 30 días</translation>
    </message>
    <message>
        <source>Cards: %1 new · %2 learning · %3 review · %4 suspended</source>
        <translation>Tarjetas: %1 nuevas · %2 aprendiendo · %3 en repaso · %4 suspendidas</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n d</numerusform>
            <numerusform>hace %n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Answers: %2 (new %3, learning %4, review %5)</source>
        <translation>%1
Respuestas: %2 (nuevas %3, aprendiendo %4, en repaso %5)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>En repaso</translation>
    </message>
    <message>
        <source>Answers in the last 30 days: %1, on %2 of those days; %3 a day on average.</source>
        <translation>Respuestas en los últimos 30 días: %1, en %2 de esos días; %3 al día de media.</translation>
    </message>
    <message>
        <source>%1
No answers to review cards</source>
        <translation>%1
Sin respuestas a tarjetas en repaso</translation>
    </message>
    <message>
        <source>%1
Retention: %2 (%3 of %4 answers to review cards passed)</source>
        <translation>%1
Retención: %2 (%3 de %4 respuestas a tarjetas en repaso acertadas)</translation>
    </message>
    <message>
        <source>Retention per day</source>
        <translation>Retención por día</translation>
    </message>
    <message>
        <source>Desired %1</source>
        <translation>Deseada: %1</translation>
    </message>
    <message>
        <source>%1 over the last 30 days: %2 of %3 answers to review cards were Hard, Good or Easy.</source>
        <translation>%1 en los últimos 30 días: %2 de %3 respuestas a tarjetas en repaso fueron Difícil, Bien o Fácil.</translation>
    </message>
    <message>
        <source>No answers to review cards in the last 30 days yet.</source>
        <translation>Aún no hay respuestas a tarjetas en repaso en los últimos 30 días.</translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>en %n d</numerusform>
            <numerusform>en %n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Due: %2 (learning %3, review %4)</source>
        <translation>%1
Pendientes: %2 (aprendiendo %3, en repaso %4)</translation>
    </message>
    <message>
        <source>Due today: %1, of which %2 overdue</source>
        <translation>Pendientes hoy: %1, de ellas %2 atrasadas</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Pendientes hoy: %1</translation>
    </message>
    <message>
        <source>tomorrow: %1; in the next 30 days: %2.</source>
        <translation>mañana: %1; en los próximos 30 días: %2.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::TasksPane</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Save Attempt</source>
        <translation>Guardar intento</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Tick each requirement as you meet it during an attempt</source>
        <translation>Marca cada requisito en cuanto lo cumplas durante un intento</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time box for the next attempt</source>
        <translation>Tiempo límite del próximo intento</translation>
    </message>
    <message>
        <source>Note (optional): what to do differently next time</source>
        <translation>Nota (opcional): qué harás distinto la próxima vez</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Qué tal ha ido?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Tiempo usado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reference implementation: %1</source>
        <translation>Implementación de referencia: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Relacionado: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>An attempt at “%1” is under way. &lt;a href=&quot;#show&quot;&gt;Show it&lt;/a&gt;</source>
        <translation>Hay un intento de «%1» en curso. &lt;a href=&quot;#show&quot;&gt;Mostrarlo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 usados</translation>
    </message>
    <message>
        <source>Time on the clock, pauses excluded</source>
        <translation>Tiempo en el reloj, sin contar las pausas</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>time over the time box</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Over the time box</source>
        <translation>Fuera del tiempo límite</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <source>Requirements met: %1 of %2</source>
        <translation>Requisitos cumplidos: %1 de %2</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Aún no hay intentos</translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %n</source>
        <translation>
            <numerusform>Intentos: %n</numerusform>
            <numerusform>Intentos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt could not be saved.</source>
        <translation>No se pudo guardar el intento.</translation>
    </message>
    <message>
        <source>Discard Attempt</source>
        <translation>Descartar intento</translation>
    </message>
    <message>
        <source>Drop this attempt without recording it?</source>
        <translation>¿Descartar este intento sin registrarlo?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study companion for a Go interview guide</source>
        <translation>Compañero de estudio para una guía de entrevistas de Go</translation>
    </message>
    <message>
        <source>Save a PNG of the main window and exit.</source>
        <translation>Guarda un PNG de la ventana principal y sale.</translation>
    </message>
    <message>
        <source>Keep progress in this INI file.</source>
        <translation>Guarda el progreso en este archivo INI.</translation>
    </message>
    <message>
        <source>Open this chapter (ID or ID#section).</source>
        <translation>Abre este capítulo (ID o ID#sección).</translation>
    </message>
    <message>
        <source>Open the search (Ctrl+K) with this query.</source>
        <translation>Abre la búsqueda (Ctrl+K) con esta consulta.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name in --help</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>id</source>
        <comment>value name in --help</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>query</source>
        <comment>value name in --help</comment>
        <translation>consulta</translation>
    </message>
    <message>
        <source>the built-in guide could not be loaded</source>
        <translation>no se pudo cargar la guía integrada</translation>
    </message>
    <message>
        <source>no chapter or section “%1”</source>
        <translation>no hay ningún capítulo ni sección «%1»</translation>
    </message>
    <message>
        <source>ignoring a later launch’s command line: %1</source>
        <translation>se ignora la línea de órdenes de un inicio posterior: %1</translation>
    </message>
</context>
</TS>
