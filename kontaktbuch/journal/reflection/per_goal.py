"""Each goal's figures in a period: time against budget, progress against target.

Kept apart from the period's overall figures because a goal is read on its own
too: the goals view shows each goal's history (through
:func:`.compute.goal_figures`), and the findings judge goals one by one. An item
counts fully towards every goal it is linked to, so goal totals may overlap.
What served each goal is counted in :mod:`.goal_counts` (from the stored
figures); this module makes a goal's figures of those counts.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.figures import GoalFigures
from kontaktbuch.journal.reflection.goal_counts import goal_counts, new_contacts
from kontaktbuch.journal.reflection.scope import fetch, mean
from kontaktbuch.journal.snapshots import placeholders


class _Goal(NamedTuple):
    """What a goal's figures need of the goal (read as a row: models cost more than the sums)."""

    id: int
    title: str
    kind: str
    status: str
    period: str
    target_kind: str | None
    target_value: int | None
    target_outcome_kind: str | None


_SQL_GOALS = (
    "SELECT id, title, kind, status, period, target_kind, target_value, target_outcome_kind "
    "FROM goal"
)


def _goals(goal_ids: list[int] | None) -> list[_Goal]:
    """The goals (all, or those of ``goal_ids``) by title, then id."""
    where, params = "", []
    if goal_ids is not None:
        where, params = f" WHERE id IN ({placeholders(goal_ids)})", list(goal_ids)
    rows: list[tuple[Any, ...]] = fetch(f"{_SQL_GOALS}{where} ORDER BY title, id", params)
    return [
        _Goal(
            int(gid),
            title,
            kind,
            status,
            period,
            target_kind,
            None if value is None else int(value),
            outcome_kind,
        )
        for gid, title, kind, status, period, target_kind, value, outcome_kind in rows
    ]


def goal_figures_in(
    period: P.Period, lo: str, hi: str, goal_ids: list[int] | None, details: bool = True
) -> list[GoalFigures]:
    """Per goal, for the stored times [lo, hi) of ``period``: active goals and any goal served.

    Without ``details`` only time, items, outcomes and enjoyment are filled (not the
    outcomes by kind, new contacts and target progress): what a comparison needs.
    """
    goals = _goals(goal_ids)
    if not goals:
        return []
    items = goal_counts(lo, hi, by_kind=details)
    if goal_ids is None:
        goals = [g for g in goals if g.status == "active" or g.id in items]
    result: dict[int, GoalFigures] = {}
    for g in goals:
        # The budget and target in the period are set by .scaling (the days that count).
        gf = GoalFigures(
            goal_id=g.id,
            title=g.title,
            kind=g.kind,
            status=g.status,
            goal_period=g.period,
            target_kind=g.target_kind if g.target_kind and (g.target_value or 0) > 0 else None,
            target_outcome_kind=g.target_outcome_kind,
        )
        served = items.get(g.id)
        if served is not None:
            gf.minutes = served.minutes
            gf.conversations = served.conversations
            gf.events = served.events
            gf.enjoyment = mean(served.enjoyment_sum, served.rated)
            gf.outcomes = served.outcomes
            if details:
                gf.outcomes_by_kind = dict(served.outcomes_by_kind)
                if gf.target_outcome_kind in served.outcomes_by_kind:
                    gf.target_outcomes = served.outcomes_by_kind[gf.target_outcome_kind]
        result[g.id] = gf
    if not details:
        return [result[g.id] for g in goals]
    wanting = [gid for gid, g in result.items() if g.target_kind == "new_contacts"]
    for goal_id, count in new_contacts(lo, hi, wanting).items():
        result[goal_id].new_contacts = count
    for gf in result.values():
        if gf.target_kind == "conversations":
            gf.progress = gf.conversations
        elif gf.target_kind == "new_contacts":
            gf.progress = gf.new_contacts
        elif gf.target_kind == "outcomes":
            gf.progress = gf.target_outcomes if gf.target_outcome_kind else gf.outcomes
    return [result[g.id] for g in goals]
