"""A verdict per goal (verdicts.py, saved.py): saved, applied, and shown later."""

from __future__ import annotations

import json

import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m
from tests.journal.reflection.conftest import W53, T

OCTOBER, NOVEMBER = P.parse("2026-10"), P.parse("2026-11")


def _save(period: P.Period, verdicts: list[R.GoalVerdict], at: T) -> int:
    return R.save_reflection(
        period, {}, "", R.compute_figures(period), now=at, goal_verdicts=verdicts
    )


def test_verdicts_are_saved_and_applied_at_once(journal: dict[str, int]) -> None:
    g1, g2, g3 = journal["g1"], journal["g2"], journal["g3"]
    m.Goal.update(budget_hours=8.0).where(m.Goal.id == g3).execute()
    rid = _save(
        OCTOBER,
        [
            R.GoalVerdict(g1, "", "budget", budget_after=1.0),
            R.GoalVerdict(g2, "", "pause"),
            R.GoalVerdict(g3, "", "drop"),
            R.GoalVerdict(journal["g4"], "", "keep"),
        ],
        T(2026, 11, 2, 9),
    )
    assert m.Goal.get_by_id(g1).budget_hours == 1.0  # was 2 h a week
    assert m.Goal.get_by_id(g2).status == "paused"
    assert m.Goal.get_by_id(g3).status == "dropped"
    assert m.Goal.get_by_id(journal["g4"]).status == "paused"  # kept as it was
    stored = json.loads(m.Reflection.get_by_id(rid).answers)["goal_verdicts"]
    assert stored[0] == {
        "goal_id": g1,
        "title": "Kunden",
        "verdict": "budget",
        "goal_period": "week",
        "budget_before": 2.0,
        "budget_after": 1.0,
    }
    (saved,) = R.list_reflections()
    assert [v.verdict for v in saved.goal_verdicts] == ["budget", "pause", "drop", "keep"]
    assert "goal_verdicts" not in saved.answers  # the five answers stay text


def test_a_bad_verdict_saves_and_changes_nothing(journal: dict[str, int]) -> None:
    good = R.GoalVerdict(journal["g2"], "", "pause")
    for bad in (
        R.GoalVerdict(journal["g1"], "", "halve"),
        R.GoalVerdict(journal["g1"], "", "budget", budget_after=-1.0),
        R.GoalVerdict(journal["g1"], "", "budget", budget_after=20_000.0),
        R.GoalVerdict(9999, "", "keep"),
    ):
        with pytest.raises(R.ReflectionError):
            _save(OCTOBER, [good, bad], T(2026, 11, 2, 9))
    assert m.Reflection.select().count() == 0
    assert m.Goal.get_by_id(journal["g2"]).status == "active"


def test_a_budget_of_zero_removes_the_budget(journal: dict[str, int]) -> None:
    _save(OCTOBER, [R.GoalVerdict(journal["g1"], "", "budget", budget_after=0.0)], T(2026, 11, 2))
    assert m.Goal.get_by_id(journal["g1"]).budget_hours is None


def test_later_reflections_show_the_verdict(journal: dict[str, int]) -> None:
    g1 = journal["g1"]
    _save(OCTOBER, [R.GoalVerdict(g1, "", "budget", budget_after=1.0)], T(2026, 11, 2, 9))
    earlier = R.earlier_verdicts(W53)
    assert set(earlier) == {g1}
    assert earlier[g1].period == OCTOBER
    assert (earlier[g1].verdict.budget_before, earlier[g1].verdict.budget_after) == (2.0, 1.0)
    # A later period's reflection replaces it; the period itself shows only earlier ones.
    _save(NOVEMBER, [R.GoalVerdict(g1, "", "keep")], T(2026, 12, 1, 9))
    assert R.earlier_verdicts(W53)[g1].verdict.verdict == "keep"
    assert R.earlier_verdicts(NOVEMBER)[g1].verdict.verdict == "budget"
    assert R.earlier_verdicts(OCTOBER) == {}
    data = R.panel_to_dict(R.panel(W53, R.Thresholds(), T(2027, 1, 4)))
    assert data["earlier_verdicts"] == [
        {
            "goal_id": g1,
            "title": "Kunden",
            "verdict": "keep",
            "goal_period": "week",
            "budget_before": 1.0,
            "budget_after": None,
            "period": {"kind": "month", "start": "2026-11-01", "end": "2026-12-01"},
            "saved_at": "2026-12-01T09:00:00",
        }
    ]
