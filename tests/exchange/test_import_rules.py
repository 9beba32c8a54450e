"""Imports write through the journal's contact rules, the same as the editor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee as pw

from kontaktbuch.exchange import importer
from kontaktbuch.journal import contacts
from kontaktbuch.journal.contacts import ContactData, MembershipData
from kontaktbuch.store import models as m
from tests.exchange.helpers import by_name, contact_snapshot


def _vcards(tmp_path: Path, *cards: str) -> Path:
    path = tmp_path / "cards.vcf"
    path.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:3.0\n{card}\nEND:VCARD\n" for card in cards),
        encoding="utf-8",
    )
    return path


def test_an_import_is_written_as_the_editor_writes(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    """Names trimmed, a link made whole, tags matched by the one tag rule (case and
    spaces folded) — an old tag with odd spacing is reused, not doubled."""
    old_tag = m.Tag.create(name="Kunde  A")
    path = _vcards(
        tmp_path,
        "N:Berg;  Anna  Lena ;;;\nORG:Stadtwerke  Nord\nURL:www.anna-berg.example\n"
        "CATEGORIES:kunde a, Mentorin",
    )
    summary = importer.import_file("vcard", path)
    anna = contact_snapshot(m.Contact.get_by_id(summary.contact_ids[0]))
    assert (anna["first_name"], anna["last_name"]) == ("Anna Lena", "Berg")
    assert anna["organisation"] == "Stadtwerke Nord"
    assert anna["links"] == [("https://www.anna-berg.example", "website")]
    assert anna["tags"] == ["Kunde  A", "Mentorin"]
    assert m.Tag.select().count() == 2 and m.Tag.get(m.Tag.name == "Kunde  A").id == old_tag.id
    # what the editor writes for the same input
    same = contacts.load_contact(
        contacts.save_contact(
            ContactData(
                first_name="  Anna  Lena ",
                last_name="Berg",
                organisation="Stadtwerke  Nord",
                links=[contacts.Link("www.anna-berg.example")],
                tags=["kunde a", "Mentorin"],
            )
        )
    )
    assert (same.first_name, same.organisation, same.tags) == (
        "Anna Lena",
        "Stadtwerke Nord",
        ["Kunde  A", "Mentorin"],
    )
    assert [(li.url, li.kind) for li in same.links] == anna["links"]


def test_a_membership_without_a_date(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    """An import does not know since when someone is a member; the editor adds one today."""
    path = _vcards(tmp_path, "N:Berg;Anna;;;\nX-KONTAKTBUCH-NETWORK;X-KIND=alumni:Alumni Köln")
    importer.import_file("vcard", path)
    anna = by_name("Anna", "Berg")
    assert contact_snapshot(anna)["networks"] == [("Alumni Köln", "alumni", None, "")]
    network = m.Network.get(m.Network.name == "Alumni Köln")
    other = m.Network.create(name="VDI", kind="association")
    data = contacts.load_contact(anna.id)
    data.memberships.append(MembershipData(other.id, "Mitglied"))
    contacts.save_contact(data)
    since = {ms.network_id: ms.since for ms in contacts.load_contact(anna.id).memberships}
    assert since == {network.id: None, other.id: dt.date.today()}


def test_merging_into_a_contact_keeps_what_it_has(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    """A merge fills gaps and adds what is missing (by the journal's rules of sameness)."""
    anna = contacts.save_contact(
        ContactData(
            first_name="Anna",
            last_name="Berg",
            position="Leiterin",
            emails=[contacts.Email("Anna@Berg.example", "work")],
            phones=[contacts.Phone("+49 170 1", "mobile")],
            tags=["Kunde"],
        )
    )
    before = m.Contact.get_by_id(anna).updated_at
    path = _vcards(
        tmp_path,
        "N:Berg;Anna;;;\nTITLE:Chefin\nORG:Stadtwerke\nEMAIL:anna@berg.example\n"
        "TEL:+49-170-1\nTEL:0911 2\nCATEGORIES:KUNDE,Neu",
    )
    plan = importer.plan_import(importer.read_file("vcard", path))
    assert plan.match_count == 1
    importer.apply_plan(plan)
    snap = contact_snapshot(m.Contact.get_by_id(anna))
    assert (snap["position"], snap["organisation"]) == ("Leiterin", "Stadtwerke")
    assert snap["emails"] == [("Anna@Berg.example", "work")]
    assert snap["phones"] == [("+49 170 1", "mobile"), ("0911 2", "")]
    assert snap["tags"] == ["Kunde", "Neu"]
    # merging the same again changes nothing, not even the time of the last change
    changed = m.Contact.get_by_id(anna).updated_at
    importer.apply_plan(importer.plan_import(importer.read_file("vcard", path)))
    assert contact_snapshot(m.Contact.get_by_id(anna)) == snap
    assert m.Contact.get_by_id(anna).updated_at == changed >= before
