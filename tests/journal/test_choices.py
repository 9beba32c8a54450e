"""Items to pick: the one list of contacts (the log's filter, the event editor), completion."""

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


def test_completion_finds_names_organisations_and_emails_as_you_type(
    db: pw.SqliteDatabase,
) -> None:
    joerg = m.Contact.create(first_name="Jörg", last_name="Schröder")
    anna = m.Contact.create(first_name="Anna", last_name="Müller", organisation="IHK München")
    m.ContactEmail.create(contact=anna, address="a.mueller@ihk.example", label="work", position=0)
    hanna = m.Contact.create(first_name="Hanna", last_name="Berg")
    m.Contact.create(first_name="Anna", last_name="Alt", archived=True)
    m.Contact.create(first_name="Rabatt", last_name="100%")

    def ids(text: str) -> list[int]:
        return [c.id for c in cv.complete_contacts(text)]

    assert ids("jorg") == [joerg.id]  # umlauts folded for name words
    assert ids("jör") == [joerg.id]
    assert ids("ihk") == [anna.id]  # organisation and e-mail
    assert ids("mueller@") == [anna.id]
    assert ids("chrö") == [joerg.id]  # inside a name, as before
    # Names starting with the text come first, then names containing it; not archived.
    assert ids("ann") == [anna.id, hanna.id]
    choice = cv.complete_contacts("anna m")[0]
    assert (choice.label, choice.detail) == ("Anna Müller", "IHK München · a.mueller@ihk.example")
    assert ids("0%") and ids("00") and not ids("a%z")  # % is taken literally
    assert ids("") == [] and ids('"*') == []


def test_completion_is_limited(db: pw.SqliteDatabase) -> None:
    for i in range(30):
        m.Contact.create(first_name=f"Kim{i:02d}", last_name="Lee")
    found = cv.complete_contacts("kim", limit=20)
    assert [c.label for c in found] == [f"Kim{i:02d} Lee" for i in range(20)]
