"""How a storage fault is told apart (store/faults.py): by the file system first,
SQLite's words second — for the causes a test cannot make for real as root
(permission denied, a device error); tests/reliability/ makes the others."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import peewee as pw

from kontaktbuch.store import faults


def _driver_error(text: str, name: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


def test_permission_denied_on_a_writable_folder_and_file_is_permission(tmp_path: Path) -> None:
    path = tmp_path / "kontaktbuch.sqlite"
    path.write_bytes(b"")
    exc = PermissionError(errno.EACCES, "Permission denied", str(path))
    assert faults.storage_error(path, exc).reason == "permission"


def test_a_device_error_with_space_left_is_io_and_peewee_s_wrapping_is_seen_through(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kontaktbuch.sqlite"
    path.write_bytes(b"")
    inner = _driver_error("disk I/O error", "SQLITE_IOERR_WRITE")
    wrapped = pw.OperationalError(inner)
    wrapped.__context__ = inner
    assert faults.is_storage_fault(wrapped)
    assert faults.storage_error(path, wrapped).reason == "io"


def test_sqlite_s_words_alone_are_enough_for_drivers_without_error_names(tmp_path: Path) -> None:
    path = tmp_path / "kontaktbuch.sqlite"
    path.write_bytes(b"")
    assert faults.storage_error(path, Exception("database or disk is full")).reason == "full"
    assert faults.storage_error(path, Exception("database is locked")).reason == "locked"
    assert not faults.is_storage_fault(Exception("no such table: contact"))
    assert not faults.is_storage_fault(Exception("file is not a database"))


def test_the_owner_s_write_bit_counts_even_where_the_system_would_allow(tmp_path: Path) -> None:
    path = tmp_path / "kontaktbuch.sqlite"
    path.write_bytes(b"")
    path.chmod(0o400)
    assert faults.read_only_reason(path) == "read_only_file"
    tmp_path.chmod(0o500)
    try:
        assert faults.read_only_reason(path) == "read_only_folder"
    finally:
        tmp_path.chmod(0o700)
