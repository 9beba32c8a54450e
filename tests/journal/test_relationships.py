"""Relationships between contacts: kept, shown from both sides, searchable, and
carried through deletion (undo), merging and search."""

from __future__ import annotations

import peewee as pw
import pytest

from kontaktbuch.journal import contacts, merge, relationships
from kontaktbuch.journal.search import search
from kontaktbuch.store import models as m


def _contact(first: str, last: str = "Test") -> int:
    return int(m.Contact.create(first_name=first, last_name=last).id)


def test_a_relationship_shows_on_both_pages(db: pw.SqliteDatabase) -> None:
    anna, joerg = _contact("Anna"), _contact("Jörg", "Müller")
    relationships.add(anna, joerg, "introduced_by")
    (on_anna,) = relationships.for_contact(anna)
    (on_joerg,) = relationships.for_contact(joerg)
    assert (on_anna.other_name, on_anna.kind, on_anna.reverse) == (
        "Jörg Müller",
        "introduced_by",
        False,
    )
    assert (on_joerg.other_name, on_joerg.kind, on_joerg.reverse) == (
        "Anna Test",
        "introduced_by",
        True,
    )


@pytest.mark.parametrize(
    ("kind", "label", "code"),
    [("knows", "", "self"), ("friend", "", "kind"), ("other", "  ", "label")],
)
def test_what_cannot_be_kept_is_refused(
    db: pw.SqliteDatabase, kind: str, label: str, code: str
) -> None:
    anna, bernd = _contact("Anna"), _contact("Bernd")
    other = anna if code == "self" else bernd
    with pytest.raises(relationships.RelationshipProblem) as raised:
        relationships.add(anna, other, kind, label)
    assert raised.value.code == code
    assert m.Relationship.select().count() == 0


def test_a_mutual_relationship_is_kept_once(db: pw.SqliteDatabase) -> None:
    anna, bernd = _contact("Anna"), _contact("Bernd")
    relationships.add(anna, bernd, "works_with")
    with pytest.raises(relationships.RelationshipProblem):
        relationships.add(bernd, anna, "works_with")
    relationships.add(bernd, anna, "other", "Mentor")
    assert [r.label for r in relationships.for_contact(anna)] == ["", "Mentor"]


def test_deleting_a_contact_and_undoing_it_brings_its_relationships_back(
    db: pw.SqliteDatabase,
) -> None:
    anna, bernd, carla = _contact("Anna"), _contact("Bernd"), _contact("Carla")
    relationships.add(anna, bernd, "introduced_by")
    relationships.add(carla, bernd, "knows")
    snap = contacts.delete_contacts([bernd])
    assert m.Relationship.select().count() == 0
    contacts.restore(snap)
    assert {(r.contact_id, r.other_id) for r in m.Relationship.select()} == {
        (anna, bernd),
        (carla, bernd),
    }


def test_merging_moves_relationships_to_the_kept_contact(db: pw.SqliteDatabase) -> None:
    anna, anna2, joerg = _contact("Anna"), _contact("Anna"), _contact("Jörg")
    relationships.add(anna2, joerg, "introduced_by")
    relationships.add(anna, anna2, "knows")  # would become a relationship with herself
    snap = merge.merge_contacts(anna, anna2)
    assert [(r.other_id, r.kind) for r in relationships.for_contact(anna)] == [
        (joerg, "introduced_by")
    ]
    merge.undo_merge(snap)
    assert {(r.contact_id, r.other_id) for r in m.Relationship.select()} == {
        (anna2, joerg),
        (anna, anna2),
    }


def test_searching_a_name_finds_whom_that_person_is_related_to(db: pw.SqliteDatabase) -> None:
    anna = _contact("Anna", "Schmidt")
    joerg = _contact("Jörg", "Müller")
    bernd = _contact("Bernd", "Braun")
    relationships.add(anna, joerg, "introduced_by")
    relationships.add(bernd, anna, "other", "Mentorin")
    hits = [(h.item_id, h.snippet) for h in search("Jörg") if h.kind == "contact"]
    assert hits[0][0] == joerg and (anna, "↔ Jörg Müller") in hits
    assert {h.item_id for h in search("Mentorin") if h.kind == "contact"} == {bernd, anna}
