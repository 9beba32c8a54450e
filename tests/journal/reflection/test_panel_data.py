"""The panel (panel_data.py): whether read whole or lighter, the same figures."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m
from tests.journal.reflection.conftest import T, kinds


def test_empty_journal(db: pw.SqliteDatabase) -> None:
    data = R.panel(P.parse("2026-11"), R.Thresholds())
    assert data.current.total_minutes == 0 and data.findings == []
    assert len(data.trend) == 12 and all(p.minutes == 0 for p in data.trend)


@pytest.mark.parametrize("code", ["2026-W53", "2026-11", "2026", "2027"])
def test_the_panel_sets_each_period_beside_the_one_before(
    journal: dict[str, int], code: str
) -> None:
    period = P.parse(code)
    data = R.panel(period, R.Thresholds(), with_trend=False)
    assert data.current == R.compute_figures(period)
    assert data.previous == R.compute_figures(period.previous())
    assert data.previous.period == period.previous()


def test_falling_enjoyment_looks_back_beyond_the_period_before(db: pw.SqliteDatabase) -> None:
    for month, rating in ((9, 5), (10, 4), (11, 3)):
        m.Conversation.create(occurred_at=T(2026, month, 10, 12), minutes=30, enjoyment=rating)
    only_falling = R.Thresholds(no_goal_share=2.0)
    data = R.panel(P.parse("2026-11"), only_falling)
    assert kinds(data.findings) == [("enjoyment_falling", "")]
    assert data.findings[0].values == {"periods": 3.0, "first": 5.0, "last": 3.0}


@pytest.mark.parametrize("code", ["2026-W53", "2026-12", "2026", "2027"])
def test_panel_trend_is_the_same_however_it_is_read(journal: dict[str, int], code: str) -> None:
    period = P.parse(code)
    assert R.panel(period, R.Thresholds()).trend == R.trend(period.last_day, 12)


@pytest.mark.parametrize("code", ["2026-W53", "2027-W01", "2026", "2027"])
def test_the_windows_lighter_panel_has_the_same_figures(journal: dict[str, int], code: str) -> None:
    """The window leaves out the trend and the details of the period before, nothing else."""
    period = P.parse(code)
    full = R.panel(period, R.Thresholds())
    light = R.panel(period, R.Thresholds(), with_trend=False, previous_details=False)
    assert light.trend == []
    assert light.current == full.current
    assert light.findings == full.findings
    assert light.previous is not None and full.previous is not None
    assert light.previous.event_list == []
    before = R.figures_to_dict(full.previous)
    after = R.figures_to_dict(light.previous)
    assert {k: v for k, v in after.items() if k not in ("goals", "event_list")} == {
        k: v for k, v in before.items() if k not in ("goals", "event_list")
    }
    compared = ("goal_id", "minutes", "conversations", "events", "outcomes", "enjoyment")
    assert [[g[k] for k in compared] for g in after["goals"]] == [
        [g[k] for k in compared] for g in before["goals"]
    ]


def test_picker_periods() -> None:
    today = dt.date(2026, 11, 26)
    assert R.picker_period("this_week", today).code() == "2026-W48"
    assert R.picker_period("last_month", today).code() == "2026-10"
    assert R.picker_period("last_quarter", today).code() == "2026-Q3"
    assert R.picker_period("last_year", today).code() == "2025"
