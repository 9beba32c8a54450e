"""Encrypting, decrypting and re-keying a journal and its backups, crash-safely.

Every step writes a new file beside the old one and swaps it in with
``os.replace``, so at any moment — a ``kill -9`` included — the journal's name
points at one complete file: the old one until the new one is verified, the new
one afterwards. In order:

1. Open the old file alone: ``locking_mode = EXCLUSIVE`` and a write lock, held to
   the end (the window or another command holding it gets :class:`JournalInUseError`;
   one that tries during the step waits and then finds the old file emptied, never
   writes into a file that lost its name).
2. Move the WAL's pages into the file (``wal_checkpoint(FULL)``), overwrite the WAL
   with zeros when it held plain text, and leave WAL mode (``journal_mode =
   MEMORY``): the old file is complete on its own and nothing of it is left under a
   name the new file will use.
3. ``sqlcipher_export`` everything into ``.NAME.convert-new`` (created 0600),
   with the new key or none; copy ``user_version``; ``fsync``.
4. Verify the new file with a connection of its own: its key opens it, ``quick_check``
   is "ok", the schema version and every table's row count match the old file.
5. Hard-link the old file as ``.NAME.convert-old`` (so a crash right after the swap
   still leaves its content findable to be overwritten), ``os.replace`` the new one
   in, ``fsync`` the folder.
6. Overwrite the old file's content with zeros through a descriptor opened before
   the swap, then delete the link. On copy-on-write file systems and SSDs the old
   blocks may survive anyway: docs/security.md says so.

Anything a crash leaves (``.convert-new``, ``.convert-old``, the new file's
rollback journal) is overwritten and removed by :func:`remove_leftovers`, which
the next open of the journal calls.

PRAGMA rekey would re-encrypt in place; a new file beside the old one is used
instead for all three steps so that the old file is untouched until the new one
has been checked, and the new journal gets a fresh salt.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NotRequired, TypedDict, Unpack

from kontaktbuch.store import cipher, files
from kontaktbuch.store.cipher import FileKey, Passphrase
from kontaktbuch.store.errors import (
    DamagedDatabaseError,
    JournalInUseError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)

log = logging.getLogger(__name__)

NEW_SUFFIX = ".convert-new"
OLD_SUFFIX = ".convert-old"
LOCK_TIMEOUT_S = 2.0
# called with (files done, files in all) as the journal and its backups are converted
Progress = Callable[[int, int], object]


class Backups(TypedDict):
    """Where a step finds the journal's backups (None: it leaves them), and whom it
    tells how far it got: the same for each of the three steps."""

    backups_dir: Path | None
    progress: NotRequired[Progress | None]


@dataclass
class ConversionReport:
    """What a step changed, for the command's or the window's message."""

    journal_changed: bool = False
    backups_changed: list[Path] = field(default_factory=list)
    # backups left as they were: another passphrase, or damaged
    backups_skipped: list[Path] = field(default_factory=list)


def new_path(path: Path) -> Path:
    return path.with_name(f".{path.name}{NEW_SUFFIX}")


def old_path(path: Path) -> Path:
    return path.with_name(f".{path.name}{OLD_SUFFIX}")


# --- The three steps ---------------------------------------------------------------


def encrypt_journal(
    path: Path, passphrase: Passphrase, **backups: Unpack[Backups]
) -> ConversionReport:
    """Encrypt the plain journal and every plain backup with ``passphrase``.

    Run again on an encrypted journal (the same passphrase), it encrypts backups a
    crash left plain.
    """
    report = ConversionReport()
    if cipher.is_encrypted_file(path):
        target = FileKey.for_file(passphrase, path)
        _check_key(path, target)
    else:
        target = FileKey.new(passphrase)
        convert_file(path, None, target)
        report.journal_changed = True
    _convert_backups(None, target, report, **backups)
    return report


def decrypt_journal(
    path: Path, passphrase: Passphrase, **backups: Unpack[Backups]
) -> ConversionReport:
    """Turn the encrypted journal and its backups back into plain SQLite files."""
    report = ConversionReport()
    if cipher.is_encrypted_file(path):
        convert_file(path, FileKey.for_file(passphrase, path), None)
        report.journal_changed = True
    _convert_backups(passphrase, None, report, **backups)
    return report


def change_passphrase(
    path: Path, current: Passphrase, new: Passphrase, **backups: Unpack[Backups]
) -> ConversionReport:
    """Re-encrypt the journal and its backups with ``new`` (and a fresh salt)."""
    report = ConversionReport()
    if not cipher.is_encrypted_file(path):
        raise PassphraseRequiredError(path)  # the caller words "not encrypted"
    target = FileKey.new(new)
    convert_file(path, FileKey.for_file(current, path), target)
    report.journal_changed = True
    _convert_backups(current, target, report, **backups)
    return report


def _convert_backups(
    current: Passphrase | None,
    target: FileKey | None,
    report: ConversionReport,
    *,
    backups_dir: Path | None,
    progress: Progress | None = None,
) -> None:
    """Bring every backup in ``backups_dir`` to the journal's new form.

    A backup already in that form is left alone; one that ``current`` does not open
    (made under another passphrase) or that is damaged is skipped and reported.
    """
    from kontaktbuch.store import backup

    if backups_dir is None:
        return
    remove_leftovers_in(backups_dir)
    files = [info.path for info in backup.list_backups(backups_dir)]
    for done, path in enumerate(files, start=1):
        encrypted = cipher.is_encrypted_file(path)
        try:
            if target is None and encrypted:
                if current is None:
                    raise PassphraseRequiredError(path)
                convert_file(path, FileKey.for_file(current, path), None)
            elif target is not None and not encrypted:
                convert_file(path, None, target)
            elif target is not None and encrypted:
                if (
                    current is not None
                    and current != target.passphrase
                    and _opens_with(path, current)
                ):
                    convert_file(path, FileKey.for_file(current, path), target)
                elif _opens_with(path, target.passphrase):
                    continue  # already done (a step run again after a crash)
                else:
                    raise WrongPassphraseError(path)
            else:
                continue
            report.backups_changed.append(path)
        except (WrongPassphraseError, PassphraseRequiredError, DamagedDatabaseError) as exc:
            log.warning("Backup %s left as it was: %s", path, exc)
            report.backups_skipped.append(path)
        finally:
            if progress is not None:
                progress(done, len(files))


def check_passphrase(path: Path, passphrase: Passphrase) -> None:
    """Raise :class:`WrongPassphraseError` unless ``passphrase`` opens ``path``.

    Reads the first page only; a wrong key writes nothing and creates no file.
    """
    _check_key(path, FileKey.for_file(passphrase, path))


def _opens_with(path: Path, passphrase: Passphrase) -> bool:
    try:
        _check_key(path, FileKey.for_file(passphrase, path))
    except WrongPassphraseError:
        return False
    return True


def _check_key(path: Path, key: FileKey) -> None:
    conn = cipher.connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.driver_errors() as exc:
        if cipher.is_wrong_key(exc):
            raise WrongPassphraseError(path) from exc
        raise DamagedDatabaseError(path, str(exc)) from exc
    finally:
        conn.close()


# --- One file, crash-safely ---------------------------------------------------------


def convert_file(path: Path, source: FileKey | None, target: FileKey | None) -> None:
    """Write ``path`` anew with ``target``'s key (None: plain), see the module doc."""
    remove_leftovers(path)
    conn = _open_alone(path, source)
    try:
        counts = _table_counts(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        _leave_wal(conn, path, wipe=source is None)
        fresh = new_path(path)
        try:
            _export(conn, fresh, target, version)
            _verify(fresh, target, version, counts)
        except BaseException:
            files.wipe_and_remove(fresh)
            files.wipe_and_remove(Path(f"{fresh}-journal"))
            raise
        _swap(path, fresh)
    finally:
        conn.close()


def _open_alone(path: Path, key: FileKey | None) -> Any:
    """The old file, locked for this connection only until it is closed."""
    if files.others_have_it_open(path):
        raise JournalInUseError(path)
    try:
        conn = cipher.connect(
            path, key, with_cipher=True, timeout=LOCK_TIMEOUT_S, isolation_level=None
        )
    except cipher.driver_errors() as exc:
        raise StorageError(path, str(exc)) from exc
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except cipher.driver_errors() as exc:
            if key is not None and cipher.is_wrong_key(exc):
                raise WrongPassphraseError(path) from exc
            raise
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except cipher.driver_errors() as exc:
        conn.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise JournalInUseError(path) from exc
        raise DamagedDatabaseError(path, str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _table_counts(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{_quoted(name)}"').fetchone()[0])
        for name in names
    }


def _quoted(name: str) -> str:
    return name.replace('"', '""')


def _leave_wal(conn: Any, path: Path, *, wipe: bool) -> None:
    """Everything into the main file, the WAL emptied (zeroed when plain), WAL off."""
    conn.execute("PRAGMA wal_checkpoint(FULL)").fetchall()
    wal = Path(f"{path}-wal")
    if wipe and wal.exists() and wal.stat().st_size:
        files.overwrite(wal)
    conn.execute("PRAGMA journal_mode = MEMORY").fetchall()


def _export(conn: Any, fresh: Path, target: FileKey | None, version: int) -> None:
    fd = os.open(fresh, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    key = target.raw() if target is not None else ""
    try:
        conn.execute("ATTACH DATABASE ? AS convert KEY ?", (str(fresh), key))
        try:
            # No journal and no syncs while writing: a crash leaves a leftover that
            # is removed, never a half file under the journal's name; the whole
            # file is synced once below, before it is checked and swapped in.
            conn.execute("PRAGMA convert.journal_mode = OFF").fetchall()
            conn.execute("PRAGMA convert.synchronous = OFF")
            conn.execute("SELECT sqlcipher_export('convert')").fetchall()
            conn.execute(f"PRAGMA convert.user_version = {version:d}")
        finally:
            conn.execute("DETACH DATABASE convert")
        files.fsync(fresh)
    except cipher.driver_errors() as exc:
        text = str(exc)
        raise StorageError(fresh, text, disk_full="full" in text.lower()) from exc


def _verify(fresh: Path, key: FileKey | None, version: int, counts: dict[str, int]) -> None:
    """The new file opens with its key, is sound, and holds what the old one held."""
    try:
        conn = cipher.connect(fresh, key, isolation_level=None)
        try:
            verdict = str(conn.execute("PRAGMA quick_check").fetchone()[0])
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            got = _table_counts(conn)
        finally:
            conn.close()
    except cipher.driver_errors() as exc:
        raise DamagedDatabaseError(fresh, f"the new file failed its check: {exc}") from exc
    if verdict != "ok" or found != version or got != counts:
        raise DamagedDatabaseError(fresh, f"the new file failed its check: {verdict}")
    if (key is not None) != cipher.is_encrypted_file(fresh):
        raise DamagedDatabaseError(fresh, "the new file is not in the form asked for")


def _swap(path: Path, fresh: Path) -> None:
    """The verified new file takes the journal's name; the old content is zeroed."""
    keep = old_path(path)
    fd = os.open(path, os.O_RDWR)
    try:
        linked = True
        try:
            os.link(path, keep)
        except OSError:  # a file system without hard links: the descriptor suffices
            linked = False
        os.replace(fresh, path)
        files.fsync_dir(path.parent)
        files.overwrite_fd(fd)
    finally:
        os.close(fd)
    if linked:
        keep.unlink(missing_ok=True)
    # The old WAL index: page numbers only, but of a file that no longer exists.
    Path(f"{path}-shm").unlink(missing_ok=True)
    files.restrict(path)


def export_copy(source: Path, source_key: FileKey | None, dest: Path, key: FileKey | None) -> None:
    """A copy of ``source`` at ``dest`` in the other form (restoring across forms)."""
    wipe(dest)
    conn = cipher.connect(source, source_key, with_cipher=True, isolation_level=None)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        _export(conn, dest, key, version)
    except BaseException:
        conn.close()
        wipe(dest)
        raise
    conn.close()


def wipe(path: Path) -> None:
    """Overwrite ``path`` (and its rollback journal) with zeros and remove it."""
    files.wipe_and_remove(path)
    files.wipe_and_remove(Path(f"{path}-journal"))


# --- Leftovers of an interrupted step --------------------------------------------------


def remove_leftovers(path: Path) -> None:
    """Overwrite and delete what an interrupted step left beside ``path``.

    Call only while no step is running on ``path`` (the journal's open does, after
    its first successful read). A ``.convert-old`` that is still the journal itself
    (the crash came between the link and the swap) is only unlinked.
    """
    fresh = new_path(path)
    for leftover in (fresh, Path(f"{fresh}-journal"), old_path(path)):
        try:
            if not leftover.exists():
                continue
            if path.exists() and os.path.samefile(leftover, path):
                leftover.unlink()
            else:
                files.wipe_and_remove(leftover)
            log.info("Removed %s left by an interrupted encryption step", leftover)
        except OSError as exc:  # e.g. read-only folder: try again next time
            log.warning("Could not remove %s: %s", leftover, exc)


def remove_leftovers_in(folder: Path | None) -> None:
    """The same for every file in ``folder`` (the backups)."""
    if folder is None or not folder.is_dir():
        return
    for suffix in (NEW_SUFFIX, OLD_SUFFIX):
        for leftover in folder.glob(f".*{suffix}"):
            remove_leftovers(leftover.with_name(leftover.name[1 : -len(suffix)]))
