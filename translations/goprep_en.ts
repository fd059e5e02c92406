<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>goprep::core::AppSettings</name>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; no copy of the file could be kept.</source>
        <translation>
            <numerusform>%n line of the settings file could not be read and is ignored; no copy of the file could be kept.</numerusform>
            <numerusform>%n lines of the settings file could not be read and are ignored; no copy of the file could be kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the settings file could not be read and are ignored; the original was kept as %1.</source>
        <translation>
            <numerusform>%n line of the settings file could not be read and is ignored; the original was kept as %1.</numerusform>
            <numerusform>%n lines of the settings file could not be read and are ignored; the original was kept as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::CardBrowserDialog</name>
    <message numerus="yes">
        <source>Reset %n cards to new?</source>
        <translation>
            <numerusform>Reset %n card to new?</numerusform>
            <numerusform>Reset %n cards to new?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::ChecklistPane</name>
    <message numerus="yes">
        <source>Cards on these sections still new or fading: %n</source>
        <translation>
            <numerusform>Cards on these sections still new or fading: %n</numerusform>
            <numerusform>Cards on these sections still new or fading: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::DataPage</name>
    <message numerus="yes">
        <source>Newest backup: %1. Backups kept: %n.</source>
        <translation>
            <numerusform>Newest backup: %1. Backups kept: %n.</numerusform>
            <numerusform>Newest backup: %1. Backups kept: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cards with a schedule: %n</source>
        <translation>
            <numerusform>Cards with a schedule: %n</numerusform>
            <numerusform>Cards with a schedule: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews in the history: %n</source>
        <translation>
            <numerusform>Reviews in the history: %n</numerusform>
            <numerusform>Reviews in the history: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chapters read: %n</source>
        <translation>
            <numerusform>Chapters read: %n</numerusform>
            <numerusform>Chapters read: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist ticks: %n</source>
        <translation>
            <numerusform>Checklist ticks: %n</numerusform>
            <numerusform>Checklist ticks: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coding task attempts: %n</source>
        <translation>
            <numerusform>Coding task attempts: %n</numerusform>
            <numerusform>Coding task attempts: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::FlashcardPane</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning</source>
        <translation>
            <numerusform>%n learning</numerusform>
            <numerusform>%n learning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::MainWindow</name>
    <message numerus="yes">
        <source>Coding-task attempts that could not be read: %n. They stay untouched in %1.</source>
        <translation>
            <numerusform>%n coding-task attempt could not be read; it stays untouched in %1.</numerusform>
            <numerusform>%n coding-task attempts could not be read; they stay untouched in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored review value(s) could not be read and are ignored; the file keeps them.</source>
        <translation>
            <numerusform>%n stored review value could not be read and is ignored; the file keeps it.</numerusform>
            <numerusform>%n stored review values could not be read and are ignored; the file keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::ReadinessPane</name>
    <message numerus="yes">
        <source>Flashcards (%n)</source>
        <translation>
            <numerusform>Flashcards (%n)</numerusform>
            <numerusform>Flashcards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days in a row: %n</source>
        <translation>
            <numerusform>Days in a row: %n</numerusform>
            <numerusform>Days in a row: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::SearchPopup</name>
    <message numerus="yes">
        <source>The best %n results. Enter opens, Esc closes.</source>
        <translation>
            <numerusform>The best %n result. Enter opens, Esc closes.</numerusform>
            <numerusform>The best %n results. Enter opens, Esc closes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens, Esc closes.</source>
        <translation>
            <numerusform>%n result. Enter opens, Esc closes.</numerusform>
            <numerusform>%n results. Enter opens, Esc closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::StatisticsDialog</name>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>in %n d</numerusform>
            <numerusform>in %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goprep::ui::TasksPane</name>
    <message numerus="yes">
        <source>Attempts: %n</source>
        <translation>
            <numerusform>Attempts: %n</numerusform>
            <numerusform>Attempts: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
