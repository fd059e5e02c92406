<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PracticeText</name>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>ProgressArchive</name>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 has too many entries.</source>
        <translation>%1 hat zu viele Einträge.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1 must be a date from 2000 to 2300 or null.</source>
        <translation>%1 muss ein Datum von 2000 bis 2300 oder null sein.</translation>
    </message>
    <message>
        <source>%1 must be a date from 2000 to 2300.</source>
        <translation>%1 muss ein Datum von 2000 bis 2300 sein.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 is not a valid id.</source>
        <translation>%1 ist keine gültige ID.</translation>
    </message>
    <message>
        <source>%1 has an id that cannot be stored.</source>
        <translation>%1 hat eine ID, die sich nicht speichern lässt.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 is not a consistent card state (%2).</source>
        <translation>%1 ist kein stimmiger Kartenzustand (%2).</translation>
    </message>
    <message>
        <source>%1 must be a day from 2000 to 2300, such as 2025-03-14.</source>
        <translation>%1 muss ein Tag von 2000 bis 2300 sein, etwa 2025-03-14.</translation>
    </message>
    <message>
        <source>%1 is not a valid attempt (%2).</source>
        <translation>%1 ist kein gültiger Versuch (%2).</translation>
    </message>
    <message>
        <source>%1 is not a consistent review (%2).</source>
        <translation>%1 ist keine stimmige Wiederholung (%2).</translation>
    </message>
    <message>
        <source>%1 is not a key that can be imported.</source>
        <translation>%1 ist kein Schlüssel, der sich importieren lässt.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, so it is not a GoPrep progress file.</source>
        <translation>Die Datei ist größer als %1 MB und damit keine GoPrep-Fortschrittsdatei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2); it may be damaged or incomplete.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2); sie ist vielleicht beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>The file is not a GoPrep progress file.</source>
        <translation>Die Datei ist keine GoPrep-Fortschrittsdatei.</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>Die Datei hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The file was written by a newer GoPrep (format version %1); update GoPrep to import it.</source>
        <translation>Die Datei stammt von einer neueren GoPrep-Version (Formatversion %1); aktualisieren Sie GoPrep, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file was written by a newer GoPrep (settings version %1); update GoPrep to import it.</source>
        <translation>Die Datei stammt von einer neueren GoPrep-Version (Einstellungsversion %1); aktualisieren Sie GoPrep, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei lässt sich nicht importieren: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No backup of the current progress could be written, so nothing was changed: %1</source>
        <translation>Vom aktuellen Fortschritt ließ sich keine Sicherung schreiben, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>goprep::core::AppSettings</name>
    <message>
        <source>These settings were written by a newer GoPrep; unknown entries are kept untouched.</source>
        <translation>Diese Einstellungen stammen von einer neueren GoPrep-Version; unbekannte Einträge bleiben unverändert.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen oder geschrieben werden; Änderungen werden nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; no copy of the file could be kept.</source>
        <translation>
            <numerusform>%n Zeile der Einstellungsdatei konnte nicht gelesen werden und wird übergangen; es konnte keine Kopie der Datei angelegt werden.</numerusform>
            <numerusform>%n Zeilen der Einstellungsdatei konnten nicht gelesen werden und werden übergangen; es konnte keine Kopie der Datei angelegt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; the original was kept as %1.</source>
        <translation>
            <numerusform>%n Zeile der Einstellungsdatei konnte nicht gelesen werden und wird übergangen; das Original liegt unter %1.</numerusform>
            <numerusform>%n Zeilen der Einstellungsdatei konnten nicht gelesen werden und werden übergangen; das Original liegt unter %1.</numerusform>
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
        <translation>Mid-Level</translation>
    </message>
    <message>
        <source>This card is no longer in the guide. Its schedule and history are kept.</source>
        <translation>Diese Karte ist nicht mehr im Leitfaden. Zeitplan und Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>removed from the guide</source>
        <translation>aus dem Leitfaden entfernt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>lernend</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>relearning</source>
        <translation>erneut lernend</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>Recall now</source>
        <translation>Abrufbarkeit</translation>
    </message>
    <message>
        <source>Days until the chance of recall falls to 90%</source>
        <translation>Tage, bis die Abrufwahrscheinlichkeit auf 90 % fällt</translation>
    </message>
    <message>
        <source>From 1 (easiest) to 10 (hardest)</source>
        <translation>Von 1 (am leichtesten) bis 10 (am schwersten)</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Gegebene Antworten</translation>
    </message>
    <message>
        <source>Times a learned card was forgotten</source>
        <translation>Wie oft die gelernte Karte vergessen wurde</translation>
    </message>
    <message>
        <source>Chance of recalling the card now (retrievability)</source>
        <translation>Wahrscheinlichkeit, die Karte jetzt abzurufen</translation>
    </message>
</context>
<context>
    <name>goprep::core::MarkdownRenderer</name>
    <message>
        <source>Text</source>
        <comment>code block language</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>goprep::core::PracticeSession</name>
    <message>
        <source>The coding-task attempt in progress could not be read and was set aside.</source>
        <translation>Der laufende Versuch einer Programmieraufgabe konnte nicht gelesen werden und wurde beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>goprep::core::StudySettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; using %3.</source>
        <translation>%1: „%2“ ist keine ganze Zahl; %3 wird verwendet.</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3-%4; using %5.</source>
        <translation>%1: %2 liegt außerhalb von %3–%4; %5 wird verwendet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; using %3.</source>
        <translation>%1: „%2“ ist keine Zahl; %3 wird verwendet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list of steps such as &quot;1m 10m&quot;; using &quot;%3&quot;.</source>
        <translation>%1: „%2“ ist keine Liste von Lernstufen wie „1m 10m“; „%3“ wird verwendet.</translation>
    </message>
</context>
<context>
    <name>goprep::reader::FindBar</name>
    <message>
        <source>Find in chapter</source>
        <translation>Im Kapitel suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>goprep::reader::ReaderView</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation (BCP 47)</comment>
        <translation>de</translation>
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
        <translation>Über GoPrep</translation>
    </message>
    <message>
        <source>A study companion for a practical Go interview guide: read the guide, drill its flashcards and track your readiness, fully offline.</source>
        <translation>Ein Lernbegleiter für einen praxisnahen Leitfaden zu Go-Vorstellungsgesprächen: den Leitfaden lesen, seine Karteikarten üben und den eigenen Vorbereitungsstand verfolgen – vollständig offline.</translation>
    </message>
    <message>
        <source>License: GNU General Public License, version 3 or later.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::CardBrowserDialog</name>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>&amp;Open in Guide</source>
        <translation>&amp;Im Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Browse Cards</source>
        <translation>Karten durchsuchen</translation>
    </message>
    <message>
        <source>Search questions, answers and card ids</source>
        <translation>Fragen, Antworten und Karten-IDs durchsuchen</translation>
    </message>
    <message>
        <source>Make the selected cards new again; their review history is kept</source>
        <translation>Die gewählten Karten wieder zu neuen Karten machen; ihr Wiederholungsverlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>Suspended cards are never shown for study (Ctrl+J)</source>
        <translation>Ausgesetzte Karten kommen beim Lernen nie dran (Strg+J)</translation>
    </message>
    <message>
        <source>Show the section the card comes from</source>
        <translation>Den Abschnitt zeigen, aus dem die Karte stammt</translation>
    </message>
    <message>
        <source>Reset this card to new?</source>
        <translation>Diese Karte auf neu zurücksetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n cards to new?</source>
        <translation>
            <numerusform>%n Karte auf neu zurücksetzen?</numerusform>
            <numerusform>%n Karten auf neu zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Cards</source>
        <translation>Karten zurücksetzen</translation>
    </message>
    <message>
        <source>The schedule is forgotten and suspended cards are unsuspended; the review history is kept.</source>
        <translation>Der Zeitplan wird verworfen und ausgesetzte Karten kommen wieder dran; der Wiederholungsverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Un&amp;suspend</source>
        <translation>Aussetzen auf&amp;heben</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>goprep::ui::CardStateBar</name>
    <message>
        <source>Flashcards by state</source>
        <translation>Karteikarten nach Status</translation>
    </message>
    <message>
        <source>New %1 · learning %2 · young %3 · mature %4 (interval of 21 days or more)</source>
        <translation>Neu %1 · lernend %2 · jung %3 · alt %4 (Intervall ab 21 Tagen)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernend</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jung</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>goprep::ui::ChecklistPane</name>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>Undo Reset</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Final Checklist</source>
        <translation>Abschluss-Checkliste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Arrows move, Space ticks or unticks</source>
        <translation>Pfeiltasten bewegen, die Leertaste setzt oder entfernt den Haken</translation>
    </message>
    <message>
        <source>Clear every tick (can be undone)</source>
        <translation>Alle Haken entfernen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Review Part %1 first</source>
        <translation>Zuerst Teil %1 wiederholen</translation>
    </message>
    <message>
        <source>Review Parts %1 first</source>
        <translation>Zuerst die Teile %1 wiederholen</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>Review %1 first</source>
        <translation>Zuerst %1 wiederholen</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>abgehakt am %1</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Zum Lernen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cards on these sections still new or fading: %n</source>
        <translation>
            <numerusform>Noch neue oder verblassende Karten zu diesen Abschnitten: %n</numerusform>
            <numerusform>Noch neue oder verblassende Karten zu diesen Abschnitten: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Checklist</source>
        <translation>Checkliste zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every tick of the checklist? You can undo this.</source>
        <translation>Alle Haken der Checkliste entfernen? Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::DataPage</name>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Settings File</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>All progress and preferences are kept in this file. Start GoPrep with --settings-file to keep it elsewhere, for example in a synced folder.</source>
        <translation>Der gesamte Fortschritt und alle Einstellungen liegen in dieser Datei. Starten Sie GoPrep mit --settings-file, um sie woanders abzulegen, etwa in einem synchronisierten Ordner.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Export saves all progress (read chapters, card schedules with their review history, checklist ticks, coding task attempts) to one file. Import merges such a file into this progress or replaces it.</source>
        <translation>Exportieren speichert den gesamten Fortschritt (gelesene Kapitel, Kartenzeitpläne mit ihrem Wiederholungsverlauf, Haken der Checkliste, Versuche an Programmieraufgaben) in einer Datei. Importieren führt eine solche Datei mit diesem Fortschritt zusammen oder ersetzt ihn damit.</translation>
    </message>
    <message>
        <source>&amp;Reset All Progress…</source>
        <translation>Gesamten Fortschritt &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Before every import, restore or reset, GoPrep writes a backup of the progress beside the settings file.</source>
        <translation>Vor jedem Import, jeder Wiederherstellung und jedem Zurücksetzen legt GoPrep neben der Einstellungsdatei eine Sicherung des Fortschritts an.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message numerus="yes">
        <source>Newest backup: %1. Backups kept: %n.</source>
        <translation>
            <numerusform>Neueste Sicherung: %1. Aufbewahrte Sicherungen: %n.</numerusform>
            <numerusform>Neueste Sicherung: %1. Aufbewahrte Sicherungen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress exported to %1.</source>
        <translation>Fortschritt nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Done. The previous progress was backed up to %1.</source>
        <translation>Fertig. Der bisherige Fortschritt wurde in %1 gesichert.</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Fortschritt exportieren</translation>
    </message>
    <message>
        <source>GoPrep progress (*.json)</source>
        <translation>GoPrep-Fortschritt (*.json)</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Fortschritt importieren</translation>
    </message>
    <message>
        <source>This file was exported on %1 and holds:</source>
        <translation>Diese Datei wurde am %1 exportiert und enthält:</translation>
    </message>
    <message numerus="yes">
        <source>Cards with a schedule: %n</source>
        <translation>
            <numerusform>Karten mit Zeitplan: %n</numerusform>
            <numerusform>Karten mit Zeitplan: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews in the history: %n</source>
        <translation>
            <numerusform>Wiederholungen im Verlauf: %n</numerusform>
            <numerusform>Wiederholungen im Verlauf: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chapters read: %n</source>
        <translation>
            <numerusform>Gelesene Kapitel: %n</numerusform>
            <numerusform>Gelesene Kapitel: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist ticks: %n</source>
        <translation>
            <numerusform>Haken in der Checkliste: %n</numerusform>
            <numerusform>Haken in der Checkliste: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coding task attempts: %n</source>
        <translation>
            <numerusform>Versuche an Programmieraufgaben: %n</numerusform>
            <numerusform>Versuche an Programmieraufgaben: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge keeps everything from both: for each card the schedule with the newer review, both review histories, all ticks and read chapters. Replace makes this progress exactly the file&apos;s. Either way a backup of the current progress is written first.</source>
        <translation>Zusammenführen behält alles aus beiden: für jede Karte den Zeitplan mit der neueren Wiederholung, beide Wiederholungsverläufe, alle Haken und gelesenen Kapitel. Ersetzen macht diesen Fortschritt genau zu dem der Datei. In beiden Fällen wird zuerst eine Sicherung des aktuellen Fortschritts angelegt.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the current progress with the backup written on:</source>
        <translation>Den aktuellen Fortschritt ersetzen durch die Sicherung vom:</translation>
    </message>
    <message>
        <source>Reset All Progress</source>
        <translation>Gesamten Fortschritt zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all progress?</source>
        <translation>Den gesamten Fortschritt zurücksetzen?</translation>
    </message>
    <message>
        <source>Read chapters, reading positions, card schedules with their review history and checklist ticks are cleared; preferences stay. A backup is written first and can be restored on this page.</source>
        <translation>Gelesene Kapitel, Lesepositionen, Kartenzeitpläne mit ihrem Wiederholungsverlauf und die Haken der Checkliste werden gelöscht; die Einstellungen bleiben. Zuvor wird eine Sicherung angelegt, die sich auf dieser Seite wiederherstellen lässt.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::FlashcardPane</name>
    <message>
        <source>Final-day pass</source>
        <translation>Schlussrunde</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Open in Guide</source>
        <translation>Im Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Study Ahead</source>
        <translation>Vorauslernen</translation>
    </message>
    <message>
        <source>Browse Cards…</source>
        <translation>Karten durchsuchen…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle Karten</translation>
    </message>
    <message>
        <source>Mid-level cards</source>
        <translation>Mid-Level-Karten</translation>
    </message>
    <message>
        <source>Senior cards</source>
        <translation>Senior-Karten</translation>
    </message>
    <message>
        <source>The guide&apos;s own Q&amp;A</source>
        <translation>Fragen &amp; Antworten des Leitfadens</translation>
    </message>
    <message>
        <source>Go through the deck in order without changing the schedule</source>
        <translation>Den Stapel der Reihe nach durchgehen, ohne den Zeitplan zu ändern</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Eingabetaste</translation>
    </message>
    <message>
        <source>Every card with its schedule: search, reset, suspend (Ctrl+Shift+B)</source>
        <translation>Alle Karten mit ihrem Zeitplan: suchen, zurücksetzen, aussetzen (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Reviews, retention and the cards due in the coming days</source>
        <translation>Wiederholungen, Erinnerungsquote und die in den nächsten Tagen fälligen Karten</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <source>Nothing is due in this deck.</source>
        <translation>In diesem Stapel ist nichts fällig.</translation>
    </message>
    <message>
        <source>The next card is due %1.</source>
        <translation>Die nächste Karte ist am %1 fällig.</translation>
    </message>
    <message>
        <source>Study ahead, or tick &quot;Final-day pass&quot; to go through the deck in order without changing the schedule.</source>
        <translation>Lernen Sie voraus oder haken Sie „Schlussrunde“ an, um den Stapel der Reihe nach durchzugehen, ohne den Zeitplan zu ändern.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning</source>
        <translation>
            <numerusform>%n lernend</numerusform>
            <numerusform>%n lernend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n fällig</numerusform>
            <numerusform>%n fällig</numerusform>
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
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Vorbereitungsstand</translation>
    </message>
    <message>
        <source>5 minutes left on “%1”.</source>
        <translation>Noch 5 Minuten für „%1“.</translation>
    </message>
    <message>
        <source>Time is up on “%1”. Finish your thought, then stop and rate the attempt.</source>
        <translation>Die Zeit für „%1“ ist um. Führen Sie den Gedanken zu Ende, dann stoppen und bewerten Sie den Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>Coding-task attempts that could not be read: %n. They stay untouched in %1.</source>
        <translation>
            <numerusform>Nicht lesbare Versuche an Programmieraufgaben: %n. Sie bleiben unverändert in %1.</numerusform>
            <numerusform>Nicht lesbare Versuche an Programmieraufgaben: %n. Sie bleiben unverändert in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study settings: %1</source>
        <translation>Lerneinstellungen: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lesebereich</translation>
    </message>
    <message>
        <source>&amp;Study Panes</source>
        <translation>Lern&amp;bereich</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>Coding &amp;Tasks</source>
        <translation>Programmier&amp;aufgaben</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Code Theme</source>
        <translation>Code-&amp;Farbschema</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous Chapter</source>
        <translation>&amp;Vorheriges Kapitel</translation>
    </message>
    <message>
        <source>&amp;Next Chapter</source>
        <translation>&amp;Nächstes Kapitel</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search every section, flashcard and checklist item</source>
        <translation>Alle Abschnitte, Karteikarten und Checklistenpunkte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Find in Chapter…</source>
        <translation>&amp;Im Kapitel suchen…</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Filter &amp;Chapters</source>
        <translation>Kapitel fi&amp;ltern</translation>
    </message>
    <message>
        <source>&amp;Browse Cards…</source>
        <translation>&amp;Karten durchsuchen…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GoPrep</source>
        <translation>&amp;Über GoPrep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Read %1 of %2 chapters (%3%)</source>
        <translation>%1 von %2 Kapiteln gelesen (%3 %)</translation>
    </message>
    <message>
        <source>Readiness O&amp;verview</source>
        <translation>&amp;Vorbereitungsstand</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Progress could not be saved to %1.</source>
        <translation>Der Fortschritt konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored review value(s) could not be read and are ignored; the file keeps them.</source>
        <translation>
            <numerusform>%n gespeicherter Wiederholungswert konnte nicht gelesen werden und wird übergangen; die Datei behält ihn.</numerusform>
            <numerusform>%n gespeicherte Wiederholungswerte konnten nicht gelesen werden und werden übergangen; die Datei behält sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::NavigatorPane</name>
    <message>
        <source>Filter chapters</source>
        <translation>Kapitel filtern</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>Alle Teile</translation>
    </message>
    <message>
        <source>Mid-level focus</source>
        <translation>Schwerpunkt Mid-Level</translation>
    </message>
    <message>
        <source>Senior focus</source>
        <translation>Schwerpunkt Senior</translation>
    </message>
    <message>
        <source>Study track from &quot;How To Use This Guide&quot;</source>
        <translation>Lernpfad aus „How To Use This Guide“</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>%1% of the sections seen</source>
        <translation>%1 % der Abschnitte gesehen</translation>
    </message>
    <message>
        <source>%1 (read)</source>
        <translation>%1 (gelesen)</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PartChart</name>
    <message>
        <source>Readiness per part</source>
        <translation>Vorbereitungsstand je Teil</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Read: %1%</source>
        <translation>Gelesen: %1 %</translation>
    </message>
    <message>
        <source>Cards: %1 of %2 mature, %3 young</source>
        <translation>Karten: %1 von %2 alt, %3 jung</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 items ticked</source>
        <translation>Checkliste: %1 von %2 Punkten abgehakt</translation>
    </message>
    <message>
        <source>The weakest part: start here.</source>
        <translation>Der schwächste Teil: hier anfangen.</translation>
    </message>
    <message>
        <source>Click to open it in the reader.</source>
        <translation>Klicken, um ihn im Lesebereich zu öffnen.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PracticeIndicator</name>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <source>%1: %2 over</source>
        <translation>%1: %2 überzogen</translation>
    </message>
    <message>
        <source>%1: paused, %2 left</source>
        <translation>%1: pausiert, noch %2</translation>
    </message>
    <message>
        <source>%1: rate your attempt</source>
        <translation>%1: Versuch bewerten</translation>
    </message>
    <message>
        <source>The coding-task attempt under way. Click to show it.</source>
        <translation>Der laufende Versuch an einer Programmieraufgabe. Zum Anzeigen klicken.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Fa&amp;rben:</translation>
    </message>
    <message>
        <source>Light and dark mode each keep their own code theme.</source>
        <translation>Helle und dunkle Darstellung haben je ihr eigenes Code-Farbschema.</translation>
    </message>
    <message>
        <source>Reader &amp;zoom:</source>
        <translation>&amp;Zoom im Lesebereich:</translation>
    </message>
    <message>
        <source>Also Ctrl +, Ctrl − and Ctrl+0 in the reader.</source>
        <translation>Auch mit Strg +, Strg − und Strg+0 im Lesebereich.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>Gewünschte &amp;Erinnerungsquote:</translation>
    </message>
    <message>
        <source>The share of cards you want to still know when they come due. Higher means shorter intervals and more reviews; 0.90 suits most people.</source>
        <translation>Der Anteil der Karten, die Sie bei Fälligkeit noch wissen wollen. Höher heißt kürzere Intervalle und mehr Wiederholungen; 0,90 passt für die meisten.</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>&amp;Neue Karten pro Tag:</translation>
    </message>
    <message>
        <source>Maximum re&amp;views per day:</source>
        <translation>Maximale &amp;Wiederholungen pro Tag:</translation>
    </message>
    <message>
        <source>Learning s&amp;teps:</source>
        <translation>Lern&amp;stufen:</translation>
    </message>
    <message>
        <source>Relearning ste&amp;ps:</source>
        <translation>Lernstufen nach &amp;Fehlversuch:</translation>
    </message>
    <message>
        <source>Separated by spaces, as in Anki: &quot;1m 10m&quot;, &quot;1h&quot;, &quot;1d&quot;. A new card is shown again after each step before its first interval in days; a forgotten card goes through the relearning steps.</source>
        <translation>Durch Leerzeichen getrennt, wie in Anki: „1m 10m“, „1h“, „1d“. Eine neue Karte kommt nach jeder Stufe wieder dran, bevor ihr erstes Intervall in Tagen beginnt; eine vergessene Karte durchläuft die Lernstufen nach Fehlversuch.</translation>
    </message>
    <message>
        <source>Steps are minutes (10m or 10), hours (1h) or days (1d), from one minute to a year; until they are, the last valid steps are used.</source>
        <translation>Stufen sind Minuten (10m oder 10), Stunden (1h) oder Tage (1d), von einer Minute bis zu einem Jahr; bis dahin gelten die letzten gültigen Stufen.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Takes effect after GoPrep restarts. The guide itself is in English.</source>
        <translation>Wirkt nach einem Neustart von GoPrep. Der Leitfaden selbst ist auf Englisch.</translation>
    </message>
    <message>
        <source>Code &amp;theme (dark):</source>
        <translation>Code-&amp;Farbschema (dunkel):</translation>
    </message>
    <message>
        <source>Code &amp;theme (light):</source>
        <translation>Code-&amp;Farbschema (hell):</translation>
    </message>
    <message>
        <source>Rest&amp;ore Defaults</source>
        <translation>Standardwerte wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Ne&amp;xt day starts at:</source>
        <translation>Neuer Tag &amp;beginnt um:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
</context>
<context>
    <name>goprep::ui::ReadinessPane</name>
    <message>
        <source>Flashcards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Coding tasks</source>
        <translation>Programmieraufgaben</translation>
    </message>
    <message numerus="yes">
        <source>Flashcards (%n)</source>
        <translation>
            <numerusform>Karteikarten (%n)</numerusform>
            <numerusform>Karteikarten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>Am schwächsten: %1</translation>
    </message>
    <message>
        <source>Chapters read</source>
        <translation>Gelesene Kapitel</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Coding tasks practised</source>
        <translation>Geübte Programmieraufgaben</translation>
    </message>
    <message>
        <source>%1 of %2, %3 solved</source>
        <translation>%1 von %2, %3 gelöst</translation>
    </message>
    <message>
        <source>Mature cards</source>
        <translation>Alte Karten</translation>
    </message>
    <message>
        <source>Retention, %1</source>
        <translation>Erinnerungsquote, %1</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>noch keine Wiederholungen</translation>
    </message>
    <message>
        <source>Answers, %1</source>
        <translation>Antworten, %1</translation>
    </message>
    <message numerus="yes">
        <source>Days in a row: %n</source>
        <translation>
            <numerusform>Tage in Folge: %n</numerusform>
            <numerusform>Tage in Folge: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(study today to keep it)</source>
        <translation>(heute lernen, damit die Serie hält)</translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation>Lernserie</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bestes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>letzter %n Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::SearchPopup</name>
    <message>
        <source>Search sections, flashcards and the checklist</source>
        <translation>Abschnitte, Karteikarten und Checkliste durchsuchen</translation>
    </message>
    <message>
        <source>Type to search every section, flashcard and checklist item.</source>
        <translation>Tippen, um alle Abschnitte, Karteikarten und Checklistenpunkte zu durchsuchen.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n results. Enter opens, Esc closes.</source>
        <translation>
            <numerusform>Der beste %n Treffer. Eingabe öffnet, Esc schließt.</numerusform>
            <numerusform>Die besten %n Treffer. Eingabe öffnet, Esc schließt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens, Esc closes.</source>
        <translation>
            <numerusform>%n Treffer. Eingabe öffnet, Esc schließt.</numerusform>
            <numerusform>%n Treffer. Eingabe öffnet, Esc schließt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::SearchResultModel</name>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
</context>
<context>
    <name>goprep::ui::SingleInstance</name>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>Die Sperrdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>GoPrep (process %1) is already running with %2 but does not answer.</source>
        <translation>GoPrep (Prozess %1) läuft bereits mit %2, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Could not listen for other GoPrep launches: %1</source>
        <translation>Weitere GoPrep-Starts können nicht entgegengenommen werden: %1</translation>
    </message>
    <message>
        <source>The command line is too long to hand over.</source>
        <translation>Die Befehlszeile ist zu lang für die Übergabe.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Wiederholungen pro Tag</translation>
    </message>
    <message>
        <source>No answers in the last 30 days.</source>
        <translation>Keine Antworten in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>True retention per day</source>
        <translation>Tatsächliche Erinnerungsquote pro Tag</translation>
    </message>
    <message>
        <source>No answers to review cards in the last 30 days.</source>
        <translation>Keine Antworten auf Wiederholungskarten in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>Cards due per day</source>
        <translation>Fällige Karten pro Tag</translation>
    </message>
    <message>
        <source>No cards are due in the next 30 days.</source>
        <translation>In den nächsten 30 Tagen sind keine Karten fällig.</translation>
    </message>
    <message>
        <source>True retention</source>
        <translation>Tatsächliche Erinnerungsquote</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Fällig in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>Cards: %1 new · %2 learning · %3 review · %4 suspended</source>
        <translation>Karten: %1 neu · %2 lernend · %3 Wiederholung · %4 ausgesetzt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tg.</numerusform>
            <numerusform>vor %n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Answers: %2 (new %3, learning %4, review %5)</source>
        <translation>%1
Antworten: %2 (neu %3, lernend %4, Wiederholung %5)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernend</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Answers in the last 30 days: %1, on %2 of those days; %3 a day on average.</source>
        <translation>Antworten in den letzten 30 Tagen: %1, an %2 dieser Tage; im Schnitt %3 pro Tag.</translation>
    </message>
    <message>
        <source>%1
No answers to review cards</source>
        <translation>%1
Keine Antworten auf Wiederholungskarten</translation>
    </message>
    <message>
        <source>%1
Retention: %2 (%3 of %4 answers to review cards passed)</source>
        <translation>%1
Erinnerungsquote: %2 (%3 von %4 Antworten auf Wiederholungskarten richtig)</translation>
    </message>
    <message>
        <source>Retention per day</source>
        <translation>Erinnerungsquote pro Tag</translation>
    </message>
    <message>
        <source>Desired %1</source>
        <translation>Gewünscht: %1</translation>
    </message>
    <message>
        <source>%1 over the last 30 days: %2 of %3 answers to review cards were Hard, Good or Easy.</source>
        <translation>%1 in den letzten 30 Tagen: %2 von %3 Antworten auf Wiederholungskarten waren Schwer, Gut oder Einfach.</translation>
    </message>
    <message>
        <source>No answers to review cards in the last 30 days yet.</source>
        <translation>Noch keine Antworten auf Wiederholungskarten in den letzten 30 Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>in %n Tg.</numerusform>
            <numerusform>in %n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Due: %2 (learning %3, review %4)</source>
        <translation>%1
Fällig: %2 (lernend %3, Wiederholung %4)</translation>
    </message>
    <message>
        <source>Due today: %1, of which %2 overdue</source>
        <translation>Heute fällig: %1, davon %2 überfällig</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Heute fällig: %1</translation>
    </message>
    <message>
        <source>tomorrow: %1; in the next 30 days: %2.</source>
        <translation>morgen: %1; in den nächsten 30 Tagen: %2.</translation>
    </message>
</context>
<context>
    <name>goprep::ui::TasksPane</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Save Attempt</source>
        <translation>Versuch speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Tick each requirement as you meet it during an attempt</source>
        <translation>Haken Sie jede Anforderung ab, sobald Sie sie während eines Versuchs erfüllen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Time box for the next attempt</source>
        <translation>Zeitrahmen für den nächsten Versuch</translation>
    </message>
    <message>
        <source>Note (optional): what to do differently next time</source>
        <translation>Notiz (optional): was Sie nächstes Mal anders machen</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reference implementation: %1</source>
        <translation>Referenzimplementierung: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Verwandt: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>An attempt at “%1” is under way. &lt;a href=&quot;#show&quot;&gt;Show it&lt;/a&gt;</source>
        <translation>Ein Versuch an „%1“ läuft. &lt;a href=&quot;#show&quot;&gt;Anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 benötigt</translation>
    </message>
    <message>
        <source>Time on the clock, pauses excluded</source>
        <translation>Gestoppte Zeit ohne Pausen</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>time over the time box</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Over the time box</source>
        <translation>Über dem Zeitrahmen</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 Min.</translation>
    </message>
    <message>
        <source>Requirements met: %1 of %2</source>
        <translation>Erfüllte Anforderungen: %1 von %2</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Noch keine Versuche</translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %n</source>
        <translation>
            <numerusform>Versuche: %n</numerusform>
            <numerusform>Versuche: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt could not be saved.</source>
        <translation>Der Versuch konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Discard Attempt</source>
        <translation>Versuch verwerfen</translation>
    </message>
    <message>
        <source>Drop this attempt without recording it?</source>
        <translation>Diesen Versuch verwerfen, ohne ihn festzuhalten?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study companion for a Go interview guide</source>
        <translation>Lernbegleiter für einen Leitfaden zu Go-Vorstellungsgesprächen</translation>
    </message>
    <message>
        <source>Save a PNG of the main window and exit.</source>
        <translation>Ein PNG des Hauptfensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Keep progress in this INI file.</source>
        <translation>Den Fortschritt in dieser INI-Datei speichern.</translation>
    </message>
    <message>
        <source>Open this chapter (ID or ID#section).</source>
        <translation>Dieses Kapitel öffnen (ID oder ID#Abschnitt).</translation>
    </message>
    <message>
        <source>Open the search (Ctrl+K) with this query.</source>
        <translation>Die Suche (Strg+K) mit dieser Anfrage öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name in --help</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>id</source>
        <comment>value name in --help</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>query</source>
        <comment>value name in --help</comment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>the built-in guide could not be loaded</source>
        <translation>der eingebaute Leitfaden konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>no chapter or section “%1”</source>
        <translation>kein Kapitel und kein Abschnitt „%1“</translation>
    </message>
    <message>
        <source>ignoring a later launch’s command line: %1</source>
        <translation>die Befehlszeile eines weiteren Starts wird übergangen: %1</translation>
    </message>
</context>
</TS>
