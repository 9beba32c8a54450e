"""Each goal's figures (per_goal.py): overlapping totals, budget, targets, new contacts."""

from __future__ import annotations

import pytest

from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m
from tests.journal.reflection.conftest import W53, T


def test_goals_overlap_and_events_carry_the_time(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53)
    g1, g2 = fig.goal(journal["g1"]), fig.goal(journal["g2"])
    assert g1 is not None and g2 is not None
    assert (g1.minutes, g1.events, g1.conversations) == (180, 1, 1)
    assert (g2.minutes, g2.events, g2.conversations) == (30, 0, 2)
    assert g1.minutes + g2.minutes == 210 > fig.goal_minutes
    assert g1.budget_minutes == 120 and g1.target_value == 3 and g1.progress == 1
    assert (g2.outcomes, g2.target_outcomes) == (2, 1)  # K1 recommendation, K2 insight
    assert g2.outcomes_by_kind == {"recommendation_received": 1, "insight": 1}
    assert g2.progress == 1  # only the chosen outcome kind counts towards the target
    assert g1.new_contacts == 0  # counted only for goals whose target is new contacts
    assert g1.enjoyment == pytest.approx(3.0)  # E1 2 and K2 4
    g3 = fig.goal(journal["g3"])
    assert g3 is not None and g3.minutes == 0 and g3.items == 0
    assert fig.goal(journal["g4"]) is None  # paused and idle: not shown


def test_new_contacts_towards_a_goal(journal: dict[str, int]) -> None:
    m.Goal.update(target_kind="new_contacts", target_value=2).where(
        m.Goal.id == journal["g1"]
    ).execute()
    g1 = R.compute_figures(W53).goal(journal["g1"])
    assert g1 is not None and g1.new_contacts == 1 and g1.progress == 1  # Anna, added 29 Dec
    b = m.Contact.get(m.Contact.first_name == "Ben")
    m.Contact.update(created_at=T(2026, 12, 28, 8)).where(m.Contact.id == b.id).execute()
    m.EventAttendee.create(event=journal["e1"], contact=b)  # also via the goal's event
    g1 = R.compute_figures(W53).goal(journal["g1"])
    assert g1 is not None and g1.new_contacts == 2
