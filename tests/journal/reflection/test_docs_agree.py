"""docs/reflection.md, computed again from the archive's rows alone, agrees with the panel.

A second computation, written from the rules of ``docs/reflection.md`` and the
rows of the archive (``docs/archive-format.md``) – no code of the reflection
package – over a random journal of three years with the awkward cases (ISO week
53, midnight and Sunday 23:59, clock-change days, events whose conversations lie
in another period or after now, goals created late or with a start date, budgets
and targets of 0, paused and dropped goals), for every week, month, quarter and
year and some ranges, with "now" in the middle of the data. Where the two
disagree, the code or the docs are wrong.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import peewee as pw
import pytest

from kontaktbuch.exchange.archive import build_archive
from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m

NOW = dt.datetime(2026, 11, 26, 10, 30)
FIRST = dt.date(2024, 1, 1)
DAYS = 1100  # to early January 2027: some items lie after now
PER_YEAR = {"week": 365.25 / 7, "month": 12.0, "quarter": 4.0, "year": 1.0}
THRESHOLDS = R.Thresholds()


# --- a random journal ---------------------------------------------------------


def _moment(rng: random.Random) -> dt.datetime:
    day = FIRST + dt.timedelta(days=rng.randrange(DAYS))
    awkward = rng.random()
    if awkward < 0.05:
        return dt.datetime.combine(day, dt.time(0, 0))
    if awkward < 0.1:
        return dt.datetime.combine(day, dt.time(23, 59, 59))
    if awkward < 0.13:  # the night of a clock change
        return dt.datetime(2026, rng.choice((3, 10)), rng.choice((29, 25)), 2, 30)
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.choice((0, 15, 30))))


def _fill(rng: random.Random) -> None:
    nets = [m.Network.create(name=f"Netz {i}", kind="other") for i in range(5)]
    nets.append(m.Network.create(name="netz 0", kind="other"))  # same name, folded
    contacts = []
    for i in range(40):
        k = m.Contact.create(first_name=f"K{i}", created_at=_moment(rng))
        for net in rng.sample(nets, rng.choice((0, 0, 1, 1, 2, 3))):
            m.Membership.create(contact=k, network=net, since=rng.choice((None, FIRST)))
        contacts.append(k)
    goals = []
    for i in range(9):
        target_kind = rng.choice((None, "conversations", "new_contacts", "outcomes"))
        goals.append(
            m.Goal.create(
                title=rng.choice(("Älter", "Zeta", "alpha", "Beta")) + f" {i}",
                period=rng.choice(("week", "month", "quarter", "year")),
                budget_hours=rng.choice((None, 0.0, 1.5, 4.0, 20.0, 100.0)),
                target_kind=target_kind,
                target_value=rng.choice((0, 1, 3, 12)) if target_kind else None,
                target_outcome_kind=rng.choice((None, "insight", "trend"))
                if target_kind == "outcomes"
                else None,
                status=rng.choice(("active", "active", "active", "paused", "done", "dropped")),
                created_at=_moment(rng),
                starts_on=rng.choice((None, None, _moment(rng).date())),
            )
        )
    events = []
    for _ in range(60):
        e = m.Event.create(
            title="E",
            starts_at=_moment(rng),
            duration_minutes=rng.choice((0, 60, 90, 180)),
            travel_minutes=rng.choice((0, 0, 30)),
            network=rng.choice([*nets, None, None]),
            enjoyment=rng.choice((None, 1, 2, 3, 4, 5)),
        )
        for k in rng.sample(contacts, rng.randrange(0, 4)):
            m.EventAttendee.create(event=e, contact=k)
        for g in rng.sample(goals, rng.choice((0, 0, 1, 2))):
            m.GoalEvent.create(goal=g, event=e)
        events.append(e)
    for _ in range(500):
        event = rng.choice(events) if rng.random() < 0.25 else None
        when = _moment(rng)
        if event is not None and rng.random() < 0.7:
            when = event.starts_at + dt.timedelta(minutes=rng.randrange(0, 300))
        c = m.Conversation.create(
            occurred_at=when,
            event=event,
            channel=rng.choice(("in_person", "phone", "video", "email")),
            minutes=rng.choice((0, 10, 30, 45, 90)),
            enjoyment=rng.choice((None, 1, 2, 3, 4, 5)),
        )
        for k in rng.sample(contacts, rng.choice((0, 1, 1, 1, 2, 3))):
            m.ConversationContact.create(conversation=c, contact=k)
        for _ in range(rng.choice((0, 0, 1, 2))):
            m.Outcome.create(conversation=c, kind=rng.choice(("insight", "trend", "other")))
        for g in rng.sample(goals, rng.choice((0, 0, 1, 1, 2))):
            m.GoalConversation.create(goal=g, conversation=c)
    # Just before each "now" below: a long conversation in one network, nothing came of it
    # (so far) – what a running period must not yet call "brought no outcome".
    member = m.Contact.create(first_name="Mitglied", created_at=dt.datetime(2024, 1, 1))
    m.Membership.create(contact=member, network=nets[1])
    for moment in (NOW, dt.datetime(2026, 12, 2, 9, 0)):
        c = m.Conversation.create(occurred_at=moment - dt.timedelta(hours=1), minutes=600)
        m.ConversationContact.create(conversation=c, contact=member)
    for _ in range(80):
        created = _moment(rng)
        done = created + dt.timedelta(days=rng.randrange(0, 40)) if rng.random() < 0.6 else None
        m.FollowUp.create(text="f", created_at=created, done_at=done)


# --- the rules of docs/reflection.md, from the archive's rows ------------------


def _t(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


@dataclass(frozen=True)
class Span:
    kind: str
    start: dt.date
    end: dt.date  # exclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def _months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def _containing(kind: str, day: dt.date) -> Span:
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        return Span(kind, start, start + dt.timedelta(days=7))
    if kind == "month":
        return Span(kind, day.replace(day=1), _months(day.replace(day=1), 1))
    if kind == "quarter":
        start = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return Span(kind, start, _months(start, 3))
    return Span(kind, dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1))


def _before(span: Span) -> Span:
    if span.kind == "custom":
        return Span("custom", span.start - dt.timedelta(days=span.days), span.start)
    return _containing(span.kind, span.start - dt.timedelta(days=1))


class Docs:
    """The panel as docs/reflection.md defines it, over the archive's tables."""

    def __init__(self, tables: dict[str, list[dict[str, Any]]], now: dt.datetime) -> None:
        self.now = now
        self.t = tables
        self.members: dict[int, set[int]] = defaultdict(set)
        for row in tables["membership"]:
            self.members[row["contact_id"]].add(row["network_id"])
        self.talkers: dict[int, set[int]] = defaultdict(set)
        for row in tables["conversation_contact"]:
            self.talkers[row["conversation_id"]].add(row["contact_id"])
        self.attendees: dict[int, set[int]] = defaultdict(set)
        for row in tables["event_attendee"]:
            self.attendees[row["event_id"]].add(row["contact_id"])
        self.outcomes: dict[int, list[str]] = defaultdict(list)
        for row in tables["outcome"]:
            self.outcomes[row["conversation_id"]].append(row["kind"])
        self.goal_convs: dict[int, set[int]] = defaultdict(set)
        for row in tables["goal_conversation"]:
            self.goal_convs[row["goal_id"]].add(row["conversation_id"])
        self.goal_events: dict[int, set[int]] = defaultdict(set)
        for row in tables["goal_event"]:
            self.goal_events[row["goal_id"]].add(row["event_id"])
        self.events = {row["id"]: row for row in tables["event"]}
        self.networks = {row["id"]: row for row in tables["network"]}
        self.contacts = {row["id"]: row for row in tables["contact"]}

    # "Nothing after now counts"
    def cut(self, span: Span) -> tuple[dt.datetime, dt.datetime]:
        lo = dt.datetime.combine(span.start, dt.time())
        hi = dt.datetime.combine(span.end, dt.time())
        if self.now < hi:
            hi = max(self.now, lo)
        return lo, hi

    def counted_days(self, span: Span) -> int:
        if self.now >= dt.datetime.combine(span.end, dt.time()):
            return span.days
        if self.now < dt.datetime.combine(span.start, dt.time()):
            return 0
        return (self.now.date() - span.start).days + 1

    @staticmethod
    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    def figures(self, span: Span) -> dict[str, Any]:
        lo, hi = self.cut(span)

        def inside(text: str | None) -> bool:
            moment = _t(text)
            return moment is not None and lo <= moment < hi

        events = [e for e in self.t["event"] if inside(e["starts_at"])]
        convs = [c for c in self.t["conversation"] if inside(c["occurred_at"])]
        alone = [c for c in convs if c["event_id"] is None]
        minutes = {("e", e["id"]): e["duration_minutes"] + e["travel_minutes"] for e in events}
        minutes.update({("c", c["id"]): c["minutes"] for c in alone})
        total = sum(minutes.values())
        linked_c = set().union(*self.goal_convs.values()) if self.goal_convs else set()
        linked_e = set().union(*self.goal_events.values()) if self.goal_events else set()
        goal_minutes = sum(
            v for (k, i), v in minutes.items() if i in (linked_e if k == "e" else linked_c)
        )
        rated = [e["enjoyment"] for e in events if e["enjoyment"] is not None]
        rated += [c["enjoyment"] for c in alone if c["enjoyment"] is not None]
        # networks
        nets: dict[int | None, dict[str, Any]] = {}

        def net(nid: int | None) -> dict[str, Any]:
            return nets.setdefault(nid, {"minutes": 0, "items": 0, "outcomes": 0, "rates": []})

        for e in events:
            n = net(e["network_id"])
            n["minutes"] += minutes[("e", e["id"])]
            n["items"] += 1
            if e["enjoyment"] is not None:
                n["rates"].append(e["enjoyment"])
        for c in alone:
            ids = set().union(*(self.members[k] for k in self.talkers[c["id"]])) or {None}
            for nid in ids:
                n = net(nid)
                n["minutes"] += c["minutes"]
                n["items"] += 1
                n["outcomes"] += len(self.outcomes[c["id"]])
                if c["enjoyment"] is not None:
                    n["rates"].append(c["enjoyment"])
        for c in convs:
            if c["event_id"] is not None and self.outcomes[c["id"]]:
                net(self.events[c["event_id"]]["network_id"])["outcomes"] += len(
                    self.outcomes[c["id"]]
                )
        networks = []
        for nid, n in nets.items():
            networks.append(
                {
                    "network_id": nid,
                    "name": "" if nid is None else self.networks[nid]["name"],
                    "minutes": n["minutes"],
                    "share": n["minutes"] / total if total else 0.0,
                    "items": n["items"],
                    "outcomes": n["outcomes"],
                    "enjoyment": self.mean(n["rates"]),
                    "rated": len(n["rates"]),
                }
            )
        networks.sort(
            key=lambda n: (
                n["network_id"] is None,
                -n["minutes"],
                n["name"].casefold(),
                n["network_id"] or 0,
            )
        )
        channels: dict[str, list[int]] = {}
        if events:
            channels["event"] = [sum(minutes[("e", e["id"])] for e in events), len(events)]
        for c in alone:
            acc = channels.setdefault(c["channel"], [0, 0])
            acc[0] += c["minutes"]
            acc[1] += 1
        by_kind: dict[str, int] = defaultdict(int)
        for c in convs:
            for kind in self.outcomes[c["id"]]:
                by_kind[kind] += 1
        done = sum(1 for f in self.t["follow_up"] if inside(f["done_at"]))
        still_open = sum(
            1
            for f in self.t["follow_up"]
            if _t(f["created_at"]) < hi and (f["done_at"] is None or _t(f["done_at"]) >= hi)  # type: ignore[operator]
        )
        event_list = []
        for e in sorted(events, key=lambda e: (e["starts_at"], e["id"])):
            own = [
                c
                for c in self.t["conversation"]
                if c["event_id"] == e["id"] and _t(c["occurred_at"]) < self.now  # type: ignore[operator]
            ]
            event_list.append(
                {
                    "event_id": e["id"],
                    "starts_at": e["starts_at"][:16],
                    "minutes": minutes[("e", e["id"])],
                    "network": ""
                    if e["network_id"] is None
                    else self.networks[e["network_id"]]["name"],
                    "enjoyment": e["enjoyment"],
                    "conversations": len(own),
                    "conversation_enjoyment": self.mean(
                        [c["enjoyment"] for c in own if c["enjoyment"] is not None]
                    ),
                }
            )
        return {
            "total_minutes": total,
            "goal_minutes": goal_minutes,
            "no_goal_minutes": total - goal_minutes,
            "no_goal_share": (total - goal_minutes) / total if total else 0.0,
            "conversations": len(convs),
            "events": len(events),
            "outcomes": sum(by_kind.values()),
            "outcomes_by_kind": dict(by_kind),
            "new_contacts": sum(1 for k in self.contacts.values() if inside(k["created_at"])),
            "follow_ups_done": done,
            "follow_ups_open": still_open,
            "enjoyment": self.mean(rated),
            "networks": networks,
            "channels": sorted(
                ([k, v[0], v[1]] for k, v in channels.items()), key=lambda c: (-c[1], c[0])
            ),
            "event_list": event_list,
            "counted_days": self.counted_days(span),
            "goals": self.goals(span, events, convs, minutes, inside),
        }

    def goals(self, span, events, convs, minutes, inside) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
        counted = self.counted_days(span)
        event_ids = {e["id"] for e in events}
        conv_by_id = {c["id"]: c for c in convs}
        result = []
        for g in sorted(self.t["goal"], key=lambda g: (g["title"], g["id"])):
            my_events = [self.events[i] for i in self.goal_events[g["id"]] if i in event_ids]
            my_convs = [conv_by_id[i] for i in self.goal_convs[g["id"]] if i in conv_by_id]
            first = (
                dt.date.fromisoformat(g["starts_on"])
                if g["starts_on"]
                else _t(g["created_at"]).date()  # type: ignore[union-attr]
            )
            days = max(0, (span.start + dt.timedelta(days=counted) - max(span.start, first)).days)
            served = bool(my_events or my_convs)
            if not ((g["status"] == "active" and days > 0) or served):
                continue
            budget = g["budget_hours"] if g["budget_hours"] and g["budget_hours"] > 0 else None
            target = (
                g["target_value"]
                if g["target_kind"] and g["target_value"] and g["target_value"] > 0
                else None
            )
            per_year = PER_YEAR.get(span.kind, 365.25 / span.days)
            f = 1.0 if g["period"] == span.kind else PER_YEAR[g["period"]] / per_year
            outcomes = [k for c in my_convs for k in self.outcomes[c["id"]]]
            rates = [e["enjoyment"] for e in my_events if e["enjoyment"] is not None]
            rates += [
                c["enjoyment"]
                for c in my_convs
                if c["event_id"] is None and c["enjoyment"] is not None
            ]
            new = set()
            if g["target_kind"] == "new_contacts" and target:
                for c in my_convs:
                    new |= {
                        k for k in self.talkers[c["id"]] if inside(self.contacts[k]["created_at"])
                    }
                for e in my_events:
                    new |= {
                        k for k in self.attendees[e["id"]] if inside(self.contacts[k]["created_at"])
                    }
            kind = g["target_kind"] if target else None
            aimed = sum(1 for k in outcomes if k == g["target_outcome_kind"])
            progress = {
                "conversations": len(my_convs),
                "new_contacts": len(new),
                "outcomes": aimed if g["target_outcome_kind"] else len(outcomes),
            }.get(kind or "", 0)
            result.append(
                {
                    "goal_id": g["id"],
                    "status": g["status"],
                    "minutes": sum(minutes[("e", e["id"])] for e in my_events)
                    + sum(c["minutes"] for c in my_convs if c["event_id"] is None),
                    "conversations": len(my_convs),
                    "events": len(my_events),
                    "outcomes": len(outcomes),
                    "target_outcomes": aimed,
                    "new_contacts": len(new),
                    "progress": progress,
                    "target_kind": kind,
                    "enjoyment": self.mean(rates),
                    "days": days,
                    "starts_on": first.isoformat(),
                    "budget_minutes": budget * 60 * f * days / span.days
                    if budget and days
                    else None,
                    "target_value": target * f * days / span.days if target and days else None,
                }
            )
        return result

    def trend(self, span: Span) -> list[tuple[str, int, float | None]]:
        """The twelve months up to the one holding the period's last day."""
        month = _containing("month", span.end - dt.timedelta(days=1))
        months = [month]
        while len(months) < 12:
            months.insert(0, _before(months[0]))
        points = []
        for m_span in months:
            fig = self.figures(m_span)
            points.append((m_span.start.isoformat(), fig["total_minutes"], fig["enjoyment"]))
        return points

    def findings(self, span: Span, fig: dict[str, Any]) -> list[tuple[str, int | None]]:
        t = THRESHOLDS
        half = fig["counted_days"] * 2 >= span.days
        complete = fig["counted_days"] == span.days
        found: list[tuple[str, int | None]] = []
        best = []
        for n in fig["networks"]:
            if n["network_id"] is None or not fig["total_minutes"]:
                continue
            large = n["share"] >= t.network_share
            if large and n["enjoyment"] is not None and n["enjoyment"] <= t.low_enjoyment:
                found.append(("network_costly", n["network_id"]))
            if large and n["outcomes"] == 0 and half:
                found.append(("network_no_outcome", n["network_id"]))
            if not large and n["outcomes"] >= 2 and (n["enjoyment"] or 0) >= t.high_enjoyment:
                best.append(n)
        if best:
            top = min(
                best,
                key=lambda n: (
                    -n["enjoyment"],
                    -n["outcomes"],
                    n["name"].casefold(),
                    n["network_id"],
                ),
            )
            found.append(("network_worthwhile", top["network_id"]))
        for g in fig["goals"]:
            budget = g["budget_minutes"] or 0
            if budget > 0 and g["minutes"] > budget * t.budget_overrun:
                found.append(("goal_over_budget", g["goal_id"]))
            if g["status"] != "active":
                continue
            items = g["conversations"] + g["events"]
            if items == 0 and dt.date.fromisoformat(g["starts_on"]) <= span.start and half:
                found.append(("goal_idle", g["goal_id"]))
            if items and complete and budget > 0 and g["minutes"] < budget * t.budget_underuse:
                found.append(("goal_under_budget", g["goal_id"]))
        if fig["total_minutes"] and fig["no_goal_share"] >= t.no_goal_share:
            found.append(("no_goal_time", None))
        if span.kind != "custom":
            means, p = [], span
            for _ in range(t.falling_periods):
                means.append(self.figures(p)["enjoyment"] if p != span else fig["enjoyment"])
                p = _before(p)
            if None not in means and all(a < b for a, b in itertools.pairwise(means)):
                found.append(("enjoyment_falling", None))
        order = [
            "network_costly", "goal_over_budget", "goal_under_budget", "no_goal_time",
            "enjoyment_falling", "network_no_outcome", "goal_idle", "network_worthwhile",
        ]  # fmt: skip
        return sorted(found, key=lambda f: order.index(f[0]))


# --- comparison ---------------------------------------------------------------


def _same(a: Any, b: Any, where: str) -> None:
    if isinstance(a, float) or isinstance(b, float):
        assert a is not None and b is not None, f"{where}: {a!r} != {b!r}"
        assert math.isclose(a, b, abs_tol=1e-4), f"{where}: {a!r} != {b!r}"
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def _compare(code: dict[str, Any], docs: dict[str, Any], where: str) -> None:
    for key in (
        "total_minutes", "goal_minutes", "no_goal_minutes", "no_goal_share", "conversations",
        "events", "outcomes", "outcomes_by_kind", "new_contacts", "follow_ups_done",
        "follow_ups_open", "enjoyment", "counted_days",
    ):  # fmt: skip
        _same(code[key], docs[key], f"{where} {key}")
    assert [n["network_id"] for n in code["networks"]] == [
        n["network_id"] for n in docs["networks"]
    ], where
    for cn, dn in zip(code["networks"], docs["networks"], strict=True):
        for key in dn:
            _same(cn[key], dn[key], f"{where} network {dn['network_id']} {key}")
    assert [[c["channel"], c["minutes"], c["items"]] for c in code["channels"]] == docs["channels"]
    assert [e["event_id"] for e in code["event_list"]] == [
        e["event_id"] for e in docs["event_list"]
    ]
    for ce, de in zip(code["event_list"], docs["event_list"], strict=True):
        for key in de:
            _same(ce[key], de[key], f"{where} event {de['event_id']} {key}")
    assert [g["goal_id"] for g in code["goals"]] == [g["goal_id"] for g in docs["goals"]], where
    for cg, dg in zip(code["goals"], docs["goals"], strict=True):
        for key in dg:
            _same(cg[key], dg[key], f"{where} goal {dg['goal_id']} {key}")


def _spans() -> list[Span]:
    spans: list[Span] = []
    for kind in ("week", "month", "quarter", "year"):
        span = _containing(kind, FIRST + dt.timedelta(days=40))
        while span.start < dt.date(2027, 1, 10):
            spans.append(span)
            span = _containing(kind, span.end)
    rng = random.Random(7)
    for _ in range(12):
        start = FIRST + dt.timedelta(days=rng.randrange(60, DAYS - 10))
        spans.append(Span("custom", start, start + dt.timedelta(days=rng.randrange(1, 120))))
    return spans


@pytest.mark.parametrize(
    ("seed", "now"),
    # late in a week and a month; early in both (findings about something missing wait)
    [(1, NOW), (2, dt.datetime(2026, 12, 2, 9, 0)), (3, dt.datetime(2026, 12, 31, 23, 59, 59))],
)
def test_the_docs_computed_again_agree_with_the_panel(
    db: pw.SqliteDatabase, seed: int, now: dt.datetime
) -> None:
    rng = random.Random(seed)
    _fill(rng)
    docs = Docs(build_archive()["tables"], now)
    checked = 0
    for span in _spans():
        period = P.Period(span.start, span.end, span.kind)
        data = R.panel_to_dict(R.panel(period, THRESHOLDS, now))
        where = f"{span.kind} {span.start}"
        expected = docs.figures(span)
        _compare(data["current"], expected, where)
        _compare(data["previous"], docs.figures(_before(span)), where + " (before)")
        found = [(f["kind"], f["subject_id"]) for f in data["findings"]]
        assert found == docs.findings(span, expected), where
        trend = docs.trend(span)
        assert [p["month"] for p in data["trend"]] == [p[0] for p in trend], where
        for point, (month, minutes, enjoyment) in zip(data["trend"], trend, strict=True):
            _same(point["minutes"], minutes, f"{where} trend {month}")
            _same(point["enjoyment"], enjoyment, f"{where} trend {month}")
        checked += 1
    assert checked > 200  # and as many periods before them
