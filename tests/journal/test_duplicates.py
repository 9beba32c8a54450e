"""Same person, written differently: umlauts, transliterations, titles, links."""

from __future__ import annotations

import peewee as pw

from kontaktbuch.journal.duplicates import find_matches, normalise_url, possible_duplicates
from kontaktbuch.journal.names import fold, name_key, split_name
from kontaktbuch.store import models as m


def test_fold_and_name_key() -> None:
    assert fold("Müller") == fold("Mueller") == "mueller"
    assert fold("Yıldız") == fold("Yildiz") == "yildiz"
    assert fold("Jörg Schröder") == "joerg schroeder"
    assert name_key("Kemal", "Yıldız, MBA") == name_key("kemal", "Yildiz")
    assert name_key("Lena", "Hoffmann 🌱") == name_key("Lena", "Hoffmann")
    assert split_name("Müller, Anna") == ("Anna", "Müller")
    assert split_name("Anna Maria Müller") == ("Anna Maria", "Müller")


def test_normalise_url() -> None:
    assert normalise_url("https://www.linkedin.com/in/anna/") == normalise_url(
        "http://linkedin.com/in/anna?trk=x"
    )


def test_find_matches_by_email_link_and_name(db: pw.SqliteDatabase) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    m.ContactEmail.create(contact=anna, address="Anna@Example.de")
    kemal = m.Contact.create(first_name="Kemal", last_name="Yıldız")
    m.ContactLink.create(contact=kemal, url="https://www.linkedin.com/in/kemal", kind="linkedin")
    assert find_matches(emails=["anna@example.de"]) == [
        type(find_matches(emails=["anna@example.de"])[0])(anna.id, "email")
    ]
    assert [x.contact_id for x in find_matches("Anna", "Mueller")] == [anna.id]
    assert [x.reason for x in find_matches(urls=["linkedin.com/in/kemal/"])] == ["link"]
    assert [x.contact_id for x in find_matches("Kemal", "Yildiz, MBA")] == [kemal.id]
    assert find_matches("Anna", "Schmidt") == []


def test_possible_duplicates(db: pw.SqliteDatabase) -> None:
    a = m.Contact.create(first_name="Jörg", last_name="Schröder")
    b = m.Contact.create(first_name="Joerg", last_name="Schroeder")
    c = m.Contact.create(first_name="Sophie", last_name="Wagner")
    d = m.Contact.create(first_name="S.", last_name="Wagner")
    m.ContactEmail.create(contact=c, address="sophie@example.org")
    m.ContactEmail.create(contact=d, address="SOPHIE@example.org")
    assert possible_duplicates() == [(a.id, b.id, "name"), (c.id, d.id, "email")]
