"""Errors of the user's environment, as opposed to our bugs.

Each carries what a message needs (paths, versions); the words themselves are
chosen by the UI or CLI in the user's language.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Something about the database file the user can act on."""


class DamagedDatabaseError(StoreError):
    """The file is not a SQLite database or fails its integrity check."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None = None) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
        self.newest_backup = newest_backup


class NewerSchemaError(StoreError):
    """The file was written by a newer Kontaktbuch; we must not touch it."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(f"{path}: schema {found} is newer than {supported}")
        self.path = path
        self.found = found
        self.supported = supported


class StorageError(StoreError):
    """Disk full, read-only folder, no permission: the operating system said no."""

    def __init__(self, path: Path, detail: str, *, disk_full: bool = False) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
        self.disk_full = disk_full


class BackupInvalidError(StoreError):
    """A file offered for restore is not a good Kontaktbuch backup."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
