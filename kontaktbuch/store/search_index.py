"""The search index at run time: what goes into it, its triggers, and bulk writes.

Migration 3 created the FTS5 tables and the triggers that keep them in step with
every single-row write. That is right for the window's edits, but a restore or
a large import writes hundreds of thousands of rows, and each row's trigger
rebuilds one index entry (a restore of the large journal spent four fifths of
its time there). :func:`deferred_index` drops the triggers for the duration of
such a write, then fills the index once with one ``INSERT … SELECT`` per table
and creates the triggers again, all inside the caller's transaction: a cancel,
an error or a killed process rolls back to the old rows, index and triggers.

This module is the live definition of the index of the current schema. The
migration keeps its own frozen copy (migrations never change once shipped);
``tests/store/test_search_index.py`` checks that both agree, so a future
migration that changes the index must update this module too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import peewee as pw

from kontaktbuch.store import triggers

#: FTS5's default for its incremental merging (``automerge``)
_AUTOMERGE = 4


def _joined(*parts: str) -> str:
    """SQL joining non-empty text expressions with " · " (no stray separators)."""
    pieces = " || ".join(f"(CASE WHEN ({p}) <> '' THEN ' · ' || ({p}) ELSE '' END)" for p in parts)
    return f"substr({pieces}, 4)"


CONTACT_DOC = (
    "SELECT c.id, trim(c.prefix || ' ' || c.first_name || ' ' || c.last_name), "
    + _joined(
        "c.organisation",
        "c.position",
        "c.offers",
        "c.seeks",
        "c.interests",
        "coalesce((SELECT group_concat(t.name, ', ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '')",  # noqa: E501
        "coalesce((SELECT group_concat(e.address, ', ') FROM contact_email e WHERE e.contact_id = c.id), '')",  # noqa: E501
        "c.first_met",
        "c.notes",
    )
    + " FROM contact c"
)
CONVERSATION_DOC = (
    "SELECT v.id, "
    + _joined(
        "v.notes",
        "coalesce((SELECT group_concat(o.text, ' · ') FROM outcome o WHERE o.conversation_id = v.id AND o.text <> ''), '')",  # noqa: E501
        "coalesce((SELECT group_concat(f.text, ' · ') FROM follow_up f WHERE f.conversation_id = v.id AND f.text <> ''), '')",  # noqa: E501
    )
    + " FROM conversation v"
)
EVENT_DOC = "SELECT e.id, e.title, " + _joined("e.place", "e.notes") + " FROM event e"
NETWORK_DOC = "SELECT n.id, n.name, n.description FROM network n"

#: index table -> (columns, the SELECT producing (id, columns…), its id column)
FTS_TABLES: dict[str, tuple[str, str, str]] = {
    "fts_contact": ("title, body", CONTACT_DOC, "c.id"),
    "fts_conversation": ("body", CONVERSATION_DOC, "v.id"),
    "fts_event": ("title, body", EVENT_DOC, "e.id"),
    "fts_network": ("title, body", NETWORK_DOC, "n.id"),
}


def _refresh(index: str, id_expr: str) -> str:
    """Statements that rebuild the index entry of row ``id_expr`` (gone if the row is)."""
    columns, select, id_column = FTS_TABLES[index]
    return (
        f"DELETE FROM {index} WHERE rowid = {id_expr}; "
        f"INSERT INTO {index}(rowid, {columns}) {select} WHERE {id_column} = {id_expr};"
    )


def _trigger(name: str, when: str, table: str, body: str) -> tuple[str, str]:
    return name, f'CREATE TRIGGER IF NOT EXISTS "{name}" {when} ON "{table}" BEGIN {body} END'


def _triggers() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    # The things themselves.
    for table, index in (
        ("contact", "fts_contact"),
        ("conversation", "fts_conversation"),
        ("event", "fts_event"),
        ("network", "fts_network"),
    ):
        out.append(_trigger(f"{index}_ai", "AFTER INSERT", table, _refresh(index, "NEW.id")))
        out.append(
            _trigger(
                f"{index}_au",
                "AFTER UPDATE",
                table,
                _refresh(index, "OLD.id") + _refresh(index, "NEW.id"),
            )
        )
        out.append(
            _trigger(
                f"{index}_ad", "AFTER DELETE", table, f"DELETE FROM {index} WHERE rowid = OLD.id;"
            )
        )
    # Rows that feed another thing's entry.
    for table, index, key in (
        ("contact_tag", "fts_contact", "contact_id"),
        ("contact_email", "fts_contact", "contact_id"),
        ("outcome", "fts_conversation", "conversation_id"),
        ("follow_up", "fts_conversation", "conversation_id"),
    ):
        out.append(
            _trigger(f"{index}_{table}_ai", "AFTER INSERT", table, _refresh(index, f"NEW.{key}"))
        )
        out.append(
            _trigger(
                f"{index}_{table}_au",
                "AFTER UPDATE",
                table,
                _refresh(index, f"OLD.{key}") + _refresh(index, f"NEW.{key}"),
            )
        )
        out.append(
            _trigger(f"{index}_{table}_ad", "AFTER DELETE", table, _refresh(index, f"OLD.{key}"))
        )
    # A renamed tag changes the entries of everyone carrying it.
    out.append(
        _trigger(
            "fts_contact_tag_rename",
            "AFTER UPDATE OF name",
            "tag",
            "DELETE FROM fts_contact WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id); "  # noqa: E501
            f"INSERT INTO fts_contact(rowid, title, body) {CONTACT_DOC} "
            "WHERE c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);",
        )
    )
    return out


#: (trigger name, its CREATE TRIGGER statement), in the order migration 3 made them
TRIGGERS: tuple[tuple[str, str], ...] = tuple(_triggers())


def has_index(db: pw.SqliteDatabase) -> bool:
    """True when the file carries the search index (schema 3 or later)."""
    row = db.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        f"({', '.join('?' for _ in FTS_TABLES)})",
        tuple(FTS_TABLES),
    ).fetchone()
    return int(row[0]) == len(FTS_TABLES)


def drop_triggers(db: pw.SqliteDatabase) -> None:
    triggers.drop_triggers(db, TRIGGERS)


def create_triggers(db: pw.SqliteDatabase) -> None:
    triggers.create_triggers(db, TRIGGERS)


def rebuild(db: pw.SqliteDatabase, indexes: Iterable[str] = FTS_TABLES) -> None:
    """Empty the given index tables and fill them from the journal, one statement each.

    FTS5's incremental merging is off while a table is filled in one go (merging
    segments that are still growing is wasted work): a decade of conversations is
    indexed in a fifth less time, into fewer segments. It is on again afterwards,
    at FTS5's default, for the writes that follow.
    """
    for index in indexes:
        columns, select, _id_column = FTS_TABLES[index]
        db.execute_sql(f"DELETE FROM {index}")
        db.execute_sql(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 0)")
        db.execute_sql(f"INSERT INTO {index}(rowid, {columns}) {select}")
        db.execute_sql(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', {_AUTOMERGE})")


def refresh(db: pw.SqliteDatabase, index: str, ids: Iterable[int]) -> None:
    """Rebuild the entries of the rows ``ids`` (an entry goes when its row has gone)."""
    wanted = json.dumps(sorted({int(i) for i in ids}))
    if wanted == "[]":
        return
    columns, select, id_column = FTS_TABLES[index]
    chosen = "(SELECT value FROM json_each(?))"
    db.execute_sql(f"DELETE FROM {index} WHERE rowid IN {chosen}", (wanted,))
    db.execute_sql(
        f"INSERT INTO {index}(rowid, {columns}) {select} WHERE {id_column} IN {chosen}", (wanted,)
    )


@dataclass
class Deferred:
    """What a bulk write changed, so the index is brought up to date once at the end.

    Either everything (:meth:`everything`, for a restore) or the ids of the rows
    whose entries changed, per index table (:meth:`touch`).
    """

    full: bool = False
    touched: dict[str, set[int]] = field(default_factory=dict)

    def everything(self) -> None:
        self.full = True

    def touch(self, index: str, *ids: int) -> None:
        if index not in FTS_TABLES:
            raise KeyError(index)
        self.touched.setdefault(index, set()).update(ids)


@contextmanager
def deferred_index(db: pw.SqliteDatabase) -> Iterator[Deferred]:
    """Write many rows without the search triggers; the index is updated once at the end.

    Must run inside a transaction (``database_proxy.atomic()``): the triggers are
    dropped at the start and created again at the end of the block, so only a
    commit of the whole makes the change, and a rollback (an exception, a cancel,
    a killed process) restores the old triggers with the old index. The caller
    reports what it changed on the yielded :class:`Deferred`; an exception leaves
    the block at once, for the caller's transaction to roll back.
    """
    deferred = Deferred()
    if not has_index(db):  # an old schema without the index: nothing to keep in step
        yield deferred
        return
    if not db.in_transaction():
        raise RuntimeError("deferred_index() needs an open transaction")
    drop_triggers(db)
    yield deferred
    if deferred.full:
        rebuild(db)
    else:
        for index, ids in deferred.touched.items():
            refresh(db, index, ids)
    create_triggers(db)
