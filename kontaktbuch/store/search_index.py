"""The search index at run time: what goes into it, its triggers, and bulk writes.

Migration 3 created the FTS5 tables and the triggers that keep them in step with
every single-row write; migration 9 added the folded spelling of letters the
tokenizer keeps (``alt``: "Yıldız" → "yildiz"). Triggers are right for the
window's edits, but a restore or a large import writes hundreds of thousands of
rows, and each row's trigger rebuilds one index entry (a restore of the large
journal spent four fifths of its time there). :func:`deferred_index` drops the
triggers for the duration of such a write, then fills the index once with one
``INSERT … SELECT`` per table and creates the triggers again, all inside the
caller's transaction: a cancel, an error or a killed process rolls back to the
old rows, index and triggers.

The index of the current schema is the one the newest migration that changed it
made: its definitions live, frozen, in :mod:`kontaktbuch.store.migration_folded_search`
and are used from there, so the migration and the run time cannot drift apart
(``tests/store/test_search_index.py`` checks that a migrated journal carries
exactly these triggers). A future migration that changes the index brings its
own frozen definitions, and this module then takes them from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import peewee as pw

from kontaktbuch.store.migration_folded_search import (
    DOCUMENTS,
    TRIGGERS,
    UNFOLDED,
    entries_sql,
    index_columns,
)

# index table -> its columns (the document's text columns and ``alt``)
FTS_TABLES: dict[str, str] = {index: index_columns(index) for index in DOCUMENTS}

__all__ = [
    "FTS_TABLES",
    "TRIGGERS",
    "UNFOLDED",
    "UNFOLDED_LETTERS",
    "Deferred",
    "create_triggers",
    "deferred_index",
    "drop_triggers",
    "has_index",
    "rebuild",
    "refresh",
]


def has_index(db: pw.SqliteDatabase) -> bool:
    """True when the file carries the search index (schema 3 or later)."""
    row = db.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        f"({', '.join('?' for _ in FTS_TABLES)})",
        tuple(FTS_TABLES),
    ).fetchone()
    return int(row[0]) == len(FTS_TABLES)


def drop_triggers(db: pw.SqliteDatabase) -> None:
    for name, _sql in TRIGGERS:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def create_triggers(db: pw.SqliteDatabase) -> None:
    for _name, sql in TRIGGERS:
        db.execute_sql(sql)


# FTS5's default for its incremental merging (``automerge``)
_AUTOMERGE = 4
# FTS5's default for the size of the terms it collects before it writes a segment
# (``hashsize``, 1 MB), and the size while a table is filled in one go
_HASHSIZE = 1 << 20
_FILL_HASHSIZE = 16 << 20


# the function :func:`fill_sql` asks whether a text holds a letter of ``UNFOLDED``
_UNFOLDED_FUNCTION = "kontaktbuch_fill_has_unfolded"
# a letter of ``UNFOLDED`` (the search marks words of them itself: journal.search)
UNFOLDED_LETTERS = re.compile(f"[{UNFOLDED}]")


def _has_unfolded(text: str | None) -> int | None:
    return None if text is None else int(UNFOLDED_LETTERS.search(text) is not None)


def fill_sql(index: str) -> str:
    """:func:`entries_sql` of the whole table, with the same entries found faster.

    Whether an entry needs ``alt`` is asked with ``GLOB '*[ıæøœÆØŒ]*'``, which
    SQLite answers by trying the letters at every character of the text: on a
    decade of conversation notes (34 MB) a second, half of the index's fill.
    Here one regular expression looks, in a function that :func:`rebuild`
    registers on its connection for the fills (the triggers keep the frozen
    SQL, which needs nothing registered); a test compares the entries.
    """
    doc = DOCUMENTS[index]
    text = " || ' ' || ".join(f"d.{column}" for column in doc.columns)
    condition = f"{text} GLOB '*[{UNFOLDED}]*'"
    sql = entries_sql(index)
    if sql.count(condition) != 1:  # the frozen SQL is not what this expects
        return sql
    return sql.replace(condition, f"{_UNFOLDED_FUNCTION}({text})")


def rebuild(db: pw.SqliteDatabase, indexes: Iterable[str] = FTS_TABLES) -> None:
    """Empty the given index tables and fill them from the journal, one statement each.

    FTS5's incremental merging is off while a table is filled in one go (merging
    segments that are still growing is wasted work): a decade of conversations is
    indexed in a fifth less time, into fewer segments. And it collects 16 MB of
    terms before it writes a segment instead of 1 MB: three segments instead of
    17, with none of the merges that sixteen segments of one level force (a
    fifth fewer instructions for a decade of conversations). Both are at FTS5's
    defaults again afterwards, for the writes that follow.
    """
    _register_unfolded(db)
    for index in indexes:
        db.execute_sql(f"DELETE FROM {index}")
        _configure(db, index, automerge=0, hashsize=_FILL_HASHSIZE)
        db.execute_sql(f"INSERT INTO {index}(rowid, {FTS_TABLES[index]}) {fill_sql(index)}")
        _configure(db, index, automerge=_AUTOMERGE, hashsize=_HASHSIZE)


def _register_unfolded(db: pw.SqliteDatabase) -> None:
    """Give the connection :func:`fill_sql`'s function, once: it stays for later fills
    (SQLite refuses to replace a function while a statement of the connection is open)."""
    known = db.execute_sql(
        "SELECT count(*) FROM pragma_function_list WHERE name = ?", (_UNFOLDED_FUNCTION,)
    ).fetchone()[0]
    if not known:
        db.connection().create_function(_UNFOLDED_FUNCTION, 1, _has_unfolded, deterministic=True)


def _configure(db: pw.SqliteDatabase, index: str, **settings: int) -> None:
    for name, value in settings.items():
        db.execute_sql(f"INSERT INTO {index}({index}, rank) VALUES ('{name}', {value:d})")


def refresh(db: pw.SqliteDatabase, index: str, ids: Iterable[int]) -> None:
    """Rebuild the entries of the rows ``ids`` (an entry goes when its row has gone)."""
    wanted = json.dumps(sorted({int(i) for i in ids}))
    if wanted == "[]":
        return
    chosen = "(SELECT value FROM json_each(?))"
    where = f"{DOCUMENTS[index].id_column} IN {chosen}"
    db.execute_sql(f"DELETE FROM {index} WHERE rowid IN {chosen}", (wanted,))
    db.execute_sql(
        f"INSERT INTO {index}(rowid, {FTS_TABLES[index]}) {entries_sql(index, where)}", (wanted,)
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
