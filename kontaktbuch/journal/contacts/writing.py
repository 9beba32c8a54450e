"""The one way a contact reaches the database: the editor, quick capture and imports.

:class:`ContactWriter` applies the journal's rules to a :class:`ContactData` as
it writes it — names and texts trimmed, links made whole ("https://"), their
kind recognised, tags made one by :func:`~.records.tag_key` — and writes the
rows with prepared statements (:class:`~kontaktbuch.store.bulk.PreparedInsert`),
so an import of 10,000 contacts costs no more than the inserts themselves.
A new contact's own row is written at once (its id is needed); its e-mails,
phones, links, tags and memberships wait until :meth:`ContactWriter.flush`, so
many contacts' rows go in together. :func:`write_contact` writes one contact
completely.

The writer does not validate: :func:`~.saving.save_contact` checks first (the
editor, the CLI); importers check what they read as they read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from kontaktbuch.journal import limits
from kontaktbuch.journal.contacts.records import (
    SCALAR_FIELDS,
    ContactData,
    MembershipData,
    clean_tags,
    normalise_link,
    tag_key,
)
from kontaktbuch.journal.vocabulary import link_kind_for_url
from kontaktbuch.store import models as m
from kontaktbuch.store.bulk import PreparedInsert
from kontaktbuch.store.models import database_proxy

# fields whose white space is folded ("Anna  Lena" -> "Anna Lena")
_FOLDED = ("prefix", "first_name", "last_name", "organisation", "position")
# fields trimmed at both ends (their line breaks inside are kept)
_TRIMMED = ("first_met", "offers", "seeks", "interests", "notes")
# the rows that hang on a contact and are written anew with it
_CHILDREN: tuple[type[m.BaseModel], ...] = (
    m.ContactEmail,
    m.ContactPhone,
    m.ContactLink,
    m.ContactTag,
)


def contact_values(data: ContactData) -> dict[str, object]:
    """The contact row of ``data``, by model field, with names and texts trimmed."""
    values: dict[str, object] = {name: getattr(data, name) for name in SCALAR_FIELDS}
    # Control characters and bidi overrides go (journal/limits.py), for every way in.
    for name in _FOLDED:
        values[name] = limits.clean_line(str(values[name]))
    for name in _TRIMMED:
        values[name] = limits.clean_text(str(values[name])).strip()
    values["first_met_event"] = values.pop("first_met_event_id")
    values["archived"] = bool(values["archived"])
    return values


class ContactWriter:
    """Writes contacts with all their rows inside the caller's transaction.

    ``undated_since``: the "member since" date of a new membership without one —
    today for what the user adds now in the editor; None for an import, which
    does not know when someone joined.
    """

    def __init__(self, *, undated_since: dt.date | None) -> None:
        self.undated_since = undated_since
        self._tags: dict[str, int] = {
            tag_key(name): int(tag_id)
            for tag_id, name in database_proxy.execute_sql("SELECT id, name FROM tag").fetchall()
        }
        models: tuple[type[m.BaseModel], ...] = (m.Contact, *_CHILDREN, m.Membership, m.Tag)
        self._inserts = {
            model: PreparedInsert(model, or_ignore=model is m.ContactTag) for model in models
        }
        self._pending: dict[type[m.BaseModel], list[tuple[object, ...]]] = {}

    def write(self, data: ContactData) -> int:
        """Write ``data``: a new contact when ``data.id`` is None (its rows wait for
        :meth:`flush`), else the contact's fields and rows replaced now. Its id."""
        values = contact_values(data)
        if data.id is None:
            contact_id = self._inserts[m.Contact].one(values)
            self._add_children(contact_id, data)
            self._pending.setdefault(m.Membership, []).extend(
                self._inserts[m.Membership].row(
                    {
                        "contact": contact_id,
                        "network": ms.network_id,
                        "role": " ".join(ms.role.split()),
                        "since": ms.since or self.undated_since,
                    }
                )
                for ms in _one_per_network(data.memberships)
            )
            return contact_id
        contact_id = data.id
        values["updated_at"] = dt.datetime.now().replace(microsecond=0)
        m.Contact.update(**values).where(m.Contact.id == contact_id).execute()
        for model in _CHILDREN:
            database_proxy.execute_sql(
                f'DELETE FROM "{model._meta.table_name}" WHERE contact_id = ?', (contact_id,)
            )
        self._add_children(contact_id, data)
        self.flush()
        self._replace_memberships(contact_id, data.memberships)
        return contact_id

    def flush(self) -> None:
        """Write the rows that wait, in one statement per table."""
        for model, rows in self._pending.items():
            self._inserts[model].many(rows)
        self._pending.clear()

    def tag_ids(self, names: Iterable[str]) -> list[int]:
        """The ids of these tags (:func:`~.records.clean_tags`), making the missing ones."""
        ids = []
        for name in clean_tags(names):
            key = tag_key(name)
            tag_id = self._tags.get(key)
            if tag_id is None:
                tag_id = self._tags[key] = self._inserts[m.Tag].one({"name": name})
            ids.append(tag_id)
        return ids

    def _add_children(self, contact_id: int, data: ContactData) -> None:
        """E-mails, phones, links and tags of ``data`` to the waiting rows (empty ones dropped)."""
        emails = [(limits.clean_line(e.address), e.label) for e in data.emails]
        phones = [(limits.clean_line(p.number), p.label) for p in data.phones]
        urls = [(normalise_link(limits.clean_line(li.url)), li.kind) for li in data.links]
        links = [(url, kind) for url, kind in urls if url]
        entries: dict[type[m.BaseModel], tuple[str, str, list[tuple[str, str]]]] = {
            m.ContactEmail: ("address", "label", emails),
            m.ContactPhone: ("number", "label", phones),
            m.ContactLink: ("url", "kind", [(u, k or link_kind_for_url(u)) for u, k in links]),
        }
        for model, (column, second, pairs) in entries.items():
            insert = self._inserts[model]
            self._pending.setdefault(model, []).extend(
                insert.row({"contact": contact_id, column: value, second: extra, "position": i})
                for i, (value, extra) in enumerate((v, x) for v, x in pairs if v)
            )
        tags = self._inserts[m.ContactTag]
        self._pending.setdefault(m.ContactTag, []).extend(
            tags.row({"contact": contact_id, "tag": tag_id}) for tag_id in self.tag_ids(data.tags)
        )

    def _replace_memberships(self, contact_id: int, memberships: Sequence[MembershipData]) -> None:
        """Keep existing memberships' ids and "since" dates; add and remove the rest."""
        current = {
            ms.network_id: ms
            for ms in m.Membership.select().where(m.Membership.contact == contact_id)
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
                self._inserts[m.Membership].one(
                    {"contact": contact_id, "network": nid, "role": role,
                     "since": ms.since or self.undated_since}
                )  # fmt: skip


def _one_per_network(memberships: Sequence[MembershipData]) -> list[MembershipData]:
    """One membership per network, the last given winning (as when replacing)."""
    return list({ms.network_id: ms for ms in memberships}.values())


def write_contact(data: ContactData) -> int:
    """Write one contact completely (already validated) inside the caller's transaction.

    A new membership without a date starts today: the user adds it now.
    """
    writer = ContactWriter(undated_since=dt.date.today())
    contact_id = writer.write(data)
    writer.flush()
    return contact_id
