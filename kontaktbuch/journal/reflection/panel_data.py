"""Everything the reflection panel shows at once, and the periods it offers.

The panel is a period's figures beside those of the period before, the findings,
the trend, and the verdicts saved for its goals in earlier reflections
(:class:`Panel`), read in one call (:func:`panel`): ``kontaktbuch stats`` asks for
all of it, the window for less and for the rest when it is looked at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.compute import compute_figures
from kontaktbuch.journal.reflection.figures import Figures, figures_to_dict, jsonable
from kontaktbuch.journal.reflection.history import TrendPoint, trend
from kontaktbuch.journal.reflection.rules import Finding, Thresholds, findings
from kontaktbuch.journal.reflection.saved import earlier_verdicts
from kontaktbuch.journal.reflection.scope import fetch, stamp
from kontaktbuch.journal.reflection.verdicts import EarlierVerdict, to_json

# the panel's period picker: (code, kind, how many periods back)
PICKER_CHOICES: tuple[tuple[str, str, int], ...] = (
    ("this_week", "week", 0),
    ("last_week", "week", 1),
    ("this_month", "month", 0),
    ("last_month", "month", 1),
    ("this_quarter", "quarter", 0),
    ("last_quarter", "quarter", 1),
    ("this_year", "year", 0),
    ("last_year", "year", 1),
)


@dataclass
class Panel:
    """A period's figures, those of the period before, the findings and the trend."""

    current: Figures
    previous: Figures
    findings: list[Finding]
    trend: list[TrendPoint]
    # per goal id, the verdict of the latest reflection of an earlier period
    earlier: dict[int, EarlierVerdict] = field(default_factory=dict)
    # what to do first in a (nearly) empty journal: "log", "goal" (:func:`first_steps`)
    first_steps: list[str] = field(default_factory=list)
    # True when the journal holds no conversation or event up to now at all
    journal_empty: bool = False


# fewer items than this (conversations and events up to now) make a journal
# "nearly empty": the panel says what to do first
FEW_ITEMS = 3


def first_steps(now: dt.datetime | None) -> tuple[list[str], bool]:
    """What to do first, and whether the journal holds no item at all (up to ``now``).

    "log" while the journal holds fewer than :data:`FEW_ITEMS` conversations and
    events dated up to now, "goal" while it holds no goal.
    """
    cut = [] if now is None else [stamp(now)]
    where_c = "WHERE occurred_at < ?" if now is not None else ""
    where_e = "WHERE starts_at < ?" if now is not None else ""
    items = fetch(
        f"SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM conversation {where_c} LIMIT {FEW_ITEMS}))"
        f" + (SELECT COUNT(*) FROM (SELECT 1 FROM event {where_e} LIMIT {FEW_ITEMS}))",
        cut + cut,
    )[0][0]
    goals = fetch("SELECT EXISTS (SELECT 1 FROM goal)", [])[0][0]
    steps = (["log"] if items < FEW_ITEMS else []) + ([] if goals else ["goal"])
    return steps, items == 0


def check_period(period: P.Period, thresholds: Thresholds) -> None:
    """Raise :class:`~kontaktbuch.journal.periods.PeriodRangeError` for a period the panel
    cannot compare: the period before it, the trend's twelve months or the periods
    "enjoyment falling" looks back on would lie outside the calendar (years 1–9999).
    """
    try:
        period.previous()
        P.last_n("month", period.last_day, 12)
        if period.kind != "custom":
            P.last_n(period.kind, period.start, max(1, thresholds.falling_periods))
    except (OverflowError, ValueError) as exc:
        raise P.PeriodRangeError("outside the calendar") from exc


def panel(
    period: P.Period,
    thresholds: Thresholds,
    now: dt.datetime | None = None,
    *,
    with_trend: bool = True,
    previous_details: bool = True,
    events: bool = True,
) -> Panel:
    """Everything the reflection panel shows: the period, the one before, findings, trend.

    The window asks for less and fills the rest in when it is looked at: without
    ``with_trend`` the trend is empty (the charts tab asks :func:`trend` when it is
    shown); without ``previous_details`` the period before has no event list and
    its goals only time, items, outcomes and enjoyment — what the comparison shows;
    without ``events`` the period's event list is empty (its table asks
    :func:`~.compute.event_list` when it is scrolled to). Every figure that is
    there is the same either way.
    """
    steps, empty = first_steps(now)
    current = compute_figures(period, now, events=events)
    previous = compute_figures(period.previous(), now, details=previous_details)
    return Panel(
        current=current,
        previous=previous,
        findings=findings(current, thresholds, now, previous),
        trend=trend(period.last_day, 12, now) if with_trend else [],
        earlier=earlier_verdicts(period),
        first_steps=steps,
        journal_empty=empty,
    )


def picker_period(choice: str, today: dt.date) -> P.Period:
    """The period of a picker choice (``this_month``, ``last_week`` …) as of ``today``."""
    for code, kind, back in PICKER_CHOICES:
        if code == choice:
            period = P.containing(kind, today)
            for _ in range(back):
                period = period.previous()
            return period
    raise P.PeriodError(f"unknown choice {choice!r}")


def panel_to_dict(data: Panel) -> dict[str, Any]:
    """The panel as plain JSON data (``kontaktbuch stats --json``)."""
    return {
        "current": figures_to_dict(data.current),
        "previous": figures_to_dict(data.previous),
        "findings": jsonable(data.findings),
        "trend": jsonable(data.trend),
        "earlier_verdicts": [
            {
                **to_json([e.verdict])[0],
                "period": jsonable(e.period),
                "saved_at": jsonable(e.saved_at),
            }
            for _goal_id, e in sorted(data.earlier.items())
        ],
        "first_steps": list(data.first_steps),
    }
