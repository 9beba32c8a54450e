"""A contact's timeline: conversations, events, outcomes and follow-ups, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kontaktbuch.store import models as m


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened with a person; ``open_kind``/``open_id`` say what to show."""

    kind: str  # "conversation", "event", "outcome", "follow_up"
    item_id: int
    when: dt.datetime
    code: str  # channel, outcome kind; "" otherwise
    title: str
    detail: str
    open_kind: str
    open_id: int
    done: bool = False


def timeline(contact_id: int) -> list[TimelineEntry]:
    """Conversations, events, outcomes and follow-ups with this person, newest first."""
    entries: list[TimelineEntry] = []
    conversations = (
        m.Conversation.select()
        .join(m.ConversationContact)
        .where(m.ConversationContact.contact == contact_id)
    )
    conv_ids = []
    for c in conversations:
        conv_ids.append(c.id)
        entries.append(
            TimelineEntry(
                "conversation", c.id, c.occurred_at, c.channel, c.notes.split("\n", 1)[0],
                "", "conversation", c.id,
            )
        )  # fmt: skip
    when_of = {e.item_id: e.when for e in entries}
    if conv_ids:
        for o in m.Outcome.select().where(m.Outcome.conversation.in_(conv_ids)):
            entries.append(
                TimelineEntry(
                    "outcome", o.id, when_of[o.conversation_id], o.kind, o.text, "",
                    "conversation", o.conversation_id,
                )
            )  # fmt: skip
    events = m.Event.select().join(m.EventAttendee).where(m.EventAttendee.contact == contact_id)
    for e in events:
        entries.append(
            TimelineEntry("event", e.id, e.starts_at, "", e.title, e.place, "event", e.id)
        )
    condition = m.FollowUp.contact == contact_id
    if conv_ids:
        condition |= m.FollowUp.conversation.in_(conv_ids)
    follow_ups = m.FollowUp.select().where(condition)
    for f in follow_ups:
        when = (
            dt.datetime.combine(f.due_date, dt.time()) if f.due_date is not None else f.created_at
        )
        entries.append(
            TimelineEntry(
                "follow_up", f.id, when, "", f.text, "", "follow_up", f.id, f.done_at is not None
            )
        )
    order = {"follow_up": 0, "event": 1, "conversation": 2, "outcome": 3}
    entries.sort(key=lambda e: (e.when, -order[e.kind], e.item_id), reverse=True)
    return entries
