"""The findings (rules.py): which questions the thresholds raise."""

from __future__ import annotations

import peewee as pw
import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m
from tests.journal.reflection.conftest import W53, T, kinds


def test_findings_follow_the_thresholds(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53)
    defaults = R.findings(fig, R.Thresholds())
    # G1: 180 min against 120 (x1.2 = 144); G3 idle; N1 large but 3.0 > 2.5 and fruitful.
    assert kinds(defaults) == [("goal_over_budget", "Kunden"), ("goal_idle", "Sichtbarkeit")]
    assert defaults[0].values == {"minutes": 180.0, "budget": 120.0}

    strict = R.findings(
        fig,
        R.Thresholds(low_enjoyment=3.0, no_goal_share=0.25, budget_overrun=1.6),
    )
    assert kinds(strict) == [
        ("network_costly", "Stammtisch"),
        ("no_goal_time", ""),
        ("goal_idle", "Sichtbarkeit"),
    ]
    assert strict[0].values["share"] == pytest.approx(180 / 255)
    assert strict[1].values["share"] == pytest.approx(75 / 255)

    # A large share with no outcome at all, enjoyed or not, is worth a question.
    m.Outcome.delete().execute()
    quiet = R.findings(R.compute_figures(W53), R.Thresholds())
    assert ("network_no_outcome", "Stammtisch") in kinds(quiet)


def test_enjoyment_falling_over_several_periods(db: pw.SqliteDatabase) -> None:
    for month, rating in ((9, 5), (10, 4), (11, 3)):
        m.Conversation.create(occurred_at=T(2026, month, 10, 12), minutes=30, enjoyment=rating)
    nov = P.parse("2026-11")
    only_falling = R.Thresholds(no_goal_share=2.0)
    found = R.findings(R.compute_figures(nov), only_falling)
    assert kinds(found) == [("enjoyment_falling", "")]
    assert found[0].values == {"periods": 3.0, "first": 5.0, "last": 3.0}
    four = R.Thresholds(no_goal_share=2.0, falling_periods=4)
    assert R.findings(R.compute_figures(nov), four) == []
    m.Conversation.create(occurred_at=T(2026, 11, 11, 12), minutes=30, enjoyment=5)
    assert R.findings(R.compute_figures(nov), only_falling) == []  # Nov now 4.0 = Oct


def test_thresholds_come_from_settings() -> None:
    from kontaktbuch.settings import Settings

    s = Settings(finding_network_share=0.5, finding_falling_periods=5)
    t = R.Thresholds.from_settings(s)
    assert t.network_share == 0.5 and t.falling_periods == 5 and t.low_enjoyment == 2.5
