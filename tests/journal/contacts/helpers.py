"""What the contact tests share: a moment and a full contact."""

from __future__ import annotations

import datetime as dt

from kontaktbuch.journal.contacts import ContactData, Email, Link, MembershipData

NOW = dt.datetime(2026, 11, 26, 10, 0)


def anna(network_id: int | None = None) -> ContactData:
    return ContactData(
        first_name="Anna",
        last_name="Müller",
        organisation="Stadtwerke",
        offers="Steuerberatung für Gründer",
        emails=[Email("anna@example.de"), Email("anna.mueller@example.org")],
        links=[Link("linkedin.com/in/anna-mueller")],
        tags=["Mentor", "mentor", " Kunde "],
        memberships=[MembershipData(network_id, "Vorstand")] if network_id else [],
        birthday_day=29,
        birthday_month=2,
    )
