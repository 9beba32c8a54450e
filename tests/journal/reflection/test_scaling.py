"""Young goals and the running period (scaling.py): judged only for the days that count."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.journal.reflection.scaling import counted_days, goal_days
from kontaktbuch.store import models as m
from tests.journal.reflection.conftest import W53, T, kinds

DECEMBER = P.parse("2026-12")
WEEKS_PER_MONTH = 365.25 / 7 / 12


def test_counted_days() -> None:
    assert counted_days(DECEMBER, None) == 31
    assert counted_days(DECEMBER, T(2027, 1, 1, 0, 0)) == 31  # over at its end
    assert counted_days(DECEMBER, T(2026, 12, 6, 10)) == 6  # today counts
    assert counted_days(DECEMBER, T(2026, 12, 1, 0, 0)) == 1
    assert counted_days(DECEMBER, T(2026, 11, 30, 23, 59)) == 0  # not begun
    assert goal_days(dt.date(2026, 12, 31), W53, 7) == 4  # Thu 31 Dec to Sun 3 Jan
    assert goal_days(dt.date(2026, 12, 31), W53, 3) == 0  # today is Wednesday
    assert goal_days(dt.date(2025, 1, 1), W53, 3) == 3
    assert goal_days(dt.date(2027, 2, 1), W53, 7) == 0


def _young_goal(**kw: object) -> m.Goal:
    """A monthly goal of 31 h and 31 conversations, created on Thursday 31 Dec 2026."""
    fields: dict[str, object] = {
        "title": "Jung",
        "period": "month",
        "budget_hours": 31.0,
        "target_kind": "conversations",
        "target_value": 31,
        "created_at": T(2026, 12, 31, 18),
    }
    fields.update(kw)
    return m.Goal.create(**fields)


def test_a_young_goal_is_judged_for_its_days_only(journal: dict[str, int]) -> None:
    goal = _young_goal()
    december = R.compute_figures(DECEMBER).goal(goal.id)
    assert december is not None
    assert december.starts_on == dt.date(2026, 12, 31) and december.days == 1
    assert december.budget_minutes == pytest.approx(60.0)  # 31 h for 31 days: 1 h a day
    assert december.target_value == pytest.approx(1.0)
    assert (december.goal_budget_hours, december.goal_target_value) == (31.0, 31)
    week = R.compute_figures(W53).goal(goal.id)
    assert week is not None and week.days == 4  # 31 Dec – 3 Jan
    assert week.budget_minutes == pytest.approx(31 * 60 / WEEKS_PER_MONTH * 4 / 7)
    january = R.compute_figures(P.parse("2027-01")).goal(goal.id)
    assert january is not None and january.budget_minutes == pytest.approx(31 * 60)
    # A period before it does not list it …
    assert R.compute_figures(P.parse("2026-11")).goal(goal.id) is None
    assert R.compute_figures(P.parse("2025")).goal(goal.id) is None
    # … unless something in it served the goal: then without budget and target.
    k = m.Conversation.create(occurred_at=T(2026, 11, 20, 10), minutes=30)
    m.GoalConversation.create(goal=goal, conversation=k)
    november = R.compute_figures(P.parse("2026-11")).goal(goal.id)
    assert november is not None and november.minutes == 30 and november.days == 0
    assert (november.budget_minutes, november.target_value) == (None, None)
    found = R.findings(R.compute_figures(P.parse("2026-11")), R.Thresholds())
    assert "Jung" not in {f.subject for f in found}


def test_a_start_date_moves_the_goal_back(journal: dict[str, int]) -> None:
    goal = _young_goal(starts_on=dt.date(2026, 12, 1))
    december = R.compute_figures(DECEMBER).goal(goal.id)
    assert december is not None and december.days == 31
    assert december.budget_minutes == pytest.approx(31 * 60)
    assert R.compute_figures(P.parse("2026-11")).goal(goal.id) is None
    # The goals view reads each goal alone: before its start, no budget, no target.
    (alone,) = R.goal_figures(P.parse("2026-11"), goal_ids=[goal.id])
    assert (alone.days, alone.budget_minutes, alone.target_value) == (0, None, None)


def test_the_running_period_is_judged_up_to_today(journal: dict[str, int]) -> None:
    now = T(2026, 12, 6, 10)
    fig = R.compute_figures(DECEMBER, now)
    assert fig.counted_days == 6 and not fig.complete
    g1 = fig.goal(journal["g1"])
    assert g1 is not None
    # 2 h a week are 2 × 52.18 / 12 h a month; six of 31 days count so far.
    assert g1.budget_minutes == pytest.approx(120 * WEEKS_PER_MONTH * 6 / 31)
    assert g1.target_value == pytest.approx(3 * WEEKS_PER_MONTH * 6 / 31)
    assert R.compute_figures(DECEMBER, T(2027, 1, 2)).complete
    data = R.figures_to_dict(fig)
    assert (data["counted_days"], data["complete"]) == (6, False)


def test_missing_activity_waits_until_half_the_period_counts(db: pw.SqliteDatabase) -> None:
    """Six days into the month, an idle goal or a network without outcome is no finding."""
    m.Goal.create(title="Idle", created_at=T(2026, 1, 1))
    net = m.Network.create(name="Club")
    anna = m.Contact.create(first_name="Anna")
    m.Membership.create(contact=anna, network=net)
    k = m.Conversation.create(occurred_at=T(2026, 12, 2, 10), minutes=60)
    m.ConversationContact.create(conversation=k, contact=anna)
    only = R.Thresholds(no_goal_share=2.0, falling_periods=0)
    early = R.compute_figures(DECEMBER, T(2026, 12, 6, 10))
    assert R.findings(early, only) == []
    day_15 = R.compute_figures(DECEMBER, T(2026, 12, 15, 10))  # 15 × 2 < 31
    assert R.findings(day_15, only) == []
    day_16 = R.compute_figures(DECEMBER, T(2026, 12, 16, 0, 0))
    assert kinds(R.findings(day_16, only)) == [
        ("network_no_outcome", "Club"),
        ("goal_idle", "Idle"),
    ]


def test_a_goal_started_inside_the_period_is_not_idle_there(db: pw.SqliteDatabase) -> None:
    m.Goal.create(title="Neu", created_at=T(2026, 12, 2, 9))
    only = R.Thresholds(no_goal_share=2.0, falling_periods=0)
    assert R.findings(R.compute_figures(DECEMBER), only) == []
    assert kinds(R.findings(R.compute_figures(P.parse("2027-01")), only)) == [("goal_idle", "Neu")]


def test_budget_and_target_of_zero_are_none(db: pw.SqliteDatabase) -> None:
    """A budget of 0 is no budget (never "over"), a target of 0 no target."""
    goal = m.Goal.create(
        title="Null",
        budget_hours=0.0,
        target_kind="conversations",
        target_value=0,
        created_at=T(2026, 1, 1),
    )
    k = m.Conversation.create(occurred_at=T(2026, 12, 2, 10), minutes=600)
    m.GoalConversation.create(goal=goal, conversation=k)
    fig = R.compute_figures(DECEMBER)
    g = fig.goal(goal.id)
    assert g is not None
    assert (g.budget_minutes, g.target_value, g.target_kind, g.progress) == (None, None, None, 0)
    assert (g.goal_budget_hours, g.goal_target_value) == (None, None)
    assert "goal_over_budget" not in {f.kind for f in R.findings(fig, R.Thresholds())}
