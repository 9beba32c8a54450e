"""The panel's figures against a small journal whose results are worked out by hand.

The journal (week 2026-W53, Monday 28 Dec 2026 to Sunday 3 Jan 2027, across the
year boundary):

* networks N1 "Stammtisch", N2 "Alumni"; contacts A (N1, added 29 Dec), B (N1 and
  N2), C (no network)
* goals G1 (weekly, budget 2 h, target 3 conversations), G2 (weekly, target one
  "recommendation received"), G3 (active, nothing served it), G4 (paused)
* E1 event Wed 30 Dec, 120 min + 30 min travel = 150 min, network N1, enjoyment
  2, serves G1
  * K1 conversation at E1 with A, 20 min (adds no time), enjoyment 5, serves G2,
    outcome "recommendation received"
* K2 conversation Sat 2 Jan, phone, A and B, 30 min, enjoyment 4, serves G1 and
  G2, outcome "insight"
* K3 conversation Mon 28 Dec 09:00, video, C, 15 min, enjoyment 3, no goal
* E2 event Fri 1 Jan, 60 min, no network, no goal, not rated
* outside: K0 Sun 27 Dec 23:59 (45 min, previous week), K5 Mon 4 Jan 00:00 (60 min)

Hand-worked results for W53:
total = 150 + 30 + 15 + 60 = 255 min; with a goal = E1 150 + K2 30 = 180 (each item
once); without a goal = K3 15 + E2 60 = 75. G1 = 150 + 30 = 180, G2 = 0 (K1 is inside
an event) + 30 = 30: the goal totals (210) overlap. N1 = E1 150 + K2 30 = 180 (share
180/255), N2 = K2 30, no network = K3 15 + E2 60 = 75. Enjoyment: N1 (2 + 4)/2 = 3,
N2 4, overall (2 + 4 + 3)/3 = 3. Outcomes: N1 = K1 (at N1's event) + K2 = 2, N2 = 1.
"""

from __future__ import annotations

import datetime as dt
import json

import peewee as pw
import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m

T = dt.datetime
W53 = P.parse("2026-W53")


@pytest.fixture
def journal(db: pw.SqliteDatabase) -> dict[str, int]:
    early = T(2026, 1, 1, 9)
    n1 = m.Network.create(name="Stammtisch", kind="founders", created_at=early)
    n2 = m.Network.create(name="Alumni", kind="alumni", created_at=early)
    a = m.Contact.create(first_name="Anna", last_name="A", created_at=T(2026, 12, 29, 9))
    b = m.Contact.create(first_name="Ben", last_name="B", created_at=early)
    c = m.Contact.create(first_name="Cem", last_name="C", created_at=early)
    m.Membership.create(contact=a, network=n1)
    m.Membership.create(contact=b, network=n1)
    m.Membership.create(contact=b, network=n2)
    g1 = m.Goal.create(
        title="Kunden",
        kind="clients",
        period="week",
        budget_hours=2.0,
        target_kind="conversations",
        target_value=3,
        created_at=early,
    )
    g2 = m.Goal.create(
        title="Empfehlungen",
        kind="recommendations",
        period="week",
        target_kind="outcomes",
        target_value=1,
        target_outcome_kind="recommendation_received",
        created_at=early,
    )
    g3 = m.Goal.create(title="Sichtbarkeit", kind="visibility", created_at=early)
    g4 = m.Goal.create(title="Pausiert", status="paused", created_at=early)
    e1 = m.Event.create(
        title="Stammtisch Dezember",
        starts_at=T(2026, 12, 30, 19),
        duration_minutes=120,
        travel_minutes=30,
        network=n1,
        enjoyment=2,
    )
    e2 = m.Event.create(title="Neujahrsempfang", starts_at=T(2027, 1, 1, 11), duration_minutes=60)
    m.GoalEvent.create(goal=g1, event=e1)

    def conv(at: T, minutes: int, contacts: list[m.Contact], **kw: object) -> m.Conversation:
        k = m.Conversation.create(occurred_at=at, minutes=minutes, **kw)
        for person in contacts:
            m.ConversationContact.create(conversation=k, contact=person)
        return k

    k1 = conv(T(2026, 12, 30, 20), 20, [a], event=e1, enjoyment=5)
    m.GoalConversation.create(goal=g2, conversation=k1)
    m.Outcome.create(conversation=k1, kind="recommendation_received", text="Empfohlen")
    k2 = conv(T(2027, 1, 2, 10), 30, [b, a], channel="phone", enjoyment=4)
    m.GoalConversation.create(goal=g1, conversation=k2)
    m.GoalConversation.create(goal=g2, conversation=k2)
    m.Outcome.create(conversation=k2, kind="insight", text="Gelernt")
    k3 = conv(T(2026, 12, 28, 9), 15, [c], channel="video", enjoyment=3)
    k0 = conv(T(2026, 12, 27, 23, 59), 45, [a], enjoyment=5)
    m.GoalConversation.create(goal=g1, conversation=k0)
    conv(T(2027, 1, 4, 0, 0), 60, [a], enjoyment=1)

    m.FollowUp.create(text="done inside", created_at=T(2026, 12, 20), done_at=T(2026, 12, 29))
    m.FollowUp.create(text="still open", created_at=T(2026, 12, 30))
    m.FollowUp.create(text="done later", created_at=T(2026, 12, 30), done_at=T(2027, 1, 10))
    m.FollowUp.create(text="long done", created_at=T(2026, 11, 1), done_at=T(2026, 11, 5))
    return {
        "n1": n1.id, "n2": n2.id, "g1": g1.id, "g2": g2.id, "g3": g3.id, "g4": g4.id,
        "e1": e1.id, "e2": e2.id, "k1": k1.id, "k2": k2.id, "k3": k3.id,
    }  # fmt: skip


def test_time_is_counted_once_and_without_goal(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53)
    assert fig.total_minutes == 255
    assert fig.goal_minutes == 180
    assert fig.no_goal_minutes == 75
    assert fig.conversations == 3  # K1, K2, K3 (K1 counts, but adds no time)
    assert fig.events == 2


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


def test_empty_journal(db: pw.SqliteDatabase) -> None:
    data = R.panel(P.parse("2026-11"), R.Thresholds())
    assert data.current.total_minutes == 0 and data.findings == []
    assert len(data.trend) == 12 and all(p.minutes == 0 for p in data.trend)


def kinds(found: list[R.Finding]) -> list[tuple[str, str]]:
    return [(f.kind, f.subject) for f in found]


def test_findings_follow_the_thresholds(journal: dict[str, int]) -> None:
    fig = R.compute_figures(W53)
    defaults = R.findings(fig, R.Thresholds())
    # G1: 180 min against 120 (x1.2 = 144); G3 idle; N1 large but 3.0 > 2.5 and fruitful.
    assert kinds(defaults) == [("goal_over_budget", "Kunden"), ("goal_idle", "Sichtbarkeit")]
    assert defaults[0].values == {"minutes": 180.0, "budget": 120.0}

    strict = R.findings(
        fig,
        R.Thresholds(low_enjoyment=3.0, no_goal_share=0.25, budget_overrun=1.6),
    )
    assert kinds(strict) == [
        ("network_costly", "Stammtisch"),
        ("no_goal_time", ""),
        ("goal_idle", "Sichtbarkeit"),
    ]
    assert strict[0].values["share"] == pytest.approx(180 / 255)
    assert strict[1].values["share"] == pytest.approx(75 / 255)

    # A large share with no outcome at all, enjoyed or not, is worth a question.
    m.Outcome.delete().execute()
    quiet = R.findings(R.compute_figures(W53), R.Thresholds())
    assert ("network_no_outcome", "Stammtisch") in kinds(quiet)


def test_enjoyment_falling_over_several_periods(db: pw.SqliteDatabase) -> None:
    for month, rating in ((9, 5), (10, 4), (11, 3)):
        m.Conversation.create(occurred_at=T(2026, month, 10, 12), minutes=30, enjoyment=rating)
    nov = P.parse("2026-11")
    only_falling = R.Thresholds(no_goal_share=2.0)
    found = R.findings(R.compute_figures(nov), only_falling)
    assert kinds(found) == [("enjoyment_falling", "")]
    assert found[0].values == {"periods": 3.0, "first": 5.0, "last": 3.0}
    four = R.Thresholds(no_goal_share=2.0, falling_periods=4)
    assert R.findings(R.compute_figures(nov), four) == []
    m.Conversation.create(occurred_at=T(2026, 11, 11, 12), minutes=30, enjoyment=5)
    assert R.findings(R.compute_figures(nov), only_falling) == []  # Nov now 4.0 = Oct


@pytest.mark.parametrize("code", ["2026-W53", "2026-11", "2026", "2027"])
def test_current_panel_then_previous_figures_make_the_same_panel(
    journal: dict[str, int], code: str
) -> None:
    """The window shows the period first and reads the one before after: same figures."""
    period = P.parse(code)
    full = R.panel(period, R.Thresholds(), with_trend=False)
    first = R.current_panel(period, R.Thresholds(), with_trend=False)
    assert first.previous is None
    assert first.current == full.current
    assert first.findings == full.findings
    assert R.previous_figures(period) == full.previous


def test_current_panel_findings_look_back_without_the_previous_figures(
    db: pw.SqliteDatabase,
) -> None:
    for month, rating in ((9, 5), (10, 4), (11, 3)):
        m.Conversation.create(occurred_at=T(2026, month, 10, 12), minutes=30, enjoyment=rating)
    only_falling = R.Thresholds(no_goal_share=2.0)
    first = R.current_panel(P.parse("2026-11"), only_falling)
    assert first.findings == R.panel(P.parse("2026-11"), only_falling).findings
    assert kinds(first.findings) == [("enjoyment_falling", "")]


def test_trend_per_month(journal: dict[str, int]) -> None:
    points = R.trend(dt.date(2027, 1, 15), months=3)
    assert [p.month for p in points] == [
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
    ]
    assert [p.minutes for p in points] == [0, 210, 150]
    assert points[1].enjoyment == pytest.approx((2 + 3 + 5) / 3)  # E1, K3, K0
    assert points[0].enjoyment is None


def test_thresholds_come_from_settings() -> None:
    from kontaktbuch.settings import Settings

    s = Settings(finding_network_share=0.5, finding_falling_periods=5)
    t = R.Thresholds.from_settings(s)
    assert t.network_share == 0.5 and t.falling_periods == 5 and t.low_enjoyment == 2.5


def test_save_and_read_a_reflection(journal: dict[str, int]) -> None:
    data = R.panel(W53, R.Thresholds())
    with pytest.raises(R.ReflectionError):
        R.save_reflection(W53, {}, "", data.current)
    with pytest.raises(R.ReflectionError):
        R.save_reflection(W53, {"brought": "x"}, "maybe", data.current)
    rid = R.save_reflection(
        W53,
        {"brought": "Zwei Empfehlungen", "change": " Weniger Stammtisch "},
        "less",
        data.current,
        data.findings,
        now=T(2027, 1, 4, 8, 30),
    )
    (saved,) = R.list_reflections()
    assert saved.reflection_id == rid and saved.period == W53 and saved.verdict == "less"
    assert saved.answers["change"] == "Weniger Stammtisch" and saved.answers["worth"] == ""
    assert saved.figures["total_minutes"] == 255
    assert saved.figures["period"] == {"kind": "week", "start": "2026-12-28", "end": "2027-01-04"}
    assert saved.figures["findings"][0]["kind"] == "goal_over_budget"
    json.dumps(saved.figures)  # plain JSON all the way down
    assert R.last_reflection_date() == dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    ("interval", "last", "today", "expected"),
    [
        ("weekly", None, dt.date(2026, 11, 26), dt.date(2026, 11, 30)),  # Thu -> Mon
        ("weekly", dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 30)),
        ("weekly", dt.date(2026, 11, 30), dt.date(2026, 11, 30), dt.date(2026, 12, 7)),
        ("weekly", dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 4)),
        ("weekly", dt.date(2026, 10, 1), dt.date(2026, 11, 26), dt.date(2026, 10, 5)),  # overdue
        ("monthly", None, dt.date(2026, 11, 26), dt.date(2026, 12, 1)),
        ("monthly", dt.date(2026, 12, 1), dt.date(2026, 12, 2), dt.date(2027, 1, 1)),
        ("monthly", dt.date(2026, 12, 31), dt.date(2026, 12, 31), dt.date(2027, 1, 1)),
    ],
)
def test_next_reflection_date(
    interval: str, last: dt.date | None, today: dt.date, expected: dt.date
) -> None:
    assert R.next_reflection_date(interval, last, today) == expected


def test_picker_periods() -> None:
    today = dt.date(2026, 11, 26)
    assert R.picker_period("this_week", today).code() == "2026-W48"
    assert R.picker_period("last_month", today).code() == "2026-10"
    assert R.picker_period("last_quarter", today).code() == "2026-Q3"
    assert R.picker_period("last_year", today).code() == "2025"


@pytest.mark.parametrize("code", ["2026-W53", "2026-12", "2026", "2027"])
def test_panel_trend_is_the_same_however_it_is_read(journal: dict[str, int], code: str) -> None:
    period = P.parse(code)
    assert R.panel(period, R.Thresholds()).trend == R.trend(period.last_day, 12)


@pytest.mark.parametrize("code", ["2026-W53", "2027-W01", "2026", "2027"])
def test_the_windows_lighter_panel_has_the_same_figures(journal: dict[str, int], code: str) -> None:
    """The window leaves out the trend and the details of the period before, nothing else."""
    period = P.parse(code)
    full = R.panel(period, R.Thresholds())
    light = R.panel(period, R.Thresholds(), with_trend=False, previous_details=False)
    assert light.trend == []
    assert light.current == full.current
    assert light.findings == full.findings
    assert light.previous.event_list == []
    before = R.figures_to_dict(full.previous)
    after = R.figures_to_dict(light.previous)
    assert {k: v for k, v in after.items() if k not in ("goals", "event_list")} == {
        k: v for k, v in before.items() if k not in ("goals", "event_list")
    }
    compared = ("goal_id", "minutes", "conversations", "events", "outcomes", "enjoyment")
    assert [[g[k] for k in compared] for g in after["goals"]] == [
        [g[k] for k in compared] for g in before["goals"]
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
    assert fig.goal(journal["g1"]).minutes == 180
    assert fig.goal(journal["g2"]).target_outcomes == 1


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
    n1, n2, none = fig.network(n1.id), fig.network(n2.id), fig.network(None)
    assert n1 is not None and n2 is not None and none is not None
    assert (n1.minutes, n1.items, n1.outcomes, n1.rated) == (150, 4, 4, 3)
    assert n1.enjoyment == pytest.approx((5 + 1 + 3) / 3)
    assert (n2.minutes, n2.items, n2.outcomes, n2.rated) == (430, 4, 4, 3)
    assert n2.enjoyment == pytest.approx((5 + 3 + 4) / 3)
    assert (none.minutes, none.items, none.outcomes, none.enjoyment) == (160, 1, 1, 2.0)
