<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
    <context>
        <name>BirthdayEdit</name>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>no year</source>
            <translation>ohne Jahr</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Dr.</source>
            <translation>Dr.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>E-Mail hinzufügen</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Telefon hinzufügen</translation>
        </message>
        <message>
            <source>Add profile link</source>
            <translation>Profil-Link hinzufügen</translation>
        </message>
        <message>
            <source>e.g. at the Barcamp, through Anna</source>
            <translation>z. B. beim Barcamp, über Anna</translation>
        </message>
        <message>
            <source>Event where you first met</source>
            <translation>Veranstaltung, bei der ihr euch kennengelernt habt</translation>
        </message>
        <message>
            <source>e.g. AI, sailing, jazz</source>
            <translation>z. B. KI, Segeln, Jazz</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Tags, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>as in its networks</source>
            <translation>wie in den Netzwerken</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>keine Erinnerung</translation>
        </message>
        <message>
            <source>Archived (hidden from the list and reminders)</source>
            <translation>Archiviert (nicht in der Liste und ohne Erinnerungen)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Geburtstag:</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Erreichbar</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-Mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>Profiles:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <source>Networking</source>
            <translation>Netzwerken</translation>
        </message>
        <message>
            <source>O&amp;ffers:</source>
            <translation>Bi&amp;etet:</translation>
        </message>
        <message>
            <source>S&amp;eeks:</source>
            <translation>S&amp;ucht:</translation>
        </message>
        <message>
            <source>&amp;Interests:</source>
            <translation>&amp;Interessen:</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>&amp;Tags:</translation>
        </message>
        <message>
            <source>First &amp;met:</source>
            <translation>&amp;Kennengelernt:</translation>
        </message>
        <message>
            <source>At event:</source>
            <translation>Bei Veranstaltung:</translation>
        </message>
        <message>
            <source>Networks:</source>
            <translation>Netzwerke:</translation>
        </message>
        <message>
            <source>&amp;Keep in touch:</source>
            <translation>Kontakt &amp;halten:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>(no reminder)</source>
            <translation>(keine Erinnerung)</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>jeden Tag</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>jede Woche</numerusform>
                <numerusform>alle %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>jeden Monat</numerusform>
                <numerusform>alle %n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>Last contact: %1</source>
            <translation>Letzter Kontakt: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>noch nie</translation>
        </message>
        <message>
            <source>next due: %1</source>
            <translation>fällig am %1</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>überfällig seit %1</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>Verlauf (%1)</translation>
        </message>
        <message>
            <source>Nothing yet: conversations and events with this person appear here.</source>
            <translation>Noch nichts: Gespräche und Veranstaltungen mit dieser Person erscheinen hier.</translation>
        </message>
        <message>
            <source>Conversation (%1)</source>
            <translation>Gespräch (%1)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Ergebnis: %1</translation>
        </message>
        <message>
            <source>Follow-up (done)</source>
            <translation>Nachfassen (erledigt)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>Give the contact a name or an organisation.</source>
            <translation>Gib dem Kontakt einen Namen oder eine Organisation.</translation>
        </message>
        <message>
            <source>This is not an e-mail address (like name@example.org).</source>
            <translation>Das ist keine E-Mail-Adresse (wie name@example.org).</translation>
        </message>
        <message>
            <source>A phone number needs digits.</source>
            <translation>Eine Telefonnummer braucht Ziffern.</translation>
        </message>
        <message>
            <source>This is not a web address (like https://www.linkedin.com/in/…).</source>
            <translation>Das ist keine Webadresse (wie https://www.linkedin.com/in/…).</translation>
        </message>
        <message>
            <source>This day does not exist.</source>
            <translation>Diesen Tag gibt es nicht.</translation>
        </message>
        <message>
            <source>A birthday needs a day and a month.</source>
            <translation>Ein Geburtstag braucht Tag und Monat.</translation>
        </message>
        <message>
            <source>This year is not possible.</source>
            <translation>Dieses Jahr ist nicht möglich.</translation>
        </message>
        <message>
            <source>Choose between 1 day and 10 years.</source>
            <translation>Wähle zwischen 1 Tag und 10 Jahren.</translation>
        </message>
        <message>
            <source>This network is listed twice.</source>
            <translation>Dieses Netzwerk steht doppelt da.</translation>
        </message>
        <message>
            <source>This network no longer exists.</source>
            <translation>Dieses Netzwerk gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>This event no longer exists.</source>
            <translation>Diese Veranstaltung gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>Nicht gespeichert: Bitte korrigiere die markierten Felder.</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netzwerke</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Nächster fällig</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, überfällig</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Filter by name, organisation, offers, seeks, tags… (Ctrl+F)</source>
            <translation>Filtern nach Name, Organisation, bietet, sucht, Tags… (Strg+F)</translation>
        </message>
        <message>
            <source>Filter contacts</source>
            <translation>Kontakte filtern</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Overdue for contact</source>
            <translation>Kontakt überfällig</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Archivierte zeigen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>No contact selected</source>
            <translation>Kein Kontakt ausgewählt</translation>
        </message>
        <message>
            <source>Choose a contact in the list, or create a new one with Ctrl+N.</source>
            <translation>Wähle einen Kontakt in der Liste oder lege mit Strg+N einen neuen an.</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Neuer Kontakt</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Zusammenführen…</translation>
        </message>
        <message>
            <source>Merge the two selected contacts into one</source>
            <translation>Die zwei ausgewählten Kontakte zu einem zusammenführen</translation>
        </message>
        <message>
            <source>Possible &amp;duplicates…</source>
            <translation>Mögliche &amp;Doppelte…</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtern</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Noch keine Kontakte</translation>
        </message>
        <message>
            <source>Your contacts appear here: the people you meet at events, in your networks and online. Log a conversation or import your contacts to start.</source>
            <translation>Hier erscheinen deine Kontakte: die Menschen, die du bei Veranstaltungen, in deinen Netzwerken und online triffst. Erfasse ein Gespräch oder importiere deine Kontakte, um anzufangen.</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle Netzwerke</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Tags</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The contact has problems and was not saved. Discard your changes?</source>
            <translation>Der Kontakt hat Fehler und wurde nicht gespeichert. Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>%1 löschen?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n contact(s)?</source>
            <translation>
                <numerusform>%n Kontakt löschen?</numerusform>
                <numerusform>%n Kontakte löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversations with other people are kept.</source>
            <translation>Gespräche mit anderen Personen bleiben erhalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) with nobody else will be deleted too.</source>
            <translation>
                <numerusform>%n Gespräch ohne weitere Personen wird mitgelöscht.</numerusform>
                <numerusform>%n Gespräche ohne weitere Personen werden mitgelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Mit Strg+Z kannst du das rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete contacts</source>
            <translation>Kontakte löschen</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt löschen</numerusform>
                <numerusform>%n Kontakte löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt archivieren</numerusform>
                <numerusform>%n Kontakte archivieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n contact(s) from the archive</source>
            <translation>
                <numerusform>%n Kontakt aus dem Archiv holen</numerusform>
                <numerusform>%n Kontakte aus dem Archiv holen</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge %1 and %2</source>
            <translation>%1 und %2 zusammenführen</translation>
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
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Mögliche Doppelte</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Zusammenführen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>gleiche E-Mail-Adresse</translation>
        </message>
        <message>
            <source>same profile link</source>
            <translation>gleicher Profil-Link</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ähnlicher Name</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of contacts may be the same person.</source>
            <translation>
                <numerusform>%n Kontaktpaar ist vielleicht dieselbe Person.</numerusform>
                <numerusform>%n Kontaktpaare sind vielleicht jeweils dieselbe Person.</numerusform>
            </translation>
        </message>
        <message>
            <source>No possible duplicates found.</source>
            <translation>Keine möglichen Doppelten gefunden.</translation>
        </message>
    </context>
    <context>
        <name>EventEditor</name>
        <message>
            <source>min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>How much did you enjoy it?</source>
            <translation>Wie gern hast du das gemacht?</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Add a person: name, then Enter</source>
            <translation>Person hinzufügen: Name, dann Enter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Goals served</source>
            <translation>Dient den Zielen</translation>
        </message>
        <message>
            <source>Conversations at this event</source>
            <translation>Gespräche bei dieser Veranstaltung</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Dauer:</translation>
        </message>
        <message>
            <source>T&amp;ravel time:</source>
            <translation>&amp;Anfahrt:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>Organised &amp;by:</source>
            <translation>Veranstaltet &amp;von:</translation>
        </message>
        <message>
            <source>&amp;Enjoyment:</source>
            <translation>&amp;Freude:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Attendees:</source>
            <translation>Teilnehmende:</translation>
        </message>
        <message>
            <source>Goals served:</source>
            <translation>Dient den Zielen:</translation>
        </message>
        <message>
            <source>Conversations:</source>
            <translation>Gespräche:</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Veranstaltung löschen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Neue Veranstaltung</translation>
        </message>
        <message>
            <source>no network</source>
            <translation>kein Netzwerk</translation>
        </message>
        <message>
            <source>No active goals.</source>
            <translation>Keine aktiven Ziele.</translation>
        </message>
        <message>
            <source>No conversations logged at this event yet.</source>
            <translation>Bei dieser Veranstaltung sind noch keine Gespräche erfasst.</translation>
        </message>
        <message>
            <source>Conversations (%1):</source>
            <translation>Gespräche (%1):</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Gib der Veranstaltung einen Titel.</translation>
        </message>
        <message>
            <source>Between 0 minutes and one week.</source>
            <translation>Zwischen 0 Minuten und einer Woche.</translation>
        </message>
        <message>
            <source>Choose 1 to 5.</source>
            <translation>Wähle 1 bis 5.</translation>
        </message>
        <message>
            <source>This network no longer exists.</source>
            <translation>Dieses Netzwerk gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>Nicht gespeichert: Bitte korrigiere die markierten Felder.</translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Freude</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>Filter by title, place, notes… (Ctrl+F)</source>
            <translation>Filtern nach Titel, Ort, Notizen… (Strg+F)</translation>
        </message>
        <message>
            <source>Filter events</source>
            <translation>Veranstaltungen filtern</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Neue Veranstaltung</translation>
        </message>
        <message>
            <source>No event selected</source>
            <translation>Keine Veranstaltung ausgewählt</translation>
        </message>
        <message>
            <source>Choose an event in the list, or add one with “New event”.</source>
            <translation>Wähle eine Veranstaltung in der Liste oder lege mit „Neue Veranstaltung“ eine an.</translation>
        </message>
        <message>
            <source>No events yet</source>
            <translation>Noch keine Veranstaltungen</translation>
        </message>
        <message>
            <source>Events and networks: the association evenings, meetups and groups where you meet people. Add an event to log its conversations together.</source>
            <translation>Veranstaltungen und Netzwerke: die Vereinsabende, Meetups und Gruppen, in denen du Menschen triffst. Lege eine Veranstaltung an, um ihre Gespräche gemeinsam zu erfassen.</translation>
        </message>
        <message>
            <source>New network</source>
            <translation>Neues Netzwerk</translation>
        </message>
        <message>
            <source>No network selected</source>
            <translation>Kein Netzwerk ausgewählt</translation>
        </message>
        <message>
            <source>Choose a network in the list, or add one with “New network”.</source>
            <translation>Wähle ein Netzwerk in der Liste oder lege mit „Neues Netzwerk“ eines an.</translation>
        </message>
        <message>
            <source>No networks yet</source>
            <translation>Noch keine Netzwerke</translation>
        </message>
        <message>
            <source>Networks are the groups your contacts belong to: associations, founders' groups, alumni, clubs, online platforms. Add one to see what it costs and brings.</source>
            <translation>Netzwerke sind die Gruppen, zu denen deine Kontakte gehören: Verbände, Gründergruppen, Alumni, Vereine, Online-Netzwerke. Lege eines an, um zu sehen, was es kostet und bringt.</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netzwerke</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle Netzwerke</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Veranstaltung</numerusform>
                <numerusform>%n Veranstaltungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Your changes have problems and were not saved. Discard them?</source>
            <translation>Deine Änderungen haben Fehler und wurden nicht gespeichert. Verwerfen?</translation>
        </message>
        <message>
            <source>Delete the event “%1”?</source>
            <translation>Die Veranstaltung „%1“ löschen?</translation>
        </message>
        <message>
            <source>Its conversations are kept, without the event. You can undo this with Ctrl+Z.</source>
            <translation>Ihre Gespräche bleiben erhalten, nur ohne Veranstaltung. Mit Strg+Z kannst du das rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Veranstaltung löschen</translation>
        </message>
        <message>
            <source>Delete event “%1”</source>
            <translation>Veranstaltung „%1“ löschen</translation>
        </message>
        <message>
            <source>Delete the network “%1”?</source>
            <translation>Das Netzwerk „%1“ löschen?</translation>
        </message>
        <message>
            <source>Its members and events are kept; they just no longer belong to it. You can undo this with Ctrl+Z.</source>
            <translation>Seine Mitglieder und Veranstaltungen bleiben erhalten, sie gehören nur nicht mehr dazu. Mit Strg+Z kannst du das rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete network</source>
            <translation>Netzwerk löschen</translation>
        </message>
        <message>
            <source>Delete network “%1”</source>
            <translation>Netzwerk „%1“ löschen</translation>
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
        <name>IntervalEdit</name>
        <message>
            <source>Number</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>every</source>
            <translation>alle</translation>
        </message>
    </context>
    <context>
        <name>LineRows</name>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
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
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
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
                <numerusform>%n Veranstaltung</numerusform>
                <numerusform>%n Veranstaltungen</numerusform>
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
        <name>MembershipRows</name>
        <message>
            <source>Add to network</source>
            <translation>Zu Netzwerk hinzufügen</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Vorstand</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Leave this network</source>
            <translation>Aus diesem Netzwerk austragen</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge contacts</source>
            <extracomment>runs a merge: (kept id, merged-away id, combined contact); the view makes it undoable</extracomment>
            <translation>Kontakte zusammenführen</translation>
        </message>
        <message>
            <source>Both become one contact. Conversations, events, networks, tags, e-mails, phones, links and follow-ups of both are kept. Which one should stay?</source>
            <translation>Beide werden ein Kontakt. Gespräche, Veranstaltungen, Netzwerke, Tags, E-Mails, Telefonnummern, Links und Nachfassen beider bleiben erhalten. Welcher soll bleiben?</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message>
            <source>&lt;b&gt;The merged contact:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Der zusammengeführte Kontakt:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Where the two differ, keep:</source>
            <translation>Wo sich die beiden unterscheiden, behalte:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>First name:</source>
            <translation>Vorname:</translation>
        </message>
        <message>
            <source>Last name:</source>
            <translation>Nachname:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Keep in touch:</source>
            <translation>Kontakt halten:</translation>
        </message>
        <message>
            <source>First met at:</source>
            <translation>Kennengelernt bei:</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>jeden Tag</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-Mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>Profiles:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <source>Offers:</source>
            <translation>Bietet:</translation>
        </message>
        <message>
            <source>Seeks:</source>
            <translation>Sucht:</translation>
        </message>
        <message>
            <source>Interests:</source>
            <translation>Interessen:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>Networks:</source>
            <translation>Netzwerke:</translation>
        </message>
        <message>
            <source>Birthday:</source>
            <translation>Geburtstag:</translation>
        </message>
        <message>
            <source>First met:</source>
            <translation>Kennengelernt:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
        <message>
            <source>Moves over: %1, %2, %3.</source>
            <translation>Wird übernommen: %1, %2, %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n Gespräch</numerusform>
                <numerusform>%n Gespräche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Veranstaltung</numerusform>
                <numerusform>%n Veranstaltungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n Nachfassen</numerusform>
                <numerusform>%n Nachfassen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkEditor</name>
        <message>
            <source>no reminder</source>
            <translation>keine Erinnerung</translation>
        </message>
        <message>
            <source>Keep in touch with its members this often, unless a contact has its own interval.</source>
            <translation>So oft mit den Mitgliedern Kontakt halten, außer ein Kontakt hat einen eigenen Abstand.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Add a member: name, then Enter</source>
            <translation>Mitglied hinzufügen: Name, dann Enter</translation>
        </message>
        <message>
            <source>Set role</source>
            <translation>Rolle setzen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Events of this network</source>
            <translation>Veranstaltungen dieses Netzwerks</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Keep in touch:</source>
            <translation>Kontakt &amp;halten:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Mitglieder:</translation>
        </message>
        <message>
            <source>Events:</source>
            <translation>Veranstaltungen:</translation>
        </message>
        <message>
            <source>Delete network</source>
            <translation>Netzwerk löschen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>New network</source>
            <translation>Neues Netzwerk</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n Mitglied</numerusform>
                <numerusform>%n Mitglieder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Veranstaltung</numerusform>
                <numerusform>%n Veranstaltungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 invested</source>
            <translation>%1 Zeitaufwand</translation>
        </message>
        <message>
            <source>last activity %1</source>
            <translation>zuletzt aktiv am %1</translation>
        </message>
        <message>
            <source>Members (%1):</source>
            <translation>Mitglieder (%1):</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Vorstand</translation>
        </message>
        <message>
            <source>No events organised by this network yet.</source>
            <translation>Dieses Netzwerk hat noch keine Veranstaltungen ausgerichtet.</translation>
        </message>
        <message>
            <source>Give the network a name.</source>
            <translation>Gib dem Netzwerk einen Namen.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>Nicht gespeichert: Bitte korrigiere die markierten Felder.</translation>
        </message>
    </context>
    <context>
        <name>NetworksModel</name>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Time invested</source>
            <translation>Zeitaufwand</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Zuletzt aktiv</translation>
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
            <translation type="unfinished">Kontakte</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation type="unfinished">Netzwerke</translation>
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished">Veranstaltungen</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished">Gespräche</translation>
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
        <name>formatting</name>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 Std.</translation>
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
            <translation type="unfinished">Jahr</translation>
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
