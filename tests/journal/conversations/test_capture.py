"""Saving a capture, all or nothing; editing; the search index after a save."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m
from tests.journal.conversations.helpers import WHEN
from tests.journal.conversations.helpers import conversation_input as _input


def test_capture_saves_event_conversations_and_new_contacts(db: pw.SqliteDatabase) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    goal = m.Goal.create(title="Sichtbarkeit")
    result = cv.save_capture(
        [
            _input(
                contact_ids=[anna.id],
                minutes=20,
                enjoyment=4,
                notes="Über Förderprogramme",
                offers="Kontakte zur IHK",
                seeks="Mitgründerin",
                outcomes=[cv.OutcomeInput("insight", "Früh beantragen")],
                follow_ups=[cv.FollowUpInput("Folien schicken", dt.date(2026, 11, 27))],
                goal_ids=[goal.id],
            ),
            _input(new_contact_names=["Kemal Yıldız"], minutes=10),
        ],
        new_event=cv.NewEvent("Gründerstammtisch", WHEN),
    )
    assert len(result.conversation_ids) == 2 and len(result.created_contact_ids) == 1
    event = m.Event.get_by_id(result.event_id)
    assert event.title == "Gründerstammtisch"
    # The evening's logged minutes become the new event's duration, so the time
    # counts in the reflection (conversations inside an event add none of their own).
    assert event.duration_minutes == 30
    kemal = m.Contact.get_by_id(result.created_contact_ids[0])
    assert (kemal.first_name, kemal.last_name) == ("Kemal", "Yıldız")
    anna = m.Contact.get_by_id(anna.id)
    assert anna.offers == "Kontakte zur IHK" and anna.seeks == "Mitgründerin"
    assert {a.contact_id for a in event.attendees} == {anna.id, kemal.id}
    row = cv.get_conversation(result.conversation_ids[0])
    assert row is not None
    assert row.event_title == "Gründerstammtisch"
    assert [c.name for c in row.contacts] == ["Anna Müller"]
    assert [(o.kind, o.text) for o in row.outcomes] == [("insight", "Früh beantragen")]
    assert [(f.text, f.due_date) for f in row.open_follow_ups] == [
        ("Folien schicken", dt.date(2026, 11, 27))
    ]
    assert row.goal_ids == (goal.id,)


def test_capture_is_all_or_nothing(db: pw.SqliteDatabase) -> None:
    with pytest.raises(cv.ValidationError):
        cv.save_capture(
            [_input(new_contact_names=["Neu Person"]), _input(channel="telepathy")],
            new_event=cv.NewEvent("X", WHEN),
        )
    assert m.Contact.select().count() == 0 and m.Event.select().count() == 0


def test_edit_keeps_follow_up_ids_and_marks_done(db: pw.SqliteDatabase) -> None:
    c = m.Contact.create(first_name="A", last_name="B")
    conv_id = cv.create_conversation(
        _input(contact_ids=[c.id], follow_ups=[cv.FollowUpInput("anrufen")])
    )
    row = cv.get_conversation(conv_id)
    assert row is not None
    fid = row.follow_ups[0].id
    cv.mark_follow_up_done(fid, now=WHEN)
    row = cv.get_conversation(conv_id)
    assert row is not None and row.open_follow_ups == ()
    data = cv.input_from_row(row)
    data.notes = "geändert"
    data.follow_ups.append(cv.FollowUpInput("mailen"))
    cv.update_conversation(conv_id, data)
    row = cv.get_conversation(conv_id)
    assert row is not None and row.notes == "geändert"
    assert row.follow_ups[0].id == fid and row.follow_ups[0].done_at == WHEN
    assert [f.text for f in row.open_follow_ups] == ["mailen"]
    assert cv.follow_up_conversation(fid) == conv_id


def test_saved_capture_is_searchable_with_outcomes_and_follow_ups(db: pw.SqliteDatabase) -> None:
    """Outcomes and follow-ups go in before their conversation: the index must still hold all."""
    from kontaktbuch.journal.search import search

    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    before = cv.create_conversation(_input(contact_ids=[anna.id], notes="Erstes Treffen"))
    result = cv.save_capture(
        [
            _input(
                contact_ids=[anna.id],
                notes="Über Förderprogramme gesprochen",
                outcomes=[cv.OutcomeInput("insight", "Anträge früh stellen")],
                follow_ups=[cv.FollowUpInput("Folien schicken", dt.date(2026, 11, 29))],
            ),
            _input(new_contact_names=["Kemal Neumann"], notes="Sucht Mitgründerin"),
        ],
        new_event=cv.NewEvent("Stammtisch", WHEN),
    )
    first, second = result.conversation_ids
    assert before < first < second
    for word, conv_id in (("Förder", first), ("Anträge", first), ("Folien", second - 1)):
        assert [h.item_id for h in search(word) if h.kind == "conversation"] == [conv_id]
    assert [h.item_id for h in search("Mitgründerin") if h.kind == "conversation"] == [second]
    assert not db.execute_sql("PRAGMA foreign_key_check").fetchall()
    attendees = {a.contact_id for a in m.EventAttendee.select()}
    assert attendees == {anna.id, *result.created_contact_ids}
    row = cv.get_conversation(first)
    assert row is not None and [c.name for c in row.contacts] == ["Anna Müller"]
    assert [f.text for f in row.follow_ups] == ["Folien schicken"]
