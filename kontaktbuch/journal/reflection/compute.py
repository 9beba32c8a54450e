"""Computing a period's figures: time, items, networks, channels, outcomes, events.

One function, :func:`compute_figures`, computes every figure the panel and
``kontaktbuch stats`` show, so the window and the command line can never
disagree. The counting rules are those of ``docs/reflection.md``:

* An event's time is its duration plus travel time
  (:mod:`kontaktbuch.journal.event_time`). A conversation that belongs to an
  event adds no time of its own; a conversation without an event counts its
  minutes. Events and conversations without an event are the *items*.
* An item counts fully towards every goal it is linked to (goal totals may
  overlap; :mod:`.per_goal`); the overall total counts each item once; time of
  items linked to no goal is "time without a goal".
* An event counts towards its organising network; a conversation without an
  event towards every network one of its contacts belongs to (once per network).
* Periods are calendar periods in local time (:mod:`kontaktbuch.journal.periods`).

Everything is aggregated in SQL (``GROUP BY``) over the temporary table of
:mod:`.scope`; Python only combines a handful of grouped rows, so a year of
100,000 conversations stays fast.

This module is the computation's front door: the panel reads figures only
through :func:`compute_figures` and :func:`figures_with_trend`, and what they
return is defined in :mod:`.figures`. A different way of computing them (stored
daily figures) replaces this module with :mod:`.per_goal`, :mod:`.scope` and the
month queries of :mod:`.history` behind it, and leaves the rest of the package.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.figures import (
    EVENT_CHANNEL,
    ChannelFigures,
    EventFigures,
    Figures,
    GoalFigures,
    NetworkFigures,
)
from kontaktbuch.journal.reflection.history import TrendPoint, trend_points, trend_span
from kontaktbuch.journal.reflection.per_goal import goal_figures_from_temp
from kontaktbuch.journal.reflection.scaling import counted_days, judged, scale_goals
from kontaktbuch.journal.reflection.scope import (
    EVENT_MINUTES,
    EVENT_RANGE,
    bounds,
    conversations_of,
    fetch,
    mean,
    stamp,
)
from kontaktbuch.store import models as m

_SQL_EVENTS_BY_NETWORK = f"""
SELECT e.network_id, COUNT(*), SUM({EVENT_MINUTES}),
       SUM(e.enjoyment), COUNT(e.enjoyment),
       SUM(EXISTS (SELECT 1 FROM goal_event ge WHERE ge.event_id = e.id)
           * {EVENT_MINUTES})
  FROM event e WHERE {EVENT_RANGE} GROUP BY e.network_id
"""

_SQL_CONVERSATIONS_BY_CHANNEL = """
SELECT r.channel, COUNT(*), SUM(r.minutes), SUM(r.enjoyment), COUNT(r.enjoyment),
       SUM(r.with_goal * r.minutes), SUM(r.outcomes)
  FROM temp.refl_conv r WHERE r.event_id IS NULL GROUP BY r.channel
"""

_SQL_CONVERSATION_COUNT = "SELECT COUNT(*) FROM temp.refl_conv"

# Outcomes by kind; those of conversations at an event also by the event's network.
_SQL_OUTCOMES = """
SELECT o.kind, r.event_id IS NOT NULL, e.network_id, COUNT(*)
  FROM temp.refl_conv r CROSS JOIN outcome o ON o.conversation_id = r.id
  LEFT JOIN event e ON e.id = r.event_id
 WHERE r.outcomes > 0 GROUP BY 1, 2, 3
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

# "First met through X": a contact new in the period, introduced by a member of a
# network, counts as a recommendation in that network (once per network).
_SQL_INTRODUCED = """
SELECT ms.network_id, COUNT(DISTINCT r.contact_id)
  FROM relationship r
  JOIN contact k ON k.id = r.contact_id
  JOIN membership ms ON ms.contact_id = r.other_id
 WHERE r.kind = 'introduced_by' AND k.created_at >= ? AND k.created_at < ?
 GROUP BY ms.network_id
"""

_SQL_NEW_CONTACTS = "SELECT COUNT(*) FROM contact k WHERE k.created_at >= ? AND k.created_at < ?"

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
SELECT e.id, e.title, e.starts_at, {EVENT_MINUTES}, e.enjoyment,
       COALESCE(n.name, ''),
       (SELECT COUNT(*) FROM conversation c WHERE c.event_id = e.id{{cut}}),
       t.convs, t.enj, t.rated
  FROM event e LEFT JOIN network n ON n.id = e.network_id
  LEFT JOIN (
      SELECT r.event_id AS event_id, COUNT(*) AS convs, SUM(r.enjoyment) AS enj,
             COUNT(r.enjoyment) AS rated
        FROM temp.refl_conv r WHERE r.event_id IS NOT NULL GROUP BY r.event_id
  ) t ON t.event_id = e.id
 WHERE {EVENT_RANGE} ORDER BY e.starts_at, e.id
"""
_SQL_EVENT_CONVERSATIONS = """
SELECT c.event_id, SUM(c.enjoyment), COUNT(c.enjoyment)
  FROM conversation c WHERE c.event_id IN ({ids}){cut} GROUP BY c.event_id
"""


def _event_list(lo: str, hi: str, cut: str | None) -> list[EventFigures]:
    """The period's events with the count and mean rating of their conversations.

    An event's conversations count whatever their date, but none after ``cut``
    (now): the same cut-off as every other figure. Without ``cut`` (no
    conversation lies after now) the count comes from the event index alone.
    """
    where, params = ("", []) if cut is None else (" AND c.occurred_at < ?", [cut])
    rows = fetch(_SQL_EVENT_LIST.format(cut=where), [*params, lo, hi])
    ratings = {int(row[0]): (row[8], row[9]) for row in rows}
    partly = [int(row[0]) for row in rows if int(row[6]) != int(row[7] or 0)]
    for start in range(0, len(partly), 500):
        ids = ",".join(str(i) for i in partly[start : start + 500])
        sql = _SQL_EVENT_CONVERSATIONS.format(ids=ids, cut=where)
        for eid, enj, rated in fetch(sql, params):
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
                conversation_enjoyment=mean(total, int(rated or 0)),
            )
        )
    return result


def compute_figures(
    period: P.Period, now: dt.datetime | None = None, *, details: bool = True
) -> Figures:
    """Every figure of the panel for ``period``; items after ``now`` do not count yet.

    Without ``details`` the event list is empty and the goals carry only time,
    items, outcomes and enjoyment (not the outcomes by kind, new contacts and
    target progress): what the comparison with the period before needs.
    """
    lo, hi = bounds(period, now)
    with conversations_of(lo, hi):
        figures = _figures_from_temp(period, lo, hi, details, _cut(now))
    return judged(figures, now)


def goal_figures(
    period: P.Period, now: dt.datetime | None = None, goal_ids: list[int] | None = None
) -> list[GoalFigures]:
    """Time, budget, target progress and outcomes per goal (the goals view uses this too)."""
    lo, hi = bounds(period, now)
    with conversations_of(lo, hi):
        goals = goal_figures_from_temp(period, lo, hi, goal_ids)
    scale_goals(goals, period, counted_days(period, now))
    return goals


def figures_with_trend(
    period: P.Period, now: dt.datetime | None = None, *, months: int = 12
) -> tuple[Figures, list[TrendPoint]]:
    """The figures of ``period`` and the trend of the ``months`` up to its last month.

    Both read the period's conversations once where they overlap: a year (or a
    longer range) holds its own trend, so there is no second pass over it.
    """
    lo, hi = bounds(period, now)
    span, t_lo, t_hi = trend_span(period.last_day, months, now)
    with conversations_of(lo, hi):
        figures = _figures_from_temp(period, lo, hi, True, _cut(now))
        points = trend_points(span, t_lo, t_hi, from_temp=lo <= t_lo and t_hi <= hi)
    return judged(figures, now), points


def _cut(now: dt.datetime | None) -> str | None:
    """Nothing after ``now`` counts: the bound of the event list's conversations, or
    None when no conversation lies after now (the usual case: then it costs nothing)."""
    if now is None:
        return None
    cut = stamp(now)
    later = fetch("SELECT EXISTS (SELECT 1 FROM conversation WHERE occurred_at >= ?)", [cut])
    return cut if later[0][0] else None


def _figures_from_temp(
    period: P.Period, lo: str, hi: str, details: bool, cut: str | None = None
) -> Figures:
    """The figures from the filled temporary table; ``details``: see :func:`compute_figures`."""
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

    def add(nf: NetworkFigures, count: float, minutes: Any, enj: Any, rated: Any) -> None:
        nf.minutes += int(minutes or 0)
        nf.items += int(count)
        acc = net_enjoyment.setdefault(nf.network_id, [0.0, 0])
        acc[0] += float(enj or 0)
        acc[1] += int(rated or 0)

    channel_rows: list[ChannelFigures] = []
    event_minutes, event_count = 0, 0
    for network_id, count, minutes, enj, rated, with_goal in fetch(
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
    for channel, count, minutes, enj, rated, with_goal, outcomes in fetch(
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
    fig.enjoyment = mean(enjoyment_sum, enjoyment_count)
    fig.conversations = int(fetch(_SQL_CONVERSATION_COUNT, [])[0][0])

    with_network = [0, 0, 0.0, 0, 0]
    for network_id, count, minutes, enj, rated, outcomes in fetch(_SQL_CONVERSATION_NETWORKS, []):
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
    for kind, at_event, network_id, count in fetch(_SQL_OUTCOMES, []):
        fig.outcomes_by_kind[kind] = fig.outcomes_by_kind.get(kind, 0) + int(count)
        if at_event:
            net(network_id).outcomes += int(count)
    fig.outcomes = sum(fig.outcomes_by_kind.values())
    for network_id, count in fetch(_SQL_INTRODUCED, [lo, hi]):
        net(int(network_id)).outcomes += int(count)
        net(int(network_id)).introductions += int(count)
    for nf in networks.values():
        total, rated_count = net_enjoyment.get(nf.network_id, (0.0, 0))
        nf.enjoyment = mean(total, int(rated_count))
        nf.rated = int(rated_count)
        nf.share = nf.minutes / fig.total_minutes if fig.total_minutes else 0.0
    fig.networks = sorted(
        networks.values(),
        key=lambda n: (n.network_id is None, -n.minutes, n.name.casefold(), n.network_id or 0),
    )
    fig.new_contacts = int(fetch(_SQL_NEW_CONTACTS, [lo, hi])[0][0])
    done, still_open = fetch(_SQL_FOLLOW_UPS, [lo, hi, hi, hi])[0]
    fig.follow_ups_done, fig.follow_ups_open = int(done or 0), int(still_open or 0)
    fig.goals = goal_figures_from_temp(period, lo, hi, None, details)
    if not details:
        return fig
    fig.event_list = _event_list(lo, hi, cut)
    return fig
