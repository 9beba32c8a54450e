"""Time and enjoyment over time: the trend by month, a period's mean enjoyment.

The charts show the trend of the last twelve months (:func:`trend`); the finding
"enjoyment falling" compares the mean enjoyment of several periods
(:func:`average_enjoyment`). Both sum the stored figures of the items — events,
and conversations without an event (:mod:`.stored`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.scope import bounds, mean
from kontaktbuch.journal.reflection.stored import sums


@dataclass
class TrendPoint:
    """One month of the trend: its time and the mean enjoyment of its items."""

    month: dt.date  # the first day of the month
    minutes: int
    enjoyment: float | None


def _item_sums(lo: str, hi: str, *, by_month: bool) -> dict[str, list[float]]:
    """Minutes, enjoyment sum and rated items of the items in [lo, hi), by month or all ("")."""
    data: dict[str, list[float]] = {}

    def add(key: str, minutes: int, enjoyment: int, rated: int) -> None:
        acc = data.setdefault(key, [0, 0.0, 0])
        acc[0] += int(minutes)
        acc[1] += float(enjoyment)
        acc[2] += int(rated)

    for row in sums("refl_event", lo, hi, by_month=by_month):
        key, rest = (row[0], row[2:]) if by_month else ("", row[1:])
        _events, minutes, enjoyment, rated, _goal = rest
        add(key, minutes, enjoyment, rated)
    for row in sums("refl_conversation", lo, hi, by_month=by_month):
        key, rest = (row[0], row[1:]) if by_month else ("", row)
        at_event, _channel, _count, minutes, enjoyment, rated, _goal, _outcomes = rest
        if not at_event:
            add(key, minutes, enjoyment, rated)
    return data


def average_enjoyment(period: P.Period, now: dt.datetime | None = None) -> float | None:
    """Mean rating of the items (events, conversations without an event) of a period."""
    _minutes, total, rated = _item_sums(*bounds(period, now), by_month=False).get("", [0, 0.0, 0])
    return mean(total, int(rated))


def trend(last_day: dt.date, months: int = 12, now: dt.datetime | None = None) -> list[TrendPoint]:
    """Time and mean enjoyment per calendar month, the ``months`` up to ``last_day``'s month."""
    span = P.last_n("month", last_day, months)
    lo, hi = bounds(P.Period(span[0].start, span[-1].end, "custom"), now)
    data = _item_sums(lo, hi, by_month=True)
    points = []
    for month in span:
        minutes, total, rated = data.get(f"{month.start:%Y-%m}", [0, 0.0, 0])
        points.append(TrendPoint(month.start, int(minutes), mean(total, int(rated))))
    return points
