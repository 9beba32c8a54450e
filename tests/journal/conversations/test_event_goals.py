"""Time put under a goal reaches the goal: an event serves the goals of its conversations.

The scenario of issue 14: 45 minutes logged at a new event with the goal "Neue
Kunden" ticked, plus 30 minutes without an event with the same goal. Before,
the goal showed 30 minutes and "time without a goal" 45.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal import goals as G
from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection import compute_figures
from kontaktbuch.store import models as m
from tests.journal.conversations.helpers import WHEN
from tests.journal.conversations.helpers import conversation_input as _input

NOW = WHEN + dt.timedelta(days=1)
MONTH = P.containing("month", WHEN.date())


def _goal_minutes(goal_id: int) -> int:
    figures = compute_figures(MONTH, NOW)
    return next(g.minutes for g in figures.goals if g.goal_id == goal_id)


def test_a_goal_ticked_at_a_new_event_gets_the_events_time(db: pw.SqliteDatabase) -> None:
    goal = m.Goal.create(title="Neue Kunden")
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    result = cv.save_capture(
        [_input(contact_ids=[anna.id], minutes=45, goal_ids=[goal.id])],
        new_event=cv.NewEvent("Stammtisch Gründerinnen", WHEN),
    )
    cv.create_conversation(
        _input(contact_ids=[anna.id], minutes=30, goal_ids=[goal.id], channel="phone")
    )
    assert G.event_goals(result.event_id or 0) == [goal.id]
    figures = compute_figures(MONTH, NOW)
    assert figures.total_minutes == 75
    assert _goal_minutes(goal.id) == 75
    assert figures.goal_minutes == 75 and figures.no_goal_minutes == 0


def test_each_goal_of_any_conversation_counts_the_event_fully(db: pw.SqliteDatabase) -> None:
    """Two conversations serving two goals: the evening counts fully to each goal
    (an item counts fully to every goal it serves), and once in the total."""
    clients = m.Goal.create(title="Neue Kunden")
    knowledge = m.Goal.create(title="Wissen")
    event = m.Event.create(title="Barcamp", starts_at=WHEN, duration_minutes=120)
    cv.save_capture(
        [
            _input(new_contact_names=["Kemal Yıldız"], minutes=20, goal_ids=[clients.id]),
            _input(new_contact_names=["Franziska Roth"], minutes=25, goal_ids=[knowledge.id]),
            _input(new_contact_names=["Jörg Lang"], minutes=5),
        ],
        event_id=event.id,
    )
    assert sorted(G.event_goals(event.id)) == sorted([clients.id, knowledge.id])
    assert _goal_minutes(clients.id) == 120 and _goal_minutes(knowledge.id) == 120
    figures = compute_figures(MONTH, NOW)
    assert figures.total_minutes == 120 and figures.no_goal_minutes == 0


def test_editing_or_linking_a_conversation_links_its_event(db: pw.SqliteDatabase) -> None:
    goal = m.Goal.create(title="Sichtbarkeit")
    other = m.Goal.create(title="Motivation")
    event = m.Event.create(title="Meetup", starts_at=WHEN, duration_minutes=60)
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    conv_id = cv.create_conversation(_input(contact_ids=[anna.id], event_id=event.id))
    assert G.event_goals(event.id) == []
    # ticked when editing the conversation
    row = cv.get_conversation(conv_id)
    assert row is not None
    data = cv.input_from_row(row)
    data.goal_ids = [goal.id]
    cv.update_conversation(conv_id, data)
    assert G.event_goals(event.id) == [goal.id]
    # linked from the goals view
    G.link_conversation(other.id, conv_id)
    assert sorted(G.event_goals(event.id)) == sorted([goal.id, other.id])
    # Unticking on the conversation leaves the event's own link: the event form
    # is where an event's goals change (the user may have linked it there).
    G.set_conversation_goals(conv_id, [])
    assert sorted(G.event_goals(event.id)) == sorted([goal.id, other.id])
    G.set_event_goals(event.id, [goal.id])
    assert G.event_goals(event.id) == [goal.id]


def test_a_new_events_network_duration_and_travel(db: pw.SqliteDatabase) -> None:
    founders = m.Network.create(name="Gründerinnen-Netzwerk München")
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    # The network by its id; the duration defaults to the conversations' sum.
    first = cv.save_capture(
        [_input(contact_ids=[anna.id], minutes=20), _input(contact_ids=[anna.id], minutes=25)],
        new_event=cv.NewEvent("Stammtisch", WHEN, network_id=founders.id, travel_minutes=40),
    )
    event = m.Event.get_by_id(first.event_id)
    assert (event.network_id, event.duration_minutes, event.travel_minutes) == (
        founders.id,
        45,
        40,
    )
    # A typed name: the network of that name (folded), else a new one.
    second = cv.save_capture(
        [_input(contact_ids=[anna.id], minutes=20)],
        new_event=cv.NewEvent(
            "Stammtisch 2",
            WHEN,
            network_name="gruenderinnen-netzwerk  MÜNCHEN",
            duration_minutes=150,
        ),
    )
    event = m.Event.get_by_id(second.event_id)
    assert (event.network_id, event.duration_minutes) == (founders.id, 150)
    third = cv.save_capture(
        [_input(contact_ids=[anna.id])],
        new_event=cv.NewEvent("Lauftreff", WHEN, network_name="Lauftreff Isar"),
    )
    created = m.Event.get_by_id(third.event_id).network
    assert created is not None and created.name == "Lauftreff Isar"
    # Its time counts to its network in the reflection.
    figures = compute_figures(MONTH, NOW)
    by_name = {n.name: n.minutes for n in figures.networks}
    assert by_name["Gründerinnen-Netzwerk München"] == 45 + 40 + 150


@pytest.mark.parametrize(
    ("changes", "field_name"),
    [({"duration_minutes": -5}, "event_duration"), ({"travel_minutes": 10**6}, "event_travel")],
)
def test_a_bad_event_time_saves_nothing(
    db: pw.SqliteDatabase, changes: dict[str, int], field_name: str
) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    new_event = cv.NewEvent("Stammtisch", WHEN, network_name="Neu", **changes)
    with pytest.raises(cv.ValidationError) as caught:
        cv.save_capture([_input(contact_ids=[anna.id])], new_event=new_event)
    assert caught.value.field == field_name
    assert m.Event.select().count() == 0 and m.Network.select().count() == 0
    assert m.Conversation.select().count() == 0
