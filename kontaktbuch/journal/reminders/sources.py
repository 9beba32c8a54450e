"""Where reminders come from: the queries that gather the candidates.

Five kinds of reminder come from the journal: follow-ups on their due date (and
overdue until done), contacts whose keep-in-touch interval has passed,
birthdays, events (the day before and on the morning of the day) and the next
reflection. Each source reads what may be due up to a horizon and words it as a
:class:`~.rules.Reminder`; when each one is due is decided by :mod:`.rules`.
The queries read plain rows where there are thousands (names, birthdays), not
model objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from kontaktbuch.journal.interactions import keep_in_touch
from kontaktbuch.journal.names import display_name
from kontaktbuch.journal.reminders.clock import morning
from kontaktbuch.journal.reminders.rules import (
    BIRTHDAY_GRACE_DAYS,
    Reminder,
    State,
    birthday_in,
    event_times,
    keep_in_touch_round,
    reflection_period_start,
)
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

# Up to this many ids, names are looked up by id; more are read in one pass over
# all contacts (thousands of ``IN`` lists of model objects cost the reminders
# check most of a second on a decade of notes).
_NAMES_BY_ID = 500


def _contact_names(ids: Iterable[int]) -> dict[int, str]:
    id_list = list(set(ids))
    if not id_list:
        return {}
    sql = "SELECT id, prefix, first_name, last_name, organisation FROM contact"
    if len(id_list) <= _NAMES_BY_ID:
        rows = database_proxy.execute_sql(
            f"{sql} WHERE id IN ({','.join('?' * len(id_list))})", id_list
        ).fetchall()
        return {cid: display_name(p, f, la, o) for cid, p, f, la, o in rows}
    wanted = set(id_list)
    return {
        cid: display_name(p, f, la, o)
        for cid, p, f, la, o in database_proxy.execute_sql(sql).fetchall()
        if cid in wanted
    }


def _reminder(
    kind: str,
    tail: object,
    on: dt.date,
    item_id: int,
    *,
    item_kind: str = "",
    due_at: dt.datetime | None = None,
) -> Reminder:
    """What every reminder has, said once for all kinds: its key is its kind and what
    tells it apart (``tail``); it is due in the morning of its day unless ``due_at``
    says otherwise; opening it shows what its kind names unless ``item_kind`` does
    (a birthday shows the contact). Each kind adds its details with
    :func:`dataclasses.replace`, which the type check checks field by field."""
    return Reminder(
        key=f"{kind}:{tail}",
        kind=kind,
        due_at=due_at or morning(on),
        on=on,
        item_kind=item_kind or kind,
        item_id=item_id,
    )


def _follow_ups(today: dt.date, horizon: dt.date) -> list[Reminder]:
    query = m.FollowUp.select().where(
        m.FollowUp.done_at.is_null(),
        m.FollowUp.due_date.is_null(False),
        m.FollowUp.due_date <= horizon,
    )
    # (row, due date): the query leaves out follow-ups without one.
    rows = [(f, f.due_date) for f in query if f.due_date is not None]
    names = _contact_names(f.contact_id for f, _ in rows if f.contact_id is not None)
    return [
        replace(
            _reminder("follow_up", f.id, due, f.id),
            subject=f.text,
            contact_name=names.get(f.contact_id, "") if f.contact_id else "",
            snoozed_until=f.snoozed_until,
        )
        for f, due in rows
    ]


def _about_contact(
    kind: str,
    tail: str,
    day: dt.date,
    contact_id: int,
    name: str,
    *,
    last_contact: dt.datetime | None = None,
    age: int | None = None,
    expires_at: dt.datetime | None = None,
) -> Reminder:
    """A reminder about a contact (keep in touch, birthday), due in the morning of ``day``."""
    return replace(
        _reminder(kind, tail, day, contact_id, item_kind="contact"),
        subject=name,
        contact_name=name,
        last_contact=last_contact,
        age=age,
        expires_at=expires_at,
    )


def _keep_in_touch(now: dt.datetime, today: dt.date, horizon: dt.date) -> list[Reminder]:
    """A contact is due when its interval has passed (:func:`.rules.keep_in_touch_round`)."""
    result = []
    dues = keep_in_touch(now)
    candidates = {cid: k for cid, k in dues.items() if k.due <= horizon}
    names = _contact_names(candidates)
    for cid, k in candidates.items():
        due = keep_in_touch_round(k.due, k.interval_days, today)
        tail = f"{cid}:{due.isoformat()}"
        name = names.get(cid, "?")
        result.append(_about_contact("keep_in_touch", tail, due, cid, name, last_contact=k.last))
    return result


def _birthdays(today: dt.date, horizon: dt.date) -> list[Reminder]:
    # Plain rows, not model objects: thousands of contacts have a birthday.
    query = m.tuple_rows(
        m.Contact.select(
            m.Contact.id,
            m.Contact.prefix,
            m.Contact.first_name,
            m.Contact.last_name,
            m.Contact.organisation,
            m.Contact.birthday_day,
            m.Contact.birthday_month,
            m.Contact.birthday_year,
        ).where(
            m.Contact.archived == False,  # noqa: E712 - SQL comparison
            m.Contact.birthday_day.is_null(False),
            m.Contact.birthday_month.is_null(False),
        )
    )
    earliest = today - dt.timedelta(days=BIRTHDAY_GRACE_DAYS)
    years = range(earliest.year, horizon.year + 1)
    result = []
    for cid, prefix, first, last, organisation, b_day, b_month, b_year in query:
        for year in years:
            day = birthday_in(year, b_month, b_day)
            if day is None or not earliest <= day <= horizon:
                continue
            age = year - b_year if b_year else None
            name = display_name(prefix, first, last, organisation)
            expires_at = dt.datetime.combine(
                day + dt.timedelta(days=BIRTHDAY_GRACE_DAYS + 1), dt.time(0)
            )
            result.append(
                _about_contact(
                    "birthday",
                    f"{cid}:{year}",
                    day,
                    cid,
                    name,
                    age=age if age is not None and age > 0 else None,
                    expires_at=expires_at,
                )
            )
    return result


def _event_reminder(
    event: m.Event, phase: str, due_at: dt.datetime, expires_at: dt.datetime
) -> Reminder:
    return replace(
        _reminder("event", f"{event.id}:{phase}", event.starts_at.date(), event.id, due_at=due_at),
        subject=event.title,
        place=event.place,
        starts_at=event.starts_at,
        phase=phase,
        expires_at=expires_at,
    )


def _events(today: dt.date, horizon: dt.date) -> list[Reminder]:
    """The day before and on the day of each event (:func:`.rules.event_times`)."""
    query = m.Event.select().where(
        m.Event.starts_at >= dt.datetime.combine(today, dt.time(0)),
        m.Event.starts_at < dt.datetime.combine(horizon + dt.timedelta(days=2), dt.time(0)),
    )
    result = []
    for e in query:
        eve_at, day_at, end = event_times(e.starts_at, e.duration_minutes)
        if eve_at.date() <= horizon:
            result.append(_event_reminder(e, "eve", eve_at, min(day_at, end)))
        if e.starts_at.date() <= horizon:
            result.append(_event_reminder(e, "day", day_at, end))
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
    current = reflection_period_start(interval, today)
    if last is None:
        return current
    # Imported here: the reflection package is large, and the reminders check (right
    # after the window's first paint) needs only this rule from it.
    from kontaktbuch.journal.reflection.due import next_reflection_date

    return max(next_reflection_date(interval, last, today), current)


def _reflection(now: dt.datetime, interval: str, states: Mapping[str, State]) -> Reminder | None:
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
    return replace(
        _reminder("reflection", day.isoformat(), day, 0),
        interval=interval if interval in ("weekly", "monthly") else "monthly",
    )


def candidates(
    wall: dt.datetime,
    horizon: dt.date,
    reflection_interval: str,
    reflection_states: Mapping[str, State],
) -> list[Reminder]:
    """Every reminder that may be due up to the end of ``horizon``, as of the naive
    wall-clock time ``wall``; ``reflection_states``: every ``reflection:…`` state
    (those marked done move the next reflection)."""
    today = wall.date()
    found: list[Reminder] = []
    found += _follow_ups(today, horizon)
    found += _keep_in_touch(wall, today, horizon)
    found += _birthdays(today, horizon)
    found += _events(today, horizon)
    reflection = _reflection(wall, reflection_interval, reflection_states)
    if reflection is not None and reflection.on <= horizon:
        found.append(reflection)
    return found
