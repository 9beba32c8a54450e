"""Saved reflections: the user's answers, verdicts and a snapshot of the figures.

A reflection is saved with the figures as they were (their JSON form), so it
reads the same later, whatever the journal became since. Its verdicts per goal
(:mod:`.verdicts`) are saved in its answers and applied in the same
transaction; later reflections show them (:func:`earlier_verdicts`). Saved
reflections are listed, compared and deleted in the window; the latest one also
sets when the next reflection is due (:mod:`.due`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.figures import Figures, figures_to_dict, jsonable
from kontaktbuch.journal.reflection.rules import Finding
from kontaktbuch.journal.reflection.verdicts import (
    ANSWERS_KEY,
    EarlierVerdict,
    GoalVerdict,
    VerdictError,
    checked,
    from_json,
    to_json,
)
from kontaktbuch.journal.reflection.verdicts import apply as apply_verdicts
from kontaktbuch.journal.vocabulary import VERDICTS
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

# the questions a reflection answers (the keys of its answers)
QUESTIONS: tuple[str, ...] = ("brought", "worth", "enjoyed", "gave", "change")


class ReflectionError(ValueError):
    """A reflection that cannot be saved (unknown verdict, nothing written)."""


@dataclass(frozen=True)
class SavedReflection:
    """A reflection as it was saved, with the snapshot of its figures as JSON data."""

    reflection_id: int
    period: P.Period
    created_at: dt.datetime
    answers: dict[str, str]
    verdict: str
    figures: dict[str, Any]
    goal_verdicts: tuple[GoalVerdict, ...] = ()


def save_reflection(
    period: P.Period,
    answers: dict[str, str],
    verdict: str,
    figures: Figures,
    found: list[Finding] | None = None,
    now: dt.datetime | None = None,
    goal_verdicts: list[GoalVerdict] | None = None,
) -> int:
    """Save the answers, the verdicts and a snapshot of the figures, in one transaction.

    The verdicts per goal are applied in the same transaction (a new budget, a
    paused or dropped goal); a verdict that cannot be applied saves nothing.
    """
    if verdict and verdict not in VERDICTS:
        raise ReflectionError(f"unknown verdict {verdict!r}")
    cleaned: dict[str, Any] = {key: str(answers.get(key, "")).strip() for key in QUESTIONS}
    if not verdict and not any(cleaned.values()) and not goal_verdicts:
        raise ReflectionError("nothing to save")
    snapshot = figures_to_dict(figures)
    if found is not None:
        snapshot["findings"] = jsonable(found)
    stamp = (now or dt.datetime.now()).replace(microsecond=0)
    with database_proxy.atomic():
        try:
            chosen = checked(list(goal_verdicts or []))
        except VerdictError as exc:
            raise ReflectionError(str(exc)) from exc
        if chosen:
            cleaned[ANSWERS_KEY] = to_json(chosen)
        apply_verdicts(chosen, stamp)
        row = m.Reflection.create(
            period_kind=period.kind,
            period_start=period.start,
            period_end=period.last_day,
            answers=json.dumps(cleaned, ensure_ascii=False),
            verdict=verdict,
            figures=json.dumps(snapshot, ensure_ascii=False),
            created_at=stamp,
        )
    return int(row.id)


def _loads(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def list_reflections(limit: int = 200) -> list[SavedReflection]:
    """Saved reflections, newest first."""
    rows = m.Reflection.select().order_by(m.Reflection.created_at.desc(), m.Reflection.id.desc())
    result = []
    for row in rows.limit(limit):
        answers = _loads(row.answers)
        result.append(
            SavedReflection(
                reflection_id=int(row.id),
                period=_period(row),
                created_at=_as_datetime(row.created_at),
                answers={k: str(v) for k, v in answers.items() if k != ANSWERS_KEY},
                verdict=row.verdict,
                figures=_loads(row.figures),
                goal_verdicts=tuple(from_json(answers.get(ANSWERS_KEY))),
            )
        )
    return result


def _period(row: m.Reflection) -> P.Period:
    start, last = _as_date(row.period_start), _as_date(row.period_end)
    kind = row.period_kind if row.period_kind in P.KINDS else "custom"
    return P.Period(start, max(last, start) + dt.timedelta(days=1), kind)


def earlier_verdicts(period: P.Period) -> dict[int, EarlierVerdict]:
    """Each goal's latest verdict from reflections of periods that ended before ``period``.

    "Latest": of the reflection whose period ends last (then: the one saved last).
    A reflection of a period that overlaps ``period`` is not an earlier one.
    """
    r = m.Reflection
    rows = (
        r.select(r.id, r.period_kind, r.period_start, r.period_end, r.answers, r.created_at)
        .where(r.period_end < period.start)
        .order_by(r.period_end.desc(), r.created_at.desc(), r.id.desc())
    )
    found: dict[int, EarlierVerdict] = {}
    for row in rows:
        for v in from_json(_loads(row.answers).get(ANSWERS_KEY)):
            if v.goal_id not in found:
                found[v.goal_id] = EarlierVerdict(v, _period(row), _as_datetime(row.created_at))
    return found


def delete_reflection(reflection_id: int) -> None:
    """Delete one saved reflection, its answers and its snapshot."""
    with database_proxy.atomic():
        m.Reflection.delete().where(m.Reflection.id == reflection_id).execute()


def last_reflection_date() -> dt.date | None:
    """The day of the latest saved reflection (what :func:`next_reflection_date` needs)."""
    latest = (
        m.Reflection.select(m.Reflection.created_at)
        .order_by(m.Reflection.created_at.desc())
        .first()
    )
    return None if latest is None else _as_datetime(latest.created_at).date()
