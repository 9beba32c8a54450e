<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>BirthdayEdit</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>no year</source>
            <translation>no year</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Log conversations</source>
            <translation>Log conversations</translation>
        </message>
        <message>
            <source>Edit conversation</source>
            <translation>Edit conversation</translation>
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
            <source>“%1” is not a date and time. Try 05.12.2026 19:00 or 5.12. 19:00.</source>
            <translation>“%1” is not a date and time. Try 05.12.2026 19:00 or 5.12. 19:00.</translation>
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
        <message numerus="yes">
            <source>%n conversation(s) saved.</source>
            <translation>
                <numerusform>%n conversation saved.</numerusform>
                <numerusform>%n conversations saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartsTab</name>
        <message>
            <source>Goals and budget</source>
            <translation>Goals and budget</translation>
        </message>
        <message>
            <source>Enjoyment and time</source>
            <translation>Enjoyment and time</translation>
        </message>
        <message>
            <source>12-month trend</source>
            <translation>12-month trend</translation>
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
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relationships</translation>
        </message>
        <message>
            <source>Dr.</source>
            <translation>Dr.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>Add e-mail</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Add phone</translation>
        </message>
        <message>
            <source>Add profile link</source>
            <translation>Add profile link</translation>
        </message>
        <message>
            <source>e.g. at the Barcamp, through Anna</source>
            <translation>e.g. at the Barcamp, through Anna</translation>
        </message>
        <message>
            <source>Event where you first met</source>
            <translation>Event where you first met</translation>
        </message>
        <message>
            <source>e.g. AI, sailing, jazz</source>
            <translation>e.g. AI, sailing, jazz</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Tags, separated by commas</translation>
        </message>
        <message>
            <source>as in its networks</source>
            <translation>as in its networks</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>no reminder</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Hidden from the list and from reminders.</source>
            <translation>Hidden from the list and from reminders.</translation>
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
            <translation>&amp;Birthday:</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Reach</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Profiles:</source>
            <translation>Profiles:</translation>
        </message>
        <message>
            <source>Networking</source>
            <translation>Networking</translation>
        </message>
        <message>
            <source>Offe&amp;rs:</source>
            <translation>Offe&amp;rs:</translation>
        </message>
        <message>
            <source>&amp;Seeks:</source>
            <translation>&amp;Seeks:</translation>
        </message>
        <message>
            <source>&amp;Interests:</source>
            <translation>&amp;Interests:</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>&amp;Tags:</translation>
        </message>
        <message>
            <source>First &amp;met:</source>
            <translation>First &amp;met:</translation>
        </message>
        <message>
            <source>At event:</source>
            <translation>At event:</translation>
        </message>
        <message>
            <source>Networks:</source>
            <translation>Networks:</translation>
        </message>
        <message>
            <source>&amp;Keep in touch:</source>
            <translation>&amp;Keep in touch:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>(no reminder)</source>
            <translation>(no reminder)</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every %n week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>every %n month</numerusform>
                <numerusform>every %n months</numerusform>
            </translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Last contact: %1</source>
            <translation>Last contact: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>next due: %1</source>
            <translation>next due: %1</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>overdue since %1</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archived</translation>
        </message>
        <message>
            <source>Relationships (%1)</source>
            <translation>Relationships (%1)</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>Timeline (%1)</translation>
        </message>
        <message>
            <source>Nothing yet: conversations and events with this person appear here.</source>
            <translation>Nothing yet: conversations and events with this person appear here.</translation>
        </message>
        <message>
            <source>Conversation (%1)</source>
            <translation>Conversation (%1)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Outcome: %1</translation>
        </message>
        <message>
            <source>Follow-up (done)</source>
            <translation>Follow-up (done)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Give the contact a name or an organisation.</source>
            <translation>Give the contact a name or an organisation.</translation>
        </message>
        <message>
            <source>This is not an e-mail address (like name@example.org).</source>
            <translation>This is not an e-mail address (like name@example.org).</translation>
        </message>
        <message>
            <source>A phone number needs digits.</source>
            <translation>A phone number needs digits.</translation>
        </message>
        <message>
            <source>This is not a web address (like https://www.linkedin.com/in/…).</source>
            <translation>This is not a web address (like https://www.linkedin.com/in/…).</translation>
        </message>
        <message>
            <source>This day does not exist.</source>
            <translation>This day does not exist.</translation>
        </message>
        <message>
            <source>A birthday needs a day and a month.</source>
            <translation>A birthday needs a day and a month.</translation>
        </message>
        <message>
            <source>This year is not possible.</source>
            <translation>This year is not possible.</translation>
        </message>
        <message>
            <source>Choose between 1 day and 10 years.</source>
            <translation>Choose between 1 day and 10 years.</translation>
        </message>
        <message>
            <source>This network is listed twice.</source>
            <translation>This network is listed twice.</translation>
        </message>
        <message>
            <source>This network no longer exists.</source>
            <translation>This network no longer exists.</translation>
        </message>
        <message>
            <source>This event no longer exists.</source>
            <translation>This event no longer exists.</translation>
        </message>
        <message>
            <source>Too long: a name keeps up to 200 characters, a title or an entry 300, a text 100,000.</source>
            <translation>Too long: a name keeps up to 200 characters, a title or an entry 300, a text 100,000.</translation>
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
            <translation>Networks</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, overdue</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Filter by name, organisation, offers, seeks, tags… (Ctrl+F)</source>
            <translation>Filter by name, organisation, offers, seeks, tags… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter contacts</source>
            <translation>Filter contacts</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Overdue for contact</source>
            <translation>Overdue for contact</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>No contact selected</source>
            <translation>No contact selected</translation>
        </message>
        <message>
            <source>Choose a contact in the list, or create a new one with Ctrl+N.</source>
            <translation>Choose a contact in the list, or create a new one with Ctrl+N.</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;New contact</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archive</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>Merge the two selected contacts into one</source>
            <translation>Merge the two selected contacts into one</translation>
        </message>
        <message>
            <source>Possible &amp;duplicates…</source>
            <translation>Possible &amp;duplicates…</translation>
        </message>
        <message>
            <source>&amp;Export selected as vCard…</source>
            <translation>&amp;Export selected as vCard…</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>No contacts yet</translation>
        </message>
        <message>
            <source>Your contacts appear here: the people you meet at events, in your networks and online. Log a conversation or import your contacts to start.</source>
            <translation>Your contacts appear here: the people you meet at events, in your networks and online. Log a conversation or import your contacts to start.</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>All networks</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n contact(s)</source>
            <translation>
                <numerusform>%1 of %n contact</numerusform>
                <numerusform>%1 of %n contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The contact has problems and was not saved. Discard your changes?</source>
            <translation>The contact has problems and was not saved. Discard your changes?</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>Delete %1?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n contact(s)?</source>
            <translation>
                <numerusform>Delete %n contact?</numerusform>
                <numerusform>Delete %n contacts?</numerusform>
            </translation>
        </message>
        <message>
            <source>Conversations with other people are kept.</source>
            <translation>Conversations with other people are kept.</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) with nobody else will be deleted too.</source>
            <translation>
                <numerusform>%n conversation with nobody else will be deleted too.</numerusform>
                <numerusform>%n conversations with nobody else will be deleted too.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>You can undo this with Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>Delete contact(s)</source>
            <translation>
                <numerusform>Delete contact</numerusform>
                <numerusform>Delete contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Delete %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n contact(s)</source>
            <translation>
                <numerusform>Delete %n contact</numerusform>
                <numerusform>Delete %n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n contact(s)</source>
            <translation>
                <numerusform>Archive %n contact</numerusform>
                <numerusform>Archive %n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n contact(s) from the archive</source>
            <translation>
                <numerusform>Restore %n contact from the archive</numerusform>
                <numerusform>Restore %n contacts from the archive</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge %1 and %2</source>
            <translation>Merge %1 and %2</translation>
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
            <source>Same goals for the next conversations</source>
            <translation>Same goals for the next conversations</translation>
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
            <source>Conversations from</source>
            <translation>Conversations from</translation>
        </message>
        <message>
            <source>Conversations until</source>
            <translation>Conversations until</translation>
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
            <source>Event:</source>
            <translation>Event:</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
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
        <name>CurrentPassphraseDialog</name>
        <message>
            <source>Remove the encryption</source>
            <translation>Remove the encryption</translation>
        </message>
        <message>
            <source>Your journal and its backups will be stored unencrypted again: anyone who can read your files can then read them. Enter the passphrase to confirm.</source>
            <translation>Your journal and its backups will be stored unencrypted again: anyone who can read your files can then read them. Enter the passphrase to confirm.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Remove encryption</source>
            <translation>Remove encryption</translation>
        </message>
    </context>
    <context>
        <name>DetailEditor</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Not saved.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>Not saved: please correct the marked fields.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>same e-mail address</translation>
        </message>
        <message>
            <source>same profile link</source>
            <translation>same profile link</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>similar name</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of contacts may be the same person.</source>
            <translation>
                <numerusform>%n pair of contacts may be the same person.</numerusform>
                <numerusform>%n pairs of contacts may be the same person.</numerusform>
            </translation>
        </message>
        <message>
            <source>No possible duplicates found.</source>
            <translation>No possible duplicates found.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionPage</name>
        <message>
            <source>&amp;Encrypt with a passphrase…</source>
            <translation>&amp;Encrypt with a passphrase…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>&amp;Change the passphrase…</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>&amp;Remove the encryption…</translation>
        </message>
        <message>
            <source>Remember the passphrase in the system &amp;keyring</source>
            <translation>Remember the passphrase in the system &amp;keyring</translation>
        </message>
        <message>
            <source>Exports (vCard, archive, calendar, CSV) are never encrypted: keep them safe or delete them after use.</source>
            <translation>Exports (vCard, archive, calendar, CSV) are never encrypted: keep them safe or delete them after use.</translation>
        </message>
        <message>
            <source>Your journal is encrypted with your passphrase (SQLCipher, AES-256), and so are its backups and drafts. Without the passphrase nobody can read them.</source>
            <translation>Your journal is encrypted with your passphrase (SQLCipher, AES-256), and so are its backups and drafts. Without the passphrase nobody can read them.</translation>
        </message>
        <message>
            <source>Your journal is not encrypted. Anyone who can read your files – on a stolen laptop, in a backup folder in the cloud – can read it.</source>
            <translation>Your journal is not encrypted. Anyone who can read your files – on a stolen laptop, in a backup folder in the cloud – can read it.</translation>
        </message>
        <message>
            <source>Then Kontaktbuch opens without asking while you are logged in.</source>
            <translation>Then Kontaktbuch opens without asking while you are logged in.</translation>
        </message>
        <message>
            <source>There is no system keyring on this computer.</source>
            <translation>There is no system keyring on this computer.</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
    </context>
    <context>
        <name>EnjoymentScatterChart</name>
        <message>
            <source>Enjoyment against time per network</source>
            <translation>Enjoyment against time per network</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Enjoyment (1–5)</source>
            <translation>Enjoyment (1–5)</translation>
        </message>
        <message>
            <source>Low enjoyment (%1)</source>
            <translation>Low enjoyment (%1)</translation>
        </message>
        <message>
            <source>Each point is a network: further right means more time, lower means less enjoyment. Bigger points brought more outcomes.</source>
            <translation>Each point is a network: further right means more time, lower means less enjoyment. Bigger points brought more outcomes.</translation>
        </message>
    </context>
    <context>
        <name>EventEditor</name>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>How much did you enjoy it?</source>
            <translation>How much did you enjoy it?</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Add a person: name, then Enter</source>
            <translation>Add a person: name, then Enter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Goals served</source>
            <translation>Goals served</translation>
        </message>
        <message>
            <source>Conversations at this event</source>
            <translation>Conversations at this event</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;When:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duration:</translation>
        </message>
        <message>
            <source>T&amp;ravel time:</source>
            <translation>T&amp;ravel time:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Organised &amp;by:</source>
            <translation>Organised &amp;by:</translation>
        </message>
        <message>
            <source>En&amp;joyment:</source>
            <translation>En&amp;joyment:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>Attendees:</source>
            <translation>Attendees:</translation>
        </message>
        <message>
            <source>Goals served:</source>
            <translation>Goals served:</translation>
        </message>
        <message>
            <source>Conversations:</source>
            <translation>Conversations:</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>no network</source>
            <translation>no network</translation>
        </message>
        <message>
            <source>No active goals.</source>
            <translation>No active goals.</translation>
        </message>
        <message>
            <source>No conversations logged at this event yet.</source>
            <translation>No conversations logged at this event yet.</translation>
        </message>
        <message>
            <source>Conversations (%1):</source>
            <translation>Conversations (%1):</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Give the event a title.</translation>
        </message>
        <message>
            <source>Between 0 minutes and one week.</source>
            <translation>Between 0 minutes and one week.</translation>
        </message>
        <message>
            <source>Choose 1 to 5.</source>
            <translation>Choose 1 to 5.</translation>
        </message>
        <message>
            <source>This network no longer exists.</source>
            <translation>This network no longer exists.</translation>
        </message>
        <message>
            <source>Too long: a title keeps up to 300 characters, notes 100,000.</source>
            <translation>Too long: a title keeps up to 300 characters, notes 100,000.</translation>
        </message>
        <message>
            <source>Choose a date between 1900 and ten years from now.</source>
            <translation>Choose a date between 1900 and ten years from now.</translation>
        </message>
    </context>
    <context>
        <name>EventFields</name>
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
            <source>For example 05.12.2026 19:00, 5.12. 19:00 or 19:30</source>
            <translation>For example 05.12.2026 19:00, 5.12. 19:00 or 19:30</translation>
        </message>
        <message>
            <source>which network organised it</source>
            <translation>which network organised it</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Travel time</source>
            <translation>Travel time</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>new network</source>
            <translation>new network</translation>
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
            <source>= sum of the conversations</source>
            <translation>= sum of the conversations</translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Enjoyment</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>Filter by title, place, notes… (Ctrl+F)</source>
            <translation>Filter by title, place, notes… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter events</source>
            <translation>Filter events</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>No event selected</source>
            <translation>No event selected</translation>
        </message>
        <message>
            <source>Choose an event in the list, or add one with “New event”.</source>
            <translation>Choose an event in the list, or add one with “New event”.</translation>
        </message>
        <message>
            <source>No events yet</source>
            <translation>No events yet</translation>
        </message>
        <message>
            <source>Events and networks: the association evenings, meetups and groups where you meet people. Add an event to log its conversations together.</source>
            <translation>Events and networks: the association evenings, meetups and groups where you meet people. Add an event to log its conversations together.</translation>
        </message>
        <message>
            <source>New network</source>
            <translation>New network</translation>
        </message>
        <message>
            <source>No network selected</source>
            <translation>No network selected</translation>
        </message>
        <message>
            <source>Choose a network in the list, or add one with “New network”.</source>
            <translation>Choose a network in the list, or add one with “New network”.</translation>
        </message>
        <message>
            <source>No networks yet</source>
            <translation>No networks yet</translation>
        </message>
        <message>
            <source>Networks are the groups your contacts belong to: associations, founders' groups, alumni, clubs, online platforms. Add one to see what it costs and brings.</source>
            <translation>Networks are the groups your contacts belong to: associations, founders' groups, alumni, clubs, online platforms. Add one to see what it costs and brings.</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>All networks</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Your changes have problems and were not saved. Discard them?</source>
            <translation>Your changes have problems and were not saved. Discard them?</translation>
        </message>
        <message>
            <source>Delete the event “%1”?</source>
            <translation>Delete the event “%1”?</translation>
        </message>
        <message>
            <source>Its conversations are kept, without the event. You can undo this with Ctrl+Z.</source>
            <translation>Its conversations are kept, without the event. You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>Delete event “%1”</source>
            <translation>Delete event “%1”</translation>
        </message>
        <message>
            <source>Delete the network “%1”?</source>
            <translation>Delete the network “%1”?</translation>
        </message>
        <message>
            <source>Its members and events are kept; they just no longer belong to it. You can undo this with Ctrl+Z.</source>
            <translation>Its members and events are kept; they just no longer belong to it. You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete network</source>
            <translation>Delete network</translation>
        </message>
        <message>
            <source>Delete network “%1”</source>
            <translation>Delete network “%1”</translation>
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
            <translation>&amp;vCard file…</translation>
        </message>
        <message>
            <source>vCard &amp;folder…</source>
            <translation>vCard &amp;folder…</translation>
        </message>
        <message>
            <source>&amp;LinkedIn connections (CSV)…</source>
            <translation>&amp;LinkedIn connections (CSV)…</translation>
        </message>
        <message>
            <source>Kontaktbuch &amp;archive…</source>
            <translation>Kontaktbuch &amp;archive…</translation>
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
            <translation>vCard &amp;3.0 (older programs)…</translation>
        </message>
        <message>
            <source>Full &amp;archive (JSON)…</source>
            <translation>Full &amp;archive (JSON)…</translation>
        </message>
        <message>
            <source>&amp;Calendar (iCalendar)…</source>
            <translation>&amp;Calendar (iCalendar)…</translation>
        </message>
        <message>
            <source>C&amp;onversations as CSV…</source>
            <translation>C&amp;onversations as CSV…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Import contacts</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.json);;All files (*)</source>
            <translation>Contacts (*.vcf *.vcard *.csv *.json);;All files (*)</translation>
        </message>
        <message>
            <source>Import vCard file</source>
            <translation>Import vCard file</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard);;All files (*)</source>
            <translation>vCard files (*.vcf *.vcard);;All files (*)</translation>
        </message>
        <message>
            <source>Import a folder of vCard files</source>
            <translation>Import a folder of vCard files</translation>
        </message>
        <message>
            <source>Import LinkedIn connections</source>
            <translation>Import LinkedIn connections</translation>
        </message>
        <message>
            <source>LinkedIn export (Connections.csv *.csv);;All files (*)</source>
            <translation>LinkedIn export (Connections.csv *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Import cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nothing to import</translation>
        </message>
        <message>
            <source>%1 holds no contacts that could be imported.</source>
            <translation>%1 holds no contacts that could be imported.</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <source>Imported from %1: %2 new, %3 merged, %4 skipped.</source>
            <translation>Imported from %1: %2 new, %3 merged, %4 skipped.</translation>
        </message>
        <message>
            <source>Import Kontaktbuch archive</source>
            <translation>Import Kontaktbuch archive</translation>
        </message>
        <message>
            <source>Kontaktbuch archive (*.json);;All files (*)</source>
            <translation>Kontaktbuch archive (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Replace your journal?</source>
            <translation>Replace your journal?</translation>
        </message>
        <message>
            <source>Your journal already holds data. Restoring the archive replaces all of it with the archive’s content. A backup of the current state is taken first. Continue?</source>
            <translation>Your journal already holds data. Restoring the archive replaces all of it with the archive’s content. A backup of the current state is taken first. Continue?</translation>
        </message>
        <message>
            <source>Restoring the archive…</source>
            <translation>Restoring the archive…</translation>
        </message>
        <message>
            <source>Archive restored: %1 contacts, %2 conversations.</source>
            <translation>Archive restored: %1 contacts, %2 conversations.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export cancelled.</translation>
        </message>
        <message>
            <source>Exported %1 entries to %2.</source>
            <translation>Exported %1 entries to %2.</translation>
        </message>
        <message>
            <source>Export contacts as vCard</source>
            <translation>Export contacts as vCard</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard files (*.vcf)</translation>
        </message>
        <message>
            <source>Export full archive</source>
            <translation>Export full archive</translation>
        </message>
        <message>
            <source>Kontaktbuch archive (*.json)</source>
            <translation>Kontaktbuch archive (*.json)</translation>
        </message>
        <message>
            <source>Export follow-ups and events as calendar</source>
            <translation>Export follow-ups and events as calendar</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar files (*.ics)</translation>
        </message>
        <message>
            <source>Export conversations as CSV</source>
            <translation>Export conversations as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>The backup was restored.</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Where to start</source>
            <translation>Where to start</translation>
        </message>
        <message>
            <source>Log a conversation…</source>
            <translation>Log a conversation…</translation>
        </message>
        <message>
            <source>Set a goal…</source>
            <translation>Set a goal…</translation>
        </message>
        <message>
            <source>Nothing is logged yet, so there is nothing to reflect on. The panel weighs the time you spend on your network against your goals and your enjoyment – it starts with your first conversations.</source>
            <translation>Nothing is logged yet, so there is nothing to reflect on. The panel weighs the time you spend on your network against your goals and your enjoyment – it starts with your first conversations.</translation>
        </message>
        <message>
            <source>Only a few conversations and events are logged so far: the figures below say more with every one you add.</source>
            <translation>Only a few conversations and events are logged so far: the figures below say more with every one you add.</translation>
        </message>
        <message>
            <source>1. Log a conversation: who, how long, what came of it, and how much you enjoyed it.</source>
            <translation>1. Log a conversation: who, how long, what came of it, and how much you enjoyed it.</translation>
        </message>
        <message>
            <source>%1. Set a goal with a time budget, so the panel can tell whether the time fits.</source>
            <translation>%1. Set a goal with a time budget, so the panel can tell whether the time fits.</translation>
        </message>
    </context>
    <context>
        <name>GoalBudgetChart</name>
        <message>
            <source>Time per goal against budget</source>
            <translation>Time per goal against budget</translation>
        </message>
        <message>
            <source>Time invested</source>
            <translation>Time invested</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>No goals</source>
            <translation>No goals</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Over budget</translation>
        </message>
    </context>
    <context>
        <name>GoalDetail</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1 (no budget)</source>
            <translation>%1 (no budget)</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>no target</translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n outcome</numerusform>
                <numerusform>%n outcomes</numerusform>
            </translation>
        </message>
        <message>
            <source>This period and the ones before</source>
            <translation>This period and the ones before</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Time against budget</source>
            <translation>Time against budget</translation>
        </message>
        <message>
            <source>Progress against target</source>
            <translation>Progress against target</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
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
            <source>Items that served the goal</source>
            <translation>Items that served the goal</translation>
        </message>
        <message>
            <source>Double-click to open. Link items to goals in their forms.</source>
            <translation>Double-click to open. Link items to goals in their forms.</translation>
        </message>
        <message>
            <source>&amp;Remove from this goal</source>
            <translation>&amp;Remove from this goal</translation>
        </message>
        <message>
            <source>%1 per %2</source>
            <translation>%1 per %2</translation>
        </message>
        <message>
            <source>no budget, period: %1</source>
            <translation>no budget, period: %1</translation>
        </message>
        <message>
            <source>What served it since %1</source>
            <translation>What served it since %1</translation>
        </message>
        <message>
            <source>Event: %1</source>
            <translation>Event: %1</translation>
        </message>
        <message>
            <source>Conversation: %1</source>
            <translation>Conversation: %1</translation>
        </message>
        <message>
            <source>within the event</source>
            <translation>within the event</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Edit goal</source>
            <translation>Edit goal</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>New goal</translation>
        </message>
        <message>
            <source>e.g. Find new clients in the Mittelstand</source>
            <translation>e.g. Find new clients in the Mittelstand</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Why does this goal matter to you?</source>
            <translation>Why does this goal matter to you?</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Why:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>no budget</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Time &amp;budget per period:</source>
            <translation>Time &amp;budget per period:</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>no target</translation>
        </message>
        <message>
            <source>of any kind</source>
            <translation>of any kind</translation>
        </message>
        <message>
            <source>T&amp;arget per period:</source>
            <translation>T&amp;arget per period:</translation>
        </message>
        <message>
            <source>The reflection judges the goal from this day on: it is not listed for the periods before, and its budget and target count only for its days.</source>
            <translation>The reflection judges the goal from this day on: it is not listed for the periods before, and its budget and target count only for its days.</translation>
        </message>
        <message>
            <source>Counts &amp;from:</source>
            <translation>Counts &amp;from:</translation>
        </message>
        <message>
            <source>Please give the goal a title.</source>
            <translation>Please give the goal a title.</translation>
        </message>
        <message>
            <source>The title is too long: at most 300 characters.</source>
            <translation>The title is too long: at most 300 characters.</translation>
        </message>
        <message>
            <source>The text is too long: at most 100,000 characters.</source>
            <translation>The text is too long: at most 100,000 characters.</translation>
        </message>
        <message>
            <source>The time budget must be between 0 and 10,000 hours.</source>
            <translation>The time budget must be between 0 and 10,000 hours.</translation>
        </message>
        <message>
            <source>The target must be a number above zero.</source>
            <translation>The target must be a number above zero.</translation>
        </message>
        <message>
            <source>Please check the input.</source>
            <translation>Please check the input.</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>Delete goal “%1”</source>
            <translation>Delete goal “%1”</translation>
        </message>
        <message>
            <source>Remove from goal</source>
            <translation>Remove from goal</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;New goal</translation>
        </message>
        <message>
            <source>New goal (Ctrl+N)</source>
            <translation>New goal (Ctrl+N)</translation>
        </message>
        <message>
            <source>Ed&amp;it</source>
            <translation>Ed&amp;it</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation>&amp;Complete</translation>
        </message>
        <message>
            <source>&amp;Drop</source>
            <translation>&amp;Drop</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Show completed and dropped goals</source>
            <translation>Show completed and dropped goals</translation>
        </message>
        <message>
            <source>No goals yet</source>
            <translation>No goals yet</translation>
        </message>
        <message>
            <source>Goals say what your networking is for: visibility, clients, a new job, exchange of experience. Give each a time budget and see whether the time fits.</source>
            <translation>Goals say what your networking is for: visibility, clients, a new job, exchange of experience. Give each a time budget and see whether the time fits.</translation>
        </message>
        <message>
            <source>Create your first goal</source>
            <translation>Create your first goal</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>Res&amp;ume</translation>
        </message>
        <message>
            <source>Goal completed. Tick “Show completed and dropped goals” to see it.</source>
            <translation>Goal completed. Tick “Show completed and dropped goals” to see it.</translation>
        </message>
        <message>
            <source>Goal dropped. Tick “Show completed and dropped goals” to see it.</source>
            <translation>Goal dropped. Tick “Show completed and dropped goals” to see it.</translation>
        </message>
    </context>
    <context>
        <name>GraphView</name>
        <message>
            <source>Network graph</source>
            <translation>Network graph</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>Open contact</translation>
        </message>
        <message>
            <source>Show neighbourhood</source>
            <translation>Show neighbourhood</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Met within</source>
            <translation>Met within</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Last quarter</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Around a contact…</source>
            <translation>Around a contact…</translation>
        </message>
        <message>
            <source>Whole network</source>
            <translation>Whole network</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole picture</source>
            <translation>Show the whole picture</translation>
        </message>
        <message>
            <source>Network:</source>
            <translation>Network:</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Goal:</translation>
        </message>
        <message>
            <source>Met:</source>
            <translation>Met:</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>All networks</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>All goals</translation>
        </message>
        <message>
            <source>%1: %2 contacts</source>
            <translation>%1: %2 contacts</translation>
        </message>
        <message>
            <source>No network</source>
            <translation>No network</translation>
        </message>
        <message>
            <source>%1 and %2 people around them: relationships and fellow members.</source>
            <translation>%1 and %2 people around them: relationships and fellow members.</translation>
        </message>
        <message>
            <source>%1 contacts in %2 networks: too many to draw one by one. Click a network to see its people, or pick a contact.</source>
            <translation>%1 contacts in %2 networks: too many to draw one by one. Click a network to see its people, or pick a contact.</translation>
        </message>
        <message>
            <source>%1 contacts match; the %2 met most recently are shown.</source>
            <translation>%1 contacts match; the %2 met most recently are shown.</translation>
        </message>
        <message>
            <source>No contact matches these filters.</source>
            <translation>No contact matches these filters.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s). Click one to open it.</source>
            <translation>
                <numerusform>%n contact. Click one to open it.</numerusform>
                <numerusform>%n contacts. Click one to open it.</numerusform>
            </translation>
        </message>
        <message>
            <source>met this month</source>
            <translation>met this month</translation>
        </message>
        <message>
            <source>within 3 months</source>
            <translation>within 3 months</translation>
        </message>
        <message>
            <source>within a year</source>
            <translation>within a year</translation>
        </message>
        <message>
            <source>longer ago</source>
            <translation>longer ago</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Lines: networks that share members; colour: share met within 3 months</source>
            <translation>Lines: networks that share members; colour: share met within 3 months</translation>
        </message>
        <message>
            <source>Lines: dashed = introduced by; coloured = related</source>
            <translation>Lines: dashed = introduced by; coloured = related</translation>
        </message>
    </context>
    <context>
        <name>GuidedTab</name>
        <message>
            <source>Take a few minutes. Look at the figures and the findings, then answer for yourself – there are no wrong answers.</source>
            <translation>Take a few minutes. Look at the figures and the findings, then answer for yourself – there are no wrong answers.</translation>
        </message>
        <message>
            <source>My verdict: in the next period I will network…</source>
            <translation>My verdict: in the next period I will network…</translation>
        </message>
        <message>
            <source>&amp;Save reflection</source>
            <translation>&amp;Save reflection</translation>
        </message>
        <message>
            <source>Reflection on %1</source>
            <translation>Reflection on %1</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>Import preview</translation>
        </message>
        <message>
            <source>New in your journal:</source>
            <translation>New in your journal:</translation>
        </message>
        <message>
            <source>New in your journal</source>
            <translation>New in your journal</translation>
        </message>
        <message>
            <source>Perhaps already in your journal:</source>
            <translation>Perhaps already in your journal:</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In the file</translation>
        </message>
        <message>
            <source>In your journal</source>
            <translation>In your journal</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>Found by</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Keep both</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message numerus="yes">
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n more)</numerusform>
                <numerusform>(+%n more)</numerusform>
            </translation>
        </message>
        <message>
            <source>What to do with %1</source>
            <translation>What to do with %1</translation>
        </message>
        <message>
            <source>For all matches:</source>
            <translation>For all matches:</translation>
        </message>
        <message>
            <source>Please note:</source>
            <translation>Please note:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n new contact</numerusform>
                <numerusform>%n new contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) perhaps already in your journal</source>
            <translation>
                <numerusform>%n person perhaps already in your journal</numerusform>
                <numerusform>%n people perhaps already in your journal</numerusform>
            </translation>
        </message>
        <message>
            <source>Will be merged: %1 · kept as new: %2 · skipped: %3</source>
            <translation>Will be merged: %1 · kept as new: %2 · skipped: %3</translation>
        </message>
    </context>
    <context>
        <name>IntervalEdit</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>every</source>
            <translation>every</translation>
        </message>
    </context>
    <context>
        <name>IntroductionsView</name>
        <message>
            <source>e.g. workshops on moderation, tax questions</source>
            <translation>e.g. workshops on moderation, tax questions</translation>
        </message>
        <message>
            <source>e.g. clients in mid-sized firms, a co-founder</source>
            <translation>e.g. clients in mid-sized firms, a co-founder</translation>
        </message>
        <message>
            <source>You offer:</source>
            <translation>You offer:</translation>
        </message>
        <message>
            <source>You seek:</source>
            <translation>You seek:</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Proposals</translation>
        </message>
        <message>
            <source>&amp;Introduce…</source>
            <translation>&amp;Introduce…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>Propose this again in a month</source>
            <translation>Propose this again in a month</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Dismiss</translation>
        </message>
        <message>
            <source>Never propose these two again</source>
            <translation>Never propose these two again</translation>
        </message>
        <message>
            <source>No introductions to propose</source>
            <translation>No introductions to propose</translation>
        </message>
        <message>
            <source>When one contact seeks what another offers — or what you offer — the pair appears here. Write offers and seeks on your contacts' pages, and your own above.</source>
            <translation>When one contact seeks what another offers — or what you offer — the pair appears here. Write offers and seeks on your contacts' pages, and your own above.</translation>
        </message>
        <message>
            <source>(and more)</source>
            <translation>(and more)</translation>
        </message>
        <message>
            <source>Matching words: %1</source>
            <translation>Matching words: %1</translation>
        </message>
        <message>
            <source>Score %1 of 100: how well the words match (%2 %), and how recently you met both (%3 %).</source>
            <translation>Score %1 of 100: how well the words match (%2 %), and how recently you met both (%3 %).</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Open %1</translation>
        </message>
        <message>
            <source>%1 and %2: proposed again from %3.</source>
            <translation>%1 and %2: proposed again from %3.</translation>
        </message>
        <message>
            <source>%1 and %2 will not be proposed again.</source>
            <translation>%1 and %2 will not be proposed again.</translation>
        </message>
    </context>
    <context>
        <name>LineRows</name>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
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
            <source>About Kontaktbuch</source>
            <translation>About Kontaktbuch</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kontaktbuch %1&lt;/h3&gt;&lt;p&gt;A journal for your professional network: conversations, contacts, goals and reflection. Your data stays on your computer.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kontaktbuch %1&lt;/h3&gt;&lt;p&gt;A journal for your professional network: conversations, contacts, goals and reflection. Your data stays on your computer.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MakeIntroductionDialog</name>
        <message>
            <source>Introduce</source>
            <translation>Introduce</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <source>Time spent:</source>
            <translation>Time spent:</translation>
        </message>
        <message>
            <source>Follow up:</source>
            <translation>Follow up:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>Due:</translation>
        </message>
        <message>
            <source>Log introduction</source>
            <translation>Log introduction</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Add follow-up</translation>
        </message>
    </context>
    <context>
        <name>MembershipRows</name>
        <message>
            <source>Add to network</source>
            <translation>Add to network</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Leave this network</source>
            <translation>Leave this network</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge contacts</source>
            <translation>Merge contacts</translation>
        </message>
        <message>
            <source>Both become one contact. Conversations, events, networks, tags, e-mails, phones, links and follow-ups of both are kept. Which one should stay?</source>
            <translation>Both become one contact. Conversations, events, networks, tags, e-mails, phones, links and follow-ups of both are kept. Which one should stay?</translation>
        </message>
        <message>
            <source>Where the two differ, keep:</source>
            <translation>Where the two differ, keep:</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>&lt;b&gt;The merged contact:&lt;/b&gt;</source>
            <translation>&lt;b&gt;The merged contact:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>First name:</source>
            <translation>First name:</translation>
        </message>
        <message>
            <source>Last name:</source>
            <translation>Last name:</translation>
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
            <translation>Birthday:</translation>
        </message>
        <message>
            <source>Keep in touch:</source>
            <translation>Keep in touch:</translation>
        </message>
        <message>
            <source>First met at:</source>
            <translation>First met at:</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Profiles:</source>
            <translation>Profiles:</translation>
        </message>
        <message>
            <source>Offers:</source>
            <translation>Offers:</translation>
        </message>
        <message>
            <source>Seeks:</source>
            <translation>Seeks:</translation>
        </message>
        <message>
            <source>Interests:</source>
            <translation>Interests:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>Networks:</source>
            <translation>Networks:</translation>
        </message>
        <message>
            <source>First met:</source>
            <translation>First met:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Moves over: %1, %2, %3.</source>
            <translation>Moves over: %1, %2, %3.</translation>
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
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkEditor</name>
        <message>
            <source>no reminder</source>
            <translation>no reminder</translation>
        </message>
        <message>
            <source>Keep in touch with its members this often, unless a contact has its own interval.</source>
            <translation>Keep in touch with its members this often, unless a contact has its own interval.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Add a member: name, then Enter</source>
            <translation>Add a member: name, then Enter</translation>
        </message>
        <message>
            <source>Set role</source>
            <translation>Set role</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Events of this network</source>
            <translation>Events of this network</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>K&amp;ind:</source>
            <translation>K&amp;ind:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Keep in touch:</source>
            <translation>&amp;Keep in touch:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Members:</translation>
        </message>
        <message>
            <source>Events:</source>
            <translation>Events:</translation>
        </message>
        <message>
            <source>Delete network</source>
            <translation>Delete network</translation>
        </message>
        <message>
            <source>New network</source>
            <translation>New network</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
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
            <source>%1 invested</source>
            <translation>%1 invested</translation>
        </message>
        <message>
            <source>last activity %1</source>
            <translation>last activity %1</translation>
        </message>
        <message>
            <source>Members (%1):</source>
            <translation>Members (%1):</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>No events organised by this network yet.</source>
            <translation>No events organised by this network yet.</translation>
        </message>
        <message>
            <source>Too long: a name keeps up to 200 characters, a description 100,000.</source>
            <translation>Too long: a name keeps up to 200 characters, a description 100,000.</translation>
        </message>
        <message>
            <source>Give the network a name.</source>
            <translation>Give the network a name.</translation>
        </message>
    </context>
    <context>
        <name>NetworksModel</name>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Time invested</source>
            <translation>Time invested</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>Encrypt the journal</source>
            <translation>Encrypt the journal</translation>
        </message>
        <message>
            <source>Your journal and its backups will be encrypted with a passphrase. Without it nobody can read them – on a stolen laptop or in a backup folder in the cloud.</source>
            <translation>Your journal and its backups will be encrypted with a passphrase. Without it nobody can read them – on a stolen laptop or in a backup folder in the cloud.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>I have &amp;understood the warning above</source>
            <translation>I have &amp;understood the warning above</translation>
        </message>
        <message>
            <source>&amp;Remember it in the system keyring</source>
            <translation>&amp;Remember it in the system keyring</translation>
        </message>
        <message>
            <source>Exports (vCard, archive, calendar, CSV) are not encrypted.</source>
            <translation>Exports (vCard, archive, calendar, CSV) are not encrypted.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Encrypt</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Enter the current passphrase.</translation>
        </message>
        <message>
            <source>A passphrase needs at least %1 characters.</source>
            <translation>A passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>The two entries differ.</translation>
        </message>
        <message>
            <source>Confirm that you understand the warning above.</source>
            <translation>Confirm that you understand the warning above.</translation>
        </message>
    </context>
    <context>
        <name>OffersHint</name>
        <message>
            <source>Offered by: %1</source>
            <translation>Offered by: %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Findings – questions to ask yourself</source>
            <translation>Findings – questions to ask yourself</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Enjoyment</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Outcomes by kind</source>
            <translation>Outcomes by kind</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Their enjoyment</source>
            <translation>Their enjoyment</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Nothing stands out in this period.</source>
            <translation>Nothing stands out in this period.</translation>
        </message>
    </context>
    <context>
        <name>PastTab</name>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>Select several to compare them (Ctrl+click).</source>
            <translation>Select several to compare them (Ctrl+click).</translation>
        </message>
        <message>
            <source>Saved on %1</source>
            <translation>Saved on %1</translation>
        </message>
        <message>
            <source>No reflection saved yet.</source>
            <translation>No reflection saved yet.</translation>
        </message>
        <message>
            <source>Select a reflection on the left.</source>
            <translation>Select a reflection on the left.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Saved on</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Total time</translation>
        </message>
        <message>
            <source>Time serving goals</source>
            <translation>Time serving goals</translation>
        </message>
        <message>
            <source>Time without a goal</source>
            <translation>Time without a goal</translation>
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
            <source>New contacts</source>
            <translation>New contacts</translation>
        </message>
        <message>
            <source>Average enjoyment</source>
            <translation>Average enjoyment</translation>
        </message>
        <message>
            <source>Time per goal</source>
            <translation>Time per goal</translation>
        </message>
        <message>
            <source>Verdicts per goal</source>
            <translation>Verdicts per goal</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
    </context>
    <context>
        <name>ReflectionSettingsPage</name>
        <message>
            <source>Every week (on Monday)</source>
            <translation>Every week (on Monday)</translation>
        </message>
        <message>
            <source>Every month (on the 1st)</source>
            <translation>Every month (on the 1st)</translation>
        </message>
        <message>
            <source>&amp;Reflect:</source>
            <translation>&amp;Reflect:</translation>
        </message>
        <message>
            <source>The reflection asks you a question when a figure of a period crosses one of these limits:</source>
            <translation>The reflection asks you a question when a figure of a period crosses one of these limits:</translation>
        </message>
        <message>
            <source>Ask about a network when it takes at least %1 of your time</source>
            <translation>Ask about a network when it takes at least %1 of your time</translation>
        </message>
        <message>
            <source>… and you enjoyed it no more than %1 of 5, or nothing came of it</source>
            <translation>… and you enjoyed it no more than %1 of 5, or nothing came of it</translation>
        </message>
        <message>
            <source>Point out a network with less of your time that you enjoyed at least %1 of 5 and that brought two outcomes or more</source>
            <translation>Point out a network with less of your time that you enjoyed at least %1 of 5 and that brought two outcomes or more</translation>
        </message>
        <message>
            <source>Ask about a goal when it took more than %1 of its budget</source>
            <translation>Ask about a goal when it took more than %1 of its budget</translation>
        </message>
        <message>
            <source>… or, once the period is over, less than %1 of it</source>
            <translation>… or, once the period is over, less than %1 of it</translation>
        </message>
        <message>
            <source>Ask about time without a goal when it is at least %1 of your time</source>
            <translation>Ask about time without a goal when it is at least %1 of your time</translation>
        </message>
        <message>
            <source>Ask about your enjoyment when it fell over %1 periods in a row</source>
            <translation>Ask about your enjoyment when it fell over %1 periods in a row</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
    </context>
    <context>
        <name>ReflectionView</name>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Reflect</source>
            <translation>Reflect</translation>
        </message>
        <message>
            <source>Past reflections</source>
            <translation>Past reflections</translation>
        </message>
        <message>
            <source>%1 · compared with %2</source>
            <translation>%1 · compared with %2</translation>
        </message>
        <message>
            <source>%1 (%2) · compared with %3</source>
            <translation>%1 (%2) · compared with %3</translation>
        </message>
        <message>
            <source>Reflection saved.</source>
            <translation>Reflection saved.</translation>
        </message>
    </context>
    <context>
        <name>RelationshipsPanel</name>
        <message>
            <source>Relationships</source>
            <translation>Relationships</translation>
        </message>
        <message>
            <source>Kind of relationship</source>
            <translation>Kind of relationship</translation>
        </message>
        <message>
            <source>Label, e.g. mentor</source>
            <translation>Label, e.g. mentor</translation>
        </message>
        <message>
            <source>Name of the other contact…</source>
            <translation>Name of the other contact…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Save the contact first, then add relationships.</source>
            <translation>Save the contact first, then add relationships.</translation>
        </message>
        <message>
            <source>Double-click to open %1</source>
            <translation>Double-click to open %1</translation>
        </message>
        <message>
            <source>No relationships yet: who introduced you, who works with whom …</source>
            <translation>No relationships yet: who introduced you, who works with whom …</translation>
        </message>
        <message>
            <source>A contact cannot be related to themselves.</source>
            <translation>A contact cannot be related to themselves.</translation>
        </message>
        <message>
            <source>Please write a label for this relationship.</source>
            <translation>Please write a label for this relationship.</translation>
        </message>
        <message>
            <source>This relationship is already kept.</source>
            <translation>This relationship is already kept.</translation>
        </message>
        <message>
            <source>This relationship cannot be kept.</source>
            <translation>This relationship cannot be kept.</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettings</name>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsPage</name>
        <message>
            <source>&amp;Keep running in the tray after closing</source>
            <translation>&amp;Keep running in the tray after closing</translation>
        </message>
        <message>
            <source>This desktop shows no system tray: closing the window quits Kontaktbuch, and due reminders show in the window title and in the Reminders view.</source>
            <translation>This desktop shows no system tray: closing the window quits Kontaktbuch, and due reminders show in the window title and in the Reminders view.</translation>
        </message>
        <message>
            <source>&amp;Start with the session</source>
            <translation>&amp;Start with the session</translation>
        </message>
        <message>
            <source>Kontaktbuch then starts quietly in the tray when you log in, so reminders arrive without opening it.</source>
            <translation>Kontaktbuch then starts quietly in the tray when you log in, so reminders arrive without opening it.</translation>
        </message>
        <message>
            <source>Not available on this system yet: add Kontaktbuch to your startup programs yourself if you like.</source>
            <translation>Not available on this system yet: add Kontaktbuch to your startup programs yourself if you like.</translation>
        </message>
        <message>
            <source>Start with the session</source>
            <translation>Start with the session</translation>
        </message>
        <message>
            <source>The autostart entry could not be written: %1</source>
            <translation>The autostart entry could not be written: %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Nothing is due</source>
            <translation>Nothing is due</translation>
        </message>
        <message numerus="yes">
            <source>All reminders (%n due)…</source>
            <translation>
                <numerusform>All reminders (%n due)…</numerusform>
                <numerusform>All reminders (%n due)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Kontaktbuch</source>
            <translation>Open Kontaktbuch</translation>
        </message>
        <message>
            <source>Pause reminders for today</source>
            <translation>Pause reminders for today</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message numerus="yes">
            <source>Kontaktbuch – %n reminder(s) due</source>
            <translation>
                <numerusform>Kontaktbuch – %n reminder due</numerusform>
                <numerusform>Kontaktbuch – %n reminders due</numerusform>
            </translation>
        </message>
        <message>
            <source>Kontaktbuch – nothing is due</source>
            <translation>Kontaktbuch – nothing is due</translation>
        </message>
        <message>
            <source>Reminders paused for today</source>
            <translation>Reminders paused for today</translation>
        </message>
    </context>
    <context>
        <name>RemindersFeature</name>
        <message>
            <source>Show the reminders</source>
            <translation>Show the reminders</translation>
        </message>
        <message>
            <source>Kontaktbuch (%1)</source>
            <translation>Kontaktbuch (%1)</translation>
        </message>
        <message>
            <source>Kontaktbuch keeps running</source>
            <translation>Kontaktbuch keeps running</translation>
        </message>
        <message>
            <source>Kontaktbuch stays in the tray so your reminders arrive. To quit, choose Quit in its menu; you can change this in the settings.</source>
            <translation>Kontaktbuch stays in the tray so your reminders arrive. To quit, choose Quit in its menu; you can change this in the settings.</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <source>For one &amp;hour</source>
            <translation>For one &amp;hour</translation>
        </message>
        <message>
            <source>Until &amp;tomorrow morning</source>
            <translation>Until &amp;tomorrow morning</translation>
        </message>
        <message>
            <source>Until &amp;next week</source>
            <translation>Until &amp;next week</translation>
        </message>
        <message>
            <source>Snooze…</source>
            <translation>Snooze…</translation>
        </message>
        <message>
            <source>Show the contact, event or follow-up (Enter)</source>
            <translation>Show the contact, event or follow-up (Enter)</translation>
        </message>
        <message>
            <source>Mark as done (Ctrl+D)</source>
            <translation>Mark as done (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation>&amp;Snooze</translation>
        </message>
        <message>
            <source>Remind me later (Ctrl+Shift+L)</source>
            <translation>Remind me later (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Nothing is due</source>
            <translation>Nothing is due</translation>
        </message>
        <message>
            <source>Reminders of follow-ups, contacts gone quiet, birthdays, events and your next reflection appear here when they are due, and two weeks before.</source>
            <translation>Reminders of follow-ups, contacts gone quiet, birthdays, events and your next reflection appear here when they are due, and two weeks before.</translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due</source>
            <translation>
                <numerusform>%n reminder due</numerusform>
                <numerusform>%n reminders due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the next 14 days</source>
            <translation>
                <numerusform>%n in the next 14 days</numerusform>
                <numerusform>%n in the next 14 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n reminder(s) done</source>
            <translation>
                <numerusform>Mark %n reminder done</numerusform>
                <numerusform>Mark %n reminders done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Snooze %n reminder(s)</source>
            <translation>
                <numerusform>Snooze %n reminder</numerusform>
                <numerusform>Snooze %n reminders</numerusform>
            </translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Choose a backup. Restoring replaces everything in your journal with the state of that backup; the current state is saved as a backup first.</source>
            <translation>Choose a backup. Restoring replaces everything in your journal with the state of that backup; the current state is saved as a backup first.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>There are no backups yet.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Replace everything in your journal with the backup of %1? The current state is saved as a backup first.</source>
            <translation>Replace everything in your journal with the backup of %1? The current state is saved as a backup first.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Restore failed</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Conflicts and names to review</source>
            <translation>Conflicts and names to review</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Here</translation>
        </message>
        <message>
            <source>From the server</source>
            <translation>From the server</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Keep mine</translation>
        </message>
        <message>
            <source>&amp;Take the server's</source>
            <translation>&amp;Take the server's</translation>
        </message>
        <message>
            <source>Changed here and on another device at the same time. Your journal keeps its own value until you choose; nothing is lost.</source>
            <translation>Changed here and on another device at the same time. Your journal keeps its own value until you choose; nothing is lost.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>&amp;Create contact</source>
            <translation>&amp;Create contact</translation>
        </message>
        <message>
            <source>&amp;It is…</source>
            <translation>&amp;It is…</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Dismiss</translation>
        </message>
        <message>
            <source>People named in journal entries written on another device who are not (or not clearly) among your contacts.</source>
            <translation>People named in journal entries written on another device who are not (or not clearly) among your contacts.</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message>
            <source>Names (%1)</source>
            <translation>Names (%1)</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
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
            <source>Choose the data folder</source>
            <translation>Choose the data folder</translation>
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
        <name>SyncSettingsPage</name>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>kept in the system keyring</source>
            <translation>kept in the system keyring</translation>
        </message>
        <message>
            <source>an app password is best</source>
            <translation>an app password is best</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>only for a server with its own certificates</source>
            <translation>only for a server with its own certificates</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>&amp;CA file:</source>
            <translation>&amp;CA file:</translation>
        </message>
        <message>
            <source>Create the address book and calendars when missing</source>
            <translation>Create the address book and calendars when missing</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>Stop syncing</source>
            <translation>Stop syncing</translation>
        </message>
        <message>
            <source>only by hand</source>
            <translation>only by hand</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>Sync &amp;every:</translation>
        </message>
        <message>
            <source>Sync a few seconds after each change</source>
            <translation>Sync a few seconds after each change</translation>
        </message>
        <message>
            <source>Your journal stays on this computer; sync copies it to an address book and calendars on your own server (Nextcloud, Radicale, …), for your other computers and your phone.</source>
            <translation>Your journal stays on this computer; sync copies it to an address book and calendars on your own server (Nextcloud, Radicale, …), for your other computers and your phone.</translation>
        </message>
        <message>
            <source>Sync is not set up.</source>
            <translation>Sync is not set up.</translation>
        </message>
        <message>
            <source>contacts and networks</source>
            <translation>contacts and networks</translation>
        </message>
        <message>
            <source>events</source>
            <translation>events</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>follow-ups</translation>
        </message>
        <message>
            <source>conversations</source>
            <translation>conversations</translation>
        </message>
        <message>
            <source>goals, reflections, figure settings</source>
            <translation>goals, reflections, figure settings</translation>
        </message>
        <message>
            <source>Set up with %1 as %2.</source>
            <translation>Set up with %1 as %2.</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA file</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>Certificates (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Asking the server…</translation>
        </message>
        <message>
            <source>Enter the password first.</source>
            <translation>Enter the password first.</translation>
        </message>
        <message>
            <source>Enter the server's address and your user name first.</source>
            <translation>Enter the server's address and your user name first.</translation>
        </message>
        <message numerus="yes">
            <source>Connected: %n address book(s) and calendar(s) found.</source>
            <translation>
                <numerusform>Connected: %n address book and calendar found.</numerusform>
                <numerusform>Connected: %n address books and calendars found.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no system keyring here: the password is asked for once each time Kontaktbuch starts.</source>
            <translation>There is no system keyring here: the password is asked for once each time Kontaktbuch starts.</translation>
        </message>
        <message>
            <source>Stop syncing with this server? Your journal stays as it is; what is on the server stays there too.</source>
            <translation>Stop syncing with this server? Your journal stays as it is; what is on the server stays there too.</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Set up s&amp;ync</source>
            <translation>Set up s&amp;ync</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <source>Sync c&amp;onflicts and names…</source>
            <translation>Sync c&amp;onflicts and names…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Password for %1 at %2:</source>
            <translation>Password for %1 at %2:</translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n to review</numerusform>
                <numerusform>%n to review</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync: receiving…</source>
            <translation>Sync: receiving…</translation>
        </message>
        <message>
            <source>Sync: sending…</source>
            <translation>Sync: sending…</translation>
        </message>
        <message>
            <source>Sync ready</source>
            <translation>Sync ready</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Synced %1</translation>
        </message>
        <message>
            <source>Offline – sync tries again later</source>
            <translation>Offline – sync tries again later</translation>
        </message>
        <message>
            <source>Sync tries again later</source>
            <translation>Sync tries again later</translation>
        </message>
        <message>
            <source>Sync stopped</source>
            <translation>Sync stopped</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Time and enjoyment over the last 12 months</source>
            <translation>Time and enjoyment over the last 12 months</translation>
        </message>
        <message>
            <source>Time invested</source>
            <translation>Time invested</translation>
        </message>
        <message>
            <source>Average enjoyment</source>
            <translation>Average enjoyment</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Enjoyment (1–5)</source>
            <translation>Enjoyment (1–5)</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock Kontaktbuch</source>
            <translation>Unlock Kontaktbuch</translation>
        </message>
        <message>
            <source>Your journal is encrypted. Enter its passphrase to open it.</source>
            <translation>Your journal is encrypted. Enter its passphrase to open it.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Remember it in the system keyring</source>
            <translation>&amp;Remember it in the system keyring</translation>
        </message>
        <message>
            <source>Then Kontaktbuch opens without asking while you are logged in to this computer.</source>
            <translation>Then Kontaktbuch opens without asking while you are logged in to this computer.</translation>
        </message>
        <message>
            <source>There is no system keyring on this computer.</source>
            <translation>There is no system keyring on this computer.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
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
        <name>WhenEdit</name>
        <message>
            <source>not a date</source>
            <translation>not a date</translation>
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
            <source>read an encrypted journal's passphrase from the first line of standard input (or set KONTAKTBUCH_PASSPHRASE)</source>
            <translation>read an encrypted journal's passphrase from the first line of standard input (or set KONTAKTBUCH_PASSPHRASE)</translation>
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
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
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
            <source>GOAL</source>
            <translation>GOAL</translation>
        </message>
        <message>
            <source>an active goal the conversation served, by its title (repeatable)</source>
            <translation>an active goal the conversation served, by its title (repeatable)</translation>
        </message>
        <message>
            <source>when it took place (26.11.2026 18:30, 26.11. 18:30, 2026-11-26; default: now)</source>
            <translation>when it took place (26.11.2026 18:30, 26.11. 18:30, 2026-11-26; default: now)</translation>
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
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>No active goal is called “%1”. Did you mean: %2?</source>
            <translation>No active goal is called “%1”. Did you mean: %2?</translation>
        </message>
        <message>
            <source>No active goal is called “%1”.</source>
            <translation>No active goal is called “%1”.</translation>
        </message>
        <message>
            <source>Active goals: %1</source>
            <translation>Active goals: %1</translation>
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
            <source>The reflection's stored figures did not match the journal; they have been counted again (%1).</source>
            <translation>The reflection's stored figures did not match the journal; they have been counted again (%1).</translation>
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
            <source>Restored from %1. The damaged journal was kept as %2.</source>
            <translation>Restored from %1. The damaged journal was kept as %2.</translation>
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
        <message>
            <source>a number of days from 0 to 366</source>
            <translation>a number of days from 0 to 366</translation>
        </message>
        <message>
            <source>list the reminders that are due (and coming up)</source>
            <translation>list the reminders that are due (and coming up)</translation>
        </message>
        <message>
            <source>also list what becomes due within N days</source>
            <translation>also list what becomes due within N days</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Nothing is due.</translation>
        </message>
        <message numerus="yes">
            <source>Due (%n):</source>
            <translation>
                <numerusform>Due (%n):</numerusform>
                <numerusform>Due (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Coming up within %n day(s):</source>
            <translation>
                <numerusform>Coming up within %n day:</numerusform>
                <numerusform>Coming up within %n days:</numerusform>
            </translation>
        </message>
        <message>
            <source>import contacts (vCard, LinkedIn) or a full archive</source>
            <translation>import contacts (vCard, LinkedIn) or a full archive</translation>
        </message>
        <message>
            <source>the file (for vCards also a folder)</source>
            <translation>the file (for vCards also a folder)</translation>
        </message>
        <message>
            <source>show what would happen without changing anything</source>
            <translation>show what would happen without changing anything</translation>
        </message>
        <message>
            <source>what to do with people already in the journal: merge, keep both, skip</source>
            <translation>what to do with people already in the journal: merge, keep both, skip</translation>
        </message>
        <message>
            <source>restore an archive over existing data without asking</source>
            <translation>restore an archive over existing data without asking</translation>
        </message>
        <message>
            <source>export contacts, a full archive, a calendar or a CSV</source>
            <translation>export contacts, a full archive, a calendar or a CSV</translation>
        </message>
        <message>
            <source>where to write it</source>
            <translation>where to write it</translation>
        </message>
        <message>
            <source>vCard version (3.0 for older programs)</source>
            <translation>vCard version (3.0 for older programs)</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Possible duplicate: %1 (%2) matches %3 by %4 → %5</source>
            <translation>Possible duplicate: %1 (%2) matches %3 by %4 → %5</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>%1 new, %2 merged, %3 skipped.</source>
            <translation>%1 new, %2 merged, %3 skipped.</translation>
        </message>
        <message>
            <source>Dry run, nothing was changed: %1</source>
            <translation>Dry run, nothing was changed: %1</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>keep both</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>skip</translation>
        </message>
        <message>
            <source>Dry run, nothing was changed: the archive holds %1 entries.</source>
            <translation>Dry run, nothing was changed: the archive holds %1 entries.</translation>
        </message>
        <message>
            <source>The journal already holds data. Restoring the archive replaces all of it; a backup is taken first. Run again with --yes to do that.</source>
            <translation>The journal already holds data. Restoring the archive replaces all of it; a backup is taken first. Run again with --yes to do that.</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation>Restoring</translation>
        </message>
        <message>
            <source>Archive restored: %1 entries.</source>
            <translation>Archive restored: %1 entries.</translation>
        </message>
        <message>
            <source>The previous state was saved as %1.</source>
            <translation>The previous state was saved as %1.</translation>
        </message>
        <message>
            <source>The journal already holds data. Replace all of it with the archive? [y/N] </source>
            <translation>The journal already holds data. Replace all of it with the archive? [y/N] </translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
        <message>
            <source>%1 contacts written to %2.</source>
            <translation>%1 contacts written to %2.</translation>
        </message>
        <message>
            <source>Archive with %1 entries written to %2.</source>
            <translation>Archive with %1 entries written to %2.</translation>
        </message>
        <message>
            <source>%1 calendar entries written to %2.</source>
            <translation>%1 calendar entries written to %2.</translation>
        </message>
        <message>
            <source>%1 rows written to %2.</source>
            <translation>%1 rows written to %2.</translation>
        </message>
        <message>
            <source>show the reflection panel's figures for a period</source>
            <translation>show the reflection panel's figures for a period</translation>
        </message>
        <message>
            <source>Time, goals, networks, channels, outcomes, enjoyment and findings of a period beside the period before. Without a period: this month.</source>
            <translation>Time, goals, networks, channels, outcomes, enjoyment and findings of a period beside the period before. Without a period: this month.</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>PERIOD</translation>
        </message>
        <message>
            <source>a month 2026-10, a week 2026-W43, a quarter 2026-Q3 or a year 2026</source>
            <translation>a month 2026-10, a week 2026-W43, a quarter 2026-Q3 or a year 2026</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>first day of a custom range (YYYY-MM-DD)</source>
            <translation>first day of a custom range (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>last day of a custom range (YYYY-MM-DD, default: today)</source>
            <translation>last day of a custom range (YYYY-MM-DD, default: today)</translation>
        </message>
        <message>
            <source>Not a date: %1. Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
            <translation>Not a date: %1. Write dates as YYYY-MM-DD, e.g. 2026-03-31.</translation>
        </message>
        <message>
            <source>--to needs --from: give the first day of the range too, e.g. --from 2026-01-01 --to 2026-03-31.</source>
            <translation>--to needs --from: give the first day of the range too, e.g. --from 2026-01-01 --to 2026-03-31.</translation>
        </message>
        <message>
            <source>The range ends before it starts: --to is before --from.</source>
            <translation>The range ends before it starts: --to is before --from.</translation>
        </message>
        <message>
            <source>This period is too far in the past or the future: it, the period before it and the twelve months up to its end must lie between the years 1 and 9999.</source>
            <translation>This period is too far in the past or the future: it, the period before it and the twelve months up to its end must lie between the years 1 and 9999.</translation>
        </message>
        <message>
            <source>Not a period I know. Use a month like 2026-10, a week like 2026-W43, a quarter like 2026-Q3, a year like 2026, or --from 2026-01-01 --to 2026-03-31.</source>
            <translation>Not a period I know. Use a month like 2026-10, a week like 2026-W43, a quarter like 2026-Q3, a year like 2026, or --from 2026-01-01 --to 2026-03-31.</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(nothing)</translation>
        </message>
        <message>
            <source>Reflection %1 (%2), compared with %3</source>
            <translation>Reflection %1 (%2), compared with %3</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Enjoyment</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Outcomes by kind</source>
            <translation>Outcomes by kind</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Where to start</source>
            <translation>Where to start</translation>
        </message>
        <message>
            <source>Log your conversations: kontaktbuch log --with NAME --minutes 30 --enjoyment 4 (or Ctrl+L in the window).</source>
            <translation>Log your conversations: kontaktbuch log --with NAME --minutes 30 --enjoyment 4 (or Ctrl+L in the window).</translation>
        </message>
        <message>
            <source>Set a goal with a time budget in the window (Goals), so the figures can tell whether the time fits.</source>
            <translation>Set a goal with a time budget in the window (Goals), so the figures can tell whether the time fits.</translation>
        </message>
        <message>
            <source>a number from 1 to 10000</source>
            <translation>a number from 1 to 10000</translation>
        </message>
        <message>
            <source>list who could help whom: where a seek meets an offer</source>
            <translation>list who could help whom: where a seek meets an offer</translation>
        </message>
        <message>
            <source>at most N proposals (default 50)</source>
            <translation>at most N proposals (default 50)</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>never propose this pair again</source>
            <translation>never propose this pair again</translation>
        </message>
        <message>
            <source>propose this pair again later</source>
            <translation>propose this pair again later</translation>
        </message>
        <message>
            <source>log the introduction on both contacts, with follow-ups</source>
            <translation>log the introduction on both contacts, with follow-ups</translation>
        </message>
        <message>
            <source>the proposal's ID</source>
            <translation>the proposal's ID</translation>
        </message>
        <message>
            <source>No proposals: nobody seeks what another offers.</source>
            <translation>No proposals: nobody seeks what another offers.</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s):</source>
            <translation>
                <numerusform>%n proposal:</numerusform>
                <numerusform>%n proposals:</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” is not a proposal's ID (such as 12-34 or me-34).</source>
            <translation>“%1” is not a proposal's ID (such as 12-34 or me-34).</translation>
        </message>
        <message>
            <source>No contact of the proposal %1 is in the journal.</source>
            <translation>No contact of the proposal %1 is in the journal.</translation>
        </message>
        <message>
            <source>Dismissed: %1 will not be proposed again.</source>
            <translation>Dismissed: %1 will not be proposed again.</translation>
        </message>
        <message>
            <source>Postponed: %1 comes back on %2.</source>
            <translation>Postponed: %1 comes back on %2.</translation>
        </message>
        <message>
            <source>%1 is not among the open proposals.</source>
            <translation>%1 is not among the open proposals.</translation>
        </message>
        <message>
            <source>Introduction logged, with a follow-up on each side.</source>
            <translation>Introduction logged, with a follow-up on each side.</translation>
        </message>
        <message>
            <source>That passphrase does not open the journal. Try again.</source>
            <translation>That passphrase does not open the journal. Try again.</translation>
        </message>
        <message>
            <source>Passphrase for %1: </source>
            <translation>Passphrase for %1: </translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>New passphrase: </translation>
        </message>
        <message>
            <source>The new passphrase again: </source>
            <translation>The new passphrase again: </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>No new passphrase given: use --passphrase-stdin or the environment variable %1.</source>
            <translation>No new passphrase given: use --passphrase-stdin or the environment variable %1.</translation>
        </message>
        <message>
            <source>A passphrase needs at least %1 characters.</source>
            <translation>A passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>encrypt the journal and its backups with a passphrase</source>
            <translation>encrypt the journal and its backups with a passphrase</translation>
        </message>
        <message>
            <source>turn the encrypted journal and its backups back into plain files</source>
            <translation>turn the encrypted journal and its backups back into plain files</translation>
        </message>
        <message>
            <source>change the passphrase of the encrypted journal and its backups</source>
            <translation>change the passphrase of the encrypted journal and its backups</translation>
        </message>
        <message>
            <source>The journal is now encrypted.</source>
            <translation>The journal is now encrypted.</translation>
        </message>
        <message>
            <source>The journal was already encrypted.</source>
            <translation>The journal was already encrypted.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) encrypted.</source>
            <translation>
                <numerusform>%n backup encrypted.</numerusform>
                <numerusform>%n backups encrypted.</numerusform>
            </translation>
        </message>
        <message>
            <source>The journal is not encrypted.</source>
            <translation>The journal is not encrypted.</translation>
        </message>
        <message>
            <source>The journal is no longer encrypted: anyone who can read its files can read it.</source>
            <translation>The journal is no longer encrypted: anyone who can read its files can read it.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) decrypted.</source>
            <translation>
                <numerusform>%n backup decrypted.</numerusform>
                <numerusform>%n backups decrypted.</numerusform>
            </translation>
        </message>
        <message>
            <source>The journal is not encrypted; 'kontaktbuch encrypt' encrypts it.</source>
            <translation>The journal is not encrypted; 'kontaktbuch encrypt' encrypts it.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>The passphrase was changed.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) re-encrypted.</source>
            <translation>
                <numerusform>%n backup re-encrypted.</numerusform>
                <numerusform>%n backups re-encrypted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep the passphrase safe: without it nobody can open the encrypted journal or its backups — not you, not Kontaktbuch, not anyone. There is no way to recover it.</source>
            <translation>Keep the passphrase safe: without it nobody can open the encrypted journal or its backups — not you, not Kontaktbuch, not anyone. There is no way to recover it.</translation>
        </message>
        <message>
            <source>These backups were left as they were (made with another passphrase, or damaged):</source>
            <translation>These backups were left as they were (made with another passphrase, or damaged):</translation>
        </message>
        <message>
            <source>These damaged journals, kept for rescue, are still plain; delete them if you no longer need them:</source>
            <translation>These damaged journals, kept for rescue, are still plain; delete them if you no longer need them:</translation>
        </message>
        <message>
            <source>sync with your own CardDAV/CalDAV server (see docs/sync.md)</source>
            <translation>sync with your own CardDAV/CalDAV server (see docs/sync.md)</translation>
        </message>
        <message>
            <source>show what would go up and come down, without changing anything</source>
            <translation>show what would go up and come down, without changing anything</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>read the password from standard input</translation>
        </message>
        <message>
            <source>set up sync with a server</source>
            <translation>set up sync with a server</translation>
        </message>
        <message>
            <source>the server's address (https://…)</source>
            <translation>the server's address (https://…)</translation>
        </message>
        <message>
            <source>your user name there</source>
            <translation>your user name there</translation>
        </message>
        <message>
            <source>create the address book and calendars when missing</source>
            <translation>create the address book and calendars when missing</translation>
        </message>
        <message>
            <source>a CA certificate file for a server with its own certificates</source>
            <translation>a CA certificate file for a server with its own certificates</translation>
        </message>
        <message>
            <source>ROLE=URL</source>
            <translation>ROLE=URL</translation>
        </message>
        <message>
            <source>use this collection for a role (contacts, events, tasks, journal, internal)</source>
            <translation>use this collection for a role (contacts, events, tasks, journal, internal)</translation>
        </message>
        <message>
            <source>show how sync stands</source>
            <translation>show how sync stands</translation>
        </message>
        <message>
            <source>Password for %1 at %2: </source>
            <translation>Password for %1 at %2: </translation>
        </message>
        <message>
            <source>Not a role=URL pair: %1</source>
            <translation>Not a role=URL pair: %1</translation>
        </message>
        <message>
            <source>Sync is set up with %1.</source>
            <translation>Sync is set up with %1.</translation>
        </message>
        <message>
            <source>The password is kept in the system keyring.</source>
            <translation>The password is kept in the system keyring.</translation>
        </message>
        <message>
            <source>There is no system keyring here: give the password at each sync (asked, --password-stdin or KONTAKTBUCH_SYNC_PASSWORD).</source>
            <translation>There is no system keyring here: give the password at each sync (asked, --password-stdin or KONTAKTBUCH_SYNC_PASSWORD).</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed.</source>
            <translation>Dry run: nothing was changed.</translation>
        </message>
        <message>
            <source>Up: %1</source>
            <translation>Up: %1</translation>
        </message>
        <message>
            <source>Down: %1</source>
            <translation>Down: %1</translation>
        </message>
        <message>
            <source>Deleted: %1</source>
            <translation>Deleted: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new name(s) from other devices to review in the window.</source>
            <translation>
                <numerusform>%n new name from other devices to review in the window.</numerusform>
                <numerusform>%n new names from other devices to review in the window.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict: %1 %2 – here: %3, there: %4</source>
            <translation>Conflict: %1 %2 – here: %3, there: %4</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Skipped: %1</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Sync is not set up.</source>
            <translation>Sync is not set up.</translation>
        </message>
        <message>
            <source>Synced with %1 as %2.</source>
            <translation>Synced with %1 as %2.</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Waiting to go up: %1</source>
            <translation>Waiting to go up: %1</translation>
        </message>
        <message>
            <source>Conflicts to resolve: %1</source>
            <translation>Conflicts to resolve: %1</translation>
        </message>
        <message>
            <source>Names to review: %1</source>
            <translation>Names to review: %1</translation>
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
        <name>exchange</name>
        <message>
            <source>card %1, line %2</source>
            <translation>card %1, line %2</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>card %1</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>the file cannot be read</translation>
        </message>
        <message>
            <source>this is not a vCard file</source>
            <translation>this is not a vCard file</translation>
        </message>
        <message>
            <source>this is not a CSV file</source>
            <translation>this is not a CSV file</translation>
        </message>
        <message>
            <source>this entry cannot be read</source>
            <translation>this entry cannot be read</translation>
        </message>
        <message>
            <source>no header line with “First Name” and “Last Name” was found (is it LinkedIn’s Connections.csv?)</source>
            <translation>no header line with “First Name” and “Last Name” was found (is it LinkedIn’s Connections.csv?)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>no vCard (.vcf file) was found in this folder</source>
            <translation>no vCard (.vcf file) was found in this folder</translation>
        </message>
        <message>
            <source>this is not a regular file (but a pipe, a device or a folder); only regular files and folders of them are read</source>
            <translation>this is not a regular file (but a pipe, a device or a folder); only regular files and folders of them are read</translation>
        </message>
        <message>
            <source>the file is larger than %3 MiB, more than any export of its kind</source>
            <translation>the file is larger than %3 MiB, more than any export of its kind</translation>
        </message>
        <message>
            <source>a value is longer than the journal keeps (a name 200 characters, a title or an entry 300, a text 100,000)</source>
            <translation>a value is longer than the journal keeps (a name 200 characters, a title or an entry 300, a text 100,000)</translation>
        </message>
        <message>
            <source>this is not a Kontaktbuch archive</source>
            <translation>this is not a Kontaktbuch archive</translation>
        </message>
        <message>
            <source>the archive was written by a newer Kontaktbuch; please update Kontaktbuch</source>
            <translation>the archive was written by a newer Kontaktbuch; please update Kontaktbuch</translation>
        </message>
        <message>
            <source>the archive holds a value that does not fit</source>
            <translation>the archive holds a value that does not fit</translation>
        </message>
        <message>
            <source>the journal already holds data</source>
            <translation>the journal already holds data</translation>
        </message>
        <message>
            <source>the file cannot be used</source>
            <translation>the file cannot be used</translation>
        </message>
        <message>
            <source>the disk is full; nothing was written</source>
            <translation>the disk is full; nothing was written</translation>
        </message>
        <message>
            <source>the disk can only be read</source>
            <translation>the disk can only be read</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>the folder is read-only</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>the file is read-only</translation>
        </message>
        <message>
            <source>you have no permission for it</source>
            <translation>you have no permission for it</translation>
        </message>
        <message>
            <source>this is a link, a folder or a device; Kontaktbuch writes only to regular files or new names</source>
            <translation>this is a link, a folder or a device; Kontaktbuch writes only to regular files or new names</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>the disk reported an error</translation>
        </message>
        <message>
            <source>the file cannot be written</source>
            <translation>the file cannot be written</translation>
        </message>
        <message>
            <source>%1: control characters (such as a NUL byte) were removed.</source>
            <translation>%1: control characters (such as a NUL byte) were removed.</translation>
        </message>
        <message>
            <source>%1: the file is empty and was skipped.</source>
            <translation>%1: the file is empty and was skipped.</translation>
        </message>
        <message>
            <source>%1: not a regular file (a pipe or a device); skipped.</source>
            <translation>%1: not a regular file (a pipe or a device); skipped.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>a card begins before the previous one ended</source>
            <translation>a card begins before the previous one ended</translation>
        </message>
        <message>
            <source>a card ends that never began</source>
            <translation>a card ends that never began</translation>
        </message>
        <message>
            <source>text between two cards</source>
            <translation>text between two cards</translation>
        </message>
        <message>
            <source>the card does not end</source>
            <translation>the card does not end</translation>
        </message>
        <message>
            <source>a line without “:”</source>
            <translation>a line without “:”</translation>
        </message>
        <message>
            <source>%1: the photo was not imported.</source>
            <translation>%1: the photo was not imported.</translation>
        </message>
        <message>
            <source>%1: an entry without a name was skipped.</source>
            <translation>%1: an entry without a name was skipped.</translation>
        </message>
        <message>
            <source>%1: “%2” is not an e-mail address and was left out.</source>
            <translation>%1: “%2” is not an e-mail address and was left out.</translation>
        </message>
        <message>
            <source>%1: the birthday “%2” could not be read and was left out.</source>
            <translation>%1: the birthday “%2” could not be read and was left out.</translation>
        </message>
        <message>
            <source>%1: the date “%2” could not be read.</source>
            <translation>%1: the date “%2” could not be read.</translation>
        </message>
        <message>
            <source>%1: a card without any name was skipped.</source>
            <translation>%1: a card without any name was skipped.</translation>
        </message>
        <message>
            <source>%1: the related person “%2” is not in the journal; left out.</source>
            <translation>%1: the related person “%2” is not in the journal; left out.</translation>
        </message>
        <message>
            <source>%1: the same person as “%2” earlier in the file; both were combined.</source>
            <translation>%1: the same person as “%2” earlier in the file; both were combined.</translation>
        </message>
    </context>
    <context>
        <name>exchange_ui</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <source>Log conversations (quick capture)</source>
            <translation>Log conversations (quick capture)</translation>
        </message>
        <message>
            <source>Quick capture: the next conversation</source>
            <translation>Quick capture: the next conversation</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Quick capture: save all conversations</source>
            <translation>Quick capture: save all conversations</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Quick capture: from the event on to the first conversation</source>
            <translation>Quick capture: from the event on to the first conversation</translation>
        </message>
        <message>
            <source>In a view: a new contact, event, network or goal</source>
            <translation>In a view: a new contact, event, network or goal</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Search everything</translation>
        </message>
        <message>
            <source>Filter the list</source>
            <translation>Filter the list</translation>
        </message>
        <message>
            <source>Save the open item</source>
            <translation>Save the open item</translation>
        </message>
        <message>
            <source>Mark a follow-up or reminder done</source>
            <translation>Mark a follow-up or reminder done</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&lt;p&gt;Kontaktbuch keeps your contacts, networks, events, conversations and goals in one place, on this computer.&lt;/p&gt;&lt;p&gt;Keyboard shortcuts:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kontaktbuch keeps your contacts, networks, events, conversations and goals in one place, on this computer.&lt;/p&gt;&lt;p&gt;Keyboard shortcuts:&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>input</name>
        <message>
            <source>A name</source>
            <translation>A name</translation>
        </message>
        <message>
            <source>The people</source>
            <translation>The people</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>The title</translation>
        </message>
        <message>
            <source>The event's title</source>
            <translation>The event's title</translation>
        </message>
        <message>
            <source>The notes</source>
            <translation>The notes</translation>
        </message>
        <message>
            <source>“Offers”</source>
            <translation>“Offers”</translation>
        </message>
        <message>
            <source>“Seeks”</source>
            <translation>“Seeks”</translation>
        </message>
        <message>
            <source>An outcome</source>
            <translation>An outcome</translation>
        </message>
        <message>
            <source>A follow-up</source>
            <translation>A follow-up</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>The date</translation>
        </message>
        <message>
            <source>The channel</source>
            <translation>The channel</translation>
        </message>
        <message>
            <source>The minutes</source>
            <translation>The minutes</translation>
        </message>
        <message>
            <source>The enjoyment</source>
            <translation>The enjoyment</translation>
        </message>
        <message>
            <source>The conversations</source>
            <translation>The conversations</translation>
        </message>
        <message>
            <source>The event's duration</source>
            <translation>The event's duration</translation>
        </message>
        <message>
            <source>The travel time</source>
            <translation>The travel time</translation>
        </message>
        <message>
            <source>An entry</source>
            <translation>An entry</translation>
        </message>
        <message>
            <source>%1 is too long: at most %2 characters are kept.</source>
            <translation>%1 is too long: at most %2 characters are kept.</translation>
        </message>
        <message>
            <source>%1 lies outside the dates the journal keeps (%2 to %3).</source>
            <translation>%1 lies outside the dates the journal keeps (%2 to %3).</translation>
        </message>
        <message>
            <source>Say who you talked with: at least one name is needed.</source>
            <translation>Say who you talked with: at least one name is needed.</translation>
        </message>
        <message>
            <source>%1 needs a text.</source>
            <translation>%1 needs a text.</translation>
        </message>
        <message>
            <source>%1 is not valid.</source>
            <translation>%1 is not valid.</translation>
        </message>
    </context>
    <context>
        <name>introductions</name>
        <message>
            <source>Introduced by</source>
            <translation>Introduced by</translation>
        </message>
        <message>
            <source>Introduced</source>
            <translation>Introduced</translation>
        </message>
        <message>
            <source>Works with</source>
            <translation>Works with</translation>
        </message>
        <message>
            <source>Knows</source>
            <translation>Knows</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <source>You seek “%1” – %2 offers “%3”</source>
            <translation>You seek “%1” – %2 offers “%3”</translation>
        </message>
        <message>
            <source>%1 seeks “%2” – you offer “%3”</source>
            <translation>%1 seeks “%2” – you offer “%3”</translation>
        </message>
        <message>
            <source>%1 seeks “%2” – %3 offers “%4”</source>
            <translation>%1 seeks “%2” – %3 offers “%4”</translation>
        </message>
        <message>
            <source>Ask %1 about: %2</source>
            <translation>Ask %1 about: %2</translation>
        </message>
        <message>
            <source>Offer %1: %2</source>
            <translation>Offer %1: %2</translation>
        </message>
        <message>
            <source>Introduced %1 and %2 to each other (%3)</source>
            <translation>Introduced %1 and %2 to each other (%3)</translation>
        </message>
        <message>
            <source>Introduction: %1 and %2 – %3</source>
            <translation>Introduction: %1 and %2 – %3</translation>
        </message>
        <message>
            <source>Ask %1 how the introduction to %2 went</source>
            <translation>Ask %1 how the introduction to %2 went</translation>
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
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>profile link</source>
            <translation>profile link</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>similar name</translation>
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
            <translation>No backup was found.</translation>
        </message>
        <message>
            <source>The journal %1 was saved by a newer version of Kontaktbuch (schema %2; this version knows up to %3). Please update Kontaktbuch. The file has not been changed.</source>
            <translation>The journal %1 was saved by a newer version of Kontaktbuch (schema %2; this version knows up to %3). Please update Kontaktbuch. The file has not been changed.</translation>
        </message>
        <message>
            <source>The journal file %1 is damaged or is not a Kontaktbuch database. It has not been changed.</source>
            <translation>The journal file %1 is damaged or is not a Kontaktbuch database. It has not been changed.</translation>
        </message>
        <message>
            <source>The newest backup is %1. You can restore it from there; the damaged file is kept beside it, not deleted.</source>
            <translation>The newest backup is %1. You can restore it from there; the damaged file is kept beside it, not deleted.</translation>
        </message>
        <message>
            <source>%1 could not be used.</source>
            <translation>%1 could not be used.</translation>
        </message>
        <message>
            <source>The disk holding %1 is full. Free some space and try again. Nothing was saved half; what was there before is unchanged.</source>
            <translation>The disk holding %1 is full. Free some space and try again. Nothing was saved half; what was there before is unchanged.</translation>
        </message>
        <message>
            <source>%1 lies on a disk that can only be read (mounted read-only). Kontaktbuch can show it but not change it. To make changes, mount the disk writable or move the data folder.</source>
            <translation>%1 lies on a disk that can only be read (mounted read-only). Kontaktbuch can show it but not change it. To make changes, mount the disk writable or move the data folder.</translation>
        </message>
        <message>
            <source>The folder of %1 is read-only. Kontaktbuch can show the journal but cannot save changes or backups there. To make changes, make the folder writable again (for example chmod u+w).</source>
            <translation>The folder of %1 is read-only. Kontaktbuch can show the journal but cannot save changes or backups there. To make changes, make the folder writable again (for example chmod u+w).</translation>
        </message>
        <message>
            <source>%1 is read-only. Kontaktbuch can show it but does not change it, and does not make it writable on its own. To make changes, make the file writable again (for example chmod u+w).</source>
            <translation>%1 is read-only. Kontaktbuch can show it but does not change it, and does not make it writable on its own. To make changes, make the file writable again (for example chmod u+w).</translation>
        </message>
        <message>
            <source>You have no permission to use %1. Check who owns the file and its folder, and their permissions. Nothing was changed.</source>
            <translation>You have no permission to use %1. Check who owns the file and its folder, and their permissions. Nothing was changed.</translation>
        </message>
        <message>
            <source>Another program is writing to %1 and did not finish within %2 seconds. Nothing was changed. Try again in a moment; if it keeps happening, close the other programs that have the journal open.</source>
            <translation>Another program is writing to %1 and did not finish within %2 seconds. Nothing was changed. Try again in a moment; if it keeps happening, close the other programs that have the journal open.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (but a link, a folder, a device or a pipe). Kontaktbuch only reads regular files and only writes to regular files or new names. Nothing was changed.</source>
            <translation>%1 is not a regular file (but a link, a folder, a device or a pipe). Kontaktbuch only reads regular files and only writes to regular files or new names. Nothing was changed.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading or writing %1. Nothing was changed. Check the disk, and keep your backups safe.</source>
            <translation>The disk reported an error while reading or writing %1. Nothing was changed. Check the disk, and keep your backups safe.</translation>
        </message>
        <message>
            <source>%1 could not be read or written. Nothing was changed.</source>
            <translation>%1 could not be read or written. Nothing was changed.</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>the file cannot be read</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>it is not a regular file</translation>
        </message>
        <message>
            <source>it is not a database file</source>
            <translation>it is not a database file</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>the file is damaged</translation>
        </message>
        <message>
            <source>it was made by a newer version of Kontaktbuch; please update</source>
            <translation>it was made by a newer version of Kontaktbuch; please update</translation>
        </message>
        <message>
            <source>it is a database, but not a Kontaktbuch journal</source>
            <translation>it is a database, but not a Kontaktbuch journal</translation>
        </message>
        <message>
            <source>the check failed</source>
            <translation>the check failed</translation>
        </message>
        <message>
            <source>%1 is not a usable Kontaktbuch backup: %2. Nothing was changed.</source>
            <translation>%1 is not a usable Kontaktbuch backup: %2. Nothing was changed.</translation>
        </message>
        <message>
            <source>The passphrase does not open %1. Nothing was changed.</source>
            <translation>The passphrase does not open %1. Nothing was changed.</translation>
        </message>
        <message>
            <source>If you are sure it is right, the file may be damaged; the newest backup is %1.</source>
            <translation>If you are sure it is right, the file may be damaged; the newest backup is %1.</translation>
        </message>
        <message>
            <source>%1 is encrypted. Give its passphrase as the first line of standard input with --passphrase-stdin, or in the environment variable KONTAKTBUCH_PASSPHRASE.</source>
            <translation>%1 is encrypted. Give its passphrase as the first line of standard input with --passphrase-stdin, or in the environment variable KONTAKTBUCH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>%1 is open in Kontaktbuch's window or in another command. Close it and try again. Nothing was changed.</source>
            <translation>%1 is open in Kontaktbuch's window or in another command. Close it and try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>Encryption is not available in this installation (%1). Install the Python package sqlcipher3.</source>
            <translation>Encryption is not available in this installation (%1). Install the Python package sqlcipher3.</translation>
        </message>
    </context>
    <context>
        <name>reflection</name>
        <message>
            <source>What did networking bring for my goals?</source>
            <translation>What did networking bring for my goals?</translation>
        </message>
        <message>
            <source>Does the time fit what these goals are worth to me?</source>
            <translation>Does the time fit what these goals are worth to me?</translation>
        </message>
        <message>
            <source>What did I enjoy, and what did I force myself to do?</source>
            <translation>What did I enjoy, and what did I force myself to do?</translation>
        </message>
        <message>
            <source>What did I give, and what did I receive?</source>
            <translation>What did I give, and what did I receive?</translation>
        </message>
        <message>
            <source>What will I do more, less or differently?</source>
            <translation>What will I do more, less or differently?</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Last quarter</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 of 5</translation>
        </message>
        <message>
            <source>Week %1, %2</source>
            <translation>Week %1, %2</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <source>No network</source>
            <translation>No network</translation>
        </message>
        <message>
            <source>At events</source>
            <translation>At events</translation>
        </message>
        <message>
            <source>target: %1 a week</source>
            <translation>target: %1 a week</translation>
        </message>
        <message>
            <source>target: %1 a month</source>
            <translation>target: %1 a month</translation>
        </message>
        <message>
            <source>target: %1 a quarter</source>
            <translation>target: %1 a quarter</translation>
        </message>
        <message>
            <source>target: %1 a year</source>
            <translation>target: %1 a year</translation>
        </message>
        <message>
            <source>%1 a week</source>
            <translation>%1 a week</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>%1 a month</translation>
        </message>
        <message>
            <source>%1 a quarter</source>
            <translation>%1 a quarter</translation>
        </message>
        <message>
            <source>%1 a year</source>
            <translation>%1 a year</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n conversation(s)</source>
            <translation>
                <numerusform>%1 of %n conversation</numerusform>
                <numerusform>%1 of %n conversations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n new contact(s)</source>
            <translation>
                <numerusform>%1 of %n new contact</numerusform>
                <numerusform>%1 of %n new contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n outcome(s)</source>
            <translation>
                <numerusform>%1 of %n outcome</numerusform>
                <numerusform>%1 of %n outcomes</numerusform>
            </translation>
        </message>
        <message>
            <source>not begun yet</source>
            <translation>not begun yet</translation>
        </message>
        <message>
            <source>up to today, day %1 of %2</source>
            <translation>up to today, day %1 of %2</translation>
        </message>
        <message>
            <source>Budget: %1</source>
            <translation>Budget: %1</translation>
        </message>
        <message>
            <source>Counts from %1</source>
            <translation>Counts from %1</translation>
        </message>
        <message>
            <source>A conversation counts for each network its contacts belong to, so the shares can add up to more than 100 %.</source>
            <translation>A conversation counts for each network its contacts belong to, so the shares can add up to more than 100 %.</translation>
        </message>
        <message>
            <source>%1 took %2 of your time, brought no outcome and felt like %3. Is %1 still worth it for you?</source>
            <translation>%1 took %2 of your time, brought no outcome and felt like %3. Is %1 still worth it for you?</translation>
        </message>
        <message>
            <source>Outcomes: %1 · new contacts: %2 · follow-ups done: %3</source>
            <translation>Outcomes: %1 · new contacts: %2 · follow-ups done: %3</translation>
        </message>
        <message>
            <source>%1 in total, %2 for your goals, %3 without a goal</source>
            <translation>%1 in total, %2 for your goals, %3 without a goal</translation>
        </message>
        <message>
            <source>Nothing rated in this period.</source>
            <translation>Nothing rated in this period.</translation>
        </message>
        <message>
            <source>Average %1 · most enjoyed: %2 (%3) · least: %4 (%5)</source>
            <translation>Average %1 · most enjoyed: %2 (%3) · least: %4 (%5)</translation>
        </message>
        <message>
            <source>%1 of %2 × %3</source>
            <translation>%1 of %2 × %3</translation>
        </message>
        <message numerus="yes">
            <source>%1 took %2 of your time, brought %n outcome(s) and felt like %3. Is %1 still worth it for you?</source>
            <translation>
                <numerusform>%1 took %2 of your time, brought %n outcome and felt like %3. Is %1 still worth it for you?</numerusform>
                <numerusform>%1 took %2 of your time, brought %n outcomes and felt like %3. Is %1 still worth it for you?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 took %2 of your time but brought no outcome. What do you expect from %1?</source>
            <translation>%1 took %2 of your time but brought no outcome. What do you expect from %1?</translation>
        </message>
        <message numerus="yes">
            <source>%1 felt good (%2) and brought %n outcome(s) in little time. Would more time there be worth it?</source>
            <translation>
                <numerusform>%1 felt good (%2) and brought %n outcome in little time. Would more time there be worth it?</numerusform>
                <numerusform>%1 felt good (%2) and brought %n outcomes in little time. Would more time there be worth it?</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing served your goal “%1” in this period. Is it still important to you?</source>
            <translation>Nothing served your goal “%1” in this period. Is it still important to you?</translation>
        </message>
        <message>
            <source>You spent %2 on “%1”, more than its budget of %3. Is it worth that much to you?</source>
            <translation>You spent %2 on “%1”, more than its budget of %3. Is it worth that much to you?</translation>
        </message>
        <message>
            <source>“%1” got %2 of its budget of %3. Is the goal still yours – or is the budget too large?</source>
            <translation>“%1” got %2 of its budget of %3. Is the goal still yours – or is the budget too large?</translation>
        </message>
        <message>
            <source>%1 of your time (%2) served no goal. What did it bring you – or is a goal missing?</source>
            <translation>%1 of your time (%2) served no goal. What did it bring you – or is a goal missing?</translation>
        </message>
        <message numerus="yes">
            <source>Your enjoyment has fallen over the last %n periods, from %1 to %2. What has changed?</source>
            <translation>
                <numerusform>Your enjoyment has fallen over the last %n periods, from %1 to %2. What has changed?</numerusform>
                <numerusform>Your enjoyment has fallen over the last %n periods, from %1 to %2. What has changed?</numerusform>
            </translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Total time</translation>
        </message>
        <message>
            <source>Time serving goals</source>
            <translation>Time serving goals</translation>
        </message>
        <message>
            <source>Time without a goal</source>
            <translation>Time without a goal</translation>
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
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation>New contacts</translation>
        </message>
        <message>
            <source>Follow-ups done</source>
            <translation>Follow-ups done</translation>
        </message>
        <message>
            <source>Follow-ups still open</source>
            <translation>Follow-ups still open</translation>
        </message>
        <message>
            <source>Average enjoyment</source>
            <translation>Average enjoyment</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Keep in touch</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>Birthdays</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Get in touch with %1</source>
            <translation>Get in touch with %1</translation>
        </message>
        <message>
            <source>%1 turns %2</source>
            <translation>%1 turns %2</translation>
        </message>
        <message>
            <source>Birthday of %1</source>
            <translation>Birthday of %1</translation>
        </message>
        <message>
            <source>Time for your weekly reflection</source>
            <translation>Time for your weekly reflection</translation>
        </message>
        <message>
            <source>Time for your monthly reflection</source>
            <translation>Time for your monthly reflection</translation>
        </message>
        <message>
            <source>No contact yet</source>
            <translation>No contact yet</translation>
        </message>
        <message>
            <source>Last contact %1</source>
            <translation>Last contact %1</translation>
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation>Snoozed until %1</translation>
        </message>
        <message>
            <source>Today at %1</source>
            <translation>Today at %1</translation>
        </message>
        <message>
            <source>Tomorrow at %1</source>
            <translation>Tomorrow at %1</translation>
        </message>
        <message numerus="yes">
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Was on %1</source>
            <translation>Was on %1</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>Overdue since %1</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Due tomorrow</source>
            <translation>Due tomorrow</translation>
        </message>
        <message>
            <source>Due on %1</source>
            <translation>Due on %1</translation>
        </message>
        <message>
            <source>Tomorrow: %1</source>
            <translation>Tomorrow: %1</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>Today: %1</translation>
        </message>
        <message>
            <source>Follow up: %1</source>
            <translation>Follow up: %1</translation>
        </message>
        <message>
            <source>Event: %1</source>
            <translation>Event: %1</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Follow-up due</translation>
        </message>
        <message>
            <source>It is time to get in touch with %1.</source>
            <translation>It is time to get in touch with %1.</translation>
        </message>
        <message>
            <source>%1 had a birthday on %2.</source>
            <translation>%1 had a birthday on %2.</translation>
        </message>
        <message>
            <source>%1 turns %2 today.</source>
            <translation>%1 turns %2 today.</translation>
        </message>
        <message>
            <source>%1 has a birthday today.</source>
            <translation>%1 has a birthday today.</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Event tomorrow</source>
            <translation>Event tomorrow</translation>
        </message>
        <message>
            <source>Event today</source>
            <translation>Event today</translation>
        </message>
        <message>
            <source>Time for your reflection: does your networking serve your goals, and do you enjoy it?</source>
            <translation>Time for your reflection: does your networking serve your goals, and do you enjoy it?</translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due</source>
            <translation>
                <numerusform>%n reminder due</numerusform>
                <numerusform>%n reminders due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due</source>
            <translation>
                <numerusform>%n due</numerusform>
                <numerusform>%n due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n coming up</source>
            <translation>
                <numerusform>%n coming up</numerusform>
                <numerusform>%n coming up</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>security</name>
        <message>
            <source>Exports are not encrypted</source>
            <translation>Exports are not encrypted</translation>
        </message>
        <message>
            <source>Your journal is encrypted, but the export will not be: anyone who gets the file can read it. Export anyway?</source>
            <translation>Your journal is encrypted, but the export will not be: anyone who gets the file can read it. Export anyway?</translation>
        </message>
        <message>
            <source>Protect the journal with a passphrase…</source>
            <translation>Protect the journal with a passphrase…</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase – not Kontaktbuch, not its makers, not anyone. Without it your journal and its backups cannot be opened. Keep it somewhere safe.</source>
            <translation>Nobody can recover a forgotten passphrase – not Kontaktbuch, not its makers, not anyone. Without it your journal and its backups cannot be opened. Keep it somewhere safe.</translation>
        </message>
        <message>
            <source>Encrypting the journal and its backups…</source>
            <translation>Encrypting the journal and its backups…</translation>
        </message>
        <message>
            <source>Your journal is now encrypted.</source>
            <translation>Your journal is now encrypted.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>The current passphrase is not right.</translation>
        </message>
        <message>
            <source>Encrypting the journal and its backups anew…</source>
            <translation>Encrypting the journal and its backups anew…</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>The passphrase was changed.</translation>
        </message>
        <message>
            <source>That passphrase is not right.</source>
            <translation>That passphrase is not right.</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>Removing the encryption…</translation>
        </message>
        <message>
            <source>Your journal is no longer encrypted.</source>
            <translation>Your journal is no longer encrypted.</translation>
        </message>
        <message>
            <source>These backups were left as they were (made with another passphrase, or damaged):</source>
            <translation>These backups were left as they were (made with another passphrase, or damaged):</translation>
        </message>
        <message>
            <source>The passphrase remembered in the system keyring no longer opens the journal.</source>
            <translation>The passphrase remembered in the system keyring no longer opens the journal.</translation>
        </message>
        <message numerus="yes">
            <source>That passphrase does not open the journal. Tries left: %n.</source>
            <translation>
                <numerusform>That passphrase does not open the journal. Tries left: %n.</numerusform>
                <numerusform>That passphrase does not open the journal. Tries left: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>The passphrase was wrong three times. Kontaktbuch closes; your journal was not changed.</source>
            <translation>The passphrase was wrong three times. Kontaktbuch closes; your journal was not changed.</translation>
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
        <name>sync</name>
        <message>
            <source>The server did not accept the user name or password. Check them in the settings.</source>
            <translation>The server did not accept the user name or password. Check them in the settings.</translation>
        </message>
        <message>
            <source>The server refused access to the address book or calendar.</source>
            <translation>The server refused access to the address book or calendar.</translation>
        </message>
        <message>
            <source>The address book or calendar is no longer on the server. Set up sync again.</source>
            <translation>The address book or calendar is no longer on the server. Set up sync again.</translation>
        </message>
        <message>
            <source>Something changed on the server during the sync. It will be tried again.</source>
            <translation>Something changed on the server during the sync. It will be tried again.</translation>
        </message>
        <message>
            <source>The server is full. Free some space there.</source>
            <translation>The server is full. Free some space there.</translation>
        </message>
        <message>
            <source>The server has a problem right now. Sync will try again later.</source>
            <translation>The server has a problem right now. Sync will try again later.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Sync will try again later.</source>
            <translation>The server did not answer in time. Sync will try again later.</translation>
        </message>
        <message>
            <source>Offline: the server cannot be reached. Sync will try again later.</source>
            <translation>Offline: the server cannot be reached. Sync will try again later.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. If it uses its own certificate authority, give its CA file in the settings.</source>
            <translation>The server's certificate could not be verified. If it uses its own certificate authority, give its CA file in the settings.</translation>
        </message>
        <message>
            <source>The server sent an answer that cannot be read. Sync will try again later.</source>
            <translation>The server sent an answer that cannot be read. Sync will try again later.</translation>
        </message>
        <message>
            <source>The server did not understand a request.</source>
            <translation>The server did not understand a request.</translation>
        </message>
        <message>
            <source>This is not a server address (it starts with https:// or http://).</source>
            <translation>This is not a server address (it starts with https:// or http://).</translation>
        </message>
        <message>
            <source>No address book or calendar service was found at this address.</source>
            <translation>No address book or calendar service was found at this address.</translation>
        </message>
        <message>
            <source>Sync is not set up. Use “sync setup” or the settings.</source>
            <translation>Sync is not set up. Use “sync setup” or the settings.</translation>
        </message>
        <message>
            <source>No password: give it with --password-stdin or KONTAKTBUCH_SYNC_PASSWORD, or store it in the settings.</source>
            <translation>No password: give it with --password-stdin or KONTAKTBUCH_SYNC_PASSWORD, or store it in the settings.</translation>
        </message>
        <message>
            <source>The server has no Kontaktbuch address book and calendars yet. Create them (--create, or the settings).</source>
            <translation>The server has no Kontaktbuch address book and calendars yet. Create them (--create, or the settings).</translation>
        </message>
        <message>
            <source>Sync was stopped. It goes on from here next time.</source>
            <translation>Sync was stopped. It goes on from here next time.</translation>
        </message>
        <message>
            <source>Sync failed.</source>
            <translation>Sync failed.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n network(s)</source>
            <translation>
                <numerusform>%n network</numerusform>
                <numerusform>%n networks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
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
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n reflection</numerusform>
                <numerusform>%n reflections</numerusform>
            </translation>
        </message>
        <message>
            <source>the figure settings</source>
            <translation>the figure settings</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
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
            <translation>First met</translation>
        </message>
        <message>
            <source>First met at</source>
            <translation>First met at</translation>
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
            <source>Interests</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Keep in touch</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Travel time</source>
            <translation>Travel time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Enjoyment</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
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
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Snoozed until</source>
            <translation>Snoozed until</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Time budget</source>
            <translation>Time budget</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Kontaktbuch</source>
            <translation>Kontaktbuch</translation>
        </message>
        <message>
            <source>Kontaktbuch – events</source>
            <translation>Kontaktbuch – events</translation>
        </message>
        <message>
            <source>Kontaktbuch – follow-ups</source>
            <translation>Kontaktbuch – follow-ups</translation>
        </message>
        <message>
            <source>Kontaktbuch – conversations</source>
            <translation>Kontaktbuch – conversations</translation>
        </message>
        <message>
            <source>Kontaktbuch – internal (do not subscribe)</source>
            <translation>Kontaktbuch – internal (do not subscribe)</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Undo: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Redo: %1</translation>
        </message>
    </context>
    <context>
        <name>verdicts</name>
        <message>
            <source>Keep as it is</source>
            <translation>Keep as it is</translation>
        </message>
        <message>
            <source>Change the budget:</source>
            <translation>Change the budget:</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Drop</translation>
        </message>
        <message>
            <source>Is it worth it to you?</source>
            <translation>Is it worth it to you?</translation>
        </message>
        <message>
            <source>%1 of %2 budget</source>
            <translation>%1 of %2 budget</translation>
        </message>
        <message>
            <source>%1, no budget</source>
            <translation>%1, no budget</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>not rated</translation>
        </message>
        <message>
            <source>enjoyment %1</source>
            <translation>enjoyment %1</translation>
        </message>
        <message>
            <source>keep the goal as it is</source>
            <translation>keep the goal as it is</translation>
        </message>
        <message>
            <source>pause the goal</source>
            <translation>pause the goal</translation>
        </message>
        <message>
            <source>drop the goal</source>
            <translation>drop the goal</translation>
        </message>
        <message>
            <source>go on without a budget</source>
            <translation>go on without a budget</translation>
        </message>
        <message>
            <source>do without a budget (so far %1)</source>
            <translation>do without a budget (so far %1)</translation>
        </message>
        <message>
            <source>set a budget of %1</source>
            <translation>set a budget of %1</translation>
        </message>
        <message>
            <source>halve the budget (%1 → %2)</source>
            <translation>halve the budget (%1 → %2)</translation>
        </message>
        <message>
            <source>double the budget (%1 → %2)</source>
            <translation>double the budget (%1 → %2)</translation>
        </message>
        <message>
            <source>keep the budget of %1</source>
            <translation>keep the budget of %1</translation>
        </message>
        <message>
            <source>change the budget from %1 to %2</source>
            <translation>change the budget from %1 to %2</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a month</comment>
            <translation>In %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a week</comment>
            <translation>In %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a quarter</comment>
            <translation>In %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <comment>a year</comment>
            <translation>In %1</translation>
        </message>
        <message>
            <source>For %1</source>
            <translation>For %1</translation>
        </message>
        <message>
            <source>%1 you wanted to %2.</source>
            <translation>%1 you wanted to %2.</translation>
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
        <message>
            <source>Introductions</source>
            <translation>Introductions</translation>
        </message>
        <message>
            <source>Network graph</source>
            <translation>Network graph</translation>
        </message>
    </context>
</TS>
