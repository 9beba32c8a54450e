"""Relationships between contacts: "introduced by", "works with", "knows", "family",
or a free label.

A row says that ``contact`` stands in ``kind`` to ``other``: "Anna was introduced
by Jörg" is (Anna, Jörg, introduced_by). Only "introduced by" has a direction;
the others read the same from both sides. Both contacts' pages show the row
(:func:`for_contact` gives it from either side), the graph draws it, the vCard
export writes it as ``RELATED`` and an archive keeps it. A contact's deletion
takes its rows along (and its undo brings them back, see
:func:`kontaktbuch.journal.contacts.delete_contacts`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kontaktbuch.journal.names import display_name
from kontaktbuch.journal.snapshots import NotFound, capture, placeholders
from kontaktbuch.journal.vocabulary import RELATIONSHIP_KINDS
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

# kinds that read the same from both sides
MUTUAL_KINDS = frozenset({"works_with", "knows", "family", "other"})


class RelationshipProblem(ValueError):
    """Nothing was written; ``code`` says why ("self", "kind", "label", "duplicate")."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class RelationshipRow:
    """A relationship as seen from one contact's page."""

    id: int
    other_id: int
    other_name: str
    kind: str
    label: str
    # True when the row was written from the other side ("Jörg introduced Anna"
    # on Jörg's page, where the row says Anna was introduced by Jörg)
    reverse: bool


def for_contact(contact_id: int) -> list[RelationshipRow]:
    """Every relationship of a contact, from both sides, ordered by kind and name."""
    rows = database_proxy.execute_sql(
        "SELECT r.id, r.contact_id, r.other_id, r.kind, r.label, "
        "c.prefix, c.first_name, c.last_name, c.organisation "
        "FROM relationship r JOIN contact c "
        "ON c.id = CASE WHEN r.contact_id = ? THEN r.other_id ELSE r.contact_id END "
        "WHERE r.contact_id = ? OR r.other_id = ?",
        [contact_id, contact_id, contact_id],
    ).fetchall()
    out = [
        RelationshipRow(
            int(rid),
            int(other if owner == contact_id else owner),
            display_name(prefix, first, last, org),
            kind,
            label,
            owner != contact_id,
        )
        for rid, owner, other, kind, label, prefix, first, last, org in rows
    ]
    order = {kind: i for i, kind in enumerate(RELATIONSHIP_KINDS)}
    out.sort(key=lambda r: (order.get(r.kind, 99), r.reverse, r.other_name.casefold(), r.id))
    return out


def _exists(contact_id: int, other_id: int, kind: str, label: str) -> bool:
    """Whether the same relationship is already kept (mutual kinds from either side)."""
    pairs = [(contact_id, other_id)]
    if kind in MUTUAL_KINDS:
        pairs.append((other_id, contact_id))
    return any(
        m.Relationship.select()
        .where(
            (m.Relationship.contact == a)
            & (m.Relationship.other == b)
            & (m.Relationship.kind == kind)
            & (m.Relationship.label == label)
        )
        .exists()
        for a, b in pairs
    )


def check(contact_id: int, other_id: int, kind: str, label: str = "") -> str:
    """The label as stored; raises :class:`RelationshipProblem` for what cannot be kept."""
    label = " ".join(label.split())
    if contact_id == other_id:
        raise RelationshipProblem("self")
    if kind not in RELATIONSHIP_KINDS:
        raise RelationshipProblem("kind")
    if kind == "other" and not label:
        raise RelationshipProblem("label")
    return label if kind == "other" else ""


def add(
    contact_id: int,
    other_id: int,
    kind: str,
    label: str = "",
    *,
    now: dt.datetime | None = None,
) -> int:
    """Keep that ``contact_id`` stands in ``kind`` to ``other_id``; returns the row's id."""
    label = check(contact_id, other_id, kind, label)
    with database_proxy.atomic():
        found = m.Contact.select(m.Contact.id).where(m.Contact.id.in_([contact_id, other_id]))
        if len({c.id for c in found}) != 2:
            raise NotFound(other_id)
        if _exists(contact_id, other_id, kind, label):
            raise RelationshipProblem("duplicate")
        row = m.Relationship.create(
            contact=contact_id,
            other=other_id,
            kind=kind,
            label=label,
            created_at=now or dt.datetime.now().replace(microsecond=0),
        )
    return int(row.id)


def remove(relationship_id: int) -> None:
    with database_proxy.atomic():
        m.Relationship.delete().where(m.Relationship.id == relationship_id).execute()


def capture_for(contact_ids: Sequence[int]) -> list[dict[str, object]]:
    """Every row touching these contacts, for a snapshot before they are deleted."""
    ids = list(contact_ids)
    marks = placeholders(ids)
    return capture("relationship", f"contact_id IN ({marks}) OR other_id IN ({marks})", ids * 2)


def move_to(keep_id: int, other_id: int) -> None:
    """A merge: ``other_id``'s relationships become ``keep_id``'s (none with itself,
    none twice)."""
    rows = database_proxy.execute_sql(
        "SELECT id, contact_id, other_id, kind, label FROM relationship "
        "WHERE contact_id = ? OR other_id = ?",
        [other_id, other_id],
    ).fetchall()
    for rid, owner, other, kind, label in rows:
        owner = keep_id if owner == other_id else owner
        other = keep_id if other == other_id else other
        m.Relationship.delete().where(m.Relationship.id == rid).execute()
        if owner != other and not _exists(owner, other, kind, label):
            m.Relationship.create(contact=owner, other=other, kind=kind, label=label)


@dataclass(frozen=True)
class Edge:
    contact_id: int
    other_id: int
    kind: str
    label: str


def edges(contact_ids: Iterable[int] | None = None) -> list[Edge]:
    """Relationships (all, or those between the given contacts), for the graph."""
    rows = database_proxy.execute_sql(
        "SELECT contact_id, other_id, kind, label FROM relationship ORDER BY id"
    ).fetchall()
    wanted = None if contact_ids is None else set(contact_ids)
    return [
        Edge(int(a), int(b), kind, label)
        for a, b, kind, label in rows
        if wanted is None or (a in wanted and b in wanted)
    ]


def introduced_by(contact_ids: Iterable[int]) -> dict[int, list[int]]:
    """Who introduced whom: introducer id -> the contacts they introduced."""
    ids = list(contact_ids)
    out: dict[int, list[int]] = {}
    if not ids:
        return out
    rows = database_proxy.execute_sql(
        "SELECT other_id, contact_id FROM relationship WHERE kind = 'introduced_by' "
        f"AND other_id IN ({placeholders(ids)}) ORDER BY id",
        ids,
    ).fetchall()
    for introducer, contact in rows:
        out.setdefault(int(introducer), []).append(int(contact))
    return out


def related_to(
    named: Sequence[int], words: Sequence[str], limit: int = 20
) -> list[tuple[int, int, str]]:
    """(contact, the person they are related to, label) for the search field.

    The relationships of the contacts ``named`` (those the search found by their
    name: "Jörg" finds whom Jörg introduced, knows, works with), and those whose
    free label holds every one of ``words`` ("Mentorin"). Index look-ups and one
    scan of the few labelled rows: cheap at every keystroke.
    """
    out: list[tuple[int, int, str]] = []
    ids = [int(i) for i in named]
    if ids:
        marks = placeholders(ids)
        rows = database_proxy.execute_sql(
            "SELECT contact_id, other_id, label FROM relationship "
            f"WHERE contact_id IN ({marks}) OR other_id IN ({marks}) ORDER BY id LIMIT ?",
            [*ids, *ids, limit * 2],
        ).fetchall()
        wanted = set(ids)
        for a, b, label in rows:
            if b in wanted:
                out.append((int(a), int(b), label))
            if a in wanted:
                out.append((int(b), int(a), label))
    terms = [w for w in words if w.strip()]
    if terms:
        like = " AND ".join("label LIKE ?" for _ in terms)
        rows = database_proxy.execute_sql(
            f"SELECT contact_id, other_id, label FROM relationship WHERE kind = 'other' "
            f"AND {like} ORDER BY id LIMIT ?",
            [*(f"%{w}%" for w in terms), limit],
        ).fetchall()
        for a, b, label in rows:
            out += [(int(a), int(b), label), (int(b), int(a), label)]
    return out
