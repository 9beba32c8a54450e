"""Files beside the journal: overwriting, syncing, and whether SQLite has one open.

Helpers of :mod:`kontaktbuch.store.encryption` (kept apart so that module stays
about the steps). Nothing here knows about keys.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

_CHUNK = 1 << 20

#: SQLite's unix VFS: every connection to a WAL journal holds a read lock on this
#: byte of the ``-shm`` file for as long as it is open ("DMS", sqlite3.c UNIX_SHM_DMS)
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
