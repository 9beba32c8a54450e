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
            <source>Save</source>
            <translation>Save</translation>
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
            <source>Archived (hidden from the list and reminders)</source>
            <translation>Archived (hidden from the list and reminders)</translation>
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
            <source>O&amp;ffers:</source>
            <translation>O&amp;ffers:</translation>
        </message>
        <message>
            <source>S&amp;eeks:</source>
            <translation>S&amp;eeks:</translation>
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
            <source>Not saved: please correct the marked fields.</source>
            <translation>Not saved: please correct the marked fields.</translation>
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
        <message>
            <source>Delete contacts</source>
            <translation>Delete contacts</translation>
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
        <name>ConversationsView</name>
        <message>
            <source>No conversations yet</source>
            <translation>No conversations yet</translation>
        </message>
        <message>
            <source>The conversation log shows what was said with whom, newest first. After an event, log the evening's conversations in a couple of minutes.</source>
            <translation>The conversation log shows what was said with whom, newest first. After an event, log the evening's conversations in a couple of minutes.</translation>
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
            <source>&amp;Enjoyment:</source>
            <translation>&amp;Enjoyment:</translation>
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
            <source>Save</source>
            <translation>Save</translation>
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
            <source>Not saved: please correct the marked fields.</source>
            <translation>Not saved: please correct the marked fields.</translation>
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
            <extracomment>runs a merge: (kept id, merged-away id, combined contact); the view makes it undoable</extracomment>
            <translation>Merge contacts</translation>
        </message>
        <message>
            <source>Both become one contact. Conversations, events, networks, tags, e-mails, phones, links and follow-ups of both are kept. Which one should stay?</source>
            <translation>Both become one contact. Conversations, events, networks, tags, e-mails, phones, links and follow-ups of both are kept. Which one should stay?</translation>
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
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Where the two differ, keep:</source>
            <translation>Where the two differ, keep:</translation>
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
            <source>Position:</source>
            <translation>Position:</translation>
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
            <source>Birthday:</source>
            <translation>Birthday:</translation>
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
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
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
            <source>Save</source>
            <translation>Save</translation>
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
            <source>Give the network a name.</source>
            <translation>Give the network a name.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>Not saved: please correct the marked fields.</translation>
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
