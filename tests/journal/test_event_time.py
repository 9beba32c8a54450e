"""An event's time: its duration plus its travel time, the same in SQL and in Python."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal.event_time import event_minutes, event_minutes_sql
from kontaktbuch.journal.events import EventData
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy


def test_the_sql_and_the_python_rule_agree(db: pw.SqliteDatabase) -> None:
    at = dt.datetime(2026, 11, 3, 19)
    for duration, travel in ((120, 30), (90, 0), (0, 45), (0, 0)):
        m.Event.create(title="x", starts_at=at, duration_minutes=duration, travel_minutes=travel)
    sql = f"SELECT id, {event_minutes_sql('ev')} FROM event ev ORDER BY id"
    from_sql = dict(database_proxy.execute_sql(sql).fetchall())
    from_rows = {e.id: event_minutes(e) for e in m.Event.select().order_by(m.Event.id)}
    assert from_sql == from_rows
    assert sorted(from_sql.values()) == [0, 45, 90, 150]
    total = database_proxy.execute_sql(f"SELECT SUM({event_minutes_sql()}) FROM event e")
    assert total.fetchone()[0] == 285


def test_an_unsaved_event_counts_the_same() -> None:
    unsaved = EventData(title="Pitch Night", duration_minutes=150, travel_minutes=30)
    assert event_minutes(unsaved) == 180


def test_only_a_plain_alias_is_put_into_sql() -> None:
    with pytest.raises(ValueError):
        event_minutes_sql("e; DROP TABLE event")
