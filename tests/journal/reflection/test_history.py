"""The trend by month (history.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from kontaktbuch.journal import reflection as R


def test_trend_per_month(journal: dict[str, int]) -> None:
    points = R.trend(dt.date(2027, 1, 15), months=3)
    assert [p.month for p in points] == [
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
    ]
    assert [p.minutes for p in points] == [0, 210, 150]
    assert points[1].enjoyment == pytest.approx((2 + 3 + 5) / 3)  # E1, K3, K0
    assert points[0].enjoyment is None
