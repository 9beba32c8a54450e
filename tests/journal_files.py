"""Opening a journal or backup file directly in a test, plain or encrypted alike.

Under ``--encrypted-journal`` the files the tests make are SQLCipher files with
:data:`tests.conftest.TEST_PASSPHRASE`; these helpers open either form, without
migrating or binding the models (as a test that looks at a file from outside).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kontaktbuch.store import cipher
from kontaktbuch.store.cipher import FileKey, JournalDatabase, Passphrase

TEST_PASSPHRASE = "Kontaktbuch-Testlauf 2026"


def file_key(path: Path) -> FileKey | None:
    if not cipher.is_encrypted_file(Path(path)):
        return None
    return FileKey.for_file(Passphrase(TEST_PASSPHRASE), Path(path))


def open_file(path: Path) -> JournalDatabase:
    """A connected peewee database on ``path`` (close it when done)."""
    db = JournalDatabase(str(path), key=file_key(path))
    db.connect()
    return db


def connect_file(path: Path) -> Any:
    """A raw DB-API connection to ``path``."""
    return cipher.connect(path, file_key(path))
