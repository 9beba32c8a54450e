"""A small journal whose figures are worked out by hand, for the reflection's tests.

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


def kinds(found: list[R.Finding]) -> list[tuple[str, str]]:
    return [(f.kind, f.subject) for f in found]
