""" "First met through X" counts as a recommendation in the reflection of X's network."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import relationships
from kontaktbuch.journal.reflection import compute_figures
from kontaktbuch.store import models as m


def test_a_contact_met_through_a_member_counts_for_the_members_networks(
    db: pw.SqliteDatabase,
) -> None:
    stammtisch = m.Network.create(name="Gründerstammtisch", kind="founders")
    verein = m.Network.create(name="VDI", kind="association")
    joerg = m.Contact.create(first_name="Jörg", created_at=dt.datetime(2025, 1, 5))
    m.Membership.create(contact=joerg, network=stammtisch)
    anna = m.Contact.create(first_name="Anna", created_at=dt.datetime(2026, 10, 12))
    old = m.Contact.create(first_name="Old", created_at=dt.datetime(2025, 3, 1))
    relationships.add(anna.id, joerg.id, "introduced_by")
    relationships.add(old.id, joerg.id, "introduced_by")  # met before the period
    conversation = m.Conversation.create(occurred_at=dt.datetime(2026, 10, 20, 19), minutes=30)
    m.ConversationContact.create(conversation=conversation, contact=anna)
    m.Membership.create(contact=anna, network=verein)

    figures = compute_figures(P.containing("month", dt.date(2026, 10, 1)))
    network = figures.network(stammtisch.id)
    assert network is not None and (network.introductions, network.outcomes) == (1, 1)
    assert figures.network(verein.id).introductions == 0  # type: ignore[union-attr]
    earlier = compute_figures(P.containing("month", dt.date(2026, 9, 1)))
    assert earlier.network(stammtisch.id) is None
