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


def _network_month(db: pw.SqliteDatabase, ratings: dict[str, tuple[int, int, int]]) -> None:
    """Networks with (minutes, enjoyment, outcomes) of one conversation each in Dec 2026."""
    for name, (minutes, enjoyment, outcomes) in ratings.items():
        net = m.Network.create(name=name)
        person = m.Contact.create(first_name=name)
        m.Membership.create(contact=person, network=net)
        k = m.Conversation.create(
            occurred_at=T(2026, 12, 10, 10), minutes=minutes, enjoyment=enjoyment
        )
        m.ConversationContact.create(conversation=k, contact=person)
        for _ in range(outcomes):
            m.Outcome.create(conversation=k, kind="insight", text="x")


def test_every_network_rule_that_holds_gives_its_finding(db: pw.SqliteDatabase) -> None:
    """Costly and fruitless at once: two findings in the data, one sentence in the panel."""
    _network_month(db, {"Stammtisch": (300, 1, 0), "Alumni": (20, 5, 0)})
    found = R.findings(R.compute_figures(P.parse("2026-12")), R.Thresholds(no_goal_share=2.0))
    assert kinds(found) == [
        ("network_costly", "Stammtisch"),
        ("network_no_outcome", "Stammtisch"),
    ]


def test_the_best_network_on_a_tie(db: pw.SqliteDatabase) -> None:
    """Equal enjoyment and outcomes: the name decides (alphabetically)."""
    _network_month(
        db,
        {"Zeta": (10, 5, 2), "Alpha": (10, 5, 2), "Beta": (10, 4, 9), "Groß": (200, 3, 1)},
    )
    found = R.findings(R.compute_figures(P.parse("2026-12")), R.Thresholds(no_goal_share=2.0))
    assert kinds(found) == [("network_worthwhile", "Alpha")]
    m.Outcome.create(
        conversation=m.Conversation.select().where(m.Conversation.minutes == 10).get(),
        kind="trend",
        text="one more for Zeta",
    )
    found = R.findings(R.compute_figures(P.parse("2026-12")), R.Thresholds(no_goal_share=2.0))
    assert kinds(found) == [("network_worthwhile", "Zeta")]  # more outcomes win


def test_over_budget_for_any_goal_with_a_budget(db: pw.SqliteDatabase) -> None:
    """Time spent is time spent: a paused or completed goal can be over budget too."""
    for title, status in (("Pausiert", "paused"), ("Erledigt", "done"), ("Aktiv", "active")):
        goal = m.Goal.create(
            title=title, period="month", budget_hours=1.0, status=status, created_at=T(2026, 1, 1)
        )
        k = m.Conversation.create(occurred_at=T(2026, 12, 3, 10), minutes=90)
        m.GoalConversation.create(goal=goal, conversation=k)
    found = R.findings(R.compute_figures(P.parse("2026-12")), R.Thresholds(no_goal_share=2.0))
    assert kinds(found) == [
        ("goal_over_budget", "Aktiv"),
        ("goal_over_budget", "Erledigt"),
        ("goal_over_budget", "Pausiert"),
    ]


def test_far_under_budget_in_a_finished_period(db: pw.SqliteDatabase) -> None:
    """Every goal got a fraction of its budget: "nothing stands out" is no answer."""
    for title, minutes in (("Kunden", 130), ("Sichtbarkeit", 420), ("Wissen", 600)):
        goal = m.Goal.create(
            title=title, period="year", budget_hours=16.0, created_at=T(2025, 6, 1)
        )
        k = m.Conversation.create(occurred_at=T(2026, 3, 3, 10), minutes=minutes)
        m.GoalConversation.create(goal=goal, conversation=k)
    year = P.parse("2026")
    only = R.Thresholds(falling_periods=0)
    found = R.findings(R.compute_figures(year, T(2027, 1, 5)), only)
    # 130 and 420 of 960 minutes are under half; 600 is not.
    assert kinds(found) == [("goal_under_budget", "Kunden"), ("goal_under_budget", "Sichtbarkeit")]
    assert found[0].values == {"minutes": 130.0, "budget": 960.0}
    # The year is not over yet: no verdict on being under budget.
    assert R.findings(R.compute_figures(year, T(2026, 12, 6)), only) == []
    assert (
        R.findings(
            R.compute_figures(year, T(2027, 1, 5)),
            R.Thresholds(falling_periods=0, budget_underuse=0.1),
        )
        == []
    )
