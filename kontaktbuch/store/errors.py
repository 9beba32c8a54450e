"""Errors of the user's environment, as opposed to our bugs.

Each carries what a message needs (paths, versions); the words themselves are
chosen by the UI or CLI in the user's language.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Something about the database file the user can act on."""


class FileError(StoreError):
    """An error about one file: ``path`` names it, ``detail`` says what is wrong in
    technical words (for the log and a message's details)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class DamagedDatabaseError(FileError):
    """The file is not a SQLite database or fails its integrity check."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None = None) -> None:
        super().__init__(path, detail)
        self.newest_backup = newest_backup


class NewerSchemaError(FileError):
    """The file was written by a newer Kontaktbuch; we must not touch it."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, f"schema {found} is newer than {supported}")
        self.found = found
        self.supported = supported


# why the operating system said no (:attr:`StorageError.reason`); each has its own
# message and advice (``text/messages.py``)
STORAGE_REASONS = (
    "full",  # no space left (or over quota)
    "read_only_disk",  # the file system is mounted read-only
    "read_only_folder",  # the folder may not be written (its owner's write bit is off)
    "read_only_file",  # the journal file is read-only (e.g. chmod 0400)
    "permission",  # the user may not read or write the file or folder
    "locked",  # another program holds the journal's write lock for too long
    "not_regular",  # a folder, device or pipe where a file was expected
    "io",  # the device reported an error
    "",  # something else the operating system said
)


class StorageError(FileError):
    """Disk full, read-only folder, no permission: the operating system said no.

    ``reason`` is one of :data:`STORAGE_REASONS` (``store/faults.py`` finds it by
    looking at the file system, not only at SQLite's words); ``detail`` is the
    technical text, for the log and a message's details.
    """

    def __init__(
        self, path: Path, detail: str, *, disk_full: bool = False, reason: str = ""
    ) -> None:
        super().__init__(path, detail)
        self.reason = "full" if disk_full else reason

    @property
    def disk_full(self) -> bool:
        return self.reason == "full"


class BackupInvalidError(FileError):
    """A file offered for restore is not a good Kontaktbuch backup.

    ``reason``: "unreadable", "not_regular" (a pipe, device or folder), "not_sqlite",
    "damaged", "newer" (a newer Kontaktbuch made it), "not_journal" or "".
    """

    def __init__(self, path: Path, detail: str, *, reason: str = "") -> None:
        super().__init__(path, detail)
        self.reason = reason


class PassphraseRequiredError(FileError):
    """The journal is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "encrypted, a passphrase is needed")


class WrongPassphraseError(FileError):
    """The passphrase does not open the file (or its first page is damaged: SQLCipher
    cannot tell the two apart). Nothing was written."""

    def __init__(self, path: Path, newest_backup: Path | None = None) -> None:
        super().__init__(path, "the passphrase does not open it")
        self.newest_backup = newest_backup


class CipherUnavailableError(StoreError):
    """SQLCipher (the ``sqlcipher3`` package) is missing from this installation."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"SQLCipher is not available: {detail}")
        self.detail = detail


class JournalInUseError(FileError):
    """Another program (the window, a command) has the journal open; encrypting,
    decrypting or changing the passphrase needs it alone."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "in use by another program")
