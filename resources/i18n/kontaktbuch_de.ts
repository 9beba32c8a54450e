<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Log conversations</source>
            <extracomment>the conversation being edited (None: a new capture)</extracomment>
            <translation>Gespräche erfassen</translation>
        </message>
        <message>
            <source>Edit conversation</source>
            <translation>Gespräch bearbeiten</translation>
        </message>
        <message>
            <source>Event (optional): pick one or type a new title</source>
            <translation>Veranstaltung (optional): auswählen oder neuen Titel eingeben</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Veranstaltung</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Nächstes Gespräch</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Strg+N</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Save all</source>
            <translation>Alle speichern</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Ctrl+N: next conversation · Ctrl+Enter: save all · Esc: close</source>
            <translation>Strg+N: nächstes Gespräch · Strg+Eingabe: alle speichern · Esc: schließen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>existing event</source>
            <translation>bekannte Veranstaltung</translation>
        </message>
        <message>
            <source>new event</source>
            <translation>neue Veranstaltung</translation>
        </message>
        <message>
            <source>(new conversation)</source>
            <translation>(neues Gespräch)</translation>
        </message>
        <message>
            <source>Unsaved conversations</source>
            <translation>Nicht gespeicherte Gespräche</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) from your last capture were not saved. Restore them?</source>
            <translation>
                <numerusform>%n Gespräch vom letzten Erfassen wurde nicht gespeichert. Wiederherstellen?</numerusform>
                <numerusform>%n Gespräche vom letzten Erfassen wurden nicht gespeichert. Wiederherstellen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the conversations you typed?</source>
            <translation>Die eingegebenen Gespräche speichern?</translation>
        </message>
        <message>
            <source>New contact?</source>
            <translation>Neuer Kontakt?</translation>
        </message>
        <message>
            <source>“%1” is not in your contacts yet. Did you mean someone you know?</source>
            <translation>„%1“ ist noch nicht in deinen Kontakten. Meinst du jemanden, den du schon kennst?</translation>
        </message>
        <message>
            <source>Create “%1”</source>
            <translation>„%1“ neu anlegen</translation>
        </message>
        <message>
            <source>Conversation %1: with whom? Type at least one name.</source>
            <translation>Gespräch %1: mit wem? Gib mindestens einen Namen ein.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Try +3d, +2w, Friday or 5.12.</source>
            <translation>„%1“ ist kein Datum. Versuch es mit +3d, +2w, Freitag oder 5.12.</translation>
        </message>
        <message>
            <source>What is there to follow up?</source>
            <translation>Was gibt es nachzufassen?</translation>
        </message>
        <message>
            <source>Nothing to save yet.</source>
            <translation>Noch nichts zu speichern.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Konnte nicht speichern: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) saved.</source>
            <translation>
                <numerusform>%n Gespräch gespeichert.</numerusform>
                <numerusform>%n Gespräche gespeichert.</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ConversationForm</name>
        <message>
            <source>Names, separated by commas</source>
            <translation>Namen, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>What was said?</source>
            <translation>Worüber habt ihr gesprochen?</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Kind of outcome</source>
            <translation>Art des Ergebnisses</translation>
        </message>
        <message>
            <source>What came of it? Enter adds another</source>
            <translation>Was kam dabei heraus? Eingabe fügt ein weiteres hinzu</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>What to follow up</source>
            <translation>Was nachfassen?</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>+3d, Friday, 5.12.</source>
            <translation>+3d, Freitag, 5.12.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>keine Angabe</translation>
        </message>
        <message>
            <source>How much did you enjoy it? 1–5</source>
            <translation>Wie gern hast du das gemacht? 1–5</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>added to the contact</source>
            <translation>wird beim Kontakt ergänzt</translation>
        </message>
        <message>
            <source>Goals served</source>
            <translation>Dient den Zielen</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Freude</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Zeitaufwand</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>&amp;With</source>
            <translation>&amp;Mit</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>&amp;Ergebnisse</translation>
        </message>
        <message>
            <source>&amp;Follow-ups</source>
            <translation>Nach&amp;fassen</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Bietet</translation>
        </message>
        <message>
            <source>Seeks</source>
            <translation>Sucht</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1 (bis %2)</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>kein Datum</translation>
        </message>
    </context>
    <context>
        <name>ConversationLogModel</name>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Mit</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Zeitaufwand</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Freude</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Offenes Nachfassen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1 (bis %2)</translation>
        </message>
        <message>
            <source>Enjoyment %1 of 5</source>
            <translation>Freude %1 von 5</translation>
        </message>
    </context>
    <context>
        <name>ConversationsView</name>
        <message>
            <source>Conversation log</source>
            <extracomment>how far open_item pages through the log looking for an old conversation</extracomment>
            <translation>Gesprächsprotokoll</translation>
        </message>
        <message>
            <source>Log conversations…</source>
            <translation>Gespräche erfassen…</translation>
        </message>
        <message>
            <source>No conversations yet</source>
            <translation>Noch keine Gespräche</translation>
        </message>
        <message>
            <source>The conversation log shows what was said with whom, newest first. After an event, log the evening's conversations in a couple of minutes.</source>
            <translation>Das Gesprächsprotokoll zeigt, was mit wem besprochen wurde, das Neueste zuerst. Nach einer Veranstaltung erfasst du die Gespräche des Abends in wenigen Minuten.</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Alle Kontakte</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle Netzwerke</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Alle Veranstaltungen</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>Alle Ziele</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle Kanäle</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Alle Ergebnisse</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation>Nachfassen erledigt</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n Gespräch</numerusform>
                <numerusform>%n Gespräche</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1 (bis %2)</translation>
        </message>
        <message>
            <source>Delete conversation with %1</source>
            <translation>Gespräch mit %1 löschen</translation>
        </message>
        <message>
            <source>Conversation deleted. Ctrl+Z brings it back.</source>
            <translation>Gespräch gelöscht. Strg+Z holt es zurück.</translation>
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
                <numerusform>%n Gespräch</numerusform>
                <numerusform>%n Gespräche</numerusform>
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
            <translation type="unfinished" />
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
        <name>SearchPanel</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netzwerke</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) for “%1”</source>
            <translation>
                <numerusform>%n Treffer für „%1“</numerusform>
                <numerusform>%n Treffer für „%1“</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Nichts gefunden für „%1“.</translation>
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
        <name>capture</name>
        <message>
            <source>Log conversations…</source>
            <translation>Gespräche erfassen…</translation>
        </message>
        <message>
            <source>Log one or several conversations (Ctrl+L)</source>
            <translation>Ein oder mehrere Gespräche erfassen (Strg+L)</translation>
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
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netzwerke</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>log one conversation</source>
            <translation>ein Gespräch erfassen</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>who you talked with (name or e-mail; new names become contacts)</source>
            <translation>mit wem du gesprochen hast (Name oder E-Mail; neue Namen werden Kontakte)</translation>
        </message>
        <message>
            <source>EVENT</source>
            <translation>VERANSTALTUNG</translation>
        </message>
        <message>
            <source>the event (an existing title, or a new one)</source>
            <translation>die Veranstaltung (ein bekannter Titel oder ein neuer)</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>KANAL</translation>
        </message>
        <message>
            <source>in_person, phone, video, email, linkedin, xing, facebook, other</source>
            <translation>in_person, phone, video, email, linkedin, xing, facebook, other</translation>
        </message>
        <message>
            <source>MINUTES</source>
            <translation>MINUTEN</translation>
        </message>
        <message>
            <source>minutes spent</source>
            <translation>Zeitaufwand in Minuten</translation>
        </message>
        <message>
            <source>enjoyment from 1 to 5</source>
            <translation>Freude von 1 bis 5</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>KIND:TEXT</source>
            <translation>ART:TEXT</translation>
        </message>
        <message>
            <source>an outcome, e.g. insight:Apply early (repeatable)</source>
            <translation>ein Ergebnis, z. B. insight:Früh beantragen (mehrfach möglich)</translation>
        </message>
        <message>
            <source>TEXT@DATE</source>
            <translation>TEXT@DATUM</translation>
        </message>
        <message>
            <source>a follow-up, e.g. 'Send slides@+3d' (repeatable)</source>
            <translation>Nachfassen, z. B. 'Folien schicken@+3d' (mehrfach möglich)</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>when it took place (2026-11-26 18:30 or 26.11.2026; default: now)</source>
            <translation>wann es stattfand (2026-11-26 18:30 oder 26.11.2026; sonst: jetzt)</translation>
        </message>
        <message>
            <source>create new contacts even when similar names exist</source>
            <translation>neue Kontakte anlegen, auch wenn es ähnliche Namen gibt</translation>
        </message>
        <message>
            <source>search the journal</source>
            <translation>im Kontaktbuch suchen</translation>
        </message>
        <message>
            <source>QUERY</source>
            <translation>SUCHE</translation>
        </message>
        <message>
            <source>what to look for</source>
            <translation>wonach gesucht wird</translation>
        </message>
        <message>
            <source>Not a date: %1</source>
            <translation>Kein Datum: %1</translation>
        </message>
        <message>
            <source>Unknown channel “%1”. Choose one of: %2</source>
            <translation>Unbekannter Kanal „%1“. Wähle einen von: %2</translation>
        </message>
        <message>
            <source>Enjoyment goes from 1 to 5.</source>
            <translation>Freude geht von 1 bis 5.</translation>
        </message>
        <message>
            <source>Minutes must be between 0 and 1440.</source>
            <translation>Die Minuten müssen zwischen 0 und 1440 liegen.</translation>
        </message>
        <message>
            <source>Write outcomes as KIND:TEXT; kinds: %1</source>
            <translation>Schreib Ergebnisse als ART:TEXT; Arten: %1</translation>
        </message>
        <message>
            <source>A follow-up needs a text.</source>
            <translation>Nachfassen braucht einen Text.</translation>
        </message>
        <message>
            <source>“%1” matches several contacts: %2</source>
            <translation>„%1“ passt zu mehreren Kontakten: %2</translation>
        </message>
        <message>
            <source>No contact is called “%1”, but there are similar names: %2. Write the name as stored, or add --create-new.</source>
            <translation>Kein Kontakt heißt „%1“, aber es gibt ähnliche Namen: %2. Schreib den Namen wie gespeichert oder ergänze --create-new.</translation>
        </message>
        <message>
            <source>Logged conversation %1 with %2.</source>
            <translation>Gespräch %1 mit %2 erfasst.</translation>
        </message>
        <message>
            <source>New contacts: %1</source>
            <translation>Neue Kontakte: %1</translation>
        </message>
        <message>
            <source>New event: %1</source>
            <translation>Neue Veranstaltung: %1</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Nichts gefunden für „%1“.</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished">Ergebnisse</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished">Nachfassen</translation>
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
            <translation type="unfinished">Gespräche</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished">Ergebnisse</translation>
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
            <translation type="unfinished">Kontakte</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished">Gespräche</translation>
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
