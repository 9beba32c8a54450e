"""A fixed clock and short ways to read an agenda, for the reminders' tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from kontaktbuch.journal import reminders as r

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 11, 26, 10, 0)  # a Thursday


def keys(agenda: r.Agenda) -> tuple[set[str], set[str]]:
    return {x.key for x in agenda.due}, {x.key for x in agenda.upcoming}


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi)


def event_keys(agenda: r.Agenda) -> tuple[set[str], set[str]]:
    due, upcoming = keys(agenda)
    return {k for k in due if k.startswith("event:")}, {
        k for k in upcoming if k.startswith("event")
    }
