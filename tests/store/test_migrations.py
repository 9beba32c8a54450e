"""Bringing an older journal forward: data survives, a backup is taken first."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.paths import Paths
from kontaktbuch.store import backup, migrations
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from tests.journal_files import open_file

FIXTURE = Path(__file__).with_name("fixtures") / "schema1.sqlite"


def test_fixture_is_schema_one() -> None:
    db = pw.SqliteDatabase(str(FIXTURE))
    db.connect()
    assert migrations.schema_version(db) == 1
    db.close()


def test_old_journal_is_migrated_and_keeps_its_data(app_paths: Paths) -> None:
    shutil.copy(FIXTURE, app_paths.database)
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    try:
        assert migrations.schema_version(db) == migrations.SCHEMA_VERSION
        assert "reminder_state" in db.get_tables()
        joerg = m.Contact.get_by_id(1)
        assert (joerg.prefix, joerg.first_name, joerg.last_name) == ("Dr.", "Jörg", "Schröder")
        assert (joerg.birthday_day, joerg.birthday_month, joerg.birthday_year) == (29, 2, None)
        assert [e.address for e in joerg.emails] == ["joerg@example.de"]
        conv = m.Conversation.get_by_id(1)
        assert conv.event.title == "Stammtisch Mai"
        assert [o.text for o in conv.outcomes] == ["Nachfolge früh planen"]
        assert [g.goal.title for g in conv.goal_links] == ["Sichtbarkeit"]
        assert m.FollowUp.get_by_id(1).text == "Kontakt zur IHK schicken"
        # New in schema 2, usable straight away:
        m.ReminderState.create(key="follow_up:1")
        # The goal's start day (migration 7) is empty: it counts from its creation.
        assert [g.starts_on for g in m.Goal.select()] == [None]
    finally:
        db.close()
    # The state before migrating was saved, and is still schema 1.
    backups = backup.list_backups(app_paths.backups_dir)
    assert len(backups) == 1 and "pre-migration" in backups[0].path.name
    assert backup.verify_backup(backups[0].path, migrations.SCHEMA_VERSION) == 1


def test_migration_is_all_or_nothing(app_paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(FIXTURE, app_paths.database)

    def broken(db: pw.SqliteDatabase) -> None:
        db.execute_sql('CREATE TABLE "half_done" ("id" INTEGER)')
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    db = open_file(app_paths.database)
    assert migrations.schema_version(db) == 1
    assert "half_done" not in db.get_tables()
    db.close()


def test_new_journal_gets_every_migration(db: pw.SqliteDatabase) -> None:
    assert migrations.schema_version(db) == migrations.SCHEMA_VERSION
    assert migrations.pending(db) == 0
