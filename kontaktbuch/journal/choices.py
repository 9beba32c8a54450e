"""Items to pick in forms and filters: contacts, events, networks and goals.

Small lists of :class:`Choice` (id, label, detail), read with plain SQL so a
form opens quickly; contact completion asks per keystroke instead of loading
every contact. Quick capture, the conversation log's filters and the event
editor's attendee field all pick from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from kontaktbuch.journal.names import display_name, fold
from kontaktbuch.journal.snapshots import placeholders
from kontaktbuch.store import models as m
from kontaktbuch.store.migrations import CONTACT_SORT_TABLE
from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.values import as_datetime


@dataclass(frozen=True)
class Choice:
    """An item to pick from a list (contacts, events, goals, networks)."""

    id: int
    label: str
    detail: str = ""
    when: dt.datetime | None = None


# a contact as a choice: its name and, as detail, organisation and e-mail addresses
_CONTACT_CHOICE = (
    "SELECT c.id, c.prefix, c.first_name, c.last_name, c.organisation, "
    "(SELECT group_concat(address, ', ') FROM contact_email e WHERE e.contact_id = c.id) "
)


def _contact_choices(sql: str, params: Sequence[object] = (), with_: str = "") -> list[Choice]:
    """Contacts as choices: ``sql`` (FROM … ORDER BY …) completes :data:`_CONTACT_CHOICE`,
    after an optional WITH clause ``with_``."""
    rows = database_proxy.execute_sql(with_ + _CONTACT_CHOICE + sql, list(params)).fetchall()
    return [
        Choice(
            int(cid),
            display_name(prefix, first, last, org),
            " · ".join(p for p in (org, emails or "") if p),
        )
        for cid, prefix, first, last, org, emails in rows
    ]


def contact_choices(include_archived: bool = False) -> list[Choice]:
    """Every contact to pick from (a filter, an event's attendees), in the contact list's order.

    That order is the folded name the list sorts by ("Müller" with "Mueller",
    last name first), then the id, so namesakes keep a stable order.
    """
    where = "" if include_archived else "WHERE c.archived = 0"
    return _contact_choices(
        f"FROM {CONTACT_SORT_TABLE} s CROSS JOIN contact c ON c.id = s.contact_id {where} "
        "ORDER BY s.name, s.contact_id"
    )


# how many contacts the completion of a typed name offers
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
        # the name, and its spelling folded where the tokenizer keeps a letter ("Yıldız")
        params.append(f"{{title alt}} : ({expr})")
    pattern = _like_pattern(text)
    params += [pattern, pattern, pattern, limit]
    hits = (
        "WITH hit(id, rank) AS ("
        f"{word_hits}"
        "SELECT id, 1 FROM contact WHERE first_name || ' ' || last_name LIKE ? ESCAPE '\\' "
        "OR organisation LIKE ? ESCAPE '\\' "
        "UNION ALL SELECT contact_id, 1 FROM contact_email WHERE address LIKE ? ESCAPE '\\') "
    )
    return _contact_choices(
        "FROM (SELECT id, min(rank) AS rank FROM hit GROUP BY id) AS found "
        "JOIN contact c ON c.id = found.id WHERE c.archived = 0 "
        "ORDER BY found.rank, c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id "
        "LIMIT ?",
        params,
        with_=hits,
    )


def event_choices(limit: int = 200) -> list[Choice]:
    """Events, newest first (the ones a capture most likely belongs to)."""
    rows = database_proxy.execute_sql(
        "SELECT id, title, starts_at, place FROM event ORDER BY starts_at DESC, id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [Choice(int(i), t, p or "", as_datetime(s)) for i, t, s, p in rows]


def events_on(day: dt.date) -> list[Choice]:
    """The events starting on ``day``: those a title typed for that day may mean."""
    start = dt.datetime.combine(day, dt.time())
    rows = database_proxy.execute_sql(
        "SELECT id, title, starts_at, place FROM event WHERE starts_at >= ? AND starts_at < ? "
        "ORDER BY starts_at, id",
        tuple(f"{at:%Y-%m-%d %H:%M:%S}" for at in (start, start + dt.timedelta(days=1))),
    ).fetchall()
    return [Choice(int(i), t, p or "", as_datetime(s)) for i, t, s, p in rows]


def network_choices() -> list[Choice]:
    """Every network, alphabetically as a person reads names (umlauts folded)."""
    rows = database_proxy.execute_sql("SELECT id, name FROM network").fetchall()
    return sorted((Choice(int(i), n) for i, n in rows), key=lambda c: (fold(c.label), c.id))


def active_goals() -> list[Choice]:
    """Goals a conversation can serve: the active ones."""
    query = m.Goal.select().where(m.Goal.status == "active").order_by(m.Goal.title)
    return [Choice(g.id, g.title, g.kind) for g in query]


def goal_choices() -> list[Choice]:
    query = m.Goal.select().order_by(m.Goal.title)
    return [Choice(g.id, g.title, g.status) for g in query]


def contact_choices_for(ids: Sequence[int], by_name: bool = False) -> list[Choice]:
    """Choices (name; organisation · e-mails) of ``ids``: in that order, or sorted by name."""
    if not ids:
        return []
    order = "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE" if by_name else ""
    found = _contact_choices(f"FROM contact c WHERE c.id IN ({placeholders(ids)}) {order}", ids)
    if by_name:
        return found
    by_id = {choice.id: choice for choice in found}
    return [by_id[i] for i in ids if i in by_id]
