"""The reflection's stored figures at run time: reading a range, bulk writes, the check.

Migration 11 (:mod:`kontaktbuch.store.migration_daily_figures`) created tables of
the reflection's figures per day, month and year, filled them and added the
triggers that keep them in step with every write. That module is frozen; this
one is the live interface to the current definition, which it takes from there
(a later migration that changes the figures points this module at its own).

* :func:`live_rows`: the rows a table would hold for a part of a day, counted
  from the items — for the day that *now* cuts off.
* :func:`deferred_figures`: a bulk write (a restore) without the triggers, the
  tables refilled once at the end, inside the caller's transaction — as
  :func:`kontaktbuch.store.search_index.deferred_index` does for the search index.
* :func:`rebuild` and :func:`repair`: fill the tables from the journal;
  ``kontaktbuch check`` compares them with a fresh fill and repairs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from kontaktbuch.store import migration_daily_figures as current
from kontaktbuch.store import triggers

Table = current.Table
TABLES: tuple[Table, ...] = current.TABLES
TABLE: dict[str, Table] = current.TABLE
GOAL_CONTACT: str = current.GOAL_CONTACT
TRIGGERS: tuple[tuple[str, str], ...] = current.TRIGGERS

# every stored table, the figures per bucket and the goals' contacts
ALL_TABLES: tuple[str, ...] = (*(t.name for t in TABLES), GOAL_CONTACT)


def live_rows(table: Table, ranges: str) -> str:
    """The SELECT of ``table``'s day rows for the ranges of stored times in table ``ranges``.

    ``ranges`` names a table or common table expression with the columns ``lo``
    and ``hi``, e.g. ``WITH parts(lo, hi) AS (VALUES (?, ?))``.
    """
    return table.select(f"SELECT lo, hi FROM {ranges}")


def has_tables(db: pw.SqliteDatabase) -> bool:
    """True when the file carries the stored figures (its migration has run)."""
    row = db.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (GOAL_CONTACT,)
    ).fetchone()
    return bool(row[0])


def drop_triggers(db: pw.SqliteDatabase) -> None:
    triggers.drop_triggers(db, TRIGGERS)


def create_triggers(db: pw.SqliteDatabase) -> None:
    triggers.create_triggers(db, TRIGGERS)


def rebuild(db: pw.SqliteDatabase) -> None:
    """Empty every stored table and fill it from the journal (one pass per table).

    Must run inside a transaction. The goal–contact pairs arrive in the order
    of their key; their index by goal is built once after them.
    """
    facts = current.fill_facts(db)
    for table in TABLES:
        current.fill(db, table, facts)
    current.drop_facts(db)
    with triggers.without_indexes(db, [GOAL_CONTACT]):
        current.fill_pairs(db)


@contextmanager
def deferred_figures(db: pw.SqliteDatabase) -> Iterator[None]:
    """Write many rows without the figures' triggers; the tables are refilled at the end.

    Must run inside a transaction (``database_proxy.atomic()``): the triggers are
    dropped at the start and created again at the end, so only a commit of the
    whole makes the change, and a rollback (an exception, a cancel, a killed
    process) restores the old triggers and tables. Refilling costs about a second
    on a decade of conversations, so this pays where a bulk write replaces much
    (a restore), not for a few thousand rows.
    """
    if not has_tables(db):  # an old schema: nothing to keep in step
        yield
        return
    if not db.in_transaction():
        raise RuntimeError("deferred_figures() needs an open transaction")
    drop_triggers(db)
    yield
    rebuild(db)
    create_triggers(db)


def repair(db: pw.SqliteDatabase) -> list[str]:
    """Compare every stored table with a fresh fill from the journal; refill what differs.

    Returns the names of the tables that were out of step (and are now right).
    Runs in one transaction; the copies it compares with are temporary tables.
    """
    if not has_tables(db):
        return []
    wrong: list[str] = []
    with db.atomic():
        for name in ALL_TABLES:
            db.execute_sql(f'DROP TABLE IF EXISTS temp."check_{name}"')
            db.execute_sql(f'CREATE TEMP TABLE "check_{name}" AS SELECT * FROM "{name}"')
        rebuild(db)
        for name in ALL_TABLES:
            differs = db.execute_sql(
                f'SELECT EXISTS (SELECT * FROM "{name}" EXCEPT SELECT * FROM temp."check_{name}") '
                f'OR EXISTS (SELECT * FROM temp."check_{name}" EXCEPT SELECT * FROM "{name}")'
            ).fetchone()[0]
            if differs:
                wrong.append(name)
            db.execute_sql(f'DROP TABLE temp."check_{name}"')
    return wrong
