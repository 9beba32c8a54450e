"""A contact with everything that hangs on it, read and written as one piece.

The contacts view, the CLI and imports all go through :func:`save_contact`, so
the rules live once: what a valid e-mail, link or birthday is, how tags are
matched, and that an invalid contact writes nothing at all. Lists are queried
in pages, sorted and filtered in SQL, so 10,000 contacts stay quick.

Validation returns *codes* per field (``{"emails.1": "email_invalid"}``); the
UI turns them into sentences in the user's language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kontaktbuch.journal import interactions
from kontaktbuch.journal.names import fold
from kontaktbuch.journal.snapshots import NotFound, Snapshot, capture, capture_ids, placeholders
from kontaktbuch.journal.snapshots import restore as restore_snapshot
from kontaktbuch.journal.vocabulary import link_kind_for_url
from kontaktbuch.store import models as m
from kontaktbuch.store.migrations import CONTACT_SORT_TABLE
from kontaktbuch.store.models import database_proxy

# --- the contact as one piece ------------------------------------------------------


@dataclass
class Email:
    address: str
    label: str = ""


@dataclass
class Phone:
    number: str
    label: str = ""


@dataclass
class Link:
    url: str
    kind: str = ""  # recognised from the URL when empty


@dataclass
class MembershipData:
    network_id: int
    role: str = ""
    since: dt.date | None = None
    network_name: str = ""  # for showing only; ignored when saving


@dataclass
class ContactData:
    """Every field of a contact, with its e-mails, phones, links, tags and memberships."""

    id: int | None = None
    prefix: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    position: str = ""
    first_met: str = ""
    first_met_event_id: int | None = None
    offers: str = ""
    seeks: str = ""
    interests: str = ""
    notes: str = ""
    birthday_day: int | None = None
    birthday_month: int | None = None
    birthday_year: int | None = None
    keep_in_touch_days: int | None = None
    archived: bool = False
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    memberships: list[MembershipData] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return display_name(self.prefix, self.first_name, self.last_name, self.organisation)


SCALAR_FIELDS: tuple[str, ...] = (
    "prefix",
    "first_name",
    "last_name",
    "organisation",
    "position",
    "first_met",
    "first_met_event_id",
    "offers",
    "seeks",
    "interests",
    "notes",
    "birthday_day",
    "birthday_month",
    "birthday_year",
    "keep_in_touch_days",
    "archived",
)


def display_name(prefix: str, first_name: str, last_name: str, organisation: str = "") -> str:
    """ "Dr. Anna Müller"; the organisation when a contact has no name."""
    name = " ".join(p for p in (first_name.strip(), last_name.strip()) if p)
    if not name:
        return organisation.strip() or "?"
    return f"{prefix.strip()} {name}".strip()


# --- keep-in-touch intervals -------------------------------------------------------

INTERVAL_UNITS: dict[str, int] = {"days": 1, "weeks": 7, "months": 30}


def interval_parts(days: int | None) -> tuple[int, str] | None:
    """90 -> (3, "months"), 14 -> (2, "weeks"), None -> None: how a person would say it."""
    if not days:
        return None
    if days % 30 == 0:
        return days // 30, "months"
    if days % 7 == 0:
        return days // 7, "weeks"
    return days, "days"


def interval_days(count: int, unit: str) -> int:
    return count * INTERVAL_UNITS[unit]


# --- validation --------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
_DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", re.I)
MAX_INTERVAL_DAYS = 3650


class ValidationFailed(ValueError):
    """Nothing was written; ``errors`` maps field names to problem codes."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def normalise_link(url: str) -> str:
    """ "linkedin.com/in/anna" -> "https://linkedin.com/in/anna"; other text unchanged."""
    text = url.strip()
    if text and "://" not in text and " " not in text and "." in text.split("/", 1)[0]:
        return "https://" + text
    return text


def is_url(text: str) -> bool:
    parts = urlsplit(normalise_link(text))
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and bool(_DOMAIN.match(host)) and " " not in text


def birthday_problem(day: int | None, month: int | None, year: int | None) -> str | None:
    """None if the birthday is possible; 29 February without a year is allowed."""
    if day is None and month is None and year is None:
        return None
    if day is None or month is None:
        return "birthday_incomplete"
    if not 1 <= month <= 12:
        return "birthday_invalid"
    if year is not None:
        if not 1900 <= year <= dt.date.today().year:
            return "birthday_year_invalid"
        last = calendar.monthrange(year, month)[1]
    else:
        last = calendar.monthrange(2000, month)[1]  # a leap year: 29.2. is a birthday
    if not 1 <= day <= last:
        return "birthday_invalid"
    return None


def validate(data: ContactData) -> dict[str, str]:
    """Problems per field ("emails.1", "links.0", "birthday", …); empty when all is well."""
    errors: dict[str, str] = {}
    if not (data.first_name.strip() or data.last_name.strip() or data.organisation.strip()):
        errors["name"] = "name_missing"
    for i, email in enumerate(data.emails):
        if email.address.strip() and not is_email(email.address):
            errors[f"emails.{i}"] = "email_invalid"
    for i, phone in enumerate(data.phones):
        if phone.number.strip() and not re.search(r"\d", phone.number):
            errors[f"phones.{i}"] = "phone_invalid"
    for i, link in enumerate(data.links):
        if link.url.strip() and not is_url(link.url):
            errors[f"links.{i}"] = "url_invalid"
    problem = birthday_problem(data.birthday_day, data.birthday_month, data.birthday_year)
    if problem:
        errors["birthday"] = problem
    # None: as its networks say; 0: never remind; else every so many days.
    if data.keep_in_touch_days is not None and not (
        0 <= data.keep_in_touch_days <= MAX_INTERVAL_DAYS
    ):
        errors["keep_in_touch"] = "interval_invalid"
    seen: set[int] = set()
    for i, membership in enumerate(data.memberships):
        if membership.network_id in seen:
            errors[f"memberships.{i}"] = "network_duplicate"
        elif not m.Network.select().where(m.Network.id == membership.network_id).exists():
            errors[f"memberships.{i}"] = "network_missing"
        seen.add(membership.network_id)
    if (
        data.first_met_event_id is not None
        and not m.Event.select().where(m.Event.id == data.first_met_event_id).exists()
    ):
        errors["first_met_event"] = "event_missing"
    return errors


# --- reading and writing -----------------------------------------------------------


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, without empties and without case-insensitive repeats, in order."""
    result: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        name = " ".join(tag.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


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


# --- deleting, and undoing it -------------------------------------------------------


def sole_conversations(contact_ids: Sequence[int]) -> list[int]:
    """Conversations that had nobody but these contacts (they go with them)."""
    if not contact_ids:
        return []
    ph = placeholders(contact_ids)
    rows = database_proxy.execute_sql(
        f"""SELECT conversation_id FROM conversation_contact GROUP BY conversation_id
            HAVING SUM(contact_id IN ({ph})) > 0 AND SUM(contact_id NOT IN ({ph})) = 0""",
        [*contact_ids, *contact_ids],
    ).fetchall()
    return [int(r[0]) for r in rows]


def _touching(ids: Sequence[int]) -> str:
    """Rows of a table between two contacts (relationships, introductions) with one of ``ids``."""
    return f"contact_id IN ({placeholders(ids)}) OR other_id IN ({placeholders(ids)})"


def delete_contacts(contact_ids: Iterable[int]) -> Snapshot:
    """Delete contacts in one transaction and return what is needed to undo it.

    Conversations with other people stay (only this person leaves them);
    conversations with nobody else go, with their outcomes and follow-ups.
    """
    ids = sorted(set(contact_ids))
    snap = Snapshot()
    if not ids:
        return snap
    with database_proxy.atomic():
        conv_ids = sole_conversations(ids)
        snap.add("conversation", capture_ids("conversation", "id", conv_ids))
        snap.add("contact", capture_ids("contact", "id", ids))
        for table in (
            "contact_email",
            "contact_phone",
            "contact_link",
            "contact_tag",
            "membership",
            "event_attendee",
            "conversation_contact",
        ):
            snap.add(table, capture_ids(table, "contact_id", ids))
        # Relationships and decisions on introductions go with the contact (cascade).
        for table in ("relationship", "introduction_state"):
            snap.add(table, capture(table, _touching(ids), ids * 2))
        snap.add("outcome", capture_ids("outcome", "conversation_id", conv_ids))
        snap.add("goal_conversation", capture_ids("goal_conversation", "conversation_id", conv_ids))
        follow_ups = capture(
            "follow_up",
            f"contact_id IN ({placeholders(ids)}) OR conversation_id IN ({placeholders(conv_ids)})",
            [*ids, *conv_ids],
        )
        snap.add("follow_up", [f for f in follow_ups if f["conversation_id"] in set(conv_ids)])
        snap.nulled += [
            ("follow_up", "contact_id", int(f["id"]), f["contact_id"])  # type: ignore[arg-type]
            for f in follow_ups
            if f["conversation_id"] not in set(conv_ids)
        ]
        if conv_ids:
            m.Conversation.delete().where(m.Conversation.id.in_(conv_ids)).execute()
        m.Contact.delete().where(m.Contact.id.in_(ids)).execute()
    return snap


def restore(snapshot: Snapshot) -> None:
    """Undo :func:`delete_contacts`: the same contacts with the same ids and links."""
    restore_snapshot(snapshot)


# --- the list: pages sorted and filtered in SQL -------------------------------------

SORT_COLUMNS: tuple[str, ...] = (
    "name",
    "organisation",
    "position",
    "networks",
    "last_contact",
    "next_due",
)
PAGE_SIZE = 200
_ID_CHUNK = 5000
_EMPTY_LAST = "~"  # sorts after every folded (ASCII) text


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    network_id: int | None = None
    tag: str = ""
    overdue: bool = False
    include_archived: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    organisation: str
    position: str
    networks: str
    last_contact: dt.datetime | None
    next_due: dt.date | None
    archived: bool
    key: str  # the sort key, for asking for the next page


@functools.lru_cache(maxsize=65536)
def _cached_fold(value: str) -> str:
    return fold(value)


def _sql_fold(value: object) -> str:
    """The sort key in SQL; cached, because every page asks again for the same names."""
    text = _cached_fold(str(value or ""))
    return text or _EMPTY_LAST


def _sql_match(haystack: object, words: object) -> int:
    folded = _cached_fold(str(haystack or ""))
    return int(all(w in folded for w in str(words).split()))


def _register_functions() -> None:
    """Name folding in SQL, so "Müller" sorts with "Mueller" and before "Zimmermann"."""
    conn = database_proxy.connection()
    conn.create_function("kb_fold", 1, _sql_fold, deterministic=True)
    conn.create_function("kb_match", 2, _sql_match, deterministic=True)


#: The folded name ("last first", else first name, else organisation; the same
#: key ``kb_fold`` gives), stored and indexed by migration 4, so a page comes
#: straight from the index instead of folding every name. The index is
#: (name, contact_id): pages order and continue by s.contact_id, and s leads the
#: join (else SQLite scans contact and sorts).
_NAME_KEY = "s.name"
_NAME_FROM = f"{CONTACT_SORT_TABLE} s CROSS JOIN contact c ON c.id = s.contact_id"
_NETWORKS = (
    "(SELECT group_concat(name, ', ') FROM (SELECT n.name AS name FROM membership ms "
    "JOIN network n ON n.id = ms.network_id WHERE ms.contact_id = c.id ORDER BY n.name))"
)
_SORT_SQL = {
    "name": _NAME_KEY,
    "organisation": "kb_fold(c.organisation)",
    "position": "kb_fold(c.position)",
    "networks": f"kb_fold({_NETWORKS})",
    "last_contact": "COALESCE(t.last, '')",
    "next_due": "COALESCE(t.due, '9999-12-31')",
}
_HAYSTACK = (
    "c.prefix || ' ' || c.first_name || ' ' || c.last_name || ' ' || c.organisation || ' ' || "
    "c.position || ' ' || c.offers || ' ' || c.seeks || ' ' || c.interests || ' ' || "
    "c.notes || ' ' || c.first_met || ' ' || COALESCE((SELECT group_concat(tg.name, ' ') "
    "FROM contact_tag ct JOIN tag tg ON tg.id = ct.tag_id WHERE ct.contact_id = c.id), '') "
    "|| ' ' || "
    "COALESCE((SELECT group_concat(e.address, ' ') FROM contact_email e "
    "WHERE e.contact_id = c.id), '')"
)


def _id_sql(sort: str) -> str:
    """The id column that breaks ties of ``sort`` (the one its index holds)."""
    return "s.contact_id" if sort == "name" else "c.id"


def _needs_timing(flt: ContactFilter, sort: str | None) -> bool:
    return flt.overdue or sort in ("last_contact", "next_due")


def _query_parts(
    flt: ContactFilter, now: dt.datetime, sort: str | None
) -> tuple[str, str, list[object], list[str], list[object]]:
    """(WITH clause, FROM clause, its params, WHERE conditions, their params).

    ``sort`` None: for counting, nothing joined for sorting.
    """
    with_sql, with_params = "", []
    from_sql = _NAME_FROM if sort == "name" else "contact c"
    if _needs_timing(flt, sort):
        cte, with_params = interactions.timing_cte(now)
        with_sql = "WITH " + cte
        from_sql += " JOIN timing t ON t.contact_id = c.id"
    where: list[str] = []
    params: list[object] = []
    if not flt.include_archived:
        where.append("c.archived = 0")
    words = fold(flt.text)
    if words:
        where.append(f"kb_match({_HAYSTACK}, ?)")
        params.append(words)
    if flt.network_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM membership ms WHERE ms.contact_id = c.id AND ms.network_id = ?)"
        )
        params.append(flt.network_id)
    if flt.tag:
        where.append(
            "EXISTS (SELECT 1 FROM contact_tag ct JOIN tag tg ON tg.id = ct.tag_id "
            "WHERE ct.contact_id = c.id AND tg.name = ? COLLATE NOCASE)"
        )
        params.append(flt.tag)
    if flt.overdue:
        where.append("t.due IS NOT NULL AND t.due < ?")
        params.append(now.date().isoformat())
    return with_sql, from_sql, list(with_params), where, params


def count_contacts(flt: ContactFilter, now: dt.datetime) -> int:
    _register_functions()
    with_sql, from_sql, with_params, where, params = _query_parts(flt, now, None)
    where_sql = " WHERE " + " AND ".join(where) if where else ""
    row = database_proxy.execute_sql(
        f"{with_sql} SELECT COUNT(*) FROM {from_sql}{where_sql}", with_params + params
    ).fetchone()
    return int(row[0])


def list_contacts(
    flt: ContactFilter,
    now: dt.datetime,
    *,
    sort: str = "name",
    descending: bool = False,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[ContactRow]:
    """One page of the list, after the row whose (sort key, id) is ``after``.

    Paging by key instead of OFFSET keeps the 50th page as quick as the first.
    """
    if sort not in _SORT_SQL:
        raise ValueError(sort)
    _register_functions()
    with_sql, from_sql, with_params, where, params = _query_parts(flt, now, sort)
    key, id_sql = _SORT_SQL[sort], _id_sql(sort)
    if after is not None:
        where.append(f"({key}, {id_sql}) {'<' if descending else '>'} (?, ?)")
        params += [after[0], after[1]]
    where_sql = " WHERE " + " AND ".join(where) if where else ""
    direction = "DESC" if descending else "ASC"
    rows = database_proxy.execute_sql(
        f"""{with_sql} SELECT c.id, {key} AS k, c.prefix, c.first_name, c.last_name,
                   c.organisation, c.position, c.archived
              FROM {from_sql}{where_sql}
             ORDER BY k {direction}, {id_sql} {direction} LIMIT ?""",
        [*with_params, *params, limit],
    ).fetchall()
    ids = [int(r[0]) for r in rows]
    if not ids:
        return []
    networks: dict[int, list[str]] = {}
    lasts: dict[int, dt.datetime] = {}
    dues: dict[int, interactions.KeepInTouch] = {}
    for start in range(0, len(ids), _ID_CHUNK):  # SQLite limits the number of parameters
        chunk = ids[start : start + _ID_CHUNK]
        networks.update(network_names(chunk))
        chunk_lasts = interactions.last_contact(now, chunk)
        lasts.update(chunk_lasts)
        dues.update(interactions.keep_in_touch(now, chunk, lasts=chunk_lasts))
    return [
        ContactRow(
            id=int(cid),
            name=display_name(prefix, first, last, org),
            organisation=org,
            position=position,
            networks=", ".join(networks.get(int(cid), ())),
            last_contact=lasts.get(int(cid)),
            next_due=dues[int(cid)].due if int(cid) in dues else None,
            archived=bool(archived),
            key=str(k),
        )
        for cid, k, prefix, first, last, org, position, archived in rows
    ]


def position_of(
    flt: ContactFilter,
    now: dt.datetime,
    contact_id: int,
    *,
    sort: str = "name",
    descending: bool = False,
) -> int | None:
    """Where a contact stands in the sorted, filtered list; None if the filter hides it.

    Lets a list jump to a contact without paging through everything before it.
    """
    if sort not in _SORT_SQL:
        raise ValueError(sort)
    _register_functions()
    with_sql, from_sql, with_params, where, params = _query_parts(flt, now, sort)
    key = _SORT_SQL[sort]
    this = " AND ".join([*where, f"{_id_sql(sort)} = ?"])
    row = database_proxy.execute_sql(
        f"{with_sql} SELECT {key} FROM {from_sql} WHERE {this}",
        [*with_params, *params, contact_id],
    ).fetchone()
    if row is None:
        return None
    before = [*where, f"({key}, {_id_sql(sort)}) {'>' if descending else '<'} (?, ?)"]
    count = database_proxy.execute_sql(
        f"{with_sql} SELECT COUNT(*) FROM {from_sql} WHERE {' AND '.join(before)}",
        [*with_params, *params, row[0], contact_id],
    ).fetchone()
    return int(count[0])


def network_names(contact_ids: Sequence[int]) -> dict[int, list[str]]:
    """Names of the networks of several contacts, in one query."""
    rows = database_proxy.execute_sql(
        f"""SELECT ms.contact_id, n.name FROM membership ms JOIN network n ON n.id = ms.network_id
             WHERE ms.contact_id IN ({placeholders(contact_ids)}) ORDER BY n.name""",
        list(contact_ids),
    ).fetchall()
    result: dict[int, list[str]] = {}
    for cid, name in rows:
        result.setdefault(int(cid), []).append(name)
    return result


def contact_row(contact_id: int, now: dt.datetime) -> ContactRow | None:
    c = m.Contact.get_or_none(m.Contact.id == contact_id)
    if c is None:
        return None
    lasts = interactions.last_contact(now, [c.id])
    dues = interactions.keep_in_touch(now, [c.id], lasts=lasts)
    return ContactRow(
        id=c.id,
        name=display_name(c.prefix, c.first_name, c.last_name, c.organisation),
        organisation=c.organisation,
        position=c.position,
        networks=", ".join(network_names([c.id]).get(c.id, ())),
        last_contact=lasts.get(c.id),
        next_due=dues[c.id].due if c.id in dues else None,
        archived=bool(c.archived),
        key="",
    )


def contact_choices(include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of all contacts, by name: for pickers such as an event's attendees."""
    query = m.Contact.select(
        m.Contact.id,
        m.Contact.prefix,
        m.Contact.first_name,
        m.Contact.last_name,
        m.Contact.organisation,
    )
    if not include_archived:
        query = query.where(m.Contact.archived == False)  # noqa: E712
    items = [
        (c.id, display_name(c.prefix, c.first_name, c.last_name, c.organisation)) for c in query
    ]
    return sorted(items, key=lambda i: (fold(i[1]), i[0]))


def names_of(contact_ids: Sequence[int]) -> dict[int, str]:
    query = m.Contact.select(
        m.Contact.id,
        m.Contact.prefix,
        m.Contact.first_name,
        m.Contact.last_name,
        m.Contact.organisation,
    ).where(m.Contact.id.in_(list(contact_ids)))
    return {c.id: display_name(c.prefix, c.first_name, c.last_name, c.organisation) for c in query}


# --- the timeline ------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened with a person; ``open_kind``/``open_id`` say what to show."""

    kind: str  # "conversation", "event", "outcome", "follow_up"
    item_id: int
    when: dt.datetime
    code: str  # channel, outcome kind; "" otherwise
    title: str
    detail: str
    open_kind: str
    open_id: int
    done: bool = False


def timeline(contact_id: int) -> list[TimelineEntry]:
    """Conversations, events, outcomes and follow-ups with this person, newest first."""
    entries: list[TimelineEntry] = []
    conversations = (
        m.Conversation.select()
        .join(m.ConversationContact)
        .where(m.ConversationContact.contact == contact_id)
    )
    conv_ids = []
    for c in conversations:
        conv_ids.append(c.id)
        entries.append(
            TimelineEntry(
                "conversation", c.id, c.occurred_at, c.channel, c.notes.split("\n", 1)[0],
                "", "conversation", c.id,
            )
        )  # fmt: skip
    when_of = {e.item_id: e.when for e in entries}
    if conv_ids:
        for o in m.Outcome.select().where(m.Outcome.conversation.in_(conv_ids)):
            entries.append(
                TimelineEntry(
                    "outcome", o.id, when_of[o.conversation_id], o.kind, o.text, "",
                    "conversation", o.conversation_id,
                )
            )  # fmt: skip
    events = m.Event.select().join(m.EventAttendee).where(m.EventAttendee.contact == contact_id)
    for e in events:
        entries.append(
            TimelineEntry("event", e.id, e.starts_at, "", e.title, e.place, "event", e.id)
        )
    condition = m.FollowUp.contact == contact_id
    if conv_ids:
        condition |= m.FollowUp.conversation.in_(conv_ids)
    follow_ups = m.FollowUp.select().where(condition)
    for f in follow_ups:
        when = (
            dt.datetime.combine(f.due_date, dt.time()) if f.due_date is not None else f.created_at
        )
        entries.append(
            TimelineEntry(
                "follow_up", f.id, when, "", f.text, "", "follow_up", f.id, f.done_at is not None
            )
        )
    order = {"follow_up": 0, "event": 1, "conversation": 2, "outcome": 3}
    entries.sort(key=lambda e: (e.when, -order[e.kind], e.item_id), reverse=True)
    return entries
