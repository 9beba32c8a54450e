<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Log conversations</source>
            <extracomment>the conversation being edited (None: a new capture)</extracomment>
            <translation>Log conversations</translation>
        </message>
        <message>
            <source>Edit conversation</source>
            <translation>Edit conversation</translation>
        </message>
        <message>
            <source>Event (optional): pick one or type a new title</source>
            <translation>Event (optional): pick one or type a new title</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Next conversation</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Save all</source>
            <translation>Save all</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ctrl+N: next conversation · Ctrl+Enter: save all · Esc: close</source>
            <translation>Ctrl+N: next conversation · Ctrl+Enter: save all · Esc: close</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>existing event</source>
            <translation>existing event</translation>
        </message>
        <message>
            <source>new event</source>
            <translation>new event</translation>
        </message>
        <message>
            <source>(new conversation)</source>
            <translation>(new conversation)</translation>
        </message>
        <message>
            <source>Unsaved conversations</source>
            <translation>Unsaved conversations</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) from your last capture were not saved. Restore them?</source>
            <translation>
                <numerusform>%n conversation from your last capture were not saved. Restore them?</numerusform>
                <numerusform>%n conversations from your last capture were not saved. Restore them?</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the conversations you typed?</source>
            <translation>Save the conversations you typed?</translation>
        </message>
        <message>
            <source>New contact?</source>
            <translation>New contact?</translation>
        </message>
        <message>
            <source>“%1” is not in your contacts yet. Did you mean someone you know?</source>
            <translation>“%1” is not in your contacts yet. Did you mean someone you know?</translation>
        </message>
        <message>
            <source>Create “%1”</source>
            <translation>Create “%1”</translation>
        </message>
        <message>
            <source>Conversation %1: with whom? Type at least one name.</source>
            <translation>Conversation %1: with whom? Type at least one name.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Try +3d, +2w, Friday or 5.12.</source>
            <translation>“%1” is not a date. Try +3d, +2w, Friday or 5.12.</translation>
        </message>
        <message>
            <source>What is there to follow up?</source>
            <translation>What is there to follow up?</translation>
        </message>
        <message>
            <source>Nothing to save yet.</source>
            <translation>Nothing to save yet.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Could not save: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) saved.</source>
            <translation>
                <numerusform>%n conversation saved.</numerusform>
                <numerusform>%n conversations saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>No contacts yet</source>
            <translation>No contacts yet</translation>
        </message>
        <message>
            <source>Your contacts appear here: the people you meet at events, in your networks and online. Log a conversation or import your contacts to start.</source>
            <translation>Your contacts appear here: the people you meet at events, in your networks and online. Log a conversation or import your contacts to start.</translation>
        </message>
    </context>
    <context>
        <name>ConversationForm</name>
        <message>
            <source>Names, separated by commas</source>
            <translation>Names, separated by commas</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>What was said?</source>
            <translation>What was said?</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Kind of outcome</source>
            <translation>Kind of outcome</translation>
        </message>
        <message>
            <source>What came of it? Enter adds another</source>
            <translation>What came of it? Enter adds another</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>What to follow up</source>
            <translation>What to follow up</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>+3d, Friday, 5.12.</source>
            <translation>+3d, Friday, 5.12.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>not rated</translation>
        </message>
        <message>
            <source>How much did you enjoy it? 1–5</source>
            <translation>How much did you enjoy it? 1–5</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>added to the contact</source>
            <translation>added to the contact</translation>
        </message>
        <message>
            <source>Goals served</source>
            <translation>Goals served</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Enjoyment</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Time spent</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>&amp;With</source>
            <translation>&amp;With</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>&amp;Outcomes</translation>
        </message>
        <message>
            <source>&amp;Follow-ups</source>
            <translation>&amp;Follow-ups</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Offers</translation>
        </message>
        <message>
            <source>Seeks</source>
            <translation>Seeks</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1 (due %2)</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>not a date</translation>
        </message>
    </context>
    <context>
        <name>ConversationLogModel</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>With</source>
            <translation>With</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Time spent</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Enjoyment</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Open follow-ups</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1 (due %2)</translation>
        </message>
        <message>
            <source>Enjoyment %1 of 5</source>
            <translation>Enjoyment %1 of 5</translation>
        </message>
    </context>
    <context>
        <name>ConversationsView</name>
        <message>
            <source>Conversation log</source>
            <extracomment>how far open_item pages through the log looking for an old conversation</extracomment>
            <translation>Conversation log</translation>
        </message>
        <message>
            <source>Log conversations…</source>
            <translation>Log conversations…</translation>
        </message>
        <message>
            <source>No conversations yet</source>
            <translation>No conversations yet</translation>
        </message>
        <message>
            <source>The conversation log shows what was said with whom, newest first. After an event, log the evening's conversations in a couple of minutes.</source>
            <translation>The conversation log shows what was said with whom, newest first. After an event, log the evening's conversations in a couple of minutes.</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>All contacts</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>All networks</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>All events</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>All goals</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>All outcomes</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation>Mark follow-up done</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n conversation</numerusform>
                <numerusform>%n conversations</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1 (due %2)</translation>
        </message>
        <message>
            <source>Delete conversation with %1</source>
            <translation>Delete conversation with %1</translation>
        </message>
        <message>
            <source>Conversation deleted. Ctrl+Z brings it back.</source>
            <translation>Conversation deleted. Ctrl+Z brings it back.</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>No events yet</source>
            <translation>No events yet</translation>
        </message>
        <message>
            <source>Events and networks: the association evenings, meetups and groups where you meet people. Add an event to log its conversations together.</source>
            <translation>Events and networks: the association evenings, meetups and groups where you meet people. Add an event to log its conversations together.</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>No goals yet</source>
            <translation>No goals yet</translation>
        </message>
        <message>
            <source>Goals say what your networking is for: visibility, clients, a new job, exchange of experience. Give each a time budget and see whether the time fits.</source>
            <translation>Goals say what your networking is for: visibility, clients, a new job, exchange of experience. Give each a time budget and see whether the time fits.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <extracomment>extra File-menu entries added by features: (menu path, action)</extracomment>
            <translation>Views</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Search contacts, conversations, notes… (Ctrl+K)</source>
            <translation>Search contacts, conversations, notes… (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Backup now</source>
            <translation>&amp;Backup now</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Kontaktbuch &amp;Help</source>
            <translation>Kontaktbuch &amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Kontaktbuch</source>
            <translation>&amp;About Kontaktbuch</translation>
        </message>
        <message>
            <source>This item cannot be shown here yet.</source>
            <translation>This item cannot be shown here yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n conversation</numerusform>
                <numerusform>%n conversations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Backup written to %1</translation>
        </message>
        <message>
            <source>Kontaktbuch Help</source>
            <translation>Kontaktbuch Help</translation>
        </message>
        <message>
            <source>&lt;p&gt;Kontaktbuch keeps your contacts, networks, events, conversations and goals in one place, on this computer.&lt;/p&gt;&lt;p&gt;Keyboard shortcuts:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kontaktbuch keeps your contacts, networks, events, conversations and goals in one place, on this computer.&lt;/p&gt;&lt;p&gt;Keyboard shortcuts:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Kontaktbuch</source>
            <translation>About Kontaktbuch</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kontaktbuch %1&lt;/h3&gt;&lt;p&gt;A journal for your professional network: conversations, contacts, goals and reflection. Your data stays on your computer.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kontaktbuch %1&lt;/h3&gt;&lt;p&gt;A journal for your professional network: conversations, contacts, goals and reflection. Your data stays on your computer.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ReflectionView</name>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>Is the time you invest justified by your own goals – and do you enjoy it? Log conversations and set goals; this panel then puts time, outcomes and enjoyment side by side.</source>
            <translation>Is the time you invest justified by your own goals – and do you enjoy it? Log conversations and set goals; this panel then puts time, outcomes and enjoyment side by side.</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>Nothing is due</source>
            <translation>Nothing is due</translation>
        </message>
        <message>
            <source>Reminders of follow-ups, contacts gone quiet, birthdays, events and your next reflection appear here when they are due.</source>
            <translation>Reminders of follow-ups, contacts gone quiet, birthdays, events and your next reflection appear here when they are due.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Networks</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) for “%1”</source>
            <translation>
                <numerusform>%n result for “%1”</numerusform>
                <numerusform>%n results for “%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Nothing found for “%1”.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>As the system</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>&amp;Data folder:</source>
            <translation>&amp;Data folder:</translation>
        </message>
        <message>
            <source>Set on the command line or by KONTAKTBUCH_DATA_DIR.</source>
            <translation>Set on the command line or by KONTAKTBUCH_DATA_DIR.</translation>
        </message>
        <message>
            <source>&amp;Backups to keep:</source>
            <translation>&amp;Backups to keep:</translation>
        </message>
        <message>
            <source>Changes of language and data folder take effect at the next start.</source>
            <translation>Changes of language and data folder take effect at the next start.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Kontaktbuch</source>
            <translation>Welcome to Kontaktbuch</translation>
        </message>
        <message>
            <source>Your journal for your professional network: who you met, what was said, what came of it – and whether the time you invest serves your own goals. Everything stays on this computer. How would you like to start?</source>
            <translation>Your journal for your professional network: who you met, what was said, what came of it – and whether the time you invest serves your own goals. Everything stays on this computer. How would you like to start?</translation>
        </message>
        <message>
            <source>Start with an empty journal</source>
            <translation>Start with an empty journal</translation>
        </message>
        <message>
            <source>Open the demo journal</source>
            <translation>Open the demo journal</translation>
        </message>
        <message>
            <source>Import contacts…</source>
            <translation>Import contacts…</translation>
        </message>
    </context>
    <context>
        <name>capture</name>
        <message>
            <source>Log conversations…</source>
            <translation>Log conversations…</translation>
        </message>
        <message>
            <source>Log one or several conversations (Ctrl+L)</source>
            <translation>Log one or several conversations (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Kontaktbuch – a journal for your professional network.</source>
            <translation>Kontaktbuch – a journal for your professional network.</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <source>folder of the journal (default: the user data folder)</source>
            <translation>folder of the journal (default: the user data folder)</translation>
        </message>
        <message>
            <source>language of the interface</source>
            <translation>language of the interface</translation>
        </message>
        <message>
            <source>open the window, wait until it is painted, print the milliseconds since process start and exit</source>
            <translation>open the window, wait until it is painted, print the milliseconds since process start and exit</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>show paths, schema version and counts</source>
            <translation>show paths, schema version and counts</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>print JSON</translation>
        </message>
        <message>
            <source>check the journal's integrity</source>
            <translation>check the journal's integrity</translation>
        </message>
        <message>
            <source>make a backup now</source>
            <translation>make a backup now</translation>
        </message>
        <message>
            <source>where to write it (optional)</source>
            <translation>where to write it (optional)</translation>
        </message>
        <message>
            <source>replace the journal with a backup</source>
            <translation>replace the journal with a backup</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>the backup file</translation>
        </message>
        <message>
            <source>fill an empty journal with demo data</source>
            <translation>fill an empty journal with demo data</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>log one conversation</source>
            <translation>log one conversation</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>who you talked with (name or e-mail; new names become contacts)</source>
            <translation>who you talked with (name or e-mail; new names become contacts)</translation>
        </message>
        <message>
            <source>EVENT</source>
            <translation>EVENT</translation>
        </message>
        <message>
            <source>the event (an existing title, or a new one)</source>
            <translation>the event (an existing title, or a new one)</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>CHANNEL</translation>
        </message>
        <message>
            <source>in_person, phone, video, email, linkedin, xing, facebook, other</source>
            <translation>in_person, phone, video, email, linkedin, xing, facebook, other</translation>
        </message>
        <message>
            <source>MINUTES</source>
            <translation>MINUTES</translation>
        </message>
        <message>
            <source>minutes spent</source>
            <translation>minutes spent</translation>
        </message>
        <message>
            <source>enjoyment from 1 to 5</source>
            <translation>enjoyment from 1 to 5</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>KIND:TEXT</source>
            <translation>KIND:TEXT</translation>
        </message>
        <message>
            <source>an outcome, e.g. insight:Apply early (repeatable)</source>
            <translation>an outcome, e.g. insight:Apply early (repeatable)</translation>
        </message>
        <message>
            <source>TEXT@DATE</source>
            <translation>TEXT@DATE</translation>
        </message>
        <message>
            <source>a follow-up, e.g. 'Send slides@+3d' (repeatable)</source>
            <translation>a follow-up, e.g. 'Send slides@+3d' (repeatable)</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>when it took place (2026-11-26 18:30 or 26.11.2026; default: now)</source>
            <translation>when it took place (2026-11-26 18:30 or 26.11.2026; default: now)</translation>
        </message>
        <message>
            <source>create new contacts even when similar names exist</source>
            <translation>create new contacts even when similar names exist</translation>
        </message>
        <message>
            <source>search the journal</source>
            <translation>search the journal</translation>
        </message>
        <message>
            <source>QUERY</source>
            <translation>QUERY</translation>
        </message>
        <message>
            <source>what to look for</source>
            <translation>what to look for</translation>
        </message>
        <message>
            <source>Not a date: %1</source>
            <translation>Not a date: %1</translation>
        </message>
        <message>
            <source>Unknown channel “%1”. Choose one of: %2</source>
            <translation>Unknown channel “%1”. Choose one of: %2</translation>
        </message>
        <message>
            <source>Enjoyment goes from 1 to 5.</source>
            <translation>Enjoyment goes from 1 to 5.</translation>
        </message>
        <message>
            <source>Minutes must be between 0 and 1440.</source>
            <translation>Minutes must be between 0 and 1440.</translation>
        </message>
        <message>
            <source>Write outcomes as KIND:TEXT; kinds: %1</source>
            <translation>Write outcomes as KIND:TEXT; kinds: %1</translation>
        </message>
        <message>
            <source>A follow-up needs a text.</source>
            <translation>A follow-up needs a text.</translation>
        </message>
        <message>
            <source>“%1” matches several contacts: %2</source>
            <translation>“%1” matches several contacts: %2</translation>
        </message>
        <message>
            <source>No contact is called “%1”, but there are similar names: %2. Write the name as stored, or add --create-new.</source>
            <translation>No contact is called “%1”, but there are similar names: %2. Write the name as stored, or add --create-new.</translation>
        </message>
        <message>
            <source>Logged conversation %1 with %2.</source>
            <translation>Logged conversation %1 with %2.</translation>
        </message>
        <message>
            <source>New contacts: %1</source>
            <translation>New contacts: %1</translation>
        </message>
        <message>
            <source>New event: %1</source>
            <translation>New event: %1</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Nothing found for “%1”.</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflections</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <source>The journal is in good order.</source>
            <translation>The journal is in good order.</translation>
        </message>
        <message>
            <source>The journal has problems:</source>
            <translation>The journal has problems:</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Backup written to %1</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Restored from %1. The previous state was saved as %2.</source>
            <translation>Restored from %1. The previous state was saved as %2.</translation>
        </message>
        <message>
            <source>The journal already holds data; the demo only goes into an empty one. Use --data-dir with a new folder.</source>
            <translation>The journal already holds data; the demo only goes into an empty one. Use --data-dir with a new folder.</translation>
        </message>
        <message>
            <source>Demo journal created: %1 contacts, %2 networks, %3 events, %4 conversations, %5 goals.</source>
            <translation>Demo journal created: %1 contacts, %2 networks, %3 events, %4 conversations, %5 goals.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Kontaktbuch</source>
            <translation>Kontaktbuch</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Kontaktbuch ran into an error it did not expect. Your journal was not changed by the interrupted action. Please report this, with the details below.</source>
            <translation>Kontaktbuch ran into an error it did not expect. Your journal was not changed by the interrupted action. Please report this, with the details below.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Founders' group</source>
            <translation>Founders' group</translation>
        </message>
        <message>
            <source>Women's network</source>
            <translation>Women's network</translation>
        </message>
        <message>
            <source>Expats</source>
            <translation>Expats</translation>
        </message>
        <message>
            <source>Alumni</source>
            <translation>Alumni</translation>
        </message>
        <message>
            <source>Hobby</source>
            <translation>Hobby</translation>
        </message>
        <message>
            <source>Online network</source>
            <translation>Online network</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Volunteering</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>XING</source>
            <translation>XING</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>Insight</translation>
        </message>
        <message>
            <source>Market news</source>
            <translation>Market news</translation>
        </message>
        <message>
            <source>Industry internals</source>
            <translation>Industry internals</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Change in law</source>
            <translation>Change in law</translation>
        </message>
        <message>
            <source>Personnel change</source>
            <translation>Personnel change</translation>
        </message>
        <message>
            <source>Strategy learned</source>
            <translation>Strategy learned</translation>
        </message>
        <message>
            <source>Recommendation given</source>
            <translation>Recommendation given</translation>
        </message>
        <message>
            <source>Recommendation received</source>
            <translation>Recommendation received</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>Support given</translation>
        </message>
        <message>
            <source>Support received</source>
            <translation>Support received</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibility</translation>
        </message>
        <message>
            <source>Exchange of experience</source>
            <translation>Exchange of experience</translation>
        </message>
        <message>
            <source>New job</source>
            <translation>New job</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Knowledge</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation>New contacts</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>The same</source>
            <translation>The same</translation>
        </message>
        <message>
            <source>Less</source>
            <translation>Less</translation>
        </message>
        <message>
            <source>Differently</source>
            <translation>Differently</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The journal file %1 is damaged or is not a Kontaktbuch database (%2). It has not been changed.</source>
            <translation>The journal file %1 is damaged or is not a Kontaktbuch database (%2). It has not been changed.</translation>
        </message>
        <message>
            <source>The newest backup is %1. You can restore it from there.</source>
            <translation>The newest backup is %1. You can restore it from there.</translation>
        </message>
        <message>
            <source>No backup was found.</source>
            <translation>No backup was found.</translation>
        </message>
        <message>
            <source>The journal %1 was saved by a newer version of Kontaktbuch (schema %2; this version knows up to %3). Please update Kontaktbuch. The file has not been changed.</source>
            <translation>The journal %1 was saved by a newer version of Kontaktbuch (schema %2; this version knows up to %3). Please update Kontaktbuch. The file has not been changed.</translation>
        </message>
        <message>
            <source>The disk is full; %1 could not be written. Free some space and try again. Nothing was saved half.</source>
            <translation>The disk is full; %1 could not be written. Free some space and try again. Nothing was saved half.</translation>
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation>%1 could not be read or written: %2</translation>
        </message>
        <message>
            <source>%1 is not a usable Kontaktbuch backup (%2). Nothing was changed.</source>
            <translation>%1 is not a usable Kontaktbuch backup (%2). Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>Restore the newest backup</source>
            <translation>Restore the newest backup</translation>
        </message>
        <message>
            <source>The backup was restored. The damaged file was kept as %1.</source>
            <translation>The backup was restored. The damaged file was kept as %1.</translation>
        </message>
        <message>
            <source>Kontaktbuch is already running; its window was brought forward.</source>
            <translation>Kontaktbuch is already running; its window was brought forward.</translation>
        </message>
        <message>
            <source>Kontaktbuch is already running for this journal, but does not answer. Close it and try again.</source>
            <translation>Kontaktbuch is already running for this journal, but does not answer. Close it and try again.</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Events &amp; networks</source>
            <translation>Events &amp; networks</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
    </context>
</TS>
