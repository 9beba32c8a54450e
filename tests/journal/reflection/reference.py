"""The reflection's figures counted item by item in plain Python: the test's reference.

``docs/reflection.md`` read literally, one item at a time, from every row of the
journal; no SQL beyond reading the tables. The stored figures (summed per day,
month and year by the journal) must give exactly these numbers for any journal,
any period and any *now*: ``test_stored.py`` compares both on random journals.
The budget and target scaling is not counting, so it is left to ``per_goal``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kontaktbuch.store.models import database_proxy


def _rows(sql: str) -> list[dict[str, Any]]:
    cursor = database_proxy.execute_sql(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass
class Journal:
    """Every row the figures depend on, as the database holds it (times as stored text)."""

    events: dict[int, dict[str, Any]]
    conversations: dict[int, dict[str, Any]]
    contacts: dict[int, dict[str, Any]]
    networks: dict[int, dict[str, Any]]
    goals: dict[int, dict[str, Any]]
    follow_ups: list[dict[str, Any]]
    members: dict[int, set[int]]  # contact -> networks
    talked: dict[int, set[int]]  # conversation -> contacts
    attended: dict[int, set[int]]  # event -> contacts
    outcomes: dict[int, list[str]]  # conversation -> kinds
    goals_of_conversation: dict[int, set[int]]
    goals_of_event: dict[int, set[int]]

    @classmethod
    def read(cls) -> Journal:
        def by_id(table: str) -> dict[int, dict[str, Any]]:
            return {r["id"]: r for r in _rows(f'SELECT * FROM "{table}"')}

        def links(table: str, key: str, value: str) -> dict[int, set[int]]:
            out: dict[int, set[int]] = defaultdict(set)
            for r in _rows(f'SELECT {key}, {value} FROM "{table}"'):
                out[r[key]].add(r[value])
            return out

        outcomes: dict[int, list[str]] = defaultdict(list)
        for r in _rows("SELECT conversation_id, kind FROM outcome"):
            outcomes[r["conversation_id"]].append(r["kind"])
        return cls(
            events=by_id("event"),
            conversations=by_id("conversation"),
            contacts=by_id("contact"),
            networks=by_id("network"),
            goals=by_id("goal"),
            follow_ups=_rows("SELECT * FROM follow_up"),
            members=links("membership", "contact_id", "network_id"),
            talked=links("conversation_contact", "conversation_id", "contact_id"),
            attended=links("event_attendee", "event_id", "contact_id"),
            outcomes=outcomes,
            goals_of_conversation=links("goal_conversation", "conversation_id", "goal_id"),
            goals_of_event=links("goal_event", "event_id", "goal_id"),
        )


@dataclass
class GoalCount:
    minutes: int = 0
    conversations: int = 0
    events: int = 0
    ratings: list[int] = field(default_factory=list)
    outcomes: int = 0
    outcomes_by_kind: dict[str, int] = field(default_factory=dict)
    new_contacts: set[int] = field(default_factory=set)


@dataclass
class NetworkCount:
    minutes: int = 0
    items: int = 0
    outcomes: int = 0
    ratings: list[int] = field(default_factory=list)


@dataclass
class Reference:
    """The figures of one range of stored times [lo, hi)."""

    total_minutes: int = 0
    goal_minutes: int = 0
    conversations: int = 0
    events: int = 0
    ratings: list[int] = field(default_factory=list)
    channels: dict[str, list[int]] = field(default_factory=dict)  # channel -> [minutes, items]
    networks: dict[int | None, NetworkCount] = field(default_factory=dict)
    outcomes_by_kind: dict[str, int] = field(default_factory=dict)
    new_contacts: int = 0
    follow_ups_done: int = 0
    follow_ups_open: int = 0
    goals: dict[int, GoalCount] = field(default_factory=dict)
    #: (event id, starts_at[:16], minutes, network name, enjoyment, conversations, mean)
    event_list: list[tuple[Any, ...]] = field(default_factory=list)


def _minutes(event: dict[str, Any]) -> int:
    return int(event["duration_minutes"]) + int(event["travel_minutes"])


def figures(j: Journal, lo: str, hi: str, now: str | None = None) -> Reference:
    """Every counted figure of [lo, hi), item by item; nothing at or after ``now`` counts."""
    ref = Reference()
    events = [e for e in j.events.values() if lo <= e["starts_at"] < hi]
    convs = [c for c in j.conversations.values() if lo <= c["occurred_at"] < hi]
    ref.events, ref.conversations = len(events), len(convs)

    def network(nid: int | None) -> NetworkCount:
        return ref.networks.setdefault(nid, NetworkCount())

    def goal(gid: int) -> GoalCount:
        return ref.goals.setdefault(gid, GoalCount())

    for e in events:
        minutes, rating = _minutes(e), e["enjoyment"]
        ref.total_minutes += minutes
        if j.goals_of_event.get(e["id"]):
            ref.goal_minutes += minutes
        channel = ref.channels.setdefault("event", [0, 0])
        channel[0] += minutes
        channel[1] += 1
        n = network(e["network_id"])
        n.minutes += minutes
        n.items += 1
        if rating is not None:
            ref.ratings.append(rating)
            n.ratings.append(rating)
        for gid in j.goals_of_event.get(e["id"], ()):
            g = goal(gid)
            g.minutes += minutes
            g.events += 1
            if rating is not None:
                g.ratings.append(rating)
    for c in convs:
        kinds = j.outcomes.get(c["id"], [])
        for kind in kinds:
            ref.outcomes_by_kind[kind] = ref.outcomes_by_kind.get(kind, 0) + 1
        alone = c["event_id"] is None
        if alone:
            minutes, rating = int(c["minutes"]), c["enjoyment"]
            ref.total_minutes += minutes
            if j.goals_of_conversation.get(c["id"]):
                ref.goal_minutes += minutes
            channel = ref.channels.setdefault(c["channel"], [0, 0])
            channel[0] += minutes
            channel[1] += 1
            if rating is not None:
                ref.ratings.append(rating)
            nets = {n for k in j.talked.get(c["id"], ()) for n in j.members.get(k, ())}
            for nid in nets or {None}:
                n = network(nid)
                n.minutes += minutes
                n.items += 1
                n.outcomes += len(kinds)
                if rating is not None:
                    n.ratings.append(rating)
        elif kinds:
            event = j.events.get(c["event_id"])
            network(event["network_id"] if event else None).outcomes += len(kinds)
        for gid in j.goals_of_conversation.get(c["id"], ()):
            g = goal(gid)
            g.conversations += 1
            g.outcomes += len(kinds)
            for kind in kinds:
                g.outcomes_by_kind[kind] = g.outcomes_by_kind.get(kind, 0) + 1
            if alone:
                g.minutes += int(c["minutes"])
                if c["enjoyment"] is not None:
                    g.ratings.append(c["enjoyment"])
    new = {k for k, row in j.contacts.items() if lo <= row["created_at"] < hi}
    ref.new_contacts = len(new)
    for c in convs:
        for gid in j.goals_of_conversation.get(c["id"], ()):
            goal(gid).new_contacts |= new & j.talked.get(c["id"], set())
    for e in events:
        for gid in j.goals_of_event.get(e["id"], ()):
            goal(gid).new_contacts |= new & j.attended.get(e["id"], set())
    for f in j.follow_ups:
        done = f["done_at"]
        if done is not None and lo <= done < hi:
            ref.follow_ups_done += 1
        if f["created_at"] < hi and (done is None or done >= hi):
            ref.follow_ups_open += 1
    for e in sorted(events, key=lambda e: (e["starts_at"], e["id"])):
        held = [
            c
            for c in j.conversations.values()
            if c["event_id"] == e["id"] and (now is None or c["occurred_at"] < now)
        ]
        rated = [c["enjoyment"] for c in held if c["enjoyment"] is not None]
        name = j.networks[e["network_id"]]["name"] if e["network_id"] in j.networks else ""
        ref.event_list.append(
            (
                e["id"],
                e["starts_at"][:16],
                _minutes(e),
                name,
                e["enjoyment"],
                len(held),
                _mean(rated),
            )
        )
    return ref


def month_trend(j: Journal, months: list[tuple[str, str, str]]) -> list[tuple[int, float | None]]:
    """(minutes, mean rating) of the items of each (label, lo, hi) month range."""
    out = []
    for _label, lo, hi in months:
        ref = figures(j, lo, hi)
        out.append((ref.total_minutes, _mean(ref.ratings)))
    return out
