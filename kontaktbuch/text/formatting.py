"""Dates, times, durations and ratings as the user's language writes them.

26.11.2026, 18:30 and "1,5 h" in German; the locale's forms in English. One module
for every view, dialog and command, so the same value always reads the same.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def _four_digit_year(fmt: str) -> str:
    if "yyyy" in fmt:
        return fmt
    return fmt.replace("yy", "yyyy")


def date_text(value: dt.date | None) -> str:
    """26.11.2026 in German, 11/26/2026 in English (the locale's short form, full year)."""
    if value is None:
        return ""
    locale = QLocale()
    fmt = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), fmt)


def weekday_date_text(value: dt.date) -> str:
    """ "Do., 26.11.2026": a day header in the log."""
    locale = QLocale()
    day = locale.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    return (
        f"{day} {date_text(value)}"
        if locale.language() != QLocale.Language.German
        else (f"{day}, {date_text(value)}")
    )


def date_format() -> str:
    """The locale's short date format with a four-digit year, for date edits."""
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def datetime_format() -> str:
    locale = QLocale()
    return f"{date_format()} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def time_text(value: dt.datetime | dt.time | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(
        QTime(value.hour, value.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )


def datetime_text(value: dt.datetime | None) -> str:
    """26.11.2026 18:30."""
    if value is None:
        return ""
    return f"{date_text(value.date())} {time_text(value)}"


def number(value: float, decimals: int = 1) -> str:
    """A number in the user's locale (``1,5`` in German)."""
    return QLocale().toString(float(value), "f", decimals)


def hours(minutes: float | None) -> str:
    """Minutes as hours with one decimal: ``1,5 Std.`` / ``1.5 h``; a dash for none.

    Every time figure of the product is stored in minutes and shown through here,
    so a budget, a goal's time and an event's duration always read alike.
    """
    if minutes is None:
        return "–"
    return QCoreApplication.translate("formatting", "%1 h").replace("%1", number(minutes / 60.0))


def minutes_text(minutes: int) -> str:
    """ "45 min" below an hour, else :func:`hours` ("2,5 Std." / "2.5 h")."""
    if minutes < 60:
        return QCoreApplication.translate("formatting", "%1 min").replace("%1", str(minutes))
    return hours(minutes)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def stars(value: int | None) -> str:
    """Enjoyment 1–5 as stars ("★★★★☆"); empty when not rated."""
    if not value:
        return ""
    return "★" * value + "☆" * (5 - value)
