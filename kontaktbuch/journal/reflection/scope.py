"""A period's range in SQL, and the temporary table of its conversations.

Every figures query reads the same half-open range of stored timestamps
(:func:`bounds`: nothing after ``now`` counts yet) and joins the same
connection-local temporary table ``temp.refl_conv``, which holds the period's
conversations with what every figure needs (:func:`conversations_of`). This is
the plumbing :mod:`.compute`, :mod:`.per_goal` and :mod:`.history` share.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.event_time import event_minutes_sql
from kontaktbuch.store.models import database_proxy


def stamp(day: dt.datetime) -> str:
    """A time as the journal stores it (peewee's text form), for range comparisons.

    ``isoformat``, not ``strftime``: the latter writes the year 1 as "1", not "0001".
    """
    return day.isoformat(sep=" ", timespec="seconds")


def bounds(period: P.Period, now: dt.datetime | None) -> tuple[str, str]:
    """The half-open range in the stored text form; nothing after ``now`` counts yet."""
    end = period.end_dt()
    if now is not None and now < end:
        end = max(now, period.start_dt())
    return stamp(period.start_dt()), stamp(end)


def fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """The rows of one query on the journal in use."""
    rows: list[tuple[Any, ...]] = database_proxy.execute_sql(sql, params).fetchall()
    return rows


def mean(total: float | None, count: int | None) -> float | None:
    """``total / count``, or None for nothing counted (SQL's SUM of no rows is NULL)."""
    return (float(total or 0) / count) if count else None


CONV_RANGE = "c.occurred_at >= ? AND c.occurred_at < ?"
EVENT_RANGE = "e.starts_at >= ? AND e.starts_at < ?"
#: an event's time (duration plus travel) for the ``event e`` of the queries
EVENT_MINUTES = event_minutes_sql("e")

# The conversations of the period, read once per computation into a connection-local
# temporary table with what every figure needs (outcome count, served a goal?). The
# other queries join it over covering indexes, so each row of ``conversation`` is
# read once, however many figures use it.
#: the temporary table's page cache, in KiB (negative: SQLite's unit for KiB)
_TEMP_CACHE_KIB = -16000
_SQL_TEMP_CREATE = """
CREATE TEMP TABLE IF NOT EXISTS refl_conv (
    id INTEGER PRIMARY KEY, event_id INTEGER, channel TEXT, minutes INTEGER,
    enjoyment INTEGER, outcomes INTEGER, with_goal INTEGER, month TEXT)
"""
_SQL_TEMP_FILL = """
INSERT INTO temp.refl_conv
       (id, event_id, channel, minutes, enjoyment, outcomes, with_goal, month)
SELECT c.id, c.event_id, c.channel, c.minutes, c.enjoyment,
       (SELECT COUNT(*) FROM outcome o WHERE o.conversation_id = c.id),
       EXISTS (SELECT 1 FROM goal_conversation gc WHERE gc.conversation_id = c.id),
       substr(c.occurred_at, 1, 7)
  FROM conversation c WHERE {x}c.occurred_at >= ? AND {x}c.occurred_at < ?
"""

# A shorter period is read through the date index, in two steps: the rows first, then
# their outcome counts and goal links. Interleaving those lookups with the reads of
# the scattered conversation rows cost a third more (10,000 conversations: 35 vs
# 50 ms CPU); a long period read in one pass over the table is faster in one step.
_SQL_TEMP_FILL_ROWS = """
INSERT INTO temp.refl_conv
       (id, event_id, channel, minutes, enjoyment, outcomes, with_goal, month)
SELECT c.id, c.event_id, c.channel, c.minutes, c.enjoyment, 0, 0, substr(c.occurred_at, 1, 7)
  FROM conversation c WHERE c.occurred_at >= ? AND c.occurred_at < ?
"""
_SQL_TEMP_FILL_LINKS = """
UPDATE temp.refl_conv
   SET outcomes = (SELECT COUNT(*) FROM outcome o WHERE o.conversation_id = refl_conv.id),
       with_goal = EXISTS (
           SELECT 1 FROM goal_conversation gc WHERE gc.conversation_id = refl_conv.id)
"""


@contextmanager
def conversations_of(lo: str, hi: str) -> Iterator[None]:
    """Fill the temporary table with the period's conversations for the queries above."""
    fetch(_SQL_TEMP_CREATE, [])
    # The temporary database's page cache defaults to 2 MB; ten years of rows (~4 MB)
    # spilled to a temporary file on every copy (ten years: 230 -> 190 ms CPU).
    fetch(f"PRAGMA temp.cache_size = {_TEMP_CACHE_KIB}", [])
    fetch("DELETE FROM temp.refl_conv", [])
    # A long range holds most conversations: one pass over the table then beats a
    # lookup per row through the date index ("+" keeps SQLite off the index).
    in_range = fetch(f"SELECT COUNT(*) FROM conversation c WHERE {CONV_RANGE}", [lo, hi])[0][0]
    total = fetch("SELECT COUNT(*) FROM conversation", [])[0][0]
    if in_range * 4 > total:
        fetch(_SQL_TEMP_FILL.format(x="+"), [lo, hi])
    else:
        fetch(_SQL_TEMP_FILL_ROWS, [lo, hi])
        fetch(_SQL_TEMP_FILL_LINKS, [])
    try:
        yield
    finally:
        fetch("DELETE FROM temp.refl_conv", [])
