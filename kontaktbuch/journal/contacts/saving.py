"""Reading and writing a whole contact, and the small changes to many at once.

The contacts view and the CLI write through here, so the rules live once: how
names and texts are trimmed, how links and tags are made uniform, and that an
invalid contact writes nothing at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from kontaktbuch.journal.contacts.records import (
    SCALAR_FIELDS,
    ContactData,
    Email,
    Link,
    MembershipData,
    Phone,
    ValidationFailed,
    clean_tags,
    normalise_link,
    validate,
)
from kontaktbuch.journal.names import fold
from kontaktbuch.journal.snapshots import NotFound
from kontaktbuch.journal.vocabulary import link_kind_for_url
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy


def load_contact(contact_id: int) -> ContactData:
    """The whole contact; raises :class:`NotFound` if it is gone."""
    c = m.Contact.get_or_none(m.Contact.id == contact_id)
    if c is None:
        raise NotFound(contact_id)
    emails = m.ContactEmail.select().where(m.ContactEmail.contact == c.id)
    phones = m.ContactPhone.select().where(m.ContactPhone.contact == c.id)
    links = m.ContactLink.select().where(m.ContactLink.contact == c.id)
    tags = (
        m.Tag.select(m.Tag.name)
        .join(m.ContactTag)
        .where(m.ContactTag.contact == c.id)
        .order_by(m.ContactTag.id)
    )
    memberships = (
        m.Membership.select(m.Membership, m.Network.id, m.Network.name)
        .join(m.Network)
        .where(m.Membership.contact == c.id)
        .order_by(m.Network.name)
    )
    return ContactData(
        id=c.id,
        **{
            name: getattr(c, name)
            for name in SCALAR_FIELDS
            if name not in ("first_met_event_id", "archived")
        },
        first_met_event_id=c.first_met_event_id,
        archived=bool(c.archived),
        emails=[Email(e.address, e.label) for e in emails.order_by(m.ContactEmail.position)],
        phones=[Phone(p.number, p.label) for p in phones.order_by(m.ContactPhone.position)],
        links=[Link(li.url, li.kind) for li in links.order_by(m.ContactLink.position)],
        tags=[t.name for t in tags],
        memberships=[
            MembershipData(ms.network_id, ms.role, ms.since, ms.network.name) for ms in memberships
        ],
    )


def contact_exists(contact_id: int) -> bool:
    return m.Contact.select().where(m.Contact.id == contact_id).exists()


def _tag_ids(names: Sequence[str]) -> list[int]:
    ids = []
    existing = {t.name.casefold(): t.id for t in m.Tag.select(m.Tag.id, m.Tag.name)}
    for name in clean_tags(names):
        tag_id = existing.get(name.casefold())
        if tag_id is None:
            tag_id = m.Tag.create(name=name).id
            existing[name.casefold()] = tag_id
        ids.append(tag_id)
    return ids


def write_contact(data: ContactData) -> int:
    """Write ``data`` (already validated) inside the caller's transaction."""
    values = {name: getattr(data, name) for name in SCALAR_FIELDS}
    for name in ("prefix", "first_name", "last_name", "organisation", "position"):
        values[name] = " ".join(str(values[name]).split())
    for name in ("first_met", "offers", "seeks", "interests", "notes"):
        values[name] = str(values[name]).strip()
    values["first_met_event"] = values.pop("first_met_event_id")
    values["archived"] = bool(values["archived"])
    if data.id is None:
        contact_id = m.Contact.create(**values).id
    else:
        values["updated_at"] = dt.datetime.now().replace(microsecond=0)
        m.Contact.update(**values).where(m.Contact.id == data.id).execute()
        contact_id = data.id
        for model in (m.ContactEmail, m.ContactPhone, m.ContactLink, m.ContactTag):
            model.delete().where(model.contact == contact_id).execute()
    emails = [e for e in data.emails if e.address.strip()]
    if emails:
        m.ContactEmail.insert_many(
            [
                {
                    "contact": contact_id,
                    "address": e.address.strip(),
                    "label": e.label,
                    "position": i,
                }
                for i, e in enumerate(emails)
            ]
        ).execute()
    phones = [p for p in data.phones if p.number.strip()]
    if phones:
        m.ContactPhone.insert_many(
            [
                {"contact": contact_id, "number": p.number.strip(), "label": p.label, "position": i}
                for i, p in enumerate(phones)
            ]
        ).execute()
    links = [li for li in data.links if li.url.strip()]
    if links:
        rows = []
        for i, li in enumerate(links):
            url = normalise_link(li.url)
            rows.append(
                {
                    "contact": contact_id,
                    "url": url,
                    "kind": li.kind or link_kind_for_url(url),
                    "position": i,
                }
            )
        m.ContactLink.insert_many(rows).execute()
    tag_ids = _tag_ids(data.tags)
    if tag_ids:
        m.ContactTag.insert_many([{"contact": contact_id, "tag": t} for t in tag_ids]).execute()
    _write_memberships(contact_id, data.memberships)
    return contact_id


def _write_memberships(contact_id: int, memberships: Sequence[MembershipData]) -> None:
    """Keep existing memberships' ids and "since" dates; add and remove the rest."""
    current = {
        ms.network_id: ms for ms in m.Membership.select().where(m.Membership.contact == contact_id)
    }
    wanted = {ms.network_id: ms for ms in memberships}
    gone = [ms.id for nid, ms in current.items() if nid not in wanted]
    if gone:
        m.Membership.delete().where(m.Membership.id.in_(gone)).execute()
    for nid, ms in wanted.items():
        role = " ".join(ms.role.split())
        if nid in current:
            row = current[nid]
            since = ms.since if ms.since is not None else row.since
            if row.role != role or row.since != since:
                m.Membership.update(role=role, since=since).where(
                    m.Membership.id == row.id
                ).execute()
        else:
            m.Membership.create(
                contact=contact_id, network=nid, role=role, since=ms.since or dt.date.today()
            )


def save_contact(data: ContactData) -> int:
    """Validate and write a contact in one transaction; returns its id.

    Raises :class:`ValidationFailed` (and writes nothing) when a field is wrong.
    """
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    with database_proxy.atomic():
        return write_contact(data)


def set_archived(contact_ids: Iterable[int], archived: bool) -> int:
    ids = list(contact_ids)
    with database_proxy.atomic():
        return (
            m.Contact.update(archived=archived, updated_at=dt.datetime.now().replace(microsecond=0))
            .where(m.Contact.id.in_(ids))
            .execute()
        )


def all_tags() -> list[str]:
    """Every tag in use or defined, alphabetically (for completion and the filter)."""
    return sorted((t.name for t in m.Tag.select(m.Tag.name)), key=lambda n: (fold(n), n))


def add_tag(contact_ids: Iterable[int], name: str) -> None:
    """Tag several contacts at once (already tagged ones are left alone)."""
    ids = list(contact_ids)
    with database_proxy.atomic():
        (tag_id,) = _tag_ids([name]) or [None]
        if tag_id is None:
            return
        for cid in ids:
            m.ContactTag.insert(contact=cid, tag=tag_id).on_conflict_ignore().execute()
