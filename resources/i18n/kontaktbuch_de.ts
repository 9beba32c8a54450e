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
        <name>CaptureDialog</name>
        <message>
            <source>Log conversations</source>
            <translation>Gespräche erfassen</translation>
        </message>
        <message>
            <source>Edit conversation</source>
            <translation>Gespräch bearbeiten</translation>
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
            <source>“%1” is not a date and time. Try 05.12.2026 19:00 or 5.12. 19:00.</source>
            <translation>„%1“ ist kein Datum mit Uhrzeit. Versuch es mit 05.12.2026 19:00 oder 5.12. 19:00.</translation>
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
        <message numerus="yes">
            <source>%n conversation(s) saved.</source>
            <translation>
                <numerusform>%n Gespräch gespeichert.</numerusform>
                <numerusform>%n Gespräche gespeichert.</numerusform>
            </translation>
        </message>
    </context>
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
            <source>Save (Ctrl+S)</source>
            <translation>Speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
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
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Hidden from the list and from reminders.</source>
            <translation>Nicht in der Liste und ohne Erinnerungen.</translation>
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
            <source>Offe&amp;rs:</source>
            <translation>Bi&amp;etet:</translation>
        </message>
        <message>
            <source>&amp;Seeks:</source>
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
            <translation>Kontakt ha&amp;lten:</translation>
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
            <source>Relationships (%1)</source>
            <translation>Beziehungen (%1)</translation>
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
            <source>Too long: a name keeps up to 200 characters, a title or an entry 300, a text 100,000.</source>
            <translation>Zu lang: Ein Name darf bis zu 200 Zeichen haben, ein Titel oder Eintrag 300, ein Text 100.000.</translation>
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
            <source>&amp;Export selected as vCard…</source>
            <translation>Auswahl als vCard &amp;exportieren …</translation>
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
            <translation>Hier stehen deine Kontakte: die Menschen, die du bei Veranstaltungen, in deinen Netzwerken und online triffst. Erfasse ein Gespräch oder importiere deine Kontakte, um anzufangen.</translation>
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
        <message numerus="yes">
            <source>%1 of %n contact(s)</source>
            <translation>
                <numerusform>%1 von %n Kontakt</numerusform>
                <numerusform>%1 von %n Kontakten</numerusform>
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
        <message numerus="yes">
            <source>Delete contact(s)</source>
            <translation>
                <numerusform>Kontakt löschen</numerusform>
                <numerusform>Kontakte löschen</numerusform>
            </translation>
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
            <source>Same goals for the next conversations</source>
            <translation>Dieselben Ziele für die nächsten Gespräche</translation>
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
            <translation>Das Gesprächsprotokoll zeigt, was mit wem besprochen wurde, das Neueste zuerst. Erfasse nach einer Veranstaltung die Gespräche des Abends in wenigen Minuten.</translation>
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
            <source>Conversations from</source>
            <translation>Gespräche ab</translation>
        </message>
        <message>
            <source>Conversations until</source>
            <translation>Gespräche bis</translation>
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
            <source>Event:</source>
            <translation>Veranstaltung:</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
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
        <name>CurrentPassphraseDialog</name>
        <message>
            <source>Remove the encryption</source>
            <translation>Verschlüsselung aufheben</translation>
        </message>
        <message>
            <source>Your journal and its backups will be stored unencrypted again: anyone who can read your files can then read them. Enter the passphrase to confirm.</source>
            <translation>Dein Journal und seine Sicherungen werden wieder unverschlüsselt gespeichert: Wer deine Dateien lesen kann, kann sie dann lesen. Gib zur Bestätigung die Passphrase ein.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Remove encryption</source>
            <translation>Verschlüsselung aufheben</translation>
        </message>
    </context>
    <context>
        <name>DetailEditor</name>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>Nicht gespeichert: Bitte korrigiere die markierten Felder.</translation>
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
        <name>EncryptionPage</name>
        <message>
            <source>&amp;Encrypt with a passphrase…</source>
            <translation>Mit einer Passphrase &amp;verschlüsseln …</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>Passphrase &amp;ändern …</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>Verschlüsselung auf&amp;heben …</translation>
        </message>
        <message>
            <source>Remember the passphrase in the system &amp;keyring</source>
            <translation>Passphrase im &amp;Schlüsselbund des Systems merken</translation>
        </message>
        <message>
            <source>Exports (vCard, archive, calendar, CSV) are never encrypted: keep them safe or delete them after use.</source>
            <translation>Exporte (vCard, Archiv, Kalender, CSV) werden nie verschlüsselt: Bewahre sie sicher auf oder lösche sie nach Gebrauch.</translation>
        </message>
        <message>
            <source>Your journal is encrypted with your passphrase (SQLCipher, AES-256), and so are its backups and drafts. Without the passphrase nobody can read them.</source>
            <translation>Dein Journal ist mit deiner Passphrase verschlüsselt (SQLCipher, AES-256), ebenso seine Sicherungen und Entwürfe. Ohne die Passphrase kann niemand sie lesen.</translation>
        </message>
        <message>
            <source>Your journal is not encrypted. Anyone who can read your files – on a stolen laptop, in a backup folder in the cloud – can read it.</source>
            <translation>Dein Journal ist nicht verschlüsselt. Wer deine Dateien lesen kann – auf einem gestohlenen Laptop, in einem Sicherungsordner in der Cloud –, kann es lesen.</translation>
        </message>
        <message>
            <source>Then Kontaktbuch opens without asking while you are logged in.</source>
            <translation>Dann öffnet sich Kontaktbuch ohne Nachfrage, solange du angemeldet bist.</translation>
        </message>
        <message>
            <source>There is no system keyring on this computer.</source>
            <translation>Auf diesem Computer gibt es keinen Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
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
            <translation>Da&amp;uer:</translation>
        </message>
        <message>
            <source>T&amp;ravel time:</source>
            <translation>Anfah&amp;rt:</translation>
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
            <source>En&amp;joyment:</source>
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
            <source>Too long: a title keeps up to 300 characters, notes 100,000.</source>
            <translation>Zu lang: Ein Titel darf bis zu 300 Zeichen haben, Notizen 100.000.</translation>
        </message>
        <message>
            <source>Choose a date between 1900 and ten years from now.</source>
            <translation>Wähle ein Datum zwischen 1900 und zehn Jahren ab heute.</translation>
        </message>
    </context>
    <context>
        <name>EventFields</name>
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
            <source>For example 05.12.2026 19:00, 5.12. 19:00 or 19:30</source>
            <translation>Zum Beispiel 05.12.2026 19:00, 5.12. 19:00 oder 19:30</translation>
        </message>
        <message>
            <source>which network organised it</source>
            <translation>welches Netzwerk sie ausgerichtet hat</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Travel time</source>
            <translation>Anfahrt</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Veranstaltung</translation>
        </message>
        <message>
            <source>new network</source>
            <translation>neues Netzwerk</translation>
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
            <source>= sum of the conversations</source>
            <translation>= Summe der Gespräche</translation>
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
            <source>C&amp;onversations as CSV…</source>
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
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Where to start</source>
            <translation>So fängst du an</translation>
        </message>
        <message>
            <source>Log a conversation…</source>
            <translation>Ein Gespräch erfassen…</translation>
        </message>
        <message>
            <source>Set a goal…</source>
            <translation>Ein Ziel setzen…</translation>
        </message>
        <message>
            <source>Nothing is logged yet, so there is nothing to reflect on. The panel weighs the time you spend on your network against your goals and your enjoyment – it starts with your first conversations.</source>
            <translation>Noch ist nichts erfasst, also gibt es noch nichts zu reflektieren. Die Reflexion wägt die Zeit für dein Netzwerk gegen deine Ziele und deine Freude daran ab – das beginnt mit deinen ersten Gesprächen.</translation>
        </message>
        <message>
            <source>Only a few conversations and events are logged so far: the figures below say more with every one you add.</source>
            <translation>Bisher sind erst wenige Gespräche und Veranstaltungen erfasst: Mit jedem weiteren sagen die Zahlen unten mehr.</translation>
        </message>
        <message>
            <source>1. Log a conversation: who, how long, what came of it, and how much you enjoyed it.</source>
            <translation>1. Erfasse ein Gespräch: mit wem, wie lange, was dabei herauskam und wie gern du es geführt hast.</translation>
        </message>
        <message>
            <source>%1. Set a goal with a time budget, so the panel can tell whether the time fits.</source>
            <translation>%1. Setz dir ein Ziel mit einem Zeitbudget, damit die Reflexion zeigen kann, ob die Zeit passt.</translation>
        </message>
    </context>
    <context>
        <name>GoalBudgetChart</name>
        <message>
            <source>Time per goal against budget</source>
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
            <source>Items that served the goal</source>
            <translation>Einträge, die dem Ziel gedient haben</translation>
        </message>
        <message>
            <source>Double-click to open. Link items to goals in their forms.</source>
            <translation>Doppelklick öffnet den Eintrag. Mit Zielen verknüpfst du Einträge in ihren Formularen.</translation>
        </message>
        <message>
            <source>&amp;Remove from this goal</source>
            <translation>Vom &amp;Ziel lösen</translation>
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
            <translation>Zielw&amp;ert pro Zeitraum:</translation>
        </message>
        <message>
            <source>The reflection judges the goal from this day on: it is not listed for the periods before, and its budget and target count only for its days.</source>
            <translation>Die Reflexion bewertet das Ziel ab diesem Tag: Für frühere Zeiträume erscheint es nicht, und Zeitbudget und Zielwert zählen nur für seine Tage.</translation>
        </message>
        <message>
            <source>Counts &amp;from:</source>
            <translation>&amp;Gilt ab:</translation>
        </message>
        <message>
            <source>Please give the goal a title.</source>
            <translation>Bitte gib dem Ziel einen Titel.</translation>
        </message>
        <message>
            <source>The title is too long: at most 300 characters.</source>
            <translation>Der Titel ist zu lang: höchstens 300 Zeichen.</translation>
        </message>
        <message>
            <source>The text is too long: at most 100,000 characters.</source>
            <translation>Der Text ist zu lang: höchstens 100.000 Zeichen.</translation>
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
            <source>Goals</source>
            <translation>Ziele</translation>
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
            <source>Ed&amp;it</source>
            <translation>Bearbei&amp;ten</translation>
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
            <translation>A&amp;ufgeben</translation>
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
            <translation>Ziele sagen, wofür du netzwerkst: Sichtbarkeit, Kunden, ein neuer Job, Erfahrungsaustausch. Gib jedem ein Zeitbudget und sieh, ob die Zeit dazu passt.</translation>
        </message>
        <message>
            <source>Create your first goal</source>
            <translation>Lege dein erstes Ziel an</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
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
        <name>GraphView</name>
        <message>
            <source>Network graph</source>
            <translation>Netzwerkbild</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>Kontakt öffnen</translation>
        </message>
        <message>
            <source>Show neighbourhood</source>
            <translation>Umfeld zeigen</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Met within</source>
            <translation>Getroffen innerhalb</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Jederzeit</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Im letzten Monat</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Im letzten Quartal</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Im letzten Jahr</translation>
        </message>
        <message>
            <source>Around a contact…</source>
            <translation>Rund um einen Kontakt…</translation>
        </message>
        <message>
            <source>Whole network</source>
            <translation>Ganzes Netzwerk</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Show the whole picture</source>
            <translation>Das ganze Bild zeigen</translation>
        </message>
        <message>
            <source>Network:</source>
            <translation>Netzwerk:</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <source>Met:</source>
            <translation>Getroffen:</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle Netzwerke</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>Alle Ziele</translation>
        </message>
        <message>
            <source>%1: %2 contacts</source>
            <translation>%1: %2 Kontakte</translation>
        </message>
        <message>
            <source>No network</source>
            <translation>Kein Netzwerk</translation>
        </message>
        <message>
            <source>%1 and %2 people around them: relationships and fellow members.</source>
            <translation>%1 und %2 Menschen im Umfeld: Beziehungen und Mitglieder derselben Netzwerke.</translation>
        </message>
        <message>
            <source>%1 contacts in %2 networks: too many to draw one by one. Click a network to see its people, or pick a contact.</source>
            <translation>%1 Kontakte in %2 Netzwerken: zu viele, um jeden einzeln zu zeichnen. Klicke auf ein Netzwerk, um seine Mitglieder zu sehen, oder wähle einen Kontakt.</translation>
        </message>
        <message>
            <source>%1 contacts match; the %2 met most recently are shown.</source>
            <translation>%1 Kontakte passen; die %2 zuletzt getroffenen werden gezeigt.</translation>
        </message>
        <message>
            <source>No contact matches these filters.</source>
            <translation>Kein Kontakt passt zu diesen Filtern.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s). Click one to open it.</source>
            <translation>
                <numerusform>%n Kontakt. Klicke darauf, um ihn zu öffnen.</numerusform>
                <numerusform>%n Kontakte. Klicke auf einen, um ihn zu öffnen.</numerusform>
            </translation>
        </message>
        <message>
            <source>met this month</source>
            <translation>diesen Monat getroffen</translation>
        </message>
        <message>
            <source>within 3 months</source>
            <translation>innerhalb von 3 Monaten</translation>
        </message>
        <message>
            <source>within a year</source>
            <translation>innerhalb eines Jahres</translation>
        </message>
        <message>
            <source>longer ago</source>
            <translation>länger her</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Lines: networks that share members; colour: share met within 3 months</source>
            <translation>Linien: Netzwerke mit gemeinsamen Mitgliedern; Farbe: Anteil der in 3 Monaten Getroffenen</translation>
        </message>
        <message>
            <source>Lines: dashed = introduced by; coloured = related</source>
            <translation>Linien: gestrichelt = vorgestellt von; farbig = Beziehung</translation>
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
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>Import-Vorschau</translation>
        </message>
        <message>
            <source>New in your journal:</source>
            <translation>Neu in deinem Kontaktbuch:</translation>
        </message>
        <message>
            <source>New in your journal</source>
            <translation>Neu in deinem Kontaktbuch</translation>
        </message>
        <message>
            <source>Perhaps already in your journal:</source>
            <translation>Vielleicht schon in deinem Kontaktbuch:</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>In your journal</source>
            <translation>Im Kontaktbuch</translation>
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
            <source>%n person(s) perhaps already in your journal</source>
            <translation>
                <numerusform>%n Person ist vielleicht schon in deinem Kontaktbuch</numerusform>
                <numerusform>%n Personen sind vielleicht schon in deinem Kontaktbuch</numerusform>
            </translation>
        </message>
        <message>
            <source>Will be merged: %1 · kept as new: %2 · skipped: %3</source>
            <translation>Zusammenführen: %1 · als neu behalten: %2 · überspringen: %3</translation>
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
        <name>IntroductionsView</name>
        <message>
            <source>e.g. workshops on moderation, tax questions</source>
            <translation>z. B. Workshops zu Moderation, Steuerfragen</translation>
        </message>
        <message>
            <source>e.g. clients in mid-sized firms, a co-founder</source>
            <translation>z. B. Kunden im Mittelstand, eine Mitgründerin</translation>
        </message>
        <message>
            <source>You offer:</source>
            <translation>Du bietest:</translation>
        </message>
        <message>
            <source>You seek:</source>
            <translation>Du suchst:</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Vorschläge</translation>
        </message>
        <message>
            <source>&amp;Introduce…</source>
            <translation>&amp;Vorstellen…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>S&amp;päter</translation>
        </message>
        <message>
            <source>Propose this again in a month</source>
            <translation>In einem Monat wieder vorschlagen</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>Ver&amp;werfen</translation>
        </message>
        <message>
            <source>Never propose these two again</source>
            <translation>Diese beiden nie wieder vorschlagen</translation>
        </message>
        <message>
            <source>No introductions to propose</source>
            <translation>Keine Vorschläge zum Vorstellen</translation>
        </message>
        <message>
            <source>When one contact seeks what another offers — or what you offer — the pair appears here. Write offers and seeks on your contacts' pages, and your own above.</source>
            <translation>Wenn ein Kontakt sucht, was ein anderer bietet – oder was du bietest –, erscheint das Paar hier. Trage bei deinen Kontakten ein, was sie bieten und suchen, und oben dein eigenes.</translation>
        </message>
        <message>
            <source>(and more)</source>
            <translation>(und mehr)</translation>
        </message>
        <message>
            <source>Matching words: %1</source>
            <translation>Passende Wörter: %1</translation>
        </message>
        <message>
            <source>Score %1 of 100: how well the words match (%2 %), and how recently you met both (%3 %).</source>
            <translation>Wert %1 von 100: wie gut die Wörter passen (%2 %) und wie kürzlich du beide getroffen hast (%3 %).</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message>
            <source>%1 and %2: proposed again from %3.</source>
            <translation>%1 und %2: ab %3 wieder vorgeschlagen.</translation>
        </message>
        <message>
            <source>%1 and %2 will not be proposed again.</source>
            <translation>%1 und %2 werden nicht wieder vorgeschlagen.</translation>
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
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Search contacts, conversations, notes… (Ctrl+K)</source>
            <translation>Kontakte, Gespräche, Notizen suchen … (Strg+K)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Backup now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Ei&amp;nstellungen …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Suchen …</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Kontaktbuch &amp;Help</source>
            <translation>Kontaktbuch-&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Kontaktbuch</source>
            <translation>&amp;Über Kontaktbuch</translation>
        </message>
        <message>
            <source>This item cannot be shown here yet.</source>
            <translation>Dieser Eintrag kann hier noch nicht angezeigt werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
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
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Sicherung gespeichert unter %1</translation>
        </message>
        <message>
            <source>Kontaktbuch Help</source>
            <translation>Kontaktbuch-Hilfe</translation>
        </message>
        <message>
            <source>About Kontaktbuch</source>
            <translation>Über Kontaktbuch</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kontaktbuch %1&lt;/h3&gt;&lt;p&gt;A journal for your professional network: conversations, contacts, goals and reflection. Your data stays on your computer.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kontaktbuch %1&lt;/h3&gt;&lt;p&gt;Ein Journal für dein berufliches Netzwerk: Gespräche, Kontakte, Ziele und Reflexion. Deine Daten bleiben auf deinem Computer.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MakeIntroductionDialog</name>
        <message>
            <source>Introduce</source>
            <translation>Vorstellen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Ergebnis:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Kanal:</translation>
        </message>
        <message>
            <source>Time spent:</source>
            <translation>Zeitaufwand:</translation>
        </message>
        <message>
            <source>Follow up:</source>
            <translation>Nachfassen:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>Fällig:</translation>
        </message>
        <message>
            <source>Log introduction</source>
            <translation>Vorstellung festhalten</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Nachfassen anlegen</translation>
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
            <translation>Kontakte zusammenführen</translation>
        </message>
        <message>
            <source>Both become one contact. Conversations, events, networks, tags, e-mails, phones, links and follow-ups of both are kept. Which one should stay?</source>
            <translation>Beide werden ein Kontakt. Gespräche, Veranstaltungen, Netzwerke, Tags, E-Mails, Telefonnummern, Links und Nachfassen beider bleiben erhalten. Welcher soll bleiben?</translation>
        </message>
        <message>
            <source>Where the two differ, keep:</source>
            <translation>Wo sich die beiden unterscheiden, behalte:</translation>
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
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Birthday:</source>
            <translation>Geburtstag:</translation>
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
            <source>Name:</source>
            <translation>Name:</translation>
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
            <source>K&amp;ind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Be&amp;schreibung:</translation>
        </message>
        <message>
            <source>&amp;Keep in touch:</source>
            <translation>&amp;Kontakt halten:</translation>
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
            <source>Too long: a name keeps up to 200 characters, a description 100,000.</source>
            <translation>Zu lang: Ein Name darf bis zu 200 Zeichen haben, eine Beschreibung 100.000.</translation>
        </message>
        <message>
            <source>Give the network a name.</source>
            <translation>Gib dem Netzwerk einen Namen.</translation>
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
        <name>NewPassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Encrypt the journal</source>
            <translation>Journal verschlüsseln</translation>
        </message>
        <message>
            <source>Your journal and its backups will be encrypted with a passphrase. Without it nobody can read them – on a stolen laptop or in a backup folder in the cloud.</source>
            <translation>Dein Journal und seine Sicherungen werden mit einer Passphrase verschlüsselt. Ohne sie kann niemand sie lesen – weder auf einem gestohlenen Laptop noch in einem Sicherungsordner in der Cloud.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Bisherige Passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>I have &amp;understood the warning above</source>
            <translation>Ich habe den Hinweis oben &amp;verstanden</translation>
        </message>
        <message>
            <source>&amp;Remember it in the system keyring</source>
            <translation>Im &amp;Schlüsselbund des Systems merken</translation>
        </message>
        <message>
            <source>Exports (vCard, archive, calendar, CSV) are not encrypted.</source>
            <translation>Exporte (vCard, Archiv, Kalender, CSV) werden nicht verschlüsselt.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Verschlüsseln</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Gib die bisherige Passphrase ein.</translation>
        </message>
        <message>
            <source>A passphrase needs at least %1 characters.</source>
            <translation>Eine Passphrase braucht mindestens %1 Zeichen.</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>Die beiden Eingaben unterscheiden sich.</translation>
        </message>
        <message>
            <source>Confirm that you understand the warning above.</source>
            <translation>Bestätige, dass du den Hinweis oben verstanden hast.</translation>
        </message>
    </context>
    <context>
        <name>OffersHint</name>
        <message>
            <source>Offered by: %1</source>
            <translation>Bietet das: %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
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
            <source>Verdicts per goal</source>
            <translation>Entscheidungen je Ziel</translation>
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
            <source>The reflection asks you a question when a figure of a period crosses one of these limits:</source>
            <translation>Die Reflexion stellt dir eine Frage, wenn eine Zahl eines Zeitraums eine dieser Grenzen überschreitet:</translation>
        </message>
        <message>
            <source>Ask about a network when it takes at least %1 of your time</source>
            <translation>Melde ein Netzwerk, wenn es mindestens %1 deiner Zeit kostet</translation>
        </message>
        <message>
            <source>… and you enjoyed it no more than %1 of 5, or nothing came of it</source>
            <translation>… und es dir höchstens %1 von 5 Freude gemacht hat oder nichts dabei herauskam</translation>
        </message>
        <message>
            <source>Point out a network with less of your time that you enjoyed at least %1 of 5 and that brought two outcomes or more</source>
            <translation>Zeig ein Netzwerk mit weniger Zeitaufwand, das dir mindestens %1 von 5 Freude gemacht und zwei oder mehr Ergebnisse gebracht hat</translation>
        </message>
        <message>
            <source>Ask about a goal when it took more than %1 of its budget</source>
            <translation>Melde ein Ziel, wenn es mehr als %1 seines Zeitbudgets gekostet hat</translation>
        </message>
        <message>
            <source>… or, once the period is over, less than %1 of it</source>
            <translation>… oder, wenn der Zeitraum vorbei ist, weniger als %1 davon</translation>
        </message>
        <message>
            <source>Ask about time without a goal when it is at least %1 of your time</source>
            <translation>Melde Zeit ohne Ziel, wenn sie mindestens %1 deiner Zeit ausmacht</translation>
        </message>
        <message>
            <source>Ask about your enjoyment when it fell over %1 periods in a row</source>
            <translation>Melde es, wenn deine Freude %1 Zeiträume nacheinander gesunken ist</translation>
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
        <name>RelationshipsPanel</name>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Kind of relationship</source>
            <translation>Art der Beziehung</translation>
        </message>
        <message>
            <source>Label, e.g. mentor</source>
            <translation>Bezeichnung, z. B. Mentoring</translation>
        </message>
        <message>
            <source>Name of the other contact…</source>
            <translation>Name des anderen Kontakts…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Save the contact first, then add relationships.</source>
            <translation>Speichere den Kontakt zuerst, dann kannst du Beziehungen hinzufügen.</translation>
        </message>
        <message>
            <source>Double-click to open %1</source>
            <translation>Doppelklick öffnet %1</translation>
        </message>
        <message>
            <source>No relationships yet: who introduced you, who works with whom …</source>
            <translation>Noch keine Beziehungen: Wer hat euch vorgestellt, wer arbeitet mit wem …</translation>
        </message>
        <message>
            <source>A contact cannot be related to themselves.</source>
            <translation>Ein Kontakt kann keine Beziehung zu sich selbst haben.</translation>
        </message>
        <message>
            <source>Please write a label for this relationship.</source>
            <translation>Bitte gib dieser Beziehung eine Bezeichnung.</translation>
        </message>
        <message>
            <source>This relationship is already kept.</source>
            <translation>Diese Beziehung ist schon eingetragen.</translation>
        </message>
        <message>
            <source>This relationship cannot be kept.</source>
            <translation>Diese Beziehung kann nicht eingetragen werden.</translation>
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
            <source>&amp;Keep running in the tray after closing</source>
            <translation>Nach dem Schließen im &amp;Infobereich bleiben</translation>
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
            <source>Remind me later (Ctrl+Shift+L)</source>
            <translation>Später erinnern (Strg+Umschalt+L)</translation>
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
        <name>ReviewDialog</name>
        <message>
            <source>Conflicts and names to review</source>
            <translation>Konflikte und Namen zum Prüfen</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>From the server</source>
            <translation>Vom Server</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Meins behalten</translation>
        </message>
        <message>
            <source>&amp;Take the server's</source>
            <translation>Vom &amp;Server übernehmen</translation>
        </message>
        <message>
            <source>Changed here and on another device at the same time. Your journal keeps its own value until you choose; nothing is lost.</source>
            <translation>Hier und auf einem anderen Gerät gleichzeitig geändert. Dein Kontaktbuch behält seinen Wert, bis du wählst; nichts geht verloren.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <source>&amp;Create contact</source>
            <translation>Kontakt &amp;anlegen</translation>
        </message>
        <message>
            <source>&amp;It is…</source>
            <translation>&amp;Das ist …</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>People named in journal entries written on another device who are not (or not clearly) among your contacts.</source>
            <translation>Personen aus Journaleinträgen von einem anderen Gerät, die (noch) nicht eindeutig zu deinen Kontakten gehören.</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Konflikte (%1)</translation>
        </message>
        <message>
            <source>Names (%1)</source>
            <translation>Namen (%1)</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
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
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>&amp;Data folder:</source>
            <translation>&amp;Datenordner:</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Datenordner auswählen</translation>
        </message>
        <message>
            <source>Set on the command line or by KONTAKTBUCH_DATA_DIR.</source>
            <translation>Festgelegt über die Befehlszeile oder KONTAKTBUCH_DATA_DIR.</translation>
        </message>
        <message>
            <source>&amp;Backups to keep:</source>
            <translation>Aufbewahrte Si&amp;cherungen:</translation>
        </message>
        <message>
            <source>Changes of language and data folder take effect at the next start.</source>
            <translation>Änderungen an Sprache und Datenordner gelten ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>kept in the system keyring</source>
            <translation>liegt im Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>an app password is best</source>
            <translation>am besten ein App-Passwort</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>only for a server with its own certificates</source>
            <translation>nur für einen Server mit eigenen Zertifikaten</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>&amp;CA file:</source>
            <translation>&amp;CA-Datei:</translation>
        </message>
        <message>
            <source>Create the address book and calendars when missing</source>
            <translation>Adressbuch und Kalender anlegen, wenn sie fehlen</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Stop syncing</source>
            <translation>Nicht mehr synchronisieren</translation>
        </message>
        <message>
            <source>only by hand</source>
            <translation>nur von Hand</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>Synchronisieren &amp;alle:</translation>
        </message>
        <message>
            <source>Sync a few seconds after each change</source>
            <translation>Ein paar Sekunden nach jeder Änderung synchronisieren</translation>
        </message>
        <message>
            <source>Your journal stays on this computer; sync copies it to an address book and calendars on your own server (Nextcloud, Radicale, …), for your other computers and your phone.</source>
            <translation>Dein Kontaktbuch bleibt auf diesem Rechner; die Synchronisation kopiert es in ein Adressbuch und Kalender auf deinem eigenen Server (Nextcloud, Radicale, …) – für deine anderen Rechner und dein Telefon.</translation>
        </message>
        <message>
            <source>Sync is not set up.</source>
            <translation>Die Synchronisation ist nicht eingerichtet.</translation>
        </message>
        <message>
            <source>contacts and networks</source>
            <translation>Kontakte und Netzwerke</translation>
        </message>
        <message>
            <source>events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>goals, reflections, figure settings</source>
            <translation>Ziele, Reflexionen, Einstellungen der Kennzahlen</translation>
        </message>
        <message>
            <source>Set up with %1 as %2.</source>
            <translation>Eingerichtet mit %1 als %2.</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA-Datei</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>Zertifikate (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Der Server wird gefragt …</translation>
        </message>
        <message>
            <source>Enter the password first.</source>
            <translation>Gib zuerst das Passwort ein.</translation>
        </message>
        <message>
            <source>Enter the server's address and your user name first.</source>
            <translation>Gib zuerst die Adresse des Servers und deinen Benutzernamen ein.</translation>
        </message>
        <message numerus="yes">
            <source>Connected: %n address book(s) and calendar(s) found.</source>
            <translation>
                <numerusform>Verbunden: %n Adressbuch oder Kalender gefunden.</numerusform>
                <numerusform>Verbunden: %n Adressbücher und Kalender gefunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no system keyring here: the password is asked for once each time Kontaktbuch starts.</source>
            <translation>Hier gibt es keinen Schlüsselbund des Systems: Das Passwort wird bei jedem Start von Kontaktbuch einmal abgefragt.</translation>
        </message>
        <message>
            <source>Stop syncing with this server? Your journal stays as it is; what is on the server stays there too.</source>
            <translation>Nicht mehr mit diesem Server synchronisieren? Dein Kontaktbuch bleibt, wie es ist; was auf dem Server liegt, bleibt auch dort.</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Set up s&amp;ync</source>
            <translation>Synchronisation ei&amp;nrichten</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>Jetzt s&amp;ynchronisieren</translation>
        </message>
        <message>
            <source>Sync c&amp;onflicts and names…</source>
            <translation>K&amp;onflikte und Namen der Synchronisation…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Password for %1 at %2:</source>
            <translation>Passwort für %1 bei %2:</translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n zu prüfen</numerusform>
                <numerusform>%n zu prüfen</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync: receiving…</source>
            <translation>Synchronisation: empfangen …</translation>
        </message>
        <message>
            <source>Sync: sending…</source>
            <translation>Synchronisation: senden …</translation>
        </message>
        <message>
            <source>Sync ready</source>
            <translation>Synchronisation bereit</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Synchronisiert %1</translation>
        </message>
        <message>
            <source>Offline – sync tries again later</source>
            <translation>Offline – die Synchronisation versucht es später</translation>
        </message>
        <message>
            <source>Sync tries again later</source>
            <translation>Die Synchronisation versucht es später</translation>
        </message>
        <message>
            <source>Sync stopped</source>
            <translation>Synchronisation angehalten</translation>
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
        <name>UnlockDialog</name>
        <message>
            <source>Unlock Kontaktbuch</source>
            <translation>Kontaktbuch entsperren</translation>
        </message>
        <message>
            <source>Your journal is encrypted. Enter its passphrase to open it.</source>
            <translation>Dein Journal ist verschlüsselt. Gib die Passphrase ein, um es zu öffnen.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Remember it in the system keyring</source>
            <translation>Im &amp;Schlüsselbund des Systems merken</translation>
        </message>
        <message>
            <source>Then Kontaktbuch opens without asking while you are logged in to this computer.</source>
            <translation>Dann öffnet sich Kontaktbuch ohne Nachfrage, solange du an diesem Computer angemeldet bist.</translation>
        </message>
        <message>
            <source>There is no system keyring on this computer.</source>
            <translation>Auf diesem Computer gibt es keinen Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Kontaktbuch</source>
            <translation>Willkommen bei Kontaktbuch</translation>
        </message>
        <message>
            <source>Your journal for your professional network: who you met, what was said, what came of it – and whether the time you invest serves your own goals. Everything stays on this computer. How would you like to start?</source>
            <translation>Dein Journal für dein berufliches Netzwerk: wen du getroffen hast, was besprochen wurde, was daraus wurde – und ob die Zeit, die du investierst, deinen eigenen Zielen dient. Alles bleibt auf diesem Computer. Wie möchtest du anfangen?</translation>
        </message>
        <message>
            <source>Start with an empty journal</source>
            <translation>Mit leerem Journal beginnen</translation>
        </message>
        <message>
            <source>Open the demo journal</source>
            <translation>Demo-Journal öffnen</translation>
        </message>
        <message>
            <source>Import contacts…</source>
            <translation>Kontakte importieren …</translation>
        </message>
    </context>
    <context>
        <name>WhenEdit</name>
        <message>
            <source>not a date</source>
            <translation>kein Datum</translation>
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
            <translation>Kontaktbuch – ein Journal für dein berufliches Netzwerk.</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>ORDNER</translation>
        </message>
        <message>
            <source>folder of the journal (default: the user data folder)</source>
            <translation>Ordner des Journals (Standard: der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>language of the interface</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>open the window, wait until it is painted, print the milliseconds since process start and exit</source>
            <translation>Fenster öffnen, warten bis es gezeichnet ist, die Millisekunden seit Prozessstart ausgeben und beenden</translation>
        </message>
        <message>
            <source>read an encrypted journal's passphrase from the first line of standard input (or set KONTAKTBUCH_PASSPHRASE)</source>
            <translation>die Passphrase eines verschlüsselten Journals aus der ersten Zeile der Standardeingabe lesen (oder KONTAKTBUCH_PASSPHRASE setzen)</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>BEFEHL</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>show paths, schema version and counts</source>
            <translation>Pfade, Schemaversion und Anzahlen zeigen</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>check the journal's integrity</source>
            <translation>das Journal auf Fehler prüfen</translation>
        </message>
        <message>
            <source>make a backup now</source>
            <translation>jetzt eine Sicherung anlegen</translation>
        </message>
        <message>
            <source>where to write it (optional)</source>
            <translation>wohin sie geschrieben wird (optional)</translation>
        </message>
        <message>
            <source>replace the journal with a backup</source>
            <translation>das Journal durch eine Sicherung ersetzen</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>die Sicherungsdatei</translation>
        </message>
        <message>
            <source>fill an empty journal with demo data</source>
            <translation>ein leeres Journal mit Demodaten füllen</translation>
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
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
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
            <source>GOAL</source>
            <translation>ZIEL</translation>
        </message>
        <message>
            <source>an active goal the conversation served, by its title (repeatable)</source>
            <translation>ein aktives Ziel, dem das Gespräch gedient hat, mit seinem Titel (mehrfach möglich)</translation>
        </message>
        <message>
            <source>when it took place (26.11.2026 18:30, 26.11. 18:30, 2026-11-26; default: now)</source>
            <translation>wann es stattfand (26.11.2026 18:30, 26.11. 18:30, 2026-11-26; sonst: jetzt)</translation>
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
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>No active goal is called “%1”. Did you mean: %2?</source>
            <translation>Kein aktives Ziel heißt „%1“. Meintest du: %2?</translation>
        </message>
        <message>
            <source>No active goal is called “%1”.</source>
            <translation>Kein aktives Ziel heißt „%1“.</translation>
        </message>
        <message>
            <source>Active goals: %1</source>
            <translation>Aktive Ziele: %1</translation>
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
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflexionen</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Schemaversion</translation>
        </message>
        <message>
            <source>The journal is in good order.</source>
            <translation>Das Journal ist in Ordnung.</translation>
        </message>
        <message>
            <source>The reflection's stored figures did not match the journal; they have been counted again (%1).</source>
            <translation>Die gespeicherten Zahlen der Reflexion passten nicht zum Journal; sie wurden neu gezählt (%1).</translation>
        </message>
        <message>
            <source>The journal has problems:</source>
            <translation>Das Journal hat Fehler:</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Sicherung gespeichert unter %1</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restored from %1. The damaged journal was kept as %2.</source>
            <translation>Aus %1 wiederhergestellt. Das beschädigte Journal liegt weiter als %2 bereit.</translation>
        </message>
        <message>
            <source>Restored from %1. The previous state was saved as %2.</source>
            <translation>Wiederhergestellt aus %1. Der vorherige Stand wurde als %2 gesichert.</translation>
        </message>
        <message>
            <source>The journal already holds data; the demo only goes into an empty one. Use --data-dir with a new folder.</source>
            <translation>Das Journal enthält schon Daten; die Demo kommt nur in ein leeres. Nimm --data-dir mit einem neuen Ordner.</translation>
        </message>
        <message>
            <source>Demo journal created: %1 contacts, %2 networks, %3 events, %4 conversations, %5 goals.</source>
            <translation>Demo-Journal angelegt: %1 Kontakte, %2 Netzwerke, %3 Veranstaltungen, %4 Gespräche, %5 Ziele.</translation>
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
            <source>Not a date: %1. Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
            <translation>Kein Datum: %1. Schreib Daten als JJJJ-MM-TT, z. B. 2026-03-31.</translation>
        </message>
        <message>
            <source>--to needs --from: give the first day of the range too, e.g. --from 2026-01-01 --to 2026-03-31.</source>
            <translation>--to braucht --from: Gib auch den ersten Tag des Zeitraums an, z. B. --from 2026-01-01 --to 2026-03-31.</translation>
        </message>
        <message>
            <source>The range ends before it starts: --to is before --from.</source>
            <translation>Der Zeitraum endet, bevor er beginnt: --to liegt vor --from.</translation>
        </message>
        <message>
            <source>This period is too far in the past or the future: it, the period before it and the twelve months up to its end must lie between the years 1 and 9999.</source>
            <translation>Dieser Zeitraum liegt zu weit in der Vergangenheit oder Zukunft: Er, der Zeitraum davor und die zwölf Monate bis zu seinem Ende müssen zwischen den Jahren 1 und 9999 liegen.</translation>
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
        <message>
            <source>Where to start</source>
            <translation>So fängst du an</translation>
        </message>
        <message>
            <source>Log your conversations: kontaktbuch log --with NAME --minutes 30 --enjoyment 4 (or Ctrl+L in the window).</source>
            <translation>Erfasse deine Gespräche: kontaktbuch log --with NAME --minutes 30 --enjoyment 4 (oder Strg+L im Fenster).</translation>
        </message>
        <message>
            <source>Set a goal with a time budget in the window (Goals), so the figures can tell whether the time fits.</source>
            <translation>Setz dir im Fenster (Ziele) ein Ziel mit einem Zeitbudget, damit die Zahlen zeigen können, ob die Zeit passt.</translation>
        </message>
        <message>
            <source>a number from 1 to 10000</source>
            <translation>eine Zahl von 1 bis 10000</translation>
        </message>
        <message>
            <source>list who could help whom: where a seek meets an offer</source>
            <translation>zeigen, wer wem helfen kann: wo ein Gesuch auf ein Angebot trifft</translation>
        </message>
        <message>
            <source>at most N proposals (default 50)</source>
            <translation>höchstens N Vorschläge (Vorgabe 50)</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>AKTION</translation>
        </message>
        <message>
            <source>never propose this pair again</source>
            <translation>dieses Paar nie wieder vorschlagen</translation>
        </message>
        <message>
            <source>propose this pair again later</source>
            <translation>dieses Paar später wieder vorschlagen</translation>
        </message>
        <message>
            <source>log the introduction on both contacts, with follow-ups</source>
            <translation>die Vorstellung bei beiden Kontakten festhalten, mit Nachfassen</translation>
        </message>
        <message>
            <source>the proposal's ID</source>
            <translation>die ID des Vorschlags</translation>
        </message>
        <message>
            <source>No proposals: nobody seeks what another offers.</source>
            <translation>Keine Vorschläge: niemand sucht, was jemand anderes bietet.</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s):</source>
            <translation>
                <numerusform>%n Vorschlag:</numerusform>
                <numerusform>%n Vorschläge:</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” is not a proposal's ID (such as 12-34 or me-34).</source>
            <translation>„%1“ ist keine ID eines Vorschlags (etwa 12-34 oder me-34).</translation>
        </message>
        <message>
            <source>No contact of the proposal %1 is in the journal.</source>
            <translation>Die Kontakte des Vorschlags %1 sind nicht (mehr) im Kontaktbuch.</translation>
        </message>
        <message>
            <source>Dismissed: %1 will not be proposed again.</source>
            <translation>Verworfen: %1 wird nicht wieder vorgeschlagen.</translation>
        </message>
        <message>
            <source>Postponed: %1 comes back on %2.</source>
            <translation>Zurückgestellt: %1 kommt am %2 wieder.</translation>
        </message>
        <message>
            <source>%1 is not among the open proposals.</source>
            <translation>%1 ist keiner der offenen Vorschläge.</translation>
        </message>
        <message>
            <source>Introduction logged, with a follow-up on each side.</source>
            <translation>Vorstellung festgehalten, mit einem Nachfassen auf beiden Seiten.</translation>
        </message>
        <message>
            <source>That passphrase does not open the journal. Try again.</source>
            <translation>Diese Passphrase öffnet das Journal nicht. Versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Passphrase for %1: </source>
            <translation>Passphrase für %1: </translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Neue Passphrase: </translation>
        </message>
        <message>
            <source>The new passphrase again: </source>
            <translation>Die neue Passphrase noch einmal: </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen unterscheiden sich.</translation>
        </message>
        <message>
            <source>No new passphrase given: use --passphrase-stdin or the environment variable %1.</source>
            <translation>Keine neue Passphrase angegeben: Nutze --passphrase-stdin oder die Umgebungsvariable %1.</translation>
        </message>
        <message>
            <source>A passphrase needs at least %1 characters.</source>
            <translation>Eine Passphrase braucht mindestens %1 Zeichen.</translation>
        </message>
        <message>
            <source>encrypt the journal and its backups with a passphrase</source>
            <translation>das Journal und seine Sicherungen mit einer Passphrase verschlüsseln</translation>
        </message>
        <message>
            <source>turn the encrypted journal and its backups back into plain files</source>
            <translation>das verschlüsselte Journal und seine Sicherungen wieder unverschlüsselt speichern</translation>
        </message>
        <message>
            <source>change the passphrase of the encrypted journal and its backups</source>
            <translation>die Passphrase des verschlüsselten Journals und seiner Sicherungen ändern</translation>
        </message>
        <message>
            <source>The journal is now encrypted.</source>
            <translation>Das Journal ist jetzt verschlüsselt.</translation>
        </message>
        <message>
            <source>The journal was already encrypted.</source>
            <translation>Das Journal war schon verschlüsselt.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) encrypted.</source>
            <translation>
                <numerusform>%n Sicherung verschlüsselt.</numerusform>
                <numerusform>%n Sicherungen verschlüsselt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The journal is not encrypted.</source>
            <translation>Das Journal ist nicht verschlüsselt.</translation>
        </message>
        <message>
            <source>The journal is no longer encrypted: anyone who can read its files can read it.</source>
            <translation>Das Journal ist nicht mehr verschlüsselt: Wer seine Dateien lesen kann, kann es lesen.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) decrypted.</source>
            <translation>
                <numerusform>%n Sicherung entschlüsselt.</numerusform>
                <numerusform>%n Sicherungen entschlüsselt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The journal is not encrypted; 'kontaktbuch encrypt' encrypts it.</source>
            <translation>Das Journal ist nicht verschlüsselt; „kontaktbuch encrypt“ verschlüsselt es.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Die Passphrase wurde geändert.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) re-encrypted.</source>
            <translation>
                <numerusform>%n Sicherung neu verschlüsselt.</numerusform>
                <numerusform>%n Sicherungen neu verschlüsselt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep the passphrase safe: without it nobody can open the encrypted journal or its backups — not you, not Kontaktbuch, not anyone. There is no way to recover it.</source>
            <translation>Bewahre die Passphrase gut auf: Ohne sie kann niemand das verschlüsselte Journal oder seine Sicherungen öffnen – nicht du, nicht Kontaktbuch, niemand. Es gibt keinen Weg, sie wiederherzustellen.</translation>
        </message>
        <message>
            <source>These backups were left as they were (made with another passphrase, or damaged):</source>
            <translation>Diese Sicherungen blieben, wie sie waren (mit einer anderen Passphrase erstellt oder beschädigt):</translation>
        </message>
        <message>
            <source>These damaged journals, kept for rescue, are still plain; delete them if you no longer need them:</source>
            <translation>Diese beschädigten Journale, aufbewahrt zur Rettung, sind noch unverschlüsselt; lösche sie, wenn du sie nicht mehr brauchst:</translation>
        </message>
        <message>
            <source>sync with your own CardDAV/CalDAV server (see docs/sync.md)</source>
            <translation>mit deinem eigenen CardDAV-/CalDAV-Server synchronisieren (siehe docs/sync.md)</translation>
        </message>
        <message>
            <source>show what would go up and come down, without changing anything</source>
            <translation>zeigen, was hoch- und heruntergeladen würde, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>das Passwort von der Standardeingabe lesen</translation>
        </message>
        <message>
            <source>set up sync with a server</source>
            <translation>die Synchronisation mit einem Server einrichten</translation>
        </message>
        <message>
            <source>the server's address (https://…)</source>
            <translation>die Adresse des Servers (https://…)</translation>
        </message>
        <message>
            <source>your user name there</source>
            <translation>dein Benutzername dort</translation>
        </message>
        <message>
            <source>create the address book and calendars when missing</source>
            <translation>Adressbuch und Kalender anlegen, wenn sie fehlen</translation>
        </message>
        <message>
            <source>a CA certificate file for a server with its own certificates</source>
            <translation>eine CA-Zertifikatsdatei für einen Server mit eigenen Zertifikaten</translation>
        </message>
        <message>
            <source>ROLE=URL</source>
            <translation>ROLLE=URL</translation>
        </message>
        <message>
            <source>use this collection for a role (contacts, events, tasks, journal, internal)</source>
            <translation>diese Sammlung für eine Rolle nutzen (contacts, events, tasks, journal, internal)</translation>
        </message>
        <message>
            <source>show how sync stands</source>
            <translation>zeigen, wie die Synchronisation steht</translation>
        </message>
        <message>
            <source>Password for %1 at %2: </source>
            <translation>Passwort für %1 bei %2: </translation>
        </message>
        <message>
            <source>Not a role=URL pair: %1</source>
            <translation>Kein Paar aus Rolle=URL: %1</translation>
        </message>
        <message>
            <source>Sync is set up with %1.</source>
            <translation>Die Synchronisation mit %1 ist eingerichtet.</translation>
        </message>
        <message>
            <source>The password is kept in the system keyring.</source>
            <translation>Das Passwort liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <source>There is no system keyring here: give the password at each sync (asked, --password-stdin or KONTAKTBUCH_SYNC_PASSWORD).</source>
            <translation>Hier gibt es keinen Schlüsselbund des Systems: Gib das Passwort bei jeder Synchronisation an (auf Nachfrage, mit --password-stdin oder KONTAKTBUCH_SYNC_PASSWORD).</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed.</source>
            <translation>Probelauf: Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Up: %1</source>
            <translation>Hochgeladen: %1</translation>
        </message>
        <message>
            <source>Down: %1</source>
            <translation>Heruntergeladen: %1</translation>
        </message>
        <message>
            <source>Deleted: %1</source>
            <translation>Gelöscht: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new name(s) from other devices to review in the window.</source>
            <translation>
                <numerusform>%n neuer Name von anderen Geräten zum Prüfen im Fenster.</numerusform>
                <numerusform>%n neue Namen von anderen Geräten zum Prüfen im Fenster.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict: %1 %2 – here: %3, there: %4</source>
            <translation>Konflikt: %1 %2 – hier: %3, dort: %4</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Übersprungen: %1</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Sync is not set up.</source>
            <translation>Die Synchronisation ist nicht eingerichtet.</translation>
        </message>
        <message>
            <source>Synced with %1 as %2.</source>
            <translation>Synchronisiert mit %1 als %2.</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Letzte Synchronisation: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Waiting to go up: %1</source>
            <translation>Wartet aufs Hochladen: %1</translation>
        </message>
        <message>
            <source>Conflicts to resolve: %1</source>
            <translation>Offene Konflikte: %1</translation>
        </message>
        <message>
            <source>Names to review: %1</source>
            <translation>Namen zum Prüfen: %1</translation>
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
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Kontaktbuch ran into an error it did not expect. Your journal was not changed by the interrupted action. Please report this, with the details below.</source>
            <translation>Kontaktbuch ist auf einen unerwarteten Fehler gestoßen. Die abgebrochene Aktion hat dein Journal nicht verändert. Bitte melde den Fehler mit den Details unten.</translation>
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
            <source>no vCard (.vcf file) was found in this folder</source>
            <translation>in diesem Ordner wurde keine vCard (.vcf-Datei) gefunden</translation>
        </message>
        <message>
            <source>this is not a regular file (but a pipe, a device or a folder); only regular files and folders of them are read</source>
            <translation>das ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Ordner); gelesen werden nur gewöhnliche Dateien und Ordner mit solchen</translation>
        </message>
        <message>
            <source>the file is larger than %3 MiB, more than any export of its kind</source>
            <translation>die Datei ist größer als %3 MiB, größer als jeder Export dieser Art</translation>
        </message>
        <message>
            <source>a value is longer than the journal keeps (a name 200 characters, a title or an entry 300, a text 100,000)</source>
            <translation>ein Wert ist länger, als das Journal aufnimmt (ein Name 200 Zeichen, ein Titel oder Eintrag 300, ein Text 100.000)</translation>
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
            <source>the file cannot be used</source>
            <translation>die Datei kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>the disk is full; nothing was written</source>
            <translation>der Datenträger ist voll; es wurde nichts geschrieben</translation>
        </message>
        <message>
            <source>the disk can only be read</source>
            <translation>der Datenträger kann nur gelesen werden</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>der Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>die Datei ist schreibgeschützt</translation>
        </message>
        <message>
            <source>you have no permission for it</source>
            <translation>dir fehlt die Berechtigung dafür</translation>
        </message>
        <message>
            <source>this is a link, a folder or a device; Kontaktbuch writes only to regular files or new names</source>
            <translation>das ist eine Verknüpfung, ein Ordner oder ein Gerät; Kontaktbuch schreibt nur in gewöhnliche Dateien oder unter neuen Namen</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>der Datenträger hat einen Fehler gemeldet</translation>
        </message>
        <message>
            <source>the file cannot be written</source>
            <translation>die Datei lässt sich nicht schreiben</translation>
        </message>
        <message>
            <source>%1: control characters (such as a NUL byte) were removed.</source>
            <translation>%1: Steuerzeichen (etwa ein NUL-Byte) wurden entfernt.</translation>
        </message>
        <message>
            <source>%1: the file is empty and was skipped.</source>
            <translation>%1: Die Datei ist leer und wurde übersprungen.</translation>
        </message>
        <message>
            <source>%1: not a regular file (a pipe or a device); skipped.</source>
            <translation>%1: keine gewöhnliche Datei (eine Pipe oder ein Gerät); übersprungen.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>a card begins before the previous one ended</source>
            <translation>eine Karte beginnt, bevor die vorige endet</translation>
        </message>
        <message>
            <source>a card ends that never began</source>
            <translation>eine Karte endet, die nie begonnen hat</translation>
        </message>
        <message>
            <source>text between two cards</source>
            <translation>Text zwischen zwei Karten</translation>
        </message>
        <message>
            <source>the card does not end</source>
            <translation>die Karte endet nicht</translation>
        </message>
        <message>
            <source>a line without “:”</source>
            <translation>eine Zeile ohne „:“</translation>
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
            <source>%1: the related person “%2” is not in the journal; left out.</source>
            <translation>%1: die verbundene Person „%2“ ist nicht im Kontaktbuch; ausgelassen.</translation>
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
        <name>help</name>
        <message>
            <source>Log conversations (quick capture)</source>
            <translation>Gespräche erfassen</translation>
        </message>
        <message>
            <source>Quick capture: the next conversation</source>
            <translation>Gespräche erfassen: nächstes Gespräch</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <source>Quick capture: save all conversations</source>
            <translation>Gespräche erfassen: alle speichern</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Quick capture: from the event on to the first conversation</source>
            <translation>Gespräche erfassen: von der Veranstaltung weiter zum ersten Gespräch</translation>
        </message>
        <message>
            <source>In a view: a new contact, event, network or goal</source>
            <translation>In einer Ansicht: neuer Kontakt, neue Veranstaltung, neues Netzwerk oder Ziel</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Alles durchsuchen</translation>
        </message>
        <message>
            <source>Filter the list</source>
            <translation>Liste filtern</translation>
        </message>
        <message>
            <source>Save the open item</source>
            <translation>Geöffneten Eintrag speichern</translation>
        </message>
        <message>
            <source>Mark a follow-up or reminder done</source>
            <translation>Nachfassen oder Erinnerung als erledigt markieren</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>&lt;p&gt;Kontaktbuch keeps your contacts, networks, events, conversations and goals in one place, on this computer.&lt;/p&gt;&lt;p&gt;Keyboard shortcuts:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kontaktbuch hält deine Kontakte, Netzwerke, Veranstaltungen, Gespräche und Ziele an einem Ort zusammen, auf diesem Computer.&lt;/p&gt;&lt;p&gt;Tastenkürzel:&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>input</name>
        <message>
            <source>A name</source>
            <translation>Ein Name</translation>
        </message>
        <message>
            <source>The people</source>
            <translation>Die Personen</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>Der Titel</translation>
        </message>
        <message>
            <source>The event's title</source>
            <translation>Der Titel der Veranstaltung</translation>
        </message>
        <message>
            <source>The notes</source>
            <translation>Die Notizen</translation>
        </message>
        <message>
            <source>“Offers”</source>
            <translation>„Bietet“</translation>
        </message>
        <message>
            <source>“Seeks”</source>
            <translation>„Sucht“</translation>
        </message>
        <message>
            <source>An outcome</source>
            <translation>Ein Ergebnis</translation>
        </message>
        <message>
            <source>A follow-up</source>
            <translation>Ein Nachfassen</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>Das Datum</translation>
        </message>
        <message>
            <source>The channel</source>
            <translation>Der Kanal</translation>
        </message>
        <message>
            <source>The minutes</source>
            <translation>Der Zeitaufwand</translation>
        </message>
        <message>
            <source>The enjoyment</source>
            <translation>Die Freude</translation>
        </message>
        <message>
            <source>The conversations</source>
            <translation>Die Gespräche</translation>
        </message>
        <message>
            <source>The event's duration</source>
            <translation>Die Dauer der Veranstaltung</translation>
        </message>
        <message>
            <source>The travel time</source>
            <translation>Die Anfahrt</translation>
        </message>
        <message>
            <source>An entry</source>
            <translation>Ein Eintrag</translation>
        </message>
        <message>
            <source>%1 is too long: at most %2 characters are kept.</source>
            <translation>%1 ist zu lang: Höchstens %2 Zeichen werden aufgenommen.</translation>
        </message>
        <message>
            <source>%1 lies outside the dates the journal keeps (%2 to %3).</source>
            <translation>%1 liegt außerhalb der Daten, die das Journal aufnimmt (%2 bis %3).</translation>
        </message>
        <message>
            <source>Say who you talked with: at least one name is needed.</source>
            <translation>Sag, mit wem du gesprochen hast: Mindestens ein Name ist nötig.</translation>
        </message>
        <message>
            <source>%1 needs a text.</source>
            <translation>%1 braucht einen Text.</translation>
        </message>
        <message>
            <source>%1 is not valid.</source>
            <translation>%1 ist ungültig.</translation>
        </message>
    </context>
    <context>
        <name>introductions</name>
        <message>
            <source>Introduced by</source>
            <translation>Vorgestellt von</translation>
        </message>
        <message>
            <source>Introduced</source>
            <translation>Hat vorgestellt</translation>
        </message>
        <message>
            <source>Works with</source>
            <translation>Arbeitet mit</translation>
        </message>
        <message>
            <source>Knows</source>
            <translation>Kennt</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>You seek “%1” – %2 offers “%3”</source>
            <translation>Du suchst „%1“ – %2 bietet „%3“</translation>
        </message>
        <message>
            <source>%1 seeks “%2” – you offer “%3”</source>
            <translation>%1 sucht „%2“ – du bietest „%3“</translation>
        </message>
        <message>
            <source>%1 seeks “%2” – %3 offers “%4”</source>
            <translation>%1 sucht „%2“ – %3 bietet „%4“</translation>
        </message>
        <message>
            <source>Ask %1 about: %2</source>
            <translation>%1 fragen nach: %2</translation>
        </message>
        <message>
            <source>Offer %1: %2</source>
            <translation>%1 anbieten: %2</translation>
        </message>
        <message>
            <source>Introduced %1 and %2 to each other (%3)</source>
            <translation>%1 und %2 einander vorgestellt (%3)</translation>
        </message>
        <message>
            <source>Introduction: %1 and %2 – %3</source>
            <translation>Vorgestellt: %1 und %2 – %3</translation>
        </message>
        <message>
            <source>Ask %1 how the introduction to %2 went</source>
            <translation>%1 fragen, wie das Kennenlernen mit %2 war</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Association</source>
            <translation>Verband/Verein</translation>
        </message>
        <message>
            <source>Founders' group</source>
            <translation>Gründergruppe</translation>
        </message>
        <message>
            <source>Women's network</source>
            <translation>Frauennetzwerk</translation>
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
            <translation>Online-Netzwerk</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Ehrenamt</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>persönlich</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
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
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <source>Market news</source>
            <translation>Marktinfo</translation>
        </message>
        <message>
            <source>Industry internals</source>
            <translation>Brancheninterna</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Change in law</source>
            <translation>Gesetzesänderung</translation>
        </message>
        <message>
            <source>Personnel change</source>
            <translation>Personalveränderung</translation>
        </message>
        <message>
            <source>Strategy learned</source>
            <translation>Strategie gelernt</translation>
        </message>
        <message>
            <source>Recommendation given</source>
            <translation>Empfehlung gegeben</translation>
        </message>
        <message>
            <source>Recommendation received</source>
            <translation>Empfehlung erhalten</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>Unterstützung gegeben</translation>
        </message>
        <message>
            <source>Support received</source>
            <translation>Unterstützung erhalten</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Chance</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Sichtbarkeit</translation>
        </message>
        <message>
            <source>Exchange of experience</source>
            <translation>Erfahrungsaustausch</translation>
        </message>
        <message>
            <source>New job</source>
            <translation>neuer Job</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Wissen</translation>
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
            <translation>Woche</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>aufgegeben</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation>neue Kontakte</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>More</source>
            <translation>mehr</translation>
        </message>
        <message>
            <source>The same</source>
            <translation>so weiter</translation>
        </message>
        <message>
            <source>Less</source>
            <translation>weniger</translation>
        </message>
        <message>
            <source>Differently</source>
            <translation>anders</translation>
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
            <source>Website</source>
            <translation>Website</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>No backup was found.</source>
            <translation>Es wurde keine Sicherung gefunden.</translation>
        </message>
        <message>
            <source>The journal %1 was saved by a newer version of Kontaktbuch (schema %2; this version knows up to %3). Please update Kontaktbuch. The file has not been changed.</source>
            <translation>Das Journal %1 wurde von einer neueren Kontaktbuch-Version gespeichert (Schema %2; diese Version kennt bis %3). Bitte aktualisiere Kontaktbuch. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The journal file %1 is damaged or is not a Kontaktbuch database. It has not been changed.</source>
            <translation>Die Journal-Datei %1 ist beschädigt oder keine Kontaktbuch-Datenbank. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The newest backup is %1. You can restore it from there; the damaged file is kept beside it, not deleted.</source>
            <translation>Die neueste Sicherung ist %1. Du kannst sie wiederherstellen; die beschädigte Datei bleibt daneben erhalten und wird nicht gelöscht.</translation>
        </message>
        <message>
            <source>%1 could not be used.</source>
            <translation>%1 konnte nicht verwendet werden.</translation>
        </message>
        <message>
            <source>The disk holding %1 is full. Free some space and try again. Nothing was saved half; what was there before is unchanged.</source>
            <translation>Der Datenträger mit %1 ist voll. Schaffe etwas Platz und versuche es noch einmal. Nichts wurde halb gespeichert; was vorher da war, ist unverändert.</translation>
        </message>
        <message>
            <source>%1 lies on a disk that can only be read (mounted read-only). Kontaktbuch can show it but not change it. To make changes, mount the disk writable or move the data folder.</source>
            <translation>%1 liegt auf einem Datenträger, der nur gelesen werden kann (schreibgeschützt eingebunden). Kontaktbuch kann die Datei anzeigen, aber nicht ändern. Um etwas zu ändern, binde den Datenträger beschreibbar ein oder verschiebe den Datenordner.</translation>
        </message>
        <message>
            <source>The folder of %1 is read-only. Kontaktbuch can show the journal but cannot save changes or backups there. To make changes, make the folder writable again (for example chmod u+w).</source>
            <translation>Der Ordner von %1 ist schreibgeschützt. Kontaktbuch kann das Journal anzeigen, dort aber weder Änderungen noch Sicherungen speichern. Um etwas zu ändern, mach den Ordner wieder beschreibbar (zum Beispiel mit chmod u+w).</translation>
        </message>
        <message>
            <source>%1 is read-only. Kontaktbuch can show it but does not change it, and does not make it writable on its own. To make changes, make the file writable again (for example chmod u+w).</source>
            <translation>%1 ist schreibgeschützt. Kontaktbuch kann die Datei anzeigen, ändert sie aber nicht und hebt den Schreibschutz nicht eigenmächtig auf. Um etwas zu ändern, mach die Datei wieder beschreibbar (zum Beispiel mit chmod u+w).</translation>
        </message>
        <message>
            <source>You have no permission to use %1. Check who owns the file and its folder, and their permissions. Nothing was changed.</source>
            <translation>Dir fehlt die Berechtigung für %1. Prüfe, wem die Datei und ihr Ordner gehören und welche Rechte sie haben. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Another program is writing to %1 and did not finish within %2 seconds. Nothing was changed. Try again in a moment; if it keeps happening, close the other programs that have the journal open.</source>
            <translation>Ein anderes Programm schreibt gerade in %1 und ist nach %2 Sekunden noch nicht fertig. Es wurde nichts geändert. Versuche es gleich noch einmal; wenn das öfter passiert, schließe die anderen Programme, die das Journal geöffnet haben.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (but a link, a folder, a device or a pipe). Kontaktbuch only reads regular files and only writes to regular files or new names. Nothing was changed.</source>
            <translation>%1 ist keine gewöhnliche Datei (sondern eine Verknüpfung, ein Ordner, ein Gerät oder eine Pipe). Kontaktbuch liest nur gewöhnliche Dateien und schreibt nur in gewöhnliche Dateien oder unter neuen Namen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading or writing %1. Nothing was changed. Check the disk, and keep your backups safe.</source>
            <translation>Der Datenträger hat beim Lesen oder Schreiben von %1 einen Fehler gemeldet. Es wurde nichts geändert. Prüfe den Datenträger und bewahre deine Sicherungen gut auf.</translation>
        </message>
        <message>
            <source>%1 could not be read or written. Nothing was changed.</source>
            <translation>%1 konnte nicht gelesen oder geschrieben werden. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>die Datei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>es ist keine gewöhnliche Datei</translation>
        </message>
        <message>
            <source>it is not a database file</source>
            <translation>es ist keine Datenbankdatei</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>die Datei ist beschädigt</translation>
        </message>
        <message>
            <source>it was made by a newer version of Kontaktbuch; please update</source>
            <translation>sie stammt von einer neueren Version von Kontaktbuch; bitte aktualisiere Kontaktbuch</translation>
        </message>
        <message>
            <source>it is a database, but not a Kontaktbuch journal</source>
            <translation>es ist eine Datenbank, aber kein Kontaktbuch-Journal</translation>
        </message>
        <message>
            <source>the check failed</source>
            <translation>die Prüfung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 is not a usable Kontaktbuch backup: %2. Nothing was changed.</source>
            <translation>%1 ist keine brauchbare Kontaktbuch-Sicherung: %2. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The passphrase does not open %1. Nothing was changed.</source>
            <translation>Die Passphrase öffnet %1 nicht. Nichts wurde verändert.</translation>
        </message>
        <message>
            <source>If you are sure it is right, the file may be damaged; the newest backup is %1.</source>
            <translation>Wenn du sicher bist, dass sie stimmt, ist die Datei vielleicht beschädigt; die neueste Sicherung ist %1.</translation>
        </message>
        <message>
            <source>%1 is encrypted. Give its passphrase as the first line of standard input with --passphrase-stdin, or in the environment variable KONTAKTBUCH_PASSPHRASE.</source>
            <translation>%1 ist verschlüsselt. Gib die Passphrase mit --passphrase-stdin als erste Zeile der Standardeingabe an oder in der Umgebungsvariable KONTAKTBUCH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>%1 is open in Kontaktbuch's window or in another command. Close it and try again. Nothing was changed.</source>
            <translation>%1 ist im Fenster von Kontaktbuch oder in einem anderen Befehl geöffnet. Schließe es und versuch es noch einmal. Nichts wurde verändert.</translation>
        </message>
        <message>
            <source>Encryption is not available in this installation (%1). Install the Python package sqlcipher3.</source>
            <translation>Verschlüsselung ist in dieser Installation nicht verfügbar (%1). Installiere das Python-Paket sqlcipher3.</translation>
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
            <source>target: %1 a week</source>
            <translation>Ziel: %1 pro Woche</translation>
        </message>
        <message>
            <source>target: %1 a month</source>
            <translation>Ziel: %1 im Monat</translation>
        </message>
        <message>
            <source>target: %1 a quarter</source>
            <translation>Ziel: %1 im Quartal</translation>
        </message>
        <message>
            <source>target: %1 a year</source>
            <translation>Ziel: %1 im Jahr</translation>
        </message>
        <message>
            <source>%1 a week</source>
            <translation>%1 pro Woche</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>%1 im Monat</translation>
        </message>
        <message>
            <source>%1 a quarter</source>
            <translation>%1 im Quartal</translation>
        </message>
        <message>
            <source>%1 a year</source>
            <translation>%1 im Jahr</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n conversation(s)</source>
            <translation>
                <numerusform>%1 von %n Gespräch</numerusform>
                <numerusform>%1 von %n Gesprächen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n new contact(s)</source>
            <translation>
                <numerusform>%1 von %n neuen Kontakt</numerusform>
                <numerusform>%1 von %n neuen Kontakten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n outcome(s)</source>
            <translation>
                <numerusform>%1 von %n Ergebnis</numerusform>
                <numerusform>%1 von %n Ergebnissen</numerusform>
            </translation>
        </message>
        <message>
            <source>not begun yet</source>
            <translation>noch nicht begonnen</translation>
        </message>
        <message>
            <source>up to today, day %1 of %2</source>
            <translation>bis heute, Tag %1 von %2</translation>
        </message>
        <message>
            <source>Budget: %1</source>
            <translation>Zeitbudget: %1</translation>
        </message>
        <message>
            <source>Counts from %1</source>
            <translation>Gilt ab %1</translation>
        </message>
        <message>
            <source>A conversation counts for each network its contacts belong to, so the shares can add up to more than 100 %.</source>
            <translation>Ein Gespräch zählt für jedes Netzwerk, zu dem seine Kontakte gehören – die Anteile können daher zusammen mehr als 100 % ergeben.</translation>
        </message>
        <message>
            <source>%1 took %2 of your time, brought no outcome and felt like %3. Is %1 still worth it for you?</source>
            <translation>%1 hat %2 deiner Zeit gekostet, kein Ergebnis gebracht und sich wie %3 angefühlt. Lohnt sich %1 noch für dich?</translation>
        </message>
        <message>
            <source>Outcomes: %1 · new contacts: %2 · follow-ups done: %3</source>
            <translation>Ergebnisse: %1 · neue Kontakte: %2 · Nachfassen erledigt: %3</translation>
        </message>
        <message>
            <source>%1 in total, %2 for your goals, %3 without a goal</source>
            <translation>%1 insgesamt, %2 für deine Ziele, %3 ohne Ziel</translation>
        </message>
        <message>
            <source>Nothing rated in this period.</source>
            <translation>In diesem Zeitraum hast du nichts bewertet.</translation>
        </message>
        <message>
            <source>Average %1 · most enjoyed: %2 (%3) · least: %4 (%5)</source>
            <translation>Im Schnitt %1 · am liebsten: %2 (%3) · am wenigsten gern: %4 (%5)</translation>
        </message>
        <message>
            <source>%1 of %2 × %3</source>
            <translation>%1 von %2 × %3</translation>
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
            <translation>Du hast %2 in „%1“ gesteckt – mehr als sein Zeitbudget (%3). Ist es dir so viel wert?</translation>
        </message>
        <message>
            <source>“%1” got %2 of its budget of %3. Is the goal still yours – or is the budget too large?</source>
            <translation>„%1“ bekam %2 von %3 Zeitbudget. Ist das noch dein Ziel – oder ist das Budget zu groß?</translation>
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
        <message numerus="yes">
            <source>%n coming up</source>
            <translation>
                <numerusform>%n demnächst</numerusform>
                <numerusform>%n demnächst</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>security</name>
        <message>
            <source>Exports are not encrypted</source>
            <translation>Exporte sind nicht verschlüsselt</translation>
        </message>
        <message>
            <source>Your journal is encrypted, but the export will not be: anyone who gets the file can read it. Export anyway?</source>
            <translation>Dein Journal ist verschlüsselt, der Export aber nicht: Wer die Datei bekommt, kann sie lesen. Trotzdem exportieren?</translation>
        </message>
        <message>
            <source>Protect the journal with a passphrase…</source>
            <translation>Mit einer Passphrase schützen …</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase – not Kontaktbuch, not its makers, not anyone. Without it your journal and its backups cannot be opened. Keep it somewhere safe.</source>
            <translation>Eine vergessene Passphrase kann niemand wiederherstellen – nicht Kontaktbuch, nicht seine Entwickler, niemand. Ohne sie lassen sich dein Journal und seine Sicherungen nicht öffnen. Bewahre sie an einem sicheren Ort auf.</translation>
        </message>
        <message>
            <source>Encrypting the journal and its backups…</source>
            <translation>Journal und Sicherungen werden verschlüsselt …</translation>
        </message>
        <message>
            <source>Your journal is now encrypted.</source>
            <translation>Dein Journal ist jetzt verschlüsselt.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>Die bisherige Passphrase stimmt nicht.</translation>
        </message>
        <message>
            <source>Encrypting the journal and its backups anew…</source>
            <translation>Journal und Sicherungen werden neu verschlüsselt …</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Die Passphrase wurde geändert.</translation>
        </message>
        <message>
            <source>That passphrase is not right.</source>
            <translation>Diese Passphrase stimmt nicht.</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>Verschlüsselung wird aufgehoben …</translation>
        </message>
        <message>
            <source>Your journal is no longer encrypted.</source>
            <translation>Dein Journal ist nicht mehr verschlüsselt.</translation>
        </message>
        <message>
            <source>These backups were left as they were (made with another passphrase, or damaged):</source>
            <translation>Diese Sicherungen blieben, wie sie waren (mit einer anderen Passphrase erstellt oder beschädigt):</translation>
        </message>
        <message>
            <source>The passphrase remembered in the system keyring no longer opens the journal.</source>
            <translation>Die im Schlüsselbund gemerkte Passphrase öffnet das Journal nicht mehr.</translation>
        </message>
        <message numerus="yes">
            <source>That passphrase does not open the journal. Tries left: %n.</source>
            <translation>
                <numerusform>Diese Passphrase öffnet das Journal nicht. Verbleibende Versuche: %n.</numerusform>
                <numerusform>Diese Passphrase öffnet das Journal nicht. Verbleibende Versuche: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>The passphrase was wrong three times. Kontaktbuch closes; your journal was not changed.</source>
            <translation>Die Passphrase war dreimal falsch. Kontaktbuch wird beendet; dein Journal wurde nicht verändert.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>Restore the newest backup</source>
            <translation>Neueste Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>The backup was restored. The damaged file was kept as %1.</source>
            <translation>Die Sicherung wurde wiederhergestellt. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
        </message>
        <message>
            <source>Kontaktbuch is already running; its window was brought forward.</source>
            <translation>Kontaktbuch läuft schon; sein Fenster wurde nach vorne geholt.</translation>
        </message>
        <message>
            <source>Kontaktbuch is already running for this journal, but does not answer. Close it and try again.</source>
            <translation>Kontaktbuch läuft schon für dieses Journal, antwortet aber nicht. Schließe es und versuche es noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>The server did not accept the user name or password. Check them in the settings.</source>
            <translation>Der Server hat Benutzername oder Passwort nicht angenommen. Prüfe sie in den Einstellungen.</translation>
        </message>
        <message>
            <source>The server refused access to the address book or calendar.</source>
            <translation>Der Server verweigert den Zugriff auf das Adressbuch oder den Kalender.</translation>
        </message>
        <message>
            <source>The address book or calendar is no longer on the server. Set up sync again.</source>
            <translation>Das Adressbuch oder der Kalender ist nicht mehr auf dem Server. Richte die Synchronisation neu ein.</translation>
        </message>
        <message>
            <source>Something changed on the server during the sync. It will be tried again.</source>
            <translation>Während der Synchronisation hat sich auf dem Server etwas geändert. Es wird noch einmal versucht.</translation>
        </message>
        <message>
            <source>The server is full. Free some space there.</source>
            <translation>Der Server ist voll. Schaffe dort Platz.</translation>
        </message>
        <message>
            <source>The server has a problem right now. Sync will try again later.</source>
            <translation>Der Server hat gerade ein Problem. Die Synchronisation versucht es später noch einmal.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Sync will try again later.</source>
            <translation>Der Server hat nicht rechtzeitig geantwortet. Die Synchronisation versucht es später noch einmal.</translation>
        </message>
        <message>
            <source>Offline: the server cannot be reached. Sync will try again later.</source>
            <translation>Offline: Der Server ist nicht erreichbar. Die Synchronisation versucht es später noch einmal.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. If it uses its own certificate authority, give its CA file in the settings.</source>
            <translation>Das Zertifikat des Servers ließ sich nicht prüfen. Wenn er eine eigene Zertifizierungsstelle nutzt, gib deren CA-Datei in den Einstellungen an.</translation>
        </message>
        <message>
            <source>The server sent an answer that cannot be read. Sync will try again later.</source>
            <translation>Der Server hat eine unlesbare Antwort geschickt. Die Synchronisation versucht es später noch einmal.</translation>
        </message>
        <message>
            <source>The server did not understand a request.</source>
            <translation>Der Server hat eine Anfrage nicht verstanden.</translation>
        </message>
        <message>
            <source>This is not a server address (it starts with https:// or http://).</source>
            <translation>Das ist keine Serveradresse (sie beginnt mit https:// oder http://).</translation>
        </message>
        <message>
            <source>No address book or calendar service was found at this address.</source>
            <translation>Unter dieser Adresse wurde kein Adressbuch- oder Kalenderdienst gefunden.</translation>
        </message>
        <message>
            <source>Sync is not set up. Use “sync setup” or the settings.</source>
            <translation>Die Synchronisation ist nicht eingerichtet. Nutze „sync setup“ oder die Einstellungen.</translation>
        </message>
        <message>
            <source>No password: give it with --password-stdin or KONTAKTBUCH_SYNC_PASSWORD, or store it in the settings.</source>
            <translation>Kein Passwort: Gib es mit --password-stdin oder KONTAKTBUCH_SYNC_PASSWORD an oder speichere es in den Einstellungen.</translation>
        </message>
        <message>
            <source>The server has no Kontaktbuch address book and calendars yet. Create them (--create, or the settings).</source>
            <translation>Auf dem Server gibt es noch kein Adressbuch und keine Kalender für Kontaktbuch. Lege sie an (--create oder in den Einstellungen).</translation>
        </message>
        <message>
            <source>Sync was stopped. It goes on from here next time.</source>
            <translation>Die Synchronisation wurde angehalten. Beim nächsten Mal geht es hier weiter.</translation>
        </message>
        <message>
            <source>Sync failed.</source>
            <translation>Die Synchronisation ist fehlgeschlagen.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n network(s)</source>
            <translation>
                <numerusform>%n Netzwerk</numerusform>
                <numerusform>%n Netzwerke</numerusform>
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
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n Gespräch</numerusform>
                <numerusform>%n Gespräche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n Nachfassen</numerusform>
                <numerusform>%n Nachfassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n Reflexion</numerusform>
                <numerusform>%n Reflexionen</numerusform>
            </translation>
        </message>
        <message>
            <source>the figure settings</source>
            <translation>die Einstellungen der Kennzahlen</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
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
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>First met</source>
            <translation>Kennengelernt</translation>
        </message>
        <message>
            <source>First met at</source>
            <translation>Kennengelernt bei</translation>
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
            <source>Interests</source>
            <translation>Interessen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Kontakt halten</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Travel time</source>
            <translation>Anfahrt</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Freude</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
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
            <source>Follow-up</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Snoozed until</source>
            <translation>Später erinnern ab</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Time budget</source>
            <translation>Zeitbudget</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Kontaktbuch</source>
            <translation>Kontaktbuch</translation>
        </message>
        <message>
            <source>Kontaktbuch – events</source>
            <translation>Kontaktbuch – Veranstaltungen</translation>
        </message>
        <message>
            <source>Kontaktbuch – follow-ups</source>
            <translation>Kontaktbuch – Nachfassen</translation>
        </message>
        <message>
            <source>Kontaktbuch – conversations</source>
            <translation>Kontaktbuch – Gespräche</translation>
        </message>
        <message>
            <source>Kontaktbuch – internal (do not subscribe)</source>
            <translation>Kontaktbuch – intern (nicht abonnieren)</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
    </context>
    <context>
        <name>verdicts</name>
        <message>
            <source>Keep as it is</source>
            <translation>Beibehalten</translation>
        </message>
        <message>
            <source>Change the budget:</source>
            <translation>Budget ändern:</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Aufgeben</translation>
        </message>
        <message>
            <source>Is it worth it to you?</source>
            <translation>Ist es dir das wert?</translation>
        </message>
        <message>
            <source>%1 of %2 budget</source>
            <translation>%1 von %2 Zeitbudget</translation>
        </message>
        <message>
            <source>%1, no budget</source>
            <translation>%1, kein Zeitbudget</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>enjoyment %1</source>
            <translation>Freude %1</translation>
        </message>
        <message>
            <source>keep the goal as it is</source>
            <translation>das Ziel so beibehalten</translation>
        </message>
        <message>
            <source>pause the goal</source>
            <translation>das Ziel pausieren</translation>
        </message>
        <message>
            <source>drop the goal</source>
            <translation>das Ziel aufgeben</translation>
        </message>
        <message>
            <source>go on without a budget</source>
            <translation>ohne Zeitbudget weitermachen</translation>
        </message>
        <message>
            <source>do without a budget (so far %1)</source>
            <translation>auf ein Zeitbudget verzichten (bisher %1)</translation>
        </message>
        <message>
            <source>set a budget of %1</source>
            <translation>ein Zeitbudget von %1 festlegen</translation>
        </message>
        <message>
            <source>halve the budget (%1 → %2)</source>
            <translation>das Budget halbieren (%1 → %2)</translation>
        </message>
        <message>
            <source>double the budget (%1 → %2)</source>
            <translation>das Budget verdoppeln (%1 → %2)</translation>
        </message>
        <message>
            <source>keep the budget of %1</source>
            <translation>das Budget von %1 beibehalten</translation>
        </message>
        <message>
            <source>change the budget from %1 to %2</source>
            <translation>das Budget von %1 auf %2 ändern</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a month</comment>
            <translation>Im %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a week</comment>
            <translation>In %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a quarter</comment>
            <translation>Im %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a year</comment>
            <translation>Im Jahr %1</translation>
        </message>
        <message>
            <source>For %1</source>
            <translation>Für den Zeitraum %1</translation>
        </message>
        <message>
            <source>%1 you wanted to %2.</source>
            <translation>%1 wolltest du %2.</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gesprächsprotokoll</translation>
        </message>
        <message>
            <source>Events &amp; networks</source>
            <translation>Veranstaltungen &amp; Netzwerke</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Introductions</source>
            <translation>Vorschläge</translation>
        </message>
        <message>
            <source>Network graph</source>
            <translation>Netzwerkbild</translation>
        </message>
    </context>
</TS>
