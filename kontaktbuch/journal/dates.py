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


# --- when something happened: a date and a time typed in one field ---------------------

_WHEN_TIME = re.compile(
    r"(?:^|(?<=[\s,t]))(?:um\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(uhr|h|am|pm|a\.m\.|p\.m\.)?$"
)
_WHEN_US = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")
_WHEN_DAYS = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2}


def _nearest(today: dt.date, month: int, day: int) -> dt.date:
    """The date of ``day``.``month`` nearest to ``today`` (last, this or next year)."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"no day {day}.{month}.")
    return min(candidates, key=lambda d: (abs((d - today).days), d))


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _when_date(text: str, today: dt.date) -> dt.date | None:
    """The date part of :func:`parse_when` (empty: None)."""
    key = text.strip(" ,")
    if not key:
        return None
    if key in _WHEN_DAYS:
        return today + dt.timedelta(days=_WHEN_DAYS[key])
    compact = key.replace(" ", "")
    found = _GERMAN.match(compact)
    if found:
        day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
        return dt.date(_full_year(year), month, day) if year else _nearest(today, month, day)
    found = _ISO.match(compact)
    if found:
        return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    found = _WHEN_US.match(compact)
    if found:
        month, day, year = int(found.group(1)), int(found.group(2)), found.group(3)
        return dt.date(_full_year(year), month, day) if year else _nearest(today, month, day)
    raise ValueError(text)


def parse_when(text: str, today: dt.date, default: dt.datetime) -> dt.datetime:
    """When something happened, as typed: a date, a time, or both.

    "05.12.2026 19:00", "5.12.26, 19 Uhr", "5.12. 19:00", "2026-12-05 19:00",
    "2026-12-05T19:00", "12/5/2026 7:00 PM", "heute 19:00", "gestern 19 Uhr",
    "19:30" (on ``default``'s day), "5.12.2026" (at ``default``'s time). A day
    without a year is the one nearest to ``today``. Raises
    :class:`DateParseError` for anything else.
    """
    raw = " ".join(text.split())
    key = raw.casefold()
    if not key:
        raise DateParseError(text)
    date_part, time_value = key, None
    found = _WHEN_TIME.search(key)
    if found:
        rest = key[: found.start()].rstrip(" ,t")
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        suffix = (found.group(3) or "").replace(".", "")
        bare = found.group(2) is None and not suffix
        # A bare number is an hour only after a date ("5.12. 19"); alone it is no time.
        if not (bare and not rest) and not (found.group(2) and "." in found.group(0) and not rest):
            if suffix in ("am", "pm"):
                if not 1 <= hour <= 12:
                    raise DateParseError(text)
                hour = hour % 12 + (12 if suffix == "pm" else 0)
            if hour > 23 or minute > 59:
                raise DateParseError(text)
            date_part, time_value = rest, dt.time(hour, minute)
    try:
        day = _when_date(date_part, today)
    except ValueError as exc:
        raise DateParseError(text) from exc
    if day is None and time_value is None:
        raise DateParseError(text)
    return dt.datetime.combine(
        day if day is not None else default.date(),
        time_value if time_value is not None else default.time().replace(second=0, microsecond=0),
    )


def try_parse_when(text: str, today: dt.date, default: dt.datetime) -> dt.datetime | None:
    """Like :func:`parse_when`, but None for text that is not a date or time."""
    try:
        return parse_when(text, today, default)
    except DateParseError:
        return None
