<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
    <context>
        <name>ContactsView</name>
        <message>
            <source>No contacts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your contacts appear here: the people you meet at events, in your networks and online. Log a conversation or import your contacts to start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationsView</name>
        <message>
            <source>No conversations yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The conversation log shows what was said with whom, newest first. After an event, log the evening's conversations in a couple of minutes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>No events yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events and networks: the association evenings, meetups and groups where you meet people. Add an event to log its conversations together.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>&amp;vCard file…</source>
            <translation>&amp;vCard-Datei…</translation>
        </message>
        <message>
            <source>vCard &amp;folder…</source>
            <translation>vCard-&amp;Ordner…</translation>
        </message>
        <message>
            <source>&amp;LinkedIn connections (CSV)…</source>
            <translation>&amp;LinkedIn-Kontakte (CSV)…</translation>
        </message>
        <message>
            <source>Kontaktbuch &amp;archive…</source>
            <translation>Kontaktbuch-&amp;Archiv…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>&amp;vCard 4.0…</source>
            <translation>&amp;vCard 4.0…</translation>
        </message>
        <message>
            <source>vCard &amp;3.0 (older programs)…</source>
            <translation>vCard &amp;3.0 (ältere Programme)…</translation>
        </message>
        <message>
            <source>Full &amp;archive (JSON)…</source>
            <translation>Vollständiges &amp;Archiv (JSON)…</translation>
        </message>
        <message>
            <source>&amp;Calendar (iCalendar)…</source>
            <translation>&amp;Kalender (iCalendar)…</translation>
        </message>
        <message>
            <source>Conversations as &amp;CSV…</source>
            <translation>Gespräche als &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.json);;All files (*)</source>
            <translation>Kontakte (*.vcf *.vcard *.csv *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import vCard file</source>
            <translation>vCard-Datei importieren</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard);;All files (*)</source>
            <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import a folder of vCard files</source>
            <translation>Ordner mit vCard-Dateien importieren</translation>
        </message>
        <message>
            <source>Import LinkedIn connections</source>
            <translation>LinkedIn-Kontakte importieren</translation>
        </message>
        <message>
            <source>LinkedIn export (Connections.csv *.csv);;All files (*)</source>
            <translation>LinkedIn-Export (Connections.csv *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Import abgebrochen; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nichts zu importieren</translation>
        </message>
        <message>
            <source>%1 holds no contacts that could be imported.</source>
            <translation>%1 enthält keine Kontakte, die sich importieren lassen.</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert…</translation>
        </message>
        <message>
            <source>Imported from %1: %2 new, %3 merged, %4 skipped.</source>
            <translation>Aus %1 importiert: %2 neu, %3 zusammengeführt, %4 übersprungen.</translation>
        </message>
        <message>
            <source>Import Kontaktbuch archive</source>
            <translation>Kontaktbuch-Archiv importieren</translation>
        </message>
        <message>
            <source>Kontaktbuch archive (*.json);;All files (*)</source>
            <translation>Kontaktbuch-Archiv (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Replace your journal?</source>
            <translation>Dein Kontaktbuch ersetzen?</translation>
        </message>
        <message>
            <source>Your journal already holds data. Restoring the archive replaces all of it with the archive’s content. A backup of the current state is taken first. Continue?</source>
            <translation>Dein Kontaktbuch enthält schon Daten. Beim Wiederherstellen des Archivs wird alles durch den Inhalt des Archivs ersetzt. Vorher wird eine Sicherung des jetzigen Stands angelegt. Fortfahren?</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Restoring the archive…</source>
            <translation>Archiv wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Archive restored: %1 contacts, %2 conversations.</source>
            <translation>Archiv wiederhergestellt: %1 Kontakte, %2 Gespräche.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export läuft…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export abgebrochen.</translation>
        </message>
        <message>
            <source>Exported %1 entries to %2.</source>
            <translation>%1 Einträge nach %2 exportiert.</translation>
        </message>
        <message>
            <source>Export contacts as vCard</source>
            <translation>Kontakte als vCard exportieren</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard-Dateien (*.vcf)</translation>
        </message>
        <message>
            <source>Export full archive</source>
            <translation>Vollständiges Archiv exportieren</translation>
        </message>
        <message>
            <source>Kontaktbuch archive (*.json)</source>
            <translation>Kontaktbuch-Archiv (*.json)</translation>
        </message>
        <message>
            <source>Export follow-ups and events as calendar</source>
            <translation>Nachfassen und Veranstaltungen als Kalender exportieren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-Dateien (*.ics)</translation>
        </message>
        <message>
            <source>Export conversations as CSV</source>
            <translation>Gespräche als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Die Sicherung wurde wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>No goals yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals say what your networking is for: visibility, clients, a new job, exchange of experience. Give each a time budget and see whether the time fits.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>Import-Vorschau</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>Already in your journal</source>
            <translation>Schon in deinem Kontaktbuch</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>Gefunden über</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was tun?</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>profile link</source>
            <translation>Profil-Link</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ähnlichen Namen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide behalten</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message numerus="yes">
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n weiterer)</numerusform>
                <numerusform>(+%n weitere)</numerusform>
            </translation>
        </message>
        <message>
            <source>What to do with %1</source>
            <translation>Was tun mit %1</translation>
        </message>
        <message>
            <source>For all matches:</source>
            <translation>Für alle Treffer:</translation>
        </message>
        <message>
            <source>Please note:</source>
            <translation>Bitte beachte:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n neuer Kontakt</numerusform>
                <numerusform>%n neue Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n possible duplicate(s) of people in your journal</source>
            <translation>
                <numerusform>%n mögliche Doppelte von Leuten in deinem Kontaktbuch</numerusform>
                <numerusform>%n mögliche Doppelte von Leuten in deinem Kontaktbuch</numerusform>
            </translation>
        </message>
        <message>
            <source>Will be merged: %1 · kept as new: %2 · skipped: %3</source>
            <translation>Zusammenführen: %1 · als neu behalten: %2 · überspringen: %3</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <extracomment>extra File-menu entries added by features: (menu path, action)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search contacts, conversations, notes… (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontaktbuch &amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Kontaktbuch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item cannot be shown here yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation type="unfinished">Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontaktbuch Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Kontaktbuch keeps your contacts, networks, events, conversations and goals in one place, on this computer.&lt;/p&gt;&lt;p&gt;Keyboard shortcuts:&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Kontaktbuch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Kontaktbuch %1&lt;/h3&gt;&lt;p&gt;A journal for your professional network: conversations, contacts, goals and reflection. Your data stays on your computer.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReflectionView</name>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is the time you invest justified by your own goals – and do you enjoy it? Log conversations and set goals; this panel then puts time, outcomes and enjoyment side by side.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>Nothing is due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders of follow-ups, contacts gone quiet, birthdays, events and your next reflection appear here when they are due.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Choose a backup. Restoring replaces everything in your journal with the state of that backup; the current state is saved as a backup first.</source>
            <translation>Wähle eine Sicherung. Beim Wiederherstellen wird alles in deinem Kontaktbuch durch den Stand dieser Sicherung ersetzt; der jetzige Stand wird vorher gesichert.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>Es gibt noch keine Sicherungen.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Replace everything in your journal with the backup of %1? The current state is saved as a backup first.</source>
            <translation>Alles in deinem Kontaktbuch durch die Sicherung vom %1 ersetzen? Der jetzige Stand wird vorher gesichert.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Wiederherstellen fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networks</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n result(s) for “%1”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Data folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set on the command line or by KONTAKTBUCH_DATA_DIR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backups to keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes of language and data folder take effect at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Kontaktbuch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal for your professional network: who you met, what was said, what came of it – and whether the time you invest serves your own goals. Everything stays on this computer. How would you like to start?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with an empty journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the demo journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Kontaktbuch – a journal for your professional network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DIR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>folder of the journal (default: the user data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language of the interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the window, wait until it is painted, print the milliseconds since process start and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>COMMAND</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show paths, schema version and counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check the journal's integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make a backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to write it (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the journal with a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fill an empty journal with demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is in good order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal has problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored from %1. The previous state was saved as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal already holds data; the demo only goes into an empty one. Use --data-dir with a new folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo journal created: %1 contacts, %2 networks, %3 events, %4 conversations, %5 goals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import contacts (vCard, LinkedIn) or a full archive</source>
            <translation>Kontakte (vCard, LinkedIn) oder ein vollständiges Archiv importieren</translation>
        </message>
        <message>
            <source>the file (for vCards also a folder)</source>
            <translation>die Datei (bei vCards auch ein Ordner)</translation>
        </message>
        <message>
            <source>show what would happen without changing anything</source>
            <translation>zeigen, was passieren würde, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>what to do with people already in the journal: merge, keep both, skip</source>
            <translation>was mit Leuten geschieht, die schon im Kontaktbuch sind: merge = zusammenführen, keep = beide behalten, skip = überspringen</translation>
        </message>
        <message>
            <source>restore an archive over existing data without asking</source>
            <translation>ein Archiv ohne Rückfrage über vorhandene Daten wiederherstellen</translation>
        </message>
        <message>
            <source>export contacts, a full archive, a calendar or a CSV</source>
            <translation>Kontakte, ein vollständiges Archiv, einen Kalender oder eine CSV-Datei exportieren</translation>
        </message>
        <message>
            <source>where to write it</source>
            <translation>wohin geschrieben wird</translation>
        </message>
        <message>
            <source>vCard version (3.0 for older programs)</source>
            <translation>vCard-Version (3.0 für ältere Programme)</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>Possible duplicate: %1 (%2) matches %3 by %4 → %5</source>
            <translation>Mögliche Doppelte: %1 (%2) passt zu %3 über %4 → %5</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>%1 new, %2 merged, %3 skipped.</source>
            <translation>%1 neu, %2 zusammengeführt, %3 übersprungen.</translation>
        </message>
        <message>
            <source>Dry run, nothing was changed: %1</source>
            <translation>Probelauf, nichts wurde geändert: %1</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>profile link</source>
            <translation>Profil-Link</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ähnlichen Namen</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>zusammenführen</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>beide behalten</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>überspringen</translation>
        </message>
        <message>
            <source>Dry run, nothing was changed: the archive holds %1 entries.</source>
            <translation>Probelauf, nichts wurde geändert: Das Archiv enthält %1 Einträge.</translation>
        </message>
        <message>
            <source>The journal already holds data. Restoring the archive replaces all of it; a backup is taken first. Run again with --yes to do that.</source>
            <translation>Das Kontaktbuch enthält schon Daten. Beim Wiederherstellen des Archivs wird alles ersetzt; vorher wird eine Sicherung angelegt. Starte den Befehl mit --yes erneut, um das zu tun.</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Archive restored: %1 entries.</source>
            <translation>Archiv wiederhergestellt: %1 Einträge.</translation>
        </message>
        <message>
            <source>The previous state was saved as %1.</source>
            <translation>Der vorherige Stand wurde als %1 gesichert.</translation>
        </message>
        <message>
            <source>The journal already holds data. Replace all of it with the archive? [y/N] </source>
            <translation>Das Kontaktbuch enthält schon Daten. Alles durch das Archiv ersetzen? [j/N] </translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>%1 contacts written to %2.</source>
            <translation>%1 Kontakte nach %2 geschrieben.</translation>
        </message>
        <message>
            <source>Archive with %1 entries written to %2.</source>
            <translation>Archiv mit %1 Einträgen nach %2 geschrieben.</translation>
        </message>
        <message>
            <source>%1 calendar entries written to %2.</source>
            <translation>%1 Kalendereinträge nach %2 geschrieben.</translation>
        </message>
        <message>
            <source>%1 rows written to %2.</source>
            <translation>%1 Zeilen nach %2 geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Kontaktbuch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontaktbuch ran into an error it did not expect. Your journal was not changed by the interrupted action. Please report this, with the details below.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange</name>
        <message>
            <source>card %1, line %2</source>
            <translation>Karte %1, Zeile %2</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>Karte %1</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>die Datei lässt sich nicht lesen</translation>
        </message>
        <message>
            <source>this is not a vCard file</source>
            <translation>das ist keine vCard-Datei</translation>
        </message>
        <message>
            <source>this is not a CSV file</source>
            <translation>das ist keine CSV-Datei</translation>
        </message>
        <message>
            <source>this entry cannot be read</source>
            <translation>dieser Eintrag lässt sich nicht lesen</translation>
        </message>
        <message>
            <source>no header line with “First Name” and “Last Name” was found (is it LinkedIn’s Connections.csv?)</source>
            <translation>keine Kopfzeile mit „First Name“ und „Last Name“ gefunden (ist es LinkedIns Connections.csv?)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>this is not a Kontaktbuch archive</source>
            <translation>das ist kein Kontaktbuch-Archiv</translation>
        </message>
        <message>
            <source>the archive was written by a newer Kontaktbuch; please update Kontaktbuch</source>
            <translation>das Archiv stammt von einem neueren Kontaktbuch; bitte aktualisiere Kontaktbuch</translation>
        </message>
        <message>
            <source>the archive holds a value that does not fit</source>
            <translation>das Archiv enthält einen Wert, der nicht passt</translation>
        </message>
        <message>
            <source>the journal already holds data</source>
            <translation>das Kontaktbuch enthält schon Daten</translation>
        </message>
        <message>
            <source>the file cannot be written</source>
            <translation>die Datei lässt sich nicht schreiben</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>Details: %1.</source>
            <translation>Details: %1.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1: the photo was not imported.</source>
            <translation>%1: Das Foto wurde nicht importiert.</translation>
        </message>
        <message>
            <source>%1: an entry without a name was skipped.</source>
            <translation>%1: Ein Eintrag ohne Namen wurde übersprungen.</translation>
        </message>
        <message>
            <source>%1: “%2” is not an e-mail address and was left out.</source>
            <translation>%1: „%2“ ist keine E-Mail-Adresse und wurde weggelassen.</translation>
        </message>
        <message>
            <source>%1: the birthday “%2” could not be read and was left out.</source>
            <translation>%1: Der Geburtstag „%2“ ließ sich nicht lesen und wurde weggelassen.</translation>
        </message>
        <message>
            <source>%1: the date “%2” could not be read.</source>
            <translation>%1: Das Datum „%2“ ließ sich nicht lesen.</translation>
        </message>
        <message>
            <source>%1: a card without any name was skipped.</source>
            <translation>%1: Eine Karte ganz ohne Namen wurde übersprungen.</translation>
        </message>
        <message>
            <source>%1: the same person as “%2” earlier in the file; both were combined.</source>
            <translation>%1: dieselbe Person wie „%2“ weiter oben in der Datei; beide wurden zusammengeführt.</translation>
        </message>
    </context>
    <context>
        <name>exchange_ui</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Association</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Founders' group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women's network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alumni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hobby</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volunteering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>XING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Market news</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industry internals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change in law</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personnel change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategy learned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange of experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The journal file %1 is damaged or is not a Kontaktbuch database (%2). It has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest backup is %1. You can restore it from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal %1 was saved by a newer version of Kontaktbuch (schema %2; this version knows up to %3). Please update Kontaktbuch. The file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full; %1 could not be written. Free some space and try again. Nothing was saved half.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a usable Kontaktbuch backup (%2). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>Restore the newest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was restored. The damaged file was kept as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontaktbuch is already running; its window was brought forward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontaktbuch is already running for this journal, but does not answer. Close it and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events &amp; networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
