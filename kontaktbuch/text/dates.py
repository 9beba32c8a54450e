"""Dates and times as the user's locale writes them, with four-digit years.

The reflection's tables and ``kontaktbuch stats`` show dates of events and
saved reflections; an event list of a decade holds 8,000 of them, so the common
case (a locale that writes dates with numbers only) is worded by a template
built once per locale instead of a Qt call per date: the same text as Qt's
(``tests/text/test_reflection_dates.py`` compares them in 18 locales).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale


@functools.lru_cache(maxsize=8)
def _date_pattern(locale_name: str) -> str:
    """The locale's short date pattern with a four-digit year (asked once per locale)."""
    pattern = QLocale(locale_name).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


_NUMERIC_DATE_PARTS = {"d": "{d}", "dd": "{d:02d}", "M": "{m}", "MM": "{m:02d}", "yyyy": "{y:04d}"}


@functools.lru_cache(maxsize=8)
def _python_date_format(locale_name: str) -> str | None:
    """The locale's date pattern as a ``str.format`` template, when it is all numbers.

    ``dd.MM.yyyy`` becomes ``{d:02d}.{m:02d}.{y:04d}``: the same text as Qt's, at a
    fraction of the cost for the thousands of dates of a long event list. Patterns
    with names (``MMM``, ``ddd``) or quotes, and locales with their own digits
    (Arabic, Persian …), return None and stay with Qt.
    """
    if QLocale(locale_name).zeroDigit() != "0":
        return None
    out: list[str] = []
    for run in re.findall(r"d+|M+|y+|[^dMy]+", _date_pattern(locale_name)):
        if run[0] in "dMy":
            if run not in _NUMERIC_DATE_PARTS:
                return None
            out.append(_NUMERIC_DATE_PARTS[run])
        elif any(ch.isalpha() or ch in "'{}" for ch in run):
            return None
        else:
            out.append(run)
    return "".join(out)


def date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date as the locale writes it, always with four-digit years (26.11.2026)."""
    locale = locale or QLocale()
    name = locale.name()
    template = _python_date_format(name)
    if template is not None:
        return template.format(d=day.day, m=day.month, y=day.year)
    return locale.toString(QDate(day.year, day.month, day.day), _date_pattern(name))


def date_time(text: str, locale: QLocale | None = None) -> str:
    """A stored ``YYYY-MM-DD HH:MM`` as the locale shows it (``26.11.2026 18:30``).

    A table of thousands of events passes one ``locale`` for all of them.
    """
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{date(when.date(), locale)} {when.hour:02d}:{when.minute:02d}"


def date_time_format(locale: QLocale | None = None) -> Callable[[str], str]:
    """:func:`date_time` for many stored times in one locale (a table of thousands of events).

    The same text as :func:`date_time`, with the locale's pattern looked up once.
    """
    locale = locale or QLocale()
    template = _python_date_format(locale.name())
    if template is None:
        return functools.partial(date_time, locale=locale)
    full = template + " {hh:02d}:{mm:02d}"
    # Kept across calls: the reflection words the same events' times again at each
    # change of period (hundreds a year).
    kept = _DATE_TIMES.setdefault(full, {})

    def formatted(text: str) -> str:
        shown = kept.get(text)
        if shown is not None:
            return shown
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if len(kept) >= _DATE_TIMES_KEPT:
            kept.clear()
        shown = kept[text] = full.format(
            d=when.day, m=when.month, y=when.year, hh=when.hour, mm=when.minute
        )
        return shown

    return formatted


# stored time -> its text, by the locale's pattern (see date_time_format)
_DATE_TIMES: dict[str, dict[str, str]] = {}
_DATE_TIMES_KEPT = 50_000
