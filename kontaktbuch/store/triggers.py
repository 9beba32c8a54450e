"""Dropping and creating a set of triggers, for bulk writes that refill derived tables.

The search index (:mod:`.search_index`) and the reflection's stored figures
(:mod:`.daily_figures`) are kept in step by triggers; a restore drops them,
writes, refills the derived tables once and creates them again, inside its
transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

import peewee as pw


def drop_triggers(db: pw.SqliteDatabase, triggers: Iterable[tuple[str, str]]) -> None:
    """Drop the triggers named in ``triggers`` ((name, CREATE statement) pairs)."""
    for name, _sql in triggers:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def create_triggers(db: pw.SqliteDatabase, triggers: Iterable[tuple[str, str]]) -> None:
    """Run the CREATE statements of ``triggers``."""
    for _name, sql in triggers:
        db.execute_sql(sql)
