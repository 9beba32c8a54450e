"""Files beside the journal: overwriting, syncing, and whether SQLite has one open;
and the files a user names: written atomically and privately, read only when regular.

The first part helps :mod:`kontaktbuch.store.encryption` (kept apart so that
module stays about the steps); the second is used by exports, backups to a chosen
file and every import (``docs/reliability.md``). Nothing here knows about keys.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

_CHUNK = 1 << 20

# SQLite's unix VFS: every connection to a WAL journal holds a read lock on this
# byte of the ``-shm`` file for as long as it is open ("DMS", sqlite3.c UNIX_SHM_DMS)
_SHM_DMS_BYTE = 128


def others_have_it_open(path: Path) -> bool:
    """True when another connection has the WAL journal open, even idle.

    An idle WAL connection holds no lock on the journal itself — only a read lock
    on one byte of its shared-memory file, the one SQLite checks to learn whether
    it is the last connection. This asks the same question without opening the
    journal. (The exclusive lock taken next stops anyone from starting to read
    after this check.) Where ``fcntl`` does not exist (Windows) the window's own
    lock file is the guard.

    Call it only while this process has no connection of its own to the journal:
    POSIX drops all of a process's locks on a file when any descriptor of it closes.
    """
    shm = Path(f"{path}-shm")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return False
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False  # no shared memory: nobody has it open in WAL mode
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE, os.SEEK_SET)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE, os.SEEK_SET)
        return False
    finally:
        os.close(fd)


def overwrite(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        overwrite_fd(fd)
    finally:
        os.close(fd)


def overwrite_fd(fd: int) -> None:
    size = os.fstat(fd).st_size
    zeros = bytes(min(size, _CHUNK))
    os.lseek(fd, 0, os.SEEK_SET)
    left = size
    while left > 0:
        left -= os.write(fd, zeros[: min(left, _CHUNK)])
    os.fsync(fd)


def wipe_and_remove(path: Path) -> None:
    if not path.exists():
        return
    try:
        overwrite(path)
    finally:
        path.unlink(missing_ok=True)


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def restrict(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError:  # pragma: no cover
        log.debug("Could not restrict permissions of %s", path)


# --- Files the user names: exports, backups to a chosen place, files to read ----------


class NotRegularFileError(OSError):
    """A link, folder, device or pipe stands where a regular file was expected."""


class FileTooLargeError(OSError):
    """A file to be read is larger than the limit for its kind."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path}: {size} bytes, more than {limit}")
        self.filename = str(path)
        self.size = size
        self.limit = limit


def check_target(path: Path) -> None:
    """Refuse to write ``path`` unless it is a new name or an existing regular file.

    A symbolic link would be replaced by a plain file (the file it points to left
    as it was), a device such as ``/dev/full`` replaced by a plain file (as root),
    a folder or a pipe cannot take a file: each raises :class:`NotRegularFileError`.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path))


def temporary_name(path: Path) -> Path:
    """Where a file for ``path`` is written before it takes the name: beside it (the
    same file system, so ``os.replace`` is atomic), hidden, with this process's id
    (a leftover is recognised as such by :func:`remove_partial_files`)."""
    return path.with_name(f".{path.name}.{os.getpid()}{PART_SUFFIX}")


PART_SUFFIX = ".part"


def write_atomic(path: Path, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to ``path`` so that readers see the old file or the whole new
    one, never half; private (0600); only to a new name or a regular file.

    Raises ``OSError`` (a full disk, a read-only folder, :class:`NotRegularFileError`);
    the temporary file is removed then, and ``path`` is as it was.
    """
    path = Path(path)
    check_target(path)
    tmp = temporary_name(path)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        check_target(path)  # nothing put a link or device there meanwhile
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Opened without blocking (a pipe without a writer would wait forever) and looked
    at before anything is read: a pipe, a device (``/dev/zero`` never ends) or a
    folder raises :class:`NotRegularFileError`, a larger file
    :class:`FileTooLargeError`. A link to a regular file is followed.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path))
        if st.st_size > limit:
            raise FileTooLargeError(Path(path), st.st_size, limit)
        parts: list[bytes] = []
        left = limit + 1  # a file that grows while it is read is caught too
        while left > 0:
            part = os.read(fd, min(left, _CHUNK))
            if not part:
                break
            parts.append(part)
            left -= len(part)
    finally:
        os.close(fd)
    data = b"".join(parts)
    if len(data) > limit:
        raise FileTooLargeError(Path(path), len(data), limit)
    return data


def remove_partial_files(folder: Path | None) -> list[Path]:
    """Remove what a killed write left in ``folder``: ``.<name>.<pid>.part`` files
    whose process is gone, and ``.<name>.part`` ones of versions before the id was
    in the name. Returns what was removed."""
    removed: list[Path] = []
    if folder is None or not folder.is_dir():
        return removed
    for leftover in folder.glob(f".*{PART_SUFFIX}"):
        stem = leftover.name[: -len(PART_SUFFIX)]
        _name, _dot, pid_text = stem.rpartition(".")
        if pid_text.isdigit() and _process_alive(int(pid_text), leftover):
            continue
        try:
            leftover.unlink()
            removed.append(leftover)
            log.info("Removed %s, left by an interrupted write", leftover)
        except OSError as exc:  # a read-only folder: try again next time
            log.debug("Could not remove %s: %s", leftover, exc)
    return removed


def _process_alive(pid: int, leftover: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end the process there: go by the file's age
        try:
            return time.time() - leftover.stat().st_mtime < 3600
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True
