"""Bulk writes: triggers and indexes set aside while many rows go in, restored after.

The search index (:mod:`.search_index`) and the reflection's stored figures
(:mod:`.daily_figures`) are kept in step by triggers; a restore drops them,
writes, refills the derived tables once and creates them again, inside its
transaction. It also writes its rows without the tables' secondary indexes
(:func:`without_indexes`): building an index once from sorted rows is several
times cheaper than keeping it in step row by row; and without the sync triggers
while they have nothing to mark (:func:`without_idle_sync_marks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import peewee as pw


def drop_triggers(db: pw.SqliteDatabase, triggers: Iterable[tuple[str, str]]) -> None:
    """Drop the triggers named in ``triggers`` ((name, CREATE statement) pairs)."""
    for name, _sql in triggers:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def create_triggers(db: pw.SqliteDatabase, triggers: Iterable[tuple[str, str]]) -> None:
    """Run the CREATE statements of ``triggers``."""
    for _name, sql in triggers:
        db.execute_sql(sql)


@contextmanager
def without_indexes(db: pw.SqliteDatabase, tables: Sequence[str]) -> Iterator[None]:
    """Write many rows into ``tables`` with their secondary indexes dropped, then rebuilt.

    Must run inside a transaction: a rollback brings the indexes back as they
    were. A unique index that the new rows break fails when it is built again
    (``IntegrityError``), as the insert itself would have.
    """
    if not db.in_transaction():
        raise RuntimeError("without_indexes() needs an open transaction")
    marks = ", ".join("?" for _ in tables)
    indexes = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).fetchall()
    for name, _sql in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        db.execute_sql(sql)


# Sync (migration 10) marks its rows of ``sync_item`` changed from triggers on
# every synced table; a trigger whose body only does that has nothing to do while
# the table is empty (sync was never set up), yet runs once per written row.
SYNC_ITEM = "sync_item"
_MARKS_ONLY = re.compile(rf"(\s*UPDATE {SYNC_ITEM} SET [^;]*;)+\s*END", re.IGNORECASE)


def _has_rows(db: pw.SqliteDatabase, table: str) -> bool:
    return bool(db.execute_sql(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0])


@contextmanager
def without_idle_sync_marks(db: pw.SqliteDatabase) -> Iterator[None]:
    """Write many rows without the sync triggers when they could not change anything.

    Only while ``sync_item`` has no row, and only the triggers that do nothing
    but update it; they are created again at the end from their own stored
    statements. Must run inside a transaction, and the block must not write
    ``sync_item`` (a restore does not). A restore of a decade spent a second in
    them.
    """
    if not db.in_transaction():
        raise RuntimeError("without_idle_sync_marks() needs an open transaction")
    exists = db.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (SYNC_ITEM,)
    ).fetchone()[0]
    if not exists or _has_rows(db, SYNC_ITEM):
        yield
        return
    idle = [
        (name, sql)
        for name, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"
        ).fetchall()
        if _MARKS_ONLY.fullmatch(sql.split(" BEGIN ", 1)[-1])
    ]
    drop_triggers(db, idle)
    yield
    if _has_rows(db, SYNC_ITEM):
        raise RuntimeError(f"{SYNC_ITEM} was written while its triggers were set aside")
    create_triggers(db, idle)
