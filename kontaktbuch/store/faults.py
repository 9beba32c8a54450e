"""Telling storage faults apart: full disk, read-only folder or file, locked, I/O.

SQLite says little ("attempt to write a readonly database", "unable to open
database file", "disk I/O error") and the same words for different causes: a
read-only folder and a read-only file both make it "readonly"; a full disk can
show as "disk I/O error" when the WAL index cannot grow. So the cause is found
by looking at the file system itself — is there space left, is the mount
read-only, does the folder or the file lack its owner's write bit — and only
then at SQLite's words. Each cause becomes a :class:`StorageError` with its own
``reason`` (``errors.STORAGE_REASONS``), which the window and the command line
word in the user's language.

Everything here works for plain and encrypted journals alike: it looks at the
error's words and code and at the file system, never inside the file.

The owner's write bit counts even where the operating system would let us write
(root ignores modes): a journal or folder the user made read-only is read, never
written (``docs/reliability.md``).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from kontaktbuch.store.errors import StorageError
from kontaktbuch.store.files import NotRegularFileError

# SQLite's result codes (Python 3.11's ``sqlite_errorname``) and, for drivers
# without it (SQLCipher's), the words of its messages, per kind of fault
_FULL = ("SQLITE_FULL", "database or disk is full")
_READ_ONLY = ("SQLITE_READONLY", "readonly database", "read-only")
_LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED", "database is locked", "table is locked")
_CANT_OPEN = ("SQLITE_CANTOPEN", "unable to open database file")
_IO = ("SQLITE_IOERR", "disk i/o error")
_PERMISSION = ("SQLITE_PERM", "access permission denied")
_ERRNO_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_ERRNO_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def _texts(exc: BaseException) -> list[str]:
    """The error names and messages of ``exc`` and what it wraps (peewee wraps the
    driver's exception as its first argument, and chains it)."""
    found: list[str] = []
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        name = getattr(item, "sqlite_errorname", None)
        if isinstance(name, str):
            found.append(name)
        found.append(str(item).lower())
        todo += [item.__cause__, item.__context__]
        todo += [arg for arg in item.args if isinstance(arg, BaseException)]
    return found


def _says(exc: BaseException, words: tuple[str, ...]) -> bool:
    return any(
        text.startswith(word) if word.startswith("SQLITE_") else word in text
        for text in _texts(exc)
        for word in words
    )


def is_storage_fault(exc: BaseException) -> bool:
    """True when ``exc`` is about the storage (space, rights, lock, device), not the
    file's content or our SQL."""
    if isinstance(exc, StorageError):
        return True
    if isinstance(exc, OSError) and not hasattr(exc, "sqlite_errorname"):
        return exc.errno is not None
    return _says(exc, _FULL + _READ_ONLY + _LOCKED + _CANT_OPEN + _IO + _PERMISSION)


def is_locked(exc: BaseException) -> bool:
    return _says(exc, _LOCKED)


def storage_error(path: Path, exc: BaseException) -> StorageError:
    """The :class:`StorageError` that says why ``path`` could not be used."""
    if isinstance(exc, StorageError):
        return exc
    path = Path(path)
    detail = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    if isinstance(exc, NotRegularFileError):
        return StorageError(path, detail, reason="not_regular")
    return StorageError(path, detail, reason=_reason(path, exc))


def _reason(path: Path, exc: BaseException) -> str:
    number = exc.errno if isinstance(exc, OSError) else None
    if number in _ERRNO_FULL or _says(exc, _FULL):
        return "full"
    if _says(exc, _LOCKED):
        return "locked"
    denied = number in _ERRNO_DENIED or _says(exc, _READ_ONLY + _CANT_OPEN + _PERMISSION)
    io = number == errno.EIO or _says(exc, _IO)
    if denied or io or number is not None:
        # SQLite's "disk I/O error" is often the WAL or its index failing to grow.
        if is_full(path):
            return "full"
        found = read_only_reason(path)
        if found:
            return found
        if number == errno.EROFS:
            return "read_only_disk"
        if denied:
            return "permission"
    if io:
        return "io"
    return ""


def read_only_reason(path: Path) -> str:
    """Why ``path`` (a file, or a file to be made) cannot be written, or "".

    "read_only_disk" (the mount), "read_only_folder" (the folder lacks its owner's
    write bit or our right to write), "read_only_file" (the file does), or
    "not_regular" (a folder, device or pipe stands where the file should be).
    """
    path = Path(path)
    folder = path.parent
    if _read_only_mount(folder):
        return "read_only_disk"
    if folder.exists() and not writable(folder):
        return "read_only_folder"
    try:
        st = path.stat()
    except OSError:
        return ""
    if not stat.S_ISREG(st.st_mode):
        return "not_regular"
    if not writable(path):
        return "read_only_file"
    return ""


def writable(path: Path) -> bool:
    """May we write ``path``, and did its owner leave it writable?

    The owner's write bit is asked too: root may write anything, but a journal
    the user made read-only stays read-only.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK)


def _read_only_mount(folder: Path) -> bool:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # pragma: no cover - Windows has no statvfs
        return False


def is_full(path: Path) -> bool:
    """True when the file system holding ``path`` has no room for another page."""
    folder = Path(path).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # pragma: no cover - Windows
        return False
    # Root may use the reserved blocks (f_bfree); a user only f_bavail.
    root = getattr(os, "geteuid", lambda: -1)() == 0
    free = info.f_bfree if root else info.f_bavail
    return free * info.f_frsize < 64 * 1024
