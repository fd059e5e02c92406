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
    <name>goprep::core::AppSettings</name>
    <message>
        <source>The settings file could not be read; a copy was kept as %1 and defaults are used.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden; eine Kopie liegt unter %1, es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>These settings were written by a newer GoPrep; unknown entries are kept untouched.</source>
        <translation>Diese Einstellungen stammen von einer neueren GoPrep-Version; unbekannte Einträge bleiben unverändert.</translation>
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
        <translation>&amp;Erscheinungsbild</translation>
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
</context>
</TS>
