"""The daily backup runs beside the window, and a damaged journal is reported, not copied."""

from __future__ import annotations

import threading
from pathlib import Path

import peewee as pw
import pytest
from pytestqt.qtbot import QtBot

from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings
from kontaktbuch.store import backup
from kontaktbuch.store import db as db_module
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from kontaktbuch.ui import application
from tests.ui.conftest import make_ctx


def test_daily_backup_runs_off_the_window_thread(
    qtbot: QtBot,
    app_paths: Paths,
    db: pw.SqliteDatabase,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    m.Contact.create(first_name="Anna", last_name="Müller")
    threads: list[int] = []
    real = backup.daily_backup

    def spy(*args: object, **kwargs: object) -> Path | None:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "daily_backup", spy)
    thread = application._daily_backup(make_ctx(app_paths, db, settings))
    qtbot.waitUntil(thread.isFinished, timeout=10_000)
    application.wait_for_backup()
    assert threads and threads[0] != threading.get_ident()
    made = backup.list_backups(app_paths.backups_dir)
    assert len(made) == 1
    copy = pw.SqliteDatabase(str(made[0].path))
    assert copy.execute_sql("SELECT first_name FROM contact").fetchall() == [("Anna",)]
    copy.close()


def test_damaged_journal_is_reported_and_not_backed_up(
    qtbot: QtBot, app_paths: Paths, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A journal "large" enough for the light start-up check, damaged deep inside.
    monkeypatch.setattr(db_module, "FULL_CHECK_MAX_BYTES", 0)
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    with database.atomic():
        m.Contact.insert_many(
            [{"first_name": f"Person {i}", "notes": "Notiz. " * 40} for i in range(1500)]
        ).execute()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    raw = bytearray(app_paths.database.read_bytes())
    middle = (len(raw) // 4096 // 2) * 4096
    raw[middle : middle + 4096] = b"\xff" * 4096
    app_paths.database.write_bytes(bytes(raw))
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)

    shown: list[str] = []
    monkeypatch.setattr(
        application.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    try:
        application._daily_backup(make_ctx(app_paths, database, settings))
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        application.wait_for_backup()
    finally:
        database.close()
    assert str(app_paths.database) in shown[0]
    assert backup.list_backups(app_paths.backups_dir) == []
