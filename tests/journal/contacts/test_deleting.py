"""Deleting contacts keeps shared conversations; undo brings everything back."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal.contacts import ContactData
from kontaktbuch.store import models as m
from tests.journal.contacts.helpers import anna as _anna


def test_delete_keeps_shared_conversations_and_restore_brings_all_back(
    db: pw.SqliteDatabase,
) -> None:
    net = m.Network.create(name="VDI")
    anna = c.save_contact(_anna(net.id))
    bob = c.save_contact(ContactData(first_name="Bob"))
    shared = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 1, 18), notes="zu dritt")
    alone = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 2, 18), notes="nur Anna")
    for conv, people in ((shared, (anna, bob)), (alone, (anna,))):
        for person in people:
            m.ConversationContact.create(conversation=conv, contact=person)
    m.Outcome.create(conversation=alone, kind="insight", text="gelernt")
    follow = m.FollowUp.create(conversation=shared, contact=anna, text="Folien schicken")
    event = m.Event.create(title="Stammtisch", starts_at=dt.datetime(2026, 10, 1, 19))
    m.EventAttendee.create(event=event, contact=anna)

    snap = c.delete_contacts([anna])
    assert not c.contact_exists(anna)
    with pytest.raises(c.NotFound):
        c.load_contact(anna)
    assert m.Conversation.get_or_none(m.Conversation.id == shared.id) is not None
    assert m.Conversation.get_or_none(m.Conversation.id == alone.id) is None
    assert m.FollowUp.get_by_id(follow.id).contact_id is None

    c.restore(snap)
    back = c.load_contact(anna)
    assert back.first_name == "Anna" and len(back.emails) == 2 and back.tags == ["Mentor", "Kunde"]
    assert back.memberships[0].network_id == net.id
    assert m.Conversation.get_by_id(alone.id).notes == "nur Anna"
    assert m.Outcome.select().count() == 1
    assert m.FollowUp.get_by_id(follow.id).contact_id == anna
    kinds = [e.kind for e in c.timeline(anna)]
    assert sorted(kinds) == ["conversation", "conversation", "event", "follow_up", "outcome"]
