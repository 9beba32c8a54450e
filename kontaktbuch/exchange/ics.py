"""Open follow-ups and events as an iCalendar file, for people who live in their calendar.

Follow-ups become VTODO entries due at 9 o'clock on their day, events VEVENT
entries; both carry a VALARM so the calendar reminds the user. Times are floating
local times, like everything in the journal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import peewee as pw

from kontaktbuch import __version__
from kontaktbuch.exchange.archive import write_text_atomic
from kontaktbuch.exchange.records import Progress, report
from kontaktbuch.journal.names import display_name_of
from kontaktbuch.store import models as m

FOLLOW_UP_HOUR = 9
DEFAULT_EVENT_MINUTES = 60
EVENT_ALARM_MINUTES = 30


def _alarm(description: str, before: dt.timedelta, *, related: str = "START") -> icalendar.Alarm:
    """A display alarm ``before`` the start (events) or the due time (to-dos)."""
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    if related == "END":
        alarm.add("trigger", -before, parameters={"RELATED": related})
    else:
        alarm.add("trigger", -before)
    return alarm


def build_calendar(
    *, now: dt.datetime | None = None, progress: Progress | None = None
) -> icalendar.Calendar:
    stamp = (now or dt.datetime.now()).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Kontaktbuch//Kontaktbuch {__version__}//DE")
    cal.add("version", "2.0")
    follow_ups = list(
        m.FollowUp.select(m.FollowUp, m.Contact)
        .join(m.Contact, pw.JOIN.LEFT_OUTER, on=(m.FollowUp.contact == m.Contact.id))
        .where(m.FollowUp.done_at.is_null())
        .order_by(m.FollowUp.due_date, m.FollowUp.id)
    )
    events = list(m.Event.select().order_by(m.Event.starts_at, m.Event.id))
    total = len(follow_ups) + len(events)
    done = 0
    report(progress, 0, total)
    for follow_up in follow_ups:
        todo = icalendar.Todo()
        todo.add("uid", f"follow-up-{follow_up.id}@kontaktbuch")
        todo.add("dtstamp", stamp)
        contact = follow_up.contact if follow_up.contact_id else None
        summary = follow_up.text
        if contact is not None:
            summary = f"{summary} – {display_name_of(contact)}"
        todo.add("summary", summary)
        todo.add("status", "NEEDS-ACTION")
        if follow_up.due_date:
            due = dt.datetime.combine(follow_up.due_date, dt.time(FOLLOW_UP_HOUR))
            todo.add("due", due)
            todo.add_component(_alarm(summary, dt.timedelta(0), related="END"))
        cal.add_component(todo)
        done += 1
    for event in events:
        entry = icalendar.Event()
        entry.add("uid", f"event-{event.id}@kontaktbuch")
        entry.add("dtstamp", stamp)
        entry.add("summary", event.title)
        entry.add("dtstart", event.starts_at)
        # The calendar entry is the event itself: its duration, not the time it
        # costs (``journal.event_time``: duration plus travel). The travel lies
        # before the start, so the alarm comes that much earlier.
        minutes = event.duration_minutes or DEFAULT_EVENT_MINUTES
        entry.add("dtend", event.starts_at + dt.timedelta(minutes=minutes))
        if event.place:
            entry.add("location", event.place)
        if event.notes:
            entry.add("description", event.notes)
        before = dt.timedelta(minutes=EVENT_ALARM_MINUTES + (event.travel_minutes or 0))
        entry.add_component(_alarm(event.title, before))
        cal.add_component(entry)
        done += 1
        if done % 100 == 0:
            report(progress, done, total)
    report(progress, total, total)
    return cal


def export_ics(
    path: Path | str, *, now: dt.datetime | None = None, progress: Progress | None = None
) -> int:
    """Write the calendar; returns how many entries it holds."""
    cal = build_calendar(now=now, progress=progress)
    write_text_atomic(Path(path), cal.to_ical().decode("utf-8"))
    return len(cal.subcomponents)
