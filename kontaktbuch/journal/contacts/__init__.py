"""Contacts: one contact as a whole, the list, the timeline, deleting with undo.

The package's modules each do one thing:

- :mod:`.records` — :class:`ContactData` (a contact with its e-mails, phones,
  links, tags and memberships) and the rules of a valid contact;
- :mod:`.saving` — reading a whole contact and saving it (checked) in one
  transaction, archiving and tagging several at once;
- :mod:`.writing` — the one write path of a contact's rows, for the editor,
  quick capture and imports;
- :mod:`.listing` — the contact list, sorted, filtered and paged in SQL, and
  contacts' names by id;
- :mod:`.timeline` — what happened with one person, newest first;
- :mod:`.deleting` — deleting contacts with a snapshot that undoes it.

Callers use the package (``from kontaktbuch.journal import contacts``); the
names below are its public interface.
"""

from __future__ import annotations

from kontaktbuch.journal.choices import contact_choices
from kontaktbuch.journal.contact_row import ContactRow
from kontaktbuch.journal.contacts.deleting import delete_contacts, restore, sole_conversations
from kontaktbuch.journal.contacts.listing import (
    PAGE_SIZE,
    SORT_COLUMNS,
    ContactFilter,
    contact_row,
    count_contacts,
    list_contacts,
    names_of,
    network_names,
    position_of,
    total_contacts,
)
from kontaktbuch.journal.contacts.records import (
    INTERVAL_UNITS,
    SCALAR_FIELDS,
    ContactData,
    Email,
    Link,
    MembershipData,
    Phone,
    ValidationFailed,
    birthday_problem,
    clean_tags,
    interval_days,
    interval_parts,
    is_email,
    is_url,
    normalise_link,
    validate,
)
from kontaktbuch.journal.contacts.saving import (
    add_tag,
    all_tags,
    contact_exists,
    load_contact,
    save_contact,
    set_archived,
)
from kontaktbuch.journal.contacts.timeline import TimelineEntry, timeline
from kontaktbuch.journal.contacts.writing import ContactWriter, write_contact
from kontaktbuch.journal.names import display_name
from kontaktbuch.journal.snapshots import NotFound

__all__ = [
    "INTERVAL_UNITS",
    "PAGE_SIZE",
    "SCALAR_FIELDS",
    "SORT_COLUMNS",
    "ContactData",
    "ContactFilter",
    "ContactRow",
    "ContactWriter",
    "Email",
    "Link",
    "MembershipData",
    "NotFound",
    "Phone",
    "TimelineEntry",
    "ValidationFailed",
    "add_tag",
    "all_tags",
    "birthday_problem",
    "clean_tags",
    "contact_choices",
    "contact_exists",
    "contact_row",
    "count_contacts",
    "delete_contacts",
    "display_name",
    "interval_days",
    "interval_parts",
    "is_email",
    "is_url",
    "list_contacts",
    "load_contact",
    "names_of",
    "network_names",
    "normalise_link",
    "position_of",
    "restore",
    "save_contact",
    "set_archived",
    "sole_conversations",
    "timeline",
    "total_contacts",
    "validate",
    "write_contact",
]
