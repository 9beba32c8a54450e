"""Backups (issue 16, points 6, 7 and 9): a restore from any path, over a damaged
journal, and backups that one kind of operation can never rotate away."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.paths import Paths
from kontaktbuch.store import backup, files
from kontaktbuch.store.db import open_database
from tests.reliability.conftest import contact_names, make_journal, run_cli


@pytest.mark.parametrize("folder", ["Sicherung #1", "was?wann", "100% sicher", "a%23b"])
def test_restore_from_a_path_with_uri_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, folder: str
) -> None:
    data = tmp_path / "data"
    make_journal(data, "Anna Müller")
    place = tmp_path / folder
    place.mkdir()
    saved = place / "kontaktbuch#2.sqlite"
    assert run_cli(capsys, data, "backup", str(saved))[0] == 0
    assert run_cli(capsys, data, "log", "--with", "Bernd Neu")[0] == 0
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code, out, err = run_cli(capsys, data, "restore", str(saved))
    assert code == 0, err
    assert "Restored" in out
    assert contact_names(data / "kontaktbuch.sqlite") == ["Anna Müller"]
    after = sorted(p.name for p in tmp_path.rglob("*"))
    # only the safety backup is new: no stray empty file at a cut-off name
    assert [name for name in after if name not in before and "before-restore" not in name] == []


def test_the_command_line_restores_over_a_damaged_journal_and_keeps_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_journal(data, *(f"Person {i}" for i in range(200)))
    saved = tmp_path / "good.sqlite"
    assert run_cli(capsys, data, "backup", str(saved))[0] == 0
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\x13" * (4096 - 100)  # the schema page: the journal no longer opens
    path.write_bytes(bytes(raw))
    code, _, err = run_cli(capsys, data, "info")
    assert code == 3 and "damaged" in err and str(saved) not in err
    code, out, err = run_cli(capsys, data, "restore", str(saved))
    assert code == 0, err
    assert "damaged journal was kept as" in out
    assert len(contact_names(path)) == 200
    kept = list(data.glob("kontaktbuch.sqlite.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(raw)
    assert run_cli(capsys, data, "check")[0] == 0


def _ten_daily_backups(db: pw.SqliteDatabase, folder: Path) -> dt.datetime:
    """The daily backups of 1 to 10 November 2026; returns the first's time."""
    start = dt.datetime(2026, 11, 1, 9)
    for day in range(10):
        backup.daily_backup(db, folder, now=start + dt.timedelta(days=day))
    return start


def test_imports_that_change_nothing_make_no_backup_and_never_rotate_daily_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, app_paths: Paths
) -> None:
    data = app_paths.data_dir
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    try:
        from kontaktbuch.store import models as m

        m.Contact.create(first_name="Anna", last_name="Müller")
        _ten_daily_backups(db, app_paths.backups_dir)
    finally:
        db.close()
    daily = [b.path for b in backup.list_backups(app_paths.backups_dir)]
    assert len(daily) == 10
    header_only = tmp_path / "Connections.csv"
    header_only.write_text("First Name,Last Name,URL,Email Address\r\n", encoding="utf-8")
    for _ in range(11):
        code, out, err = run_cli(capsys, data, "import", "linkedin", str(header_only))
        assert code == 0, err
        assert "0 new" in out
    assert [b.path for b in backup.list_backups(app_paths.backups_dir)] == daily


def test_operations_rotate_among_themselves_and_daily_backups_stay(
    db: pw.SqliteDatabase, app_paths: Paths
) -> None:
    start = _ten_daily_backups(db, app_paths.backups_dir)
    for i in range(15):
        backup.make_backup(
            db, app_paths.backups_dir, reason="before-import", now=start + dt.timedelta(hours=i)
        )
    for i in range(3):
        backup.make_backup(
            db, app_paths.backups_dir, reason=backup.MANUAL, now=start + dt.timedelta(minutes=i)
        )
    kinds: dict[str, list[dt.datetime]] = {}
    for info in backup.list_backups(app_paths.backups_dir):
        kinds.setdefault(info.kind, []).append(info.created)
    assert len(kinds["daily"]) == 10
    assert len(kinds["manual"]) == 3
    # the last 10 before an operation
    assert kinds["operation"] == [start + dt.timedelta(hours=i) for i in range(14, 4, -1)]


def test_daily_backups_thin_out_to_weeks_and_months(
    db: pw.SqliteDatabase, app_paths: Paths
) -> None:
    start = dt.datetime(2025, 1, 1, 9)
    for day in range(500):
        backup.make_backup(db, app_paths.backups_dir, now=start + dt.timedelta(days=day))
    kept = {b.created.date() for b in backup.list_backups(app_paths.backups_dir)}
    last = (start + dt.timedelta(days=499)).date()  # Friday, 15 May 2026
    days = {last - dt.timedelta(days=i) for i in range(10)}
    # the newest (the Sunday) of each of the 12 weeks before those days' weeks
    sundays = {dt.date(2026, 5, 3) - dt.timedelta(weeks=i) for i in range(12)}
    # the newest (the last day) of each of the 12 months not kept already
    month_ends = {dt.date(2026, 4, 30), dt.date(2026, 3, 31), dt.date(2026, 2, 28)}
    month_ends |= {dt.date(2026, 1, 31), dt.date(2025, 12, 31), dt.date(2025, 11, 30)}
    month_ends |= {dt.date(2025, 10, 31), dt.date(2025, 9, 30), dt.date(2025, 8, 31)}
    month_ends |= {dt.date(2025, 7, 31), dt.date(2025, 6, 30), dt.date(2025, 5, 31)}
    assert kept == days | sundays | month_ends
    assert len(kept) == 34


def test_a_half_written_backup_of_a_killed_process_is_removed_at_the_next_start(
    tmp_path: Path, app_paths: Paths
) -> None:
    make_journal(app_paths.data_dir, "Anna Müller")
    app_paths.backups_dir.mkdir(exist_ok=True)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(gone.stdout)
    name = "kontaktbuch-20261126-090000.sqlite"
    leftover = app_paths.backups_dir / f".{name}.{dead_pid}{files.PART_SUFFIX}"
    old_style = app_paths.backups_dir / f".{name}.part"
    beside = app_paths.data_dir / f".kontaktbuch.sqlite.{dead_pid}{files.PART_SUFFIX}"
    running = app_paths.backups_dir / f".{name}.1{files.PART_SUFFIX}"  # pid 1 is alive
    for path in (leftover, old_style, beside, running):
        shutil.copyfile(app_paths.database, path)
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    db.close()
    assert not leftover.exists() and not old_style.exists() and not beside.exists()
    assert running.exists()  # another process may still be writing it
