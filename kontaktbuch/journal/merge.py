"""Merging two contacts that are the same person (common after an import).

:func:`preview_merge` shows what the kept contact will look like and what moves
over; :func:`merge_contacts` does it in one transaction: the combined fields are
written to the kept contact, every conversation, event attendance, membership,
tag, e-mail, phone, link and follow-up of the other one moves to it, and the
other contact is deleted. Where both were in the same conversation, event or
network, the kept contact's row stays and the other's is dropped, so the unique
indexes never collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from kontaktbuch.journal import contacts, relationships
from kontaktbuch.journal.contacts import ContactData, Email, Link, MembershipData, Phone
from kontaktbuch.journal.duplicates import normalise_url
from kontaktbuch.journal.names import fold
from kontaktbuch.journal.snapshots import Snapshot, capture_ids
from kontaktbuch.journal.snapshots import restore as restore_snapshot
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

# fields whose two texts are both kept (joined), instead of one winning
JOINED_FIELDS: tuple[str, ...] = ("first_met", "offers", "seeks", "interests", "notes")
# fields where the kept contact's value wins and the other's fills a gap
SINGLE_FIELDS: tuple[str, ...] = (
    "prefix",
    "first_name",
    "last_name",
    "organisation",
    "position",
    "first_met_event_id",
    "keep_in_touch_days",
)


# rows that hang on a contact and are moved, combined or dropped by a merge
_CHILD_TABLES: tuple[str, ...] = (
    "contact_email",
    "contact_phone",
    "contact_link",
    "contact_tag",
    "membership",
    "conversation_contact",
    "event_attendee",
)


@dataclass(frozen=True)
class MergePreview:
    keep: ContactData
    other: ContactData
    combined: ContactData
    # fields where the other contact's different value is dropped
    dropped: dict[str, object] = field(default_factory=dict)
    # how many things move over: conversations, events, follow_ups
    moves: dict[str, int] = field(default_factory=dict)


# joined fields that are lists: each item kept once (interests by comma, the
# others by line); notes and "first met" are prose, joined as they are
_LISTS = {"interests": re.compile(r"\s*[,;]\s*"), "offers": re.compile(r"\s*\n\s*"),
          "seeks": re.compile(r"\s*\n\s*")}  # fmt: skip


def _join_text(a: str, b: str, separator: str, items: re.Pattern[str] | None = None) -> str:
    """Both texts; a list (``items`` splits it) keeps each item once — the same when
    it reads the same (:func:`~kontaktbuch.journal.names.fold`: "Fussball" is
    "Fußball"), so merging "KI, Fußball" with "Fussball, Wandern" lists "Fußball"
    once."""
    a, b = a.strip(), b.strip()
    if b.casefold() in a.casefold():
        return a
    if a.casefold() in b.casefold():
        return b
    if items is None:
        return f"{a}{separator}{b}"
    kept = [item for item in items.split(a) if item]
    seen = {fold(item) for item in kept}
    for item in items.split(b):
        if item and fold(item) not in seen:
            seen.add(fold(item))
            kept.append(item)
    return separator.join(kept)


def combine(keep: ContactData, other: ContactData) -> tuple[ContactData, dict[str, object]]:
    """The kept contact with the other's information added; and what could not be kept."""
    dropped: dict[str, object] = {}
    values: dict[str, object] = {}
    for name in SINGLE_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        empty = mine in (None, "")
        values[name] = theirs if empty else mine
        if not empty and theirs not in (None, "") and theirs != mine:
            dropped[name] = theirs
    for name in JOINED_FIELDS:
        separator = ", " if name == "interests" else "\n"
        values[name] = _join_text(
            getattr(keep, name), getattr(other, name), separator, _LISTS.get(name)
        )
    birthday: tuple[int | None, int | None, int | None]
    if keep.birthday_day is not None:
        birthday = (keep.birthday_day, keep.birthday_month, keep.birthday_year)
        if (
            other.birthday_day is not None
            and (
                other.birthday_day,
                other.birthday_month,
            )
            != birthday[:2]
        ):
            dropped["birthday"] = (other.birthday_day, other.birthday_month, other.birthday_year)
        elif birthday[2] is None and other.birthday_year is not None:
            birthday = (birthday[0], birthday[1], other.birthday_year)
    else:
        birthday = (other.birthday_day, other.birthday_month, other.birthday_year)
    emails = list(keep.emails)
    known = {e.address.strip().casefold() for e in emails}
    emails += [
        Email(e.address, e.label) for e in other.emails if e.address.strip().casefold() not in known
    ]
    phones = list(keep.phones)
    digits = {"".join(ch for ch in p.number if ch.isdigit()) for p in phones}
    phones += [
        Phone(p.number, p.label)
        for p in other.phones
        if "".join(ch for ch in p.number if ch.isdigit()) not in digits
    ]
    links = list(keep.links)
    urls = {normalise_url(li.url) for li in links}
    links += [Link(li.url, li.kind) for li in other.links if normalise_url(li.url) not in urls]
    memberships = list(keep.memberships)
    in_networks = {ms.network_id for ms in memberships}
    memberships += [
        MembershipData(ms.network_id, ms.role, ms.since, ms.network_name)
        for ms in other.memberships
        if ms.network_id not in in_networks
    ]
    combined = ContactData(
        id=keep.id,
        # ``values`` holds ContactData's own fields, each copied from a ContactData.
        **values,  # type: ignore[arg-type]
        birthday_day=birthday[0],
        birthday_month=birthday[1],
        birthday_year=birthday[2],
        archived=keep.archived and other.archived,
        emails=emails,
        phones=phones,
        links=links,
        tags=contacts.clean_tags([*keep.tags, *other.tags]),
        memberships=memberships,
    )
    return combined, dropped


def preview_merge(keep_id: int, other_id: int) -> MergePreview:
    if keep_id == other_id:
        raise ValueError("a contact cannot be merged with itself")
    keep = contacts.load_contact(keep_id)
    other = contacts.load_contact(other_id)
    combined, dropped = combine(keep, other)
    moves = {
        "conversations": m.ConversationContact.select()
        .where(m.ConversationContact.contact == other_id)
        .count(),
        "events": m.EventAttendee.select().where(m.EventAttendee.contact == other_id).count(),
        "follow_ups": m.FollowUp.select().where(m.FollowUp.contact == other_id).count(),
        "memberships": len(other.memberships),
    }
    return MergePreview(keep, other, combined, dropped, moves)


def merge_contacts(keep_id: int, other_id: int, combined: ContactData | None = None) -> Snapshot:
    """Merge ``other_id`` into ``keep_id`` in one transaction.

    ``combined`` (from the preview, perhaps edited) is written to the kept
    contact; without it the automatic combination is used. Returns a snapshot of
    the other contact as it was (for the record; merging is not undone by it).
    """
    if keep_id == other_id:
        raise ValueError("a contact cannot be merged with itself")
    if combined is None:
        combined = preview_merge(keep_id, other_id).combined
    combined.id = keep_id
    errors = contacts.validate(combined)
    if errors:
        raise contacts.ValidationFailed(errors)
    snap = Snapshot()
    both = [keep_id, other_id]
    with database_proxy.atomic():
        snap.changed.append(("contact", capture_ids("contact", "id", [keep_id])[0]))
        snap.add("contact", capture_ids("contact", "id", [other_id]))
        for table in _CHILD_TABLES:
            snap.clear_first.append((table, "contact_id", keep_id))
            snap.add(table, capture_ids(table, "contact_id", both))
        # Relationships follow the kept contact (undo puts the rows back as they were).
        snap.clear_first += [("relationship", col, keep_id) for col in ("contact_id", "other_id")]
        snap.add("relationship", relationships.capture_for(both))
        for row in capture_ids("follow_up", "contact_id", both):
            # ``id`` is an INTEGER PRIMARY KEY: SQLite always hands back an int.
            row_id = cast(int, row["id"])
            snap.repointed.append(("follow_up", "contact_id", row_id, row["contact_id"]))
        contacts.write_contact(combined)
        for table, column in (
            ("conversation_contact", "conversation_id"),
            ("event_attendee", "event_id"),
        ):
            # Move what the kept contact has not got; drop the rest (both in the
            # same conversation or event: the unique index would refuse it).
            # Memberships, tags, e-mails, phones and links come from ``combined``.
            database_proxy.execute_sql(
                f"""UPDATE "{table}" SET contact_id = ? WHERE contact_id = ? AND "{column}"
                     NOT IN (SELECT "{column}" FROM "{table}" WHERE contact_id = ?)""",
                [keep_id, other_id, keep_id],
            )
        m.FollowUp.update(contact=keep_id).where(m.FollowUp.contact == other_id).execute()
        relationships.move_to(keep_id, other_id)
        m.Contact.delete().where(m.Contact.id == other_id).execute()
    return snap


def undo_merge(snapshot: Snapshot) -> None:
    """Both contacts back as they were before :func:`merge_contacts`, with their ids."""
    restore_snapshot(snapshot)
