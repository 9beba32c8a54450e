"""The period's figures (compute.py) against the hand-worked journal of conftest.py."""

from __future__ import annotations

import peewee as pw
import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m
from tests.journal.reflection.conftest import W53, T


def test_time_is_counted_once_and_without_goal(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53)
    assert fig.total_minutes == 255
    assert fig.goal_minutes == 180
    assert fig.no_goal_minutes == 75
    assert fig.conversations == 3  # K1, K2, K3 (K1 counts, but adds no time)
    assert fig.events == 2


def test_networks_events_and_conversations_without_event(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53)
    n1, n2, none = fig.network(journal["n1"]), fig.network(journal["n2"]), fig.network(None)
    assert n1 is not None and n2 is not None and none is not None
    assert (n1.minutes, n1.items, n1.outcomes) == (180, 2, 2)
    assert n1.share == pytest.approx(180 / 255)
    assert n1.enjoyment == pytest.approx(3.0)
    assert (n2.minutes, n2.items, n2.outcomes, n2.enjoyment) == (30, 1, 1, 4.0)
    assert (none.minutes, none.items, none.outcomes, none.enjoyment) == (75, 2, 0, 3.0)
    assert [n.network_id for n in fig.networks] == [journal["n1"], journal["n2"], None]


def test_channels_outcomes_contacts_follow_ups_enjoyment(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53)
    assert [(c.channel, c.minutes, c.items) for c in fig.channels] == [
        ("event", 210, 2),
        ("phone", 30, 1),
        ("video", 15, 1),
    ]
    assert sum(c.minutes for c in fig.channels) == fig.total_minutes
    assert fig.outcomes_by_kind == {"recommendation_received": 1, "insight": 1}
    assert fig.outcomes == 2
    assert fig.new_contacts == 1
    assert (fig.follow_ups_done, fig.follow_ups_open) == (1, 2)
    assert fig.enjoyment == pytest.approx(3.0)
    e1 = next(e for e in fig.event_list if e.event_id == journal["e1"])
    assert (e1.minutes, e1.enjoyment, e1.conversations, e1.conversation_enjoyment) == (
        150,
        2,
        1,
        5.0,
    )


def test_previous_week_and_the_edges_of_the_week(journal: dict[str, int]) -> None:
    previous = R.compute_figures(W53.previous())
    assert previous.total_minutes == 45  # K0 at Sunday 23:59
    assert previous.goal_minutes == 45
    following = R.compute_figures(W53.next())
    assert following.total_minutes == 60  # K5 at Monday 00:00


def test_month_and_year_across_the_boundary(journal: dict[str, int]) -> None:
    december = R.compute_figures(P.parse("2026-12"))
    assert december.total_minutes == 150 + 15 + 45  # E1, K3, K0
    january = R.compute_figures(P.parse("2027-01"))
    assert january.total_minutes == 30 + 60 + 60  # K2, E2, K5


def test_nothing_after_now_counts(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53, now=T(2026, 12, 31, 12))
    assert fig.total_minutes == 150 + 15  # E1 and K3 so far


def test_empty_period(journal: dict[str, int]) -> None:
    fig = R.compute_figures(P.parse("2026-06"))
    assert (fig.total_minutes, fig.goal_minutes, fig.no_goal_minutes) == (0, 0, 0)
    assert fig.networks == [] and fig.channels == [] and fig.outcomes_by_kind == {}
    assert fig.enjoyment is None and fig.no_goal_share == 0
    assert {g.goal_id for g in fig.goals} == {journal["g1"], journal["g2"], journal["g3"]}
    assert all(g.minutes == 0 for g in fig.goals)
    assert R.findings(fig, R.Thresholds(falling_periods=0)) == [
        R.Finding("goal_idle", "Empfehlungen", journal["g2"]),
        R.Finding("goal_idle", "Kunden", journal["g1"]),
        R.Finding("goal_idle", "Sichtbarkeit", journal["g3"]),
    ]


def test_an_events_conversations_logged_outside_the_period_count(journal: dict[str, int]) -> None:
    """The event list counts every conversation of an event, as the event's own figures."""
    late = m.Conversation.create(
        occurred_at=T(2027, 1, 5, 9), minutes=10, event=journal["e1"], enjoyment=1
    )
    e1 = next(e for e in R.compute_figures(W53).event_list if e.event_id == journal["e1"])
    assert (e1.conversations, e1.conversation_enjoyment) == (2, 3.0)  # (5 + 1) / 2
    e2 = next(e for e in R.compute_figures(W53).event_list if e.event_id == journal["e2"])
    assert (e2.conversations, e2.conversation_enjoyment) == (0, None)
    late.enjoyment = None
    late.save()
    e1 = next(e for e in R.compute_figures(W53).event_list if e.event_id == journal["e1"])
    assert (e1.conversations, e1.conversation_enjoyment) == (2, 5.0)
    assert R.compute_figures(P.parse("2027-W02")).event_list == []


def test_a_short_period_among_many_conversations(journal: dict[str, int]) -> None:
    """Read through the date index (few of many rows): the same hand-worked figures."""
    alone = R.figures_to_dict(R.compute_figures(W53))
    goal = m.Goal.get_by_id(journal["g1"])
    for day in range(1, 29):  # February 2026: not W53 nor the week before
        k = m.Conversation.create(occurred_at=T(2026, 2, day, 10), minutes=5, enjoyment=2)
        m.Outcome.create(conversation=k, kind="insight", text="früher")
        m.GoalConversation.create(goal=goal, conversation=k)
    among_many = R.figures_to_dict(R.compute_figures(W53))
    assert among_many == alone
    fig = R.compute_figures(W53)
    assert (fig.total_minutes, fig.goal_minutes, fig.outcomes) == (255, 180, 2)
    g1, g2 = fig.goal(journal["g1"]), fig.goal(journal["g2"])
    assert g1 is not None and g2 is not None
    assert g1.minutes == 180
    assert g2.target_outcomes == 1


def test_networks_of_one_and_of_several_contacts(db: pw.SqliteDatabase) -> None:
    """Conversations with one contact are summed per contact (item 27 of
    docs/performance.md), those with several per (conversation, network) pair:
    either way each conversation counts once for each of its networks."""
    early = T(2026, 1, 1, 9)
    n1 = m.Network.create(name="Stammtisch", kind="founders", created_at=early)
    n2 = m.Network.create(name="Alumni", kind="alumni", created_at=early)
    a, b, c, d = (
        m.Contact.create(first_name=name, last_name="X", created_at=early)
        for name in ("Anna", "Ben", "Cem", "Dora")
    )
    for person, network in ((a, n1), (a, n2), (b, n1), (c, n2)):
        m.Membership.create(contact=person, network=network)

    def conv(day: int, minutes: int, contacts: list[m.Contact], enjoyment: int | None) -> None:
        k = m.Conversation.create(
            occurred_at=T(2026, 12, day, 10), minutes=minutes, enjoyment=enjoyment
        )
        for person in contacts:
            m.ConversationContact.create(conversation=k, contact=person)
        m.Outcome.create(conversation=k, kind="insight", text="x")

    conv(1, 10, [a], 5)  # N1 and N2
    conv(2, 20, [a], None)  # N1 and N2, not rated
    conv(3, 40, [b], 1)  # N1
    conv(4, 80, [a, b, d], 3)  # N1 once (A and B), N2 (A)
    conv(5, 160, [d], 2)  # no network
    conv(6, 320, [c, d], 4)  # N2
    fig = R.compute_figures(P.parse("2026-12"))
    f1, f2, none = fig.network(n1.id), fig.network(n2.id), fig.network(None)
    assert f1 is not None and f2 is not None and none is not None
    assert (f1.minutes, f1.items, f1.outcomes, f1.rated) == (150, 4, 4, 3)
    assert f1.enjoyment == pytest.approx((5 + 1 + 3) / 3)
    assert (f2.minutes, f2.items, f2.outcomes, f2.rated) == (430, 4, 4, 3)
    assert f2.enjoyment == pytest.approx((5 + 3 + 4) / 3)
    assert (none.minutes, none.items, none.outcomes, none.enjoyment) == (160, 1, 1, 2.0)


def test_the_event_list_stops_at_now(journal: dict[str, int]) -> None:
    """An event's conversation dated after now counts nowhere yet, not in the list either."""
    m.Conversation.create(
        occurred_at=T(2027, 1, 5, 9), minutes=10, event=journal["e1"], enjoyment=1
    )
    now = T(2027, 1, 3, 12)
    fig = R.compute_figures(W53, now)
    e1 = next(e for e in fig.event_list if e.event_id == journal["e1"])
    assert (e1.conversations, e1.conversation_enjoyment) == (1, 5.0)  # K1 only
    later = R.compute_figures(W53, T(2027, 1, 6))
    e1 = next(e for e in later.event_list if e.event_id == journal["e1"])
    assert (e1.conversations, e1.conversation_enjoyment) == (2, 3.0)
    # The period's figures never counted it: it is not in the week.
    assert fig.conversations == later.conversations == 3
