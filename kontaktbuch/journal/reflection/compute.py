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

The journal keeps these figures per day, month and year, in step with every
write (:mod:`kontaktbuch.store.daily_figures`); a period's figures
are the sums of the stored buckets that cover it (:mod:`.stored`), so ten years
cost about what a few months do. What is not summed from them is counted from
the items with indexed queries: new contacts, follow-ups and the event list.
Python only combines a handful of grouped rows.

This module is the computation's front door: the panel reads figures only
through :func:`compute_figures` (the event list also through :func:`event_list`),
and what they return is defined in :mod:`.figures`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection import figures as F
from kontaktbuch.journal.reflection.per_goal import goal_figures_in
from kontaktbuch.journal.reflection.scaling import counted_days, judged, scale_goals
from kontaktbuch.journal.reflection.scope import (
    EVENT_MINUTES,
    EVENT_RANGE,
    bounds,
    fetch,
    mean,
    stamp,
)
from kontaktbuch.journal.reflection.stored import sums

_SQL_NETWORKS = "SELECT id, name, kind FROM network"

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

# Done in the period; still open: created before its end and not done by then, that
# is not done at all or done after the end. Three short ranges of the index on
# (done_at, created_at) of the stored figures' migration, instead of every follow-up
# created before.
_SQL_FOLLOW_UPS = """
SELECT (SELECT COUNT(*) FROM follow_up f WHERE f.done_at >= ? AND f.done_at < ?),
       (SELECT COUNT(*) FROM follow_up f WHERE f.done_at IS NULL AND f.created_at < ?)
       + (SELECT COUNT(*) FROM follow_up f WHERE f.done_at >= ? AND f.created_at < ?)
"""

# Every conversation of each event, also one logged outside the period, but none
# after now: count and ratings from the index on (event_id, enjoyment, occurred_at)
# of the stored figures' migration alone, never the conversations' rows. Grouped in
# the order of the index on starts_at: one pass, no sorting, one look-up per event.
_SQL_EVENT_LIST = f"""
SELECT e.id, e.title, e.starts_at, {EVENT_MINUTES}, e.enjoyment, COALESCE(n.name, ''),
       COUNT(c.event_id), SUM(c.enjoyment), COUNT(c.enjoyment)
  FROM event e LEFT JOIN network n ON n.id = e.network_id
  LEFT JOIN conversation c ON c.event_id = e.id{{cut}}
 WHERE {EVENT_RANGE} GROUP BY e.starts_at, e.id ORDER BY e.starts_at, e.id
"""


def _event_list(lo: str, hi: str, cut: str | None) -> list[F.EventFigures]:
    """The period's events with the count and mean rating of their conversations.

    An event's conversations count whatever their date, but none after ``cut``
    (now): the same cut-off as every other figure (None: no conversation lies
    after now, and the condition is left out).
    """
    where, params = ("", []) if cut is None else (" AND c.occurred_at < ?", [cut])
    sql = _SQL_EVENT_LIST.format(cut=where)
    return [
        F.EventFigures(
            event_id=int(eid),
            title=title,
            starts_at=str(starts)[:16],
            minutes=int(minutes or 0),
            network=network,
            enjoyment=None if enj is None else int(enj),
            conversations=int(convs),
            conversation_enjoyment=mean(total, int(rated or 0)),
        )
        for eid, title, starts, minutes, enj, network, convs, total, rated in fetch(
            sql, [*params, lo, hi]
        )
    ]


def compute_figures(
    period: P.Period, now: dt.datetime | None = None, *, details: bool = True, events: bool = True
) -> F.Figures:
    """Every figure of the panel for ``period``; items after ``now`` do not count yet.

    Without ``details`` the event list is empty and the goals carry only time,
    items, outcomes and enjoyment (not the outcomes by kind, new contacts and
    target progress): what the comparison with the period before needs. Without
    ``events`` only the event list is left out (``Figures.events`` still counts
    them): the window reads it with :func:`event_list` when its table is looked at.
    """
    lo, hi = bounds(period, now)
    fig = _figures(period, lo, hi, details)
    if details and events:
        fig.event_list = _event_list(lo, hi, _cut(now))
    return judged(fig, now)


def event_list(period: P.Period, now: dt.datetime | None = None) -> list[F.EventFigures]:
    """The period's events, as :func:`compute_figures` lists them (one per ``Figures.events``)."""
    lo, hi = bounds(period, now)
    return _event_list(lo, hi, _cut(now))


def goal_figures(
    period: P.Period, now: dt.datetime | None = None, goal_ids: list[int] | None = None
) -> list[F.GoalFigures]:
    """Time, budget, target progress and outcomes per goal (the goals view uses this too)."""
    lo, hi = bounds(period, now)
    goals = goal_figures_in(period, lo, hi, goal_ids)
    scale_goals(goals, period, counted_days(period, now))
    return goals


def _cut(now: dt.datetime | None) -> str | None:
    """Nothing after ``now`` counts: the bound of the event list's conversations, or
    None when no conversation lies after now (the usual case: then it costs nothing)."""
    if now is None:
        return None
    cut = stamp(now)
    later = fetch("SELECT EXISTS (SELECT 1 FROM conversation WHERE occurred_at >= ?)", [cut])
    return cut if later[0][0] else None


def _figures(period: P.Period, lo: str, hi: str, details: bool) -> F.Figures:
    """The figures of the stored times [lo, hi) but the event list; ``details``: see
    :func:`compute_figures`."""
    fig = F.Figures(period=period)
    names = {int(i): (name, kind) for i, name, kind in fetch(_SQL_NETWORKS, [])}
    networks: dict[int | None, F.NetworkFigures] = {}

    def net(network_id: int | None) -> F.NetworkFigures:
        if network_id not in networks:
            name, kind = names.get(network_id, ("", "")) if network_id is not None else ("", "")
            networks[network_id] = F.NetworkFigures(network_id=network_id, name=name, kind=kind)
        return networks[network_id]

    enjoyment_sum, enjoyment_count = 0.0, 0
    net_enjoyment: dict[int | None, list[float]] = {}

    def add(nf: F.NetworkFigures, count: float, minutes: Any, enj: Any, rated: Any) -> None:
        nf.minutes += int(minutes or 0)
        nf.items += int(count)
        acc = net_enjoyment.setdefault(nf.network_id, [0.0, 0])
        acc[0] += float(enj or 0)
        acc[1] += int(rated or 0)

    channel_rows: list[F.ChannelFigures] = []
    event_minutes, event_count = 0, 0
    for network_id, count, minutes, enj, rated, with_goal in sums("refl_event", lo, hi):
        add(net(int(network_id) or None), count, minutes, enj, rated)
        event_minutes += int(minutes)
        event_count += int(count)
        fig.goal_minutes += int(with_goal)
        enjoyment_sum += float(enj)
        enjoyment_count += int(rated)
    fig.events = event_count
    if event_count:
        channel_rows.append(F.ChannelFigures(F.EVENT_CHANNEL, event_minutes, event_count))

    conversation_minutes = 0
    for at_event, channel, count, minutes, enj, rated, with_goal, _outcomes in sums(
        "refl_conversation", lo, hi
    ):
        fig.conversations += int(count)
        if at_event:  # adds no time, no rating of its own
            continue
        channel_rows.append(F.ChannelFigures(channel, int(minutes), int(count)))
        conversation_minutes += int(minutes)
        fig.goal_minutes += int(with_goal)
        enjoyment_sum += float(enj)
        enjoyment_count += int(rated)
    fig.channels = sorted(channel_rows, key=lambda c: (-c.minutes, c.channel))
    fig.total_minutes = event_minutes + conversation_minutes
    fig.no_goal_minutes = fig.total_minutes - fig.goal_minutes
    fig.enjoyment = mean(enjoyment_sum, enjoyment_count)

    for network_id, count, minutes, enj, rated, outcomes, event_outcomes in sums(
        "refl_network", lo, hi
    ):
        nf = net(int(network_id) or None)
        if count:
            add(nf, count, minutes, enj, rated)
        nf.outcomes += int(outcomes) + int(event_outcomes)
    for kind, count in sums("refl_outcome", lo, hi):
        fig.outcomes_by_kind[kind] = int(count)
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
    done, still_open = fetch(_SQL_FOLLOW_UPS, [lo, hi, hi, hi, hi])[0]
    fig.follow_ups_done, fig.follow_ups_open = int(done or 0), int(still_open or 0)
    fig.goals = goal_figures_in(period, lo, hi, None, details)
    return fig
