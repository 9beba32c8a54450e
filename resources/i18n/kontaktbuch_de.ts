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
            <extracomment>extra File-menu entries added by features: (menu path, action) a feature may keep the app running on close (the tray): True = handled features' settings pages: each gets the dialog and calls ``add_page``</extracomment>
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
            <translation type="unfinished">Reflexion</translation>
        </message>
        <message>
            <source>Is the time you invest justified by your own goals – and do you enjoy it? Log conversations and set goals; this panel then puts time, outcomes and enjoyment side by side.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderSettings</name>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsPage</name>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
        </message>
        <message>
            <source>This desktop shows no system tray: closing the window quits Kontaktbuch, and due reminders show in the window title and in the Reminders view.</source>
            <translation>Diese Arbeitsumgebung hat keinen Infobereich: Wenn du das Fenster schließt, wird Kontaktbuch beendet, und fällige Erinnerungen stehen im Fenstertitel und in der Ansicht „Erinnerungen“.</translation>
        </message>
        <message>
            <source>&amp;Start with the session</source>
            <translation>Beim &amp;Anmelden starten</translation>
        </message>
        <message>
            <source>Kontaktbuch then starts quietly in the tray when you log in, so reminders arrive without opening it.</source>
            <translation>Kontaktbuch startet dann beim Anmelden still im Infobereich, damit Erinnerungen ankommen, ohne dass du es öffnen musst.</translation>
        </message>
        <message>
            <source>Not available on this system yet: add Kontaktbuch to your startup programs yourself if you like.</source>
            <translation>Auf diesem System noch nicht verfügbar: Trag Kontaktbuch bei Bedarf selbst in deine Autostart-Programme ein.</translation>
        </message>
        <message>
            <source>Start with the session</source>
            <translation>Beim Anmelden starten</translation>
        </message>
        <message>
            <source>The autostart entry could not be written: %1</source>
            <translation>Der Autostart-Eintrag konnte nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Nothing is due</source>
            <extracomment>how many due reminders the tray menu lists before "All reminders" more new reminders than this at once become one summary notification every notification shown, as (title, text): for the curious and for tests</extracomment>
            <translation>Nichts ist fällig</translation>
        </message>
        <message numerus="yes">
            <source>All reminders (%n due)…</source>
            <translation>
                <numerusform>Alle Erinnerungen (%n fällig)…</numerusform>
                <numerusform>Alle Erinnerungen (%n fällig)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Kontaktbuch</source>
            <translation>Kontaktbuch öffnen</translation>
        </message>
        <message>
            <source>Pause reminders for today</source>
            <translation>Erinnerungen heute pausieren</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message numerus="yes">
            <source>Kontaktbuch – %n reminder(s) due</source>
            <translation>
                <numerusform>Kontaktbuch – %n Erinnerung fällig</numerusform>
                <numerusform>Kontaktbuch – %n Erinnerungen fällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Kontaktbuch – nothing is due</source>
            <translation>Kontaktbuch – nichts ist fällig</translation>
        </message>
        <message>
            <source>Reminders paused for today</source>
            <translation>Erinnerungen für heute pausiert</translation>
        </message>
    </context>
    <context>
        <name>RemindersFeature</name>
        <message>
            <source>Show the reminders</source>
            <translation>Erinnerungen anzeigen</translation>
        </message>
        <message>
            <source>Kontaktbuch (%1)</source>
            <translation>Kontaktbuch (%1)</translation>
        </message>
        <message>
            <source>Kontaktbuch keeps running</source>
            <translation>Kontaktbuch läuft weiter</translation>
        </message>
        <message>
            <source>Kontaktbuch stays in the tray so your reminders arrive. To quit, choose Quit in its menu; you can change this in the settings.</source>
            <translation>Kontaktbuch bleibt im Infobereich, damit deine Erinnerungen ankommen. Zum Beenden wähle „Beenden“ in seinem Menü; in den Einstellungen kannst du das ändern.</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>Reminder</source>
            <extracomment>readable on light and dark backgrounds</extracomment>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <source>For one &amp;hour</source>
            <translation>In einer &amp;Stunde</translation>
        </message>
        <message>
            <source>Until &amp;tomorrow morning</source>
            <translation>&amp;Morgen früh</translation>
        </message>
        <message>
            <source>Until &amp;next week</source>
            <translation>&amp;Nächste Woche</translation>
        </message>
        <message>
            <source>Snooze…</source>
            <translation>Später erinnern…</translation>
        </message>
        <message>
            <source>Show the contact, event or follow-up (Enter)</source>
            <translation>Kontakt, Veranstaltung oder Nachfassen zeigen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Mark as done (Ctrl+D)</source>
            <translation>Als erledigt markieren (Strg+D)</translation>
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation>S&amp;päter erinnern</translation>
        </message>
        <message>
            <source>Remind me later (Ctrl+L)</source>
            <translation>Später erinnern (Strg+L)</translation>
        </message>
        <message>
            <source>Nothing is due</source>
            <translation>Nichts ist fällig</translation>
        </message>
        <message>
            <source>Reminders of follow-ups, contacts gone quiet, birthdays, events and your next reflection appear here when they are due, and two weeks before.</source>
            <translation>Erinnerungen an Nachfassen, an Kontakte, von denen du lange nichts gehört hast, an Geburtstage, Veranstaltungen und deine nächste Reflexion erscheinen hier, wenn sie fällig sind, und schon zwei Wochen vorher.</translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due</source>
            <translation>
                <numerusform>%n Erinnerung fällig</numerusform>
                <numerusform>%n Erinnerungen fällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the next 14 days</source>
            <translation>
                <numerusform>%n in den nächsten 14 Tagen</numerusform>
                <numerusform>%n in den nächsten 14 Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n reminder(s) done</source>
            <translation>
                <numerusform>%n Erinnerung als erledigt markieren</numerusform>
                <numerusform>%n Erinnerungen als erledigt markieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Snooze %n reminder(s)</source>
            <translation>
                <numerusform>Später erinnern (%n Erinnerung)</numerusform>
                <numerusform>Später erinnern (%n Erinnerungen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später erinnern</translation>
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
            <translation type="unfinished">Veranstaltungen</translation>
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
            <translation type="unfinished">Veranstaltungen</translation>
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
        <message>
            <source>a number of days from 0 to 366</source>
            <translation>eine Anzahl Tage von 0 bis 366</translation>
        </message>
        <message>
            <source>list the reminders that are due (and coming up)</source>
            <translation>fällige (und kommende) Erinnerungen auflisten</translation>
        </message>
        <message>
            <source>also list what becomes due within N days</source>
            <translation>auch auflisten, was in den nächsten N Tagen fällig wird</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Nichts ist fällig.</translation>
        </message>
        <message numerus="yes">
            <source>Due (%n):</source>
            <translation>
                <numerusform>Fällig (%n):</numerusform>
                <numerusform>Fällig (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Coming up within %n day(s):</source>
            <translation>
                <numerusform>Demnächst (in %n Tag):</numerusform>
                <numerusform>Demnächst (in %n Tagen):</numerusform>
            </translation>
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
        <name>reminders</name>
        <message>
            <source>Follow-ups</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Kontakt halten</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>Geburtstage</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Get in touch with %1</source>
            <translation>Kontakt halten mit %1</translation>
        </message>
        <message>
            <source>%1 turns %2</source>
            <translation>%1 wird %2</translation>
        </message>
        <message>
            <source>Birthday of %1</source>
            <translation>Geburtstag von %1</translation>
        </message>
        <message>
            <source>Time for your weekly reflection</source>
            <translation>Zeit für deine wöchentliche Reflexion</translation>
        </message>
        <message>
            <source>Time for your monthly reflection</source>
            <translation>Zeit für deine monatliche Reflexion</translation>
        </message>
        <message>
            <source>No contact yet</source>
            <translation>Noch kein Kontakt</translation>
        </message>
        <message>
            <source>Last contact %1</source>
            <translation>Letzter Kontakt am %1</translation>
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation>Erinnert wieder am %1</translation>
        </message>
        <message>
            <source>Today at %1</source>
            <translation>Heute um %1</translation>
        </message>
        <message>
            <source>Tomorrow at %1</source>
            <translation>Morgen um %1</translation>
        </message>
        <message numerus="yes">
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n Tag</numerusform>
                <numerusform>In %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Was on %1</source>
            <translation>War am %1</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>Überfällig seit %1</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Heute fällig</translation>
        </message>
        <message>
            <source>Due tomorrow</source>
            <translation>Morgen fällig</translation>
        </message>
        <message>
            <source>Due on %1</source>
            <translation>Fällig am %1</translation>
        </message>
        <message>
            <source>Tomorrow: %1</source>
            <translation>Morgen: %1</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>Heute: %1</translation>
        </message>
        <message>
            <source>Follow up: %1</source>
            <translation>Nachfassen: %1</translation>
        </message>
        <message>
            <source>Event: %1</source>
            <translation>Veranstaltung: %1</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Nachfassen fällig</translation>
        </message>
        <message>
            <source>It is time to get in touch with %1.</source>
            <translation>Zeit, dich bei %1 zu melden.</translation>
        </message>
        <message>
            <source>%1 had a birthday on %2.</source>
            <translation>%1 hatte am %2 Geburtstag.</translation>
        </message>
        <message>
            <source>%1 turns %2 today.</source>
            <translation>%1 wird heute %2.</translation>
        </message>
        <message>
            <source>%1 has a birthday today.</source>
            <translation>%1 hat heute Geburtstag.</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Event tomorrow</source>
            <translation>Veranstaltung morgen</translation>
        </message>
        <message>
            <source>Event today</source>
            <translation>Veranstaltung heute</translation>
        </message>
        <message>
            <source>Time for your reflection: does your networking serve your goals, and do you enjoy it?</source>
            <translation>Zeit für deine Reflexion: Dient dein Netzwerken deinen Zielen, und macht es dir Freude?</translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due</source>
            <translation>
                <numerusform>%n Erinnerung fällig</numerusform>
                <numerusform>%n Erinnerungen fällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
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
            <translation type="unfinished">Reflexion</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished">Erinnerungen</translation>
        </message>
    </context>
</TS>
