"""Last contact and keep-in-touch: any interaction resets the clock."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal.interactions import keep_in_touch, last_contact
from kontaktbuch.store import models as m

NOW = dt.datetime(2026, 11, 26, 12, 0)


def test_conversation_and_event_both_count(db: pw.SqliteDatabase) -> None:
    anna = m.Contact.create(first_name="Anna", keep_in_touch_days=30)
    jörg = m.Contact.create(first_name="Jörg", keep_in_touch_days=30)
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 10, 1, 18), channel="phone")
    m.ConversationContact.create(conversation=conv, contact=anna)
    event = m.Event.create(title="Stammtisch", starts_at=dt.datetime(2026, 11, 3, 19))
    m.EventAttendee.create(event=event, contact=anna)
    m.EventAttendee.create(event=event, contact=jörg)
    future = m.Event.create(title="Später", starts_at=dt.datetime(2026, 12, 24, 19))
    m.EventAttendee.create(event=future, contact=jörg)
    lasts = last_contact(NOW)
    assert lasts[anna.id] == dt.datetime(2026, 11, 3, 19)
    assert lasts[jörg.id] == dt.datetime(2026, 11, 3, 19)  # the future event does not count
    due = keep_in_touch(NOW)
    assert due[anna.id].due == dt.date(2026, 12, 3)


def test_interval_from_network_and_never_met(db: pw.SqliteDatabase) -> None:
    network = m.Network.create(name="VDI", keep_in_touch_days=90)
    slow = m.Network.create(name="Alumni", keep_in_touch_days=365)
    lena = m.Contact.create(first_name="Lena", created_at=dt.datetime(2026, 1, 1, 9))
    m.Membership.create(contact=lena, network=network)
    m.Membership.create(contact=lena, network=slow)
    nobody = m.Contact.create(first_name="Ohne Intervall")
    archived = m.Contact.create(first_name="Archiv", keep_in_touch_days=10, archived=True)
    due = keep_in_touch(NOW)
    assert due[lena.id].interval_days == 90
    assert due[lena.id].last is None
    assert due[lena.id].due == dt.date(2026, 4, 1)
    assert due[lena.id].overdue_days(NOW.date()) > 0
    assert nobody.id not in due and archived.id not in due
