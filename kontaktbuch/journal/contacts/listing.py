"""The contact list: pages sorted and filtered in SQL, and names by id.

Sorting and filtering happen in SQL with the folded name kept by migration 4,
and pages continue by key instead of OFFSET, so 10,000 contacts stay quick.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from kontaktbuch.journal import interactions
from kontaktbuch.journal.contact_row import ContactRow
from kontaktbuch.journal.names import display_name, fold
from kontaktbuch.journal.snapshots import placeholders
from kontaktbuch.store import models as m
from kontaktbuch.store.migrations import CONTACT_SORT_TABLE
from kontaktbuch.store.models import database_proxy

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


# The folded name ("last first", else first name, else organisation; the same
# key ``kb_fold`` gives), stored and indexed by migration 4, so a page comes
# straight from the index instead of folding every name. The index is
# (name, contact_id): pages order and continue by s.contact_id, and s leads the
# join (else SQLite scans contact and sorts).
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
    with_sql, with_params = "", list[object]()
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


def total_contacts() -> int:
    """Everyone in the journal, archived too (SQLite counts it from an index)."""
    return int(database_proxy.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


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


def names_of(contact_ids: Sequence[int]) -> dict[int, str]:
    """The shown names of several contacts, by id (the gone ones left out)."""
    ids = list(contact_ids)
    if not ids:
        return {}
    rows = database_proxy.execute_sql(
        "SELECT id, prefix, first_name, last_name, organisation FROM contact "
        f"WHERE id IN ({placeholders(ids)})",
        ids,
    ).fetchall()
    return {int(i): display_name(p, f, la, o) for i, p, f, la, o in rows}
