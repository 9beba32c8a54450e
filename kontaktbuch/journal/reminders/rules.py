"""The reminder rules: when each kind is due, and what is due or upcoming now.

Pure functions and plain data, with ``now`` passed in: no database here, so a
rule can be tested on a fixed clock without a journal. :mod:`.sources` reads the
candidates from the journal, :mod:`.state` what the user did with them, and
:func:`agenda_of` decides from both what is due and what comes.

Each reminder has a stable key ("follow_up:12", "keep_in_touch:5:2026-11-30",
"birthday:7:2026", "event:3:eve", "event:3:day", "reflection:2026-12-01"); what
the user did with it (done, snoozed, already announced) is kept under that key,
so it survives a restart and nothing is announced twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from kontaktbuch.journal.reminders.clock import absolute, local_naive, morning, to_aware

KINDS: tuple[str, ...] = ("follow_up", "keep_in_touch", "birthday", "event", "reflection")

# a birthday stays in the list this many days after the day, if not marked done
BIRTHDAY_GRACE_DAYS = 2
# the "on the day" reminder of an event comes at the latest this long before it starts
EVENT_LEAD = dt.timedelta(hours=1)
# how far ahead "upcoming" looks by default (the Reminders view)
UPCOMING_DAYS = 14


def birthday_in(year: int, month: int, day: int) -> dt.date | None:
    """The day a birthday is celebrated in ``year``: 29 February becomes 28 February
    in a non-leap year. None for an impossible date (e.g. 31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        if month == 2 and day == 29:
            return dt.date(year, 2, 28)
        return None


def reflection_period_start(interval: str, today: dt.date) -> dt.date:
    """The first day of the current reflection period: this Monday, or the 1st."""
    if interval == "weekly":
        return today - dt.timedelta(days=today.weekday())
    return today.replace(day=1)


def keep_in_touch_round(due: dt.date, interval_days: int, today: dt.date) -> dt.date:
    """The due day of the keep-in-touch round ``today`` is in: a contact left alone
    comes back one interval later (so "done" without a conversation dismisses only
    this round)."""
    if due < today and interval_days > 0:
        rounds = (today - due).days // interval_days
        due = due + dt.timedelta(days=rounds * interval_days)
    return due


def event_times(
    starts_at: dt.datetime, duration_minutes: int | None
) -> tuple[dt.datetime, dt.datetime, dt.datetime]:
    """When an event's reminders come, and when they end: (the day before, the day, the end).

    The day before, in the morning; on the day, in the morning, or an hour before
    an early start; both end when the event is over (its duration, at least an hour).
    """
    day = starts_at.date()
    start_of_day = dt.datetime.combine(day, dt.time(0))
    end = starts_at + max(dt.timedelta(minutes=duration_minutes or 0), EVENT_LEAD)
    eve_at = morning(day - dt.timedelta(days=1))
    day_at = max(start_of_day, min(morning(day), starts_at - EVENT_LEAD))
    return eve_at, day_at, end


@dataclass(frozen=True)
class Reminder:
    """One reminder, with what the UI and the command line need to word it."""

    key: str
    kind: str  # one of KINDS
    due_at: dt.datetime  # naive wall clock: when it becomes due
    on: dt.date  # the day it is about: due date, birthday, event day, reflection day
    item_kind: str  # what opening it shows: "follow_up", "contact", "event", "reflection"
    item_id: int
    subject: str = ""  # follow-up text, contact name, event title
    contact_name: str = ""
    place: str = ""
    starts_at: dt.datetime | None = None  # events
    phase: str = ""  # events: "eve" or "day"
    age: int | None = None  # birthdays with a year
    last_contact: dt.datetime | None = None  # keep in touch
    interval: str = ""  # reflection: "weekly" or "monthly"
    expires_at: dt.datetime | None = None  # after this it is no longer shown
    snoozed_until: dt.datetime | None = None
    notified_at: dt.datetime | None = None

    def effective_at(self) -> dt.datetime:
        """When it (next) needs attention: its due time, or the end of its snooze."""
        if self.snoozed_until is not None and self.snoozed_until > self.due_at:
            return self.snoozed_until
        return self.due_at

    def overdue_days(self, today: dt.date) -> int:
        return max(0, (today - self.on).days)

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready data (``kontaktbuch due --json``)."""
        data: dict[str, object] = {
            "key": self.key,
            "kind": self.kind,
            "due_at": self.due_at.isoformat(timespec="minutes"),
            "on": self.on.isoformat(),
            "item_kind": self.item_kind,
            "item_id": self.item_id,
            "subject": self.subject,
        }
        optional = {
            "contact_name": self.contact_name or None,
            "place": self.place or None,
            "starts_at": self.starts_at.isoformat(timespec="minutes") if self.starts_at else None,
            "phase": self.phase or None,
            "age": self.age,
            "last_contact": (
                self.last_contact.isoformat(timespec="minutes") if self.last_contact else None
            ),
            "interval": self.interval or None,
            "snoozed_until": (
                self.snoozed_until.isoformat(timespec="minutes") if self.snoozed_until else None
            ),
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        return data


@dataclass(frozen=True)
class Agenda:
    """What is due now, and what comes (or comes back from a snooze) within ``days``."""

    now: dt.datetime  # naive wall clock the agenda was made for
    due: tuple[Reminder, ...]
    upcoming: tuple[Reminder, ...]

    def to_announce(self) -> tuple[Reminder, ...]:
        """Due reminders not yet announced since they became due (or came back)."""
        return tuple(r for r in self.due if needs_announcing(r))

    def next_change(self) -> dt.datetime | None:
        """The next wall-clock time at which something becomes due."""
        times = [r.effective_at() for r in self.upcoming if r.effective_at() > self.now]
        return min(times) if times else None


def needs_announcing(reminder: Reminder) -> bool:
    """Announce once per reminder: again only if it came back from a snooze or its
    due time moved after the last announcement."""
    if reminder.notified_at is None:
        return True
    return reminder.notified_at < reminder.effective_at()


@dataclass(frozen=True)
class State:
    """What the user did with a reminder (a ``reminder_state`` row as plain data)."""

    notified_at: dt.datetime | None
    snoozed_until: dt.datetime | None
    done_at: dt.datetime | None


def _latest(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def agenda_of(
    candidates: Iterable[Reminder],
    states: Mapping[str, State],
    now: dt.datetime,
    tz: dt.tzinfo | None,
    horizon: dt.date,
) -> Agenda:
    """What is due at ``now`` and what comes up to the end of ``horizon``.

    Done reminders are left out (a follow-up only leaves when it is done itself);
    snoozed ones count as upcoming until their snooze ends.
    """
    wall = local_naive(now, tz)
    now_absolute = absolute(now, tz)
    limit = dt.datetime.combine(horizon + dt.timedelta(days=1), dt.time(0))
    due: list[Reminder] = []
    upcoming: list[Reminder] = []
    for r in candidates:
        state = states.get(r.key)
        if state is not None:
            if state.done_at is not None and r.kind != "follow_up":
                continue
            r = replace(
                r,
                snoozed_until=_latest(r.snoozed_until, state.snoozed_until),
                notified_at=state.notified_at,
            )
        if r.expires_at is not None and wall >= r.expires_at:
            continue
        # A snooze that has ended stays on the reminder: it tells that it came back.
        snoozed = (
            r.snoozed_until is not None
            and absolute(to_aware(r.snoozed_until, tz, later=True), tz) > now_absolute
        )
        if r.due_at <= wall and not snoozed:
            due.append(r)
        elif r.effective_at() < limit:
            upcoming.append(r)
    due.sort(key=lambda r: (KINDS.index(r.kind), r.due_at, r.subject))
    upcoming.sort(key=lambda r: (r.effective_at(), KINDS.index(r.kind), r.subject))
    return Agenda(now=wall, due=tuple(due), upcoming=tuple(upcoming))


def is_snoozed(reminder: Reminder, now: dt.datetime) -> bool:
    """True while the reminder is put off (``now`` as a naive wall-clock time)."""
    return reminder.snoozed_until is not None and reminder.snoozed_until > now


def one_per_event(items: Sequence[Reminder]) -> list[Reminder]:
    """For lists: an event's "day before" and "on the day" reminders as one entry."""
    result: list[Reminder] = []
    events: set[int] = set()
    for r in items:
        if r.kind == "event":
            if r.item_id in events:
                continue
            events.add(r.item_id)
        result.append(r)
    return result
