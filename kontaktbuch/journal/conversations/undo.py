"""Deleting a conversation so that undo can put it back with the same ids."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

# a row as peewee's ``dicts()`` gives it: field name -> value
Row = dict[str, object]


@dataclass(frozen=True)
class ConversationSnapshot:
    """A deleted conversation with all its rows, enough to restore it with the same ids."""

    conversation: dict[str, object]
    contacts: tuple[dict[str, object], ...]
    outcomes: tuple[dict[str, object], ...]
    follow_ups: tuple[dict[str, object], ...]
    goals: tuple[dict[str, object], ...]


def _rows(model: type[m.BaseModel], column: object, conv_id: int) -> tuple[Row, ...]:
    query = model.select().where(column == conv_id).order_by(model.id).dicts()
    return tuple(cast("Iterable[Row]", query))


def delete_conversation(conv_id: int) -> ConversationSnapshot:
    """Delete a conversation with its links; returns what :func:`restore_conversation` needs."""
    with database_proxy.atomic():
        conv = cast(Row, m.Conversation.select().where(m.Conversation.id == conv_id).dicts().get())
        snapshot = ConversationSnapshot(
            conversation=conv,
            contacts=_rows(m.ConversationContact, m.ConversationContact.conversation, conv_id),
            outcomes=_rows(m.Outcome, m.Outcome.conversation, conv_id),
            follow_ups=_rows(m.FollowUp, m.FollowUp.conversation, conv_id),
            goals=_rows(m.GoalConversation, m.GoalConversation.conversation, conv_id),
        )
        m.Conversation.delete().where(m.Conversation.id == conv_id).execute()
    return snapshot


def restore_conversation(snapshot: ConversationSnapshot) -> int:
    """Put a deleted conversation back, same ids; links to things deleted since are dropped."""
    with database_proxy.atomic():
        conv = dict(snapshot.conversation)
        if conv.get("event") is not None and not m.Event.get_or_none(m.Event.id == conv["event"]):
            conv["event"] = None
        m.Conversation.insert(conv).execute()
        contacts = {c.id for c in m.Contact.select(m.Contact.id)}
        goals = {g.id for g in m.Goal.select(m.Goal.id)}
        for row in snapshot.contacts:
            if row["contact"] in contacts:
                m.ConversationContact.insert(row).execute()
        for row in snapshot.outcomes:
            m.Outcome.insert(row).execute()
        for row in snapshot.follow_ups:
            data = dict(row)
            if data.get("contact") is not None and data["contact"] not in contacts:
                data["contact"] = None
            m.FollowUp.insert(data).execute()
        for row in snapshot.goals:
            if row["goal"] in goals:
                m.GoalConversation.insert(row).execute()
    return cast(int, snapshot.conversation["id"])
