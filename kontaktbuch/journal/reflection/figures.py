"""What the reflection's figures are: the dataclasses every part of it reads.

The figures of one period (:class:`Figures`, with one :class:`GoalFigures` per
goal, one :class:`NetworkFigures` per network, channels and events) are the
contract between the code that computes them (:mod:`.compute`, :mod:`.per_goal`)
and everything that reads them: the findings, the panel, saved reflections, the
window and ``kontaktbuch stats``. A new way of computing them (stored daily
figures, per-goal verdicts) replaces the computation and keeps these shapes.

Their plain JSON form (:func:`figures_to_dict`) is the CLI's ``--json`` and the
snapshot a saved reflection keeps, so it lives beside them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kontaktbuch.journal import periods as P

EVENT_CHANNEL = "event"  # time spent at events, beside the conversation channels


@dataclass
class GoalFigures:
    """One goal in one period: time against budget, progress against target."""

    goal_id: int
    title: str
    kind: str
    status: str
    goal_period: str
    minutes: int = 0
    budget_minutes: float | None = None  # the goal's budget scaled to the period
    target_kind: str | None = None
    target_outcome_kind: str | None = None
    target_value: float | None = None  # the goal's target scaled to the period
    progress: int = 0  # what counts towards the target
    conversations: int = 0
    events: int = 0
    outcomes: int = 0
    target_outcomes: int = 0  # outcomes of the target's kind (when the target names one)
    outcomes_by_kind: dict[str, int] = field(default_factory=dict)
    new_contacts: int = 0  # counted for goals whose target is new contacts
    enjoyment: float | None = None
    # How the goal is judged in the period (:mod:`.scaling`): its own settings, and the
    # days it counts for, to which ``budget_minutes`` and ``target_value`` are scaled.
    starts_on: dt.date | None = None  # its first day: the start date set, or its creation day
    days: int = 0  # the period's counted days on or after ``starts_on``
    goal_budget_hours: float | None = None  # the budget as set, per ``goal_period``
    goal_target_value: int | None = None  # the target as set, per ``goal_period``

    @property
    def items(self) -> int:
        return self.conversations + self.events

    @property
    def budget_ratio(self) -> float | None:
        if not self.budget_minutes:
            return None
        return self.minutes / self.budget_minutes


@dataclass
class NetworkFigures:
    """A network's time, outcomes and enjoyment (``network_id`` None: no network)."""

    network_id: int | None
    name: str
    kind: str
    minutes: int = 0
    share: float = 0.0
    items: int = 0
    outcomes: int = 0
    enjoyment: float | None = None
    rated: int = 0
    # contacts first met through a member of this network (counted in ``outcomes``
    # as recommendations)
    introductions: int = 0


@dataclass
class ChannelFigures:
    channel: str  # a conversation channel, or "event" for the time at events
    minutes: int
    items: int


@dataclass
class EventFigures:
    event_id: int
    title: str
    starts_at: str
    minutes: int
    network: str
    enjoyment: int | None
    conversations: int
    conversation_enjoyment: float | None


@dataclass
class Figures:
    """Every figure of the panel for one period."""

    period: P.Period
    total_minutes: int = 0
    goal_minutes: int = 0
    no_goal_minutes: int = 0
    conversations: int = 0
    events: int = 0
    goals: list[GoalFigures] = field(default_factory=list)
    networks: list[NetworkFigures] = field(default_factory=list)
    channels: list[ChannelFigures] = field(default_factory=list)
    outcomes_by_kind: dict[str, int] = field(default_factory=dict)
    outcomes: int = 0
    new_contacts: int = 0
    follow_ups_done: int = 0
    follow_ups_open: int = 0
    enjoyment: float | None = None
    event_list: list[EventFigures] = field(default_factory=list)
    # the days of the period that count: from its first day up to and including
    # today's (all of them once it is over, none before it begins; -1: all)
    counted_days: int = -1

    def __post_init__(self) -> None:
        if self.counted_days < 0:
            self.counted_days = self.period.days

    @property
    def complete(self) -> bool:
        """True for a period that is over: every one of its days counts."""
        return self.counted_days >= self.period.days

    @property
    def no_goal_share(self) -> float:
        return self.no_goal_minutes / self.total_minutes if self.total_minutes else 0.0

    def goal(self, goal_id: int) -> GoalFigures | None:
        return next((g for g in self.goals if g.goal_id == goal_id), None)

    def network(self, network_id: int | None) -> NetworkFigures | None:
        return next((n for n in self.networks if n.network_id == network_id), None)


# --- plain JSON data ----------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """Plain JSON data: dataclasses and dicts as objects, periods and dates as text,
    floats rounded to four places (figures, findings and trend points alike)."""
    if isinstance(value, P.Period):
        return {"kind": value.kind, "start": value.start.isoformat(), "end": value.end.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def figures_to_dict(figures: Figures) -> dict[str, Any]:
    """The figures as plain JSON data (the CLI's ``--json`` and the saved snapshot)."""
    data: dict[str, Any] = jsonable(figures)
    data["no_goal_share"] = round(figures.no_goal_share, 4)
    data["complete"] = figures.complete
    return data
