"""Follow-ups, conversations, events, goals, reflections and settings as iCalendar.

- follow-up → ``VTODO``: SUMMARY, ``DUE`` (a date) with a ``VALARM`` at 9:00 of
  that day, the contact's name, organisation, phone and e-mail in DESCRIPTION;
  done ↔ ``STATUS:COMPLETED`` + ``COMPLETED`` (what a phone sets when ticked).
- conversation → ``VJOURNAL``: DTSTART (floating local time, as the journal
  thinks in "Tuesday evening"), DESCRIPTION = notes, one ``ATTENDEE`` per contact
  (``CN`` = the name, value ``urn:uuid:…``: never an e-mail address, so no server
  sends invitations), channel, minutes, enjoyment, outcomes, event and goals as
  ``X-KONTAKTBUCH-…`` properties.
- event → ``VEVENT``: SUMMARY, DTSTART/DTEND, LOCATION, DESCRIPTION, the rest as
  ``X-KONTAKTBUCH-…`` (attendees too, again so that no invitations go out).
- goal, reflection, settings → a ``VJOURNAL`` in the internal collection carrying
  the whole record as JSON in ``X-KONTAKTBUCH-DATA`` (phone apps never see it:
  the collection is not meant to be subscribed on a phone).

:func:`render` changes only the properties of fields that differ, so alarms,
colours, categories and anything else other apps wrote stay as they were.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import icalendar

from kontaktbuch.exchange.sync.contentlines import unescape
from kontaktbuch.exchange.sync.records import Record, clean, empty

OWN = "X-KONTAKTBUCH-"
COMPONENTS = {"follow_up": "VTODO", "event": "VEVENT"}
INTERNAL_KINDS = ("goal", "reflection", "settings")
PRODID = "-//Kontaktbuch//Kontaktbuch sync//EN"


@dataclass
class Person:
    """Someone named in a journal entry written elsewhere, not (yet) a contact."""

    name: str
    email: str = ""


@dataclass
class Parsed:
    kind: str
    uid: str
    record: Record
    people: list[Person] = field(default_factory=list)


def _component(cal: icalendar.Calendar) -> icalendar.cal.Component:
    """The main component: the first VTODO/VJOURNAL/VEVENT that is not an override."""
    for comp in cal.subcomponents:
        if comp.name in ("VTODO", "VJOURNAL", "VEVENT") and "RECURRENCE-ID" not in comp:
            return comp
    raise ValueError("no VTODO, VJOURNAL or VEVENT")


def _text(comp: icalendar.cal.Component, name: str) -> str:
    value = comp.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    if isinstance(value, icalendar.vText):
        return str(value)
    return unescape(str(value))


def _all(comp: icalendar.cal.Component, name: str) -> list[Any]:
    value = comp.get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _local(value: Any) -> dt.datetime | None:
    """A date or date-time as naive local wall-clock time."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return None


def _decoded(comp: icalendar.cal.Component, name: str) -> Any:
    try:
        return comp.decoded(name) if name in comp else None
    except (ValueError, TypeError, KeyError):
        return None


def _stamp(value: dt.datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat(sep=" ") if value is not None else None


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.lstrip("-").isdigit() else None


def parse(text: str) -> Parsed:
    """What a calendar object holds; raises ValueError for text we cannot read."""
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises several kinds for broken text
        raise ValueError(str(exc) or type(exc).__name__) from exc
    comp = _component(cal)
    uid = _text(comp, "UID").strip()
    if not uid:
        raise ValueError("component without UID")
    if comp.name == "VTODO":
        return Parsed("follow_up", uid, _follow_up(comp))
    if comp.name == "VEVENT":
        return Parsed("event", uid, _event(comp))
    kind = _text(comp, OWN + "KIND").strip()
    if kind in INTERNAL_KINDS:
        try:
            data = json.loads(_text(comp, OWN + "DATA") or "{}")
        except ValueError:
            data = {}
        return Parsed(kind, uid, clean(kind, data if isinstance(data, dict) else {}))
    record, people = _conversation(comp)
    return Parsed("conversation", uid, record, people)


def _follow_up(comp: icalendar.cal.Component) -> Record:
    record = empty("follow_up")
    record["text"] = _text(comp, "SUMMARY").strip()
    due = _local(_decoded(comp, "DUE"))
    record["due_date"] = due.date().isoformat() if due else None
    status = _text(comp, "STATUS").strip().upper()
    percent = _int(_text(comp, "PERCENT-COMPLETE")) or 0
    completed = _local(_decoded(comp, "COMPLETED"))
    if completed is not None or status in ("COMPLETED", "CANCELLED") or percent >= 100:
        when = (
            completed
            or _local(_decoded(comp, "LAST-MODIFIED"))
            or _local(_decoded(comp, "DTSTAMP"))
            or dt.datetime(2000, 1, 1)
        )
        record["done_at"] = _stamp(when)
    record["snoozed_until"] = _text(comp, OWN + "SNOOZED-UNTIL").strip() or None
    record["contact"] = _text(comp, OWN + "CONTACT").strip() or None
    record["conversation"] = _text(comp, OWN + "CONVERSATION").strip() or None
    return clean("follow_up", record)


def _event(comp: icalendar.cal.Component) -> Record:
    record = empty("event")
    record["title"] = _text(comp, "SUMMARY").strip()
    record["place"] = _text(comp, "LOCATION").strip()
    record["notes"] = _text(comp, "DESCRIPTION")
    start_value = _decoded(comp, "DTSTART")
    start = _local(start_value)
    if start is not None:
        record["starts_at"] = _stamp(start)
        minutes = 0
        if isinstance(start_value, dt.datetime):
            end = _local(_decoded(comp, "DTEND"))
            length = _decoded(comp, "DURATION")
            if end is not None:
                minutes = int((end - start).total_seconds() // 60)
            elif isinstance(length, dt.timedelta):
                minutes = int(length.total_seconds() // 60)
        record["duration_minutes"] = max(0, minutes)
    record["travel_minutes"] = _int(_text(comp, OWN + "TRAVEL-MINUTES")) or 0
    record["enjoyment"] = _int(_text(comp, OWN + "ENJOYMENT"))
    record["network"] = _text(comp, OWN + "NETWORK").strip() or None
    record["attendees"] = [unescape(str(v)).strip() for v in _all(comp, OWN + "ATTENDEE")]
    record["goals"] = [unescape(str(v)).strip() for v in _all(comp, OWN + "GOAL")]
    return clean("event", record)


def _is_auto_summary(comp: icalendar.cal.Component) -> bool:
    summary = comp.get("SUMMARY")
    params = getattr(summary, "params", {}) if summary is not None else {}
    return summary is None or params.get(OWN + "AUTO") == "1"


def _conversation(comp: icalendar.cal.Component) -> tuple[Record, list[Person]]:
    record = empty("conversation")
    start = _local(_decoded(comp, "DTSTART")) or _local(_decoded(comp, "DTSTAMP"))
    if start is not None:
        record["occurred_at"] = _stamp(start)
    if "DESCRIPTION" in comp:
        record["notes"] = _text(comp, "DESCRIPTION")
    elif not _is_auto_summary(comp):
        record["notes"] = _text(comp, "SUMMARY")
    people: list[Person] = []
    contacts: list[str] = []
    for attendee in _all(comp, "ATTENDEE"):
        value = str(attendee).strip()
        name = str(getattr(attendee, "params", {}).get("CN", "")).strip()
        if value.lower().startswith("urn:"):
            contacts.append(value)
        elif value.lower().startswith("mailto:"):
            people.append(Person(name, value[7:].strip()))
        elif name:
            people.append(Person(name))
    for contact in _all(comp, "CONTACT"):
        name = unescape(str(contact)).strip()
        if name:
            people.append(Person(name))
    record["contacts"] = contacts
    record["channel"] = _text(comp, OWN + "CHANNEL").strip() or "in_person"
    record["minutes"] = _int(_text(comp, OWN + "MINUTES")) or 0
    record["enjoyment"] = _int(_text(comp, OWN + "ENJOYMENT"))
    record["event"] = _text(comp, OWN + "EVENT").strip() or None
    record["outcomes"] = [
        [str(v.params.get("X-KIND", "other")), unescape(str(v))]
        for v in _all(comp, OWN + "OUTCOME")
    ]
    record["goals"] = [unescape(str(v)).strip() for v in _all(comp, OWN + "GOAL")]
    return clean("conversation", record), people
