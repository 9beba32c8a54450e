"""Rows taken out of the journal and put back exactly, for undoing a deletion.

A deletion copies every row it is about to remove (with its id) into a
:class:`Snapshot`; restoring inserts the same rows again, so links from other
things (conversations, reminders, the search index) find them under the same ids.
Plain SQL over table names keeps this independent of the model classes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from kontaktbuch.store.models import BaseModel, database_proxy

Row = TypeVar("Row", bound=BaseModel)


class NotFound(LookupError):
    """The contact, network or event asked for is no longer in the journal."""


def existing(model: type[Row], row_id: int) -> Row:
    """Row ``row_id`` of ``model``; :class:`NotFound` when it is gone (another window
    or a command may have deleted it since the list was shown)."""
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(row_id)
    return row


@dataclass
class Snapshot:
    """Removed rows per table, in the order they must be inserted again."""

    tables: list[tuple[str, list[dict[str, object]]]] = field(default_factory=list)
    # (table, column, row id, value): references set to NULL by the deletion
    nulled: list[tuple[str, str, int, object]] = field(default_factory=list)
    # (table, column, value): rows to remove first (what a change added or moved)
    clear_first: list[tuple[str, str, object]] = field(default_factory=list)
    # (table, row): rows that still exist but are to get these values back
    changed: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    # (table, column, row id, value): references to point back where they were
    repointed: list[tuple[str, str, int, object]] = field(default_factory=list)

    def add(self, table: str, rows: list[dict[str, object]]) -> None:
        if rows:
            self.tables.append((table, rows))

    def rows(self, table: str) -> list[dict[str, object]]:
        return [row for name, rows in self.tables if name == table for row in rows]


def placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values)) or "NULL"


def capture(table: str, where: str, params: Sequence[object]) -> list[dict[str, object]]:
    """Every column of the rows of ``table`` matching ``where``."""
    cursor = database_proxy.execute_sql(f'SELECT * FROM "{table}" WHERE {where}', list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def capture_ids(table: str, column: str, ids: Sequence[int]) -> list[dict[str, object]]:
    return capture(table, f'"{column}" IN ({placeholders(ids)})', ids)


def delete_row(
    table: str,
    row_id: int,
    *,
    cascades: Sequence[tuple[str, str]] = (),
    nulls: Sequence[tuple[str, str]] = (),
) -> Snapshot:
    """Delete row ``row_id`` of ``table`` in one transaction; what undoes it.

    The snapshot holds the row, the rows that go with it (``cascades``: table and
    the column that points at the row) and the references the database sets to
    NULL (``nulls``, likewise), so that :func:`restore` puts back all of them.
    """
    snap = Snapshot()
    with database_proxy.atomic():
        snap.add(table, capture_ids(table, "id", [row_id]))
        for part, column in cascades:
            snap.add(part, capture_ids(part, column, [row_id]))
        for other, column in nulls:
            cursor = database_proxy.execute_sql(
                f'SELECT id FROM "{other}" WHERE "{column}" = ?', [row_id]
            )
            snap.nulled += [(other, column, int(r[0]), row_id) for r in cursor.fetchall()]
        database_proxy.execute_sql(f'DELETE FROM "{table}" WHERE id = ?', [row_id])
    return snap


def reinsert(table: str, rows: list[dict[str, object]]) -> None:
    """Insert rows again with their old ids (rows still present are left alone)."""
    for row in rows:
        columns = list(row)
        names = ",".join(f'"{c}"' for c in columns)
        sql = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({placeholders(columns)})'
        database_proxy.execute_sql(sql, [row[c] for c in columns])


def restore(snapshot: Snapshot) -> None:
    """Put a snapshot's rows back, in one transaction."""
    with database_proxy.atomic():
        for table, column, value in snapshot.clear_first:
            database_proxy.execute_sql(f'DELETE FROM "{table}" WHERE "{column}" = ?', [value])
        for table, row in snapshot.changed:
            columns = [c for c in row if c != "id"]
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            database_proxy.execute_sql(
                f'UPDATE "{table}" SET {assignments} WHERE id = ?',
                [*(row[c] for c in columns), row["id"]],
            )
        for table, rows in snapshot.tables:
            reinsert(table, rows)
        for table, column, row_id, value in snapshot.repointed:
            database_proxy.execute_sql(
                f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', [value, row_id]
            )
        for table, column, row_id, value in snapshot.nulled:
            database_proxy.execute_sql(
                f'UPDATE "{table}" SET "{column}" = ? WHERE id = ? AND "{column}" IS NULL',
                [value, row_id],
            )
