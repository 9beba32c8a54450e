"""Reminders: what is due, and what the user did about it, without Qt.

The package answers in parts, each its own module:

* :mod:`.clock`: wall-clock times and real durations (snooze, pause, "how long until");
* :mod:`.rules`: the pure rules (:class:`Reminder`, :class:`Agenda`, when each kind
  is due, what is due or upcoming), ``now`` passed in;
* :mod:`.sources`: the queries that gather the candidates from the journal;
* :mod:`.state`: what the user did (announced, snoozed, done) and its undo;
* :mod:`.agenda`: the check that brings them together (:func:`collect`).

The tray, the scheduler, the Reminders view and ``kontaktbuch due`` use this
package as ``from kontaktbuch.journal import reminders``; the names below are that
interface, whichever module they live in.
"""

from __future__ import annotations

from kontaktbuch.journal.reminders.agenda import collect
from kontaktbuch.journal.reminders.clock import (
    MORNING,
    SNOOZE_CHOICES,
    add_duration,
    is_paused,
    local_naive,
    parse_iso,
    pause_end,
    seconds_until,
    snooze_target,
    to_aware,
)
from kontaktbuch.journal.reminders.rules import (
    BIRTHDAY_GRACE_DAYS,
    EVENT_LEAD,
    KINDS,
    UPCOMING_DAYS,
    Agenda,
    Reminder,
    birthday_in,
    is_snoozed,
    needs_announcing,
    one_per_event,
)
from kontaktbuch.journal.reminders.sources import reflection_date
from kontaktbuch.journal.reminders.state import (
    StateSnapshot,
    mark_announced,
    mark_done,
    restore,
    snooze,
)

__all__ = [
    "BIRTHDAY_GRACE_DAYS",
    "EVENT_LEAD",
    "KINDS",
    "MORNING",
    "SNOOZE_CHOICES",
    "UPCOMING_DAYS",
    "Agenda",
    "Reminder",
    "StateSnapshot",
    "add_duration",
    "birthday_in",
    "collect",
    "is_paused",
    "is_snoozed",
    "local_naive",
    "mark_announced",
    "mark_done",
    "needs_announcing",
    "one_per_event",
    "parse_iso",
    "pause_end",
    "reflection_date",
    "restore",
    "seconds_until",
    "snooze",
    "snooze_target",
    "to_aware",
]
