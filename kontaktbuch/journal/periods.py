"""Calendar periods in local time: week (Monday first), month, quarter, year, custom range.

Goals have a period, the reflection panel shows one period beside the one
before, and the command line names periods as ``2026-10``, ``2026-W43``,
``2026-Q3`` or ``2026``. All of that is the same small piece of calendar
arithmetic, kept here once. A :class:`Period` is half-open: ``start`` belongs to
it, ``end`` is the first day after it, so consecutive periods never overlap and
"items in a period" is always ``start <= at < end``.

Weeks follow ISO 8601 (Monday first; week 1 holds the year's first Thursday), so
the week of 31 December 2026 is ``2026-W53`` and ends on Sunday 3 January 2027.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("week", "month", "quarter", "year", "custom")

# how many periods of each kind make a year, to scale a time budget to another period
PER_YEAR: dict[str, float] = {"week": 365.25 / 7, "month": 12.0, "quarter": 4.0, "year": 1.0}


class PeriodError(ValueError):
    """A period that cannot be read or makes no sense (end before start)."""


class PeriodRangeError(PeriodError):
    """A period beyond the calendar's years 1 to 9999 (or whose neighbours would be)."""


@dataclass(frozen=True, order=True)
class Period:
    """Days ``start`` (inclusive) to ``end`` (exclusive) of one kind of period."""

    start: dt.date
    end: dt.date
    kind: str = "custom"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise PeriodError(f"unknown period kind {self.kind!r}")
        if self.end <= self.start:
            raise PeriodError("a period ends after it starts")

    @property
    def last_day(self) -> dt.date:
        """The last day that belongs to the period (for display: 1.–30.11.)."""
        return self.end - dt.timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end

    def start_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    def end_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.end, dt.time())

    def code(self) -> str:
        """The name the command line uses (``2026-W43``), or ``FROM..TO`` for a range."""
        if self.kind == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "month":
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return f"{self.start.year}"
        return f"{self.start.isoformat()}..{self.last_day.isoformat()}"

    def previous(self) -> Period:
        """The period just before: last week, last month …; a range of the same length."""
        if self.kind == "custom":
            return Period(self.start - dt.timedelta(days=self.days), self.start, "custom")
        return containing(self.kind, self.start - dt.timedelta(days=1))

    def next(self) -> Period:
        if self.kind == "custom":
            return Period(self.end, self.end + dt.timedelta(days=self.days), "custom")
        return containing(self.kind, self.end)

    def per_year(self) -> float:
        """How many such periods fit into a year (a custom range counts its days)."""
        return PER_YEAR.get(self.kind, 365.25 / self.days)


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def containing(kind: str, day: dt.date) -> Period:
    """The calendar period of ``kind`` that contains ``day``."""
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        return Period(start, start + dt.timedelta(days=7), "week")
    if kind == "month":
        start = _month_start(day)
        return Period(start, _add_months(start, 1), "month")
    if kind == "quarter":
        start = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return Period(start, _add_months(start, 3), "quarter")
    if kind == "year":
        return Period(dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1), "year")
    raise PeriodError(f"no calendar period of kind {kind!r}")


def custom(first_day: dt.date, last_day: dt.date) -> Period:
    """A range of whole days, both given days included."""
    if last_day < first_day:
        raise PeriodError("the range ends before it starts")
    try:
        end = last_day + dt.timedelta(days=1)
    except OverflowError as exc:
        raise PeriodRangeError("the range ends after the calendar") from exc
    return Period(first_day, end, "custom")


def last_n(kind: str, day: dt.date, n: int) -> list[Period]:
    """The ``n`` periods of ``kind`` up to and including the one holding ``day``, oldest first."""
    periods = [containing(kind, day)]
    while len(periods) < n:
        periods.append(periods[-1].previous())
    return list(reversed(periods))


_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def parse(text: str) -> Period:
    """Read ``2026-10``, ``2026-W43``, ``2026-Q3``, ``2026`` or ``2026-01-01..2026-03-31``."""
    value = text.strip()
    try:
        if found := _WEEK.match(value):
            year, week = int(found[1]), int(found[2])
            start = dt.date.fromisocalendar(year, week, 1)
            return Period(start, start + dt.timedelta(days=7), "week")
        if found := _QUARTER.match(value):
            start = dt.date(int(found[1]), (int(found[2]) - 1) * 3 + 1, 1)
            return Period(start, _add_months(start, 3), "quarter")
        if found := _MONTH.match(value):
            start = dt.date(int(found[1]), int(found[2]), 1)
            return Period(start, _add_months(start, 1), "month")
        if found := _YEAR.match(value):
            return containing("year", dt.date(int(found[1]), 1, 1))
        if found := _RANGE.match(value):
            return custom(dt.date.fromisoformat(found[1]), dt.date.fromisoformat(found[2]))
    except (ValueError, OverflowError) as exc:
        # The calendar holds the years 1 to 9999: year 0, and the end of 9999, are beyond it.
        if isinstance(exc, OverflowError) or value[:4] in ("0000", "9999"):
            raise PeriodRangeError(f"beyond the calendar: {text!r}") from exc
        raise PeriodError(f"not a valid period: {text!r}") from exc
    raise PeriodError(f"not a valid period: {text!r}")


def scale_hours(hours: float, goal_period: str, target: Period) -> float:
    """A budget of ``hours`` per ``goal_period``, scaled to the length of ``target``.

    The same kind of period gets exactly the budget; a quarterly budget of 12 h is
    4 h per month and 48 h per year; a custom range gets its share by days.
    """
    if goal_period == target.kind:
        return hours
    return hours * PER_YEAR[goal_period] / target.per_year()
