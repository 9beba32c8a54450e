"""Writing conversations: what a form says, checked, then saved in one transaction.

Quick capture saves an event and several conversations at once, in one
transaction; names typed for people not yet in the journal become contacts.
Editing replaces a conversation's fields and links but keeps its follow-ups'
ids, so their reminder state survives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kontaktbuch.journal import limits
from kontaktbuch.journal.contacts.records import ContactData
from kontaktbuch.journal.contacts.writing import write_contact
from kontaktbuch.journal.conversations.log import ConversationRow
from kontaktbuch.journal.events import MAX_MINUTES as MAX_EVENT_MINUTES
from kontaktbuch.journal.goal_links import serve_event_goals
from kontaktbuch.journal.limits import InvalidInput
from kontaktbuch.journal.names import fold_name_for_matching, split_name
from kontaktbuch.journal.vocabulary import CHANNELS, ENJOYMENT_RANGE, OUTCOME_KINDS
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy


@dataclass
class OutcomeInput:
    kind: str
    text: str


@dataclass
class FollowUpInput:
    text: str
    due_date: dt.date | None = None
    done: bool = False
    id: int | None = None  # kept when editing


@dataclass
class ConversationInput:
    """What a form or the command line says about one conversation."""

    occurred_at: dt.datetime
    contact_ids: list[int] = field(default_factory=list)
    new_contact_names: list[str] = field(default_factory=list)
    event_id: int | None = None
    channel: str = "in_person"
    minutes: int = 0
    notes: str = ""
    enjoyment: int | None = None
    offers: str = ""
    seeks: str = ""
    outcomes: list[OutcomeInput] = field(default_factory=list)
    follow_ups: list[FollowUpInput] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)


@dataclass
class NewEvent:
    """An event made while logging its conversations.

    ``duration_minutes`` None: the sum of the minutes logged in it (a conversation
    inside an event adds no time of its own, so the evening's time lives on the
    event). The organising network is an existing one (``network_id``) or one to
    create by name (``network_name``, when no network of that name exists).
    """

    title: str
    starts_at: dt.datetime
    network_id: int | None = None
    network_name: str = ""
    duration_minutes: int | None = None
    travel_minutes: int = 0


@dataclass(frozen=True)
class CaptureResult:
    event_id: int | None
    conversation_ids: tuple[int, ...]
    created_contact_ids: tuple[int, ...]


class ValidationError(InvalidInput):
    """Input that cannot be saved; ``field`` names what is wrong, ``problem`` how
    ("empty", "too_long", "date_range", "unknown", "range")."""

    def __init__(self, field_name: str, problem: str, *, limit: int = 0) -> None:
        super().__init__(field_name, problem, limit=limit)


def create_contact(name: str) -> int:
    """A new contact from a typed name (first/last split); returns its id."""
    first, last = split_name(limits.checked_line("name", name, limits.NAME_MAX))
    if not first and not last:
        raise ValidationError("contacts", "empty")
    return write_contact(ContactData(first_name=first, last_name=last))


def _validate(data: ConversationInput) -> None:
    """Every rule of ``limits`` and the vocabulary; raises before anything is written."""
    names = [n for n in data.new_contact_names if limits.clean_line(n)]
    if not data.contact_ids and not names:
        raise ValidationError("contacts", "empty")
    for name in names:
        if limits.too_long(name, limits.NAME_MAX):
            raise ValidationError("name", "too_long", limit=limits.NAME_MAX)
    if not limits.date_in_range(data.occurred_at):
        raise ValidationError("date", "date_range")
    if data.channel not in CHANNELS:
        raise ValidationError("channel", "unknown")
    if data.minutes < 0 or data.minutes > 24 * 60:
        raise ValidationError("minutes", "range")
    if data.enjoyment is not None and data.enjoyment not in ENJOYMENT_RANGE:
        raise ValidationError("enjoyment", "range")
    for name, text in (("notes", data.notes), ("offers", data.offers), ("seeks", data.seeks)):
        if limits.too_long(text, limits.TEXT_MAX, one_line=False):
            raise ValidationError(name, "too_long", limit=limits.TEXT_MAX)
    for outcome in data.outcomes:
        if outcome.kind not in OUTCOME_KINDS:
            raise ValidationError("outcomes", "unknown")
        if not limits.clean_text(outcome.text).strip():
            raise ValidationError("outcomes", "empty")
        if limits.too_long(outcome.text, limits.TEXT_MAX, one_line=False):
            raise ValidationError("outcomes", "too_long", limit=limits.TEXT_MAX)
    for follow in data.follow_ups:
        if not limits.clean_line(follow.text):
            raise ValidationError("follow_ups", "empty")
        if limits.too_long(follow.text, limits.TITLE_MAX):
            raise ValidationError("follow_ups", "too_long", limit=limits.TITLE_MAX)
        if not limits.date_in_range(follow.due_date):
            raise ValidationError("date", "date_range")


def _validate_event(event: NewEvent | None) -> None:
    if event is None:
        return
    if limits.too_long(event.title, limits.TITLE_MAX):
        raise ValidationError("event", "too_long", limit=limits.TITLE_MAX)
    if limits.too_long(event.network_name, limits.NAME_MAX):
        raise ValidationError("name", "too_long", limit=limits.NAME_MAX)
    if not limits.date_in_range(event.starts_at):
        raise ValidationError("date", "date_range")
    if event.duration_minutes is not None and not 0 <= event.duration_minutes <= MAX_EVENT_MINUTES:
        raise ValidationError("event_duration", "range")
    if not 0 <= event.travel_minutes <= MAX_EVENT_MINUTES:
        raise ValidationError("event_travel", "range")


def _network_id(event: NewEvent) -> int | None:
    """The organising network of a new event: the one given, else the one of that
    name (folded), else a new network of that name."""
    if event.network_id is not None:
        return event.network_id
    name = limits.clean_line(event.network_name)
    if not name:
        return None
    key = fold_name_for_matching(name)
    for network_id, other in database_proxy.execute_sql("SELECT id, name FROM network"):
        if fold_name_for_matching(str(other)) == key:
            return int(network_id)
    return int(m.Network.create(name=name).id)


def _create_event(event: NewEvent, minutes: int) -> int:
    """Write a new event; ``minutes``: its duration unless the event names one."""
    duration = event.duration_minutes if event.duration_minutes is not None else minutes
    return int(
        m.Event.create(
            title=limits.clean_line(event.title),
            starts_at=event.starts_at.replace(microsecond=0),
            duration_minutes=duration,
            travel_minutes=event.travel_minutes,
            network=_network_id(event),
        ).id
    )


def _append_text(existing: str, addition: str) -> str:
    """``existing`` with ``addition`` on a new line, unless it is already there."""
    addition = addition.strip()
    if not addition:
        return existing
    if fold_name_for_matching(addition) in fold_name_for_matching(existing):
        return existing
    return f"{existing.rstrip()}\n{addition}" if existing.strip() else addition


def _write_links(
    conv_id: int,
    data: ConversationInput,
    contact_ids: Sequence[int],
    goal_ids: set[int] | None = None,
) -> None:
    """The rows hanging off a conversation; ``goal_ids``: the goals that exist (else asked)."""
    people = list(dict.fromkeys(contact_ids))
    if people:
        m.ConversationContact.insert_many(
            [{"conversation": conv_id, "contact": cid} for cid in people]
        ).execute()
    outcomes = [
        {"conversation": conv_id, "kind": o.kind, "text": limits.clean_text(o.text).strip()}
        for o in data.outcomes
        if o.text.strip() or o.kind != "other"
    ]
    if outcomes:
        m.Outcome.insert_many(outcomes).execute()
    first_contact = contact_ids[0] if contact_ids else None
    now = dt.datetime.now().replace(microsecond=0)
    for follow in data.follow_ups:
        values = {
            "conversation": conv_id,
            "contact": first_contact,
            "text": limits.clean_line(follow.text),
            "due_date": follow.due_date,
            "done_at": now if follow.done else None,
        }
        if follow.id is not None:
            values["id"] = follow.id
        m.FollowUp.create(**values)
    if data.goal_ids:
        if goal_ids is None:
            goal_ids = {g.id for g in m.Goal.select(m.Goal.id)}
        served = [gid for gid in dict.fromkeys(data.goal_ids) if gid in goal_ids]
        if served:
            m.GoalConversation.insert_many(
                [{"goal": gid, "conversation": conv_id} for gid in served]
            ).execute()
    if data.offers.strip() or data.seeks.strip():
        for contact in m.Contact.select().where(m.Contact.id.in_(list(contact_ids))):
            contact.offers = _append_text(contact.offers, limits.clean_text(data.offers))
            contact.seeks = _append_text(contact.seeks, limits.clean_text(data.seeks))
            contact.save()


def _resolve_contacts(data: ConversationInput, created: list[int]) -> list[int]:
    ids = list(data.contact_ids)
    for name in data.new_contact_names:
        if name.strip():
            new_id = create_contact(name)
            created.append(new_id)
            ids.append(new_id)
    return ids


def _insert_new(conversations: Sequence[ConversationInput], created: list[int]) -> list[int]:
    """Write new conversations with everything linked to them; call inside a transaction.

    Each conversation's outcomes, follow-ups and links go in *before* the
    conversation row (under its id, taken in advance), with foreign keys checked
    at commit (``defer_foreign_keys``, which SQLite switches off again at the
    end of the transaction). Why: the search index's triggers rewrite a
    conversation's entry for every outcome or follow-up added after it, and
    FTS5 flushes a new index segment — and merges segments, on a decade's index
    tens of milliseconds — each time a row is rewritten within a transaction.
    Written in this order, the index gets each entry once, complete, in rising
    id order: one segment per save.
    """
    database_proxy.execute_sql("PRAGMA defer_foreign_keys = ON")
    last = database_proxy.execute_sql("SELECT coalesce(max(id), 0) FROM conversation").fetchone()
    conv_id = int(last[0])
    goal_ids = (
        {g.id for g in m.Goal.select(m.Goal.id)}
        if any(d.goal_ids for d in conversations)
        else set()
    )
    ids = []
    for data in conversations:
        conv_id += 1
        contact_ids = _resolve_contacts(data, created)
        _write_links(conv_id, data, contact_ids, goal_ids)
        m.Conversation.create(
            id=conv_id,
            occurred_at=data.occurred_at.replace(microsecond=0),
            event=data.event_id,
            channel=data.channel,
            minutes=data.minutes,
            notes=limits.clean_text(data.notes).strip(),
            enjoyment=data.enjoyment,
        )
        if data.event_id is not None and contact_ids:
            m.EventAttendee.insert_many(
                [{"event": data.event_id, "contact": cid} for cid in dict.fromkeys(contact_ids)]
            ).on_conflict_ignore().execute()
        ids.append(conv_id)
    serve_event_goals(ids)
    return ids


def create_conversation(data: ConversationInput) -> int:
    """Log one conversation (one transaction); returns its id."""
    _validate(data)
    with database_proxy.atomic():
        return _insert_new([data], [])[0]


def save_capture(
    conversations: Sequence[ConversationInput],
    event_id: int | None = None,
    new_event: NewEvent | None = None,
) -> CaptureResult:
    """Save a quick capture: the event (picked or new) and all its conversations.

    All or nothing: one invalid conversation saves none of them. The event
    serves every goal ticked on one of its conversations
    (:mod:`kontaktbuch.journal.goal_links`).
    """
    if not conversations:
        raise ValidationError("conversations", "empty")
    for data in conversations:
        _validate(data)
    _validate_event(new_event)
    created: list[int] = []
    with database_proxy.atomic():
        if new_event is not None and limits.clean_line(new_event.title):
            # A conversation inside an event adds no time of its own (the event's
            # duration counts), so a new event starts with the minutes logged in it
            # unless the capture names its duration: otherwise the evening's time
            # would vanish from the reflection.
            event_id = _create_event(new_event, sum(max(0, d.minutes or 0) for d in conversations))
        for data in conversations:
            data.event_id = event_id
        ids = _insert_new(conversations, created)
    return CaptureResult(event_id, tuple(ids), tuple(created))


def update_conversation(
    conv_id: int, data: ConversationInput, new_event: NewEvent | None = None
) -> None:
    """Replace a conversation's fields and links (one transaction).

    Follow-ups keep their ids (and so their reminder state) when ``FollowUpInput.id``
    is given. The conversation's event serves the goals it serves
    (:mod:`kontaktbuch.journal.goal_links`).
    """
    _validate(data)
    _validate_event(new_event)
    with database_proxy.atomic():
        if new_event is not None and limits.clean_line(new_event.title):
            data.event_id = _create_event(new_event, max(0, data.minutes or 0))
        conv = m.Conversation.get_by_id(conv_id)
        contact_ids = _resolve_contacts(data, [])
        conv.occurred_at = data.occurred_at.replace(microsecond=0)
        conv.event_id = data.event_id
        conv.channel = data.channel
        conv.minutes = data.minutes
        conv.notes = limits.clean_text(data.notes).strip()
        conv.enjoyment = data.enjoyment
        conv.save()
        kept = {f.id for f in data.follow_ups if f.id is not None}
        old_follow = {
            f.id: f for f in m.FollowUp.select().where(m.FollowUp.conversation == conv_id)
        }
        m.ConversationContact.delete().where(
            m.ConversationContact.conversation == conv_id
        ).execute()
        m.Outcome.delete().where(m.Outcome.conversation == conv_id).execute()
        m.FollowUp.delete().where(m.FollowUp.conversation == conv_id).execute()
        m.GoalConversation.delete().where(m.GoalConversation.conversation == conv_id).execute()
        _write_links(conv_id, data, contact_ids)
        serve_event_goals([conv_id])
        # Keep done/snooze times of follow-ups that stayed.
        for fid in kept & set(old_follow):
            old = old_follow[fid]
            new = m.FollowUp.get_by_id(fid)
            if new.done_at is not None and old.done_at is not None:
                new.done_at = old.done_at
            new.snoozed_until = old.snoozed_until
            new.created_at = old.created_at
            new.save()


def mark_follow_up_done(
    follow_up_id: int, done: bool = True, now: dt.datetime | None = None
) -> None:
    """Tick a follow-up off (or back on)."""
    stamp = (now or dt.datetime.now()).replace(microsecond=0) if done else None
    with database_proxy.atomic():
        m.FollowUp.update(done_at=stamp, updated_at=dt.datetime.now().replace(microsecond=0)).where(
            m.FollowUp.id == follow_up_id
        ).execute()


def follow_up_conversation(follow_up_id: int) -> int | None:
    row = m.FollowUp.get_or_none(m.FollowUp.id == follow_up_id)
    if row is None:
        return None
    return row.conversation_id


def input_from_row(row: ConversationRow) -> ConversationInput:
    """A form's starting values for editing an existing conversation."""
    return ConversationInput(
        occurred_at=row.occurred_at,
        contact_ids=[c.id for c in row.contacts],
        event_id=row.event_id,
        channel=row.channel,
        minutes=row.minutes,
        notes=row.notes,
        enjoyment=row.enjoyment,
        outcomes=[OutcomeInput(o.kind, o.text) for o in row.outcomes],
        follow_ups=[FollowUpInput(f.text, f.due_date, f.done, f.id) for f in row.follow_ups],
        goal_ids=list(row.goal_ids),
    )
