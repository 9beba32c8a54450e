"""Writing records into the journal: a new row, or an existing one brought in line.

Runs inside the engine's transaction. References are UIDs; :class:`Resolver`
turns them into local ids. A reference to something this journal does not know
(yet) is left out and reported, so the engine can keep it on the server and try
again when the thing arrives (``sync_item.carried``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kontaktbuch.exchange.sync.local_columns import COLUMN_OF, PLAIN, SINGLE_REFERENCES
from kontaktbuch.exchange.sync.records import Record
from kontaktbuch.store.models import database_proxy


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def _sql(sql: str, params: Sequence[object] = ()) -> Any:
    return database_proxy.execute_sql(sql, list(params))


class Resolver:
    """UID → local id of things in this journal (deleted ones do not count)."""

    def __init__(self, unknown: set[tuple[str, str]] | None = None) -> None:
        self.missing: set[tuple[str, str]] = set()
        # things deleted here when the sync began: references to them are not followed
        self.unknown = unknown or set()

    def one(self, kind: str, uid: str | None) -> int | None:
        if not uid:
            return None
        candidates = [uid]
        if kind == "contact" and uid.startswith("urn:uuid:"):
            candidates.append(uid[len("urn:uuid:") :])
        for candidate in candidates:
            if (kind, candidate) in self.unknown:
                continue
            row = _sql(
                "SELECT local_id FROM sync_item WHERE kind = ? AND uid = ? AND deleted = 0 "
                "AND local_id IS NOT NULL",
                [kind, candidate],
            ).fetchone()
            if row is not None:
                return int(row[0])
        self.missing.add((kind, uid))
        return None

    def many(self, kind: str, uids: Iterable[str]) -> list[int]:
        out = []
        for uid in uids:
            local_id = self.one(kind, uid)
            if local_id is not None:
                out.append(local_id)
        return out


def _insert(table: str, values: dict[str, object]) -> int:
    names = ", ".join(f'"{k}"' for k in values)
    marks = ", ".join("?" for _ in values)
    cursor = _sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))
    return int(cursor.lastrowid)


def _update(table: str, local_id: int, values: dict[str, object]) -> None:
    sets = ", ".join(f'"{k}" = ?' for k in values)
    _sql(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*values.values(), local_id])


def _upsert(table: str, local_id: int | None, values: dict[str, object], stamped: bool) -> int:
    if local_id is None:
        if stamped:
            values = {"created_at": _now(), "updated_at": _now(), **values}
        return _insert(table, values)
    if stamped:
        values = {**values, "updated_at": _now()}
    _update(table, local_id, values)
    return local_id


def _replace(table: str, key: str, owner: int, rows: list[dict[str, object]]) -> None:
    _sql(f'DELETE FROM "{table}" WHERE "{key}" = ?', [owner])
    for row in rows:
        _insert(table, {key: owner, **row})


def _set_links(table: str, key: str, owner: int, other: str, ids: Iterable[int]) -> None:
    """Make the link rows of ``owner`` exactly ``ids``, keeping rows that stay."""
    wanted = set(ids)
    current = {
        int(r[0]) for r in _sql(f'SELECT "{other}" FROM "{table}" WHERE "{key}" = ?', [owner])
    }
    for gone in current - wanted:
        _sql(f'DELETE FROM "{table}" WHERE "{key}" = ? AND "{other}" = ?', [owner, gone])
    for new in sorted(wanted - current):
        _insert(table, {key: owner, other: new})


def _tag_id(name: str) -> int:
    row = _sql('SELECT id FROM "tag" WHERE name = ?', [name]).fetchone()  # NOCASE column
    if row is not None:
        return int(row[0])
    return _insert("tag", {"name": name})


def _row(kind: str, r: Record, resolver: Resolver) -> dict[str, object]:
    """The values of the plain fields and single references (:mod:`.local_columns`)."""
    values = {COLUMN_OF.get(field, field): r[field] for field in PLAIN[kind]}
    for field, other in SINGLE_REFERENCES[kind].items():
        values[f"{field}_id"] = resolver.one(other, r[field])
    return values


def apply(kind: str, local_id: int | None, record: Record, resolver: Resolver) -> int:
    """Write ``record`` as the thing ``local_id`` (None: a new one); returns its id."""
    return _WRITERS[kind](local_id, record, resolver)


def delete(kind: str, local_id: int) -> None:
    """Remove a thing the other side deleted (its parts and links go with it)."""
    _sql(f'DELETE FROM "{kind}" WHERE id = ?', [local_id])


def _contact(local_id: int | None, r: Record, resolver: Resolver) -> int:
    day, month, year = r["birthday"] or [None, None, None]
    values = _row("contact", r, resolver)
    values.update(
        birthday_day=day, birthday_month=month, birthday_year=year, archived=int(r["archived"])
    )
    cid = _upsert("contact", local_id, values, stamped=True)
    for table, column, second, items in (
        ("contact_email", "address", "label", r["emails"]),
        ("contact_phone", "number", "label", r["phones"]),
        ("contact_link", "url", "kind", r["links"]),
    ):
        rows = [{column: a, second: b, "position": i} for i, (a, b) in enumerate(items)]
        _replace(table, "contact_id", cid, rows)
    _set_links("contact_tag", "contact_id", cid, "tag_id", [_tag_id(t) for t in r["tags"]])
    wanted = set()
    for other, kind, label in r["relations"]:
        other_id = resolver.one("contact", other)
        if other_id is not None and other_id != cid:
            wanted.add((other_id, kind, label))
    current = {
        (int(o), k, lab)
        for o, k, lab in _sql(
            "SELECT other_id, kind, label FROM relationship WHERE contact_id = ?", [cid]
        ).fetchall()
    }
    for other_id, kind, label in current - wanted:
        _sql(
            "DELETE FROM relationship WHERE contact_id = ? AND other_id = ? AND kind = ? "
            "AND label = ?",
            [cid, other_id, kind, label],
        )
    for other_id, kind, label in sorted(wanted - current):
        _insert(
            "relationship",
            {
                "created_at": _now(),
                "contact_id": cid,
                "other_id": other_id,
                "kind": kind,
                "label": label,
            },
        )
    return cid


def _network(local_id: int | None, r: Record, resolver: Resolver) -> int:
    nid = _upsert("network", local_id, _row("network", r, resolver), stamped=True)
    wanted: dict[int, tuple[str, str | None]] = {}
    for uid, (role, since) in r["members"].items():
        cid = resolver.one("contact", uid)
        if cid is not None:
            wanted[cid] = (role, since)
    current = {
        int(c): (role, str(since)[:10] if since else None)
        for c, role, since in _sql(
            "SELECT contact_id, role, since FROM membership WHERE network_id = ?", [nid]
        ).fetchall()
    }
    for cid in current.keys() - wanted.keys():
        _sql("DELETE FROM membership WHERE network_id = ? AND contact_id = ?", [nid, cid])
    for cid, (role, since) in wanted.items():
        if cid not in current:
            _insert(
                "membership", {"contact_id": cid, "network_id": nid, "role": role, "since": since}
            )
        elif current[cid] != (role, since):
            _sql(
                "UPDATE membership SET role = ?, since = ? WHERE network_id = ? AND contact_id = ?",
                [role, since, nid, cid],
            )
    return nid


def _event(local_id: int | None, r: Record, resolver: Resolver) -> int:
    eid = _upsert("event", local_id, _row("event", r, resolver), stamped=True)
    contacts = resolver.many("contact", r["attendees"])
    _set_links("event_attendee", "event_id", eid, "contact_id", contacts)
    _set_links("goal_event", "event_id", eid, "goal_id", resolver.many("goal", r["goals"]))
    return eid


def _conversation(local_id: int | None, r: Record, resolver: Resolver) -> int:
    vid = _upsert("conversation", local_id, _row("conversation", r, resolver), stamped=True)
    contacts = resolver.many("contact", r["contacts"])
    _set_links("conversation_contact", "conversation_id", vid, "contact_id", contacts)
    current = [
        list(row)
        for row in _sql(
            "SELECT kind, text FROM outcome WHERE conversation_id = ? ORDER BY id", [vid]
        ).fetchall()
    ]
    if current != r["outcomes"]:
        rows = [{"kind": kind, "text": text} for kind, text in r["outcomes"]]
        _replace("outcome", "conversation_id", vid, rows)
    goals = resolver.many("goal", r["goals"])
    _set_links("goal_conversation", "conversation_id", vid, "goal_id", goals)
    return vid


Writer = Callable[[int | None, Record, Resolver], int]


def _own_table_only(kind: str, *, stamped: bool = True) -> Writer:
    """The writer of a kind whose fields all stand in its own table."""

    def write(local_id: int | None, r: Record, resolver: Resolver) -> int:
        return _upsert(kind, local_id, _row(kind, r, resolver), stamped=stamped)

    return write


_WRITERS: dict[str, Writer] = {
    "contact": _contact,
    "network": _network,
    "event": _event,
    "conversation": _conversation,
    "follow_up": _own_table_only("follow_up"),
    "goal": _own_table_only("goal"),
    # a reflection keeps the time it was saved at (its created_at) and has no updated_at
    "reflection": _own_table_only("reflection", stamped=False),
}
