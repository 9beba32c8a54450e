"""The conversation log: rows with everything a line shows, filtered and paged in SQL.

The log is read in pages by key — ``(occurred_at, id) < (last seen)`` newest
first — with every filter in SQL, and the contacts, outcomes, follow-ups and
goals of one page fetched in a few batched queries, so a journal with 100,000
conversations scrolls as smoothly as one with ten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kontaktbuch.journal.names import display_name
from kontaktbuch.journal.snapshots import placeholders
from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.values import as_date, as_datetime

PAGE_SIZE = 200


def _stamp(value: dt.datetime) -> str:
    """The text form peewee stores date-times in, for comparisons in SQL."""
    return value.strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class ContactRef:
    id: int
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    kind: str
    text: str


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    text: str
    due_date: dt.date | None
    done_at: dt.datetime | None
    conversation_id: int | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class ConversationRow:
    """One line of the log, with everything the list shows."""

    id: int
    occurred_at: dt.datetime
    event_id: int | None
    event_title: str
    channel: str
    minutes: int
    enjoyment: int | None
    notes: str
    contacts: tuple[ContactRef, ...] = ()
    outcomes: tuple[OutcomeRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()
    goal_ids: tuple[int, ...] = ()
    # ``occurred_at`` exactly as stored, for paging by key
    stored_at: str = ""

    @property
    def key(self) -> tuple[str, int]:
        """The paging key of this row."""
        return (self.stored_at or _stamp(self.occurred_at), self.id)

    @property
    def open_follow_ups(self) -> tuple[FollowUpRow, ...]:
        return tuple(f for f in self.follow_ups if not f.done)


@dataclass
class Filters:
    """What the log shows; None means "any"."""

    contact_id: int | None = None
    network_id: int | None = None
    event_id: int | None = None
    goal_id: int | None = None
    channel: str | None = None
    outcome_kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in vars(self).values())


def get_conversation(conv_id: int) -> ConversationRow | None:
    rows = _load(["c.id = ?"], [conv_id], None, 1)
    return rows[0] if rows else None


def _filter_sql(filters: Filters | None) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if filters is None:
        return where, params
    if filters.contact_id is not None:
        where.append(
            "c.id IN (SELECT conversation_id FROM conversation_contact WHERE contact_id = ?)"
        )
        params.append(filters.contact_id)
    if filters.network_id is not None:
        where.append(
            "(c.event_id IN (SELECT id FROM event WHERE network_id = ?) OR c.id IN ("
            "SELECT cc.conversation_id FROM conversation_contact cc JOIN membership ms "
            "ON ms.contact_id = cc.contact_id WHERE ms.network_id = ?))"
        )
        params += [filters.network_id, filters.network_id]
    if filters.event_id is not None:
        where.append("c.event_id = ?")
        params.append(filters.event_id)
    if filters.goal_id is not None:
        where.append("c.id IN (SELECT conversation_id FROM goal_conversation WHERE goal_id = ?)")
        params.append(filters.goal_id)
    if filters.channel is not None:
        where.append("c.channel = ?")
        params.append(filters.channel)
    if filters.outcome_kind is not None:
        where.append(
            "EXISTS (SELECT 1 FROM outcome o WHERE o.conversation_id = c.id AND o.kind = ?)"
        )
        params.append(filters.outcome_kind)
    if filters.date_from is not None:
        where.append("c.occurred_at >= ?")
        params.append(f"{filters.date_from:%Y-%m-%d}")
    if filters.date_to is not None:
        where.append("c.occurred_at < ?")
        params.append(f"{filters.date_to + dt.timedelta(days=1):%Y-%m-%d}")
    return where, params


def _load(
    where: list[str], params: list[object], after: tuple[str, int] | None, limit: int
) -> list[ConversationRow]:
    where = list(where)
    params = list(params)
    if after is not None:
        where.append("(c.occurred_at, c.id) < (?, ?)")
        params += [after[0], after[1]]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = database_proxy.execute_sql(
        "SELECT c.id, c.occurred_at, c.event_id, e.title, c.channel, c.minutes, c.enjoyment, "
        "c.notes FROM conversation c LEFT JOIN event e ON e.id = c.event_id "
        f"{clause} ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    if not rows:
        return []
    ids = [int(r[0]) for r in rows]
    marks = placeholders(ids)
    contacts: dict[int, list[ContactRef]] = {}
    for conv_id, cid, prefix, first, last, org in database_proxy.execute_sql(
        "SELECT cc.conversation_id, ct.id, ct.prefix, ct.first_name, ct.last_name, ct.organisation "
        "FROM conversation_contact cc JOIN contact ct ON ct.id = cc.contact_id "
        f"WHERE cc.conversation_id IN ({marks}) ORDER BY cc.id",
        ids,
    ).fetchall():
        contacts.setdefault(int(conv_id), []).append(
            ContactRef(int(cid), display_name(prefix, first, last, org), org)
        )
    outcomes: dict[int, list[OutcomeRow]] = {}
    for oid, conv_id, kind, text in database_proxy.execute_sql(
        "SELECT id, conversation_id, kind, text FROM outcome "
        f"WHERE conversation_id IN ({marks}) ORDER BY id",
        ids,
    ).fetchall():
        outcomes.setdefault(int(conv_id), []).append(OutcomeRow(int(oid), kind, text))
    follow_ups: dict[int, list[FollowUpRow]] = {}
    for fid, conv_id, text, due, done in database_proxy.execute_sql(
        "SELECT id, conversation_id, text, due_date, done_at FROM follow_up "
        f"WHERE conversation_id IN ({marks}) ORDER BY id",
        ids,
    ).fetchall():
        follow_ups.setdefault(int(conv_id), []).append(
            FollowUpRow(int(fid), text, as_date(due), as_datetime(done), int(conv_id))
        )
    goals: dict[int, list[int]] = {}
    for conv_id, gid in database_proxy.execute_sql(
        "SELECT conversation_id, goal_id FROM goal_conversation "
        f"WHERE conversation_id IN ({marks})",
        ids,
    ).fetchall():
        goals.setdefault(int(conv_id), []).append(int(gid))
    out = []
    for cid, occurred, event_id, title, channel, minutes, enjoyment, notes in rows:
        cid = int(cid)
        out.append(
            ConversationRow(
                id=cid,
                occurred_at=as_datetime(occurred) or dt.datetime.min,
                event_id=int(event_id) if event_id is not None else None,
                event_title=title or "",
                channel=channel,
                minutes=int(minutes or 0),
                enjoyment=int(enjoyment) if enjoyment is not None else None,
                notes=notes or "",
                contacts=tuple(contacts.get(cid, ())),
                outcomes=tuple(outcomes.get(cid, ())),
                follow_ups=tuple(follow_ups.get(cid, ())),
                goal_ids=tuple(sorted(goals.get(cid, ()))),
                stored_at=str(occurred),
            )
        )
    return out


def list_page(
    filters: Filters | None = None,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[ConversationRow]:
    """The next ``limit`` conversations older than ``after`` (a row's ``key``), newest first."""
    where, params = _filter_sql(filters)
    return _load(where, params, after, limit)


def count(filters: Filters | None = None) -> int:
    where, params = _filter_sql(filters)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return int(
        database_proxy.execute_sql(
            f"SELECT COUNT(*) FROM conversation c {clause}", params
        ).fetchone()[0]
    )


def newer_count(conv_id: int, filters: Filters | None = None) -> int | None:
    """How many conversations the log lists before ``conv_id`` (None if it is not listed)."""
    row = database_proxy.execute_sql(
        "SELECT occurred_at FROM conversation WHERE id = ?", (conv_id,)
    ).fetchone()
    if row is None:
        return None
    where, params = _filter_sql(filters)
    where.append("(c.occurred_at, c.id) > (?, ?)")
    params += [row[0], conv_id]
    return int(
        database_proxy.execute_sql(
            f"SELECT COUNT(*) FROM conversation c WHERE {' AND '.join(where)}", params
        ).fetchone()[0]
    )
