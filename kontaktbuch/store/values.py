"""Reading values back from SQLite the way the models stored them.

Raw SQL (aggregates, window functions, FTS joins) returns dates and date-times
as the text peewee wrote; this turns them back into ``date`` and ``datetime``
in one place.
"""

from __future__ import annotations

import datetime as dt


def as_date(value: object) -> dt.date | None:
    """A stored date (or None for NULL, empty or unreadable text)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def as_datetime(value: object) -> dt.datetime | None:
    """A stored date-time (or None for NULL, empty or unreadable text)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
