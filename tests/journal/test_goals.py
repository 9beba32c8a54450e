"""Goals: validation, status changes, links, undoable deletion, history per period."""

from __future__ import annotations

import dataclasses
import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import goals as G
from kontaktbuch.journal import periods as P
from kontaktbuch.store import models as m

T = dt.datetime


def test_create_validates_and_normalises(db: pw.SqliteDatabase) -> None:
    with pytest.raises(G.GoalError) as err:
        G.create_goal(G.GoalInput(title="   "))
    assert err.value.field == "title"
    with pytest.raises(G.GoalError) as err:
        G.create_goal(G.GoalInput(title="x", target_kind="conversations", target_value=0))
    assert err.value.field == "target_value"
    with pytest.raises(G.GoalError):
        G.create_goal(G.GoalInput(title="x", budget_hours=-1))
    with pytest.raises(G.GoalError):
        G.create_goal(G.GoalInput(title="x", period="decade"))
    assert m.Goal.select().count() == 0  # bad input changes nothing

    goal_id = G.create_goal(
        G.GoalInput(
            title="  Neue Kunden ",
            why="Umsatz",
            kind="clients",
            period="quarter",
            budget_hours=0,
            target_kind="conversations",
            target_value=5,
            target_outcome_kind="opportunity",  # only meaningful for outcome targets
        )
    )
    info = G.get_goal(goal_id)
    assert info.title == "Neue Kunden" and info.status == "active"
    assert info.budget_hours is None and info.target_outcome_kind is None
    assert info.target_kind == "conversations" and info.target_value == 5

    G.update_goal(goal_id, G.GoalInput(title="Kunden", kind="clients", budget_hours=3.5))
    info = G.get_goal(goal_id)
    assert info.title == "Kunden" and info.budget_hours == 3.5 and info.target_kind is None


def test_status_changes_and_order(db: pw.SqliteDatabase) -> None:
    a = G.create_goal(G.GoalInput(title="B goal"))
    b = G.create_goal(G.GoalInput(title="A goal"))
    c = G.create_goal(G.GoalInput(title="C goal"))
    assert G.pause_goal(a) == "active"
    assert G.complete_goal(c) == "active"
    assert [g.title for g in G.list_goals()] == ["A goal", "B goal", "C goal"]
    assert [g.status for g in G.list_goals()] == ["active", "paused", "done"]
    assert G.active_goal_choices() == [(b, "A goal")]
    G.drop_goal(b)
    G.resume_goal(a)
    assert G.active_goal_choices() == [(a, "B goal")]
    with pytest.raises(G.GoalError):
        G.set_status(a, "forgotten")
    with pytest.raises(G.GoalNotFoundError):
        G.set_status(999, "done")


def test_links_and_undoable_delete(db: pw.SqliteDatabase) -> None:
    g1 = G.create_goal(G.GoalInput(title="Eins"))
    g2 = G.create_goal(G.GoalInput(title="Zwei"))
    k = m.Conversation.create(occurred_at=T(2026, 11, 2, 10), minutes=30)
    e = m.Event.create(title="Abend", starts_at=T(2026, 11, 3, 19), duration_minutes=60)
    G.link_conversation(g1, k.id)
    G.link_conversation(g1, k.id)  # twice is once
    G.set_conversation_goals(k.id, [g1, g2])
    assert sorted(G.conversation_goals(k.id)) == [g1, g2]
    G.set_conversation_goals(k.id, [g2])
    assert G.conversation_goals(k.id) == [g2]
    G.unlink_conversation(g2, k.id)
    assert G.conversation_goals(k.id) == []
    G.set_event_goals(e.id, [g1])
    G.link_conversation(g1, k.id)
    snapshot = G.delete_goal(g1)
    assert m.Goal.select().count() == 1 and m.GoalEvent.select().count() == 0
    G.restore_goal(snapshot)
    assert G.get_goal(g1).title == "Eins"
    assert G.event_goals(e.id) == [g1] and G.conversation_goals(k.id) == [g1]
    G.unlink_event(g1, e.id)
    assert G.event_goals(e.id) == []


def test_history_and_served_items(db: pw.SqliteDatabase) -> None:
    goal_id = G.create_goal(
        G.GoalInput(
            title="Austausch",
            period="month",
            budget_hours=1.0,
            target_kind="conversations",
            target_value=2,
        ),
        now=T(2026, 1, 1),
    )
    anna = m.Contact.create(first_name="Anna", last_name="Roth")
    e = m.Event.create(
        title="Stammtisch", starts_at=T(2026, 10, 7, 19), duration_minutes=90, travel_minutes=30
    )
    inside = m.Conversation.create(occurred_at=T(2026, 10, 7, 20), minutes=15, event=e)
    m.ConversationContact.create(conversation=inside, contact=anna)
    m.Outcome.create(conversation=inside, kind="insight")
    alone = m.Conversation.create(occurred_at=T(2026, 11, 20, 9), minutes=45, enjoyment=4)
    future = m.Conversation.create(occurred_at=T(2026, 11, 28, 9), minutes=60)
    for item in (inside, alone, future):
        G.link_conversation(goal_id, item.id)
    G.link_event(goal_id, e.id)

    history = G.goal_history(goal_id, dt.date(2026, 11, 26), count=3)
    assert [h.period.code() for h in history] == ["2026-11", "2026-10", "2026-09"]
    nov, october, september = (h.figures for h in history)
    assert (nov.minutes, nov.conversations, nov.progress) == (45, 1, 1)  # not the 28th yet
    assert (october.minutes, october.events, october.conversations) == (120, 1, 1)
    assert october.outcomes == 1 and october.budget_minutes == 60
    assert september.minutes == 0

    items = G.served_items(goal_id, P.parse("2026-10"))
    assert [(i.kind, i.title, i.minutes, i.outcomes) for i in items] == [
        ("conversation", "Anna Roth", 0, 1),
        ("event", "Stammtisch", 120, 0),
    ]


def test_a_goal_counts_from_its_first_day(db: pw.SqliteDatabase) -> None:
    """Its creation day, or the start date the user sets (earlier or later)."""
    goal_id = G.create_goal(G.GoalInput(title="Jung", budget_hours=31.0), now=T(2026, 12, 31, 18))
    assert G.get_goal(goal_id).starts_on == dt.date(2026, 12, 31)
    (dec,) = G.goal_history(goal_id, dt.date(2026, 12, 31), count=1)
    assert dec.figures.days == 1 and dec.figures.budget_minutes == pytest.approx(60.0)
    info = G.get_goal(goal_id)
    G.update_goal(goal_id, dataclasses.replace(info.as_input(), starts_on=dt.date(2026, 12, 1)))
    assert G.get_goal(goal_id).starts_on == dt.date(2026, 12, 1)
    G.update_goal(goal_id, G.GoalInput(title=" Jung  bleiben ", kind="knowledge", period="year"))
    kept = G.get_goal(goal_id)  # no start date given: the goal keeps its own
    assert (kept.title, kept.kind, kept.period, kept.budget_hours, kept.starts_on) == (
        "Jung bleiben",
        "knowledge",
        "year",
        None,
        dt.date(2026, 12, 1),
    )
    G.update_goal(goal_id, dataclasses.replace(info.as_input(), starts_on=dt.date(2026, 12, 1)))
    (dec,) = G.goal_history(goal_id, dt.date(2027, 1, 2), count=2)[1:]
    assert dec.figures.days == 31 and dec.figures.budget_minutes == pytest.approx(31 * 60.0)
    with pytest.raises(G.GoalError) as err:
        G.create_goal(G.GoalInput(title="x", starts_on="gestern"))  # type: ignore[arg-type]
    assert err.value.field == "starts_on"
