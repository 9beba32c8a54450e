"""Words and numbers of the reflection panel, shared by the window and ``kontaktbuch stats``.

The journal returns figures and findings as plain data; here they become text in
the user's language: hours with the locale's decimal comma, period names, the
findings phrased as questions, and the guided reflection's questions. Keeping
it in one place is what makes the window and the command line say the same.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.text import labels

# Dates live in text/dates.py; the reflection's words name them as T.date … too.
from kontaktbuch.text.dates import date as date
from kontaktbuch.text.dates import date_time as date_time
from kontaktbuch.text.dates import date_time_format as date_time_format
from kontaktbuch.text.formatting import hours, number
from kontaktbuch.text.i18n import PLURAL, QT_TRANSLATE_NOOP, filled, translate

_C = "reflection"

QUESTION_TEXTS: dict[str, str] = {
    "brought": QT_TRANSLATE_NOOP("reflection", "What did networking bring for my goals?"),
    "worth": QT_TRANSLATE_NOOP("reflection", "Does the time fit what these goals are worth to me?"),
    "enjoyed": QT_TRANSLATE_NOOP(
        "reflection", "What did I enjoy, and what did I force myself to do?"
    ),
    "gave": QT_TRANSLATE_NOOP("reflection", "What did I give, and what did I receive?"),
    "change": QT_TRANSLATE_NOOP("reflection", "What will I do more, less or differently?"),
}

PICKER_TEXTS: dict[str, str] = {
    "this_week": QT_TRANSLATE_NOOP("reflection", "This week"),
    "last_week": QT_TRANSLATE_NOOP("reflection", "Last week"),
    "this_month": QT_TRANSLATE_NOOP("reflection", "This month"),
    "last_month": QT_TRANSLATE_NOOP("reflection", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("reflection", "This quarter"),
    "last_quarter": QT_TRANSLATE_NOOP("reflection", "Last quarter"),
    "this_year": QT_TRANSLATE_NOOP("reflection", "This year"),
    "last_year": QT_TRANSLATE_NOOP("reflection", "Last year"),
    "custom": QT_TRANSLATE_NOOP("reflection", "Custom range"),
}


def _tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP in the "reflection" context."""
    return translate(_C, text)


def question(key: str) -> str:
    return _tr(QUESTION_TEXTS[key])


def picker_text(code: str) -> str:
    return _tr(PICKER_TEXTS[code])


def percent(share: float) -> str:
    return translate("reflection", "%1 %").replace("%1", number(share * 100.0, 0))


def enjoyment(value: float | None) -> str:
    """A mean rating on the 1–5 scale, or a dash when nothing was rated."""
    return (
        "–" if value is None else translate("reflection", "%1 of 5").replace("%1", number(value, 1))
    )


def period_name(period: P.Period) -> str:
    """``November 2026``, ``Week 48, 2026``, ``Q3 2026``, ``2026`` or a date range."""
    locale = QLocale()
    start = period.start
    if period.kind == "month":
        return f"{locale.standaloneMonthName(start.month)} {start.year}"
    if period.kind == "week":
        year, week, _ = start.isocalendar()
        return filled(translate("reflection", "Week %1, %2"), str(week), str(year))
    if period.kind == "quarter":
        quarter = (start.month - 1) // 3 + 1
        return filled(
            translate("reflection", "Q%1 %2"),
            str(quarter),
            str(start.year),
        )
    if period.kind == "year":
        return str(start.year)
    return range_text(period)


def range_text(period: P.Period) -> str:
    return f"{date(period.start)} – {date(period.last_day)}"


def network_name(figures: R.NetworkFigures) -> str:
    return figures.name if figures.network_id is not None else translate("reflection", "No network")


def channel_name(code: str) -> str:
    if code == R.EVENT_CHANNEL:
        return translate("reflection", "At events")
    return labels.label(labels.CHANNELS, code)


def rounded(value: float) -> int:
    """A scaled target as a whole number, halves up (1.7 → 2, 0.5 → 1, 0.4 → 0)."""
    return math.floor(value + 0.5)


# a goal's own target per its period, shown beside a scaled one
PER_PERIOD_TARGET: dict[str, str] = {
    "week": QT_TRANSLATE_NOOP("reflection", "target: %1 a week"),
    "month": QT_TRANSLATE_NOOP("reflection", "target: %1 a month"),
    "quarter": QT_TRANSLATE_NOOP("reflection", "target: %1 a quarter"),
    "year": QT_TRANSLATE_NOOP("reflection", "target: %1 a year"),
}

# hours per a goal's period ("8.0 h a month")
PER_PERIOD_HOURS: dict[str, str] = {
    "week": QT_TRANSLATE_NOOP("reflection", "%1 a week"),
    "month": QT_TRANSLATE_NOOP("reflection", "%1 a month"),
    "quarter": QT_TRANSLATE_NOOP("reflection", "%1 a quarter"),
    "year": QT_TRANSLATE_NOOP("reflection", "%1 a year"),
}


def per_period_hours(hours_value: float, goal_period: str) -> str:
    """``8.0 h a month``: a budget as the goal sets it."""
    text = hours(hours_value * 60.0)
    if goal_period not in PER_PERIOD_HOURS:
        return text
    return _tr(PER_PERIOD_HOURS[goal_period]).replace("%1", text)


def per_period_suffix(goal_period: str) -> str:
    """`` h a month``: the unit after a budget's number in a spin box."""
    unit = translate("formatting", "%1 h")
    return _tr(PER_PERIOD_HOURS.get(goal_period, "%1")).replace("%1", unit).replace("%1", "")


def own_target_text(goal: R.GoalFigures) -> str:
    """``target: 20 a year``: the goal's target as set, per its own period."""
    if goal.goal_target_value is None or goal.goal_period not in PER_PERIOD_TARGET:
        return ""
    return _tr(PER_PERIOD_TARGET[goal.goal_period]).replace("%1", str(goal.goal_target_value))


def target_text(goal: R.GoalFigures) -> str:
    """``3 of 10 conversations``, with the goal's own target beside a scaled one.

    A scaled target is rounded to a whole number (halves up); one that rounds to
    nothing shows the progress and the goal's own target only. A dash for a goal
    without a target (or none in this period).
    """
    if goal.target_kind is None or goal.target_value is None:
        return "–"
    target = rounded(goal.target_value)
    own = own_target_text(goal)
    scaled = goal.target_value != goal.goal_target_value  # another period, or part of it
    if target < 1:
        return f"{goal.progress} ({own})" if own else str(goal.progress)
    if goal.target_kind == "conversations":
        text = translate("reflection", "%1 of %n conversation(s)", None, target)
    elif goal.target_kind == "new_contacts":
        text = translate("reflection", "%1 of %n new contact(s)", None, target)
    elif goal.target_outcome_kind:
        text = (
            translate("reflection", "%1 of %2 × %3")
            .replace("%3", labels.label(labels.OUTCOME_KINDS, goal.target_outcome_kind))
            .replace("%2", str(target))
        )
    else:
        text = translate("reflection", "%1 of %n outcome(s)", None, target)
    text = text.replace("%1", str(goal.progress))
    return f"{text} ({own})" if scaled and own else text


def budget_text(goal: R.GoalFigures) -> str:
    """The budget in the period, or a dash for none (a budget of 0 is none)."""
    return hours(goal.budget_minutes) if goal.budget_minutes else "–"


def so_far_text(figures: R.Figures) -> str:
    """``up to today, day 6 of 31`` for a running period; empty once it is over."""
    if figures.complete:
        return ""
    if figures.counted_days == 0:
        return translate("reflection", "not begun yet")
    return filled(
        translate("reflection", "up to today, day %1 of %2"),
        str(figures.counted_days),
        str(figures.period.days),
    )


def goal_tooltip(goal: R.GoalFigures) -> str:
    """What a goal's row stands on: its own budget and target, its first day, its outcomes."""
    lines = []
    if goal.goal_budget_hours is not None:
        lines.append(
            translate("reflection", "Budget: %1").replace(
                "%1", per_period_hours(goal.goal_budget_hours, goal.goal_period)
            )
        )
    own = own_target_text(goal)
    if own:
        lines.append(own[:1].upper() + own[1:])
    if goal.starts_on is not None:
        lines.append(translate("reflection", "Counts from %1").replace("%1", date(goal.starts_on)))
    lines.extend(
        f"{labels.label(labels.OUTCOME_KINDS, kind)}: {count}"
        for kind, count in sorted(goal.outcomes_by_kind.items())
    )
    return "\n".join(lines)


def share_note() -> str:
    """Why the networks' shares may add up to more than 100 %."""
    return translate(
        "reflection",
        "A conversation counts for each network its contacts belong to, so the shares "
        "can add up to more than 100 %.",
    )


class _Sentence:
    """How a finding is worded: the sentence, the words filling its ``%1``, ``%2``, …
    in turn (named as in :func:`_words`), and for a sentence with plural forms the
    value that is its ``%n``. Data rather than a branch per kind, so that every
    finding is worded by the same few lines. A plain class, as a NamedTuple costs
    some 0.2 ms more to import."""

    __slots__ = ("n", "text", "words")

    def __init__(self, text: str, words: tuple[str, ...], n: str | None = None) -> None:
        self.text = text
        self.words = words
        self.n = n


# Each finding kind's question; a text with ``%n`` is marked with PLURAL so that
# lupdate gives it plural forms.
_FINDINGS: dict[str, _Sentence] = {
    "network_costly": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "%1 took %2 of your time, brought %n outcome(s) and felt like %3. "
            "Is %1 still worth it for you?",
            None,
            PLURAL,
        ),
        ("name", "share", "felt"),
        n="outcomes",
    ),
    "network_no_outcome": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "%1 took %2 of your time but brought no outcome. What do you expect from %1?",
        ),
        ("name", "share"),
    ),
    "network_worthwhile": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "%1 felt good (%2) and brought %n outcome(s) in little time. "
            "Would more time there be worth it?",
            None,
            PLURAL,
        ),
        ("name", "felt"),
        n="outcomes",
    ),
    "goal_idle": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "Nothing served your goal “%1” in this period. Is it still important to you?",
        ),
        ("name",),
    ),
    "goal_over_budget": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "You spent %2 on “%1”, more than its budget of %3. Is it worth that much to you?",
        ),
        ("name", "spent", "budget"),
    ),
    "goal_under_budget": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "“%1” got %2 of its budget of %3. Is the goal still yours – "
            "or is the budget too large?",
        ),
        ("name", "spent", "budget"),
    ),
    "no_goal_time": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "%1 of your time (%2) served no goal. What did it bring you – or is a goal missing?",
        ),
        ("share", "spent"),
    ),
    "enjoyment_falling": _Sentence(
        QT_TRANSLATE_NOOP(
            "reflection",
            "Your enjoyment has fallen over the last %n periods, from %1 to %2. What has changed?",
            None,
            PLURAL,
        ),
        ("first", "last"),
        n="periods",
    ),
}

# a network that took much time, felt bad and brought nothing: its two findings at once
_COSTLY_WITHOUT_OUTCOME = _Sentence(
    QT_TRANSLATE_NOOP(
        "reflection",
        "%1 took %2 of your time, brought no outcome and felt like %3. "
        "Is %1 still worth it for you?",
    ),
    ("name", "share", "felt"),
)


def _words(finding: R.Finding) -> dict[str, str]:
    """Every word a finding's sentence may name, by the name its :class:`_Sentence` uses."""
    v = finding.values
    return {
        "name": finding.subject,
        "share": percent(v.get("share", 0.0)),
        "felt": enjoyment(v.get("enjoyment")),
        "spent": hours(v.get("minutes", 0.0)),
        "budget": hours(v.get("budget", 0.0)),
        "first": enjoyment(v.get("first")),
        "last": enjoyment(v.get("last")),
    }


def _worded(finding: R.Finding, sentence: _Sentence) -> str:
    n = int(finding.values.get(sentence.n, 0)) if sentence.n else -1
    words = _words(finding)
    return filled(translate(_C, sentence.text, None, n), *(words[w] for w in sentence.words))


def finding_lines(found: list[R.Finding]) -> list[tuple[R.Finding, str]]:
    """The findings as sentences, one per subject where two say the same thing.

    A network that costs much, feels bad and brought nothing gets both findings
    in the data (``kontaktbuch stats --json``); the panel says it in one sentence.
    Each line comes with the finding it stands for.
    """
    costly = {f.subject_id for f in found if f.kind == "network_costly"}
    lines: list[tuple[R.Finding, str]] = []
    for finding in found:
        if finding.kind == "network_no_outcome" and finding.subject_id in costly:
            continue
        if finding.kind == "network_costly" and any(
            f.kind == "network_no_outcome" and f.subject_id == finding.subject_id for f in found
        ):
            lines.append((finding, _worded(finding, _COSTLY_WITHOUT_OUTCOME)))
            continue
        lines.append((finding, finding_text(finding)))
    return lines


def finding_text(finding: R.Finding) -> str:
    """A finding as a question to oneself, never a verdict (its kind if unknown)."""
    sentence = _FINDINGS.get(finding.kind)
    return finding.kind if sentence is None else _worded(finding, sentence)


def summary_rows(current: R.Figures, previous: R.Figures) -> list[tuple[str, str, str]]:
    """The key figures as (label, this period, the period before)."""

    def both(fn: Callable[[Any], str], attr: str) -> tuple[str, str]:
        return fn(getattr(current, attr)), fn(getattr(previous, attr))

    rows = [
        (translate("reflection", "Total time"), *both(hours, "total_minutes")),
        (translate("reflection", "Time serving goals"), *both(hours, "goal_minutes")),
        (translate("reflection", "Time without a goal"), *both(hours, "no_goal_minutes")),
        (translate("reflection", "Conversations"), *both(str, "conversations")),
        (translate("reflection", "Events"), *both(str, "events")),
        (translate("reflection", "Outcomes"), *both(str, "outcomes")),
        (translate("reflection", "New contacts"), *both(str, "new_contacts")),
        (translate("reflection", "Follow-ups done"), *both(str, "follow_ups_done")),
        (translate("reflection", "Follow-ups still open"), *both(str, "follow_ups_open")),
        (translate("reflection", "Average enjoyment"), *both(enjoyment, "enjoyment")),
    ]
    return rows


def verdict_text(code: str) -> str:
    return labels.label(labels.VERDICTS, code) if code else "–"


def _top_outcomes(figures: R.Figures, limit: int = 3) -> str:
    ranked = sorted(figures.outcomes_by_kind.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(
        f"{count} × {labels.label(labels.OUTCOME_KINDS, kind)}" for kind, count in ranked[:limit]
    )


def question_figures(key: str, figures: R.Figures) -> str:
    """The figures beside a guided question, so it is answered with them in view.

    Empty for a question the figures say nothing about (the verdict per goal
    stands beside "worth" in the window).
    """
    if key == "brought":
        text = translate("reflection", "Outcomes: %1 · new contacts: %2 · follow-ups done: %3")
        text = filled(
            text,
            str(figures.outcomes),
            str(figures.new_contacts),
            str(figures.follow_ups_done),
        )
        top = _top_outcomes(figures)
        return f"{text} ({top})" if top else text
    if key == "worth":
        return filled(
            translate("reflection", "%1 in total, %2 for your goals, %3 without a goal"),
            hours(figures.total_minutes),
            hours(figures.goal_minutes),
            hours(figures.no_goal_minutes),
        )
    if key == "enjoyed":
        rated = [n for n in figures.networks if n.enjoyment is not None]
        if not rated:
            return translate("reflection", "Nothing rated in this period.")
        best = max(rated, key=lambda n: (n.enjoyment or 0.0, n.minutes))
        worst = min(rated, key=lambda n: (n.enjoyment or 0.0, -n.minutes))
        text = translate("reflection", "Average %1 · most enjoyed: %2 (%3) · least: %4 (%5)")
        return filled(
            text,
            enjoyment(figures.enjoyment),
            network_name(best),
            enjoyment(best.enjoyment),
            network_name(worst),
            enjoyment(worst.enjoyment),
        )
    if key == "gave":
        parts = [
            f"{labels.label(labels.OUTCOME_KINDS, kind)}: {figures.outcomes_by_kind.get(kind, 0)}"
            for kind in (
                "recommendation_given",
                "support_given",
                "recommendation_received",
                "support_received",
            )
        ]
        return " · ".join(parts)
    return ""
