"""What typed names and event titles mean: folding, similar names, the capture's rules."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m


def test_fold_and_split_names() -> None:
    assert cv.fold_name_for_matching("Jörg  SCHRÖDER") == cv.fold_name_for_matching(
        "joerg schroeder"
    )
    assert cv.fold_name_for_matching("Ayşe") == "ayse"
    assert cv.split_name("Anna Lena Berg") == ("Anna Lena", "Berg")
    assert cv.split_name("Berg, Anna") == ("Anna", "Berg")
    assert cv.split_name("Cher") == ("Cher", "")


def test_similar_names_are_found_before_creating(db: pw.SqliteDatabase) -> None:
    joerg = m.Contact.create(first_name="Jörg", last_name="Schröder")
    m.Contact.create(first_name="Zoe", last_name="Zander")
    assert [c.id for c in cv.similar_contacts("Joerg Schroeder")] == [joerg.id]
    assert [c.id for c in cv.similar_contacts("J. Schröder")] == [joerg.id]
    assert [c.id for c in cv.find_contacts_by_name("jörg schröder")] == [joerg.id]
    assert cv.similar_contacts("Peter Pan") == []


def test_typed_names_are_split_at_commas() -> None:
    assert cv.typed_names(" Anna Müller, Kemal ,, ") == ["Anna Müller", "Kemal"]
    assert cv.typed_names("") == []


def test_a_typed_name_means_one_contact_or_offers_whom_to_choose(db: pw.SqliteDatabase) -> None:
    """The rules quick capture asks the user by: certain, choose among namesakes,
    choose among similar names, or a new contact."""
    anna = m.Contact.create(prefix="Dr.", first_name="Anna", last_name="Müller")
    m.ContactEmail.create(contact=anna, address="anna@ihk.example", position=0)
    kim_a = m.Contact.create(first_name="Kim", last_name="Lee")
    kim_b = m.Contact.create(first_name="Kim", last_name="Lee", organisation="Zweite")
    joerg = m.Contact.create(first_name="Jörg", last_name="Schröder")

    # one contact of that name: with or without the title, folded, or by e-mail address
    for typed in ("Anna Müller", "anna mueller", "Dr. Anna Müller", "ANNA@ihk.example"):
        assert cv.resolve_name(typed) == cv.TypedName(typed, anna.id)
    # picked from the completion for exactly this text: that contact, even among namesakes
    assert cv.resolve_name("Kim Lee", {"Kim Lee": kim_b.id}).contact_id == kim_b.id
    # several of that name: the user chooses
    namesakes = cv.resolve_name("Kim Lee")
    assert namesakes.contact_id is None
    assert (
        [c.id for c in namesakes.candidates]
        == [kim_a.id, kim_b.id]
        == [c.id for c in namesakes.same_name]
    )
    # nobody of that name, but someone alike: offered before a new contact is made
    alike = cv.resolve_name("J. Schröder")
    assert (alike.contact_id, alike.same_name) == (None, ())
    assert [c.id for c in alike.candidates] == [joerg.id]
    # nobody alike: a new contact, nothing to ask
    assert cv.resolve_name("Peter Pan") == cv.TypedName("Peter Pan")
    assert cv.resolve_name("Peter Pan").candidates == ()


def test_the_event_a_capture_belongs_to() -> None:
    """Same title (folded) on the same day is the same event; a picked event counts
    while its title stays; otherwise a new event at the capture's time."""
    evening = dt.datetime(2026, 11, 26, 19, 0)
    events = [
        cv.Choice(7, "Gründerstammtisch", "", evening),
        cv.Choice(8, "Gründerstammtisch", "", evening - dt.timedelta(days=28)),
        cv.Choice(9, "Ohne Datum"),
    ]
    at = evening.replace(hour=21)
    assert cv.same_event("gruenderstammtisch ", at.date(), events) == 7
    assert cv.same_event("Gründerstammtisch", dt.date(2026, 11, 27), events) is None
    assert cv.same_event("Ohne Datum", at.date(), events) is None
    assert cv.capture_event("  ", at, events) == (None, None)
    assert cv.capture_event(" Gründerstammtisch ", at, events) == (7, None)
    # picked from the completion (last month's): kept while the title is the one picked
    assert cv.capture_event("Gründerstammtisch", at, events, (8, "Gründerstammtisch")) == (8, None)
    assert cv.capture_event("Stammtisch", at, events, (8, "Gründerstammtisch")) == (
        None,
        cv.NewEvent("Stammtisch", at),
    )
