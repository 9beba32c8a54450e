"""Judging goals fairly: budgets and targets for the days that count.

A goal's budget and target are set per its own period (8 h a month, 20 new
contacts a year). The panel judges a goal against them in the chosen period,
scaled twice (``docs/reflection.md``, "Budget and target in a period"):

1. to the period's length: 12 h a quarter are 4 h in a month and 48 h in a year
   (:func:`kontaktbuch.journal.periods.scale_hours`);
2. to the days that count: those of the period up to and including today (all
   of them once the period is over), and of those only the days on or after the
   goal's first day (its start date, or the day it was created). A goal created
   today is not judged for the months before it; six days into the month, a
   month's budget is judged as six days' worth.

The figures themselves (minutes, items, outcomes) are counted elsewhere
(:mod:`.compute`, :mod:`.per_goal`); this module only sets the scaled budget and
target of each goal, the period's counted days, and which goals a period lists.
It reads the goals' own settings itself, so it works on any computation's
figures.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.figures import Figures, GoalFigures
from kontaktbuch.store.models import database_proxy


def counted_days(period: P.Period, now: dt.datetime | None) -> int:
    """The period's days that count: its first day up to and including ``now``'s day.

    All of them when the period is over (or no ``now`` is given), none before it
    begins. Today counts as a whole day from its first moment.
    """
    if now is None or now >= period.end_dt():
        return period.days
    if now < period.start_dt():
        return 0
    return (now.date() - period.start).days + 1


def goal_days(starts_on: dt.date | None, period: P.Period, counted: int) -> int:
    """How many of the period's ``counted`` days fall on or after the goal's first day."""
    first = period.start if starts_on is None else max(period.start, starts_on)
    end = period.start + dt.timedelta(days=counted)
    return max(0, (end - first).days)


def half_over(figures: Figures) -> bool:
    """True when at least half of the period's days count (always, once it is over).

    Findings about something missing (a goal nothing served, a network that
    brought no outcome) wait until then: six days into a month, "nothing
    happened" is not yet a finding.
    """
    return figures.counted_days * 2 >= figures.period.days


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _settings(goal_ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Each goal's period, budget, target and first day, as stored."""
    result: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(goal_ids), 500):
        ids = ",".join(str(int(i)) for i in goal_ids[start : start + 500])
        rows = database_proxy.execute_sql(
            "SELECT id, period, budget_hours, target_kind, target_value, starts_on, created_at "
            f"FROM goal WHERE id IN ({ids})"
        ).fetchall()
        for row in rows:
            result[int(row[0])] = row[1:]
    return result


def scale_goals(goals: list[GoalFigures], period: P.Period, counted: int) -> None:
    """Set each goal's first day, its days in the period, and its scaled budget and target.

    A budget of 0 or none is no budget, a target of 0 or none no target. A goal
    with no counted day in the period (it began later) has neither there.
    """
    settings = _settings([g.goal_id for g in goals])
    for gf in goals:
        row = settings.get(gf.goal_id)
        if row is None:
            continue
        goal_period, budget, target_kind, target, starts_on, created_at = row
        gf.starts_on = _as_date(starts_on) or _as_date(created_at)
        gf.days = goal_days(gf.starts_on, period, counted)
        share = gf.days / period.days
        budget = float(budget) if budget is not None and float(budget) > 0 else None
        target = int(target) if target_kind and target is not None and int(target) > 0 else None
        gf.goal_budget_hours = budget
        gf.goal_target_value = target
        if goal_period not in P.PER_YEAR:  # only a hand-made archive holds another period
            budget = target = None
        gf.budget_minutes = (
            P.scale_hours(budget, goal_period, period) * 60.0 * share
            if budget is not None and gf.days
            else None
        )
        gf.target_value = (
            P.scale_hours(float(target), goal_period, period) * share
            if target is not None and gf.days
            else None
        )


def judged(figures: Figures, now: dt.datetime | None) -> Figures:
    """The figures with their counted days, scaled goals, and only the goals the period lists.

    A period lists a goal that existed on one of its counted days (an active one,
    or any goal something served, see :mod:`.per_goal`), and a goal something in
    the period served even before its first day (then without budget and target).
    """
    figures.counted_days = counted_days(figures.period, now)
    scale_goals(figures.goals, figures.period, figures.counted_days)
    figures.goals = [g for g in figures.goals if g.days > 0 or g.items > 0]
    return figures
