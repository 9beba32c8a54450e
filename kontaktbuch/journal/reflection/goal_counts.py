"""What served each goal in a range: time, items, outcomes, new contacts — counted only.

The data path of :mod:`.per_goal`, which turns these counts into a goal's
figures (budget and target scaled to the period, progress). All of it comes
from the stored figures (:mod:`.stored`): an item counts fully towards every goal
it is linked to, a conversation at an event adds no time or rating of its own,
and a contact counts as new towards a goal when it was added in the range and
took part in a conversation, or attended an event, serving the goal in the range.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kontaktbuch.journal.reflection.scope import fetch
from kontaktbuch.journal.reflection.stored import sums
from kontaktbuch.store.daily_figures import GOAL_CONTACT


@dataclass
class GoalCounts:
    """One goal's counts in a range: the figures of the stored table ``refl_goal``, in its
    order (store/migration_daily_figures.py), so a row of its sums makes one."""

    minutes: int
    conversations: int
    events: int
    enjoyment_sum: int
    rated: int
    outcomes: int
    # from ``refl_goal_outcome`` when asked for; never part of a row of sums
    outcomes_by_kind: dict[str, int] = field(default_factory=dict, kw_only=True)


def goal_counts(lo: str, hi: str, *, by_kind: bool = True) -> dict[int, GoalCounts]:
    """The counts of every goal something served in [lo, hi); ``by_kind``: outcomes by kind."""
    counts: dict[int, GoalCounts] = {}
    for goal_id, *figures in sums("refl_goal", lo, hi):
        counts[int(goal_id)] = GoalCounts(*map(int, figures))
    if by_kind:
        for goal_id, kind, outcomes in sums("refl_goal_outcome", lo, hi):
            served = counts.get(int(goal_id))
            if served is not None:
                served.outcomes_by_kind[kind] = int(outcomes)
    return counts


def new_contacts(lo: str, hi: str, goal_ids: list[int]) -> dict[int, int]:
    """Per goal of ``goal_ids``: the contacts added in [lo, hi) whom the goal's items met then.

    A contact added in the range meets an item of the goal in the range exactly
    when the goal's last item with it before its creation, or its first one from
    then on, lies in the range (the range holds the creation; see store/migration_daily_figures.py).
    """
    if not goal_ids:
        return {}
    marks = ", ".join("?" for _ in goal_ids)
    rows = fetch(
        f'SELECT goal_id, count(*) FROM "{GOAL_CONTACT}" WHERE goal_id IN ({marks}) '
        "AND created_at >= ? AND created_at < ? AND ((before_at >= ? AND before_at < ?) "
        "OR (after_at >= ? AND after_at < ?)) GROUP BY goal_id",
        [*goal_ids, lo, hi, lo, hi, lo, hi],
    )
    return {int(goal_id): int(count) for goal_id, count in rows}
