"""Sums of the stored figures over a range: the fewest buckets, plus what *now* cuts off.

The journal keeps the reflection's figures per day, month and year in the
``refl_*`` tables (:mod:`kontaktbuch.store.daily_figures`), in step with every
write. A period's figures are their sums over the buckets that cover it: ten
years are nine years, a few months and a few days instead of 100,000
conversations. Sums are additive, so most of a year is the year's row less
the rows of its other days (:func:`cover`). A range that ends inside a day
(*now*, for the running period) counts that day's part from the items
themselves, with the same SELECT that defines a day's stored rows, so both
parts follow the same rules.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from kontaktbuch.journal.reflection.scope import fetch
from kontaktbuch.journal.snapshots import placeholders
from kontaktbuch.store import daily_figures as D

_MIDNIGHT = " 00:00:00"


def _day(stamp: str) -> dt.date:
    return dt.date.fromisoformat(stamp[:10])


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def buckets(first: dt.date, end: dt.date, *, years: bool = True) -> list[str]:
    """The fewest buckets covering the days ``first`` to ``end`` (exclusive).

    Whole years (with ``years``), then whole months, then single days; without
    ``years`` every bucket lies inside one month (for sums by month).
    """
    out: list[str] = []
    day = first
    while day < end:
        if years and day.month == 1 and day.day == 1 and dt.date(day.year + 1, 1, 1) <= end:
            out.append(f"{day.year:04d}")
            day = dt.date(day.year + 1, 1, 1)
        elif day.day == 1 and _next_month(day) <= end:
            out.append(f"{day:%Y-%m}")
            day = _next_month(day)
        else:
            out.append(day.isoformat())
            day += dt.timedelta(days=1)
    return out


def _year_cover(first: dt.date, end: dt.date) -> tuple[list[str], list[str]] | None:
    """``first``..``end`` (exclusive, within one year) as that year minus its other days.

    Sums are additive, so a year's row less the rows of the days around the range
    is the range's: "1 January to 25 November" is the year less five days and
    December, seven buckets instead of 35. None when the year is not a bucket
    (its end lies outside the calendar).
    """
    if first.year >= dt.MAXYEAR:
        return None
    start, after = dt.date(first.year, 1, 1), dt.date(first.year + 1, 1, 1)
    return [f"{first.year:04d}"], buckets(start, first) + buckets(end, after)


@functools.lru_cache(maxsize=64)
def cover(first: dt.date, end: dt.date, years: bool = True) -> tuple[tuple[str, ...], ...]:
    """The fewest buckets whose sum, less the sum of a second set, covers ``first``..``end``.

    (added, subtracted). Within each year the range touches, its days are either
    summed bucket by bucket (:func:`buckets`) or taken as the year less the rest
    of it, whichever needs fewer buckets; without ``years``, nothing is subtracted
    (sums by month). Kept: a panel sums six tables over the same days.
    """
    if not years:
        return tuple(buckets(first, end, years=False)), ()
    added: list[str] = []
    subtracted: list[str] = []
    day = first
    while day < end:
        stop = min(end, dt.date(day.year + 1, 1, 1)) if day.year < dt.MAXYEAR else end
        plain = buckets(day, stop)
        other = _year_cover(day, stop)
        if other is not None and len(other[0]) + len(other[1]) < len(plain):
            added += other[0]
            subtracted += other[1]
        else:
            added += plain
        day = stop
    return tuple(added), tuple(subtracted)


def _split(lo: str, hi: str) -> tuple[dt.date, dt.date, list[tuple[str, str]]]:
    """Whole days [first, end) of the range [lo, hi) and the parts of days at its edges."""
    if hi <= lo:
        return _day(lo), _day(lo), []
    first = _day(lo) if lo[10:] in ("", _MIDNIGHT) else _day(lo) + dt.timedelta(days=1)
    end = _day(hi)
    if end < first:  # both ends inside one day
        return first, first, [(lo, hi)]
    parts = []
    if first != _day(lo):
        parts.append((lo, f"{first.isoformat()}{_MIDNIGHT}"))
    if hi[10:] not in ("", _MIDNIGHT):
        parts.append((f"{end.isoformat()}{_MIDNIGHT}", hi))
    return first, end, parts


def sums(name: str, lo: str, hi: str, *, by_month: bool = False) -> list[tuple[Any, ...]]:
    """The figures of table ``name`` summed over the stored times [lo, hi), per key.

    Rows are the table's keys followed by the sums of its figures, ordered by key;
    ``by_month`` puts the month (``2026-11``) before the keys and sums per month.
    """
    table = D.TABLE[name]
    first, end, parts = _split(lo, hi)
    added, subtracted = cover(first, end, not by_month)
    keys = ", ".join(table.keys)
    pieces: list[str] = []
    params: list[str] = []
    for chosen, sign in ((added, ""), (subtracted, "-")):
        if chosen:
            figures = ", ".join(f"{sign}{f}" for f in table.figures)
            pieces.append(
                f'SELECT bucket, {keys}, {figures} FROM "{name}" '
                f"WHERE bucket IN ({placeholders(chosen)})"
            )
            params += chosen
    ranges = ""
    if parts:
        ranges = f"parts(lo, hi) AS (VALUES {', '.join('(?, ?)' for _ in parts)}), "
        pieces.append(D.live_rows(table, "parts"))
        params = [stamp for part in parts for stamp in part] + params
    if not pieces:
        return []
    group = f"substr(bucket, 1, 7), {keys}" if by_month else keys
    totals = ", ".join(f"sum({f})" for f in table.figures)
    # A key whose rows all lie in the subtracted days sums to nothing: it has no
    # row in the range (the store keeps no row whose figures are all 0).
    having = " HAVING " + " OR ".join(f"sum({f}) <> 0" for f in table.figures) if subtracted else ""
    union = " UNION ALL ".join(pieces)
    columns = ", ".join(table.columns)
    sql = (
        f"WITH {ranges}x({columns}) AS ({union}) "
        f"SELECT {group}, {totals} FROM x GROUP BY {group}{having} ORDER BY {group}"
    )
    return fetch(sql, params)
