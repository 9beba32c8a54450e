"""Finding contacts, conversations, events and networks from one search field.

A plain substring search for now; the search issue replaces the engine with FTS5
behind the same :func:`search` function and :class:`SearchHit` shape.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from kontaktbuch.store import models as m


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact", "conversation", "event", "network"
    item_id: int
    title: str
    snippet: str


def _like(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(query: str, limit: int = 20) -> list[SearchHit]:
    """Hits grouped by kind (contacts first), at most ``limit`` per kind."""
    text = query.strip()
    if not text:
        return []
    pattern = _like(text)

    def match(*fields: pw.Field) -> pw.Expression:
        expr = None
        for f in fields:
            cond = f**pattern  # ILIKE
            expr = cond if expr is None else (expr | cond)
        assert expr is not None
        return expr

    hits: list[SearchHit] = []
    contacts = m.Contact.select().where(
        match(
            m.Contact.first_name,
            m.Contact.last_name,
            m.Contact.organisation,
            m.Contact.position,
            m.Contact.offers,
            m.Contact.seeks,
            m.Contact.interests,
            m.Contact.notes,
        )
    )
    hits += [
        SearchHit("contact", c.id, c.display_name, c.organisation) for c in contacts.limit(limit)
    ]
    conversations = (
        m.Conversation.select()
        .where(match(m.Conversation.notes))
        .order_by(m.Conversation.occurred_at.desc())
    )
    hits += [
        SearchHit("conversation", c.id, f"{c.occurred_at:%Y-%m-%d}", c.notes[:120])
        for c in conversations.limit(limit)
    ]
    events = m.Event.select().where(match(m.Event.title, m.Event.place, m.Event.notes))
    hits += [SearchHit("event", e.id, e.title, e.place) for e in events.limit(limit)]
    networks = m.Network.select().where(match(m.Network.name, m.Network.description))
    hits += [SearchHit("network", n.id, n.name, n.description) for n in networks.limit(limit)]
    return hits
