"""Words for input the journal refuses (``journal/limits.py``), for the window and
the command line alike: what is wrong, in the user's language, with the limit."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kontaktbuch.journal import limits
from kontaktbuch.journal.limits import InvalidInput
from kontaktbuch.text.formatting import date_text
from kontaktbuch.text.i18n import translate


def field_name(field: str) -> str:
    """The input's name as the user knows it."""
    return {
        "name": translate("input", "A name"),
        "contacts": translate("input", "The people"),
        "title": translate("input", "The title"),
        "event": translate("input", "The event's title"),
        "notes": translate("input", "The notes"),
        "offers": translate("input", "“Offers”"),
        "seeks": translate("input", "“Seeks”"),
        "outcomes": translate("input", "An outcome"),
        "follow_ups": translate("input", "A follow-up"),
        "date": translate("input", "The date"),
        "channel": translate("input", "The channel"),
        "minutes": translate("input", "The minutes"),
        "enjoyment": translate("input", "The enjoyment"),
        "conversations": translate("input", "The conversations"),
        "event_duration": translate("input", "The event's duration"),
        "event_travel": translate("input", "The travel time"),
    }.get(field, translate("input", "An entry"))


def describe_invalid_input(exc: InvalidInput) -> str:
    """One sentence: which input, what is wrong, what is allowed."""
    what = field_name(exc.field)
    if exc.problem == "too_long":
        return (
            translate("input", "%1 is too long: at most %2 characters are kept.")
            .replace("%1", what)
            .replace("%2", QLocale().toString(exc.limit))
        )
    if exc.problem == "date_range":
        first, last = limits.date_range()
        return (
            translate("input", "%1 lies outside the dates the journal keeps (%2 to %3).")
            .replace("%1", what)
            .replace("%2", date_text(first))
            .replace("%3", date_text(last))
        )
    if exc.problem == "empty":
        if exc.field == "contacts":
            return translate("input", "Say who you talked with: at least one name is needed.")
        return translate("input", "%1 needs a text.").replace("%1", what)
    return translate("input", "%1 is not valid.").replace("%1", what)
