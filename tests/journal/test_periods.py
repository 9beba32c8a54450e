"""Calendar periods: Monday-first weeks, ISO weeks across a year boundary, parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from kontaktbuch.journal import periods as P

D = dt.date


def test_week_starts_on_monday_and_crosses_the_year() -> None:
    week = P.containing("week", D(2026, 12, 31))  # a Thursday
    assert (week.start, week.last_day) == (D(2026, 12, 28), D(2027, 1, 3))
    assert week.code() == "2026-W53"
    assert week.next().code() == "2027-W01"
    assert week.next().start == D(2027, 1, 4)
    assert P.containing("week", D(2027, 1, 3)) == week  # Sunday still belongs to it
    assert week.previous() == P.containing("week", D(2026, 12, 21))


def test_month_quarter_year_and_previous() -> None:
    assert P.containing("month", D(2026, 3, 31)).previous() == P.Period(
        D(2026, 2, 1), D(2026, 3, 1), "month"
    )
    assert P.containing("quarter", D(2026, 1, 15)).previous().code() == "2025-Q4"
    q3 = P.containing("quarter", D(2026, 8, 1))
    assert (q3.start, q3.end) == (D(2026, 7, 1), D(2026, 10, 1))
    assert P.containing("year", D(2026, 5, 5)).previous().code() == "2025"
    rng = P.custom(D(2026, 1, 10), D(2026, 1, 19))
    assert rng.days == 10 and rng.previous() == P.custom(D(2025, 12, 31), D(2026, 1, 9))


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("2026-10", D(2026, 10, 1), D(2026, 11, 1), "month"),
        ("2026-W43", D(2026, 10, 19), D(2026, 10, 26), "week"),
        ("2026-W53", D(2026, 12, 28), D(2027, 1, 4), "week"),
        ("2027-W01", D(2027, 1, 4), D(2027, 1, 11), "week"),
        ("2026-Q3", D(2026, 7, 1), D(2026, 10, 1), "quarter"),
        ("2026-q4", D(2026, 10, 1), D(2027, 1, 1), "quarter"),
        ("2026", D(2026, 1, 1), D(2027, 1, 1), "year"),
        ("2026-01-01..2026-01-31", D(2026, 1, 1), D(2026, 2, 1), "custom"),
    ],
)
def test_parse(text: str, start: dt.date, end: dt.date, kind: str) -> None:
    period = P.parse(text)
    assert (period.start, period.end, period.kind) == (start, end, kind)
    assert P.parse(period.code()) == period


@pytest.mark.parametrize(
    "text", ["2026-13", "2025-W53", "2026-Q5", "26", "", "2026-02-30..2026-03-01"]
)
def test_parse_rejects_nonsense(text: str) -> None:
    with pytest.raises(P.PeriodError):
        P.parse(text)


def test_last_n_and_budget_scaling() -> None:
    months = P.last_n("month", D(2026, 2, 10), 3)
    assert [p.code() for p in months] == ["2025-12", "2026-01", "2026-02"]
    month = P.containing("month", D(2026, 2, 10))
    assert P.scale_hours(8, "month", month) == 8
    assert P.scale_hours(12, "quarter", month) == pytest.approx(4)
    assert P.scale_hours(12, "quarter", P.containing("year", D(2026, 1, 1))) == pytest.approx(48)
    assert P.scale_hours(2, "week", P.containing("week", D(2026, 1, 1))) == 2
