"""Counts and facts about a journal as a whole (``kontaktbuch info``, status bar)."""

from __future__ import annotations

from kontaktbuch.journal.names import display_name_of
from kontaktbuch.store import models as m

COUNTED: tuple[tuple[str, type[m.BaseModel]], ...] = (
    ("contacts", m.Contact),
    ("networks", m.Network),
    ("events", m.Event),
    ("conversations", m.Conversation),
    ("outcomes", m.Outcome),
    ("follow_ups", m.FollowUp),
    ("goals", m.Goal),
    ("reflections", m.Reflection),
)


def counts() -> dict[str, int]:
    """How many of each kind of thing the journal holds.

    One statement of plain ``count(*)``, which SQLite answers from each table's
    smallest index; ``Model.select().count()`` wraps a subquery that walks every
    table instead (6–10 ms on a decade of notes, paid at every start by the status
    bar; see docs/performance.md).
    """
    tables = ", ".join(
        f'(SELECT count(*) FROM "{model._meta.table_name}")' for _name, model in COUNTED
    )
    row = m.database_proxy.execute_sql(f"SELECT {tables}").fetchone()
    return {name: int(value) for (name, _model), value in zip(COUNTED, row, strict=True)}


def is_empty() -> bool:
    return not any(
        model.select().limit(1).exists()
        for model in (m.Contact, m.Network, m.Event, m.Conversation, m.Goal)
    )


def recent_lines(kind: str, limit: int = 200) -> list[tuple[int, str]]:
    """A short, newest-first list of (id, one-line summary) of one kind of thing.

    A plain read-only overview for views that have no richer list yet.
    """
    if kind == "contacts":
        contacts = (
            m.Contact.select()
            .where(m.Contact.archived == False)  # noqa: E712 - SQL comparison
            .order_by(m.Contact.last_name, m.Contact.first_name)
            .limit(limit)
        )
        return [
            (c.id, " – ".join(p for p in (display_name_of(c), c.organisation) if p))
            for c in contacts
        ]
    if kind == "conversations":
        conversations = (
            m.Conversation.select().order_by(m.Conversation.occurred_at.desc()).limit(limit)
        )
        return [(c.id, f"{c.occurred_at:%Y-%m-%d}  {c.notes[:80]}") for c in conversations]
    if kind == "events":
        events = m.Event.select().order_by(m.Event.starts_at.desc()).limit(limit)
        return [(e.id, f"{e.starts_at:%Y-%m-%d}  {e.title}") for e in events]
    if kind == "goals":
        goals = m.Goal.select().order_by(m.Goal.title).limit(limit)
        return [(g.id, g.title) for g in goals]
    if kind == "follow_ups":
        follow_ups = (
            m.FollowUp.select()
            .where(m.FollowUp.done_at.is_null())
            .order_by(m.FollowUp.due_date)
            .limit(limit)
        )
        return [(f.id, f"{f.due_date or ''}  {f.text}") for f in follow_ups]
    raise ValueError(kind)
