"""How a reminder is worded: in the Reminders view, the tray menu, notifications
and ``kontaktbuch due``. One place, so all four say the same thing.

Only QtCore is used (translation and the locale's date formats), so the command
line can word reminders without a screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kontaktbuch.journal.reminders import Reminder, is_snoozed
from kontaktbuch.text.formatting import date_text, time_text
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP

_CTX = "reminders"

KIND_TITLES = {
    "follow_up": QT_TRANSLATE_NOOP("reminders", "Follow-ups"),
    "keep_in_touch": QT_TRANSLATE_NOOP("reminders", "Keep in touch"),
    "birthday": QT_TRANSLATE_NOOP("reminders", "Birthdays"),
    "event": QT_TRANSLATE_NOOP("reminders", "Events"),
    "reflection": QT_TRANSLATE_NOOP("reminders", "Reflection"),
}


def kind_title(kind: str) -> str:
    source = KIND_TITLES.get(kind)
    return QCoreApplication.translate(_CTX, source) if source else kind


def format_datetime(moment: dt.datetime) -> str:
    return (
        QCoreApplication.translate("reminders", "%1, %2")
        .replace("%1", date_text(moment.date()))
        .replace("%2", time_text(moment))
    )


def headline(r: Reminder) -> str:
    """What the reminder is about, in a few words (the view groups by kind)."""
    if r.kind == "follow_up":
        return r.subject
    if r.kind == "keep_in_touch":
        return QCoreApplication.translate("reminders", "Get in touch with %1").replace(
            "%1", r.contact_name
        )
    if r.kind == "birthday":
        if r.age:
            return (
                QCoreApplication.translate("reminders", "%1 turns %2")
                .replace("%1", r.contact_name)
                .replace("%2", str(r.age))
            )
        return QCoreApplication.translate("reminders", "Birthday of %1").replace(
            "%1", r.contact_name
        )
    if r.kind == "event":
        return r.subject
    if r.kind == "reflection":
        if r.interval == "weekly":
            return QCoreApplication.translate("reminders", "Time for your weekly reflection")
        return QCoreApplication.translate("reminders", "Time for your monthly reflection")
    return r.subject


def detail(r: Reminder, today: dt.date) -> str:
    """The second line: who, where, since when."""
    if r.kind == "follow_up":
        return r.contact_name
    if r.kind == "keep_in_touch":
        if r.last_contact is None:
            return QCoreApplication.translate("reminders", "No contact yet")
        return QCoreApplication.translate("reminders", "Last contact %1").replace(
            "%1", date_text(r.last_contact.date())
        )
    if r.kind == "birthday":
        return date_text(r.on)
    if r.kind == "event" and r.starts_at is not None:
        when = format_datetime(r.starts_at)
        return f"{when} · {r.place}" if r.place else when
    return ""


def status(r: Reminder, now: dt.datetime) -> str:
    """When it is (or was, or will be) due, or until when it is put off."""
    today = now.date()
    if is_snoozed(r, now):
        return QCoreApplication.translate("reminders", "Snoozed until %1").replace(
            "%1", format_datetime(r.snoozed_until or now)
        )
    if r.kind == "event" and r.starts_at is not None:
        days = (r.starts_at.date() - today).days
        if days == 0:
            return QCoreApplication.translate("reminders", "Today at %1").replace(
                "%1", time_text(r.starts_at)
            )
        if days == 1:
            return QCoreApplication.translate("reminders", "Tomorrow at %1").replace(
                "%1", time_text(r.starts_at)
            )
        return QCoreApplication.translate("reminders", "In %n day(s)", None, days)
    if r.kind == "birthday":
        days = (r.on - today).days
        if days == 0:
            return QCoreApplication.translate("reminders", "Today")
        if days < 0:
            return QCoreApplication.translate("reminders", "Was on %1").replace(
                "%1", date_text(r.on)
            )
        return QCoreApplication.translate("reminders", "In %n day(s)", None, days)
    if r.on < today:
        return QCoreApplication.translate("reminders", "Overdue since %1").replace(
            "%1", date_text(r.on)
        )
    if r.on == today:
        return QCoreApplication.translate("reminders", "Due today")
    if (r.on - today).days == 1:
        return QCoreApplication.translate("reminders", "Due tomorrow")
    return QCoreApplication.translate("reminders", "Due on %1").replace("%1", date_text(r.on))


def menu_text(r: Reminder, limit: int = 60, *, due: bool = False) -> str:
    """One line for the tray menu, where the kinds are not grouped (``due``: it is
    due now, so an event's reminder can say "today" or "tomorrow")."""
    if due and r.kind == "event":
        if r.phase == "eve":
            prefix = QCoreApplication.translate("reminders", "Tomorrow: %1")
        else:
            prefix = QCoreApplication.translate("reminders", "Today: %1")
        text = prefix.replace("%1", r.subject)
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    prefix = {
        "follow_up": QCoreApplication.translate("reminders", "Follow up: %1"),
        "keep_in_touch": "%1",
        "birthday": "%1",
        "event": QCoreApplication.translate("reminders", "Event: %1"),
        "reflection": "%1",
    }.get(r.kind, "%1")
    text = prefix.replace("%1", headline(r))
    if r.kind == "follow_up" and r.contact_name:
        text = f"{text} – {r.contact_name}"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def notification(r: Reminder, today: dt.date) -> tuple[str, str]:
    """Title and text of the desktop notification for one reminder."""
    if r.kind == "follow_up":
        body = r.subject + (f" – {r.contact_name}" if r.contact_name else "")
        return QCoreApplication.translate("reminders", "Follow-up due"), body
    if r.kind == "keep_in_touch":
        return QCoreApplication.translate("reminders", "Keep in touch"), QCoreApplication.translate(
            "reminders", "It is time to get in touch with %1."
        ).replace("%1", r.contact_name)
    if r.kind == "birthday":
        if r.on < today:
            body = QCoreApplication.translate("reminders", "%1 had a birthday on %2.")
            body = body.replace("%1", r.contact_name).replace("%2", date_text(r.on))
        elif r.age:
            body = QCoreApplication.translate("reminders", "%1 turns %2 today.").replace(
                "%1", r.contact_name
            )
            body = body.replace("%2", str(r.age))
        else:
            body = QCoreApplication.translate("reminders", "%1 has a birthday today.").replace(
                "%1", r.contact_name
            )
        return QCoreApplication.translate("reminders", "Birthday"), body
    if r.kind == "event":
        title = (
            QCoreApplication.translate("reminders", "Event tomorrow")
            if r.phase == "eve"
            else QCoreApplication.translate("reminders", "Event today")
        )
        return title, f"{r.subject}\n{detail(r, today)}"
    if r.kind == "reflection":
        return QCoreApplication.translate("reminders", "Reflection"), QCoreApplication.translate(
            "reminders",
            "Time for your reflection: does your networking serve your goals, and do you enjoy it?",
        )
    return r.subject, ""


def summary_notification(reminders: Sequence[Reminder], shown: int = 3) -> tuple[str, str]:
    """One notification for several reminders at once, instead of a flood."""
    title = QCoreApplication.translate("reminders", "%n reminder(s) due", None, len(reminders))
    lines = [menu_text(r) for r in reminders[:shown]]
    if len(reminders) > shown:
        lines.append(
            QCoreApplication.translate("reminders", "and %n more", None, len(reminders) - shown)
        )
    return title, "\n".join(lines)


def due_count_text(count: int) -> str:
    return QCoreApplication.translate("reminders", "%n due", None, count)


def upcoming_count_text(count: int) -> str:
    """Reminders of a group that are not due yet, in the next 14 days."""
    return QCoreApplication.translate("reminders", "%n coming up", None, count)
