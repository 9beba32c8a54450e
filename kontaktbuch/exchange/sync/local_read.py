"""Records from the journal: many things at once, a few queries per kind.

A first sync reads 140,000 things; one query per thing and part would take
minutes, so each kind is read in chunks of ids with one query per table. The
UIDs of referenced things come from ``sync_item`` (every local thing has a row
there before records are built: :func:`kontaktbuch.exchange.sync.state.register_new`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

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


def _contacts(chunk: Sequence[int]) -> dict[int, Record]:
    rows = _rows(
        "SELECT id, prefix, first_name, last_name, organisation, position, first_met, "
        "first_met_event_id, offers, seeks, interests, notes, birthday_day, birthday_month, "
        "birthday_year, keep_in_touch_days, archived "
        f"FROM contact WHERE id IN ({_marks(chunk)})",
        chunk,
    )
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
    events = uids_of("event", (r[7] for r in rows))
    out: dict[int, Record] = {}
    for row in rows:
        cid = int(row[0])
        day, month, year = row[12], row[13], row[14]
        out[cid] = {
            "prefix": row[1],
            "first_name": row[2],
            "last_name": row[3],
            "organisation": row[4],
            "position": row[5],
            "first_met": row[6],
            "first_met_event": events.get(row[7]) if row[7] is not None else None,
            "offers": row[8],
            "seeks": row[9],
            "interests": row[10],
            "notes": row[11],
            "birthday": [day, month, year] if day and month else None,
            "keep_in_touch_days": row[15],
            "archived": bool(row[16]),
            "emails": [list(r) for r in emails.get(cid, [])],
            "phones": [list(r) for r in phones.get(cid, [])],
            "links": [list(r) for r in links.get(cid, [])],
            "tags": [r[0] for r in tags.get(cid, [])],
            "relations": [
                [others[o], kind, label] for o, kind, label in related.get(cid, []) if o in others
            ],
        }
    return out


def _networks(chunk: Sequence[int]) -> dict[int, Record]:
    rows = _rows(
        "SELECT id, name, kind, description, keep_in_touch_days "
        f"FROM network WHERE id IN ({_marks(chunk)})",
        chunk,
    )
    members = _grouped(
        "SELECT network_id, contact_id, role, since FROM membership WHERE network_id IN ({marks})",
        chunk,
    )
    contacts = uids_of("contact", (m[0] for ms in members.values() for m in ms))
    out: dict[int, Record] = {}
    for nid, name, kind, description, keep in rows:
        found = {
            contacts[cid]: [role, str(since)[:10] if since else None]
            for cid, role, since in members.get(int(nid), [])
            if cid in contacts
        }
        out[int(nid)] = {
            "name": name,
            "kind": kind,
            "description": description,
            "keep_in_touch_days": keep,
            "members": found,
        }
    return out


def _goal_links(table: str, key: str, chunk: Sequence[int]) -> dict[int, list[str]]:
    links = _grouped(f"SELECT {key}, goal_id FROM {table} WHERE {key} IN ({{marks}})", chunk)
    goals = uids_of("goal", (g[0] for gs in links.values() for g in gs))
    return {owner: [goals[g[0]] for g in gs if g[0] in goals] for owner, gs in links.items()}


def _events(chunk: Sequence[int]) -> dict[int, Record]:
    rows = _rows(
        "SELECT id, title, starts_at, duration_minutes, travel_minutes, place, network_id, "
        f"enjoyment, notes FROM event WHERE id IN ({_marks(chunk)})",
        chunk,
    )
    attendees = _grouped(
        "SELECT event_id, contact_id FROM event_attendee WHERE event_id IN ({marks})", chunk
    )
    contacts = uids_of("contact", (a[0] for xs in attendees.values() for a in xs))
    networks = uids_of("network", (r[6] for r in rows))
    goals = _goal_links("goal_event", "event_id", chunk)
    out: dict[int, Record] = {}
    for eid, title, starts, duration, travel, place, network, enjoyment, notes in rows:
        out[int(eid)] = {
            "title": title,
            "starts_at": str(starts)[:19],
            "duration_minutes": duration,
            "travel_minutes": travel,
            "place": place,
            "network": networks.get(network) if network is not None else None,
            "enjoyment": enjoyment,
            "notes": notes,
            "attendees": [contacts[a[0]] for a in attendees.get(int(eid), []) if a[0] in contacts],
            "goals": goals.get(int(eid), []),
        }
    return out


def _conversations(chunk: Sequence[int]) -> dict[int, Record]:
    rows = _rows(
        "SELECT id, occurred_at, event_id, channel, minutes, notes, enjoyment "
        f"FROM conversation WHERE id IN ({_marks(chunk)})",
        chunk,
    )
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
    events = uids_of("event", (r[2] for r in rows))
    goals = _goal_links("goal_conversation", "conversation_id", chunk)
    out: dict[int, Record] = {}
    for vid, occurred, event, channel, minutes, notes, enjoyment in rows:
        out[int(vid)] = {
            "occurred_at": str(occurred)[:19],
            "event": events.get(event) if event is not None else None,
            "channel": channel,
            "minutes": minutes,
            "notes": notes,
            "enjoyment": enjoyment,
            "contacts": [contacts[p[0]] for p in people.get(int(vid), []) if p[0] in contacts],
            "outcomes": [list(o) for o in outcomes.get(int(vid), [])],
            "goals": goals.get(int(vid), []),
        }
    return out


def _follow_ups(chunk: Sequence[int]) -> dict[int, Record]:
    rows = _rows(
        "SELECT id, text, due_date, done_at, snoozed_until, contact_id, conversation_id "
        f"FROM follow_up WHERE id IN ({_marks(chunk)})",
        chunk,
    )
    contacts = uids_of("contact", (r[5] for r in rows))
    conversations = uids_of("conversation", (r[6] for r in rows))
    out: dict[int, Record] = {}
    for fid, text, due, done, snoozed, contact, conversation in rows:
        out[int(fid)] = {
            "text": text,
            "due_date": str(due)[:10] if due else None,
            "done_at": str(done)[:19] if done else None,
            "snoozed_until": str(snoozed)[:19] if snoozed else None,
            "contact": contacts.get(contact) if contact is not None else None,
            "conversation": conversations.get(conversation) if conversation is not None else None,
        }
    return out


def _goals(chunk: Sequence[int]) -> dict[int, Record]:
    rows = _rows(
        "SELECT id, title, why, kind, period, budget_hours, target_kind, target_value, "
        f"target_outcome_kind, status, starts_on FROM goal WHERE id IN ({_marks(chunk)})",
        chunk,
    )
    names = (
        "title",
        "why",
        "kind",
        "period",
        "budget_hours",
        "target_kind",
        "target_value",
        "target_outcome_kind",
        "status",
        "starts_on",
    )
    out = {int(row[0]): dict(zip(names, row[1:], strict=True)) for row in rows}
    for record in out.values():
        if record["starts_on"] is not None:
            record["starts_on"] = str(record["starts_on"])[:10]
    return out


def _reflections(chunk: Sequence[int]) -> dict[int, Record]:
    rows = _rows(
        "SELECT id, period_kind, period_start, period_end, answers, verdict, figures, created_at "
        f"FROM reflection WHERE id IN ({_marks(chunk)})",
        chunk,
    )
    out: dict[int, Record] = {}
    for rid, kind, start, end, answers, verdict, figures, created in rows:
        out[int(rid)] = {
            "period_kind": kind,
            "period_start": str(start)[:10],
            "period_end": str(end)[:10],
            "answers": answers,
            "verdict": verdict,
            "figures": figures,
            "saved_at": str(created)[:19],
        }
    return out


_READERS = {
    "contact": _contacts,
    "network": _networks,
    "event": _events,
    "conversation": _conversations,
    "follow_up": _follow_ups,
    "goal": _goals,
    "reflection": _reflections,
}
