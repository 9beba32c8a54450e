"""Opening the journal: pragmas, permissions, refusal of damaged and newer files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.paths import Paths
from kontaktbuch.store import backup, migrations
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from kontaktbuch.store.errors import DamagedDatabaseError, NewerSchemaError


def test_pragmas_wal_foreign_keys_busy_timeout(db: pw.SqliteDatabase) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert migrations.schema_version(db) == migrations.SCHEMA_VERSION


def test_database_file_is_private(db: pw.SqliteDatabase, app_paths: Paths) -> None:
    mode = stat.S_IMODE(os.stat(app_paths.database).st_mode)
    assert mode == 0o600


def test_foreign_keys_cascade_and_keep_shared_conversations(db: pw.SqliteDatabase) -> None:
    import datetime as dt

    a = m.Contact.create(first_name="Anna", last_name="Müller")
    b = m.Contact.create(first_name="Jörg", last_name="Schröder")
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 1, 1, 18))
    m.ConversationContact.create(conversation=conv, contact=a)
    m.ConversationContact.create(conversation=conv, contact=b)
    m.ContactEmail.create(contact=a, address="anna@example.de")
    a.delete_instance()
    assert m.ContactEmail.select().count() == 0
    assert m.Conversation.select().count() == 1
    assert [p.contact.first_name for p in conv.participants] == ["Jörg"]


def test_a_user_action_is_one_transaction(db: pw.SqliteDatabase) -> None:
    with pytest.raises(RuntimeError), db.atomic():
        m.Contact.create(first_name="Half")
        raise RuntimeError("interrupted")
    assert m.Contact.select().count() == 0


def test_text_file_is_refused_and_left_untouched(app_paths: Paths) -> None:
    app_paths.database.write_text("these are my notes, not a database\n", encoding="utf-8")
    before = app_paths.database.read_bytes()
    with pytest.raises(DamagedDatabaseError) as info:
        open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    assert app_paths.database.read_bytes() == before
    assert info.value.newest_backup is None


def test_damaged_file_points_at_newest_backup(app_paths: Paths) -> None:
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    m.Contact.create(first_name="Anna")
    made = backup.make_backup(database, app_paths.backups_dir)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    raw = bytearray(app_paths.database.read_bytes())
    # Destroy the second page (table b-trees) but keep the header valid.
    raw[4096 : 4096 + 512] = b"\xff" * 512
    app_paths.database.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabaseError) as info:
        open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    assert info.value.newest_backup == made
    assert app_paths.database.read_bytes() == bytes(raw)


def test_newer_schema_is_refused_and_left_untouched(app_paths: Paths) -> None:
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    database.execute_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    before = app_paths.database.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    assert info.value.found == migrations.SCHEMA_VERSION + 5
    assert app_paths.database.read_bytes() == before


def test_replace_damaged_keeps_the_damaged_file(app_paths: Paths, tmp_path: Path) -> None:
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    m.Contact.create(first_name="Anna")
    good = backup.make_backup(database, app_paths.backups_dir)
    database.close()
    app_paths.database.write_bytes(b"garbage" * 100)
    kept = backup.replace_damaged(app_paths.database, good, max_schema=migrations.SCHEMA_VERSION)
    assert kept.read_bytes() == b"garbage" * 100
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    assert [c.first_name for c in m.Contact.select()] == ["Anna"]
    database.close()
