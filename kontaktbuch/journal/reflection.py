"""The figures of the reflection panel, its findings, and saved reflections.

One function, :func:`compute_figures`, computes every figure the panel and
``kontaktbuch stats`` show, so the window and the command line can never
disagree. The counting rules are those of ``docs/reflection.md``:

* An event's time is its duration plus travel time. A conversation that belongs
  to an event adds no time of its own; a conversation without an event counts
  its minutes. Events and conversations without an event are the *items*.
* An item counts fully towards every goal it is linked to (goal totals may
  overlap); the overall total counts each item once; time of items linked to no
  goal is "time without a goal".
* An event counts towards its organising network; a conversation without an
  event towards every network one of its contacts belongs to (once per network).
* Periods are calendar periods in local time (:mod:`kontaktbuch.journal.periods`).

Everything is aggregated in SQL (``GROUP BY``); Python only combines a handful of
grouped rows, so a year of 100,000 conversations stays fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.event_time import event_minutes_sql
from kontaktbuch.journal.vocabulary import VERDICTS
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

#: the panel's period picker: (code, kind, how many periods back)
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

QUESTIONS: tuple[str, ...] = ("brought", "worth", "enjoyed", "gave", "change")
INTERVALS: tuple[str, ...] = ("weekly", "monthly")
EVENT_CHANNEL = "event"  # time spent at events, beside the conversation channels


# --- data -----------------------------------------------------------------------


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

    @property
    def no_goal_share(self) -> float:
        return self.no_goal_minutes / self.total_minutes if self.total_minutes else 0.0

    def goal(self, goal_id: int) -> GoalFigures | None:
        return next((g for g in self.goals if g.goal_id == goal_id), None)

    def network(self, network_id: int | None) -> NetworkFigures | None:
        return next((n for n in self.networks if n.network_id == network_id), None)


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


@dataclass
class TrendPoint:
    month: dt.date  # the first day of the month
    minutes: int
    enjoyment: float | None


@dataclass
class Panel:
    current: Figures
    previous: Figures | None  # None while the window has not read it yet (current_panel)
    findings: list[Finding]
    trend: list[TrendPoint]


# --- SQL ------------------------------------------------------------------------


def _stamp(day: dt.datetime) -> str:
    return day.strftime("%Y-%m-%d %H:%M:%S")


def _bounds(period: P.Period, now: dt.datetime | None) -> tuple[str, str]:
    """The half-open range in the stored text form; nothing after ``now`` counts yet."""
    end = period.end_dt()
    if now is not None and now < end:
        end = max(now, period.start_dt())
    return _stamp(period.start_dt()), _stamp(end)


def _rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    return database_proxy.execute_sql(sql, params).fetchall()


def _avg(total: float | None, count: int | None) -> float | None:
    return (float(total) / count) if count else None


_CONV_RANGE = "c.occurred_at >= ? AND c.occurred_at < ?"
_EVENT_RANGE = "e.starts_at >= ? AND e.starts_at < ?"
_EVENT_MINUTES = event_minutes_sql("e")

# The conversations of the period, read once per computation into a connection-local
# temporary table with what every figure needs (outcome count, served a goal?). The
# other queries join it over covering indexes, so each row of ``conversation`` is
# read once, however many figures use it.
#: the temporary table's page cache, in KiB (negative: SQLite's unit for KiB)
_TEMP_CACHE_KIB = -16000
_SQL_TEMP_CREATE = """
CREATE TEMP TABLE IF NOT EXISTS refl_conv (
    id INTEGER PRIMARY KEY, event_id INTEGER, channel TEXT, minutes INTEGER,
    enjoyment INTEGER, outcomes INTEGER, with_goal INTEGER, month TEXT)
"""
_SQL_TEMP_FILL = """
INSERT INTO temp.refl_conv
       (id, event_id, channel, minutes, enjoyment, outcomes, with_goal, month)
SELECT c.id, c.event_id, c.channel, c.minutes, c.enjoyment,
       (SELECT COUNT(*) FROM outcome o WHERE o.conversation_id = c.id),
       EXISTS (SELECT 1 FROM goal_conversation gc WHERE gc.conversation_id = c.id),
       substr(c.occurred_at, 1, 7)
  FROM conversation c WHERE {x}c.occurred_at >= ? AND {x}c.occurred_at < ?
"""

# A shorter period is read through the date index, in two steps: the rows first, then
# their outcome counts and goal links. Interleaving those lookups with the reads of
# the scattered conversation rows cost a third more (10,000 conversations: 35 vs
# 50 ms CPU); a long period read in one pass over the table is faster in one step.
_SQL_TEMP_FILL_ROWS = """
INSERT INTO temp.refl_conv
       (id, event_id, channel, minutes, enjoyment, outcomes, with_goal, month)
SELECT c.id, c.event_id, c.channel, c.minutes, c.enjoyment, 0, 0, substr(c.occurred_at, 1, 7)
  FROM conversation c WHERE c.occurred_at >= ? AND c.occurred_at < ?
"""
_SQL_TEMP_FILL_LINKS = """
UPDATE temp.refl_conv
   SET outcomes = (SELECT COUNT(*) FROM outcome o WHERE o.conversation_id = refl_conv.id),
       with_goal = EXISTS (
           SELECT 1 FROM goal_conversation gc WHERE gc.conversation_id = refl_conv.id)
"""

_SQL_EVENTS_BY_NETWORK = f"""
SELECT e.network_id, COUNT(*), SUM({_EVENT_MINUTES}),
       SUM(e.enjoyment), COUNT(e.enjoyment),
       SUM(EXISTS (SELECT 1 FROM goal_event ge WHERE ge.event_id = e.id)
           * {_EVENT_MINUTES})
  FROM event e WHERE {_EVENT_RANGE} GROUP BY e.network_id
"""

_SQL_CONVERSATIONS_BY_CHANNEL = """
SELECT r.channel, COUNT(*), SUM(r.minutes), SUM(r.enjoyment), COUNT(r.enjoyment),
       SUM(r.with_goal * r.minutes), SUM(r.outcomes)
  FROM temp.refl_conv r WHERE r.event_id IS NULL GROUP BY r.channel
"""

_SQL_CONVERSATION_COUNT = "SELECT COUNT(*) FROM temp.refl_conv"

_SQL_GOAL_ITEMS = f"""
SELECT goal_id, SUM(minutes), SUM(convs), SUM(evs), SUM(enj), COUNT(enj), SUM(outcomes) FROM (
    SELECT ge.goal_id AS goal_id, {_EVENT_MINUTES} AS minutes,
           0 AS convs, 1 AS evs, e.enjoyment AS enj, 0 AS outcomes
      FROM event e CROSS JOIN goal_event ge ON ge.event_id = e.id
     WHERE {_EVENT_RANGE}
    UNION ALL
    SELECT gc.goal_id, CASE WHEN r.event_id IS NULL THEN r.minutes ELSE 0 END,
           1, 0, CASE WHEN r.event_id IS NULL THEN r.enjoyment END, r.outcomes
      FROM temp.refl_conv r CROSS JOIN goal_conversation gc ON gc.conversation_id = r.id
     WHERE r.with_goal
) GROUP BY goal_id
"""

# Outcomes by kind; those of conversations at an event also by the event's network.
_SQL_OUTCOMES = """
SELECT o.kind, r.event_id IS NOT NULL, e.network_id, COUNT(*)
  FROM temp.refl_conv r CROSS JOIN outcome o ON o.conversation_id = r.id
  LEFT JOIN event e ON e.id = r.event_id
 WHERE r.outcomes > 0 GROUP BY 1, 2, 3
"""

_SQL_GOAL_OUTCOMES = """
SELECT gc.goal_id, o.kind, COUNT(*)
  FROM temp.refl_conv r CROSS JOIN goal_conversation gc ON gc.conversation_id = r.id
  CROSS JOIN outcome o ON o.conversation_id = r.id
 WHERE r.with_goal AND r.outcomes > 0
 GROUP BY gc.goal_id, o.kind
"""

# Conversations without an event, once for each network of any of their contacts;
# the last row (network NULL) sums those with at least one network, so that the
# rest, "no network", is the conversations' total minus it. A conversation with one
# contact (nearly all) cannot count twice for a network, so those are summed per
# contact first and joined to the memberships once per contact; only conversations
# with several contacts need the DISTINCT (conversation, network) pairs. Ten years:
# 185 -> 132 ms CPU, the same rows.
_SQL_CONVERSATION_NETWORKS = """
WITH pc AS MATERIALIZED (
    SELECT r.id AS cid, r.minutes AS minutes, r.enjoyment AS enjoyment, r.outcomes AS outcomes,
           COUNT(*) AS contacts, MIN(cc.contact_id) AS kid
      FROM temp.refl_conv r CROSS JOIN conversation_contact cc ON cc.conversation_id = r.id
     WHERE r.event_id IS NULL GROUP BY r.id
),
pk AS MATERIALIZED (
    SELECT kid, COUNT(*) AS n, SUM(minutes) AS mins, SUM(enjoyment) AS enj,
           COUNT(enjoyment) AS rated, SUM(outcomes) AS outs
      FROM pc WHERE contacts = 1 GROUP BY kid
),
multi AS MATERIALIZED (
    SELECT DISTINCT pc.cid, ms.network_id AS nid, pc.minutes, pc.enjoyment, pc.outcomes
      FROM pc CROSS JOIN conversation_contact cc ON cc.conversation_id = pc.cid
      CROSS JOIN membership ms ON ms.contact_id = cc.contact_id
     WHERE pc.contacts > 1
)
SELECT nid, SUM(n), SUM(mins), SUM(enj), SUM(rated), SUM(outs) FROM (
    SELECT ms.network_id AS nid, pk.n, pk.mins, pk.enj, pk.rated, pk.outs
      FROM pk CROSS JOIN membership ms ON ms.contact_id = pk.kid
    UNION ALL
    SELECT nid, 1, minutes, enjoyment, enjoyment IS NOT NULL, outcomes FROM multi
) GROUP BY nid
UNION ALL
SELECT NULL, SUM(n), SUM(mins), SUM(enj), SUM(rated), SUM(outs) FROM (
    SELECT n, mins, enj, rated, outs FROM pk
     WHERE EXISTS (SELECT 1 FROM membership ms WHERE ms.contact_id = pk.kid)
    UNION ALL
    SELECT 1, minutes, enjoyment, enjoyment IS NOT NULL, outcomes FROM pc
     WHERE pc.contacts > 1 AND pc.cid IN (SELECT cid FROM multi)
)
"""

_SQL_NEW_CONTACTS = "SELECT COUNT(*) FROM contact k WHERE k.created_at >= ? AND k.created_at < ?"

# Only for the goals whose target is new contacts, driven from their links.
_SQL_GOAL_NEW_CONTACTS = f"""
SELECT goal_id, COUNT(DISTINCT contact_id) FROM (
    SELECT gc.goal_id AS goal_id, k.id AS contact_id
      FROM goal_conversation gc
      CROSS JOIN temp.refl_conv r ON r.id = gc.conversation_id
      CROSS JOIN conversation_contact cc ON cc.conversation_id = r.id
      CROSS JOIN contact k ON k.id = cc.contact_id
     WHERE gc.goal_id IN ({{ids}}) AND k.created_at >= ? AND k.created_at < ?
    UNION ALL
    SELECT ge.goal_id, k.id
      FROM goal_event ge
      CROSS JOIN event e ON e.id = ge.event_id
      CROSS JOIN event_attendee ea ON ea.event_id = e.id
      CROSS JOIN contact k ON k.id = ea.contact_id
     WHERE ge.goal_id IN ({{ids}}) AND k.created_at >= ? AND k.created_at < ? AND {_EVENT_RANGE}
) GROUP BY goal_id
"""

_SQL_FOLLOW_UPS = """
SELECT SUM(f.done_at >= ? AND f.done_at < ?),
       SUM(f.created_at < ? AND (f.done_at IS NULL OR f.done_at >= ?))
  FROM follow_up f
"""

# Every conversation of each event, also one logged outside the period. Their ratings
# come from the temporary table, which already holds the period's conversations;
# the count of all of them comes from the event index alone (no table rows). Only
# an event whose counts differ has conversations outside the period, and only
# those are read again (``_SQL_EVENT_CONVERSATIONS``). Half the time of reading
# every conversation row of thousands of events.
_SQL_EVENT_LIST = f"""
SELECT e.id, e.title, e.starts_at, {_EVENT_MINUTES}, e.enjoyment,
       COALESCE(n.name, ''), (SELECT COUNT(*) FROM conversation c WHERE c.event_id = e.id),
       t.convs, t.enj, t.rated
  FROM event e LEFT JOIN network n ON n.id = e.network_id
  LEFT JOIN (
      SELECT r.event_id AS event_id, COUNT(*) AS convs, SUM(r.enjoyment) AS enj,
             COUNT(r.enjoyment) AS rated
        FROM temp.refl_conv r WHERE r.event_id IS NOT NULL GROUP BY r.event_id
  ) t ON t.event_id = e.id
 WHERE {_EVENT_RANGE} ORDER BY e.starts_at, e.id
"""
_SQL_EVENT_CONVERSATIONS = """
SELECT c.event_id, SUM(c.enjoyment), COUNT(c.enjoyment)
  FROM conversation c WHERE c.event_id IN ({ids}) GROUP BY c.event_id
"""


def _event_list(lo: str, hi: str) -> list[EventFigures]:
    """The period's events with the count and mean rating of their conversations."""
    rows = _rows(_SQL_EVENT_LIST, [lo, hi])
    ratings = {int(row[0]): (row[8], row[9]) for row in rows}
    partly = [int(row[0]) for row in rows if int(row[6]) != int(row[7] or 0)]
    for start in range(0, len(partly), 500):
        ids = ",".join(str(i) for i in partly[start : start + 500])
        for eid, enj, rated in _rows(_SQL_EVENT_CONVERSATIONS.format(ids=ids), []):
            ratings[int(eid)] = (enj, rated)
    result = []
    for eid, title, starts, minutes, enj, network, convs, _n, _e, _r in rows:
        total, rated = ratings[int(eid)]
        result.append(
            EventFigures(
                event_id=int(eid),
                title=title,
                starts_at=str(starts)[:16],
                minutes=int(minutes or 0),
                network=network,
                enjoyment=None if enj is None else int(enj),
                conversations=int(convs),
                conversation_enjoyment=_avg(total, int(rated or 0)),
            )
        )
    return result


@contextmanager
def _conversations_of(lo: str, hi: str) -> Iterator[None]:
    """Fill the temporary table with the period's conversations for the queries above."""
    _rows(_SQL_TEMP_CREATE, [])
    # The temporary database's page cache defaults to 2 MB; ten years of rows (~4 MB)
    # spilled to a temporary file on every copy (ten years: 230 -> 190 ms CPU).
    _rows(f"PRAGMA temp.cache_size = {_TEMP_CACHE_KIB}", [])
    _rows("DELETE FROM temp.refl_conv", [])
    # A long range holds most conversations: one pass over the table then beats a
    # lookup per row through the date index ("+" keeps SQLite off the index).
    in_range = _rows(f"SELECT COUNT(*) FROM conversation c WHERE {_CONV_RANGE}", [lo, hi])[0][0]
    total = _rows("SELECT COUNT(*) FROM conversation", [])[0][0]
    if in_range * 4 > total:
        _rows(_SQL_TEMP_FILL.format(x="+"), [lo, hi])
    else:
        _rows(_SQL_TEMP_FILL_ROWS, [lo, hi])
        _rows(_SQL_TEMP_FILL_LINKS, [])
    try:
        yield
    finally:
        _rows("DELETE FROM temp.refl_conv", [])


# --- figures --------------------------------------------------------------------


def _goal_figures(
    period: P.Period, lo: str, hi: str, goal_ids: list[int] | None, details: bool = True
) -> list[GoalFigures]:
    """Per goal, from the filled temporary table: active goals and any goal served.

    Without ``details`` only time, items, outcomes and enjoyment are filled (not the
    outcomes by kind, new contacts and target progress): what a comparison needs.
    """
    query = m.Goal.select().order_by(m.Goal.title, m.Goal.id)
    if goal_ids is not None:
        query = query.where(m.Goal.id.in_(goal_ids))
    goals = list(query)
    if not goals:
        return []
    items = {int(row[0]): row for row in _rows(_SQL_GOAL_ITEMS, [lo, hi])}
    if goal_ids is None:
        goals = [g for g in goals if g.status == "active" or g.id in items]
    result: dict[int, GoalFigures] = {}
    for g in goals:
        budget = None
        if g.budget_hours is not None:
            budget = P.scale_hours(float(g.budget_hours), g.period, period) * 60.0
        target = None
        if g.target_kind and g.target_value:
            target = P.scale_hours(float(g.target_value), g.period, period)
        gf = GoalFigures(
            goal_id=g.id,
            title=g.title,
            kind=g.kind,
            status=g.status,
            goal_period=g.period,
            budget_minutes=budget,
            target_kind=g.target_kind if target is not None else None,
            target_outcome_kind=g.target_outcome_kind,
            target_value=target,
        )
        row = items.get(g.id)
        if row is not None:
            _gid, minutes, convs, evs, enj, rated, outcomes = row
            gf.minutes = int(minutes or 0)
            gf.conversations = int(convs or 0)
            gf.events = int(evs or 0)
            gf.enjoyment = _avg(enj, rated)
            gf.outcomes = int(outcomes or 0)
        result[g.id] = gf
    if not details:
        return [result[g.id] for g in goals]
    for goal_id, kind, count in _rows(_SQL_GOAL_OUTCOMES, []):
        gf = result.get(int(goal_id))
        if gf is not None:
            gf.outcomes_by_kind[kind] = int(count)
            if kind == gf.target_outcome_kind:
                gf.target_outcomes = int(count)
    wanting = [gid for gid, g in result.items() if g.target_kind == "new_contacts"]
    if wanting:
        ids = ",".join(str(int(i)) for i in wanting)
        sql = _SQL_GOAL_NEW_CONTACTS.format(ids=ids)
        for goal_id, count in _rows(sql, [lo, hi, lo, hi, lo, hi]):
            result[int(goal_id)].new_contacts = int(count)
    for gf in result.values():
        if gf.target_kind == "conversations":
            gf.progress = gf.conversations
        elif gf.target_kind == "new_contacts":
            gf.progress = gf.new_contacts
        elif gf.target_kind == "outcomes":
            gf.progress = gf.target_outcomes if gf.target_outcome_kind else gf.outcomes
    return [result[g.id] for g in goals]


def goal_figures(
    period: P.Period, now: dt.datetime | None = None, goal_ids: list[int] | None = None
) -> list[GoalFigures]:
    """Time, budget, target progress and outcomes per goal (the goals view uses this too)."""
    lo, hi = _bounds(period, now)
    with _conversations_of(lo, hi):
        return _goal_figures(period, lo, hi, goal_ids)


def compute_figures(period: P.Period, now: dt.datetime | None = None) -> Figures:
    """Every figure of the panel for ``period``; items after ``now`` do not count yet."""
    lo, hi = _bounds(period, now)
    with _conversations_of(lo, hi):
        return _compute_figures(period, lo, hi)


def _compute_figures(period: P.Period, lo: str, hi: str, details: bool = True) -> Figures:
    """The figures from the filled temporary table; ``details``: see :func:`panel`."""
    fig = Figures(period=period)
    names = {
        n.id: (n.name, n.kind)
        for n in m.Network.select(m.Network.id, m.Network.name, m.Network.kind)
    }
    networks: dict[int | None, NetworkFigures] = {}

    def net(network_id: int | None) -> NetworkFigures:
        if network_id not in networks:
            name, kind = names.get(network_id, ("", "")) if network_id is not None else ("", "")
            networks[network_id] = NetworkFigures(network_id=network_id, name=name, kind=kind)
        return networks[network_id]

    enjoyment_sum, enjoyment_count = 0.0, 0
    net_enjoyment: dict[int | None, list[float]] = {}

    def add(nf: NetworkFigures, count: int, minutes: Any, enj: Any, rated: Any) -> None:
        nf.minutes += int(minutes or 0)
        nf.items += int(count)
        acc = net_enjoyment.setdefault(nf.network_id, [0.0, 0])
        acc[0] += float(enj or 0)
        acc[1] += int(rated or 0)

    channel_rows: list[ChannelFigures] = []
    event_minutes, event_count = 0, 0
    for network_id, count, minutes, enj, rated, with_goal in _rows(
        _SQL_EVENTS_BY_NETWORK, [lo, hi]
    ):
        add(net(network_id), count, minutes, enj, rated)
        event_minutes += int(minutes or 0)
        event_count += int(count)
        fig.goal_minutes += int(with_goal or 0)
        enjoyment_sum += float(enj or 0)
        enjoyment_count += int(rated or 0)
    fig.events = event_count
    if event_count:
        channel_rows.append(ChannelFigures(EVENT_CHANNEL, event_minutes, event_count))

    conversation_minutes = 0
    alone = [0, 0, 0.0, 0, 0]  # conversations without an event: count, min, enj, rated, outcomes
    for channel, count, minutes, enj, rated, with_goal, outcomes in _rows(
        _SQL_CONVERSATIONS_BY_CHANNEL, []
    ):
        for index, value in enumerate((count, minutes, enj, rated, outcomes)):
            alone[index] += value or 0
        channel_rows.append(ChannelFigures(channel, int(minutes or 0), int(count)))
        conversation_minutes += int(minutes or 0)
        fig.goal_minutes += int(with_goal or 0)
        enjoyment_sum += float(enj or 0)
        enjoyment_count += int(rated or 0)
    fig.channels = sorted(channel_rows, key=lambda c: (-c.minutes, c.channel))
    fig.total_minutes = event_minutes + conversation_minutes
    fig.no_goal_minutes = fig.total_minutes - fig.goal_minutes
    fig.enjoyment = _avg(enjoyment_sum, enjoyment_count)
    fig.conversations = int(_rows(_SQL_CONVERSATION_COUNT, [])[0][0])

    with_network = [0, 0, 0.0, 0, 0]
    for network_id, count, minutes, enj, rated, outcomes in _rows(_SQL_CONVERSATION_NETWORKS, []):
        if network_id is None:
            with_network = [count or 0, minutes or 0, enj or 0, rated or 0, outcomes or 0]
            continue
        nf = net(int(network_id))
        add(nf, count, minutes, enj, rated)
        nf.outcomes += int(outcomes or 0)
    count, minutes, enj, rated, outcomes = (a - b for a, b in zip(alone, with_network, strict=True))
    if count:
        nf = net(None)
        add(nf, count, minutes, enj, rated)
        nf.outcomes += int(outcomes or 0)
    for kind, at_event, network_id, count in _rows(_SQL_OUTCOMES, []):
        fig.outcomes_by_kind[kind] = fig.outcomes_by_kind.get(kind, 0) + int(count)
        if at_event:
            net(network_id).outcomes += int(count)
    fig.outcomes = sum(fig.outcomes_by_kind.values())
    for nf in networks.values():
        total, rated_count = net_enjoyment.get(nf.network_id, (0.0, 0))
        nf.enjoyment = _avg(total, int(rated_count))
        nf.rated = int(rated_count)
        nf.share = nf.minutes / fig.total_minutes if fig.total_minutes else 0.0
    fig.networks = sorted(
        networks.values(), key=lambda n: (n.network_id is None, -n.minutes, n.name.casefold())
    )
    fig.new_contacts = int(_rows(_SQL_NEW_CONTACTS, [lo, hi])[0][0])
    done, still_open = _rows(_SQL_FOLLOW_UPS, [lo, hi, hi, hi])[0]
    fig.follow_ups_done, fig.follow_ups_open = int(done or 0), int(still_open or 0)
    fig.goals = _goal_figures(period, lo, hi, None, details)
    if not details:
        return fig
    fig.event_list = _event_list(lo, hi)
    return fig


def average_enjoyment(period: P.Period, now: dt.datetime | None = None) -> float | None:
    """Mean rating of the items (events, conversations without an event) of a period."""
    lo, hi = _bounds(period, now)
    (e_sum, e_count), (c_sum, c_count) = (
        _rows(
            f"SELECT SUM(e.enjoyment), COUNT(e.enjoyment) FROM event e WHERE {_EVENT_RANGE}",
            [lo, hi],
        )[0],
        _rows(
            "SELECT SUM(c.enjoyment), COUNT(c.enjoyment) FROM conversation c "
            f"WHERE {_CONV_RANGE} AND c.event_id IS NULL",
            [lo, hi],
        )[0],
    )
    return _avg((e_sum or 0) + (c_sum or 0), int(e_count or 0) + int(c_count or 0))


def _trend(span: list[P.Period], lo: str, hi: str, from_temp: bool) -> list[TrendPoint]:
    """The trend's months; ``from_temp``: the filled temporary table covers [lo, hi)."""
    conversations = (
        "SELECT r.month, SUM(r.minutes), SUM(r.enjoyment), COUNT(r.enjoyment) "
        "FROM temp.refl_conv r WHERE r.event_id IS NULL GROUP BY 1"
        if from_temp
        else "SELECT substr(c.occurred_at, 1, 7), SUM(c.minutes), SUM(c.enjoyment), "
        f"COUNT(c.enjoyment) FROM conversation c WHERE {_CONV_RANGE} AND c.event_id IS NULL "
        "GROUP BY 1"
    )
    data: dict[str, list[float]] = {}
    for key, minutes, enj, rated in _rows(
        f"SELECT substr(e.starts_at, 1, 7), SUM({_EVENT_MINUTES}), "
        f"SUM(e.enjoyment), COUNT(e.enjoyment) FROM event e WHERE {_EVENT_RANGE} GROUP BY 1",
        [lo, hi],
    ) + _rows(conversations, [] if from_temp else [lo, hi]):
        acc = data.setdefault(key, [0, 0.0, 0])
        acc[0] += int(minutes or 0)
        acc[1] += float(enj or 0)
        acc[2] += int(rated or 0)
    points = []
    for month in span:
        minutes, total, rated = data.get(f"{month.start:%Y-%m}", [0, 0.0, 0])
        points.append(TrendPoint(month.start, int(minutes), _avg(total, int(rated))))
    return points


def _trend_span(
    last_day: dt.date, months: int, now: dt.datetime | None
) -> tuple[list[P.Period], str, str]:
    span = P.last_n("month", last_day, months)
    lo, hi = _bounds(P.Period(span[0].start, span[-1].end, "custom"), now)
    return span, lo, hi


def trend(last_day: dt.date, months: int = 12, now: dt.datetime | None = None) -> list[TrendPoint]:
    """Time and mean enjoyment per calendar month, the ``months`` up to ``last_day``'s month."""
    span, lo, hi = _trend_span(last_day, months, now)
    return _trend(span, lo, hi, from_temp=False)


# --- findings -------------------------------------------------------------------


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


def panel(
    period: P.Period,
    thresholds: Thresholds,
    now: dt.datetime | None = None,
    *,
    with_trend: bool = True,
    previous_details: bool = True,
) -> Panel:
    """Everything the reflection panel shows: the period, the one before, findings, trend.

    The window asks for less and fills the rest in when it is looked at: without
    ``with_trend`` the trend is empty (the charts tab asks :func:`trend` when it is
    shown); without ``previous_details`` the period before has no event list and
    its goals only time, items, outcomes and enjoyment — what the comparison shows.
    Every figure that is there is the same either way.
    """
    data = current_panel(period, thresholds, now, with_trend=with_trend)
    data.previous = previous_figures(period, now, details=previous_details)
    return data


def current_panel(
    period: P.Period,
    thresholds: Thresholds,
    now: dt.datetime | None = None,
    *,
    with_trend: bool = True,
) -> Panel:
    """The panel without the period before (``previous`` is None): about half the work.

    The window shows these figures first and fills in the "before" column with
    :func:`previous_figures` right after. The findings are the same as
    :func:`panel`'s: the only one that looks back (falling enjoyment) reads the
    earlier periods' mean enjoyment itself when their figures are not given.
    """
    lo, hi = _bounds(period, now)
    span, t_lo, t_hi = _trend_span(period.last_day, 12, now)
    points: list[TrendPoint] = []
    with _conversations_of(lo, hi):
        current = _compute_figures(period, lo, hi)
        if with_trend:
            # A year (or a longer range) holds its own trend: no second pass over it.
            points = _trend(span, t_lo, t_hi, from_temp=lo <= t_lo and t_hi <= hi)
    return Panel(
        current=current,
        previous=None,
        findings=findings(current, thresholds, now),
        trend=points,
    )


def previous_figures(
    period: P.Period, now: dt.datetime | None = None, *, details: bool = True
) -> Figures:
    """The figures of the period before ``period`` (the panel's "before" column)."""
    before = period.previous()
    p_lo, p_hi = _bounds(before, now)
    with _conversations_of(p_lo, p_hi):
        return _compute_figures(before, p_lo, p_hi, details)


def picker_period(choice: str, today: dt.date) -> P.Period:
    """The period of a picker choice (``this_month``, ``last_week`` …) as of ``today``."""
    for code, kind, back in PICKER_CHOICES:
        if code == choice:
            period = P.containing(kind, today)
            for _ in range(back):
                period = period.previous()
            return period
    raise P.PeriodError(f"unknown choice {choice!r}")


# --- snapshots and saved reflections --------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, P.Period):
        return {"kind": value.kind, "start": value.start.isoformat(), "end": value.end.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def figures_to_dict(figures: Figures) -> dict[str, Any]:
    """The figures as plain JSON data (the CLI's ``--json`` and the saved snapshot)."""
    data = _jsonable(figures)
    data["no_goal_share"] = round(figures.no_goal_share, 4)
    return data


def panel_to_dict(data: Panel) -> dict[str, Any]:
    return {
        "current": figures_to_dict(data.current),
        "previous": figures_to_dict(data.previous),
        "findings": _jsonable(data.findings),
        "trend": _jsonable(data.trend),
    }


class ReflectionError(ValueError):
    """A reflection that cannot be saved (unknown verdict, nothing written)."""


@dataclass(frozen=True)
class SavedReflection:
    reflection_id: int
    period: P.Period
    created_at: dt.datetime
    answers: dict[str, str]
    verdict: str
    figures: dict[str, Any]


def save_reflection(
    period: P.Period,
    answers: dict[str, str],
    verdict: str,
    figures: Figures,
    found: list[Finding] | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Save the answers, the verdict and a snapshot of the figures, in one transaction."""
    if verdict and verdict not in VERDICTS:
        raise ReflectionError(f"unknown verdict {verdict!r}")
    cleaned = {key: str(answers.get(key, "")).strip() for key in QUESTIONS}
    if not verdict and not any(cleaned.values()):
        raise ReflectionError("nothing to save")
    snapshot = figures_to_dict(figures)
    if found is not None:
        snapshot["findings"] = _jsonable(found)
    with database_proxy.atomic():
        row = m.Reflection.create(
            period_kind=period.kind,
            period_start=period.start,
            period_end=period.last_day,
            answers=json.dumps(cleaned, ensure_ascii=False),
            verdict=verdict,
            figures=json.dumps(snapshot, ensure_ascii=False),
            created_at=(now or dt.datetime.now()).replace(microsecond=0),
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
        start, last = _as_date(row.period_start), _as_date(row.period_end)
        kind = row.period_kind if row.period_kind in P.KINDS else "custom"
        result.append(
            SavedReflection(
                reflection_id=int(row.id),
                period=P.Period(start, max(last, start) + dt.timedelta(days=1), kind),
                created_at=_as_datetime(row.created_at),
                answers={k: str(v) for k, v in _loads(row.answers).items()},
                verdict=row.verdict,
                figures=_loads(row.figures),
            )
        )
    return result


def delete_reflection(reflection_id: int) -> None:
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


def next_reflection_date(interval: str, last: dt.date | None, today: dt.date) -> dt.date:
    """When the next reflection is due.

    Counted from the latest reflection, or from ``today`` when there is none yet:
    weekly, the first Monday after that day; monthly, the first day of the month
    after it. A date on or before ``today`` means a reflection is due now.
    """
    base = last if last is not None else today
    if interval == "weekly":
        return base + dt.timedelta(days=7 - base.weekday())
    return P.containing("month", base).end


def reflection_due(interval: str, today: dt.date) -> dt.date:
    """The next reflection date for the journal in use (latest saved reflection as base)."""
    return next_reflection_date(interval, last_reflection_date(), today)
