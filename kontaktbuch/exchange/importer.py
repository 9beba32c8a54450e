"""From records to the journal: a preview first, then one transaction.

:func:`plan_import` looks for every record's possible duplicates (by e-mail,
profile link, similar name) without writing anything; the user chooses per
match to merge, keep both or skip. :func:`apply_plan` writes the whole plan in
one transaction: a cancel through the progress callback, an error or a killed
process leaves the journal exactly as before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kontaktbuch.exchange.records import (
    ContactRecord,
    ImportWarning,
    NetworkRef,
    ParseResult,
    Progress,
    report,
)
from kontaktbuch.journal.duplicates import MatchIndex, normalise_url
from kontaktbuch.store import models as m
from kontaktbuch.store import search_index
from kontaktbuch.store.models import database_proxy

#: what to do with a record that matches an existing contact
CHOICES: tuple[str, ...] = ("merge", "keep", "skip")
KINDS: tuple[str, ...] = ("vcard", "linkedin")


@dataclass(frozen=True)
class Candidate:
    """An existing contact that is probably the same person."""

    contact_id: int
    name: str
    organisation: str
    reason: str  # "email", "link" or "name"


@dataclass
class PlanItem:
    record: ContactRecord
    candidates: list[Candidate] = field(default_factory=list)
    #: "new" when nothing matched; otherwise one of CHOICES
    choice: str = "new"
    #: the contact to merge into (default: the strongest match)
    target: int | None = None

    @property
    def is_match(self) -> bool:
        return bool(self.candidates)


@dataclass
class ImportPlan:
    source: str
    items: list[PlanItem] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)

    @property
    def new_count(self) -> int:
        return sum(1 for item in self.items if not item.is_match)

    @property
    def match_count(self) -> int:
        return sum(1 for item in self.items if item.is_match)

    def matches(self) -> list[PlanItem]:
        return [item for item in self.items if item.is_match]

    def set_all(self, choice: str) -> None:
        """The same choice for every match (the CLI's ``--on-duplicate``)."""
        if choice not in CHOICES:
            raise ValueError(choice)
        for item in self.matches():
            item.choice = choice


@dataclass
class ImportSummary:
    created: int = 0
    merged: int = 0
    skipped: int = 0
    networks_created: int = 0
    dry_run: bool = False
    contact_ids: list[int] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)


def read_file(kind: str, path: Path | str, progress: Progress | None = None) -> ParseResult:
    """Read a file of the given kind ("vcard" or "linkedin") into records."""
    if kind == "vcard":
        from kontaktbuch.exchange.vcard import read_vcards

        return read_vcards(path, progress)
    if kind == "linkedin":
        from kontaktbuch.exchange.linkedin import read_connections

        return read_connections(path, progress)
    raise ValueError(kind)


def plan_import(parsed: ParseResult, *, default_choice: str = "merge") -> ImportPlan:
    """Find possible duplicates for every record; nothing is written."""
    index = MatchIndex()
    names: dict[int, tuple[str, str]] = {}
    plan = ImportPlan(parsed.source, warnings=list(parsed.warnings))
    pending: list[tuple[PlanItem, list[tuple[int, str]]]] = []
    for record in _combine_same_people(parsed.records, plan.warnings):
        found = index.find(
            record.first_name,
            record.last_name,
            [a for a, _ in record.emails],
            [u for u, _ in record.links],
        )
        item = PlanItem(record)
        pending.append((item, [(f.contact_id, f.reason) for f in found]))
        names.update({f.contact_id: ("", "") for f in found})
        plan.items.append(item)
    if names:
        ids = sorted(names)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = m.Contact.select(
                m.Contact.id, m.Contact.first_name, m.Contact.last_name, m.Contact.organisation
            ).where(m.Contact.id.in_(chunk))
            for c in query:
                names[c.id] = (c.display_name, c.organisation)
    for item, found in pending:
        item.candidates = [Candidate(cid, *names[cid], reason) for cid, reason in found]
        if item.candidates:
            item.choice = default_choice
            item.target = item.candidates[0].contact_id
    return plan


def _combine_same_people(
    records: list[ContactRecord], warnings: list[ImportWarning]
) -> list[ContactRecord]:
    """One record per person when a file (or folder) holds someone twice.

    Only the same e-mail address or profile link counts here: two people with
    the same name in one address book are usually two people.
    """
    seen: dict[str, ContactRecord] = {}
    kept: list[ContactRecord] = []
    for record in records:
        keys = [f"e:{a.lower()}" for a, _ in record.emails]
        keys += [f"l:{normalise_url(u)}" for u, _ in record.links]
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is None:
            kept.append(record)
            target = record
        else:
            merge_records(earlier, record)
            warnings.append(
                ImportWarning(
                    "combined",
                    record.source,
                    card=record.card,
                    line=record.line,
                    detail=earlier.display_name,
                )
            )
            target = earlier
        for key in keys:
            seen.setdefault(key, target)
    return kept


def merge_records(into: ContactRecord, other: ContactRecord) -> None:
    """Fill ``into``'s empty fields from ``other`` and add what it lacks."""
    for name in (*_SCALARS, "birthday_day", "birthday_month", "birthday_year"):
        if not getattr(into, name) and getattr(other, name):
            setattr(into, name, getattr(other, name))
    if other.notes and other.notes not in into.notes:
        into.notes = f"{into.notes}\n\n{other.notes}" if into.notes else other.notes
    for address, label in other.emails:
        into.add_email(address, label)
    for number, label in other.phones:
        into.add_phone(number, label)
    for url, kind in other.links:
        into.add_link(url, kind)
    for tag in other.tags:
        into.add_tag(tag)
    known = {ref.name.casefold() for ref in into.networks}
    into.networks += [ref for ref in other.networks if ref.name.casefold() not in known]
    into.relations += [r for r in other.relations if r not in into.relations]


class _DryRun(Exception):
    pass


def apply_plan(
    plan: ImportPlan, progress: Progress | None = None, *, dry_run: bool = False
) -> ImportSummary:
    """Write the plan in one transaction; raises :class:`Cancelled` when cancelled.

    With ``dry_run`` everything is done and then rolled back, so the summary's
    figures are exactly what a real import would give.
    """
    summary = ImportSummary(dry_run=dry_run, warnings=list(plan.warnings))
    total = len(plan.items)
    db = database_proxy.obj
    try:
        # The search index is updated once at the end, for the contacts and
        # networks written, instead of by a trigger per row.
        with database_proxy.atomic(), search_index.deferred_index(db) as index:
            writer = _Writer(summary, index)
            report(progress, 0, total)
            written: list[int | None] = []
            for number, item in enumerate(plan.items, 1):
                if item.is_match and item.choice == "skip":
                    summary.skipped += 1
                    written.append(None)
                elif item.is_match and item.choice == "merge":
                    target = item.target or item.candidates[0].contact_id
                    writer.merge(target, item.record)
                    summary.merged += 1
                    summary.contact_ids.append(target)
                    written.append(target)
                else:
                    summary.contact_ids.append(writer.create(item.record))
                    summary.created += 1
                    written.append(summary.contact_ids[-1])
                if number % 25 == 0 or number == total:
                    report(progress, number, total)
            writer.flush()
            _relate(plan, written, summary)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        summary.contact_ids = []
    return summary


def _relate(plan: ImportPlan, written: list[int | None], summary: ImportSummary) -> None:
    """The relationships named on the cards, between the contacts they name.

    The other person is looked up by name among the people of this import first,
    then in the journal; one not found is reported (``related_not_found``), never
    made up as a new contact.
    """
    from kontaktbuch.journal import relationships
    from kontaktbuch.journal.names import name_key, split_name

    pending = [(i, c) for i, c in zip(plan.items, written, strict=True) if c and i.record.relations]
    if not pending:
        return
    by_name: dict[str, int] = {}
    for item, cid in zip(plan.items, written, strict=True):
        if cid:
            by_name.setdefault(name_key(item.record.first_name, item.record.last_name), cid)
    in_journal: dict[str, int] | None = None
    for item, cid in pending:
        assert cid is not None
        for name, kind, label in item.record.relations:
            key = name_key(*split_name(name))
            other = by_name.get(key)
            if other is None:
                if in_journal is None:
                    in_journal = {}
                    query = m.Contact.select(
                        m.Contact.id, m.Contact.first_name, m.Contact.last_name
                    )
                    for c in query.order_by(m.Contact.id):
                        in_journal.setdefault(name_key(c.first_name, c.last_name), c.id)
                other = in_journal.get(key)
            if other is None or other == cid:
                summary.warnings.append(
                    ImportWarning(
                        "related_not_found", item.record.source, card=item.record.card, detail=name
                    )
                )
                continue
            # already kept (the other card named it too), or a label missing: nothing to add
            with contextlib.suppress(relationships.RelationshipProblem):
                relationships.add(cid, other, kind, label)


def import_file(
    kind: str,
    path: Path | str,
    *,
    on_duplicate: str = "merge",
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Read, plan and apply in one go (CLI and scripts)."""
    plan = plan_import(read_file(kind, path, progress), default_choice=on_duplicate)
    return apply_plan(plan, progress, dry_run=dry_run)


# --- writing ----------------------------------------------------------------------

_SCALARS = ("prefix", "first_name", "last_name", "organisation", "position", "first_met",
            "offers", "seeks", "interests")  # fmt: skip


class _Insert:
    """One prepared INSERT for a model: rows in, peewee's conversions, no per-row query building.

    Building a peewee query costs more than SQLite's insert itself; an import of
    10,000 cards writes 50,000 rows. Values go through each field's ``db_value``
    and missing fields get their defaults, exactly as ``Model.create`` does.
    """

    def __init__(self, model: type[m.BaseModel], *, or_ignore: bool = False) -> None:
        self.fields = [f for f in model._meta.sorted_fields if f.name != "id"]
        columns = ", ".join(f'"{f.column_name}"' for f in self.fields)
        marks = ", ".join("?" for _ in self.fields)
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        self.sql = f'{verb} INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'

    def row(self, values: dict[str, object]) -> tuple[object, ...]:
        out = []
        for f in self.fields:
            if f.name in values:
                value = values[f.name]
            elif f.default is not None:
                value = f.default() if callable(f.default) else f.default
            else:
                value = None
            out.append(f.db_value(value))
        return tuple(out)

    def one(self, values: dict[str, object]) -> int:
        """Insert one row; its id."""
        return int(database_proxy.obj.execute_sql(self.sql, self.row(values)).lastrowid)

    def many(self, rows: list[tuple[object, ...]]) -> None:
        for start in range(0, len(rows), 1000):
            database_proxy.obj.cursor().executemany(self.sql, rows[start : start + 1000])


class _Writer:
    """Creates and merges contacts, remembering tags and networks it has seen.

    A new contact's own row is written at once (its id is needed); its e-mails,
    phones, links, tags and memberships wait in :attr:`pending` and are written
    together by :meth:`flush` — before any merge reads a contact's rows, and at
    the end. The search index is brought up to date once at the end too: the
    writer reports the contacts and networks it changed to ``index``.
    """

    def __init__(self, summary: ImportSummary, index: search_index.Deferred) -> None:
        self.summary = summary
        self.index = index
        self.tags: dict[str, m.Tag] = {t.name.casefold(): t for t in m.Tag.select()}
        self.networks: dict[str, m.Network] = {}
        for network in m.Network.select().order_by(m.Network.id):
            self.networks.setdefault(network.name.casefold(), network)
        self.inserts = {
            model: _Insert(model, or_ignore=model is m.ContactTag)
            for model in (
                m.Contact,
                m.ContactEmail,
                m.ContactPhone,
                m.ContactLink,
                m.ContactTag,
                m.Membership,
            )
        }
        self.pending: dict[type[m.BaseModel], list[tuple[object, ...]]] = {}
        #: memberships of new contacts: (contact, network) -> [role, since]
        self.joined: dict[tuple[int, int], list[object]] = {}

    def create(self, record: ContactRecord) -> int:
        contact_id = self.inserts[m.Contact].one(
            {
                **{name: getattr(record, name) for name in _SCALARS},
                "notes": record.notes,
                "birthday_day": record.birthday_day,
                "birthday_month": record.birthday_month,
                "birthday_year": record.birthday_year,
                "keep_in_touch_days": record.keep_in_touch_days,
                "archived": record.archived,
            }
        )
        self.index.touch("fts_contact", contact_id)
        self._add_children(contact_id, record, set(), set(), set(), 0, 0, 0, new=True)
        return contact_id

    def flush(self) -> None:
        """Write the rows that wait (see the class's docstring)."""
        for model, rows in self.pending.items():
            self.inserts[model].many(rows)
        self.pending.clear()
        if self.joined:
            insert = self.inserts[m.Membership]
            insert.many(
                [
                    insert.row({"contact": contact, "network": network, "role": role,
                                "since": since})
                    for (contact, network), (role, since) in self.joined.items()
                ]
            )  # fmt: skip
            self.joined.clear()

    def merge(self, contact_id: int, record: ContactRecord) -> None:
        self.flush()
        self.index.touch("fts_contact", contact_id)
        contact = m.Contact.get_by_id(contact_id)
        changes: dict[str, object] = {}
        for name in _SCALARS:
            value = getattr(record, name)
            if value and not getattr(contact, name):
                changes[name] = value
        if record.birthday_month and not contact.birthday_month:
            changes.update(
                birthday_day=record.birthday_day,
                birthday_month=record.birthday_month,
                birthday_year=record.birthday_year,
            )
        elif (
            record.birthday_year
            and not contact.birthday_year
            and (contact.birthday_day, contact.birthday_month)
            == (record.birthday_day, record.birthday_month)
        ):
            changes["birthday_year"] = record.birthday_year
        if record.keep_in_touch_days and not contact.keep_in_touch_days:
            changes["keep_in_touch_days"] = record.keep_in_touch_days
        note = record.notes.strip()
        if note and note not in contact.notes:
            changes["notes"] = f"{contact.notes.rstrip()}\n\n{note}" if contact.notes else note
        if changes:
            changes["updated_at"] = dt.datetime.now().replace(microsecond=0)
            m.Contact.update(**changes).where(m.Contact.id == contact_id).execute()
        emails = list(m.ContactEmail.select().where(m.ContactEmail.contact == contact_id))
        phones = list(m.ContactPhone.select().where(m.ContactPhone.contact == contact_id))
        links = list(m.ContactLink.select().where(m.ContactLink.contact == contact_id))
        self._add_children(
            contact_id,
            record,
            {e.address.strip().lower() for e in emails},
            {_digits(p.number) for p in phones},
            {normalise_url(link.url) for link in links},
            _next(e.position for e in emails),
            _next(p.position for p in phones),
            _next(link.position for link in links),
        )

    def _add_children(
        self,
        contact_id: int,
        record: ContactRecord,
        emails: set[str],
        phones: set[str],
        links: set[str],
        email_pos: int,
        phone_pos: int,
        link_pos: int,
        *,
        new: bool = False,
    ) -> None:
        def add(model: type[m.BaseModel], values: dict[str, object]) -> None:
            row = self.inserts[model].row(values)
            if new:
                self.pending.setdefault(model, []).append(row)
            else:
                self.inserts[model].many([row])

        for address, label in record.emails:
            if address.lower() not in emails:
                emails.add(address.lower())
                add(
                    m.ContactEmail,
                    {"contact": contact_id, "address": address, "label": label,
                     "position": email_pos},
                )  # fmt: skip
                email_pos += 1
        for number, label in record.phones:
            if _digits(number) not in phones:
                phones.add(_digits(number))
                add(
                    m.ContactPhone,
                    {"contact": contact_id, "number": number, "label": label,
                     "position": phone_pos},
                )  # fmt: skip
                phone_pos += 1
        for url, kind in record.links:
            if normalise_url(url) not in links:
                links.add(normalise_url(url))
                add(
                    m.ContactLink,
                    {"contact": contact_id, "url": url, "kind": kind, "position": link_pos},
                )
                link_pos += 1
        for name in record.tags:
            tag = self.tags.get(name.casefold())
            if tag is None:
                tag = m.Tag.create(name=name)
                self.tags[name.casefold()] = tag
            add(m.ContactTag, {"contact": contact_id, "tag": tag.id})
        for ref in record.networks:
            self._join(contact_id, ref, new=new)

    def _join(self, contact_id: int, ref: NetworkRef, *, new: bool) -> None:
        network = self.networks.get(ref.name.casefold())
        if network is None:
            network = m.Network.create(name=ref.name, kind=ref.kind)
            self.networks[ref.name.casefold()] = network
            self.summary.networks_created += 1
            self.index.touch("fts_network", network.id)
        if new:  # a new contact's memberships are only those waiting here
            joined = self.joined.get((contact_id, network.id))
            if joined is None:
                self.joined[(contact_id, network.id)] = [ref.role, ref.since]
            elif joined[1] is None and ref.since is not None:
                joined[1] = ref.since
            return
        existing = m.Membership.get_or_none(
            (m.Membership.contact == contact_id) & (m.Membership.network == network.id)
        )
        if existing is None:
            m.Membership.create(
                contact=contact_id, network=network.id, role=ref.role, since=ref.since
            )
        elif existing.since is None and ref.since is not None:
            m.Membership.update(since=ref.since).where(m.Membership.id == existing.id).execute()


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


def _next(positions: Iterable[int]) -> int:
    return max(positions, default=-1) + 1


def journal_has_data() -> bool:
    """True when the journal holds anything (contacts, networks, events, …)."""
    return any(model.select().exists() for model in m.ALL_MODELS)
