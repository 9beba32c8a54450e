"""The reminders check: what is due now and what comes, for the tray, the window
and ``kontaktbuch due``.

:func:`collect` reads the candidates (:mod:`.sources`) and what the user did with
them (:mod:`.state`) in one transaction, then lets the rules decide
(:func:`.rules.agenda_of`).
"""

from __future__ import annotations

import datetime as dt

from kontaktbuch.journal.reminders.clock import local_naive
from kontaktbuch.journal.reminders.rules import UPCOMING_DAYS, Agenda, agenda_of
from kontaktbuch.journal.reminders.sources import candidates
from kontaktbuch.journal.reminders.state import reflection_states, states_of
from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.transactions import READ


def collect(
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
    *,
    days: int = UPCOMING_DAYS,
    reflection_interval: str = "monthly",
) -> Agenda:
    """Every reminder that is due at ``now``, and those coming within ``days`` days.

    Done reminders are left out; snoozed ones count as upcoming until their
    snooze ends.
    """
    wall = local_naive(now, tz)
    horizon = wall.date() + dt.timedelta(days=max(0, days))
    # One consistent view of several queries; a read takes no write lock (READ).
    with database_proxy.atomic(READ):
        found = candidates(wall, horizon, reflection_interval, reflection_states())
        states = states_of(r.key for r in found)
    return agenda_of(found, states, now, tz, horizon)
