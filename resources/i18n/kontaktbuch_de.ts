<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
    <context>
        <name>ChartsTab</name>
        <message>
            <source>Goals and budget</source>
            <translation>Ziele und Zeitbudget</translation>
        </message>
        <message>
            <source>Enjoyment and time</source>
            <translation>Freude und Zeitaufwand</translation>
        </message>
        <message>
            <source>12-month trend</source>
            <translation>Verlauf über 12 Monate</translation>
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
        <name>EnjoymentScatterChart</name>
        <message>
            <source>Enjoyment against time per network</source>
            <translation>Freude und Zeitaufwand je Netzwerk</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Enjoyment (1–5)</source>
            <translation>Freude (1–5)</translation>
        </message>
        <message>
            <source>Low enjoyment (%1)</source>
            <translation>Wenig Freude (%1)</translation>
        </message>
        <message>
            <source>Each point is a network: further right means more time, lower means less enjoyment. Bigger points brought more outcomes.</source>
            <translation>Jeder Punkt ist ein Netzwerk: Weiter rechts heißt mehr Zeitaufwand, weiter unten weniger Freude. Größere Punkte haben mehr Ergebnisse gebracht.</translation>
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
        <name>GoalBudgetChart</name>
        <message>
            <source>Time per goal against budget</source>
            <extracomment>distinct colours for up to twelve networks, then repeated</extracomment>
            <translation>Zeitaufwand je Ziel im Vergleich zum Zeitbudget</translation>
        </message>
        <message>
            <source>Time invested</source>
            <translation>Zeitaufwand</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Zeitbudget</translation>
        </message>
        <message>
            <source>No goals</source>
            <translation>Keine Ziele</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Über dem Zeitbudget</translation>
        </message>
    </context>
    <context>
        <name>GoalDetail</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>%1 (no budget)</source>
            <translation>%1 (kein Zeitbudget)</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>kein Zielwert</translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message>
            <source>This period and the ones before</source>
            <translation>Dieser Zeitraum und die davor</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Time against budget</source>
            <translation>Zeitaufwand / Zeitbudget</translation>
        </message>
        <message>
            <source>Progress against target</source>
            <translation>Fortschritt / Zielwert</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Time</source>
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
            <source>Double-click to open. Link items to goals in their forms.</source>
            <translation>Doppelklick öffnet den Eintrag. Mit Zielen verknüpfst du Einträge in ihren Formularen.</translation>
        </message>
        <message>
            <source>&amp;Remove from this goal</source>
            <translation>Vom Ziel &amp;lösen</translation>
        </message>
        <message>
            <source>%1 per %2</source>
            <translation>%1 pro %2</translation>
        </message>
        <message>
            <source>no budget, period: %1</source>
            <translation>kein Zeitbudget, Zeitraum: %1</translation>
        </message>
        <message>
            <source>What served it since %1</source>
            <translation>Was seit dem %1 darauf eingezahlt hat</translation>
        </message>
        <message>
            <source>Event: %1</source>
            <translation>Veranstaltung: %1</translation>
        </message>
        <message>
            <source>Conversation: %1</source>
            <translation>Gespräch: %1</translation>
        </message>
        <message>
            <source>within the event</source>
            <translation>in der Veranstaltung</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Edit goal</source>
            <translation>Ziel bearbeiten</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <source>e.g. Find new clients in the Mittelstand</source>
            <translation>z. B. Neue Kunden im Mittelstand gewinnen</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Why does this goal matter to you?</source>
            <translation>Warum ist dir dieses Ziel wichtig?</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Warum:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>kein Zeitbudget</translation>
        </message>
        <message>
            <source> h</source>
            <translation> Std.</translation>
        </message>
        <message>
            <source>Time &amp;budget per period:</source>
            <translation>Zeit&amp;budget pro Zeitraum:</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>kein Zielwert</translation>
        </message>
        <message>
            <source>of any kind</source>
            <translation>jeder Art</translation>
        </message>
        <message>
            <source>T&amp;arget per period:</source>
            <translation>Ziel&amp;wert pro Zeitraum:</translation>
        </message>
        <message>
            <source>Please give the goal a title.</source>
            <translation>Bitte gib dem Ziel einen Titel.</translation>
        </message>
        <message>
            <source>The time budget must be between 0 and 10,000 hours.</source>
            <translation>Das Zeitbudget muss zwischen 0 und 10.000 Stunden liegen.</translation>
        </message>
        <message>
            <source>The target must be a number above zero.</source>
            <translation>Der Zielwert muss eine Zahl über null sein.</translation>
        </message>
        <message>
            <source>Please check the input.</source>
            <translation>Bitte prüfe deine Eingaben.</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>Delete goal “%1”</source>
            <translation>Ziel „%1“ löschen</translation>
        </message>
        <message>
            <source>Remove from goal</source>
            <translation>Vom Ziel lösen</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;Neues Ziel</translation>
        </message>
        <message>
            <source>New goal (Ctrl+N)</source>
            <translation>Neues Ziel (Strg+N)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausieren</translation>
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation>&amp;Erreicht</translation>
        </message>
        <message>
            <source>&amp;Drop</source>
            <translation>&amp;Aufgeben</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Show completed and dropped goals</source>
            <translation>Erreichte und aufgegebene Ziele zeigen</translation>
        </message>
        <message>
            <source>No goals yet</source>
            <translation>Noch keine Ziele</translation>
        </message>
        <message>
            <source>Goals say what your networking is for: visibility, clients, a new job, exchange of experience. Give each a time budget and see whether the time fits.</source>
            <translation>Ziele sagen, wofür du netzwerkst: Sichtbarkeit, Kunden, ein neuer Job, Erfahrungsaustausch. Gib jedem ein Zeitbudget und sieh, ob die Zeit passt.</translation>
        </message>
        <message>
            <source>Create your first goal</source>
            <translation>Lege dein erstes Ziel an</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Goal completed. Tick “Show completed and dropped goals” to see it.</source>
            <translation>Ziel erreicht. Setze den Haken bei „Erreichte und aufgegebene Ziele zeigen“, um es zu sehen.</translation>
        </message>
        <message>
            <source>Goal dropped. Tick “Show completed and dropped goals” to see it.</source>
            <translation>Ziel aufgegeben. Setze den Haken bei „Erreichte und aufgegebene Ziele zeigen“, um es zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>GuidedTab</name>
        <message>
            <source>Take a few minutes. Look at the figures and the findings, then answer for yourself – there are no wrong answers.</source>
            <translation>Nimm dir ein paar Minuten. Sieh dir die Zahlen und die Hinweise an und antworte dann für dich – es gibt keine falschen Antworten.</translation>
        </message>
        <message>
            <source>My verdict: in the next period I will network…</source>
            <translation>Mein Fazit: Im nächsten Zeitraum netzwerke ich …</translation>
        </message>
        <message>
            <source>&amp;Save reflection</source>
            <translation>Reflexion &amp;speichern</translation>
        </message>
        <message>
            <source>Reflection on %1</source>
            <translation>Reflexion zu %1</translation>
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
            <translation type="unfinished">&amp;Bearbeiten</translation>
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
        <name>OverviewTab</name>
        <message>
            <source>Findings – questions to ask yourself</source>
            <translation>Hinweise – Fragen an dich selbst</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeitaufwand</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Zeitbudget</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Freude</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Davor</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netzwerke</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Outcomes by kind</source>
            <translation>Ergebnisse nach Art</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Their enjoyment</source>
            <translation>Freude der Gespräche</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Nothing stands out in this period.</source>
            <translation>In diesem Zeitraum fällt nichts besonders auf.</translation>
        </message>
    </context>
    <context>
        <name>PastTab</name>
        <message>
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
        <message>
            <source>Select several to compare them (Ctrl+click).</source>
            <translation>Wähle mehrere aus, um sie zu vergleichen (Strg+Klick).</translation>
        </message>
        <message>
            <source>Saved on %1</source>
            <translation>Gespeichert am %1</translation>
        </message>
        <message>
            <source>No reflection saved yet.</source>
            <translation>Noch keine Reflexion gespeichert.</translation>
        </message>
        <message>
            <source>Select a reflection on the left.</source>
            <translation>Wähle links eine Reflexion aus.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Gespeichert am</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Fazit</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Zeitaufwand gesamt</translation>
        </message>
        <message>
            <source>Time serving goals</source>
            <translation>Zeit für Ziele</translation>
        </message>
        <message>
            <source>Time without a goal</source>
            <translation>Zeit ohne Ziel</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation>Neue Kontakte</translation>
        </message>
        <message>
            <source>Average enjoyment</source>
            <translation>Freude im Schnitt</translation>
        </message>
        <message>
            <source>Time per goal</source>
            <translation>Zeitaufwand je Ziel</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Hinweise</translation>
        </message>
    </context>
    <context>
        <name>ReflectionSettingsPage</name>
        <message>
            <source>Every week (on Monday)</source>
            <translation>Jede Woche (am Montag)</translation>
        </message>
        <message>
            <source>Every month (on the 1st)</source>
            <translation>Jeden Monat (am 1.)</translation>
        </message>
        <message>
            <source>&amp;Reflect:</source>
            <translation>&amp;Reflektieren:</translation>
        </message>
        <message>
            <source>A finding is a question the panel asks when a figure crosses these limits:</source>
            <translation>Ein Hinweis ist eine Frage, die die Reflexion stellt, wenn eine Zahl diese Grenzen überschreitet:</translation>
        </message>
        <message>
            <source>A network takes at least this &amp;share of the time:</source>
            <translation>Ein Netzwerk braucht mindestens diesen &amp;Anteil der Zeit:</translation>
        </message>
        <message>
            <source>…and its enjoyment is at most (1–5):</source>
            <translation>… und die Freude daran ist höchstens (1–5):</translation>
        </message>
        <message>
            <source>A network is worth more from enjoyment (1–5):</source>
            <translation>Ein Netzwerk verdient mehr Zeit ab Freude (1–5):</translation>
        </message>
        <message>
            <source>A goal is over &amp;budget above:</source>
            <translation>Ein Ziel liegt über dem Zeit&amp;budget ab:</translation>
        </message>
        <message>
            <source>Time without a &amp;goal is much from:</source>
            <translation>Zeit ohne &amp;Ziel ist viel ab:</translation>
        </message>
        <message>
            <source> periods</source>
            <translation> Zeiträume</translation>
        </message>
        <message>
            <source>Enjoyment &amp;falling over:</source>
            <translation>Freude &amp;sinkt über:</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
    </context>
    <context>
        <name>ReflectionView</name>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Zahlen</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Reflect</source>
            <translation>Reflektieren</translation>
        </message>
        <message>
            <source>Past reflections</source>
            <translation>Frühere Reflexionen</translation>
        </message>
        <message>
            <source>%1 · compared with %2</source>
            <translation>%1 · im Vergleich zu %2</translation>
        </message>
        <message>
            <source>%1 (%2) · compared with %3</source>
            <translation>%1 (%2) · im Vergleich zu %3</translation>
        </message>
        <message>
            <source>Reflection saved.</source>
            <translation>Reflexion gespeichert.</translation>
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
            <translation type="unfinished">Kontakte</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished">Gespräche</translation>
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished">Veranstaltungen</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation type="unfinished">Netzwerke</translation>
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
        <name>TrendChart</name>
        <message>
            <source>Time and enjoyment over the last 12 months</source>
            <translation>Zeitaufwand und Freude in den letzten 12 Monaten</translation>
        </message>
        <message>
            <source>Time invested</source>
            <translation>Zeitaufwand</translation>
        </message>
        <message>
            <source>Average enjoyment</source>
            <translation>Freude im Schnitt</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Enjoyment (1–5)</source>
            <translation>Freude (1–5)</translation>
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
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
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
            <source>show the reflection panel's figures for a period</source>
            <translation>die Zahlen der Reflexion für einen Zeitraum zeigen</translation>
        </message>
        <message>
            <source>Time, goals, networks, channels, outcomes, enjoyment and findings of a period beside the period before. Without a period: this month.</source>
            <translation>Zeitaufwand, Ziele, Netzwerke, Kanäle, Ergebnisse, Freude und Hinweise eines Zeitraums neben dem Zeitraum davor. Ohne Zeitraum: dieser Monat.</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>ZEITRAUM</translation>
        </message>
        <message>
            <source>a month 2026-10, a week 2026-W43, a quarter 2026-Q3 or a year 2026</source>
            <translation>ein Monat 2026-10, eine Woche 2026-W43, ein Quartal 2026-Q3 oder ein Jahr 2026</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>first day of a custom range (YYYY-MM-DD)</source>
            <translation>erster Tag eines eigenen Zeitraums (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>last day of a custom range (YYYY-MM-DD, default: today)</source>
            <translation>letzter Tag eines eigenen Zeitraums (JJJJ-MM-TT, sonst heute)</translation>
        </message>
        <message>
            <source>Not a period I know. Use a month like 2026-10, a week like 2026-W43, a quarter like 2026-Q3, a year like 2026, or --from 2026-01-01 --to 2026-03-31.</source>
            <translation>Diesen Zeitraum kenne ich nicht. Gib einen Monat wie 2026-10, eine Woche wie 2026-W43, ein Quartal wie 2026-Q3, ein Jahr wie 2026 oder --from 2026-01-01 --to 2026-03-31 an.</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(nichts)</translation>
        </message>
        <message>
            <source>Reflection %1 (%2), compared with %3</source>
            <translation>Reflexion %1 (%2), im Vergleich zu %3</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeitaufwand</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Zeitbudget</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Freude</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Outcomes by kind</source>
            <translation>Ergebnisse nach Art</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
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
            <translation type="unfinished">Monat</translation>
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
            <translation type="unfinished">Neue Kontakte</translation>
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
        <name>reflection</name>
        <message>
            <source>What did networking bring for my goals?</source>
            <translation>Was hat mir das Netzwerken für meine Ziele gebracht?</translation>
        </message>
        <message>
            <source>Does the time fit what these goals are worth to me?</source>
            <translation>Passt die Zeit zu dem, was mir diese Ziele wert sind?</translation>
        </message>
        <message>
            <source>What did I enjoy, and what did I force myself to do?</source>
            <translation>Was habe ich gern gemacht, und wozu musste ich mich zwingen?</translation>
        </message>
        <message>
            <source>What did I give, and what did I receive?</source>
            <translation>Was habe ich gegeben, und was habe ich bekommen?</translation>
        </message>
        <message>
            <source>What will I do more, less or differently?</source>
            <translation>Was mache ich künftig mehr, weniger oder anders?</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Letzte Woche</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Dieses Quartal</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Letztes Quartal</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 Std.</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 von 5</translation>
        </message>
        <message>
            <source>Week %1, %2</source>
            <translation>Woche %1, %2</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>%1. Quartal %2</translation>
        </message>
        <message>
            <source>No network</source>
            <translation>Kein Netzwerk</translation>
        </message>
        <message>
            <source>At events</source>
            <translation>Bei Veranstaltungen</translation>
        </message>
        <message>
            <source>%1 of %2 conversations</source>
            <translation>%1 von %2 Gesprächen</translation>
        </message>
        <message>
            <source>%1 of %2 new contacts</source>
            <translation>%1 von %2 neuen Kontakten</translation>
        </message>
        <message>
            <source>%1 of %2 × %3</source>
            <translation>%1 von %2 × %3</translation>
        </message>
        <message>
            <source>%1 of %2 outcomes</source>
            <translation>%1 von %2 Ergebnissen</translation>
        </message>
        <message numerus="yes">
            <source>%1 took %2 of your time, brought %n outcome(s) and felt like %3. Is %1 still worth it for you?</source>
            <translation>
                <numerusform>%1 hat %2 deiner Zeit gekostet, %n Ergebnis gebracht und sich wie %3 angefühlt. Lohnt sich %1 noch für dich?</numerusform>
                <numerusform>%1 hat %2 deiner Zeit gekostet, %n Ergebnisse gebracht und sich wie %3 angefühlt. Lohnt sich %1 noch für dich?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 took %2 of your time but brought no outcome. What do you expect from %1?</source>
            <translation>%1 hat %2 deiner Zeit gekostet, aber kein Ergebnis gebracht. Was erhoffst du dir von %1?</translation>
        </message>
        <message numerus="yes">
            <source>%1 felt good (%2) and brought %n outcome(s) in little time. Would more time there be worth it?</source>
            <translation>
                <numerusform>%1 hat sich gut angefühlt (%2) und in wenig Zeit %n Ergebnis gebracht. Wäre dort mehr Zeit gut investiert?</numerusform>
                <numerusform>%1 hat sich gut angefühlt (%2) und in wenig Zeit %n Ergebnisse gebracht. Wäre dort mehr Zeit gut investiert?</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing served your goal “%1” in this period. Is it still important to you?</source>
            <translation>Für dein Ziel „%1“ ist in diesem Zeitraum nichts passiert. Ist es dir noch wichtig?</translation>
        </message>
        <message>
            <source>You spent %2 on “%1”, more than its budget of %3. Is it worth that much to you?</source>
            <translation>Du hast %2 in „%1“ gesteckt, mehr als das Zeitbudget von %3. Ist es dir so viel wert?</translation>
        </message>
        <message>
            <source>%1 of your time (%2) served no goal. What did it bring you – or is a goal missing?</source>
            <translation>%1 deiner Zeit (%2) hat keinem Ziel gedient. Was hat sie dir gebracht – oder fehlt dir ein Ziel?</translation>
        </message>
        <message numerus="yes">
            <source>Your enjoyment has fallen over the last %n periods, from %1 to %2. What has changed?</source>
            <translation>
                <numerusform>Deine Freude ist im letzten Zeitraum gesunken, von %1 auf %2. Was hat sich verändert?</numerusform>
                <numerusform>Deine Freude ist über die letzten %n Zeiträume gesunken, von %1 auf %2. Was hat sich verändert?</numerusform>
            </translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Zeitaufwand gesamt</translation>
        </message>
        <message>
            <source>Time serving goals</source>
            <translation>Zeit für Ziele</translation>
        </message>
        <message>
            <source>Time without a goal</source>
            <translation>Zeit ohne Ziel</translation>
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
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation>Neue Kontakte</translation>
        </message>
        <message>
            <source>Follow-ups done</source>
            <translation>Nachfassen erledigt</translation>
        </message>
        <message>
            <source>Follow-ups still open</source>
            <translation>Nachfassen noch offen</translation>
        </message>
        <message>
            <source>Average enjoyment</source>
            <translation>Freude im Schnitt</translation>
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
            <translation type="unfinished">Ziele</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished">Reflexion</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
