"""Writing contacts as vCard 4.0 (default) or 3.0.

Everything a vCard has a place for goes where other programs look for it; the
fields only Kontaktbuch knows (offers, seeks, interests, first met, keep in touch,
networks) go into ``X-KONTAKTBUCH-…`` properties that other programs ignore and
our importer reads back, so that exporting and importing into an empty journal
gives the same contacts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from kontaktbuch.exchange.archive import write_text_atomic
from kontaktbuch.exchange.records import Progress, report
from kontaktbuch.exchange.vcard_types import PHONE_TYPES
from kontaktbuch.journal.names import display_name_of
from kontaktbuch.store import models as m

VERSIONS = ("4.0", "3.0")
_UID_NAMESPACE = uuid.UUID("6f1d7d2e-4b8a-4c3e-9d6b-2a1c0e5f7b90")


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _param(value: str) -> str:
    """A parameter value, quoted when it holds characters that would end it."""
    value = value.replace('"', "'").replace("\n", " ").replace("\r", " ")
    return f'"{value}"' if any(ch in value for ch in ";:,") else value


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def contact_card(contact: m.Contact, version: str = "4.0") -> str:
    """One contact as a vCard text (CRLF line ends, folded)."""
    if version not in VERSIONS:
        raise ValueError(version)
    lines: list[str] = ["BEGIN:VCARD", f"VERSION:{version}"]
    lines.append(f"FN:{_escape(display_name_of(contact))}")
    lines.append(
        "N:"
        + ";".join(
            _escape(p) for p in (contact.last_name, contact.first_name, "", contact.prefix, "")
        )
    )
    uid = uuid.uuid5(_UID_NAMESPACE, f"contact-{contact.id}-{contact.created_at}")
    lines.append(f"UID:urn:uuid:{uid}")
    if contact.organisation:
        lines.append(f"ORG:{_escape(contact.organisation)}")
    if contact.position:
        lines.append(f"TITLE:{_escape(contact.position)}")
    for email in contact.emails.order_by(m.ContactEmail.position, m.ContactEmail.id):
        kind = f";TYPE={_param(email.label)}" if email.label else ""
        lines.append(f"EMAIL{kind}:{_escape(email.address)}")
    for phone in contact.phones.order_by(m.ContactPhone.position, m.ContactPhone.id):
        label = PHONE_TYPES.get(phone.label, "")
        kind = f";TYPE={label}" if label else ""
        lines.append(f"TEL{kind}:{_escape(phone.number)}")
    for link in contact.links.order_by(m.ContactLink.position, m.ContactLink.id):
        lines.append(f"URL;TYPE={_param(link.kind)}:{link.url}")
    if contact.birthday_month and contact.birthday_day:
        day, month, year = contact.birthday_day, contact.birthday_month, contact.birthday_year
        if version == "4.0":
            lines.append(
                f"BDAY:{year:04d}{month:02d}{day:02d}" if year else f"BDAY:--{month:02d}{day:02d}"
            )
        elif year:
            lines.append(f"BDAY:{year:04d}-{month:02d}-{day:02d}")
        else:
            lines.append(f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{month:02d}-{day:02d}")
    if contact.notes:
        lines.append(f"NOTE:{_escape(contact.notes)}")
    tags = [ct.tag.name for ct in contact.contact_tags.join(m.Tag).order_by(m.Tag.name)]
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
    for key, value in (
        ("OFFERS", contact.offers),
        ("SEEKS", contact.seeks),
        ("INTERESTS", contact.interests),
        ("FIRST-MET", contact.first_met),
    ):
        if value:
            lines.append(f"X-KONTAKTBUCH-{key}:{_escape(value)}")
    if contact.keep_in_touch_days:
        lines.append(f"X-KONTAKTBUCH-KEEP-IN-TOUCH-DAYS:{contact.keep_in_touch_days}")
    if contact.archived:
        lines.append("X-KONTAKTBUCH-ARCHIVED:1")
    memberships = (
        m.Membership.select(m.Membership, m.Network)
        .join(m.Network)
        .where(m.Membership.contact == contact.id)
        .order_by(m.Network.name)
    )
    for membership in memberships:
        params = f";X-KIND={_param(membership.network.kind)}"
        if membership.since:
            params += f";X-SINCE={membership.since}"
        if membership.role:
            params += f";X-ROLE={_param(membership.role)}"
        lines.append(f"X-KONTAKTBUCH-NETWORK{params}:{_escape(membership.network.name)}")
    lines += _related_lines(contact.id, version)
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _related_lines(contact_id: int, version: str) -> list[str]:
    """The contact's relationships: ``RELATED`` (4.0) or ``X-ABRELATEDNAMES`` (3.0).

    Written from the contact's own side; a mutual one (works with, knows, family,
    a label) on both contacts' cards, "introduced by" only on the introduced one's.
    """
    from kontaktbuch.exchange.related import type_of
    from kontaktbuch.journal.relationships import MUTUAL_KINDS, for_contact

    lines: list[str] = []
    for number, row in enumerate(
        (r for r in for_contact(contact_id) if not r.reverse or r.kind in MUTUAL_KINDS), 1
    ):
        kind = type_of(row.kind, row.label)
        if version == "4.0":
            lines.append(f"RELATED;TYPE={_param(kind)};VALUE=text:{_escape(row.other_name)}")
        else:
            lines.append(f"item{number}.X-ABRELATEDNAMES:{_escape(row.other_name)}")
            lines.append(f"item{number}.X-ABLabel:{_escape(kind)}")
    return lines


def export_vcards(
    path: Path | str,
    contact_ids: Iterable[int] | None = None,
    *,
    version: str = "4.0",
    include_archived: bool = True,
    progress: Progress | None = None,
) -> int:
    """Write all (or the given) contacts to one ``.vcf`` file; returns how many."""
    query = m.Contact.select().order_by(m.Contact.last_name, m.Contact.first_name, m.Contact.id)
    if contact_ids is not None:
        query = query.where(m.Contact.id.in_(list(contact_ids)))
    if not include_archived:
        query = query.where(m.Contact.archived == False)  # noqa: E712
    contacts = list(query)
    report(progress, 0, len(contacts))
    parts = []
    for number, contact in enumerate(contacts, 1):
        parts.append(contact_card(contact, version))
        if number % 50 == 0 or number == len(contacts):
            report(progress, number, len(contacts))
    write_text_atomic(Path(path), "".join(parts))
    return len(contacts)
