"""Networks and events: saving, members, time invested, conversations, undoable deletes."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.snapshots import NotFound
from kontaktbuch.store import models as m

NOW = dt.datetime(2026, 11, 26, 10, 0)


def test_network_figures_count_events_and_member_conversations(db: pw.SqliteDatabase) -> None:
    nid = networks.save_network(
        networks.NetworkData(name=" Gründer  Stammtisch ", kind="founders", keep_in_touch_days=90)
    )
    assert networks.load_network(nid).name == "Gründer Stammtisch"
    assert networks.intervals() == {nid: 90}
    anna = m.Contact.create(first_name="Anna")
    bob = m.Contact.create(first_name="Bob")
    networks.set_member(nid, anna.id, "Vorstand")
    networks.set_member(nid, bob.id, "Mitglied")
    networks.set_member(nid, bob.id, "Kassenwart")
    assert [(x.name, x.role) for x in networks.members(nid)] == [
        ("Anna", "Vorstand"),
        ("Bob", "Kassenwart"),
    ]
    event = events.save_event(
        events.EventData(
            title="Stammtisch",
            starts_at=dt.datetime(2026, 11, 3, 19),
            duration_minutes=120,
            travel_minutes=30,
            network_id=nid,
            attendee_ids=[anna.id],
        )
    )
    events.save_event(
        events.EventData(title="Später", starts_at=dt.datetime(2026, 12, 3, 19), network_id=nid,
                         duration_minutes=60)
    )  # fmt: skip
    call = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 10, 9), minutes=20)
    for who in (anna, bob):  # one conversation with two members counts once
        m.ConversationContact.create(conversation=call, contact=who)
    at_event = m.Conversation.create(
        occurred_at=dt.datetime(2026, 11, 3, 20), minutes=15, event=event
    )
    m.ConversationContact.create(conversation=at_event, contact=anna)
    summary = networks.summary(nid, NOW)
    assert summary is not None
    assert (summary.members, summary.events, summary.minutes) == (2, 2, 150 + 20)
    assert summary.last_activity == dt.datetime(2026, 11, 10, 9)
    assert networks.roles_in_use() == ["Kassenwart", "Vorstand"]

    snap = networks.delete_network(nid)
    assert m.Event.get_by_id(event).network_id is None and m.Membership.select().count() == 0
    networks.restore(snap)
    assert m.Event.get_by_id(event).network_id == nid and len(networks.members(nid)) == 2


def test_invalid_network_and_event_write_nothing(db: pw.SqliteDatabase) -> None:
    with pytest.raises(networks.NetworkInvalid) as info:
        networks.save_network(networks.NetworkData(name="", kind="club"))
    assert info.value.errors == {"name": "name_missing", "kind": "kind_invalid"}
    with pytest.raises(events.EventInvalid) as einfo:
        events.save_event(events.EventData(title="x", enjoyment=6, duration_minutes=-5))
    assert set(einfo.value.errors) == {"enjoyment", "duration"}
    assert m.Network.select().count() == 0 and m.Event.select().count() == 0


def test_event_attendees_goals_conversations_and_undo(db: pw.SqliteDatabase) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    bob = m.Contact.create(first_name="Bob")
    active = m.Goal.create(title="Sichtbarkeit")
    done = m.Goal.create(title="Alt", status="done")
    eid = events.save_event(
        events.EventData(
            title="Pitch Night", starts_at=dt.datetime(2026, 11, 20, 19), enjoyment=4,
            attendee_ids=[anna.id, bob.id, anna.id], goal_ids=[active.id],
        )
    )  # fmt: skip
    data = events.load_event(eid)
    assert data.attendee_ids == [anna.id, bob.id] and data.goal_ids == [active.id]
    data.attendee_ids = [bob.id]
    events.save_event(data)
    assert events.load_event(eid).attendee_ids == [bob.id]
    assert [g[1] for g in events.goal_choices()] == ["Sichtbarkeit"]
    assert [g[1] for g in events.goal_choices([done.id])] == ["Alt", "Sichtbarkeit"]
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 20, 20), event=eid, minutes=10)
    m.ConversationContact.create(conversation=conv, contact=anna)
    assert [(x.id, x.people) for x in events.conversations(eid)] == [(conv.id, "Anna Müller")]
    rows = events.list_events()
    assert rows[0].title == "Pitch Night" and rows[0].conversations == 1 and rows[0].attendees == 1
    assert events.count_events("pitch") == 1 and events.count_events("zzz") == 0

    snap = events.delete_event(eid)
    assert m.Conversation.get_by_id(conv.id).event_id is None
    events.restore(snap)
    assert m.Conversation.get_by_id(conv.id).event_id == eid
    assert events.load_event(eid).goal_ids == [active.id]


def test_events_page_by_key(db: pw.SqliteDatabase) -> None:
    for i in range(7):
        m.Event.create(title=f"E{i}", starts_at=dt.datetime(2026, 1, 1 + i, 19))
    first = events.list_events(limit=3)
    second = events.list_events(after=(first[-1].key, first[-1].id), limit=10)
    assert [e.title for e in first + second] == [f"E{i}" for i in range(6, -1, -1)]


def test_each_text_problem_is_named_in_the_forms_order(db: pw.SqliteDatabase) -> None:
    with pytest.raises(events.EventInvalid) as info:
        events.save_event(events.EventData(title=" \t", place="P" * 301, notes="N" * 100_001))
    assert list(info.value.errors.items()) == [
        ("title", "title_missing"),
        ("place", "too_long"),
        ("notes", "too_long"),
    ]
    with pytest.raises(networks.NetworkInvalid) as ninfo:
        networks.save_network(networks.NetworkData(name="N" * 201, description="D" * 100_001))
    assert list(ninfo.value.errors.items()) == [("name", "too_long"), ("description", "too_long")]


def test_a_change_is_stamped_and_a_deleted_event_is_no_ones_first_meeting(
    db: pw.SqliteDatabase,
) -> None:
    long_ago = dt.datetime(2020, 1, 1)
    nid = networks.save_network(networks.NetworkData(name="Club"))
    eid = events.save_event(events.EventData(title="Barcamp", network_id=nid))
    m.Network.update(updated_at=long_ago).execute()
    m.Event.update(updated_at=long_ago).execute()
    networks.save_network(networks.NetworkData(id=nid, name="Club München"))
    events.save_event(events.EventData(id=eid, title="Barcamp 2026", network_id=nid))
    assert m.Network.get_by_id(nid).updated_at > long_ago
    assert m.Event.get_by_id(eid).updated_at > long_ago
    assert events.load_event(eid).title == "Barcamp 2026"

    anna = m.Contact.create(first_name="Anna", first_met_event=eid)
    snap = events.delete_event(eid)
    assert m.Contact.get_by_id(anna.id).first_met_event_id is None
    with pytest.raises(NotFound):
        events.load_event(eid)
    events.restore(snap)
    assert m.Contact.get_by_id(anna.id).first_met_event_id == eid
    networks.delete_network(nid)
    with pytest.raises(NotFound):
        networks.load_network(nid)
