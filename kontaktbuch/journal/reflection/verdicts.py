"""A verdict per goal: is the time it costs worth it to you?

The guided reflection shows each goal's figures (hours of its budget, progress
towards its target, enjoyment) and asks "Is it worth it to you?". The answers:
keep it as it is, change its budget, pause it, or drop it. A verdict is saved
with the period's reflection (in its ``answers``, key ``goal_verdicts``) and
applied in the same transaction: the budget changes, the goal is paused or
dropped. A later reflection shows it beside the goal ("in October you wanted to
halve the budget", :func:`.saved.earlier_verdicts`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.store import models as m

# the answers to "Is it worth it to you?" (codes, stored)
GOAL_VERDICTS: tuple[str, ...] = ("keep", "budget", "pause", "drop")

# the most hours a budget may have (as in the goal form)
MAX_BUDGET_HOURS = 10_000.0

# the goals a reflection asks for a verdict (completed and dropped ones are decided)
ASKED_STATUSES = frozenset({"active", "paused"})

# the key of the verdicts in a saved reflection's ``answers`` object
ANSWERS_KEY = "goal_verdicts"


class VerdictError(ValueError):
    """A verdict that cannot be applied: unknown answer, budget out of range, no such goal."""


@dataclass(frozen=True)
class GoalVerdict:
    """The answer for one goal, with the budget before and after (hours per its period)."""

    goal_id: int
    title: str
    verdict: str  # one of GOAL_VERDICTS
    goal_period: str = "month"  # the period the budgets are per
    budget_before: float | None = None  # None: the goal had no budget
    budget_after: float | None = None  # for "budget": the new budget (None: no budget)


@dataclass(frozen=True)
class EarlierVerdict:
    """A verdict saved with the reflection of an earlier period."""

    verdict: GoalVerdict
    period: P.Period
    saved_at: dt.datetime


def checked(verdicts: list[GoalVerdict]) -> list[GoalVerdict]:
    """The verdicts as they will be stored and applied; raises :class:`VerdictError`."""
    result: list[GoalVerdict] = []
    seen: set[int] = set()
    for v in verdicts:
        if v.verdict not in GOAL_VERDICTS:
            raise VerdictError(f"unknown verdict {v.verdict!r}")
        if v.goal_id in seen:
            raise VerdictError(f"two verdicts for goal {v.goal_id}")
        seen.add(v.goal_id)
        row = m.Goal.get_or_none(m.Goal.id == v.goal_id)
        if row is None:
            raise VerdictError(f"no goal {v.goal_id}")
        before = float(row.budget_hours) if row.budget_hours and row.budget_hours > 0 else None
        after = None
        if v.verdict == "budget":
            after = v.budget_after
            if after is not None:
                after = float(after)
                if not 0 <= after <= MAX_BUDGET_HOURS or after != after:
                    raise VerdictError("budget out of range")
                after = after or None  # 0 h: no budget
        result.append(GoalVerdict(v.goal_id, row.title, v.verdict, row.period, before, after))
    return result


def apply(verdicts: list[GoalVerdict], now: dt.datetime) -> None:
    """Carry out checked verdicts (call inside the saving transaction)."""
    stamp = now.replace(microsecond=0)
    for v in verdicts:
        query = m.Goal.update(updated_at=stamp)
        if v.verdict == "budget":
            query = m.Goal.update(budget_hours=v.budget_after, updated_at=stamp)
        elif v.verdict == "pause":
            query = m.Goal.update(status="paused", updated_at=stamp)
        elif v.verdict == "drop":
            query = m.Goal.update(status="dropped", updated_at=stamp)
        else:
            continue  # keep: nothing changes
        query.where(m.Goal.id == v.goal_id).execute()


def to_json(verdicts: list[GoalVerdict]) -> list[dict[str, Any]]:
    """The verdicts as stored: a list of plain objects (``docs/reflection.md``)."""
    return [
        {
            "goal_id": v.goal_id,
            "title": v.title,
            "verdict": v.verdict,
            "goal_period": v.goal_period,
            "budget_before": v.budget_before,
            "budget_after": v.budget_after,
        }
        for v in verdicts
    ]


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def from_json(data: Any) -> list[GoalVerdict]:
    """Stored verdicts read back; anything unreadable is left out, never an error."""
    result = []
    for item in data if isinstance(data, list) else []:
        if not isinstance(item, dict) or item.get("verdict") not in GOAL_VERDICTS:
            continue
        goal_id = item.get("goal_id")
        if not isinstance(goal_id, int) or isinstance(goal_id, bool):
            continue
        result.append(
            GoalVerdict(
                goal_id=goal_id,
                title=str(item.get("title", "")),
                verdict=str(item["verdict"]),
                goal_period=str(item.get("goal_period", "month")),
                budget_before=_number(item.get("budget_before")),
                budget_after=_number(item.get("budget_after")),
            )
        )
    return result
