"""From records to the journal: a preview first, then one transaction.

:func:`plan_import` looks for every record's possible duplicates (by e-mail,
profile link, similar name) without writing anything; the user chooses per
match to merge, keep both or skip. :func:`apply_plan` writes the whole plan in
one transaction through the journal's contact rules
(:class:`~kontaktbuch.journal.contacts.ContactWriter`, the editor's write path):
a cancel through the progress callback, an error or a killed process leaves the
journal exactly as before.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kontaktbuch.exchange.records import (
    ContactRecord,
    ExchangeError,
    ImportWarning,
    NetworkRef,
    ParseResult,
    Progress,
    report,
)
from kontaktbuch.journal.contacts import ContactData, ContactWriter, MembershipData, load_contact
from kontaktbuch.journal.contacts.records import email_key, length_problems
from kontaktbuch.journal.duplicates import MatchIndex, normalise_url
from kontaktbuch.journal.names import display_name_of
from kontaktbuch.store import models as m
from kontaktbuch.store import search_index
from kontaktbuch.store.models import database_proxy

# what to do with a record that matches an existing contact
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
    # "new" when nothing matched; otherwise one of CHOICES
    choice: str = "new"
    # the contact to merge into (default: the strongest match)
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

    def writes_anything(self) -> bool:
        """False when applying the plan would change nothing (no records, or every
        match skipped): then no backup is taken before it."""
        return any(not (item.is_match and item.choice == "skip") for item in self.items)

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
    """Read a file of the given kind ("vcard" or "linkedin") into records.

    A record with a value longer than the journal keeps (``journal/limits.py``)
    refuses the file, naming the card or line (ExchangeError "too_long_value").
    """
    if kind == "vcard":
        from kontaktbuch.exchange.vcard import read_vcards

        parsed = read_vcards(path, progress)
    elif kind == "linkedin":
        from kontaktbuch.exchange.linkedin import read_connections

        parsed = read_connections(path, progress)
    else:
        raise ValueError(kind)
    for record in parsed.records:
        problems = length_problems(record)
        if problems:
            raise ExchangeError(
                record.source or path,
                "too_long_value",
                card=record.card,
                line=record.line,
                detail=next(iter(problems)),
            )
    return parsed


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
            [e.address for e in record.emails],
            [link.url for link in record.links],
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
                m.Contact.id,
                m.Contact.prefix,
                m.Contact.first_name,
                m.Contact.last_name,
                m.Contact.organisation,
            ).where(m.Contact.id.in_(chunk))
            for c in query:
                names[c.id] = (display_name_of(c), c.organisation)
    for item, matched in pending:
        item.candidates = [Candidate(cid, *names[cid], reason) for cid, reason in matched]
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
        keys = [f"e:{email_key(e.address)}" for e in record.emails]
        keys += [f"l:{normalise_url(link.url)}" for link in record.links]
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
    _add_entries(into, other)
    known = {ref.name.casefold() for ref in into.networks}
    into.networks += [ref for ref in other.networks if ref.name.casefold() not in known]
    into.relations += [r for r in other.relations if r not in into.relations]


def _add_entries(into: ContactData, other: ContactData) -> None:
    """``other``'s e-mails, phones, links and tags that ``into`` lacks (the journal's rules
    of sameness: :meth:`ContactData.add_email` and its siblings)."""
    for email in other.emails:
        into.add_email(email.address, email.label)
    for phone in other.phones:
        into.add_phone(phone.number, phone.label)
    for link in other.links:
        into.add_link(link.url, link.kind)
    for tag in other.tags:
        into.add_tag(tag)


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


class _Writer:
    """Creates and merges contacts through the journal's :class:`ContactWriter`, and finds
    or creates their networks by name.

    New contacts' e-mails, phones, links, tags and memberships are written
    together (:meth:`ContactWriter.flush`) — before any merge reads a contact,
    and at the end. The search index is brought up to date once at the end too:
    the writer reports the contacts and networks it changed to ``index``.
    """

    def __init__(self, summary: ImportSummary, index: search_index.Deferred) -> None:
        self.summary = summary
        self.index = index
        # An import does not know since when someone is a member: no date then.
        self.contacts = ContactWriter(undated_since=None)
        self.networks: dict[str, int] = {}
        for network_id, name in database_proxy.execute_sql(
            "SELECT id, name FROM network ORDER BY id"
        ).fetchall():
            self.networks.setdefault(str(name).casefold(), int(network_id))

    def create(self, record: ContactRecord) -> int:
        contact_id = self.contacts.write(
            replace(record, memberships=self._memberships(record.networks))
        )
        self.index.touch("fts_contact", contact_id)
        return contact_id

    def merge(self, contact_id: int, record: ContactRecord) -> None:
        """Fill the contact's empty fields from ``record`` and add what it lacks."""
        self.contacts.flush()
        self.index.touch("fts_contact", contact_id)
        current = load_contact(contact_id)
        combined = _merged(current, record, self._memberships(record.networks))
        if combined != current:
            self.contacts.write(combined)

    def flush(self) -> None:
        self.contacts.flush()

    def _memberships(self, refs: Sequence[NetworkRef]) -> list[MembershipData]:
        """One membership per network named (found or created); a later mention of the
        same network only fills a missing "since"."""
        joined: dict[int, MembershipData] = {}
        for ref in refs:
            network_id = self._network_id(ref)
            earlier = joined.get(network_id)
            if earlier is None:
                joined[network_id] = MembershipData(network_id, ref.role, ref.since)
            elif earlier.since is None:
                earlier.since = ref.since
        return list(joined.values())

    def _network_id(self, ref: NetworkRef) -> int:
        network_id = self.networks.get(ref.name.casefold())
        if network_id is None:
            network_id = int(m.Network.create(name=ref.name, kind=ref.kind).id)
            self.networks[ref.name.casefold()] = network_id
            self.summary.networks_created += 1
            self.index.touch("fts_network", network_id)
        return network_id


def _merged(
    current: ContactData, record: ContactRecord, memberships: Sequence[MembershipData]
) -> ContactData:
    """``current`` with ``record``'s information added: empty fields filled, the note
    appended, e-mails, phones, links, tags and networks it lacks added, a missing
    membership date filled; what ``current`` has stays."""
    combined = copy.deepcopy(current)
    for name in _SCALARS:
        value = getattr(record, name)
        if value and not getattr(current, name):
            setattr(combined, name, value)
    if record.birthday_month and not current.birthday_month:
        combined.birthday_day = record.birthday_day
        combined.birthday_month = record.birthday_month
        combined.birthday_year = record.birthday_year
    elif (
        record.birthday_year
        and not current.birthday_year
        and (current.birthday_day, current.birthday_month)
        == (record.birthday_day, record.birthday_month)
    ):
        combined.birthday_year = record.birthday_year
    if record.keep_in_touch_days and not current.keep_in_touch_days:
        combined.keep_in_touch_days = record.keep_in_touch_days
    note = record.notes.strip()
    if note and note not in current.notes:
        combined.notes = f"{current.notes.rstrip()}\n\n{note}" if current.notes else note
    _add_entries(combined, record)
    have = {ms.network_id: ms for ms in combined.memberships}
    for ms in memberships:
        if ms.network_id not in have:
            combined.memberships.append(ms)
        elif have[ms.network_id].since is None and ms.since is not None:
            have[ms.network_id].since = ms.since
    return combined


def journal_has_data() -> bool:
    """True when the journal holds anything (contacts, networks, events, …)."""
    return any(model.select().exists() for model in m.ALL_MODELS)
