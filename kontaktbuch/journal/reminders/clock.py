"""The reminders' clock: wall-clock times in the user's zone and real durations.

The journal stores naive local wall-clock times; ``now`` may be naive (local wall
clock) or aware, and ``tz`` says which zone the wall clock is in (``None``: the
system's). Wall-clock rules ("tomorrow at 08:00") are computed on the calendar;
durations ("in one hour") and "how long until" are computed in absolute time,
so a change to or from daylight saving time neither skips nor doubles an hour.
Every function takes ``now``, so tests run on a fixed clock.
"""

from __future__ import annotations

import datetime as dt

SNOOZE_CHOICES: tuple[str, ...] = ("hour", "tomorrow", "next_week")

# the wall-clock time of day at which day-based reminders become due
MORNING = dt.time(8, 0)


def local_naive(now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """``now`` as a naive wall-clock time in ``tz`` (naive input is taken as it is)."""
    if now.tzinfo is None:
        return now
    return now.astimezone(tz).replace(tzinfo=None, fold=0)


def to_aware(wall: dt.datetime, tz: dt.tzinfo | None = None, *, later: bool = False) -> dt.datetime:
    """A naive wall-clock time in ``tz`` as an absolute time.

    A time that occurs twice (the hour repeated when daylight saving time ends)
    is read as its first occurrence, or its second with ``later=True``.
    """
    if wall.tzinfo is not None:
        return wall
    wall = wall.replace(fold=1 if later else 0)
    if tz is None:
        return wall.astimezone()
    return wall.replace(tzinfo=tz)


def absolute(now: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """In UTC: Python compares and subtracts times of one zone by their wall clocks."""
    aware = now if now.tzinfo is not None else to_aware(now, tz)
    return aware.astimezone(dt.UTC)


def seconds_until(wall: dt.datetime, now: dt.datetime, tz: dt.tzinfo | None = None) -> float:
    """Real seconds from ``now`` until the wall-clock time ``wall`` (negative if past)."""
    return (absolute(to_aware(wall, tz), tz) - absolute(now, tz)).total_seconds()


def add_duration(now: dt.datetime, delta: dt.timedelta, tz: dt.tzinfo | None = None) -> dt.datetime:
    """``now`` plus a real duration, as a naive wall-clock time in ``tz``."""
    later = absolute(now, tz) + delta
    return local_naive(later, tz)


def snooze_target(choice: str, now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """Until when "later" lasts: one real hour, tomorrow morning, or next Monday morning.

    Shortly after midnight, "tomorrow morning" means the coming morning.
    """
    wall = local_naive(now, tz)
    if choice == "hour":
        return add_duration(now, dt.timedelta(hours=1), tz)
    if choice == "tomorrow":
        day = wall.date() if wall.time() < dt.time(4, 0) else wall.date() + dt.timedelta(days=1)
        return dt.datetime.combine(day, MORNING)
    if choice == "next_week":
        monday = wall.date() + dt.timedelta(days=7 - wall.weekday())
        return dt.datetime.combine(monday, MORNING)
    raise ValueError(choice)


def pause_end(now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """ "Pause reminders for today" lasts until the start of tomorrow (wall clock)."""
    return dt.datetime.combine(local_naive(now, tz).date() + dt.timedelta(days=1), dt.time(0))


def is_paused(paused_until: str, now: dt.datetime, tz: dt.tzinfo | None = None) -> bool:
    """True while a pause (stored as an ISO wall-clock time in the settings) lasts."""
    until = parse_iso(paused_until)
    return until is not None and local_naive(now, tz) < until


def parse_iso(text: str) -> dt.datetime | None:
    """A stored ISO time as a naive wall-clock time; None for empty or unreadable text."""
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def morning(day: dt.date) -> dt.datetime:
    """The wall-clock time at which a reminder about ``day`` becomes due."""
    return dt.datetime.combine(day, MORNING)
