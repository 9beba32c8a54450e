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


class PassphraseRequiredError(StoreError):
    """The journal is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: encrypted, a passphrase is needed")
        self.path = path


class WrongPassphraseError(StoreError):
    """The passphrase does not open the file (or its first page is damaged: SQLCipher
    cannot tell the two apart). Nothing was written."""

    def __init__(self, path: Path, newest_backup: Path | None = None) -> None:
        super().__init__(f"{path}: the passphrase does not open it")
        self.path = path
        self.newest_backup = newest_backup


class CipherUnavailableError(StoreError):
    """SQLCipher (the ``sqlcipher3`` package) is missing from this installation."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"SQLCipher is not available: {detail}")
        self.detail = detail


class JournalInUseError(StoreError):
    """Another program (the window, a command) has the journal open; encrypting,
    decrypting or changing the passphrase needs it alone."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: in use by another program")
        self.path = path
