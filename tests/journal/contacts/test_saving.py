"""A contact as one piece: saving and loading, invalid input writes nothing, tags."""

from __future__ import annotations

import peewee as pw
import pytest

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal.contacts import ContactData, ContactFilter, Email, Link
from kontaktbuch.store import models as m
from tests.journal.contacts.helpers import NOW
from tests.journal.contacts.helpers import anna as _anna


def test_save_and_load_whole_contact(db: pw.SqliteDatabase) -> None:
    net = m.Network.create(name="VDI", kind="association")
    cid = c.save_contact(_anna(net.id))
    loaded = c.load_contact(cid)
    assert [e.address for e in loaded.emails] == ["anna@example.de", "anna.mueller@example.org"]
    assert loaded.links[0].url == "https://linkedin.com/in/anna-mueller"
    assert loaded.links[0].kind == "linkedin"
    assert loaded.tags == ["Mentor", "Kunde"]
    assert [(ms.network_name, ms.role) for ms in loaded.memberships] == [("VDI", "Vorstand")]
    assert (loaded.birthday_day, loaded.birthday_month, loaded.birthday_year) == (29, 2, None)
    loaded.emails = loaded.emails[1:]
    loaded.tags = ["Kunde"]
    loaded.memberships[0].role = "Mitglied"
    c.save_contact(loaded)
    again = c.load_contact(cid)
    assert [e.address for e in again.emails] == ["anna.mueller@example.org"]
    assert again.tags == ["Kunde"] and again.memberships[0].role == "Mitglied"
    assert c.all_tags() == ["Kunde", "Mentor"]


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (
            {"emails": [Email("ok@example.de"), Email("anna at example")]},
            "emails.1",
            "email_invalid",
        ),
        ({"links": [Link("not a link")]}, "links.0", "url_invalid"),
        ({"birthday_day": 31, "birthday_month": 2}, "birthday", "birthday_invalid"),
        (
            {"birthday_day": 29, "birthday_month": 2, "birthday_year": 1981},
            "birthday",
            "birthday_invalid",
        ),
        ({"birthday_day": 3, "birthday_month": None}, "birthday", "birthday_incomplete"),
        ({"first_name": "", "last_name": "", "organisation": ""}, "name", "name_missing"),
        ({"keep_in_touch_days": -7}, "keep_in_touch", "interval_invalid"),
    ],
)
def test_invalid_contact_writes_nothing(
    db: pw.SqliteDatabase, change: dict[str, object], field: str, code: str
) -> None:
    data = _anna()
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(c.ValidationFailed) as info:
        c.save_contact(data)
    assert info.value.errors[field] == code
    assert m.Contact.select().count() == 0 and m.Tag.select().count() == 0


def test_archive_and_add_tag(db: pw.SqliteDatabase) -> None:
    anna = c.save_contact(ContactData(first_name="Anna"))
    bob = c.save_contact(ContactData(first_name="Bob", tags=["Presse"]))
    c.add_tag([anna, bob], "presse")
    assert c.load_contact(anna).tags == ["Presse"]
    c.set_archived([anna], True)
    assert c.load_contact(anna).archived
    assert c.count_contacts(ContactFilter(), NOW) == 1
