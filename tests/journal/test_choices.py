"""The one list of contacts to pick from, shared by the log's filter and the event editor."""

from __future__ import annotations

import peewee as pw

from kontaktbuch.journal import contacts
from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal.choices import contact_choices
from kontaktbuch.store import models as m


def test_contact_choices_in_the_contact_lists_order(db: pw.SqliteDatabase) -> None:
    zoe = m.Contact.create(first_name="Zoe", last_name="Adler")
    anna = m.Contact.create(prefix="Dr.", first_name="Anna", last_name="Müller")
    bernd = m.Contact.create(first_name="Bernd", last_name="Mueller", organisation="IHK")
    m.ContactEmail.create(contact=bernd, address="b@ihk.example", position=0)
    acme = m.Contact.create(organisation="ACME")
    old = m.Contact.create(first_name="Otto", last_name="Alt", archived=True)

    choices = contact_choices()
    # last name first, folded ("Müller" beside "Mueller"), the title not sorted on;
    # a contact without a name by its organisation
    assert [c.id for c in choices] == [acme.id, zoe.id, anna.id, bernd.id]
    assert [c.label for c in choices] == ["ACME", "Zoe Adler", "Dr. Anna Müller", "Bernd Mueller"]
    assert choices[3].detail == "IHK · b@ihk.example"
    assert [c.id for c in contact_choices(include_archived=True)] == [
        acme.id,
        zoe.id,
        old.id,
        anna.id,
        bernd.id,
    ]
    # one function, whichever package a caller reaches it through
    assert contacts.contact_choices is cv.contact_choices is contact_choices
