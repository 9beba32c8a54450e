"""What the user did with reminders: announced, snoozed, done, and undoing it.

The state of each reminder is kept under its key in ``reminder_state`` (a
follow-up's done and snooze also on the follow-up itself), so it survives a
restart and nothing is announced twice. Every change returns what was there
before (:class:`StateSnapshot`), so the window can undo it; every change of
many reminders at once is one statement, not one per reminder.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from kontaktbuch.journal.reminders.clock import local_naive
from kontaktbuch.journal.reminders.rules import State
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

# --- reading ---------------------------------------------------------------------


def _read_states(query: pw.ModelSelect[m.ReminderState]) -> dict[str, State]:
    rows = m.tuple_rows(
        query.select(
            m.ReminderState.key,
            m.ReminderState.notified_at,
            m.ReminderState.snoozed_until,
            m.ReminderState.done_at,
        )
    )
    return {key: State(n, s, d) for key, n, s, d in rows}


def states_of(keys: Iterable[str]) -> dict[str, State]:
    """The states of these reminders (by the unique index: the table keeps growing)."""
    key_list = list(dict.fromkeys(keys))
    states: dict[str, State] = {}
    for start in range(0, len(key_list), 500):
        chunk = key_list[start : start + 500]
        states.update(_read_states(m.ReminderState.select().where(m.ReminderState.key.in_(chunk))))
    return states


def reflection_states() -> dict[str, State]:
    """Every ``reflection:…`` state: the ones marked done move the next reflection."""
    return _read_states(
        m.ReminderState.select().where(
            m.ReminderState.key >= "reflection:", m.ReminderState.key < "reflection;"
        )
    )


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
        query = m.tuple_rows(
            m.FollowUp.select(m.FollowUp.id, m.FollowUp.done_at, m.FollowUp.snoozed_until).where(
                m.FollowUp.id.in_(id_list[start : start + 500])
            )
        )
        found.update({fid: (done, snoozed) for fid, done, snoozed in query})
    return found


def _snapshot(keys: Sequence[str]) -> list[StateSnapshot]:
    states = states_of(keys)
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
