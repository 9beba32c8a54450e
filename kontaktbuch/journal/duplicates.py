"""Finding the same person twice: by e-mail, by profile link, by a similar name.

Used by the "possible duplicates" list, by imports (before anything is written)
and by quick capture (before a typed name becomes a new contact).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from kontaktbuch.journal.names import name_key
from kontaktbuch.store import models as m


@dataclass(frozen=True)
class Match:
    contact_id: int
    reason: str  # "email", "link" or "name"


def normalise_url(url: str) -> str:
    """Compare profile links without scheme, "www.", query or trailing slash."""
    text = url.strip().lower()
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if text.startswith("www."):
        text = text[4:]
    text = text.split("?", 1)[0].split("#", 1)[0]
    return text.rstrip("/")


def find_matches(
    first_name: str = "",
    last_name: str = "",
    emails: Iterable[str] = (),
    urls: Iterable[str] = (),
    *,
    include_archived: bool = True,
) -> list[Match]:
    """Existing contacts that are probably this person, strongest evidence first."""
    found: dict[int, str] = {}
    addresses = {e.strip().lower() for e in emails if e and "@" in e}
    if addresses:
        rows = m.ContactEmail.select(m.ContactEmail.contact_id).where(
            pw.fn.LOWER(pw.fn.TRIM(m.ContactEmail.address)).in_(sorted(addresses))
        )
        for row in rows:
            found.setdefault(row.contact_id, "email")
    links = {normalise_url(u) for u in urls if u}
    if links:
        for link in m.ContactLink.select(m.ContactLink.contact_id, m.ContactLink.url):
            if normalise_url(link.url) in links:
                found.setdefault(link.contact_id, "link")
    key = name_key(first_name, last_name)
    if key and len(key.split()) >= 2:
        last_words = {w for w in key.split()}
        query = m.Contact.select(m.Contact.id, m.Contact.first_name, m.Contact.last_name)
        if not include_archived:
            query = query.where(m.Contact.archived == False)  # noqa: E712
        for contact in query:
            other = name_key(contact.first_name, contact.last_name)
            if other == key or (other and set(other.split()) == last_words):
                found.setdefault(contact.id, "name")
    order = {"email": 0, "link": 1, "name": 2}
    return [Match(cid, why) for cid, why in sorted(found.items(), key=lambda i: order[i[1]])]


def possible_duplicates() -> list[tuple[int, int, str]]:
    """Pairs (lower id, higher id, reason) of contacts that look like the same person."""
    pairs: dict[tuple[int, int], str] = {}

    def add(group: list[int], reason: str) -> None:
        ids = sorted(set(group))
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pairs.setdefault((a, b), reason)

    by_email: dict[str, list[int]] = {}
    for row in m.ContactEmail.select(m.ContactEmail.contact_id, m.ContactEmail.address):
        by_email.setdefault(row.address.strip().lower(), []).append(row.contact_id)
    for group in by_email.values():
        add(group, "email")
    by_link: dict[str, list[int]] = {}
    for link in m.ContactLink.select(m.ContactLink.contact_id, m.ContactLink.url):
        by_link.setdefault(normalise_url(link.url), []).append(link.contact_id)
    for group in by_link.values():
        add(group, "link")
    by_name: dict[str, list[int]] = {}
    for c in m.Contact.select(m.Contact.id, m.Contact.first_name, m.Contact.last_name):
        key = name_key(c.first_name, c.last_name)
        if len(key.split()) >= 2:
            by_name.setdefault(key, []).append(c.id)
    for group in by_name.values():
        add(group, "name")
    return sorted((a, b, reason) for (a, b), reason in pairs.items())


class MatchIndex:
    """:func:`find_matches` for many people at once (imports of thousands of cards).

    Reads the journal's e-mails, links and names once into dictionaries, so each
    lookup costs a few dictionary hits instead of a scan of every contact. Gives
    the same answers as :func:`find_matches` (a test checks that).
    """

    def __init__(self, *, include_archived: bool = True) -> None:
        self._emails: dict[str, list[int]] = {}
        self._links: dict[str, list[int]] = {}
        self._names: dict[frozenset[str], list[int]] = {}
        for row in m.ContactEmail.select(m.ContactEmail.contact_id, m.ContactEmail.address):
            self._emails.setdefault(row.address.strip().lower(), []).append(row.contact_id)
        for link in m.ContactLink.select(m.ContactLink.contact_id, m.ContactLink.url):
            self._links.setdefault(normalise_url(link.url), []).append(link.contact_id)
        query = m.Contact.select(m.Contact.id, m.Contact.first_name, m.Contact.last_name)
        if not include_archived:
            query = query.where(m.Contact.archived == False)  # noqa: E712
        for contact in query:
            key = name_key(contact.first_name, contact.last_name)
            if key:
                self._names.setdefault(frozenset(key.split()), []).append(contact.id)

    def find(
        self,
        first_name: str = "",
        last_name: str = "",
        emails: Iterable[str] = (),
        urls: Iterable[str] = (),
    ) -> list[Match]:
        found: dict[int, str] = {}
        for address in sorted({e.strip().lower() for e in emails if e and "@" in e}):
            for cid in self._emails.get(address, ()):
                found.setdefault(cid, "email")
        for link in sorted({normalise_url(u) for u in urls if u}):
            for cid in self._links.get(link, ()):
                found.setdefault(cid, "link")
        key = name_key(first_name, last_name)
        if key and len(key.split()) >= 2:
            for cid in self._names.get(frozenset(key.split()), ()):
                found.setdefault(cid, "name")
        order = {"email": 0, "link": 1, "name": 2}
        return [Match(cid, why) for cid, why in sorted(found.items(), key=lambda i: order[i[1]])]
