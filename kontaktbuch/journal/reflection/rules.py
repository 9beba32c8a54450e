"""The findings: questions worth asking about a period's figures, by thresholds.

Each finding is a rule over :class:`~.figures.Figures` (a network that costs much
and is little enjoyed, a goal over budget or idle, much time without a goal,
enjoyment falling period after period). The thresholds come from the settings;
the UI and the CLI word the findings (``reflection_text``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kontaktbuch.journal.reflection.figures import Figures
from kontaktbuch.journal.reflection.history import average_enjoyment
from kontaktbuch.store import models as m


@dataclass(frozen=True)
class Thresholds:
    """When a finding is raised; defaults in :class:`kontaktbuch.settings.Settings`."""

    network_share: float = 0.25
    low_enjoyment: float = 2.5
    no_goal_share: float = 0.4
    budget_overrun: float = 1.2
    high_enjoyment: float = 4.0
    falling_periods: int = 3

    @classmethod
    def from_settings(cls, settings: Any) -> Thresholds:
        return cls(
            network_share=float(settings.finding_network_share),
            low_enjoyment=float(settings.finding_low_enjoyment),
            no_goal_share=float(settings.finding_no_goal_share),
            budget_overrun=float(settings.finding_budget_overrun),
            high_enjoyment=float(getattr(settings, "finding_high_enjoyment", 4.0)),
            falling_periods=int(getattr(settings, "finding_falling_periods", 3)),
        )


@dataclass(frozen=True)
class Finding:
    """A question worth asking oneself; the UI and the CLI word it.

    kinds: ``network_costly`` (large share, low enjoyment), ``network_no_outcome``
    (large share, nothing came of it), ``network_worthwhile`` (enjoyed and fruitful,
    little time), ``goal_idle``, ``goal_over_budget``, ``no_goal_time``,
    ``enjoyment_falling``.
    """

    kind: str
    subject: str = ""
    subject_id: int | None = None
    values: dict[str, float] = field(default_factory=dict)


def _falling_enjoyment(
    current: Figures, previous: Figures | None, count: int, now: dt.datetime | None
) -> list[float] | None:
    """Mean enjoyment of the last ``count`` periods, oldest first, if it fell each time.

    Walks back from the current period and stops at the first period that did not
    rate higher than the one after it, so usually only known figures are read.
    """
    newest_first: list[float] = []
    p = current.period
    for _ in range(count):
        if p == current.period:
            value = current.enjoyment
        elif previous is not None and p == previous.period:
            value = previous.enjoyment
        else:
            value = average_enjoyment(p, now)
        if value is None or (newest_first and value <= newest_first[-1]):
            return None
        newest_first.append(value)
        p = p.previous()
    return list(reversed(newest_first))


def findings(
    current: Figures,
    thresholds: Thresholds,
    now: dt.datetime | None = None,
    previous: Figures | None = None,
) -> list[Finding]:
    """Questions worth asking about ``current``, most pressing first.

    ``previous`` (the period before, if already computed) saves reading it again
    for the enjoyment trend.
    """
    found: list[Finding] = []
    worthwhile: list[Finding] = []
    period = current.period
    for nf in current.networks:
        if nf.network_id is None or not current.total_minutes:
            continue
        values = {
            "share": nf.share,
            "minutes": float(nf.minutes),
            "outcomes": float(nf.outcomes),
            "enjoyment": nf.enjoyment if nf.enjoyment is not None else 0.0,
        }
        large = nf.share >= thresholds.network_share
        low = nf.enjoyment is not None and nf.enjoyment <= thresholds.low_enjoyment
        if large and low:
            found.append(Finding("network_costly", nf.name, nf.network_id, values))
        elif large and nf.outcomes == 0:
            found.append(Finding("network_no_outcome", nf.name, nf.network_id, values))
        elif (
            not large
            and nf.outcomes >= 2
            and nf.enjoyment is not None
            and nf.enjoyment >= thresholds.high_enjoyment
        ):
            worthwhile.append(Finding("network_worthwhile", nf.name, nf.network_id, values))
    if worthwhile:
        # Only the most rewarding one: a nudge, not a list.
        found.append(max(worthwhile, key=lambda f: (f.values["enjoyment"], f.values["outcomes"])))
    for gf in current.goals:
        if gf.status != "active":
            continue
        if gf.items == 0:
            created = m.Goal.get_by_id(gf.goal_id).created_at
            if created is None or created.date() < period.start:
                found.append(Finding("goal_idle", gf.title, gf.goal_id, {}))
        elif gf.budget_minutes and gf.minutes > gf.budget_minutes * thresholds.budget_overrun:
            found.append(
                Finding(
                    "goal_over_budget",
                    gf.title,
                    gf.goal_id,
                    {"minutes": float(gf.minutes), "budget": float(gf.budget_minutes)},
                )
            )
    if current.total_minutes and current.no_goal_share >= thresholds.no_goal_share:
        found.append(
            Finding(
                "no_goal_time",
                values={"share": current.no_goal_share, "minutes": float(current.no_goal_minutes)},
            )
        )
    if period.kind != "custom" and thresholds.falling_periods >= 2:
        falling = _falling_enjoyment(current, previous, thresholds.falling_periods, now)
        if falling is not None:
            found.append(
                Finding(
                    "enjoyment_falling",
                    values={
                        "periods": float(len(falling)),
                        "first": falling[0],
                        "last": falling[-1],
                    },
                )
            )
    order = {
        "network_costly": 0,
        "goal_over_budget": 1,
        "no_goal_time": 2,
        "enjoyment_falling": 3,
        "network_no_outcome": 4,
        "goal_idle": 5,
        "network_worthwhile": 6,
    }
    return sorted(found, key=lambda f: order.get(f.kind, 99))
