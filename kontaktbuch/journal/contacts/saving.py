"""Reading and saving a whole contact, and the small changes to many at once.

The contacts view and the CLI save through :func:`save_contact`: it checks the
contact (an invalid one writes nothing at all) and writes it with
:mod:`.writing`, the path imports and quick capture write through too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from kontaktbuch.journal.contacts import records
from kontaktbuch.journal.contacts.records import ContactData
from kontaktbuch.journal.contacts.writing import ContactWriter, write_contact
from kontaktbuch.journal.names import fold
from kontaktbuch.journal.snapshots import NotFound
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.values import as_date

# the columns of a contact's row that :class:`ContactData` holds, in SCALAR_FIELDS' order
_COLUMNS = ", ".join(records.SCALAR_FIELDS)


def load_contact(contact_id: int) -> ContactData:
    """The whole contact; raises :class:`NotFound` if it is gone.

    Plain SQL, a handful of indexed lookups: an import merging into thousands of
    contacts loads each (peewee's query building took five times as long).
    """

    def rows(sql: str) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = database_proxy.execute_sql(sql, (contact_id,)).fetchall()
        return found

    found = rows(f"SELECT {_COLUMNS} FROM contact WHERE id = ?")
    if not found:
        raise NotFound(contact_id)
    values: dict[str, Any] = dict(zip(records.SCALAR_FIELDS, found[0], strict=True))
    values["archived"] = bool(values["archived"])
    return ContactData(
        id=contact_id,
        **values,
        emails=[
            records.Email(a, b)
            for a, b in rows(
                "SELECT address, label FROM contact_email WHERE contact_id = ? ORDER BY position"
            )
        ],
        phones=[
            records.Phone(a, b)
            for a, b in rows(
                "SELECT number, label FROM contact_phone WHERE contact_id = ? ORDER BY position"
            )
        ],
        links=[
            records.Link(a, b)
            for a, b in rows(
                "SELECT url, kind FROM contact_link WHERE contact_id = ? ORDER BY position"
            )
        ],
        tags=[
            name
            for (name,) in rows(
                "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                "WHERE ct.contact_id = ? ORDER BY ct.id"
            )
        ],
        memberships=[
            records.MembershipData(nid, role, as_date(day), name)
            for nid, role, day, name in rows(
                "SELECT ms.network_id, ms.role, ms.since, n.name FROM membership ms "
                "JOIN network n ON n.id = ms.network_id WHERE ms.contact_id = ? ORDER BY n.name"
            )
        ],
    )


def contact_exists(contact_id: int) -> bool:
    return m.Contact.select().where(m.Contact.id == contact_id).exists()


def save_contact(data: ContactData) -> int:
    """Validate and write a contact in one transaction; returns its id.

    Raises :class:`~.records.ValidationFailed` (and writes nothing) when a field is wrong.
    """
    errors = records.validate(data)
    if errors:
        raise records.ValidationFailed(errors)
    with database_proxy.atomic():
        return write_contact(data)


def set_archived(contact_ids: Iterable[int], archived: bool) -> int:
    ids = list(contact_ids)
    with database_proxy.atomic():
        return int(
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
        tag_ids = ContactWriter(undated_since=None).tag_ids([name])
        if not tag_ids:
            return
        (tag_id,) = tag_ids
        for cid in ids:
            m.ContactTag.insert(contact=cid, tag=tag_id).on_conflict_ignore().execute()
