"""When the next reflection is due (due.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from kontaktbuch.journal import reflection as R


@pytest.mark.parametrize(
    ("interval", "last", "today", "expected"),
    [
        ("weekly", None, dt.date(2026, 11, 26), dt.date(2026, 11, 30)),  # Thu -> Mon
        ("weekly", dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 30)),
        ("weekly", dt.date(2026, 11, 30), dt.date(2026, 11, 30), dt.date(2026, 12, 7)),
        ("weekly", dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 4)),
        ("weekly", dt.date(2026, 10, 1), dt.date(2026, 11, 26), dt.date(2026, 10, 5)),  # overdue
        ("monthly", None, dt.date(2026, 11, 26), dt.date(2026, 12, 1)),
        ("monthly", dt.date(2026, 12, 1), dt.date(2026, 12, 2), dt.date(2027, 1, 1)),
        ("monthly", dt.date(2026, 12, 31), dt.date(2026, 12, 31), dt.date(2027, 1, 1)),
    ],
)
def test_next_reflection_date(
    interval: str, last: dt.date | None, today: dt.date, expected: dt.date
) -> None:
    assert R.next_reflection_date(interval, last, today) == expected
