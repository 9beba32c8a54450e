"""Backups: consistent copies, one a day, rotation, and a restore that checks first."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.paths import Paths
from kontaktbuch.store import backup, migrations
from kontaktbuch.store import models as m
from kontaktbuch.store.errors import BackupInvalidError
from tests.journal_files import open_file


def test_backup_is_a_private_consistent_copy(db: pw.SqliteDatabase, app_paths: Paths) -> None:
    m.Contact.create(first_name="Anna", last_name="Müller")
    path = backup.make_backup(db, app_paths.backups_dir)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert backup.verify_backup(path, migrations.SCHEMA_VERSION) == migrations.SCHEMA_VERSION
    copy = open_file(path)
    assert copy.execute_sql("SELECT last_name FROM contact").fetchall() == [("Müller",)]
    copy.close()


def test_one_daily_backup_and_rotation(db: pw.SqliteDatabase, app_paths: Paths) -> None:
    day = dt.datetime(2026, 11, 1, 9)
    for i in range(12):
        made = backup.daily_backup(
            db, app_paths.backups_dir, keep=10, now=day + dt.timedelta(days=i)
        )
        assert made is not None
        again = backup.daily_backup(
            db, app_paths.backups_dir, keep=10, now=day + dt.timedelta(days=i, hours=3)
        )
        assert again is None
    kept = [b.created.date() for b in backup.list_backups(app_paths.backups_dir)]
    # the last 10 days, and the week before them (1 November, a Sunday) by its newest;
    # 2 November lies in the week of 3 to 8 November, which is kept by its newest
    assert kept[:10] == [dt.date(2026, 11, 12) - dt.timedelta(days=i) for i in range(10)]
    assert kept[10:] == [dt.date(2026, 11, 1)]


def test_restore_replaces_content_and_keeps_a_safety_copy(
    db: pw.SqliteDatabase, app_paths: Paths
) -> None:
    m.Contact.create(first_name="Vorher")
    good = backup.make_backup(db, app_paths.backups_dir)
    m.Contact.create(first_name="Danach")
    safety = backup.restore_backup(
        db, good, app_paths.backups_dir, max_schema=migrations.SCHEMA_VERSION
    )
    assert [c.first_name for c in m.Contact.select()] == ["Vorher"]
    assert safety.exists() and "before-restore" in safety.name


@pytest.mark.parametrize(
    "content",
    [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 200],
)
def test_restore_refuses_bad_files_and_changes_nothing(
    db: pw.SqliteDatabase, app_paths: Paths, tmp_path: Path, content: bytes
) -> None:
    m.Contact.create(first_name="Bleibt")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(BackupInvalidError):
        backup.restore_backup(db, bad, app_paths.backups_dir, max_schema=migrations.SCHEMA_VERSION)
    assert [c.first_name for c in m.Contact.select()] == ["Bleibt"]
    assert backup.list_backups(app_paths.backups_dir) == []


def test_restore_refuses_a_damaged_backup(
    db: pw.SqliteDatabase, app_paths: Paths, tmp_path: Path
) -> None:
    for i in range(300):
        m.Contact.create(first_name=f"Kontakt {i}", notes="x" * 200)
    good = backup.make_backup(db, app_paths.backups_dir)
    raw = bytearray(good.read_bytes())
    raw[8192 : 8192 + 1024] = b"\x13" * 1024
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(bytes(raw))
    with pytest.raises(BackupInvalidError):
        backup.verify_backup(damaged, migrations.SCHEMA_VERSION)
