"""Large journals are checked lightly at start and completely before the daily backup.

The full ``PRAGMA quick_check`` reads every page, which on a decade of notes costs
more than opening the window (see docs/performance.md); damage must still be
refused clearly, and must never push good backups out of the rotation.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kontaktbuch.paths import Paths
from kontaktbuch.store import backup
from kontaktbuch.store import db as db_module
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from kontaktbuch.store.errors import DamagedDatabaseError


@pytest.fixture
def light(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every file as large, so start-up uses the light check."""
    monkeypatch.setattr(db_module, "FULL_CHECK_MAX_BYTES", 0)


def _filled_journal(app_paths: Paths) -> Path:
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    with database.atomic():
        m.Contact.insert_many(
            [
                {"first_name": f"Person {i}", "notes": "Notiz über Förderprogramme. " * 8}
                for i in range(1500)
            ]
        ).execute()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return app_paths.database


def _damage_page(path: Path, page: int) -> bytes:
    raw = bytearray(path.read_bytes())
    start = (page - 1) * 4096
    raw[start : start + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(raw))
    return bytes(raw)


@pytest.mark.usefixtures("light")
def test_light_check_opens_a_healthy_journal(app_paths: Paths) -> None:
    _filled_journal(app_paths)
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    assert m.Contact.select().count() == 1500
    database.close()


@pytest.mark.usefixtures("light")
def test_light_check_refuses_a_damaged_table_root(app_paths: Paths) -> None:
    path = _filled_journal(app_paths)
    damaged = _damage_page(path, 2)  # the root of the first table
    with pytest.raises(DamagedDatabaseError):
        open_database(path, backups_dir=app_paths.backups_dir)
    assert path.read_bytes() == damaged


@pytest.mark.usefixtures("light")
def test_light_check_refuses_a_text_file(app_paths: Paths) -> None:
    app_paths.database.write_text("meine Notizen, keine Datenbank\n" * 1000, encoding="utf-8")
    with pytest.raises(DamagedDatabaseError):
        open_database(app_paths.database, backups_dir=app_paths.backups_dir)


@pytest.mark.usefixtures("light")
def test_daily_backup_refuses_damage_the_light_check_let_through(app_paths: Paths) -> None:
    path = _filled_journal(app_paths)
    database = open_database(path, backups_dir=app_paths.backups_dir)
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    good = backup.make_backup(database, app_paths.backups_dir, now=yesterday)
    database.close()
    pages = path.stat().st_size // 4096
    _damage_page(path, pages // 2)  # deep inside the contacts, not a root page
    database = open_database(path, backups_dir=app_paths.backups_dir)
    try:
        with pytest.raises(DamagedDatabaseError) as info:
            backup.daily_backup(database, app_paths.backups_dir)
    finally:
        database.close()
    assert info.value.newest_backup == good
    assert [b.path for b in backup.list_backups(app_paths.backups_dir)] == [good]
