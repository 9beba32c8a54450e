"""Bulk writes: triggers and indexes set aside while many rows go in, restored after.

The search index (:mod:`.search_index`) and the reflection's stored figures
(:mod:`.daily_figures`) are kept in step by triggers; a restore drops them,
writes, refills the derived tables once and creates them again, inside its
transaction. It also writes its rows without the tables' secondary indexes
(:func:`without_indexes`): building an index once from sorted rows is several
times cheaper than keeping it in step row by row.
"""

from __future__ import annotations

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
