"""Records from the journal: many things at once, a few queries per kind.

A first sync reads 140,000 things; one query per thing and part would take
minutes, so each kind is read in chunks of ids with one query per table. The
UIDs of referenced things come from ``sync_item`` (every local thing has a row
there before records are built: :func:`kontaktbuch.exchange.sync.state.register_new`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from kontaktbuch.exchange.sync.local_columns import (
    COLUMN_OF,
    PLAIN,
    SINGLE_REFERENCES,
    stored_text,
)
from kontaktbuch.exchange.sync.records import Record, clean
from kontaktbuch.store.models import database_proxy

CHUNK = 500


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _rows(sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = database_proxy.execute_sql(sql, list(params)).fetchall()
    return rows


def contact_ref(uid: str) -> str:
    """How records refer to a contact: its UID as a URI (what group cards and
    ATTENDEE lines carry), ``urn:uuid:`` added to a UID that is no URI."""
    return uid if uid.startswith("urn:") else f"urn:uuid:{uid}"


def uids_of(kind: str, local_ids: Iterable[int]) -> dict[int, str]:
    """The UIDs of local things of ``kind`` (those without one are left out); contacts
    as :func:`contact_ref`."""
    ids = sorted({i for i in local_ids if i is not None})
    out: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for local_id, uid in _rows(
            f"SELECT local_id, uid FROM sync_item WHERE kind = ? AND deleted = 0 "
            f"AND local_id IN ({_marks(chunk)})",
            [kind, *chunk],
        ):
            out[int(local_id)] = contact_ref(str(uid)) if kind == "contact" else str(uid)
    return out


def read_records(kind: str, local_ids: Iterable[int]) -> dict[int, Record]:
    """The records of the things of ``kind`` with these ids (missing ones left out)."""
    ids = sorted(set(local_ids))
    out: dict[int, Record] = {}
    reader = _READERS[kind]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for local_id, record in reader(chunk).items():
            out[local_id] = clean(kind, record)
    return out


def _grouped(sql: str, chunk: Sequence[int]) -> dict[int, list[tuple[Any, ...]]]:
    """Rows of ``sql`` (first column the owner's id) grouped by owner, in query order."""
    out: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in _rows(sql.format(marks=_marks(chunk)), chunk):
        out[int(row[0])].append(tuple(row[1:]))
    return out


def _things(kind: str, chunk: Sequence[int], extra: Sequence[str] = ()) -> dict[int, Record]:
    """The records of ``kind`` as far as its own table's columns make them: the plain
    fields and single references (:mod:`.local_columns`), plus the ``extra`` columns
    under their own names for the reader to turn into fields."""
    plain = PLAIN[kind]
    references = SINGLE_REFERENCES[kind]
    columns = [
        *(COLUMN_OF.get(field, field) for field in plain),
        *(f"{field}_id" for field in references),
        *extra,
    ]
    found = {
        int(row[0]): dict(zip(columns, row[1:], strict=True))
        for row in _rows(
            f"SELECT id, {', '.join(columns)} FROM {kind} WHERE id IN ({_marks(chunk)})", chunk
        )
    }
    uids = {
        field: uids_of(other, (values[f"{field}_id"] for values in found.values()))
        for field, other in references.items()
    }
    out: dict[int, Record] = {}
    for local_id, values in found.items():
        record = {field: stored_text(field, values[COLUMN_OF.get(field, field)]) for field in plain}
        for field in references:
            record[field] = uids[field].get(values[f"{field}_id"])
        out[local_id] = record | {column: values[column] for column in extra}
    return out


_CONTACT_EXTRA = ("birthday_day", "birthday_month", "birthday_year", "archived")


def _contacts(chunk: Sequence[int]) -> dict[int, Record]:
    out = _things("contact", chunk, _CONTACT_EXTRA)
    emails = _grouped(
        "SELECT contact_id, address, label FROM contact_email "
        "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id",
        chunk,
    )
    phones = _grouped(
        "SELECT contact_id, number, label FROM contact_phone "
        "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id",
        chunk,
    )
    links = _grouped(
        "SELECT contact_id, url, kind FROM contact_link "
        "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id",
        chunk,
    )
    tags = _grouped(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id IN ({marks})",
        chunk,
    )
    related = _grouped(
        "SELECT contact_id, other_id, kind, label FROM relationship WHERE contact_id IN ({marks})",
        chunk,
    )
    others = uids_of("contact", (r[0] for rs in related.values() for r in rs))
    for cid, record in out.items():
        day, month, year, archived = (record.pop(column) for column in _CONTACT_EXTRA)
        record["birthday"] = [day, month, year] if day and month else None
        record["archived"] = bool(archived)
        record["emails"] = [list(r) for r in emails.get(cid, [])]
        record["phones"] = [list(r) for r in phones.get(cid, [])]
        record["links"] = [list(r) for r in links.get(cid, [])]
        record["tags"] = [r[0] for r in tags.get(cid, [])]
        record["relations"] = [
            [others[o], kind, label] for o, kind, label in related.get(cid, []) if o in others
        ]
    return out


def _networks(chunk: Sequence[int]) -> dict[int, Record]:
    out = _things("network", chunk)
    members = _grouped(
        "SELECT network_id, contact_id, role, since FROM membership WHERE network_id IN ({marks})",
        chunk,
    )
    contacts = uids_of("contact", (m[0] for ms in members.values() for m in ms))
    for nid, record in out.items():
        record["members"] = {
            contacts[cid]: [role, str(since)[:10] if since else None]
            for cid, role, since in members.get(nid, [])
            if cid in contacts
        }
    return out


def _goal_links(table: str, key: str, chunk: Sequence[int]) -> dict[int, list[str]]:
    links = _grouped(f"SELECT {key}, goal_id FROM {table} WHERE {key} IN ({{marks}})", chunk)
    goals = uids_of("goal", (g[0] for gs in links.values() for g in gs))
    return {owner: [goals[g[0]] for g in gs if g[0] in goals] for owner, gs in links.items()}


def _events(chunk: Sequence[int]) -> dict[int, Record]:
    out = _things("event", chunk)
    attendees = _grouped(
        "SELECT event_id, contact_id FROM event_attendee WHERE event_id IN ({marks})", chunk
    )
    contacts = uids_of("contact", (a[0] for xs in attendees.values() for a in xs))
    goals = _goal_links("goal_event", "event_id", chunk)
    for eid, record in out.items():
        record["attendees"] = [contacts[a[0]] for a in attendees.get(eid, []) if a[0] in contacts]
        record["goals"] = goals.get(eid, [])
    return out


def _conversations(chunk: Sequence[int]) -> dict[int, Record]:
    out = _things("conversation", chunk)
    people = _grouped(
        "SELECT conversation_id, contact_id FROM conversation_contact "
        "WHERE conversation_id IN ({marks})",
        chunk,
    )
    outcomes = _grouped(
        "SELECT conversation_id, kind, text FROM outcome WHERE conversation_id IN ({marks}) "
        "ORDER BY conversation_id, id",
        chunk,
    )
    contacts = uids_of("contact", (p[0] for ps in people.values() for p in ps))
    goals = _goal_links("goal_conversation", "conversation_id", chunk)
    for vid, record in out.items():
        record["contacts"] = [contacts[p[0]] for p in people.get(vid, []) if p[0] in contacts]
        record["outcomes"] = [list(o) for o in outcomes.get(vid, [])]
        record["goals"] = goals.get(vid, [])
    return out


# follow-ups, goals and reflections stand wholly in their own tables
_READERS: dict[str, Callable[[Sequence[int]], dict[int, Record]]] = {
    "contact": _contacts,
    "network": _networks,
    "event": _events,
    "conversation": _conversations,
    "follow_up": partial(_things, "follow_up"),
    "goal": partial(_things, "goal"),
    "reflection": partial(_things, "reflection"),
}
