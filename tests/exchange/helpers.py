"""Shared helpers for exchange tests: a comparable picture of the journal's contacts."""

from __future__ import annotations

import hashlib
from typing import Any

from kontaktbuch.journal import relationships
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy


def contact_snapshot(contact: m.Contact) -> dict[str, Any]:
    return {
        "prefix": contact.prefix,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "organisation": contact.organisation,
        "position": contact.position,
        "first_met": contact.first_met,
        "offers": contact.offers,
        "seeks": contact.seeks,
        "interests": contact.interests,
        "notes": contact.notes,
        "birthday": (contact.birthday_day, contact.birthday_month, contact.birthday_year),
        "keep_in_touch_days": contact.keep_in_touch_days,
        "archived": contact.archived,
        "emails": [
            (e.address, e.label)
            for e in contact.emails.order_by(m.ContactEmail.position, m.ContactEmail.id)
        ],
        "phones": [
            (p.number, p.label)
            for p in contact.phones.order_by(m.ContactPhone.position, m.ContactPhone.id)
        ],
        "links": [
            (link.url, link.kind)
            for link in contact.links.order_by(m.ContactLink.position, m.ContactLink.id)
        ],
        "tags": sorted(ct.tag.name for ct in contact.contact_tags),
        "networks": sorted(
            (ms.network.name, ms.network.kind, str(ms.since) if ms.since else None, ms.role)
            for ms in contact.memberships
        ),
        # from both sides; only "introduced by" has a direction
        "relationships": sorted(
            (r.kind, r.label, r.other_name, r.reverse and r.kind == "introduced_by")
            for r in relationships.for_contact(contact.id)
        ),
    }


def all_contacts() -> list[dict[str, Any]]:
    """Every contact, in a stable order, without ids or timestamps."""
    snaps = [contact_snapshot(c) for c in m.Contact.select()]
    return sorted(snaps, key=lambda s: (s["last_name"], s["first_name"], s["emails"], s["notes"]))


def by_name(first: str, last: str) -> m.Contact:
    return m.Contact.get((m.Contact.first_name == first) & (m.Contact.last_name == last))


def journal_fingerprint() -> str:
    """A hash of every row of every table: "the database is exactly as before"."""
    db = database_proxy.obj
    digest = hashlib.sha256()
    for model in m.ALL_MODELS:
        table = model._meta.table_name
        for row in db.execute_sql(f'SELECT * FROM "{table}" ORDER BY "id"').fetchall():
            digest.update(repr((table, row)).encode())
    return digest.hexdigest()
