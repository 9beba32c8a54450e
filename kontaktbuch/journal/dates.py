"""Reading due dates the way people type them on the train home.

"+3d", "+2w", "+1m", "Freitag", "fr", "friday", "morgen", "tomorrow", "5.12.",
"05.12.2026", "2026-12-05" — always relative to a ``today`` passed in, so the
rules are testable without a clock. A weekday means its next occurrence after
today ("Freitag" said on a Friday is next week's Friday).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

_WEEKDAYS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("montag", "mo", "mon", "monday"),
        ("dienstag", "di", "die", "tue", "tues", "tuesday", "tu"),
        ("mittwoch", "mi", "mit", "wed", "wednesday", "we"),
        ("donnerstag", "do", "don", "thu", "thur", "thurs", "thursday", "th"),
        ("freitag", "fr", "fre", "fri", "friday"),
        ("samstag", "sa", "sam", "sat", "saturday", "sonnabend"),
        ("sonntag", "so", "son", "sun", "sunday", "su"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _index

_RELATIVE_WORDS = {
    "heute": 0,
    "today": 0,
    "morgen": 1,
    "tomorrow": 1,
    "übermorgen": 2,
    "uebermorgen": 2,
}
_OFFSET = re.compile(r"^\+?\s*(\d{1,4})\s*([a-zäöü]*)$")
_UNITS = {
    "": "d",
    "d": "d",
    "t": "d",
    "tag": "d",
    "tage": "d",
    "day": "d",
    "days": "d",
    "w": "w",
    "wo": "w",
    "woche": "w",
    "wochen": "w",
    "week": "w",
    "weeks": "w",
    "m": "m",
    "mo": "m",
    "monat": "m",
    "monate": "m",
    "month": "m",
    "months": "m",
    "y": "y",
    "j": "y",
    "jahr": "y",
    "jahre": "y",
    "year": "y",
    "years": "y",
}
_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class DateParseError(ValueError):
    """The text is not a date we understand; ``text`` is what was typed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def parse_due(text: str, today: dt.date) -> dt.date:
    """The date ``text`` means, seen from ``today``; raises :class:`DateParseError`."""
    raw = text.strip()
    key = raw.casefold().rstrip(".").strip()
    if not key:
        raise DateParseError(text)
    if key in _RELATIVE_WORDS:
        return today + dt.timedelta(days=_RELATIVE_WORDS[key])
    if key in _WEEKDAYS:
        ahead = (_WEEKDAYS[key] - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=ahead)
    if raw.startswith("+") or re.match(r"^\d+\s*[a-zäöü]+$", key):
        found = _OFFSET.match(key)
        if found and found.group(2) in _UNITS:
            amount = int(found.group(1))
            unit = _UNITS[found.group(2)]
            try:
                if unit == "d":
                    return today + dt.timedelta(days=amount)
                if unit == "w":
                    return today + dt.timedelta(weeks=amount)
                if unit == "m":
                    return today + relativedelta(months=amount)
                return today + relativedelta(years=amount)
            except (OverflowError, ValueError) as exc:
                raise DateParseError(text) from exc
        raise DateParseError(text)
    compact = raw.replace(" ", "")
    found = _GERMAN.match(compact)
    if found:
        day, month, year_text = int(found.group(1)), int(found.group(2)), found.group(3)
        try:
            if year_text:
                year = int(year_text)
                if year < 100:
                    year += 2000
                return dt.date(year, month, day)
            candidate = dt.date(today.year, month, day)
            if candidate < today:
                candidate = dt.date(today.year + 1, month, day)
            return candidate
        except ValueError as exc:
            raise DateParseError(text) from exc
    found = _ISO.match(compact)
    if found:
        try:
            return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        except ValueError as exc:
            raise DateParseError(text) from exc
    raise DateParseError(text)


def try_parse_due(text: str, today: dt.date) -> dt.date | None:
    """Like :func:`parse_due`, but None for text that is not a date."""
    try:
        return parse_due(text, today)
    except DateParseError:
        return None
