"""Opening the journal's SQLite file safely.

The order matters: look at the file before SQLite does (a text file or a damaged
header must not be "repaired" by writing to it), refuse a newer schema before any
write, back the file up before migrating, and only then bind the models.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypedDict, Unpack

import peewee as pw

from kontaktbuch.paths import private_folder, restrict_to_owner
from kontaktbuch.store import backup, cipher, faults, migrations
from kontaktbuch.store.cipher import FileKey, JournalDatabase, Passphrase
from kontaktbuch.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)
from kontaktbuch.store.models import database_proxy

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
    "cache_size": -16000,
}
# Up to this size the full ``PRAGMA quick_check`` runs at every start (a few ms).
# Above it, that check reads every page — about 150 ms for a decade of notes, more
# than the whole window — so start-up runs :func:`_light_check` instead, and the
# full check runs before each daily backup (``backup.daily_backup``) and in
# ``kontaktbuch check``.
FULL_CHECK_MAX_BYTES = 8 * 1024 * 1024


def _check_header(path: Path, backups_dir: Path | None) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise faults.storage_error(path, exc) from exc
    if head and head != SQLITE_HEADER:
        raise DamagedDatabaseError(path, "not a SQLite database", backup.newest_backup(backups_dir))


def _check_kind(path: Path) -> None:
    """Only a regular file (or nothing yet) is a journal: a folder, a device or a pipe
    in its place is refused before anything opens it (a pipe would block the read)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise faults.storage_error(path, exc) from exc
    if not stat.S_ISREG(st.st_mode):
        raise StorageError(path, "not a regular file", reason="not_regular")


def read_only_mode(path: Path) -> str:
    """How the journal at ``path`` must be opened: "" (read and write), "ro" or
    "immutable" (see ``store/transactions.py``).

    Read-only when the user made the file read-only (its owner's write bit is off:
    it is never made writable behind their back), or the folder, or when the disk
    is mounted read-only. "immutable" where SQLite could not make its shared-memory
    file beside it (no ``-shm`` yet, and the folder cannot be written).
    """
    reason = faults.read_only_reason(path)
    if reason not in ("read_only_disk", "read_only_folder", "read_only_file"):
        return ""
    if reason == "read_only_file":
        return "ro"
    shm = Path(f"{path}-shm")
    wal = Path(f"{path}-wal")
    if shm.exists() or (wal.exists() and wal.stat().st_size > 0):
        return "ro"
    return "immutable"


def open_database(
    path: Path,
    *,
    backups_dir: Path | None = None,
    check_integrity: bool = True,
    migrate: bool = True,
    backups_to_keep: int = 10,
    passphrase: str | Passphrase | None = None,
) -> JournalDatabase:
    """Open (or create) the journal at ``path``, migrate it, and bind the models.

    An encrypted journal needs ``passphrase``; a plain one ignores it, and a new
    file is created encrypted when one is given. Raises
    :class:`DamagedDatabaseError`, :class:`NewerSchemaError`,
    :class:`StorageError`, :class:`PassphraseRequiredError` or
    :class:`WrongPassphraseError`; in each case the file on disk is left exactly
    as it was.
    """
    path = Path(path)
    _check_kind(path)
    key = _journal_key(path, passphrase)
    if key is None:
        _check_header(path, backups_dir)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and passphrase is not None:
        key = FileKey.new(_as_passphrase(passphrase))
    if is_new:
        try:
            private_folder(path.parent)
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as exc:
            raise faults.storage_error(path, exc) from exc

    db = JournalDatabase(str(path), pragmas={}, autoconnect=False, check_same_thread=False, key=key)
    db.read_only = read_only_mode(path)
    try:
        db.connect()
        # Read the schema before any pragma can write (WAL switching writes).
        version = _first_read(db, path, backups_dir)
        if check_integrity and not is_new:
            result = _integrity(db, path)
            if result != "ok":
                raise DamagedDatabaseError(path, result, backup.newest_backup(backups_dir))
        if version > migrations.SCHEMA_VERSION:
            raise NewerSchemaError(path, version, migrations.SCHEMA_VERSION)
        _apply_pragmas(db)
        if migrate and version < migrations.SCHEMA_VERSION:
            if db.read_only:  # an older journal must be migrated, which writes
                raise StorageError(path, "read-only; needs migrating", reason=_why_read_only(path))
            if version > 0 and backups_dir is not None:
                backup.make_backup(db, backups_dir, keep=backups_to_keep, reason="pre-migration")
            migrations.migrate(db)
    except cipher.database_errors(pw.DatabaseError) as exc:
        db.close()
        # The storage first: a read-only folder or a full disk is no damaged journal.
        if faults.is_storage_fault(exc):
            raise faults.storage_error(path, exc) from exc
        raise DamagedDatabaseError(path, str(exc), backup.newest_backup(backups_dir)) from exc
    except BaseException:
        db.close()
        raise
    if not db.read_only:
        _restrict_permissions(path)
        _after_open(db, path, backups_dir)
    else:
        log.info("The journal %s is read-only (%s): opened for reading", path, db.read_only)
    database_proxy.initialize(db)
    return db


def _why_read_only(path: Path) -> str:
    return faults.read_only_reason(path) or "read_only_file"


def _apply_pragmas(db: JournalDatabase) -> None:
    for key, value in PRAGMAS.items():
        if key == "journal_mode" and db.read_only:
            continue  # switching to WAL writes the header; a read-only journal stays as is
        db.execute_sql(f"PRAGMA {key} = {value}")
    if getattr(db, "encrypted", False):
        db.execute_sql(f"PRAGMA cache_size = -{cipher.ENCRYPTED_CACHE_KIB:d}")


# --- Encrypted journals (see store/cipher.py and store/encryption.py) ----------------


def reopen_database(db: JournalDatabase, passphrase: Passphrase | None) -> None:
    """Connect the open journal's database object again after encrypt, decrypt or a
    passphrase change replaced its file (the window keeps its one object).

    ``passphrase`` opens the file if it is encrypted now. The file was verified by
    the step, so only the first read (a wrong key) is checked here.
    """
    close_database(db)
    path = Path(str(db.database))
    db.set_key(_journal_key(path, passphrase))
    db.connect()
    try:
        _first_read(db, path, None)
        _apply_pragmas(db)
        _after_open(db, path, None)
    except BaseException:
        db.close()
        raise


def _as_passphrase(passphrase: str | Passphrase) -> Passphrase:
    return passphrase if isinstance(passphrase, Passphrase) else Passphrase(passphrase)


def _journal_key(path: Path, passphrase: str | Passphrase | None) -> FileKey | None:
    """The key for an encrypted journal; None for a plain, new or damaged one.

    Only reads the file's first bytes: a missing or wrong passphrase must not
    change anything on disk.
    """
    if not cipher.is_encrypted_file(path):
        return None
    if passphrase is None or passphrase == "":
        raise PassphraseRequiredError(path)
    return FileKey.for_file(_as_passphrase(passphrase), path)


def _first_read(db: JournalDatabase, path: Path, backups_dir: Path | None) -> int:
    """The schema version: the first read of page 1, where a wrong key shows.

    SQLCipher cannot tell a wrong key from a garbled first page; both fail here
    before anything is written (no WAL or shared-memory file is created either,
    since the page saying "WAL" cannot be read).
    """
    try:
        return int(db.execute_sql("PRAGMA user_version").fetchone()[0])
    except cipher.driver_errors(pw.DatabaseError) as exc:
        if db.encrypted and cipher.is_wrong_key(exc):
            raise WrongPassphraseError(path, backup.newest_backup(backups_dir)) from exc
        raise


def _after_open(db: JournalDatabase, path: Path, backups_dir: Path | None) -> None:
    """Show other programs that the journal is open; finish an interrupted step;
    remove the half-written copies a killed backup left.

    A read in WAL mode maps the shared-memory file, whose lock tells an encrypt,
    decrypt or passphrase change in another process that the journal is in use
    (a connection that switched to WAL but has not read since holds no lock).
    Removing what an interrupted step left is safe only now: the journal opened
    and read, so no step holds it (a step keeps it locked exclusively until its new
    file is in place).
    """
    from kontaktbuch.store import encryption

    db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    encryption.remove_leftovers(path)
    encryption.remove_leftovers_in(backups_dir)
    backup.remove_partial(path.parent, backups_dir)


def _integrity(db: pw.SqliteDatabase, path: Path) -> str:
    """The verdict ("ok" or what is wrong): the full quick check for small files."""
    if path.stat().st_size <= FULL_CHECK_MAX_BYTES:
        return str(db.execute_sql("PRAGMA quick_check").fetchone()[0])
    return _light_check(db)


def _light_check(db: pw.SqliteDatabase) -> str:
    """Parse the schema and read the first row of every table (each root page).

    Catches what a damaged file usually shows first — a garbled header, schema or
    table root — in a few milliseconds; SQLite raises ``DatabaseError`` ("malformed")
    for those, which :func:`open_database` turns into :class:`DamagedDatabaseError`.
    """
    tables = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
    ).fetchall()
    for (name,) in tables:
        quoted = name.replace('"', '""')
        db.execute_sql(f'SELECT * FROM "{quoted}" LIMIT 1').fetchall()
    return "ok"


def _restrict_permissions(path: Path) -> None:
    """The journal and its WAL companions are private: nobody but the owner may read
    them. Only rights are taken away, never given: a file the user made read-only
    stays read-only (it is opened read-only, see :func:`read_only_mode`)."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        restrict_to_owner(candidate)


@contextmanager
def thread_connection(db: pw.SqliteDatabase, *, read_only: bool) -> Iterator[pw.SqliteDatabase]:
    """The open journal on a connection of the calling (worker) thread.

    peewee keeps one connection per thread for a database object, so the journal's
    functions run unchanged in a worker; this opens that thread's connection with
    the same busy timeout and closes it again. ``read_only`` makes SQLite refuse
    any write from it (``PRAGMA query_only``), so a background check can never
    change the journal behind the window's back. The window's thread keeps its own
    connection; WAL lets both run side by side.
    """
    db.connect(reuse_if_open=True)
    try:
        db.execute_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute_sql("PRAGMA foreign_keys = ON")  # a writer's deletions cascade as in the window
        if read_only:
            db.execute_sql("PRAGMA query_only = 1")
        yield db
    finally:
        db.close()


def close_database(db: pw.SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()


class OpenOptions(TypedDict, total=False):
    """The keywords of :func:`open_database`, for :func:`opened` to pass on."""

    backups_dir: Path | None
    check_integrity: bool
    migrate: bool
    backups_to_keep: int


@contextmanager
def opened(path: Path, **options: Unpack[OpenOptions]) -> Iterator[pw.SqliteDatabase]:
    """Open for the length of a block: the CLI and tests use this."""
    db = open_database(path, **options)
    try:
        yield db
    finally:
        close_database(db)


def is_empty(db: pw.SqliteDatabase) -> bool:
    """True when the journal holds nothing a user entered (for the first-start screen)."""
    for table in ("contact", "network", "event", "conversation", "goal"):
        if db.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            return False
    return True
