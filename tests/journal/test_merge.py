"""Merging two contacts: a preview of the combined fields, then everything moves over."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal import merge
from kontaktbuch.journal.contacts import ContactData, Email, Link, MembershipData, Phone
from kontaktbuch.journal.duplicates import possible_duplicates
from kontaktbuch.store import models as m


def test_preview_and_merge_move_everything_in_one_go(db: pw.SqliteDatabase) -> None:
    vdi = m.Network.create(name="VDI")
    alumni = m.Network.create(name="Alumni")
    keep = c.save_contact(
        ContactData(
            first_name="Kemal",
            last_name="Yıldız",
            organisation="Siemens",
            offers="Kontakte",
            emails=[Email("kemal@example.de")],
            tags=["Mentor"],
            memberships=[MembershipData(vdi.id, "Mitglied")],
        )
    )
    other = c.save_contact(
        ContactData(
            first_name="Kemal",
            last_name="Yildiz",
            organisation="Siemens AG",
            position="Projektleiter",
            offers="Feedback zu Pitch Decks",
            birthday_day=3,
            birthday_month=4,
            emails=[Email("KEMAL@example.de"), Email("k.yildiz@example.org")],
            phones=[Phone("+49 89 123")],
            links=[Link("https://www.linkedin.com/in/kemal")],
            tags=["mentor", "Investor"],
            memberships=[MembershipData(vdi.id, "Vorstand"), MembershipData(alumni.id, "")],
        )
    )
    assert (keep, other, "email") in possible_duplicates()
    shared = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 1, 18))
    own = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 2, 18))
    for conv, who in ((shared, keep), (shared, other), (own, other)):
        m.ConversationContact.create(conversation=conv, contact=who)
    event = m.Event.create(title="Stammtisch", starts_at=dt.datetime(2026, 10, 1, 19))
    m.EventAttendee.create(event=event, contact=keep)
    m.EventAttendee.create(event=event, contact=other)
    follow = m.FollowUp.create(contact=other, text="anrufen")

    preview = merge.preview_merge(keep, other)
    assert preview.combined.organisation == "Siemens"
    assert preview.dropped == {"last_name": "Yildiz", "organisation": "Siemens AG"}
    assert preview.combined.position == "Projektleiter"
    assert preview.combined.offers == "Kontakte\nFeedback zu Pitch Decks"
    assert [e.address for e in preview.combined.emails] == [
        "kemal@example.de",
        "k.yildiz@example.org",
    ]
    assert preview.combined.tags == ["Mentor", "Investor"]
    assert preview.moves["conversations"] == 2

    before = (c.load_contact(keep), c.load_contact(other))
    snapshot = merge.merge_contacts(keep, other, preview.combined)
    assert not c.contact_exists(other)
    merged = c.load_contact(keep)
    assert {ms.network_name: ms.role for ms in merged.memberships} == {
        "VDI": "Mitglied",
        "Alumni": "",
    }
    assert (merged.birthday_day, merged.birthday_month) == (3, 4)
    assert len(merged.links) == 1 and len(merged.phones) == 1
    participants = m.ConversationContact.select().where(m.ConversationContact.contact == keep)
    assert {p.conversation_id for p in participants} == {shared.id, own.id}
    assert (
        m.ConversationContact.select().where(m.ConversationContact.conversation == shared).count()
        == 1
    )
    assert m.EventAttendee.select().count() == 1
    assert m.FollowUp.get_by_id(follow.id).contact_id == keep
    assert possible_duplicates() == []

    merge.undo_merge(snapshot)
    assert (c.load_contact(keep), c.load_contact(other)) == before
    assert m.FollowUp.get_by_id(follow.id).contact_id == other
    assert m.ConversationContact.select().where(m.ConversationContact.contact == other).count() == 2
    assert m.EventAttendee.select().count() == 2


def test_merge_refuses_invalid_combination_and_writes_nothing(db: pw.SqliteDatabase) -> None:
    a = c.save_contact(ContactData(first_name="Anna"))
    b = c.save_contact(ContactData(first_name="Anna", last_name="M."))
    bad = merge.preview_merge(a, b).combined
    bad.emails = [Email("kaputt")]
    with pytest.raises(c.ValidationFailed):
        merge.merge_contacts(a, b, bad)
    assert c.contact_exists(b) and c.load_contact(a).emails == []
    with pytest.raises(ValueError):
        merge.preview_merge(a, a)


def test_merged_lists_keep_each_item_once(db: pw.SqliteDatabase) -> None:
    """Issue 14, point 11: the merge preview listed a shared interest twice."""
    keep = c.save_contact(
        ContactData(
            first_name="Anna",
            last_name="Müller",
            interests="KI, Nachhaltigkeit, Fußball",
            offers="Steuerberatung\nKontakte zur IHK",
            notes="Kennt viele.",
        )
    )
    other = c.save_contact(
        ContactData(
            first_name="Anna",
            last_name="Mueller",
            interests="nachhaltigkeit; Fussball, Wandern",
            offers="Kontakte zur IHK\nMentoring",
            notes="Kennt viele. Sagt sie.",
        )
    )
    combined = merge.preview_merge(keep, other).combined
    assert combined.interests == "KI, Nachhaltigkeit, Fußball, Wandern"
    assert combined.offers == "Steuerberatung\nKontakte zur IHK\nMentoring"
    assert combined.notes == "Kennt viele. Sagt sie."  # prose is joined as it is
