"""The stored figures give exactly what counting item by item gives, on random journals.

Each example writes a small random journal through the models (so the triggers
of the stored figures' migration keep them), then edits and deletes at random —
moved conversations and events, changed memberships and links, deleted
contacts, networks, goals and events, statements that change many rows at once
— and compares, for random periods and random *now*s, every figure the panel
shows with the plain-Python reference of ``reference.py``. The times cluster
around midnight, month and year ends and the two clock-change days, and events
run past midnight with conversations on the next day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from typing import Any

import peewee as pw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.journal.reflection.goal_counts import new_contacts
from kontaktbuch.journal.reflection.scope import bounds, stamp
from kontaktbuch.journal.reflection.stored import buckets, cover
from kontaktbuch.store import daily_figures
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy
from tests.journal.reflection import reference

SETTINGS = settings(
    max_examples=int(os.environ.get("KONTAKTBUCH_HYPOTHESIS_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Year and month ends, the clock changes of 2026 (29 March, 25 October) and plain days.
DAYS = [dt.date(2025, 12, 31), dt.date(2026, 1, 1), dt.date(2026, 2, 28), dt.date(2026, 3, 1),
        dt.date(2026, 3, 29), dt.date(2026, 3, 30), dt.date(2026, 10, 25), dt.date(2026, 12, 31),
        dt.date(2027, 1, 1)]  # fmt: skip
TIMES = [dt.time(0, 0), dt.time(0, 0, 1), dt.time(2, 30), dt.time(9, 15), dt.time(23, 59, 59)]
CHANNELS = ["in_person", "phone", "video"]
KINDS = ["insight", "opportunity", "recommendation_received"]

moments = st.builds(dt.datetime.combine, st.sampled_from(DAYS), st.sampled_from(TIMES))
ratings = st.one_of(st.none(), st.integers(1, 5))


def _clear() -> None:
    for model in reversed(m.ALL_MODELS):
        model.delete().execute()


def _pick(draw: st.DrawFn, rows: list[Any]) -> Any:
    return draw(st.sampled_from(rows)) if rows else None


def _write_journal(draw: st.DrawFn) -> None:
    networks = [m.Network.create(name=n) for n in ("Alumni", "Beirat", "Club")]
    contacts = [m.Contact.create(first_name=f"K{i}", created_at=draw(moments)) for i in range(5)]
    for contact in contacts:
        for network in draw(st.lists(st.sampled_from(networks), max_size=2, unique=True)):
            m.Membership.create(contact=contact, network=network)
    goals = [
        m.Goal.create(title="Kunden", period="week", budget_hours=2, target_kind="conversations",
                      target_value=3),
        m.Goal.create(title="Neue", target_kind="new_contacts", target_value=2),
        m.Goal.create(title="Tipps", target_kind="outcomes", target_value=1,
                      target_outcome_kind="insight",
                      status=draw(st.sampled_from(["active", "paused"]))),
    ]  # fmt: skip
    events = []
    for _ in range(draw(st.integers(0, 4))):
        event = m.Event.create(
            title="Abend",
            starts_at=draw(moments),
            duration_minutes=draw(
                st.sampled_from([0, 60, 180])
            ),  # 180 from 23:00 runs past midnight
            travel_minutes=draw(st.sampled_from([0, 30])),
            network=_pick(draw, [None, *networks]),
            enjoyment=draw(ratings),
        )
        events.append(event)
        for contact in draw(st.lists(st.sampled_from(contacts), max_size=3, unique=True)):
            m.EventAttendee.create(event=event, contact=contact)
        for goal in draw(st.lists(st.sampled_from(goals), max_size=2, unique=True)):
            m.GoalEvent.create(goal=goal, event=event)
    for _ in range(draw(st.integers(0, 8))):
        conv = m.Conversation.create(
            occurred_at=draw(moments),
            event=_pick(draw, [None, None, *events]),
            channel=draw(st.sampled_from(CHANNELS)),
            minutes=draw(st.sampled_from([0, 15, 45])),
            enjoyment=draw(ratings),
        )
        for contact in draw(st.lists(st.sampled_from(contacts), max_size=3, unique=True)):
            m.ConversationContact.create(conversation=conv, contact=contact)
        for kind in draw(st.lists(st.sampled_from(KINDS), max_size=2)):
            m.Outcome.create(conversation=conv, kind=kind)
        for goal in draw(st.lists(st.sampled_from(goals), max_size=2, unique=True)):
            m.GoalConversation.create(goal=goal, conversation=conv)
    for _ in range(draw(st.integers(0, 3))):
        m.FollowUp.create(text="x", created_at=draw(moments),
                          done_at=draw(st.one_of(st.none(), moments)))  # fmt: skip


def _toggle(draw: st.DrawFn, model: type[m.BaseModel], **fields: Any) -> None:
    if any(v is None for v in fields.values()):
        return
    query = model.select().where(*[getattr(model, k) == v for k, v in fields.items()])
    if query.exists():
        model.delete().where(*[getattr(model, k) == v for k, v in fields.items()]).execute()
    else:
        model.create(**fields)


def _edit(draw: st.DrawFn) -> None:
    """One random change, as the window, an undo, a merge or a bulk statement makes it."""
    conv = _pick(draw, list(m.Conversation.select()))
    event = _pick(draw, list(m.Event.select()))
    contact = _pick(draw, list(m.Contact.select()))
    network = _pick(draw, list(m.Network.select()))
    goal = _pick(draw, list(m.Goal.select()))
    what = draw(st.sampled_from([
        "conversation", "event", "delete_conversation", "delete_event", "delete_contact",
        "delete_network", "delete_goal", "membership", "participant", "attendee",
        "goal_conversation", "goal_event", "outcome", "created", "reassign", "bulk_delete",
    ]))  # fmt: skip
    if what == "conversation" and conv:
        conv.occurred_at = draw(st.one_of(st.just(conv.occurred_at), moments))
        conv.event = _pick(draw, [None, *m.Event.select()])
        conv.minutes = draw(st.sampled_from([0, 20]))
        conv.enjoyment = draw(ratings)
        conv.channel = draw(st.sampled_from(CHANNELS))
        conv.save()
    elif what == "event" and event:
        event.starts_at = draw(st.one_of(st.just(event.starts_at), moments))
        event.network = _pick(draw, [None, *m.Network.select()])
        event.duration_minutes = draw(st.sampled_from([0, 90]))
        event.enjoyment = draw(ratings)
        event.save()
    elif what.startswith("delete_"):
        row = {"delete_conversation": conv, "delete_event": event, "delete_contact": contact,
               "delete_network": network, "delete_goal": goal}[what]  # fmt: skip
        if row is not None:
            row.delete_instance()
    elif what == "membership":
        _toggle(draw, m.Membership, contact=contact, network=network)
    elif what == "participant":
        _toggle(draw, m.ConversationContact, conversation=conv, contact=contact)
    elif what == "attendee":
        _toggle(draw, m.EventAttendee, event=event, contact=contact)
    elif what == "goal_conversation":
        _toggle(draw, m.GoalConversation, goal=goal, conversation=conv)
    elif what == "goal_event":
        _toggle(draw, m.GoalEvent, goal=goal, event=event)
    elif what == "outcome" and conv:
        outcome = _pick(draw, list(m.Outcome.select()))
        change = draw(st.sampled_from(["add", "kind", "move", "delete"]))
        if change == "add" or outcome is None:
            m.Outcome.create(conversation=conv, kind=draw(st.sampled_from(KINDS)))
        elif change == "delete":
            outcome.delete_instance()
        else:
            outcome.kind = draw(st.sampled_from(KINDS)) if change == "kind" else outcome.kind
            outcome.conversation = conv if change == "move" else outcome.conversation
            outcome.save()
    elif what == "created" and contact:
        contact.created_at = draw(moments)
        contact.save()
    elif what == "reassign" and contact:  # what merging two contacts does to the links
        other = _pick(draw, list(m.Contact.select()))
        taken = m.ConversationContact.select(m.ConversationContact.conversation).where(
            m.ConversationContact.contact == other
        )
        m.ConversationContact.update(contact=other).where(
            (m.ConversationContact.contact == contact)
            & m.ConversationContact.conversation.not_in(taken)
        ).execute()
    elif what == "bulk_delete":
        m.Conversation.delete().where(m.Conversation.occurred_at < draw(moments)).execute()


def _periods(draw: st.DrawFn) -> list[tuple[P.Period, dt.datetime | None]]:
    out = []
    for _ in range(3):
        day = draw(st.sampled_from(DAYS))
        kinds = ["week", "month", "quarter", "year", "custom", "long", "rolling_year"]
        kind = draw(st.sampled_from(kinds))
        if kind == "custom":
            period = P.custom(day, day + dt.timedelta(days=draw(st.integers(0, 40))))
        elif kind == "rolling_year":  # a year less a few days, summed as such (see cover)
            period = P.custom(day - dt.timedelta(days=364), day)
        elif kind == "long":
            period = P.custom(dt.date(2025, 1, 1), dt.date(2027, 12, 31))  # whole years inside
        else:
            period = P.containing(kind, day)
        now = draw(st.one_of(st.none(), moments))
        out.append((period, now))
    return out


def _check_figures(j: reference.Journal, period: P.Period, now: dt.datetime | None) -> None:
    lo, hi = bounds(period, now)
    want = reference.figures(j, lo, hi, None if now is None else stamp(now))
    fig = R.compute_figures(period, now)
    assert (fig.total_minutes, fig.goal_minutes, fig.conversations, fig.events) == (
        want.total_minutes, want.goal_minutes, want.conversations, want.events
    )  # fmt: skip
    assert fig.no_goal_minutes == want.total_minutes - want.goal_minutes
    assert fig.enjoyment == reference._mean(want.ratings)
    channels = sorted(
        ((k, v[0], v[1]) for k, v in want.channels.items()), key=lambda c: (-c[1], c[0])
    )
    assert [(c.channel, c.minutes, c.items) for c in fig.channels] == channels
    networks = {
        nid: (n.minutes, n.items, n.outcomes, reference._mean(n.ratings), len(n.ratings))
        for nid, n in want.networks.items()
    }
    assert {n.network_id: (n.minutes, n.items, n.outcomes, n.enjoyment, n.rated)
            for n in fig.networks} == networks  # fmt: skip
    assert fig.networks == sorted(
        fig.networks, key=lambda n: (n.network_id is None, -n.minutes, n.name.casefold())
    )
    assert list(fig.outcomes_by_kind.items()) == sorted(want.outcomes_by_kind.items())
    assert fig.outcomes == sum(want.outcomes_by_kind.values())
    assert (fig.new_contacts, fig.follow_ups_done, fig.follow_ups_open) == (
        want.new_contacts, want.follow_ups_done, want.follow_ups_open
    )  # fmt: skip
    assert [
        (e.event_id, e.starts_at, e.minutes, e.network, e.enjoyment, e.conversations,
         e.conversation_enjoyment) for e in fig.event_list
    ] == want.event_list  # fmt: skip
    # the window reads the list apart, when its table is scrolled to, into as many
    # rows as the figures count events
    assert R.event_list(period, now) == fig.event_list
    assert len(fig.event_list) == fig.events
    assert R.compute_figures(period, now, events=False) == dataclasses.replace(fig, event_list=[])
    listed = {g.goal_id for g in fig.goals}
    assert set(want.goals) <= listed  # every goal something served is shown
    for g in fig.goals:
        count = want.goals.get(g.goal_id, reference.GoalCount())
        assert (g.minutes, g.conversations, g.events, g.outcomes, g.enjoyment) == (
            count.minutes, count.conversations, count.events, count.outcomes,
            reference._mean(count.ratings),
        )  # fmt: skip
        assert list(g.outcomes_by_kind.items()) == sorted(count.outcomes_by_kind.items())
        if g.target_kind == "new_contacts":
            assert g.new_contacts == len(count.new_contacts)
    served = {gid: len(c.new_contacts) for gid, c in want.goals.items() if c.new_contacts}
    assert new_contacts(lo, hi, [g.id for g in m.Goal.select()]) == served
    # The comparison's lighter figures are the same figures.
    light = R.compute_figures(period, now, details=False)
    assert (light.total_minutes, light.goal_minutes, light.outcomes_by_kind) == (
        fig.total_minutes, fig.goal_minutes, fig.outcomes_by_kind
    )  # fmt: skip
    assert [(n.network_id, n.minutes, n.outcomes) for n in light.networks] == [
        (n.network_id, n.minutes, n.outcomes) for n in fig.networks
    ]
    assert [(g.goal_id, g.minutes, g.outcomes) for g in light.goals] == [
        (g.goal_id, g.minutes, g.outcomes) for g in fig.goals
    ]
    assert R.average_enjoyment(period, now) == fig.enjoyment


def _check_trend(j: reference.Journal, last_day: dt.date, now: dt.datetime | None) -> None:
    months = P.last_n("month", last_day, 3)
    ranges = []
    for month in months:
        lo, hi = bounds(month, now)
        ranges.append((month.code(), lo, hi))
    points = R.trend(last_day, 3, now)
    assert [(p.minutes, p.enjoyment) for p in points] == reference.month_trend(j, ranges)


@SETTINGS
@given(data=st.data())
def test_stored_figures_equal_counting_item_by_item(db: pw.SqliteDatabase, data: Any) -> None:
    draw = data.draw
    _clear()
    _write_journal(draw)
    for _ in range(draw(st.integers(0, 8))):
        _edit(draw)
    journal = reference.Journal.read()
    for period, now in _periods(draw):
        _check_figures(journal, period, now)
    _check_trend(journal, draw(st.sampled_from(DAYS)), draw(st.one_of(st.none(), moments)))
    # The triggers left exactly what a fill from scratch gives.
    assert daily_figures.repair(db) == []


def test_nothing_stored_once_everything_is_deleted(db: pw.SqliteDatabase) -> None:
    """Deleting every item leaves no stored row behind (no zero rows in months or years)."""
    contact = m.Contact.create(first_name="Anna")
    network = m.Network.create(name="Alumni")
    m.Membership.create(contact=contact, network=network)
    goal = m.Goal.create(title="Ziel")
    event = m.Event.create(title="Abend", starts_at=dt.datetime(2026, 3, 28, 23), network=network)
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 3, 29, 0, 30), event=event)
    m.Outcome.create(conversation=conv, kind="insight")
    m.GoalConversation.create(goal=goal, conversation=conv)
    lone = m.Conversation.create(occurred_at=dt.datetime(2026, 3, 29, 2, 30), minutes=10)
    m.ConversationContact.create(conversation=lone, contact=contact)
    m.GoalEvent.create(goal=goal, event=event)
    m.EventAttendee.create(event=event, contact=contact)
    counts = {t: m.Contact._meta.database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in daily_figures.ALL_TABLES}  # fmt: skip
    assert all(counts.values()), counts
    with database_proxy.atomic():
        for model in (m.Conversation, m.Event, m.Contact, m.Goal, m.Network):
            model.delete().execute()
    for table in daily_figures.ALL_TABLES:
        assert db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_buckets_are_the_fewest_that_cover_the_days() -> None:
    assert buckets(dt.date(2016, 11, 26), dt.date(2026, 11, 26))[:7] == [
        "2016-11-26", "2016-11-27", "2016-11-28", "2016-11-29", "2016-11-30", "2016-12", "2017",
    ]  # fmt: skip
    ten_years = buckets(dt.date(2016, 11, 26), dt.date(2026, 11, 26))
    assert len(ten_years) == 5 + 1 + 9 + 10 + 25  # days, a month, years, months, days
    assert ten_years[-36:-34] == ["2025", "2026-01"]
    assert buckets(dt.date(2026, 1, 1), dt.date(2027, 1, 1)) == ["2026"]
    assert buckets(dt.date(2026, 1, 1), dt.date(2027, 1, 1), years=False)[0] == "2026-01"
    assert buckets(dt.date(2026, 2, 27), dt.date(2026, 3, 2)) == [
        "2026-02-27", "2026-02-28", "2026-03-01",
    ]  # fmt: skip
    assert buckets(dt.date(2026, 3, 1), dt.date(2026, 3, 1)) == []


def test_most_of_a_year_is_the_year_less_the_rest() -> None:
    days = [f"2026-11-{d}" for d in range(26, 31)]
    assert cover(dt.date(2025, 11, 27), dt.date(2026, 11, 26)) == (
        ("2025-11-27", "2025-11-28", "2025-11-29", "2025-11-30", "2025-12", "2026"),
        (*days, "2026-12"),
    )
    assert cover(dt.date(2026, 1, 1), dt.date(2027, 1, 1)) == (("2026",), ())
    assert cover(dt.date(2026, 2, 27), dt.date(2026, 3, 2)) == (
        tuple(buckets(dt.date(2026, 2, 27), dt.date(2026, 3, 2))),
        (),
    )
    # sums by month never subtract
    assert cover(dt.date(2026, 1, 1), dt.date(2026, 11, 30), years=False)[1] == ()
