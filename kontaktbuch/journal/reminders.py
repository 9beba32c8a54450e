"""What is due, and what the user did about it: the reminder rules, without Qt.

Five kinds of reminder come from the journal: follow-ups on their due date (and
overdue until done), contacts whose keep-in-touch interval has passed,
birthdays, events (the day before and on the morning of the day) and the next
reflection. Each reminder has a stable key ("follow_up:12",
"keep_in_touch:5:2026-11-30", "birthday:7:2026", "event:3:eve", "event:3:day",
"reflection:2026-12-01"); what the user did with it (done, snoozed, already
announced) is kept under that key in ``reminder_state``, so it survives a
restart and nothing is announced twice.

Every rule takes ``now`` as an argument, so tests run on a fixed clock. The
journal stores naive local wall-clock times; ``now`` may be naive (local wall
clock) or aware, and ``tz`` says which zone the wall clock is in (``None``: the
system's). Wall-clock rules ("tomorrow at 08:00") are computed on the calendar;
durations ("in one hour") and "how long until" are computed in absolute time,
so a change to or from daylight saving time neither skips nor doubles an hour.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import peewee as pw

from kontaktbuch.journal.interactions import keep_in_touch
from kontaktbuch.journal.names import display_name
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

KINDS: tuple[str, ...] = ("follow_up", "keep_in_touch", "birthday", "event", "reflection")
SNOOZE_CHOICES: tuple[str, ...] = ("hour", "tomorrow", "next_week")

#: the wall-clock time of day at which day-based reminders become due
MORNING = dt.time(8, 0)
#: a birthday stays in the list this many days after the day, if not marked done
BIRTHDAY_GRACE_DAYS = 2
#: the "on the day" reminder of an event comes at the latest this long before it starts
EVENT_LEAD = dt.timedelta(hours=1)
#: how far ahead "upcoming" looks by default (the Reminders view)
UPCOMING_DAYS = 14


# --- time ------------------------------------------------------------------------


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


def _absolute(now: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """In UTC: Python compares and subtracts times of one zone by their wall clocks."""
    aware = now if now.tzinfo is not None else to_aware(now, tz)
    return aware.astimezone(dt.UTC)


def seconds_until(wall: dt.datetime, now: dt.datetime, tz: dt.tzinfo | None = None) -> float:
    """Real seconds from ``now`` until the wall-clock time ``wall`` (negative if past)."""
    return (_absolute(to_aware(wall, tz), tz) - _absolute(now, tz)).total_seconds()


def add_duration(now: dt.datetime, delta: dt.timedelta, tz: dt.tzinfo | None = None) -> dt.datetime:
    """``now`` plus a real duration, as a naive wall-clock time in ``tz``."""
    later = _absolute(now, tz) + delta
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
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def _morning(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, MORNING)


def birthday_in(year: int, month: int, day: int) -> dt.date | None:
    """The day a birthday is celebrated in ``year``: 29 February becomes 28 February
    in a non-leap year. None for an impossible date (e.g. 31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        if month == 2 and day == 29:
            return dt.date(year, 2, 28)
        return None


def _period_start(interval: str, today: dt.date) -> dt.date:
    if interval == "weekly":
        return today - dt.timedelta(days=today.weekday())
    return today.replace(day=1)


# --- the reminders ---------------------------------------------------------------


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


def _display_name(first: str | None, last: str | None, organisation: str | None) -> str:
    """:func:`journal.names.display_name` of plain columns (these queries read no prefix)."""
    return display_name("", first or "", last or "", organisation or "")


#: Up to this many ids, names are looked up by id; more are read in one pass over
#: all contacts (thousands of ``IN`` lists of model objects cost the reminders
#: check most of a second on a decade of notes).
_NAMES_BY_ID = 500


def _contact_names(ids: Iterable[int]) -> dict[int, str]:
    id_list = list(set(ids))
    if not id_list:
        return {}
    sql = "SELECT id, first_name, last_name, organisation FROM contact"
    if len(id_list) <= _NAMES_BY_ID:
        rows = database_proxy.execute_sql(
            f"{sql} WHERE id IN ({','.join('?' * len(id_list))})", id_list
        ).fetchall()
        return {cid: _display_name(f, la, o) for cid, f, la, o in rows}
    wanted = set(id_list)
    return {
        cid: _display_name(f, la, o)
        for cid, f, la, o in database_proxy.execute_sql(sql).fetchall()
        if cid in wanted
    }


def _follow_ups(today: dt.date, horizon: dt.date) -> list[Reminder]:
    query = m.FollowUp.select().where(
        m.FollowUp.done_at.is_null(),
        m.FollowUp.due_date.is_null(False),
        m.FollowUp.due_date <= horizon,
    )
    rows = list(query)
    names = _contact_names(f.contact_id for f in rows if f.contact_id is not None)
    return [
        Reminder(
            key=f"follow_up:{f.id}",
            kind="follow_up",
            due_at=_morning(f.due_date),
            on=f.due_date,
            item_kind="follow_up",
            item_id=f.id,
            subject=f.text,
            contact_name=names.get(f.contact_id, "") if f.contact_id else "",
            snoozed_until=f.snoozed_until,
        )
        for f in rows
    ]


def _keep_in_touch(now: dt.datetime, today: dt.date, horizon: dt.date) -> list[Reminder]:
    """A contact is due when its interval has passed; left alone, it comes back one
    interval later (so "done" without a conversation dismisses only this round)."""
    result = []
    dues = keep_in_touch(now)
    candidates = {cid: k for cid, k in dues.items() if k.due <= horizon}
    names = _contact_names(candidates)
    for cid, k in candidates.items():
        due = k.due
        if due < today and k.interval_days > 0:
            rounds = (today - due).days // k.interval_days
            due = due + dt.timedelta(days=rounds * k.interval_days)
        result.append(
            Reminder(
                key=f"keep_in_touch:{cid}:{due.isoformat()}",
                kind="keep_in_touch",
                due_at=_morning(due),
                on=due,
                item_kind="contact",
                item_id=cid,
                subject=names.get(cid, "?"),
                contact_name=names.get(cid, "?"),
                last_contact=k.last,
            )
        )
    return result


def _birthdays(today: dt.date, horizon: dt.date) -> list[Reminder]:
    # Plain rows, not model objects: thousands of contacts have a birthday.
    query = (
        m.Contact.select(
            m.Contact.id,
            m.Contact.first_name,
            m.Contact.last_name,
            m.Contact.organisation,
            m.Contact.birthday_day,
            m.Contact.birthday_month,
            m.Contact.birthday_year,
        )
        .where(
            m.Contact.archived == False,  # noqa: E712 - SQL comparison
            m.Contact.birthday_day.is_null(False),
            m.Contact.birthday_month.is_null(False),
        )
        .tuples()
    )
    earliest = today - dt.timedelta(days=BIRTHDAY_GRACE_DAYS)
    years = range(earliest.year, horizon.year + 1)
    result = []
    for cid, first, last, organisation, b_day, b_month, b_year in query:
        for year in years:
            day = birthday_in(year, b_month, b_day)
            if day is None or not earliest <= day <= horizon:
                continue
            age = year - b_year if b_year else None
            name = _display_name(first, last, organisation)
            result.append(
                Reminder(
                    key=f"birthday:{cid}:{year}",
                    kind="birthday",
                    due_at=_morning(day),
                    on=day,
                    item_kind="contact",
                    item_id=cid,
                    subject=name,
                    contact_name=name,
                    age=age if age is not None and age > 0 else None,
                    expires_at=dt.datetime.combine(
                        day + dt.timedelta(days=BIRTHDAY_GRACE_DAYS + 1), dt.time(0)
                    ),
                )
            )
    return result


def _events(now: dt.datetime, today: dt.date, horizon: dt.date) -> list[Reminder]:
    """The day before (in the morning) and on the day (in the morning, or an hour
    before an early start); both end when the event is over."""
    query = m.Event.select().where(
        m.Event.starts_at >= dt.datetime.combine(today, dt.time(0)),
        m.Event.starts_at < dt.datetime.combine(horizon + dt.timedelta(days=2), dt.time(0)),
    )
    result = []
    for e in query:
        day = e.starts_at.date()
        start_of_day = dt.datetime.combine(day, dt.time(0))
        end = e.starts_at + max(dt.timedelta(minutes=e.duration_minutes or 0), EVENT_LEAD)
        eve_at = _morning(day - dt.timedelta(days=1))
        day_at = max(start_of_day, min(_morning(day), e.starts_at - EVENT_LEAD))
        common = {
            "kind": "event",
            "on": day,
            "item_kind": "event",
            "item_id": e.id,
            "subject": e.title,
            "place": e.place,
            "starts_at": e.starts_at,
        }
        if eve_at.date() <= horizon:
            result.append(
                Reminder(
                    key=f"event:{e.id}:eve",
                    due_at=eve_at,
                    phase="eve",
                    expires_at=min(day_at, end),
                    **common,  # type: ignore[arg-type]
                )
            )
        if day <= horizon:
            result.append(
                Reminder(
                    key=f"event:{e.id}:day",
                    due_at=day_at,
                    phase="day",
                    expires_at=end,
                    **common,  # type: ignore[arg-type]
                )
            )
    return result


def _has_journal_activity(now: dt.datetime) -> bool:
    return (
        m.Conversation.select().where(m.Conversation.occurred_at <= now).limit(1).exists()
        or m.Event.select().where(m.Event.starts_at <= now).limit(1).exists()
    )


def reflection_date(
    interval: str, now: dt.datetime, skipped: Iterable[dt.date] = ()
) -> dt.date | None:
    """The day the next reflection is due, or None while there is nothing to reflect on.

    Counted from the last saved reflection, or the last reminder marked done
    ("skip this one"). Overdue for longer than a period, it moves to the start of
    the current period, so it comes back once a period instead of going stale.
    """
    interval = interval if interval in ("weekly", "monthly") else "monthly"
    today = now.date()
    newest = m.Reflection.select(m.Reflection.created_at).order_by(m.Reflection.created_at.desc())
    lasts = [r.created_at.date() for r in newest.limit(1)]
    lasts.extend(skipped)
    last = max(lasts) if lasts else None
    if last is None and not _has_journal_activity(now):
        return None
    current = _period_start(interval, today)
    if last is None:
        return current
    # Imported here: the reflection module is large and the tray imports this one at start.
    from kontaktbuch.journal.reflection import next_reflection_date

    return max(next_reflection_date(interval, last, today), current)


def _reflection(now: dt.datetime, interval: str, states: dict[str, _State]) -> Reminder | None:
    skipped = []
    for key, state in states.items():
        if key.startswith("reflection:") and state.done_at is not None:
            try:
                skipped.append(dt.date.fromisoformat(key.split(":", 1)[1]))
            except ValueError:
                continue
    day = reflection_date(interval, now, skipped)
    if day is None:
        return None
    return Reminder(
        key=f"reflection:{day.isoformat()}",
        kind="reflection",
        due_at=_morning(day),
        on=day,
        item_kind="reflection",
        item_id=0,
        interval=interval if interval in ("weekly", "monthly") else "monthly",
    )


@dataclass(frozen=True)
class _State:
    """A ``reminder_state`` row as plain data (a model object per row costs too much)."""

    notified_at: dt.datetime | None
    snoozed_until: dt.datetime | None
    done_at: dt.datetime | None


def _read_states(query: pw.ModelSelect) -> dict[str, _State]:
    rows = query.select(
        m.ReminderState.key,
        m.ReminderState.notified_at,
        m.ReminderState.snoozed_until,
        m.ReminderState.done_at,
    ).tuples()
    return {key: _State(n, s, d) for key, n, s, d in rows}


def _states(keys: Iterable[str]) -> dict[str, _State]:
    """The states of these reminders (by the unique index: the table keeps growing)."""
    key_list = list(dict.fromkeys(keys))
    states: dict[str, _State] = {}
    for start in range(0, len(key_list), 500):
        chunk = key_list[start : start + 500]
        states.update(_read_states(m.ReminderState.select().where(m.ReminderState.key.in_(chunk))))
    return states


def _reflection_states() -> dict[str, _State]:
    """Every ``reflection:…`` state: the ones marked done move the next reflection."""
    return _read_states(
        m.ReminderState.select().where(
            m.ReminderState.key >= "reflection:", m.ReminderState.key < "reflection;"
        )
    )


def _later(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


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
    absolute = _absolute(now, tz)
    today = wall.date()
    horizon = today + dt.timedelta(days=max(0, days))
    with database_proxy.atomic():
        candidates: list[Reminder] = []
        candidates += _follow_ups(today, horizon)
        candidates += _keep_in_touch(wall, today, horizon)
        candidates += _birthdays(today, horizon)
        candidates += _events(wall, today, horizon)
        reflection = _reflection(wall, reflection_interval, _reflection_states())
        if reflection is not None and reflection.on <= horizon:
            candidates.append(reflection)
        states = _states(r.key for r in candidates)

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
                snoozed_until=_later(r.snoozed_until, state.snoozed_until),
                notified_at=state.notified_at,
            )
        if r.expires_at is not None and wall >= r.expires_at:
            continue
        # A snooze that has ended stays on the reminder: it tells that it came back.
        snoozed = (
            r.snoozed_until is not None
            and _absolute(to_aware(r.snoozed_until, tz, later=True), tz) > absolute
        )
        if r.due_at <= wall and not snoozed:
            due.append(r)
        elif r.effective_at() < limit:
            upcoming.append(r)
    due.sort(key=lambda r: (KINDS.index(r.kind), r.due_at, r.subject))
    upcoming.sort(key=lambda r: (r.effective_at(), KINDS.index(r.kind), r.subject))
    return Agenda(now=wall, due=tuple(due), upcoming=tuple(upcoming))


# --- what the user does -----------------------------------------------------------


@dataclass(frozen=True)
class StateSnapshot:
    """A reminder's state before a change, to undo it."""

    key: str
    existed: bool
    notified_at: dt.datetime | None
    snoozed_until: dt.datetime | None
    done_at: dt.datetime | None
    follow_up_done_at: dt.datetime | None = None
    follow_up_snoozed_until: dt.datetime | None = None


def _follow_up_id(key: str) -> int | None:
    kind, _, rest = key.partition(":")
    if kind != "follow_up":
        return None
    try:
        return int(rest)
    except ValueError:
        return None


def _follow_ups_by_id(ids: Iterable[int]) -> dict[int, tuple[dt.datetime | None, ...]]:
    """(done_at, snoozed_until) of these follow-ups."""
    id_list = list(dict.fromkeys(ids))
    found: dict[int, tuple[dt.datetime | None, ...]] = {}
    for start in range(0, len(id_list), 500):
        query = (
            m.FollowUp.select(m.FollowUp.id, m.FollowUp.done_at, m.FollowUp.snoozed_until)
            .where(m.FollowUp.id.in_(id_list[start : start + 500]))
            .tuples()
        )
        found.update({fid: (done, snoozed) for fid, done, snoozed in query})
    return found


def _snapshot(keys: Sequence[str]) -> list[StateSnapshot]:
    states = _states(keys)
    follow_ups = _follow_ups_by_id(i for i in map(_follow_up_id, keys) if i is not None)
    snaps = []
    for key in keys:
        s = states.get(key)
        fu_id = _follow_up_id(key)
        fu = follow_ups.get(fu_id) if fu_id is not None else None
        snaps.append(
            StateSnapshot(
                key=key,
                existed=s is not None,
                notified_at=s.notified_at if s else None,
                snoozed_until=s.snoozed_until if s else None,
                done_at=s.done_at if s else None,
                follow_up_done_at=fu[0] if fu else None,
                follow_up_snoozed_until=fu[1] if fu else None,
            )
        )
    return snaps


def _db_time(value: dt.datetime | None) -> str | None:
    """A time as peewee stores it (``str()`` of the naive datetime)."""
    return None if value is None else str(value.replace(tzinfo=None))


def _upsert_many(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Insert or update states, one prepared statement for all rows: done or snooze
    on thousands of selected reminders must not take one statement each."""
    names = ", ".join(f'"{c}"' for c in columns)
    sql = (
        f'INSERT INTO reminder_state ("key", {names}) '
        f"VALUES (?, {', '.join('?' * len(columns))}) "
        f'ON CONFLICT ("key") DO UPDATE SET '
        + ", ".join(f'"{c}" = excluded."{c}"' for c in columns)
    )
    database_proxy.cursor().executemany(sql, [tuple(row) for row in rows])


def _update_follow_ups(keys: Sequence[str], **fields: object) -> None:
    ids = [i for i in map(_follow_up_id, keys) if i is not None]
    for start in range(0, len(ids), 500):
        m.FollowUp.update(**fields).where(m.FollowUp.id.in_(ids[start : start + 500])).execute()


def mark_done(
    keys: Sequence[str], now: dt.datetime, tz: dt.tzinfo | None = None
) -> list[StateSnapshot]:
    """Mark reminders done (a follow-up is then done itself). Returns the undo data."""
    stamp = local_naive(now, tz).replace(microsecond=0)
    with database_proxy.atomic():
        before = _snapshot(keys)
        _upsert_many(("done_at", "snoozed_until"), ((k, _db_time(stamp), None) for k in keys))
        _update_follow_ups(keys, done_at=stamp, snoozed_until=None)
    return before


def snooze(keys: Sequence[str], until: dt.datetime) -> list[StateSnapshot]:
    """Put reminders off until the wall-clock time ``until``. Returns the undo data."""
    until = until.replace(microsecond=0, tzinfo=None)
    with database_proxy.atomic():
        before = _snapshot(keys)
        _upsert_many(("snoozed_until",), ((k, _db_time(until)) for k in keys))
        _update_follow_ups(keys, snoozed_until=until)
    return before


def mark_announced(keys: Iterable[str], now: dt.datetime, tz: dt.tzinfo | None = None) -> None:
    """Remember that these reminders were announced, so they are not announced again."""
    stamp = str(local_naive(now, tz).replace(microsecond=0))
    key_list = list(dict.fromkeys(keys))
    if not key_list:
        return
    # One statement for all keys: a big journal can have thousands due at once
    # (5,825 single upserts took 1.4 s and froze the window; as one executemany
    # 25 ms, as one INSERT … SELECT over a JSON array 10 ms).
    with database_proxy.atomic():
        try:
            database_proxy.execute_sql(_ANNOUNCED_JSON_SQL, [stamp, json.dumps(key_list)])
        except pw.OperationalError:  # an SQLite built without JSON functions
            database_proxy.cursor().executemany(_ANNOUNCED_SQL, [(key, stamp) for key in key_list])


_ANNOUNCED_SQL = (
    'INSERT INTO reminder_state ("key", notified_at) VALUES (?, ?) '
    'ON CONFLICT ("key") DO UPDATE SET notified_at = excluded.notified_at'
)
_ANNOUNCED_JSON_SQL = (
    'INSERT INTO reminder_state ("key", notified_at) SELECT value, ? FROM json_each(?) '
    'WHERE true ON CONFLICT ("key") DO UPDATE SET notified_at = excluded.notified_at'
)


def restore(snapshots: Sequence[StateSnapshot]) -> None:
    """Put reminders back as they were before :func:`mark_done` or :func:`snooze`."""
    with database_proxy.atomic():
        _upsert_many(
            ("notified_at", "snoozed_until", "done_at"),
            (
                (s.key, _db_time(s.notified_at), _db_time(s.snoozed_until), _db_time(s.done_at))
                for s in snapshots
                if s.existed
            ),
        )
        database_proxy.cursor().executemany(
            'DELETE FROM reminder_state WHERE "key" = ?',
            [(s.key,) for s in snapshots if not s.existed],
        )
        for snap in snapshots:
            fu_id = _follow_up_id(snap.key)
            if fu_id is not None:
                m.FollowUp.update(
                    done_at=snap.follow_up_done_at, snoozed_until=snap.follow_up_snoozed_until
                ).where(m.FollowUp.id == fu_id).execute()


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
