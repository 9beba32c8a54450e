"""Deleting contacts, and undoing it with the same ids and links."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kontaktbuch.journal.snapshots import Snapshot, capture, capture_ids, placeholders
from kontaktbuch.journal.snapshots import restore as restore_snapshot
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy


def sole_conversations(contact_ids: Sequence[int]) -> list[int]:
    """Conversations that had nobody but these contacts (they go with them)."""
    if not contact_ids:
        return []
    ph = placeholders(contact_ids)
    rows = database_proxy.execute_sql(
        f"""SELECT conversation_id FROM conversation_contact GROUP BY conversation_id
            HAVING SUM(contact_id IN ({ph})) > 0 AND SUM(contact_id NOT IN ({ph})) = 0""",
        [*contact_ids, *contact_ids],
    ).fetchall()
    return [int(r[0]) for r in rows]


def _touching(ids: Sequence[int]) -> str:
    """Rows between two contacts (relationships, introductions) with one of ``ids``."""
    return f"contact_id IN ({placeholders(ids)}) OR other_id IN ({placeholders(ids)})"


def delete_contacts(contact_ids: Iterable[int]) -> Snapshot:
    """Delete contacts in one transaction and return what is needed to undo it.

    Conversations with other people stay (only this person leaves them);
    conversations with nobody else go, with their outcomes and follow-ups.
    """
    ids = sorted(set(contact_ids))
    snap = Snapshot()
    if not ids:
        return snap
    with database_proxy.atomic():
        conv_ids = sole_conversations(ids)
        snap.add("conversation", capture_ids("conversation", "id", conv_ids))
        snap.add("contact", capture_ids("contact", "id", ids))
        for table in (
            "contact_email",
            "contact_phone",
            "contact_link",
            "contact_tag",
            "membership",
            "event_attendee",
            "conversation_contact",
        ):
            snap.add(table, capture_ids(table, "contact_id", ids))
        # Relationships and decisions on introductions go with the contact (cascade).
        for table in ("relationship", "introduction_state"):
            snap.add(table, capture(table, _touching(ids), ids * 2))
        snap.add("outcome", capture_ids("outcome", "conversation_id", conv_ids))
        snap.add("goal_conversation", capture_ids("goal_conversation", "conversation_id", conv_ids))
        follow_ups = capture(
            "follow_up",
            f"contact_id IN ({placeholders(ids)}) OR conversation_id IN ({placeholders(conv_ids)})",
            [*ids, *conv_ids],
        )
        snap.add("follow_up", [f for f in follow_ups if f["conversation_id"] in set(conv_ids)])
        snap.nulled += [
            ("follow_up", "contact_id", int(str(f["id"])), f["contact_id"])
            for f in follow_ups
            if f["conversation_id"] not in set(conv_ids)
        ]
        if conv_ids:
            m.Conversation.delete().where(m.Conversation.id.in_(conv_ids)).execute()
        m.Contact.delete().where(m.Contact.id.in_(ids)).execute()
    return snap


def restore(snapshot: Snapshot) -> None:
    """Undo :func:`delete_contacts`: the same contacts with the same ids and links."""
    restore_snapshot(snapshot)
