"""The reflection: a period's figures, the findings on them, and saved reflections.

Is the time invested in the network justified by one's own goals, and is it
enjoyed? The package answers in parts, each its own module:

* :mod:`.figures`: what the figures are (dataclasses) and their JSON form;
* :mod:`.scope`: a period's range in SQL and the temporary table of its
  conversations, shared by the queries;
* :mod:`.compute`: the period's figures (:func:`compute_figures`) and each goal's
  (:func:`goal_figures`, also for the goals view): the one door through which
  figures are read;
* :mod:`.per_goal`: how each goal's figures are counted;
* :mod:`.history`: the trend by month and a period's mean enjoyment;
* :mod:`.scaling`: budgets and targets for the days that count (young goals,
  the running period);
* :mod:`.rules`: the findings, by thresholds;
* :mod:`.verdicts`: a verdict per goal (keep, change the budget, pause, drop);
* :mod:`.panel_data`: everything the panel shows at once, and its period picker;
* :mod:`.saved`: saved reflections (answers, verdicts, snapshot) and the verdicts
  of earlier ones;
* :mod:`.due`: when the next reflection is due.

The window, the command line and the reflection's words use this package as
``from kontaktbuch.journal import reflection as R``; the names below are that
interface, whichever module they live in.
"""

from __future__ import annotations

from kontaktbuch.journal.reflection.compute import compute_figures, event_list, goal_figures
from kontaktbuch.journal.reflection.due import INTERVALS, next_reflection_date, reflection_due
from kontaktbuch.journal.reflection.figures import (
    EVENT_CHANNEL,
    ChannelFigures,
    EventFigures,
    Figures,
    GoalFigures,
    NetworkFigures,
    figures_to_dict,
)
from kontaktbuch.journal.reflection.history import TrendPoint, average_enjoyment, trend
from kontaktbuch.journal.reflection.panel_data import (
    PICKER_CHOICES,
    Panel,
    check_period,
    panel,
    panel_to_dict,
    picker_period,
)
from kontaktbuch.journal.reflection.rules import Finding, Thresholds, findings
from kontaktbuch.journal.reflection.saved import (
    QUESTIONS,
    ReflectionError,
    SavedReflection,
    delete_reflection,
    earlier_verdicts,
    last_reflection_date,
    list_reflections,
    save_reflection,
)
from kontaktbuch.journal.reflection.scaling import half_over
from kontaktbuch.journal.reflection.verdicts import (
    ASKED_STATUSES,
    GOAL_VERDICTS,
    EarlierVerdict,
    GoalVerdict,
)

__all__ = [
    "ASKED_STATUSES",
    "EVENT_CHANNEL",
    "GOAL_VERDICTS",
    "INTERVALS",
    "PICKER_CHOICES",
    "QUESTIONS",
    "ChannelFigures",
    "EarlierVerdict",
    "EventFigures",
    "Figures",
    "Finding",
    "GoalFigures",
    "GoalVerdict",
    "NetworkFigures",
    "Panel",
    "ReflectionError",
    "SavedReflection",
    "Thresholds",
    "TrendPoint",
    "average_enjoyment",
    "check_period",
    "compute_figures",
    "delete_reflection",
    "earlier_verdicts",
    "event_list",
    "figures_to_dict",
    "findings",
    "goal_figures",
    "half_over",
    "last_reflection_date",
    "list_reflections",
    "next_reflection_date",
    "panel",
    "panel_to_dict",
    "picker_period",
    "reflection_due",
    "save_reflection",
    "trend",
]
