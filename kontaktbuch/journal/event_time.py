"""An event's time, defined once: its duration plus its travel time.

``docs/reflection.md`` counts the time an event takes as its duration plus the
travel to it and back. Every figure that sums events' time (the reflection's
totals, goals, networks and trend, a network's time invested, a goal's served
items) reads it from here, in SQL (:func:`event_minutes_sql`) or in Python
(:func:`event_minutes`), so the rule cannot drift between the queries.

An event's *calendar span* is something else: it runs from its start for its
duration alone (the reminders and the iCalendar export use that), and the
travel time lies before it.
"""

from __future__ import annotations

from typing import Protocol


class TimedEvent(Protocol):
    """Anything with an event's two stored minute columns (a model row, ``EventData``)."""

    @property
    def duration_minutes(self) -> int | None: ...

    @property
    def travel_minutes(self) -> int | None: ...


def event_minutes_sql(alias: str = "e") -> str:
    """The SQL expression of an event's time for the ``event`` table under ``alias``.

    Parenthesised, so it can stand inside ``SUM(…)`` or be multiplied as it is.
    Both columns are ``NOT NULL`` (default 0), so the sum is never NULL for a row.
    """
    if not alias.isidentifier():
        raise ValueError(f"not an SQL alias: {alias!r}")
    return f"({alias}.duration_minutes + {alias}.travel_minutes)"


def event_minutes(event: TimedEvent) -> int:
    """An event's time in minutes, from a model row or an ``EventData`` (not saved yet)."""
    return int(event.duration_minutes or 0) + int(event.travel_minutes or 0)
