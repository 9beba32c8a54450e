"""Bulk writes set the sync triggers aside only while they have nothing to mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.exchange import archive
from kontaktbuch.store import models as m
from kontaktbuch.store import triggers
from kontaktbuch.store.models import database_proxy


def _sync_triggers(db: pw.SqliteDatabase) -> dict[str, str]:
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'"
    )
    return dict(rows.fetchall())


def _mark(db: pw.SqliteDatabase, contact: m.Contact) -> None:
    db.execute_sql(
        "INSERT INTO sync_item (kind, uid, local_id, local_created) VALUES ('contact', 'u1', ?, ?)",
        (contact.id, str(contact.created_at)),
    )


def _item(db: pw.SqliteDatabase) -> tuple[int, int]:
    return db.execute_sql("SELECT deleted, dirty FROM sync_item").fetchone()


def test_idle_sync_triggers_are_set_aside_and_come_back(db: pw.SqliteDatabase) -> None:
    before = _sync_triggers(db)
    assert len(before) > 50
    with database_proxy.atomic(), triggers.without_idle_sync_marks(db):
        assert _sync_triggers(db) == {}
        m.Contact.create(first_name="Anna")
    assert _sync_triggers(db) == before


def test_sync_triggers_stay_while_they_have_something_to_mark(db: pw.SqliteDatabase) -> None:
    contact = m.Contact.create(first_name="Anna")
    _mark(db, contact)
    before = _sync_triggers(db)
    with database_proxy.atomic(), triggers.without_idle_sync_marks(db):
        assert _sync_triggers(db) == before
        m.Contact.update(first_name="Anne").where(m.Contact.id == contact.id).execute()
    assert _item(db) == (0, 1)


def test_a_block_that_writes_sync_item_is_rolled_back(db: pw.SqliteDatabase) -> None:
    before = _sync_triggers(db)
    with (
        pytest.raises(RuntimeError),
        database_proxy.atomic(),
        triggers.without_idle_sync_marks(db),
    ):
        _mark(db, m.Contact.create(first_name="Anna"))
    assert _sync_triggers(db) == before
    assert not m.Contact.select().exists()


def test_a_restore_over_a_synced_journal_marks_what_it_replaced(
    db: pw.SqliteDatabase, tmp_path: Path
) -> None:
    """The restore deletes the contact and writes it again with its id and creation
    time: sync sees it changed, not gone (as an undo does)."""
    contact = m.Contact.create(first_name="Anna", created_at=dt.datetime(2026, 1, 5, 9, 0))
    path = tmp_path / "a.json"
    archive.export_archive(path)
    _mark(db, m.Contact.get_by_id(contact.id))
    before = _sync_triggers(db)
    archive.restore_archive(path, force=True)
    assert _item(db) == (0, 2)
    assert _sync_triggers(db) == before
