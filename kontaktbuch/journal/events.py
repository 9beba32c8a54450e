"""Events: where people are met, with their attendees, conversations and goals.

An event is written as one piece (:class:`EventData`, with attendees and goals
served), validated before anything is written. Deleting an event keeps its
conversations (they lose only the link to the event) and can be undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from kontaktbuch.journal import limits
from kontaktbuch.journal.contacts import display_name
from kontaktbuch.journal.names import fold
from kontaktbuch.journal.snapshots import Snapshot, delete_row, existing, placeholders
from kontaktbuch.journal.snapshots import restore as restore_snapshot
from kontaktbuch.journal.vocabulary import ENJOYMENT_RANGE
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

MAX_MINUTES = 7 * 24 * 60
PAGE_SIZE = 200


@dataclass
class EventData:
    id: int | None = None
    title: str = ""
    starts_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now().replace(second=0, microsecond=0)
    )
    duration_minutes: int = 0
    travel_minutes: int = 0
    place: str = ""
    network_id: int | None = None
    enjoyment: int | None = None
    notes: str = ""
    attendee_ids: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    starts_at: dt.datetime
    place: str
    network_name: str
    attendees: int
    conversations: int
    enjoyment: int | None
    key: str  # sort key for the next page


@dataclass(frozen=True)
class EventConversation:
    id: int
    occurred_at: dt.datetime
    channel: str
    minutes: int
    people: str
    notes: str


class EventInvalid(limits.FieldErrors):
    """An event the journal refuses; ``errors`` maps field names to problem codes."""


def validate(data: EventData) -> dict[str, str]:
    errors = limits.text_problems(
        data,
        {"title": limits.TITLE_MAX, "place": limits.TITLE_MAX},
        {"notes": limits.TEXT_MAX},
        required="title",
    )
    if not limits.date_in_range(data.starts_at):
        errors["starts_at"] = "date_range"
    if not 0 <= data.duration_minutes <= MAX_MINUTES:
        errors["duration"] = "minutes_invalid"
    if not 0 <= data.travel_minutes <= MAX_MINUTES:
        errors["travel"] = "minutes_invalid"
    if data.enjoyment is not None and data.enjoyment not in ENJOYMENT_RANGE:
        errors["enjoyment"] = "enjoyment_invalid"
    if (
        data.network_id is not None
        and not m.Network.select().where(m.Network.id == data.network_id).exists()
    ):
        errors["network"] = "network_missing"
    return errors


def load_event(event_id: int) -> EventData:
    e = existing(m.Event, event_id)
    attendees = m.EventAttendee.select(m.EventAttendee.contact).where(m.EventAttendee.event == e.id)
    goals = m.GoalEvent.select(m.GoalEvent.goal).where(m.GoalEvent.event == e.id)
    return EventData(
        id=e.id,
        title=e.title,
        starts_at=e.starts_at,
        duration_minutes=e.duration_minutes,
        travel_minutes=e.travel_minutes,
        place=e.place,
        network_id=e.network_id,
        enjoyment=e.enjoyment,
        notes=e.notes,
        attendee_ids=[a.contact_id for a in attendees.order_by(m.EventAttendee.id)],
        goal_ids=[g.goal_id for g in goals.order_by(m.GoalEvent.id)],
    )


def save_event(data: EventData) -> int:
    """Create or update an event with its attendees and goals in one transaction."""
    errors = validate(data)
    if errors:
        raise EventInvalid(errors)
    values = {
        "title": limits.clean_line(data.title),
        "starts_at": data.starts_at.replace(microsecond=0),
        "duration_minutes": data.duration_minutes,
        "travel_minutes": data.travel_minutes,
        "place": limits.clean_line(data.place),
        "network": data.network_id,
        "enjoyment": data.enjoyment,
        "notes": limits.clean_text(data.notes).strip(),
    }
    with database_proxy.atomic():
        event_id = m.Event.create_or_update(data.id, values)
        _replace_links(m.EventAttendee, m.EventAttendee.contact, event_id, data.attendee_ids)
        _replace_links(m.GoalEvent, m.GoalEvent.goal, event_id, data.goal_ids)
    return event_id


def _replace_links(
    model: type[m.EventAttendee] | type[m.GoalEvent],
    column: pw.ForeignKeyField[Any],
    event_id: int,
    ids: Sequence[int],
) -> None:
    """Make the event's links exactly ``ids``, keeping the rows that stay."""
    name = column.name
    current = {getattr(r, f"{name}_id") for r in model.select().where(model.event == event_id)}
    wanted = list(dict.fromkeys(ids))
    gone = current - set(wanted)
    if gone:
        model.delete().where((model.event == event_id) & (column.in_(list(gone)))).execute()
    new = [i for i in wanted if i not in current]
    if new:
        model.insert_many([{"event": event_id, name: i} for i in new]).execute()


def delete_event(event_id: int) -> Snapshot:
    """Delete an event; its conversations stay, only without the event."""
    return delete_row(
        "event",
        event_id,
        cascades=(("event_attendee", "event_id"), ("goal_event", "event_id")),
        nulls=(("conversation", "event_id"), ("contact", "first_met_event_id")),
    )


def restore(snapshot: Snapshot) -> None:
    restore_snapshot(snapshot)


# --- lists -------------------------------------------------------------------------


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_events(text: str = "", network_id: int | None = None) -> int:
    where, params = _where(text, network_id)
    row = database_proxy.execute_sql(f"SELECT COUNT(*) FROM event e {where}", params).fetchone()
    return int(row[0])


def _where(text: str, network_id: int | None) -> tuple[str, list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    for word in text.split():
        conditions.append(
            "(e.title LIKE ? ESCAPE '\\' OR e.place LIKE ? ESCAPE '\\' "
            "OR e.notes LIKE ? ESCAPE '\\')"
        )
        params += [_like(word)] * 3
    if network_id is not None:
        conditions.append("e.network_id = ?")
        params.append(network_id)
    return ("WHERE " + " AND ".join(conditions)) if conditions else "", params


def list_events(
    text: str = "",
    network_id: int | None = None,
    *,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[EventRow]:
    """A page of events, newest first, after the row whose (start, id) is ``after``."""
    where, params = _where(text, network_id)
    if after is not None:
        where += (" AND " if where else "WHERE ") + "(e.starts_at, e.id) < (?, ?)"
        params += [after[0], after[1]]
    rows = database_proxy.execute_sql(
        f"""SELECT e.id, e.title, e.starts_at, e.place, n.name, e.enjoyment,
                   (SELECT COUNT(*) FROM event_attendee ea WHERE ea.event_id = e.id),
                   (SELECT COUNT(*) FROM conversation c WHERE c.event_id = e.id)
              FROM event e LEFT JOIN network n ON n.id = e.network_id
             {where} ORDER BY e.starts_at DESC, e.id DESC LIMIT ?""",
        [*params, limit],
    ).fetchall()
    return [
        EventRow(
            id=int(eid),
            title=title,
            starts_at=_dt(starts),
            place=place,
            network_name=network or "",
            attendees=int(attendees),
            conversations=int(conversations),
            enjoyment=enjoyment,
            key=str(starts),
        )
        for eid, title, starts, place, network, enjoyment, attendees, conversations in rows
    ]


def _dt(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def event_choices() -> list[tuple[int, str, dt.datetime]]:
    """(id, title, start) of all events, newest first: for "first met at"."""
    query = m.Event.select(m.Event.id, m.Event.title, m.Event.starts_at).order_by(
        m.Event.starts_at.desc(), m.Event.id.desc()
    )
    return [(e.id, e.title, e.starts_at) for e in query]


def conversations(event_id: int) -> list[EventConversation]:
    """The conversations held at an event, in the order they happened."""
    convs = list(
        m.Conversation.select()
        .where(m.Conversation.event == event_id)
        .order_by(m.Conversation.occurred_at, m.Conversation.id)
    )
    if not convs:
        return []
    ids = [c.id for c in convs]
    rows = database_proxy.execute_sql(
        f"""SELECT cc.conversation_id, c.prefix, c.first_name, c.last_name, c.organisation
              FROM conversation_contact cc JOIN contact c ON c.id = cc.contact_id
             WHERE cc.conversation_id IN ({placeholders(ids)}) ORDER BY cc.id""",
        ids,
    ).fetchall()
    people: dict[int, list[str]] = {}
    for cid, prefix, first, last, org in rows:
        people.setdefault(int(cid), []).append(display_name(prefix, first, last, org))
    return [
        EventConversation(
            c.id, c.occurred_at, c.channel, c.minutes, ", ".join(people.get(c.id, ())), c.notes
        )
        for c in convs
    ]


def goal_choices(include_ids: Sequence[int] = ()) -> list[tuple[int, str]]:
    """Active goals, plus the given ones even if no longer active (so none vanish)."""
    query = m.Goal.select(m.Goal.id, m.Goal.title, m.Goal.status).where(
        (m.Goal.status == "active") | (m.Goal.id.in_(list(include_ids) or [-1]))
    )
    return sorted(((g.id, g.title) for g in query), key=lambda g: (fold(g[1]), g[0]))


def events_of_network(network_id: int) -> list[EventRow]:
    return list_events(network_id=network_id, limit=10_000)
