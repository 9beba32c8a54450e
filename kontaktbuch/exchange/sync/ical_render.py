"""Writing records as iCalendar text: only the properties of changed fields.

See :mod:`kontaktbuch.exchange.sync.ical_map` for the mapping. Every result is
read back with :func:`ical_map.parse` and must give the record again; if a
property written by another app hides a field (say, a DESCRIPTION that the notes
fall back from), that field is written once more from scratch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field

import icalendar

from kontaktbuch.exchange.sync import ical_map
from kontaktbuch.exchange.sync.ical_map import OWN, PRODID, Parsed
from kontaktbuch.exchange.sync.records import Record, clean


@dataclass
class Context:
    """What a record does not hold but its text shows: people's names and details."""

    # contact reference (``urn:uuid:…``) → the name to show
    names: dict[str, str] = field(default_factory=dict)
    # contact reference → lines a follow-up's DESCRIPTION shows (organisation, phone, …)
    details: dict[str, str] = field(default_factory=dict)


_NEW: dict[str, type[icalendar.cal.Component]] = {
    "follow_up": icalendar.Todo,
    "event": icalendar.Event,
    "conversation": icalendar.Journal,
    "goal": icalendar.Journal,
    "reflection": icalendar.Journal,
    "settings": icalendar.Journal,
}


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _set(comp: icalendar.cal.Component, name: str, value: object | None, **params: str) -> None:
    if name in comp:
        del comp[name]
    if value is None or value == "":
        return
    if isinstance(value, str):
        value = icalendar.vText(value)
    comp.add(name, value, parameters=params or {})


def _set_many(
    comp: icalendar.cal.Component, name: str, values: list[tuple[str, dict[str, str]]]
) -> None:
    if name in comp:
        del comp[name]
    for value, params in values:
        comp.add(name, icalendar.vText(value), parameters=params or {})


def _alarm(text: str) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", text or "Kontaktbuch")
    alarm.add("TRIGGER", dt.timedelta(hours=9), parameters={"RELATED": "END"})
    return alarm


def _relative_to_due(alarm: icalendar.cal.Component) -> bool:
    trigger = alarm.get("TRIGGER")
    return trigger is not None and getattr(trigger, "params", {}).get("RELATED") == "END"


def _follow_up(comp: icalendar.cal.Component, key: str, r: Record, ctx: Context) -> None:
    if key == "text":
        _set(comp, "SUMMARY", r["text"])
    elif key == "due_date":
        _set(comp, "DUE", dt.date.fromisoformat(r["due_date"]) if r["due_date"] else None)
        alarms = [c for c in comp.subcomponents if c.name == "VALARM"]
        if r["due_date"] and not alarms:
            comp.add_component(_alarm(r["text"]))
        elif not r["due_date"]:
            comp.subcomponents = [
                c for c in comp.subcomponents if not (c.name == "VALARM" and _relative_to_due(c))
            ]
    elif key == "done_at":
        for name in ("COMPLETED", "PERCENT-COMPLETE", "STATUS"):
            _set(comp, name, None)
        if r["done_at"]:
            when = _parse_time(r["done_at"]).astimezone(dt.UTC)
            comp.add("STATUS", "COMPLETED")
            comp.add("COMPLETED", when)
            comp.add("PERCENT-COMPLETE", 100)
        else:
            comp.add("STATUS", "NEEDS-ACTION")
    elif key == "snoozed_until":
        _set(comp, OWN + "SNOOZED-UNTIL", r["snoozed_until"])
    elif key == "contact":
        _set(comp, OWN + "CONTACT", r["contact"])
        _set(comp, "DESCRIPTION", ctx.details.get(r["contact"] or "", ""))
    elif key == "conversation":
        _set(comp, OWN + "CONVERSATION", r["conversation"])


def _event(comp: icalendar.cal.Component, key: str, r: Record, ctx: Context) -> None:
    if key == "title":
        _set(comp, "SUMMARY", r["title"])
    elif key == "place":
        _set(comp, "LOCATION", r["place"])
    elif key == "notes":
        _set(comp, "DESCRIPTION", r["notes"])
    elif key in ("starts_at", "duration_minutes"):
        start = _parse_time(r["starts_at"])
        for name in ("DTSTART", "DTEND", "DURATION"):
            _set(comp, name, None)
        comp.add("DTSTART", start)
        if r["duration_minutes"]:
            comp.add("DTEND", start + dt.timedelta(minutes=r["duration_minutes"]))
    elif key in ("travel_minutes", "enjoyment"):
        name = OWN + ("TRAVEL-MINUTES" if key == "travel_minutes" else "ENJOYMENT")
        _set(comp, name, str(r[key]) if r[key] else None)
    elif key == "network":
        _set(comp, OWN + "NETWORK", r["network"])
    elif key == "attendees":
        values = [(ref, _cn(ctx, ref)) for ref in r["attendees"]]
        _set_many(comp, OWN + "ATTENDEE", values)
    elif key == "goals":
        _set_many(comp, OWN + "GOAL", [(g, {}) for g in r["goals"]])


def _cn(ctx: Context, ref: str) -> dict[str, str]:
    name = ctx.names.get(ref, "")
    return {"CN": name} if name else {}


def _conversation(comp: icalendar.cal.Component, key: str, r: Record, ctx: Context) -> None:
    if key == "occurred_at":
        _set(comp, "DTSTART", _parse_time(r["occurred_at"]))
    elif key == "notes":
        if "DESCRIPTION" in comp:
            del comp["DESCRIPTION"]
        comp.add("DESCRIPTION", icalendar.vText(r["notes"]))
    elif key == "contacts":
        names = [ctx.names.get(ref, "") for ref in r["contacts"]]
        folded = {n.casefold() for n in names if n}
        kept = [
            a
            for a in ical_map._all(comp, "ATTENDEE")
            if not str(a).lower().startswith("urn:")
            and str(getattr(a, "params", {}).get("CN", "")).casefold() not in folded
        ]
        if "ATTENDEE" in comp:
            del comp["ATTENDEE"]
        for ref, name in zip(r["contacts"], names, strict=True):
            address = icalendar.vCalAddress(ref)
            if name:
                address.params["CN"] = name
            comp.add("ATTENDEE", address)
        for attendee in kept:
            comp.add("ATTENDEE", attendee)
        if ical_map._is_auto_summary(comp):
            _set(comp, "SUMMARY", ", ".join(n for n in names if n) or None, **{OWN + "AUTO": "1"})
    elif key in ("channel", "minutes", "enjoyment", "event"):
        value = r[key]
        _set(comp, OWN + key.upper(), str(value) if value not in (None, 0, "") else None)
    elif key == "outcomes":
        _set_many(comp, OWN + "OUTCOME", [(text, {"X-KIND": kind}) for kind, text in r["outcomes"]])
    elif key == "goals":
        _set_many(comp, OWN + "GOAL", [(g, {}) for g in r["goals"]])


def _summary_of(kind: str, r: Record) -> str:
    if kind == "goal":
        return str(r.get("title") or "Kontaktbuch")
    if kind == "reflection":
        return f"Kontaktbuch: {r.get('period_start')} – {r.get('period_end')}"
    return "Kontaktbuch"


def _internal(kind: str) -> Callable[[icalendar.cal.Component, str, Record, Context], None]:
    def write(comp: icalendar.cal.Component, key: str, r: Record, ctx: Context) -> None:
        _set(comp, OWN + "KIND", kind)
        _set(comp, OWN + "DATA", json.dumps(r, ensure_ascii=False, sort_keys=True))
        _set(comp, "SUMMARY", _summary_of(kind, r))
        _set(comp, "CLASS", "PRIVATE")

    return write


_WRITERS = {
    "follow_up": _follow_up,
    "event": _event,
    "conversation": _conversation,
    "goal": _internal("goal"),
    "reflection": _internal("reflection"),
    "settings": _internal("settings"),
}


def render(kind: str, uid: str, record: Record, raw: str | None, ctx: Context | None = None) -> str:
    """The calendar text for ``record``: ``raw`` with the changed fields rewritten."""
    ctx = ctx or Context()
    record = clean(kind, record)
    current: Parsed | None = None
    if raw:
        cal = icalendar.Calendar.from_ical(raw)
        comp = ical_map._component(cal)
        current = ical_map.parse(raw)
        if current.kind != kind:
            current = None
    else:
        cal = icalendar.Calendar()
        cal.add("VERSION", "2.0")
        cal.add("PRODID", PRODID)
        comp = _NEW[kind]()
        comp.add("UID", uid)
        cal.add_component(comp)
    write = _WRITERS[kind]
    keys = list(record) if kind != "settings" else ["*"]
    for attempt in range(2):
        for key in keys:
            if current is None or key == "*" or current.record.get(key) != record.get(key):
                write(comp, key, record, ctx)
        _set(comp, "DTSTAMP", _utc_now())
        text = bytes(cal.to_ical()).decode("utf-8")
        back = ical_map.parse(text)
        if back.record == record:
            return text
        if attempt == 1:  # pragma: no cover - a mapping bug
            raise ValueError(f"calendar object does not read back: {kind} {uid}")
        current = None
    raise AssertionError("unreachable")  # pragma: no cover
