"""The words of a verdict per goal: the goal's line, the question, the answers.

"Kunden: 3.0 h of 2.0 h budget · 1 of 3 conversations · enjoyment 3.0 of 5 –
Is it worth it to you?", with the answers keep, change the budget, pause or drop,
and what an earlier reflection decided ("In October 2026 you wanted to halve the
budget (8.0 h → 4.0 h a month)."). Shared by the window and ``kontaktbuch stats``.
"""

from __future__ import annotations

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.text.formatting import hours
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP, translate
from kontaktbuch.text.reflection import enjoyment, per_period_hours, period_name, target_text

# the answers to "Is it worth it to you?"
ANSWER_TEXTS: dict[str, str] = {
    "keep": QT_TRANSLATE_NOOP("verdicts", "Keep as it is"),
    "budget": QT_TRANSLATE_NOOP("verdicts", "Change the budget:"),
    "pause": QT_TRANSLATE_NOOP("verdicts", "Pause"),
    "drop": QT_TRANSLATE_NOOP("verdicts", "Drop"),
}


def answer_text(code: str) -> str:
    return translate("verdicts", ANSWER_TEXTS[code])


def question() -> str:
    return translate("verdicts", "Is it worth it to you?")


def goal_line(goal: R.GoalFigures) -> str:
    """One goal's figures in a line: time of budget, progress of target, enjoyment."""
    if goal.budget_minutes:
        time = (
            translate("verdicts", "%1 of %2 budget")
            .replace("%1", hours(goal.minutes))
            .replace("%2", hours(goal.budget_minutes))
        )
    else:
        time = translate("verdicts", "%1, no budget").replace("%1", hours(goal.minutes))
    parts = [time]
    if goal.target_kind is not None and goal.target_value is not None:
        parts.append(target_text(goal))
    if goal.enjoyment is None:
        parts.append(translate("verdicts", "not rated"))
    else:
        parts.append(translate("verdicts", "enjoyment %1").replace("%1", enjoyment(goal.enjoyment)))
    return " · ".join(parts)


def change_text(verdict: R.GoalVerdict) -> str:
    """What a verdict does, as a phrase: "halve the budget (8.0 h → 4.0 h a month)"."""
    if verdict.verdict == "keep":
        return translate("verdicts", "keep the goal as it is")
    if verdict.verdict == "pause":
        return translate("verdicts", "pause the goal")
    if verdict.verdict == "drop":
        return translate("verdicts", "drop the goal")
    before, after = verdict.budget_before, verdict.budget_after
    if after is None:
        if before is None:
            return translate("verdicts", "go on without a budget")
        return translate("verdicts", "do without a budget (so far %1)").replace(
            "%1", per_period_hours(before, verdict.goal_period)
        )
    new = per_period_hours(after, verdict.goal_period)
    if before is None:
        return translate("verdicts", "set a budget of %1").replace("%1", new)
    if abs(after * 2 - before) < 1e-9:
        text = translate("verdicts", "halve the budget (%1 → %2)")
    elif abs(after - before * 2) < 1e-9:
        text = translate("verdicts", "double the budget (%1 → %2)")
    elif abs(after - before) < 1e-9:
        return translate("verdicts", "keep the budget of %1").replace("%1", new)
    else:
        text = translate("verdicts", "change the budget from %1 to %2")
    return text.replace("%1", hours(before * 60.0)).replace("%2", new)


def _when(period: P.Period) -> str:
    """ "In October 2026" – the German preposition depends on the kind of period."""
    name = period_name(period)
    if period.kind == "month":
        return translate("verdicts", "In %1", "a month").replace("%1", name)
    if period.kind == "week":
        return translate("verdicts", "In %1", "a week").replace("%1", name)
    if period.kind == "quarter":
        return translate("verdicts", "In %1", "a quarter").replace("%1", name)
    if period.kind == "year":
        return translate("verdicts", "In %1", "a year").replace("%1", name)
    return translate("verdicts", "For %1").replace("%1", name)


def earlier_text(earlier: R.EarlierVerdict) -> str:
    """ "In October 2026 you wanted to halve the budget (8.0 h → 4.0 h a month)."."""
    return (
        translate("verdicts", "%1 you wanted to %2.")
        .replace("%1", _when(earlier.period))
        .replace("%2", change_text(earlier.verdict))
    )
