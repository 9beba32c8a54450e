"""The findings: questions worth asking about a period's figures, by thresholds.

Each finding is a rule over :class:`~.figures.Figures` (a network that costs much
and is little enjoyed, a goal over or far under its budget or idle, much time
without a goal, enjoyment falling period after period). Every rule that holds
gives its finding, so one network may get two; the panel may word findings about
one subject as one sentence (``kontaktbuch.text.reflection``). The thresholds
come from the settings; the rules are those of ``docs/reflection.md``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from kontaktbuch.journal.reflection.figures import Figures, NetworkFigures
from kontaktbuch.journal.reflection.history import average_enjoyment
from kontaktbuch.journal.reflection.scaling import half_over
from kontaktbuch.settings import Settings

# the settings as they are by default: each threshold's default is its setting's
_DEFAULT = Settings()


@dataclass(frozen=True)
class Thresholds:
    """When a finding is raised: the settings ``finding_<name>`` of
    :class:`kontaktbuch.settings.Settings`, with their defaults."""

    network_share: float = _DEFAULT.finding_network_share
    low_enjoyment: float = _DEFAULT.finding_low_enjoyment
    no_goal_share: float = _DEFAULT.finding_no_goal_share
    budget_overrun: float = _DEFAULT.finding_budget_overrun
    high_enjoyment: float = _DEFAULT.finding_high_enjoyment
    falling_periods: int = _DEFAULT.finding_falling_periods
    budget_underuse: float = _DEFAULT.finding_budget_underuse

    @classmethod
    def from_settings(cls, settings: Any) -> Thresholds:
        """The thresholds a settings object holds (a missing one keeps its default)."""
        defaults = cls()
        values = {}
        for threshold in fields(cls):
            default = getattr(defaults, threshold.name)
            value = getattr(settings, f"finding_{threshold.name}", default)
            values[threshold.name] = type(default)(value)
        return cls(**values)


@dataclass(frozen=True)
class Finding:
    """A question worth asking oneself; the UI and the CLI word it.

    kinds: ``network_costly`` (large share, low enjoyment), ``network_no_outcome``
    (large share, nothing came of it), ``network_worthwhile`` (enjoyed and fruitful,
    little time), ``goal_idle``, ``goal_over_budget``, ``goal_under_budget`` (a
    finished period, far under the budget), ``no_goal_time``, ``enjoyment_falling``.
    """

    kind: str
    subject: str = ""
    subject_id: int | None = None
    values: dict[str, float] = field(default_factory=dict)


# the order of the findings, most pressing first (within a kind: the figures' order)
ORDER: tuple[str, ...] = (
    "network_costly",
    "goal_over_budget",
    "goal_under_budget",
    "no_goal_time",
    "enjoyment_falling",
    "network_no_outcome",
    "goal_idle",
    "network_worthwhile",
)


def _falling_enjoyment(
    current: Figures, previous: Figures | None, count: int, now: dt.datetime | None
) -> list[float] | None:
    """Mean enjoyment of the last ``count`` periods, oldest first, if it fell each time.

    Walks back from the current period and stops at the first period that did not
    rate higher than the one after it, so usually only known figures are read.
    Periods before the calendar's first day do not exist: then it did not fall.
    """
    newest_first: list[float] = []
    p = current.period
    for index in range(count):
        if p == current.period:
            value = current.enjoyment
        elif previous is not None and p == previous.period:
            value = previous.enjoyment
        else:
            value = average_enjoyment(p, now)
        if value is None or (newest_first and value <= newest_first[-1]):
            return None
        newest_first.append(value)
        if index + 1 < count:
            try:
                p = p.previous()
            except (OverflowError, ValueError):
                return None
    return list(reversed(newest_first))


def _network_findings(current: Figures, thresholds: Thresholds) -> list[Finding]:
    """Costly, without outcome (once half the period counts), and the one worth more."""
    found: list[Finding] = []
    worthwhile: list[tuple[NetworkFigures, Finding]] = []
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
        if large and nf.enjoyment is not None and nf.enjoyment <= thresholds.low_enjoyment:
            found.append(Finding("network_costly", nf.name, nf.network_id, values))
        if large and nf.outcomes == 0 and half_over(current):
            found.append(Finding("network_no_outcome", nf.name, nf.network_id, values))
        if (
            not large
            and nf.outcomes >= 2
            and nf.enjoyment is not None
            and nf.enjoyment >= thresholds.high_enjoyment
        ):
            finding = Finding("network_worthwhile", nf.name, nf.network_id, values)
            worthwhile.append((nf, finding))
    if worthwhile:
        # Only the most rewarding one, a nudge, not a list: the highest enjoyment, then
        # the most outcomes, then the name (alphabetically), then the lowest id.
        best = min(
            worthwhile,
            key=lambda pair: (
                -(pair[0].enjoyment or 0.0),
                -pair[0].outcomes,
                pair[0].name.casefold(),
                pair[0].network_id or 0,
            ),
        )
        found.append(best[1])
    return found


def _goal_findings(current: Figures, thresholds: Thresholds) -> list[Finding]:
    """Over budget (any goal), far under it (a finished period), idle (half over)."""
    found: list[Finding] = []
    for gf in current.goals:
        budget = gf.budget_minutes or 0.0
        values = {"minutes": float(gf.minutes), "budget": float(budget)}
        if budget > 0 and gf.minutes > budget * thresholds.budget_overrun:
            # Time spent is time spent: paused, completed and dropped goals too.
            found.append(Finding("goal_over_budget", gf.title, gf.goal_id, values))
        if gf.status != "active":
            continue
        if gf.items == 0:
            whole = gf.starts_on is None or gf.starts_on <= current.period.start
            if whole and half_over(current):
                found.append(Finding("goal_idle", gf.title, gf.goal_id, {}))
        elif current.complete and budget > 0 and gf.minutes < budget * thresholds.budget_underuse:
            found.append(Finding("goal_under_budget", gf.title, gf.goal_id, values))
    return found


def findings(
    current: Figures,
    thresholds: Thresholds,
    now: dt.datetime | None = None,
    previous: Figures | None = None,
) -> list[Finding]:
    """Questions worth asking about ``current``, most pressing first (:data:`ORDER`).

    ``previous`` (the period before, if already computed) saves reading it again
    for the enjoyment trend.
    """
    found = _network_findings(current, thresholds) + _goal_findings(current, thresholds)
    if current.total_minutes and current.no_goal_share >= thresholds.no_goal_share:
        found.append(
            Finding(
                "no_goal_time",
                values={"share": current.no_goal_share, "minutes": float(current.no_goal_minutes)},
            )
        )
    if current.period.kind != "custom" and thresholds.falling_periods >= 2:
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
    return sorted(found, key=lambda f: ORDER.index(f.kind))
