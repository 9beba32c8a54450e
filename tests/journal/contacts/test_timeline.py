"""A contact's timeline, newest first."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal.contacts import ContactData
from kontaktbuch.store import models as m


def test_timeline_newest_first(db: pw.SqliteDatabase) -> None:
    anna = c.save_contact(ContactData(first_name="Anna"))
    old = m.Conversation.create(occurred_at=dt.datetime(2025, 1, 1, 9), channel="phone")
    new = m.Conversation.create(occurred_at=dt.datetime(2026, 1, 1, 9), channel="video")
    for conv in (old, new):
        m.ConversationContact.create(conversation=conv, contact=anna)
    m.Outcome.create(conversation=new, kind="trend", text="Vier-Tage-Woche")
    entries = c.timeline(anna)
    assert [(e.kind, e.open_id) for e in entries] == [
        ("conversation", new.id),
        ("outcome", new.id),
        ("conversation", old.id),
    ]
