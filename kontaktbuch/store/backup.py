"""Backups with SQLite's online backup API, and restoring them safely.

A backup is a consistent copy even while the app writes. Restoring checks the
candidate completely (integrity, schema version) before the live file is touched,
and takes a backup of the current state first, so a restore can be undone.

Three kinds of backup rotate apart (``docs/reliability.md``), so that one kind
can never push another out:

- **daily** (the automatic one a day): the newest of each of the last ``keep``
  days (10 by default), then the newest of each of the :data:`WEEKS_KEPT` weeks and
  :data:`MONTHS_KEPT` months before those;
- **before an operation** (import, restore, archive, migration): the last ``keep``;
- **made by hand** (``kontaktbuch backup``, the menu): the last ``keep``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from kontaktbuch.paths import private_folder
from kontaktbuch.store import cipher, faults, files
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
# a backup made by hand carries this reason in its name
MANUAL = "manual"
# beyond the last ``keep`` days, the daily backups kept: one per week, one per month
WEEKS_KEPT = 12
MONTHS_KEPT = 12
_DAILY_NAME = re.compile(r"(?:-b\d+)?")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int
    # "daily", "operation" or "manual" (see the module's description)
    kind: str = "daily"


def _kind(name: str) -> str:
    rest = name[len(PREFIX) + 15 : -len(SUFFIX)]
    if _DAILY_NAME.fullmatch(rest):
        return "daily"
    if rest.startswith(f"-{MANUAL}"):
        return "manual"
    return "operation"


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
        found.append(BackupInfo(path, created, size, _kind(path.name)))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def newest_backup(backups_dir: Path | None) -> Path | None:
    backups = list_backups(backups_dir)
    return backups[0].path if backups else None


def _copy(source: Any, dest: Path, progress: Progress | None, key: FileKey | None = None) -> None:
    """A consistent copy of ``source`` at ``dest``; encrypted with ``key`` (which
    must be the source's own: SQLite's backup copies pages) when one is given.

    Only to a new name or over a regular file (never through a link or onto a
    device), through a private temporary file beside it that a killed process
    leaves for :func:`remove_partial` to clean up.
    """
    tmp = files.temporary_name(dest)
    try:
        files.check_target(dest)
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
        files.check_target(dest)
        os.replace(tmp, dest)
    except cipher.driver_errors(OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise faults.storage_error(dest, exc) from exc


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
    """Copy the open database to ``dest`` or a new timestamped file; rotate old ones
    of the same kind (``reason`` "" daily, :data:`MANUAL` by hand, else an operation)."""
    now = now or dt.datetime.now()
    if dest is None:
        try:
            private_folder(backups_dir)
        except OSError as exc:
            raise faults.storage_error(backups_dir / "backup", exc) from exc
        name = f"{PREFIX}{_stamp(now)}{'-' + reason if reason else ''}{SUFFIX}"
        dest = backups_dir / name
        counter = 1
        while dest.exists():
            dest = backups_dir / f"{PREFIX}{_stamp(now)}-{reason or 'b'}{counter}{SUFFIX}"
            counter += 1
        _copy(db.connection(), dest, progress, _key_of(db))
        rotate(backups_dir, keep, kind=_kind(dest.name))
    else:
        _copy(db.connection(), Path(dest), progress, _key_of(db))
    log.info("Backup written to %s", dest)
    return dest


def rotate(backups_dir: Path, keep: int, *, kind: str = "daily") -> list[Path]:
    """Delete the backups of ``kind`` the rules do not keep; returns what was removed.

    Daily: the newest of each of the last ``keep`` days, then of each of the
    :data:`WEEKS_KEPT` weeks and :data:`MONTHS_KEPT` months before those (a
    period already covered by a kept backup counts for the next rule no more).
    Operations and those made by hand: the newest ``keep``. At least one is kept.
    """
    mine = [info for info in list_backups(backups_dir) if info.kind == kind]
    keep = max(1, keep)
    if kind == "daily":
        kept: set[Path] = set()
        for rule, count in (
            (lambda d: d.date(), keep),
            (lambda d: d.isocalendar()[:2], WEEKS_KEPT),
            (lambda d: (d.year, d.month), MONTHS_KEPT),
        ):
            kept |= _newest_per_period(mine, rule, count, kept)
    else:
        kept = {info.path for info in mine[:keep]}
    removed = []
    for info in mine:
        if info.path in kept:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:  # pragma: no cover
            log.warning("Could not remove old backup %s", info.path)
    return removed


def _newest_per_period(
    backups: list[BackupInfo],
    period: Callable[[dt.datetime], object],
    count: int,
    kept: set[Path],
) -> set[Path]:
    """The newest backup of each of the ``count`` newest periods not kept already
    (``backups`` newest first), as borg's and restic's "keep daily/weekly" do."""
    chosen: set[Path] = set()
    last: object = None
    for info in backups:
        key = period(info.created)
        if key == last:
            continue
        last = key
        if info.path in kept:
            continue
        chosen.add(info.path)
        if len(chosen) >= count:
            break
    return chosen


def remove_partial(*folders: Path | None) -> None:
    """Remove the half-written copies a killed backup (or export) left in ``folders``
    (called when the journal opens)."""
    for folder in folders:
        files.remove_partial_files(folder)


def daily_backup(
    db: pw.SqliteDatabase, backups_dir: Path, *, keep: int = 10, now: dt.datetime | None = None
) -> Path | None:
    """One automatic backup a day: made only if none exists from today.

    The journal is checked completely first (start-up only checks large files
    lightly, see ``store.db``): a damaged file must not push good backups out of
    the rotation. Raises :class:`DamagedDatabaseError` then.
    """
    now = now or dt.datetime.now()
    newest = [info for info in list_backups(backups_dir) if info.kind == "daily"]
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
        raise DamagedDatabaseError(path, result, newest_backup(backups_dir))
    return make_backup(db, backups_dir, keep=keep, now=now)


def verify_backup(
    path: Path, max_schema: int, *, passphrase: str | Passphrase | None = None
) -> int:
    """Check a candidate for restore; returns its schema version or raises.

    An encrypted backup needs the passphrase it was made with
    (:class:`PassphraseRequiredError`, :class:`WrongPassphraseError`).
    """
    path = Path(path)
    _check_regular(path)
    key = _backup_key(path, passphrase)
    try:
        with path.open("rb") as fh:
            if key is None and fh.read(16) != b"SQLite format 3\x00":
                raise BackupInvalidError(path, "not a SQLite database", reason="not_sqlite")
    except OSError as exc:
        raise BackupInvalidError(path, exc.strerror or str(exc), reason="unreadable") from exc
    try:
        conn = cipher.connect(read_only_uri(path), key, uri=True)
        try:
            _check_backup_key(conn, path, key)
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except cipher.driver_errors() as exc:
        raise BackupInvalidError(path, str(exc), reason="damaged") from exc
    if result != "ok":
        raise BackupInvalidError(path, f"integrity check failed: {result}", reason="damaged")
    if version > max_schema:
        raise BackupInvalidError(
            path, f"schema {version} is newer than {max_schema}", reason="newer"
        )
    if version == 0 or "contact" not in tables:
        raise BackupInvalidError(path, "not a Kontaktbuch journal", reason="not_journal")
    return version


def read_only_uri(path: Path) -> str:
    """SQLite's URI that opens ``path`` read-only, whatever characters its name holds
    (``#``, ``?`` and ``%`` end or escape a URI's path unless percent-encoded)."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


def _check_regular(path: Path) -> None:
    """A restore reads a regular file only: a pipe would block, a device never end."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise BackupInvalidError(path, exc.strerror or str(exc), reason="unreadable") from exc
    if not stat.S_ISREG(st.st_mode):
        raise BackupInvalidError(path, "not a regular file", reason="not_regular")


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
    safety = make_backup(db, backups_dir, keep=keep, reason="before-restore")
    with _in_form_of(db, Path(source), passphrase) as (candidate, key):
        src = cipher.connect(read_only_uri(candidate), key, uri=True)
        try:

            def _report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(db.connection(), pages=256, progress=_report)
        except cipher.driver_errors() as exc:
            raise faults.storage_error(Path(str(db.database)), exc) from exc
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
        src = cipher.connect(read_only_uri(source), key, uri=True)
        try:
            _copy(src, database, None, key)
        finally:
            src.close()
    except OSError as exc:
        raise faults.storage_error(database, exc) from exc
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
