"""Goals: what the networking is for, with a time budget and a target per period.

Create, edit, pause, complete and drop goals; link conversations and events to
the goals they serve; and the goals view's history of each goal (time against
budget and progress against target, this period and the ones before, and the
items that served it). The conversation and event forms may also write
``GoalConversation`` / ``GoalEvent`` rows directly; :func:`set_conversation_goals`
and :func:`set_event_goals` do it in one call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from kontaktbuch.journal import limits, names
from kontaktbuch.journal import periods as P
from kontaktbuch.journal.event_time import event_minutes_sql
from kontaktbuch.journal.goal_links import serve_event_goals
from kontaktbuch.journal.reflection.compute import goal_figures
from kontaktbuch.journal.reflection.figures import GoalFigures
from kontaktbuch.journal.vocabulary import (
    GOAL_KINDS,
    GOAL_STATUSES,
    OUTCOME_KINDS,
    PERIODS,
    TARGET_KINDS,
)
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

MAX_BUDGET_HOURS = 10_000.0
MAX_TARGET = 100_000


class GoalError(ValueError):
    """Invalid goal input; ``field`` names the offending field, ``code`` the problem."""

    def __init__(self, field_name: str, code: str) -> None:
        super().__init__(f"{field_name}: {code}")
        self.field = field_name
        self.code = code


class GoalNotFoundError(LookupError):
    pass


@dataclass
class GoalInput:
    """What the goal form edits."""

    title: str
    why: str = ""
    kind: str = "other"
    # when it counts: each period from its first day (None: the day it is created)
    period: str = "month"
    starts_on: dt.date | None = None
    # what it aims for in each period: a budget of hours, a target to reach
    budget_hours: float | None = None
    target_kind: str | None = None
    target_value: int | None = None
    target_outcome_kind: str | None = None

    def cleaned(self) -> GoalInput:
        """Checked and normalised; raises :class:`GoalError` and changes nothing."""
        title = limits.clean_line(self.title)
        if not title:
            raise GoalError("title", "empty")
        if len(title) > limits.TITLE_MAX:
            raise GoalError("title", "too_long")
        why = limits.clean_text(self.why).strip()
        if len(why) > limits.TEXT_MAX:
            raise GoalError("why", "too_long")
        if self.kind not in GOAL_KINDS:
            raise GoalError("kind", "unknown")
        if self.period not in PERIODS:
            raise GoalError("period", "unknown")
        budget = self.budget_hours
        if budget is not None:
            budget = float(budget)
            if budget < 0 or budget > MAX_BUDGET_HOURS or budget != budget:
                raise GoalError("budget_hours", "range")
            if budget == 0:
                budget = None
        target_kind = self.target_kind or None
        target_value = self.target_value
        outcome_kind = self.target_outcome_kind or None
        if target_kind is None:
            target_value, outcome_kind = None, None
        else:
            if target_kind not in TARGET_KINDS:
                raise GoalError("target_kind", "unknown")
            if target_value is None or not 0 < int(target_value) <= MAX_TARGET:
                raise GoalError("target_value", "range")
            target_value = int(target_value)
            if target_kind != "outcomes":
                outcome_kind = None
            elif outcome_kind is not None and outcome_kind not in OUTCOME_KINDS:
                raise GoalError("target_outcome_kind", "unknown")
        starts_on = self.starts_on
        if isinstance(starts_on, dt.datetime):
            starts_on = starts_on.date()
        elif starts_on is not None and not isinstance(starts_on, dt.date):
            raise GoalError("starts_on", "not_a_date")
        return replace(
            self,
            title=title,
            why=why,
            budget_hours=budget,
            target_kind=target_kind,
            target_value=target_value,
            target_outcome_kind=outcome_kind,
            starts_on=starts_on,
        )


@dataclass(frozen=True)
class GoalInfo:
    goal_id: int
    title: str
    why: str
    kind: str
    period: str
    starts_on: dt.date  # the first day it counts: as set, or the day it was created
    budget_hours: float | None
    target_kind: str | None
    target_value: int | None
    target_outcome_kind: str | None
    status: str
    created_at: dt.datetime

    def as_input(self) -> GoalInput:
        return GoalInput(**_form_values(self))


def _form_values(source: GoalInput | GoalInfo | m.Goal) -> dict[str, Any]:
    """What the goal form edits, taken from ``source`` by name: the one list of
    those fields for the form, the goal's summary and its row."""
    return {f.name: getattr(source, f.name) for f in fields(GoalInput)}


def _info(row: m.Goal) -> GoalInfo:
    # peewee hands back the stored text when it cannot parse it as a date-time.
    created: object = row.created_at
    if not isinstance(created, dt.datetime):
        created = dt.datetime.fromisoformat(str(created))
    values = _form_values(row)
    values["starts_on"] = _as_date(row.starts_on) if row.starts_on else created.date()
    return GoalInfo(goal_id=int(row.id), status=row.status, created_at=created, **values)


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


_STATUS_ORDER = {"active": 0, "paused": 1, "done": 2, "dropped": 3}


def list_goals(statuses: Iterable[str] | None = None) -> list[GoalInfo]:
    """Goals, active first, then paused, completed and dropped; by title within."""
    query = m.Goal.select()
    if statuses is not None:
        query = query.where(m.Goal.status.in_(list(statuses)))
    goals = [_info(g) for g in query]
    return sorted(goals, key=lambda g: (_STATUS_ORDER.get(g.status, 9), g.title.casefold()))


def active_goal_choices() -> list[tuple[int, str]]:
    """(id, title) of the active goals, for the goal pickers of other forms."""
    return [(g.goal_id, g.title) for g in list_goals(["active"])]


def get_goal(goal_id: int) -> GoalInfo:
    row = m.Goal.get_or_none(m.Goal.id == goal_id)
    if row is None:
        raise GoalNotFoundError(goal_id)
    return _info(row)


def create_goal(data: GoalInput, now: dt.datetime | None = None) -> int:
    clean = data.cleaned()
    stamp = (now or dt.datetime.now()).replace(microsecond=0)
    with database_proxy.atomic():
        row = m.Goal.create(
            **_form_values(clean), status="active", created_at=stamp, updated_at=stamp
        )
    return int(row.id)


def update_goal(goal_id: int, data: GoalInput) -> None:
    clean = data.cleaned()
    with database_proxy.atomic():
        row = m.Goal.get_or_none(m.Goal.id == goal_id)
        if row is None:
            raise GoalNotFoundError(goal_id)
        values = _form_values(clean)
        if clean.starts_on is None:
            del values["starts_on"]  # left empty: the goal keeps the day it counts from
        for name, value in values.items():
            setattr(row, name, value)
        row.save()


def set_status(goal_id: int, status: str) -> str:
    """Pause, complete, drop or reactivate a goal; returns the status it had before."""
    if status not in GOAL_STATUSES:
        raise GoalError("status", "unknown")
    with database_proxy.atomic():
        row = m.Goal.get_or_none(m.Goal.id == goal_id)
        if row is None:
            raise GoalNotFoundError(goal_id)
        before = row.status
        row.status = status
        row.save()
    return before


def pause_goal(goal_id: int) -> str:
    return set_status(goal_id, "paused")


def complete_goal(goal_id: int) -> str:
    return set_status(goal_id, "done")


def drop_goal(goal_id: int) -> str:
    return set_status(goal_id, "dropped")


def resume_goal(goal_id: int) -> str:
    return set_status(goal_id, "active")


@dataclass(frozen=True)
class DeletedGoal:
    """Everything needed to bring a deleted goal back (undo)."""

    row: dict[str, Any]
    conversation_ids: tuple[int, ...]
    event_ids: tuple[int, ...]


def delete_goal(goal_id: int) -> DeletedGoal:
    """Delete a goal and its links; the returned snapshot restores it exactly."""
    with database_proxy.atomic():
        row = m.Goal.get_or_none(m.Goal.id == goal_id)
        if row is None:
            raise GoalNotFoundError(goal_id)
        snapshot = DeletedGoal(
            row=dict(row.__data__),
            conversation_ids=tuple(
                gc.conversation_id
                for gc in m.GoalConversation.select().where(m.GoalConversation.goal == goal_id)
            ),
            event_ids=tuple(
                ge.event_id for ge in m.GoalEvent.select().where(m.GoalEvent.goal == goal_id)
            ),
        )
        row.delete_instance(recursive=True)
    return snapshot


def restore_goal(snapshot: DeletedGoal) -> int:
    """Undo :func:`delete_goal` (links to items deleted meanwhile are skipped)."""
    with database_proxy.atomic():
        m.Goal.insert(snapshot.row).execute()
        goal_id = int(snapshot.row["id"])
        existing_c = {
            c.id
            for c in m.Conversation.select(m.Conversation.id).where(
                m.Conversation.id.in_(list(snapshot.conversation_ids))
            )
        }
        existing_e = {
            e.id for e in m.Event.select(m.Event.id).where(m.Event.id.in_(list(snapshot.event_ids)))
        }
        if existing_c:
            m.GoalConversation.insert_many(
                [{"goal": goal_id, "conversation": cid} for cid in sorted(existing_c)]
            ).execute()
        if existing_e:
            m.GoalEvent.insert_many(
                [{"goal": goal_id, "event": eid} for eid in sorted(existing_e)]
            ).execute()
    return goal_id


# --- links ----------------------------------------------------------------------


def link_conversation(goal_id: int, conversation_id: int) -> None:
    """The conversation serves the goal, and so does its event (:mod:`.goal_links`)."""
    with database_proxy.atomic():
        m.GoalConversation.insert(
            goal=goal_id, conversation=conversation_id
        ).on_conflict_ignore().execute()
        serve_event_goals([conversation_id])


def unlink_conversation(goal_id: int, conversation_id: int) -> None:
    with database_proxy.atomic():
        m.GoalConversation.delete().where(
            (m.GoalConversation.goal == goal_id)
            & (m.GoalConversation.conversation == conversation_id)
        ).execute()


def link_event(goal_id: int, event_id: int) -> None:
    with database_proxy.atomic():
        m.GoalEvent.insert(goal=goal_id, event=event_id).on_conflict_ignore().execute()


def unlink_event(goal_id: int, event_id: int) -> None:
    with database_proxy.atomic():
        m.GoalEvent.delete().where(
            (m.GoalEvent.goal == goal_id) & (m.GoalEvent.event == event_id)
        ).execute()


def conversation_goals(conversation_id: int) -> list[int]:
    return [
        gc.goal_id
        for gc in m.GoalConversation.select().where(
            m.GoalConversation.conversation == conversation_id
        )
    ]


def event_goals(event_id: int) -> list[int]:
    return [ge.goal_id for ge in m.GoalEvent.select().where(m.GoalEvent.event == event_id)]


def set_conversation_goals(conversation_id: int, goal_ids: Iterable[int]) -> None:
    """Make exactly ``goal_ids`` the goals a conversation serves (call inside the form's
    transaction or alone); its event serves them too (:mod:`.goal_links`)."""
    wanted = set(goal_ids)
    with database_proxy.atomic():
        m.GoalConversation.delete().where(
            (m.GoalConversation.conversation == conversation_id)
            & (m.GoalConversation.goal.not_in(list(wanted)))
        ).execute()
        for goal_id in sorted(wanted - set(conversation_goals(conversation_id))):
            m.GoalConversation.create(goal=goal_id, conversation=conversation_id)
        serve_event_goals([conversation_id])


def set_event_goals(event_id: int, goal_ids: Iterable[int]) -> None:
    wanted = set(goal_ids)
    with database_proxy.atomic():
        m.GoalEvent.delete().where(
            (m.GoalEvent.event == event_id) & (m.GoalEvent.goal.not_in(list(wanted)))
        ).execute()
        for goal_id in sorted(wanted - set(event_goals(event_id))):
            m.GoalEvent.create(goal=goal_id, event=event_id)


# --- history and served items ---------------------------------------------------


@dataclass(frozen=True)
class GoalPeriod:
    period: P.Period
    figures: GoalFigures


def goal_history(goal_id: int, today: dt.date, count: int = 6) -> list[GoalPeriod]:
    """The goal's figures for its current period and the ``count - 1`` before, newest first.

    Each period is a calendar period of the goal's own kind (a monthly goal shows
    months); nothing after ``today`` counts.
    """
    goal = get_goal(goal_id)
    now = dt.datetime.combine(today, dt.time(23, 59, 59))
    history = []
    for period in reversed(P.last_n(goal.period, today, count)):
        rows = goal_figures(period, now, goal_ids=[goal_id])
        history.append(GoalPeriod(period, rows[0]))
    return history


@dataclass(frozen=True)
class ServedItem:
    """A conversation or an event that served a goal."""

    kind: str  # "conversation" or "event"
    item_id: int
    at: dt.datetime
    title: str  # the event's title, or the contacts of the conversation
    minutes: int  # the time it counts (0 for a conversation inside an event)
    enjoyment: int | None
    outcomes: int
    details: list[str] = field(default_factory=list)


_SERVED_SQL = f"""
SELECT 'event', e.id, e.starts_at, e.title, {event_minutes_sql("e")}, e.enjoyment, 0
  FROM goal_event ge JOIN event e ON e.id = ge.event_id
 WHERE ge.goal_id = ? AND e.starts_at >= ? AND e.starts_at < ?
UNION ALL
SELECT 'conversation', c.id, c.occurred_at,
       COALESCE((SELECT group_concat(name, ', ') FROM (
           SELECT {names.display_name_sql("k")} AS name
             FROM conversation_contact cc JOIN contact k ON k.id = cc.contact_id
            WHERE cc.conversation_id = c.id ORDER BY k.last_name, k.first_name)), ''),
       CASE WHEN c.event_id IS NULL THEN c.minutes ELSE 0 END, c.enjoyment,
       (SELECT COUNT(*) FROM outcome o WHERE o.conversation_id = c.id)
  FROM goal_conversation gc JOIN conversation c ON c.id = gc.conversation_id
 WHERE gc.goal_id = ? AND c.occurred_at >= ? AND c.occurred_at < ?
ORDER BY 3 DESC, 2 DESC
LIMIT ?
"""


def served_items(goal_id: int, period: P.Period, limit: int = 500) -> list[ServedItem]:
    """The conversations and events that served a goal in ``period``, newest first."""
    lo = period.start_dt().strftime("%Y-%m-%d %H:%M:%S")
    hi = period.end_dt().strftime("%Y-%m-%d %H:%M:%S")
    rows = database_proxy.execute_sql(
        _SERVED_SQL, [goal_id, lo, hi, goal_id, lo, hi, limit]
    ).fetchall()
    items = []
    for kind, item_id, at, title, minutes, enjoyment, outcomes in rows:
        when = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        items.append(
            ServedItem(
                kind=kind,
                item_id=int(item_id),
                at=when,
                title=title or "",
                minutes=int(minutes or 0),
                enjoyment=None if enjoyment is None else int(enjoyment),
                outcomes=int(outcomes or 0),
            )
        )
    return items
