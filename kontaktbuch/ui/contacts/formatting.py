"""Dates, times and durations in the user's language (26.11.2026, 18:30, 1,5 Std.)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def _long_year(fmt: str) -> str:
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    fmt = _long_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), fmt)


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    time = locale.toString(
        QTime(value.hour, value.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return f"{format_date(value.date())} {time}"


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def format_minutes(minutes: int) -> str:
    """ "45 min" below an hour, else hours with one decimal: "2,5 h" / "2.5 h"."""
    if minutes < 60:
        return QCoreApplication.translate("formatting", "%1 min").replace("%1", str(minutes))
    hours = QLocale().toString(minutes / 60, "f", 1)
    return QCoreApplication.translate("formatting", "%1 h").replace("%1", hours)
