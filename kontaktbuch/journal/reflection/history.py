"""Time and enjoyment over time: the trend by month, a period's mean enjoyment.

The charts show the trend of the last twelve months (:func:`trend`); the finding
"enjoyment falling" compares the mean enjoyment of several periods
(:func:`average_enjoyment`). Both read the journal directly, or, for the panel,
the temporary table its period already filled (:func:`trend_points`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.scope import (
    CONV_RANGE,
    EVENT_MINUTES,
    EVENT_RANGE,
    bounds,
    fetch,
    mean,
)


@dataclass
class TrendPoint:
    """One month of the trend: its time and the mean enjoyment of its items."""

    month: dt.date  # the first day of the month
    minutes: int
    enjoyment: float | None


def average_enjoyment(period: P.Period, now: dt.datetime | None = None) -> float | None:
    """Mean rating of the items (events, conversations without an event) of a period."""
    lo, hi = bounds(period, now)
    (e_sum, e_count), (c_sum, c_count) = (
        fetch(
            f"SELECT SUM(e.enjoyment), COUNT(e.enjoyment) FROM event e WHERE {EVENT_RANGE}",
            [lo, hi],
        )[0],
        fetch(
            "SELECT SUM(c.enjoyment), COUNT(c.enjoyment) FROM conversation c "
            f"WHERE {CONV_RANGE} AND c.event_id IS NULL",
            [lo, hi],
        )[0],
    )
    return mean((e_sum or 0) + (c_sum or 0), int(e_count or 0) + int(c_count or 0))


def trend_points(span: list[P.Period], lo: str, hi: str, from_temp: bool) -> list[TrendPoint]:
    """The trend's months; ``from_temp``: the filled temporary table covers [lo, hi)."""
    conversations = (
        "SELECT r.month, SUM(r.minutes), SUM(r.enjoyment), COUNT(r.enjoyment) "
        "FROM temp.refl_conv r WHERE r.event_id IS NULL GROUP BY 1"
        if from_temp
        else "SELECT substr(c.occurred_at, 1, 7), SUM(c.minutes), SUM(c.enjoyment), "
        f"COUNT(c.enjoyment) FROM conversation c WHERE {CONV_RANGE} AND c.event_id IS NULL "
        "GROUP BY 1"
    )
    data: dict[str, list[float]] = {}
    for key, minutes, enj, rated in fetch(
        f"SELECT substr(e.starts_at, 1, 7), SUM({EVENT_MINUTES}), "
        f"SUM(e.enjoyment), COUNT(e.enjoyment) FROM event e WHERE {EVENT_RANGE} GROUP BY 1",
        [lo, hi],
    ) + fetch(conversations, [] if from_temp else [lo, hi]):
        acc = data.setdefault(key, [0, 0.0, 0])
        acc[0] += int(minutes or 0)
        acc[1] += float(enj or 0)
        acc[2] += int(rated or 0)
    points = []
    for month in span:
        minutes, total, rated = data.get(f"{month.start:%Y-%m}", [0, 0.0, 0])
        points.append(TrendPoint(month.start, int(minutes), mean(total, int(rated))))
    return points


def trend_span(
    last_day: dt.date, months: int, now: dt.datetime | None
) -> tuple[list[P.Period], str, str]:
    span = P.last_n("month", last_day, months)
    lo, hi = bounds(P.Period(span[0].start, span[-1].end, "custom"), now)
    return span, lo, hi


def trend(last_day: dt.date, months: int = 12, now: dt.datetime | None = None) -> list[TrendPoint]:
    """Time and mean enjoyment per calendar month, the ``months`` up to ``last_day``'s month."""
    span, lo, hi = trend_span(last_day, months, now)
    return trend_points(span, lo, hi, from_temp=False)
