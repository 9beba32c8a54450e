"""Words and numbers of the reflection panel, shared by the window and ``kontaktbuch stats``.

The journal returns figures and findings as plain data; here they become text in
the user's language: hours with the locale's decimal comma, period names, the
findings phrased as questions, and the guided reflection's questions. Keeping
it in one place is what makes the window and the command line say the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import hours, number
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP, translate

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


@functools.lru_cache(maxsize=8)
def _date_pattern(locale_name: str) -> str:
    """The locale's short date pattern with a four-digit year (asked once per locale)."""
    pattern = QLocale(locale_name).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


_NUMERIC_DATE_PARTS = {"d": "{d}", "dd": "{d:02d}", "M": "{m}", "MM": "{m:02d}", "yyyy": "{y:04d}"}


@functools.lru_cache(maxsize=8)
def _python_date_format(locale_name: str) -> str | None:
    """The locale's date pattern as a ``str.format`` template, when it is all numbers.

    ``dd.MM.yyyy`` becomes ``{d:02d}.{m:02d}.{y:04d}``: the same text as Qt's, at a
    fraction of the cost for the thousands of dates of a long event list. Patterns
    with names (``MMM``, ``ddd``) or quotes, and locales with their own digits
    (Arabic, Persian …), return None and stay with Qt.
    """
    if QLocale(locale_name).zeroDigit() != "0":
        return None
    out: list[str] = []
    for run in re.findall(r"d+|M+|y+|[^dMy]+", _date_pattern(locale_name)):
        if run[0] in "dMy":
            if run not in _NUMERIC_DATE_PARTS:
                return None
            out.append(_NUMERIC_DATE_PARTS[run])
        elif any(ch.isalpha() or ch in "'{}" for ch in run):
            return None
        else:
            out.append(run)
    return "".join(out)


def date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date as the locale writes it, always with four-digit years (26.11.2026)."""
    locale = locale or QLocale()
    name = locale.name()
    template = _python_date_format(name)
    if template is not None:
        return template.format(d=day.day, m=day.month, y=day.year)
    return locale.toString(QDate(day.year, day.month, day.day), _date_pattern(name))


def date_time(text: str, locale: QLocale | None = None) -> str:
    """A stored ``YYYY-MM-DD HH:MM`` as the locale shows it (``26.11.2026 18:30``).

    A table of thousands of events passes one ``locale`` for all of them.
    """
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{date(when.date(), locale)} {when.hour:02d}:{when.minute:02d}"


def date_time_format(locale: QLocale | None = None) -> Callable[[str], str]:
    """:func:`date_time` for many stored times in one locale (a table of thousands of events).

    The same text as :func:`date_time`, with the locale's pattern looked up once.
    """
    locale = locale or QLocale()
    template = _python_date_format(locale.name())
    if template is None:
        return functools.partial(date_time, locale=locale)
    full = template + " {hh:02d}:{mm:02d}"

    def formatted(text: str) -> str:
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        return full.format(d=when.day, m=when.month, y=when.year, hh=when.hour, mm=when.minute)

    return formatted


def period_name(period: P.Period) -> str:
    """``November 2026``, ``Week 48, 2026``, ``Q3 2026``, ``2026`` or a date range."""
    locale = QLocale()
    start = period.start
    if period.kind == "month":
        return f"{locale.standaloneMonthName(start.month)} {start.year}"
    if period.kind == "week":
        year, week, _ = start.isocalendar()
        return (
            translate("reflection", "Week %1, %2").replace("%1", str(week)).replace("%2", str(year))
        )
    if period.kind == "quarter":
        quarter = (start.month - 1) // 3 + 1
        return (
            translate("reflection", "Q%1 %2")
            .replace("%1", str(quarter))
            .replace("%2", str(start.year))
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


def target_text(goal: R.GoalFigures) -> str:
    """``3 of 10 conversations``, or a dash for a goal without a target."""
    if goal.target_kind is None or goal.target_value is None:
        return "–"
    target = number(goal.target_value, 0 if goal.target_value == int(goal.target_value) else 1)
    if goal.target_kind == "conversations":
        text = translate("reflection", "%1 of %2 conversations")
    elif goal.target_kind == "new_contacts":
        text = translate("reflection", "%1 of %2 new contacts")
    elif goal.target_outcome_kind:
        text = translate("reflection", "%1 of %2 × %3").replace(
            "%3", labels.label(labels.OUTCOME_KINDS, goal.target_outcome_kind)
        )
    else:
        text = translate("reflection", "%1 of %2 outcomes")
    return text.replace("%1", str(goal.progress)).replace("%2", target)


def budget_text(goal: R.GoalFigures) -> str:
    return hours(goal.budget_minutes) if goal.budget_minutes else "–"


def finding_text(finding: R.Finding) -> str:
    """A finding as a question to oneself, never a verdict."""
    v = finding.values
    name = finding.subject
    if finding.kind == "network_costly":
        return (
            translate(
                "reflection",
                "%1 took %2 of your time, brought %n outcome(s) and felt like %3. "
                "Is %1 still worth it for you?",
                None,
                int(v.get("outcomes", 0)),
            )
            .replace("%1", name)
            .replace("%2", percent(v.get("share", 0.0)))
            .replace("%3", enjoyment(v.get("enjoyment")))
        )
    if finding.kind == "network_no_outcome":
        return (
            translate(
                "reflection",
                "%1 took %2 of your time but brought no outcome. What do you expect from %1?",
            )
            .replace("%1", name)
            .replace("%2", percent(v.get("share", 0.0)))
        )
    if finding.kind == "network_worthwhile":
        return (
            translate(
                "reflection",
                "%1 felt good (%2) and brought %n outcome(s) in little time. "
                "Would more time there be worth it?",
                None,
                int(v.get("outcomes", 0)),
            )
            .replace("%1", name)
            .replace("%2", enjoyment(v.get("enjoyment")))
        )
    if finding.kind == "goal_idle":
        return translate(
            "reflection",
            "Nothing served your goal “%1” in this period. Is it still important to you?",
        ).replace("%1", name)
    if finding.kind == "goal_over_budget":
        return (
            translate(
                "reflection",
                "You spent %2 on “%1”, more than its budget of %3. Is it worth that much to you?",
            )
            .replace("%1", name)
            .replace("%2", hours(v.get("minutes", 0.0)))
            .replace("%3", hours(v.get("budget", 0.0)))
        )
    if finding.kind == "no_goal_time":
        return (
            translate(
                "reflection",
                "%1 of your time (%2) served no goal. "
                "What did it bring you – or is a goal missing?",
            )
            .replace("%1", percent(v.get("share", 0.0)))
            .replace("%2", hours(v.get("minutes", 0.0)))
        )
    if finding.kind == "enjoyment_falling":
        return (
            translate(
                "reflection",
                "Your enjoyment has fallen over the last %n periods, from %1 to %2. "
                "What has changed?",
                None,
                int(v.get("periods", 0)),
            )
            .replace("%1", enjoyment(v.get("first")))
            .replace("%2", enjoyment(v.get("last")))
        )
    return finding.kind


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
