"""Backups with SQLite's online backup API, and restoring them safely.

A backup is a consistent copy even while the app writes. Restoring checks the
candidate completely (integrity, schema version) before the live file is touched,
and takes a backup of the current state first, so a restore can be undone.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from kontaktbuch.store import cipher
from kontaktbuch.store.cipher import FileKey, Passphrase
from kontaktbuch.store.errors import (
    BackupInvalidError,
    DamagedDatabaseError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)

log = logging.getLogger(__name__)

PREFIX = "kontaktbuch-"
SUFFIX = ".sqlite"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def list_backups(backups_dir: Path | None) -> list[BackupInfo]:
    """Backups in the folder, newest first."""
    if backups_dir is None or not backups_dir.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in backups_dir.glob(f"{PREFIX}*{SUFFIX}"):
        stamp = path.name[len(PREFIX) : len(PREFIX) + 15]
        try:
            created = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, created, size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def newest_backup(backups_dir: Path | None) -> Path | None:
    backups = list_backups(backups_dir)
    return backups[0].path if backups else None


def _copy(source: Any, dest: Path, progress: Progress | None, key: FileKey | None = None) -> None:
    """A consistent copy of ``source`` at ``dest``; encrypted with ``key`` (which
    must be the source's own: SQLite's backup copies pages) when one is given."""
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        target = cipher.connect(tmp, key)
        try:

            def _report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(target, pages=256, progress=_report)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.replace(tmp, dest)
    except cipher.driver_errors(OSError) as exc:
        tmp.unlink(missing_ok=True)
        text = str(exc)
        raise StorageError(dest, text, disk_full="full" in text.lower()) from exc


def make_backup(
    db: pw.SqliteDatabase,
    backups_dir: Path,
    *,
    keep: int = 10,
    reason: str = "",
    dest: Path | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy the open database to ``dest`` or a new timestamped file; rotate old ones."""
    now = now or dt.datetime.now()
    if dest is None:
        backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        name = f"{PREFIX}{_stamp(now)}{'-' + reason if reason else ''}{SUFFIX}"
        dest = backups_dir / name
        counter = 1
        while dest.exists():
            dest = backups_dir / f"{PREFIX}{_stamp(now)}-{reason or 'b'}{counter}{SUFFIX}"
            counter += 1
        _copy(db.connection(), dest, progress, _key_of(db))
        rotate(backups_dir, keep)
    else:
        _copy(db.connection(), Path(dest), progress, _key_of(db))
    log.info("Backup written to %s", dest)
    return dest


def rotate(backups_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was removed."""
    removed = []
    for info in list_backups(backups_dir)[max(1, keep) :]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:  # pragma: no cover
            log.warning("Could not remove old backup %s", info.path)
    return removed


def daily_backup(
    db: pw.SqliteDatabase, backups_dir: Path, *, keep: int = 10, now: dt.datetime | None = None
) -> Path | None:
    """One automatic backup a day: made only if none exists from today.

    The journal is checked completely first (start-up only checks large files
    lightly, see ``store.db``): a damaged file must not push good backups out of
    the rotation. Raises :class:`DamagedDatabaseError` then.
    """
    now = now or dt.datetime.now()
    newest = list_backups(backups_dir)
    if newest and newest[0].created.date() == now.date():
        return None
    path = Path(str(db.database))
    try:
        result = str(db.execute_sql("PRAGMA quick_check").fetchone()[0])
    except pw.OperationalError as exc:  # locked, I/O error: not damage
        raise StorageError(path, str(exc)) from exc
    except cipher.database_errors(pw.DatabaseError) as exc:
        result = str(exc)
    if result != "ok":
        raise DamagedDatabaseError(path, result, newest[0].path if newest else None)
    return make_backup(db, backups_dir, keep=keep, now=now)


def verify_backup(
    path: Path, max_schema: int, *, passphrase: str | Passphrase | None = None
) -> int:
    """Check a candidate for restore; returns its schema version or raises.

    An encrypted backup needs the passphrase it was made with
    (:class:`PassphraseRequiredError`, :class:`WrongPassphraseError`).
    """
    path = Path(path)
    key = _backup_key(path, passphrase)
    try:
        with path.open("rb") as fh:
            if key is None and fh.read(16) != b"SQLite format 3\x00":
                raise BackupInvalidError(path, "not a SQLite database")
    except OSError as exc:
        raise BackupInvalidError(path, exc.strerror or str(exc)) from exc
    try:
        conn = cipher.connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            _check_backup_key(conn, path, key)
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except cipher.driver_errors() as exc:
        raise BackupInvalidError(path, str(exc)) from exc
    if result != "ok":
        raise BackupInvalidError(path, f"integrity check failed: {result}")
    if version > max_schema:
        raise BackupInvalidError(path, f"schema {version} is newer than {max_schema}")
    if version == 0 or "contact" not in tables:
        raise BackupInvalidError(path, "not a Kontaktbuch journal")
    return version


def restore_backup(
    db: pw.SqliteDatabase,
    source: Path,
    backups_dir: Path,
    *,
    max_schema: int,
    keep: int = 10,
    progress: Progress | None = None,
    passphrase: str | Passphrase | None = None,
) -> Path:
    """Replace the open database's content with ``source`` after checking it.

    Returns the safety backup of the state before the restore. The caller migrates
    afterwards if the restored file is older than the code. An encrypted backup
    opens with the journal's passphrase (or ``passphrase``); a plain backup goes
    into an encrypted journal, and an encrypted one into a plain journal, through
    a copy in the journal's form (see :func:`_in_form_of`).
    """
    passphrase = passphrase or _passphrase_of(db)
    verify_backup(source, max_schema, passphrase=passphrase)
    safety = make_backup(db, backups_dir, keep=keep + 1, reason="before-restore")
    with _in_form_of(db, Path(source), passphrase) as (candidate, key):
        src = cipher.connect(f"file:{candidate}?mode=ro", key, uri=True)
        try:

            def _report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(db.connection(), pages=256, progress=_report)
        except cipher.driver_errors() as exc:
            text = str(exc)
            raise StorageError(
                Path(str(db.database)), text, disk_full="full" in text.lower()
            ) from exc
        finally:
            src.close()
    return safety


def replace_damaged(
    database: Path,
    source: Path,
    *,
    max_schema: int,
    passphrase: str | Passphrase | None = None,
) -> Path:
    """Put a good backup in place of a damaged journal, keeping the damaged file.

    The damaged file (and its WAL companions) are renamed, never overwritten, so
    nothing is lost should the user or a specialist want to rescue it later.
    Returns where the damaged file now lies.
    """
    verify_backup(source, max_schema, passphrase=passphrase)
    key = _backup_key(Path(source), passphrase)
    stamp = _stamp(dt.datetime.now())
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    try:
        if database.exists():
            os.replace(database, kept)
        for companion in ("-wal", "-shm"):
            extra = Path(f"{database}{companion}")
            if extra.exists():
                os.replace(extra, Path(f"{kept}{companion}"))
        src = cipher.connect(f"file:{source}?mode=ro", key, uri=True)
        try:
            _copy(src, database, None, key)
        finally:
            src.close()
    except OSError as exc:
        raise StorageError(database, exc.strerror or str(exc)) from exc
    return kept


# --- Encrypted journals and backups ---------------------------------------------------


def _key_of(db: pw.SqliteDatabase) -> FileKey | None:
    return getattr(db, "key", None)


def _passphrase_of(db: pw.SqliteDatabase) -> Passphrase | None:
    key = _key_of(db)
    return key.passphrase if key is not None else None


def _backup_key(path: Path, passphrase: str | Passphrase | None) -> FileKey | None:
    """The key of an encrypted backup (None for a plain one)."""
    if not cipher.is_encrypted_file(path):
        return None
    if not passphrase:
        raise PassphraseRequiredError(path)
    if isinstance(passphrase, str):
        passphrase = Passphrase(passphrase)
    key = FileKey.for_file(passphrase, path)
    try:
        key.raw()
    except cipher.UnknownSaltError as exc:  # only the journal's key is known
        raise PassphraseRequiredError(path) from exc
    return key


def _check_backup_key(conn: Any, path: Path, key: FileKey | None) -> None:
    if key is None:
        return
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.driver_errors() as exc:
        if cipher.is_wrong_key(exc):
            raise WrongPassphraseError(path) from exc
        raise


@contextmanager
def _in_form_of(
    db: pw.SqliteDatabase, source: Path, passphrase: Passphrase | str | None
) -> Iterator[tuple[Path, FileKey | None]]:
    """``source`` as a file in the journal's form, with the key that opens it.

    SQLite's backup copies pages as they are, and a SQLCipher page keeps room for
    its HMAC that a plain page lacks: a backup of the other form is first copied
    into the journal's form beside it (encrypted with the journal's key when the
    journal is encrypted), used, and then overwritten and removed.
    """
    from kontaktbuch.store import encryption

    journal_key = _key_of(db)
    source_key = _backup_key(source, passphrase)
    if (journal_key is None) == (source_key is None):
        yield source, source_key
        return
    folder = Path(str(db.database)).parent
    copy = folder / f".restore-{os.getpid()}{SUFFIX}"
    try:
        encryption.export_copy(source, source_key, copy, journal_key)
        yield copy, journal_key
    finally:
        encryption.wipe(copy)
