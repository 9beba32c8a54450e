"""A period's range in SQL, and the small helpers every figures query shares.

Every figure reads the same half-open range of stored timestamps (:func:`bounds`:
nothing after ``now`` counts yet): the stored daily figures are summed over it
(:mod:`.stored`), and what is still counted from the items (new contacts,
follow-ups, the event list) compares the items' times with it. This is the
plumbing :mod:`.compute`, :mod:`.per_goal` and :mod:`.history` share.
"""

from __future__ import annotations

import datetime as dt
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
# an event's time (duration plus travel) for the ``event e`` of the queries
EVENT_MINUTES = event_minutes_sql("e")
