"""Conversations: logging, editing, deleting (with a full snapshot for undo), listing.

The log is read in pages by key — ``(occurred_at, id) < (last seen)`` newest
first — with every filter in SQL, and the contacts, outcomes, follow-ups and
goals of one page fetched in a few batched queries, so a journal with 100,000
conversations scrolls as smoothly as one with ten.

Quick capture saves an event and several conversations at once, in one
transaction; names typed for people not yet in the journal become contacts.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from kontaktbuch.journal.names import display_name, fold_name_for_matching, split_name
from kontaktbuch.journal.vocabulary import CHANNELS, ENJOYMENT_RANGE, OUTCOME_KINDS
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.values import as_datetime

PAGE_SIZE = 200

# --- plain data --------------------------------------------------------------


@dataclass(frozen=True)
class ContactRef:
    id: int
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    kind: str
    text: str


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    text: str
    due_date: dt.date | None
    done_at: dt.datetime | None
    conversation_id: int | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class ConversationRow:
    """One line of the log, with everything the list shows."""

    id: int
    occurred_at: dt.datetime
    event_id: int | None
    event_title: str
    channel: str
    minutes: int
    enjoyment: int | None
    notes: str
    contacts: tuple[ContactRef, ...] = ()
    outcomes: tuple[OutcomeRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()
    goal_ids: tuple[int, ...] = ()
    #: ``occurred_at`` exactly as stored, for paging by key
    stored_at: str = ""

    @property
    def key(self) -> tuple[str, int]:
        """The paging key of this row."""
        return (self.stored_at or _stamp(self.occurred_at), self.id)

    @property
    def open_follow_ups(self) -> tuple[FollowUpRow, ...]:
        return tuple(f for f in self.follow_ups if not f.done)


@dataclass
class OutcomeInput:
    kind: str
    text: str


@dataclass
class FollowUpInput:
    text: str
    due_date: dt.date | None = None
    done: bool = False
    id: int | None = None  # kept when editing


@dataclass
class ConversationInput:
    """What a form or the command line says about one conversation."""

    occurred_at: dt.datetime
    contact_ids: list[int] = field(default_factory=list)
    new_contact_names: list[str] = field(default_factory=list)
    event_id: int | None = None
    channel: str = "in_person"
    minutes: int = 0
    notes: str = ""
    enjoyment: int | None = None
    offers: str = ""
    seeks: str = ""
    outcomes: list[OutcomeInput] = field(default_factory=list)
    follow_ups: list[FollowUpInput] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)


@dataclass
class NewEvent:
    title: str
    starts_at: dt.datetime


@dataclass(frozen=True)
class CaptureResult:
    event_id: int | None
    conversation_ids: tuple[int, ...]
    created_contact_ids: tuple[int, ...]


@dataclass
class Filters:
    """What the log shows; None means "any"."""

    contact_id: int | None = None
    network_id: int | None = None
    event_id: int | None = None
    goal_id: int | None = None
    channel: str | None = None
    outcome_kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in vars(self).values())


@dataclass(frozen=True)
class Choice:
    """An item to pick from a list (contacts, events, goals, networks)."""

    id: int
    label: str
    detail: str = ""
    when: dt.datetime | None = None


class ValidationError(ValueError):
    """Input that cannot be saved; ``field`` names what is wrong."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


# --- helpers -----------------------------------------------------------------


def _stamp(value: dt.datetime) -> str:
    """The text form peewee stores date-times in, for comparisons in SQL."""
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _parse_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# --- choices for forms and completion ------------------------------------------


def contact_choices(include_archived: bool = False) -> list[Choice]:
    """Every contact for completion: name, organisation and e-mail addresses."""
    where = "" if include_archived else "WHERE c.archived = 0"
    rows = database_proxy.execute_sql(
        "SELECT c.id, c.prefix, c.first_name, c.last_name, c.organisation, "
        "(SELECT group_concat(address, ', ') FROM contact_email e WHERE e.contact_id = c.id) "
        f"FROM contact c {where} ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE"
    ).fetchall()
    out = []
    for cid, prefix, first, last, org, emails in rows:
        detail = " · ".join(p for p in (org, emails or "") if p)
        out.append(Choice(int(cid), display_name(prefix, first, last, org), detail))
    return out


#: how many contacts the completion of a typed name offers
COMPLETION_LIMIT = 20


def _like_pattern(text: str) -> str:
    """``%text%`` for LIKE, with the wildcards ``%`` and ``_`` of ``text`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def complete_contacts(text: str, limit: int = COMPLETION_LIMIT) -> list[Choice]:
    """The contacts a typed (part of a) name may mean, for completion as you type.

    Asked at every keystroke instead of loading all contacts when a form opens
    (10,000 contacts took 0.15 s to load and as long again to put in a model).
    A contact matches when its name, organisation or an e-mail address contains
    ``text`` (case folded for ASCII, as SQLite's LIKE does), or when every word of
    ``text`` begins a word of its name in the search index, which also folds
    umlauts and accents ("jorg" finds "Jörg"). Those word matches come first,
    then by name; archived contacts are left out.
    """
    text = " ".join(text.split())
    if not text:
        return []
    from kontaktbuch.journal.search import match_expression

    expr = match_expression(text)
    params: list[object] = []
    word_hits = ""
    if expr:
        word_hits = "SELECT rowid, 0 FROM fts_contact WHERE fts_contact MATCH ? UNION ALL "
        params.append(f"title : ({expr})")
    pattern = _like_pattern(text)
    params += [pattern, pattern, pattern, limit]
    rows = database_proxy.execute_sql(
        "WITH hit(id, rank) AS ("
        f"{word_hits}"
        "SELECT id, 1 FROM contact WHERE first_name || ' ' || last_name LIKE ? ESCAPE '\\' "
        "OR organisation LIKE ? ESCAPE '\\' "
        "UNION ALL SELECT contact_id, 1 FROM contact_email WHERE address LIKE ? ESCAPE '\\') "
        "SELECT c.id, c.prefix, c.first_name, c.last_name, c.organisation, "
        "(SELECT group_concat(address, ', ') FROM contact_email e WHERE e.contact_id = c.id) "
        "FROM (SELECT id, min(rank) AS rank FROM hit GROUP BY id) AS found "
        "JOIN contact c ON c.id = found.id WHERE c.archived = 0 "
        "ORDER BY found.rank, c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id "
        "LIMIT ?",
        params,
    ).fetchall()
    out = []
    for cid, prefix, first, last, org, emails in rows:
        detail = " · ".join(p for p in (org, emails or "") if p)
        out.append(Choice(int(cid), display_name(prefix, first, last, org), detail))
    return out


def event_choices(limit: int = 200) -> list[Choice]:
    """Events, newest first (the ones a capture most likely belongs to)."""
    rows = database_proxy.execute_sql(
        "SELECT id, title, starts_at, place FROM event ORDER BY starts_at DESC, id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [Choice(int(i), t, p or "", as_datetime(s)) for i, t, s, p in rows]


def network_choices() -> list[Choice]:
    rows = database_proxy.execute_sql(
        "SELECT id, name FROM network ORDER BY name COLLATE NOCASE"
    ).fetchall()
    return [Choice(int(i), n) for i, n in rows]


def active_goals() -> list[Choice]:
    """Goals a conversation can serve: the active ones."""
    query = m.Goal.select().where(m.Goal.status == "active").order_by(m.Goal.title)
    return [Choice(g.id, g.title, g.kind) for g in query]


def goal_choices() -> list[Choice]:
    query = m.Goal.select().order_by(m.Goal.title)
    return [Choice(g.id, g.title, g.status) for g in query]


@functools.lru_cache(maxsize=32_768)
def _folded(text: str) -> str:
    """:func:`fold_name_for_matching`, remembered: duplicate checks fold every contact's name."""
    return fold_name_for_matching(text)


def _names() -> list[tuple[int, str, str]]:
    """(id, name without prefix, shown name) of every contact: the lean rows name checks scan.

    A typed name is compared with the name without its prefix ("Anna Müller"
    means "Dr. Anna Müller"), and with the name as shown.
    """
    rows = database_proxy.execute_sql(
        "SELECT id, prefix, first_name, last_name, organisation FROM contact"
    ).fetchall()
    return [
        (int(i), display_name("", f, la, o), display_name(p, f, la, o)) for i, p, f, la, o in rows
    ]


def _choices_for(ids: Sequence[int], by_name: bool = False) -> list[Choice]:
    """Choices (name; organisation · e-mails) of ``ids``: in that order, or sorted by name."""
    if not ids:
        return []
    order = "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE" if by_name else ""
    rows = database_proxy.execute_sql(
        "SELECT c.id, c.prefix, c.first_name, c.last_name, c.organisation, "
        "(SELECT group_concat(address, ', ') FROM contact_email e WHERE e.contact_id = c.id) "
        f"FROM contact c WHERE c.id IN ({_in(ids)}) {order}",
        list(ids),
    ).fetchall()
    by_id = {
        int(cid): Choice(
            int(cid),
            display_name(prefix, first, last, org),
            " · ".join(p for p in (org, emails or "") if p),
        )
        for cid, prefix, first, last, org, emails in rows
    }
    if by_name:
        return list(by_id.values())
    return [by_id[i] for i in ids if i in by_id]


def find_contacts_by_name(name: str) -> list[Choice]:
    """Contacts whose name (or an e-mail address) equals ``name`` after folding."""
    key = fold_name_for_matching(name)
    if not key:
        return []
    address = name.strip().casefold()
    by_email = {
        int(cid)
        for cid, email in database_proxy.execute_sql(
            "SELECT contact_id, address FROM contact_email"
        ).fetchall()
        if email.strip().casefold() == address
    }
    found = [
        cid
        for cid, plain, shown in _names()
        if cid in by_email or key in (_folded(plain), _folded(shown))
    ]
    return _choices_for(found, by_name=True)


def similar_contacts(name: str, limit: int = 5) -> list[Choice]:
    """Existing contacts whose names look like ``name``: a check before creating one.

    Same folded name, the same last name with a matching first initial, or a
    close spelling ("Meier"/"Maier", "Jörg"/"Joerg"). Similarity is difflib's
    ratio; its cheap upper bounds (``real_quick_ratio``, ``quick_ratio``) rule
    out most of a decade's 10,000 contacts before the full comparison.
    """
    key = fold_name_for_matching(name)
    if not key:
        return []
    first, last = split_name(key)
    scored: list[tuple[float, int, str]] = []

    def ratio(a: str, b: str) -> float:
        return difflib.SequenceMatcher(None, a, b).ratio()

    def at_least(a: str, b: str, threshold: float) -> float | None:
        """The ratio of ``a`` and ``b`` if it reaches ``threshold``, else None."""
        matcher = difflib.SequenceMatcher(None, a, b)
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            return None
        score = matcher.ratio()
        return score if score >= threshold else None

    for cid, label, _shown in _names():
        other = _folded(label)
        if other == key:
            scored.append((1.0, cid, label))
            continue
        o_first, o_last = split_name(other)
        if not last or not o_last:
            score = at_least(key, other, 0.85)
            if score is not None:
                scored.append((score, cid, label))
            continue
        last_score = at_least(last, o_last, 0.8)
        if last_score is None:
            continue
        first_ok = (
            first[:1] == o_first[:1] or ratio(first, o_first) >= 0.8 or first.rstrip(".") in o_first
        )
        if first_ok:
            scored.append(((last_score + ratio(first, o_first)) / 2, cid, label))
    scored.sort(key=lambda entry: (-entry[0], entry[2]))
    return _choices_for([cid for _score, cid, _label in scored[:limit]])


def create_contact(name: str) -> int:
    """A new contact from a typed name (first/last split); returns its id."""
    first, last = split_name(name)
    if not first and not last:
        raise ValidationError("contacts", name)
    return int(m.Contact.create(first_name=first, last_name=last).id)


# --- validation and writing ------------------------------------------------------


def _validate(data: ConversationInput) -> None:
    if not data.contact_ids and not [n for n in data.new_contact_names if n.strip()]:
        raise ValidationError("contacts", "no contact")
    if data.channel not in CHANNELS:
        raise ValidationError("channel", data.channel)
    if data.minutes < 0 or data.minutes > 24 * 60:
        raise ValidationError("minutes", str(data.minutes))
    if data.enjoyment is not None and data.enjoyment not in ENJOYMENT_RANGE:
        raise ValidationError("enjoyment", str(data.enjoyment))
    for outcome in data.outcomes:
        if outcome.kind not in OUTCOME_KINDS:
            raise ValidationError("outcomes", outcome.kind)
    for follow in data.follow_ups:
        if not follow.text.strip():
            raise ValidationError("follow_ups", "empty")


def _append_text(existing: str, addition: str) -> str:
    """``existing`` with ``addition`` on a new line, unless it is already there."""
    addition = addition.strip()
    if not addition:
        return existing
    if fold_name_for_matching(addition) in fold_name_for_matching(existing):
        return existing
    return f"{existing.rstrip()}\n{addition}" if existing.strip() else addition


def _write_links(
    conv_id: int,
    data: ConversationInput,
    contact_ids: Sequence[int],
    goal_ids: set[int] | None = None,
) -> None:
    """The rows hanging off a conversation; ``goal_ids``: the goals that exist (else asked)."""
    people = list(dict.fromkeys(contact_ids))
    if people:
        m.ConversationContact.insert_many(
            [{"conversation": conv_id, "contact": cid} for cid in people]
        ).execute()
    outcomes = [
        {"conversation": conv_id, "kind": o.kind, "text": o.text.strip()}
        for o in data.outcomes
        if o.text.strip() or o.kind != "other"
    ]
    if outcomes:
        m.Outcome.insert_many(outcomes).execute()
    first_contact = contact_ids[0] if contact_ids else None
    now = dt.datetime.now().replace(microsecond=0)
    for follow in data.follow_ups:
        values = {
            "conversation": conv_id,
            "contact": first_contact,
            "text": follow.text.strip(),
            "due_date": follow.due_date,
            "done_at": now if follow.done else None,
        }
        if follow.id is not None:
            values["id"] = follow.id
        m.FollowUp.create(**values)
    if data.goal_ids:
        if goal_ids is None:
            goal_ids = {g.id for g in m.Goal.select(m.Goal.id)}
        served = [gid for gid in dict.fromkeys(data.goal_ids) if gid in goal_ids]
        if served:
            m.GoalConversation.insert_many(
                [{"goal": gid, "conversation": conv_id} for gid in served]
            ).execute()
    if data.offers.strip() or data.seeks.strip():
        for contact in m.Contact.select().where(m.Contact.id.in_(list(contact_ids))):
            contact.offers = _append_text(contact.offers, data.offers)
            contact.seeks = _append_text(contact.seeks, data.seeks)
            contact.save()


def _resolve_contacts(data: ConversationInput, created: list[int]) -> list[int]:
    ids = list(data.contact_ids)
    for name in data.new_contact_names:
        if name.strip():
            new_id = create_contact(name)
            created.append(new_id)
            ids.append(new_id)
    return ids


def _insert_new(conversations: Sequence[ConversationInput], created: list[int]) -> list[int]:
    """Write new conversations with everything linked to them; call inside a transaction.

    Each conversation's outcomes, follow-ups and links go in *before* the
    conversation row (under its id, taken in advance), with foreign keys checked
    at commit (``defer_foreign_keys``, which SQLite switches off again at the
    end of the transaction). Why: the search index's triggers rewrite a
    conversation's entry for every outcome or follow-up added after it, and
    FTS5 flushes a new index segment — and merges segments, on a decade's index
    tens of milliseconds — each time a row is rewritten within a transaction.
    Written in this order, the index gets each entry once, complete, in rising
    id order: one segment per save.
    """
    database_proxy.execute_sql("PRAGMA defer_foreign_keys = ON")
    last = database_proxy.execute_sql("SELECT coalesce(max(id), 0) FROM conversation").fetchone()
    conv_id = int(last[0])
    goal_ids = (
        {g.id for g in m.Goal.select(m.Goal.id)}
        if any(d.goal_ids for d in conversations)
        else set()
    )
    ids = []
    for data in conversations:
        conv_id += 1
        contact_ids = _resolve_contacts(data, created)
        _write_links(conv_id, data, contact_ids, goal_ids)
        m.Conversation.create(
            id=conv_id,
            occurred_at=data.occurred_at.replace(microsecond=0),
            event=data.event_id,
            channel=data.channel,
            minutes=data.minutes,
            notes=data.notes.strip(),
            enjoyment=data.enjoyment,
        )
        if data.event_id is not None and contact_ids:
            m.EventAttendee.insert_many(
                [{"event": data.event_id, "contact": cid} for cid in dict.fromkeys(contact_ids)]
            ).on_conflict_ignore().execute()
        ids.append(conv_id)
    return ids


def create_conversation(data: ConversationInput) -> int:
    """Log one conversation (one transaction); returns its id."""
    _validate(data)
    with database_proxy.atomic():
        return _insert_new([data], [])[0]


def save_capture(
    conversations: Sequence[ConversationInput],
    event_id: int | None = None,
    new_event: NewEvent | None = None,
) -> CaptureResult:
    """Save a quick capture: the event (picked or new) and all its conversations.

    All or nothing: one invalid conversation saves none of them.
    """
    if not conversations:
        raise ValidationError("conversations", "none")
    for data in conversations:
        _validate(data)
    created: list[int] = []
    with database_proxy.atomic():
        if new_event is not None and new_event.title.strip():
            # A conversation inside an event adds no time of its own (the event's
            # duration counts), so a new event starts with the minutes logged in it:
            # otherwise the evening's time would vanish from the reflection.
            event_id = int(
                m.Event.create(
                    title=new_event.title.strip(),
                    starts_at=new_event.starts_at.replace(microsecond=0),
                    duration_minutes=sum(max(0, d.minutes or 0) for d in conversations),
                ).id
            )
        for data in conversations:
            data.event_id = event_id
        ids = _insert_new(conversations, created)
    return CaptureResult(event_id, tuple(ids), tuple(created))


def update_conversation(
    conv_id: int, data: ConversationInput, new_event: NewEvent | None = None
) -> None:
    """Replace a conversation's fields and links (one transaction).

    Follow-ups keep their ids (and so their reminder state) when ``FollowUpInput.id``
    is given.
    """
    _validate(data)
    with database_proxy.atomic():
        if new_event is not None and new_event.title.strip():
            data.event_id = int(
                m.Event.create(
                    title=new_event.title.strip(),
                    starts_at=new_event.starts_at.replace(microsecond=0),
                    duration_minutes=max(0, data.minutes or 0),
                ).id
            )
        conv = m.Conversation.get_by_id(conv_id)
        contact_ids = _resolve_contacts(data, [])
        conv.occurred_at = data.occurred_at.replace(microsecond=0)
        conv.event = data.event_id
        conv.channel = data.channel
        conv.minutes = data.minutes
        conv.notes = data.notes.strip()
        conv.enjoyment = data.enjoyment
        conv.save()
        kept = {f.id for f in data.follow_ups if f.id is not None}
        old_follow = {
            f.id: f for f in m.FollowUp.select().where(m.FollowUp.conversation == conv_id)
        }
        m.ConversationContact.delete().where(
            m.ConversationContact.conversation == conv_id
        ).execute()
        m.Outcome.delete().where(m.Outcome.conversation == conv_id).execute()
        m.FollowUp.delete().where(m.FollowUp.conversation == conv_id).execute()
        m.GoalConversation.delete().where(m.GoalConversation.conversation == conv_id).execute()
        _write_links(conv_id, data, contact_ids)
        # Keep done/snooze times of follow-ups that stayed.
        for fid in kept & set(old_follow):
            old = old_follow[fid]
            new = m.FollowUp.get_by_id(fid)
            if new.done_at is not None and old.done_at is not None:
                new.done_at = old.done_at
            new.snoozed_until = old.snoozed_until
            new.created_at = old.created_at
            new.save()


def mark_follow_up_done(
    follow_up_id: int, done: bool = True, now: dt.datetime | None = None
) -> None:
    """Tick a follow-up off (or back on)."""
    stamp = (now or dt.datetime.now()).replace(microsecond=0) if done else None
    with database_proxy.atomic():
        m.FollowUp.update(done_at=stamp, updated_at=dt.datetime.now().replace(microsecond=0)).where(
            m.FollowUp.id == follow_up_id
        ).execute()


def follow_up_conversation(follow_up_id: int) -> int | None:
    row = m.FollowUp.get_or_none(m.FollowUp.id == follow_up_id)
    if row is None:
        return None
    return row.conversation_id


# --- reading --------------------------------------------------------------------


@dataclass(frozen=True)
class ConversationDetail:
    """Everything a form needs to edit one conversation."""

    row: ConversationRow
    contact_ids: tuple[int, ...]


def get_conversation(conv_id: int) -> ConversationRow | None:
    rows = _load(["c.id = ?"], [conv_id], None, 1)
    return rows[0] if rows else None


def _filter_sql(filters: Filters | None) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if filters is None:
        return where, params
    if filters.contact_id is not None:
        where.append(
            "c.id IN (SELECT conversation_id FROM conversation_contact WHERE contact_id = ?)"
        )
        params.append(filters.contact_id)
    if filters.network_id is not None:
        where.append(
            "(c.event_id IN (SELECT id FROM event WHERE network_id = ?) OR c.id IN ("
            "SELECT cc.conversation_id FROM conversation_contact cc JOIN membership ms "
            "ON ms.contact_id = cc.contact_id WHERE ms.network_id = ?))"
        )
        params += [filters.network_id, filters.network_id]
    if filters.event_id is not None:
        where.append("c.event_id = ?")
        params.append(filters.event_id)
    if filters.goal_id is not None:
        where.append("c.id IN (SELECT conversation_id FROM goal_conversation WHERE goal_id = ?)")
        params.append(filters.goal_id)
    if filters.channel is not None:
        where.append("c.channel = ?")
        params.append(filters.channel)
    if filters.outcome_kind is not None:
        where.append(
            "EXISTS (SELECT 1 FROM outcome o WHERE o.conversation_id = c.id AND o.kind = ?)"
        )
        params.append(filters.outcome_kind)
    if filters.date_from is not None:
        where.append("c.occurred_at >= ?")
        params.append(f"{filters.date_from:%Y-%m-%d}")
    if filters.date_to is not None:
        where.append("c.occurred_at < ?")
        params.append(f"{filters.date_to + dt.timedelta(days=1):%Y-%m-%d}")
    return where, params


def _in(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def _load(
    where: list[str], params: list[object], after: tuple[str, int] | None, limit: int
) -> list[ConversationRow]:
    where = list(where)
    params = list(params)
    if after is not None:
        where.append("(c.occurred_at, c.id) < (?, ?)")
        params += [after[0], after[1]]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = database_proxy.execute_sql(
        "SELECT c.id, c.occurred_at, c.event_id, e.title, c.channel, c.minutes, c.enjoyment, "
        "c.notes FROM conversation c LEFT JOIN event e ON e.id = c.event_id "
        f"{clause} ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    if not rows:
        return []
    ids = [int(r[0]) for r in rows]
    marks = _in(ids)
    contacts: dict[int, list[ContactRef]] = {}
    for conv_id, cid, prefix, first, last, org in database_proxy.execute_sql(
        "SELECT cc.conversation_id, ct.id, ct.prefix, ct.first_name, ct.last_name, ct.organisation "
        "FROM conversation_contact cc JOIN contact ct ON ct.id = cc.contact_id "
        f"WHERE cc.conversation_id IN ({marks}) ORDER BY cc.id",
        ids,
    ).fetchall():
        contacts.setdefault(int(conv_id), []).append(
            ContactRef(int(cid), display_name(prefix, first, last, org), org)
        )
    outcomes: dict[int, list[OutcomeRow]] = {}
    for oid, conv_id, kind, text in database_proxy.execute_sql(
        "SELECT id, conversation_id, kind, text FROM outcome "
        f"WHERE conversation_id IN ({marks}) ORDER BY id",
        ids,
    ).fetchall():
        outcomes.setdefault(int(conv_id), []).append(OutcomeRow(int(oid), kind, text))
    follow_ups: dict[int, list[FollowUpRow]] = {}
    for fid, conv_id, text, due, done in database_proxy.execute_sql(
        "SELECT id, conversation_id, text, due_date, done_at FROM follow_up "
        f"WHERE conversation_id IN ({marks}) ORDER BY id",
        ids,
    ).fetchall():
        follow_ups.setdefault(int(conv_id), []).append(
            FollowUpRow(int(fid), text, _parse_date(due), as_datetime(done), int(conv_id))
        )
    goals: dict[int, list[int]] = {}
    for conv_id, gid in database_proxy.execute_sql(
        "SELECT conversation_id, goal_id FROM goal_conversation "
        f"WHERE conversation_id IN ({marks})",
        ids,
    ).fetchall():
        goals.setdefault(int(conv_id), []).append(int(gid))
    out = []
    for cid, occurred, event_id, title, channel, minutes, enjoyment, notes in rows:
        cid = int(cid)
        out.append(
            ConversationRow(
                id=cid,
                occurred_at=as_datetime(occurred) or dt.datetime.min,
                event_id=int(event_id) if event_id is not None else None,
                event_title=title or "",
                channel=channel,
                minutes=int(minutes or 0),
                enjoyment=int(enjoyment) if enjoyment is not None else None,
                notes=notes or "",
                contacts=tuple(contacts.get(cid, ())),
                outcomes=tuple(outcomes.get(cid, ())),
                follow_ups=tuple(follow_ups.get(cid, ())),
                goal_ids=tuple(sorted(goals.get(cid, ()))),
                stored_at=str(occurred),
            )
        )
    return out


def list_page(
    filters: Filters | None = None,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[ConversationRow]:
    """The next ``limit`` conversations older than ``after`` (a row's ``key``), newest first."""
    where, params = _filter_sql(filters)
    return _load(where, params, after, limit)


def count(filters: Filters | None = None) -> int:
    where, params = _filter_sql(filters)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return int(
        database_proxy.execute_sql(
            f"SELECT COUNT(*) FROM conversation c {clause}", params
        ).fetchone()[0]
    )


def newer_count(conv_id: int, filters: Filters | None = None) -> int | None:
    """How many conversations the log lists before ``conv_id`` (None if it is not listed)."""
    row = database_proxy.execute_sql(
        "SELECT occurred_at FROM conversation WHERE id = ?", (conv_id,)
    ).fetchone()
    if row is None:
        return None
    where, params = _filter_sql(filters)
    where.append("(c.occurred_at, c.id) > (?, ?)")
    params += [row[0], conv_id]
    return int(
        database_proxy.execute_sql(
            f"SELECT COUNT(*) FROM conversation c WHERE {' AND '.join(where)}", params
        ).fetchone()[0]
    )


# --- delete and restore (undo) -------------------------------------------------------


@dataclass(frozen=True)
class ConversationSnapshot:
    """A deleted conversation with all its rows, enough to restore it with the same ids."""

    conversation: dict[str, object]
    contacts: tuple[dict[str, object], ...]
    outcomes: tuple[dict[str, object], ...]
    follow_ups: tuple[dict[str, object], ...]
    goals: tuple[dict[str, object], ...]


def _rows(model: type[m.BaseModel], column: object, conv_id: int) -> tuple[dict[str, object], ...]:
    return tuple(model.select().where(column == conv_id).order_by(model.id).dicts())


def delete_conversation(conv_id: int) -> ConversationSnapshot:
    """Delete a conversation with its links; returns what :func:`restore_conversation` needs."""
    with database_proxy.atomic():
        conv = m.Conversation.select().where(m.Conversation.id == conv_id).dicts().get()
        snapshot = ConversationSnapshot(
            conversation=conv,
            contacts=_rows(m.ConversationContact, m.ConversationContact.conversation, conv_id),
            outcomes=_rows(m.Outcome, m.Outcome.conversation, conv_id),
            follow_ups=_rows(m.FollowUp, m.FollowUp.conversation, conv_id),
            goals=_rows(m.GoalConversation, m.GoalConversation.conversation, conv_id),
        )
        m.Conversation.delete().where(m.Conversation.id == conv_id).execute()
    return snapshot


def restore_conversation(snapshot: ConversationSnapshot) -> int:
    """Put a deleted conversation back, same ids; links to things deleted since are dropped."""
    with database_proxy.atomic():
        conv = dict(snapshot.conversation)
        if conv.get("event") is not None and not m.Event.get_or_none(m.Event.id == conv["event"]):
            conv["event"] = None
        m.Conversation.insert(conv).execute()
        contacts = {c.id for c in m.Contact.select(m.Contact.id)}
        goals = {g.id for g in m.Goal.select(m.Goal.id)}
        for row in snapshot.contacts:
            if row["contact"] in contacts:
                m.ConversationContact.insert(row).execute()
        for row in snapshot.outcomes:
            m.Outcome.insert(row).execute()
        for row in snapshot.follow_ups:
            data = dict(row)
            if data.get("contact") is not None and data["contact"] not in contacts:
                data["contact"] = None
            m.FollowUp.insert(data).execute()
        for row in snapshot.goals:
            if row["goal"] in goals:
                m.GoalConversation.insert(row).execute()
    return int(snapshot.conversation["id"])  # type: ignore[call-overload]


def input_from_row(row: ConversationRow) -> ConversationInput:
    """A form's starting values for editing an existing conversation."""
    return ConversationInput(
        occurred_at=row.occurred_at,
        contact_ids=[c.id for c in row.contacts],
        event_id=row.event_id,
        channel=row.channel,
        minutes=row.minutes,
        notes=row.notes,
        enjoyment=row.enjoyment,
        outcomes=[OutcomeInput(o.kind, o.text) for o in row.outcomes],
        follow_ups=[FollowUpInput(f.text, f.due_date, f.done, f.id) for f in row.follow_ups],
        goal_ids=list(row.goal_ids),
    )
