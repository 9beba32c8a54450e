"""Encryption at rest: how an encrypted journal is recognised, keyed and opened.

An encrypted journal is an ordinary SQLCipher 4 file (AES-256 in CBC mode per page,
HMAC-SHA512 per page, the key derived from the passphrase with PBKDF2-HMAC-SHA512,
256,000 iterations, over a random 16-byte salt that SQLCipher keeps in the file's
first bytes). Any SQLCipher 4 tool opens it with ``PRAGMA key = 'passphrase'``.

How a journal is known to be encrypted: a plain SQLite file starts with the bytes
"SQLite format 3\\0"; a SQLCipher file starts with its salt (random bytes) and is a
whole number of pages long. Nothing else marks it, so nothing can get out of step
with the file (a settings flag could, after a restore or a copied folder).

Plain journals keep using Python's own ``sqlite3``; only encrypted ones go through
``sqlcipher3`` (imported the first time one is opened, so a plain start pays
nothing for it). :class:`JournalDatabase` is the one database class for both, so
the window can switch its open journal between the two without new objects.

The key is derived here (``hashlib.pbkdf2_hmac``, the same derivation SQLCipher
does) once per file salt and handed to SQLCipher as a raw key: every further
connection — the reminders' thread, the daily backup, a backup's copy — then
costs microseconds instead of another 0.2 s of key derivation.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import hashlib
import sqlite3
import stat
from pathlib import Path
from types import ModuleType
from typing import Any

import peewee as pw

from kontaktbuch.store.errors import CipherUnavailableError
from kontaktbuch.store.transactions import WriteTransactions

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher 4's defaults; a file written with them opens in any SQLCipher 4 tool
KDF_ITERATIONS = 256_000
KDF_HASH = "sha512"
# a shorter passphrase is refused (the window and the command line alike)
MIN_PASSPHRASE_LENGTH = 8
# The page cache of an encrypted journal's main connection, in KiB (plain: 16 MiB).
# A page read again from the OS is decrypted and its HMAC checked again (a few µs);
# with 32 MiB the pages of a year's reflection stay decrypted in memory, and the
# year costs what it costs plain (measured: 1.15 x CPU at 16 MiB, 1.0 x at 32;
# docs/performance.md). Filled only as pages are read.
ENCRYPTED_CACHE_KIB = 32 * 1024
# the smallest page SQLite allows; every SQLite and SQLCipher file is whole pages
MIN_PAGE = 512

_driver: ModuleType | None = None


def driver() -> ModuleType:
    """``sqlcipher3.dbapi2``, imported on first use; a clear error when missing."""
    global _driver
    if _driver is None:
        try:
            from sqlcipher3 import dbapi2
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise CipherUnavailableError(str(exc)) from exc
        # The values peewee hands to sqlite3 must reach SQLCipher the same way.
        dbapi2.register_adapter(decimal.Decimal, str)
        dbapi2.register_adapter(dt.date, str)
        dbapi2.register_adapter(dt.time, str)
        dbapi2.register_adapter(dt.datetime, lambda d: d.isoformat(" "))
        _driver = dbapi2
    return _driver


def driver_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """The exceptions a raw connection of either driver raises (peewee wraps its own),
    with ``also`` in front.

    Evaluated only where an exception is being matched, so importing SQLCipher
    here costs a plain journal nothing.
    """
    try:
        return (*also, sqlite3.Error, driver().Error)
    except CipherUnavailableError:  # pragma: no cover
        return (*also, sqlite3.Error)


def database_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """``DatabaseError`` of either driver (what a raw ``fetchone`` raises)."""
    return (*also, sqlite3.DatabaseError, driver().DatabaseError)


def operational_errors() -> tuple[type[Exception], ...]:
    """``OperationalError`` of either driver: locked, read-only, I/O, full."""
    return (sqlite3.OperationalError, driver().OperationalError)


def integrity_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """A raw cursor's constraint violation, in either driver (``also`` in front)."""
    return (*also, sqlite3.IntegrityError, driver().IntegrityError)


def is_encrypted_file(path: Path) -> bool:
    """True when ``path`` looks like a SQLCipher file: not SQLite's header, whole
    pages, and binary (a text file of 512 bytes is not mistaken for one)."""
    try:
        st = path.stat()
        size = st.st_size
        if not stat.S_ISREG(st.st_mode) or size < MIN_PAGE or size % MIN_PAGE:
            return False  # a pipe must not be opened: it would wait for a writer
        with path.open("rb") as fh:
            head = fh.read(MIN_PAGE)
    except OSError:
        return False
    if head.startswith(SQLITE_HEADER):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False  # decodes as text: notes, not ciphertext


def is_plain_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def read_salt(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(SALT_BYTES)


@functools.lru_cache(maxsize=16)
def _derive(secret: str, salt: bytes) -> bytes:
    """PBKDF2 as SQLCipher 4 does it. Cached for the process: reopening a journal
    (a restore, the window after encrypting) need not wait for it again."""
    return hashlib.pbkdf2_hmac(KDF_HASH, secret.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


class UnknownSaltError(ValueError):
    """A passphrase known only by its key for one salt meets a file of another salt."""


class Passphrase:
    """The user's passphrase, and the keys it gives for each file's salt.

    The secret stays in this object only (its ``repr`` hides it), so tracebacks and
    logs never show it. :meth:`from_key` makes one that knows a single derived key
    and no secret (the window's remembered passphrase: the keyring keeps the key,
    not the passphrase the user may use elsewhere too).
    """

    __slots__ = ("_keys", "_secret")

    def __init__(self, secret: str) -> None:
        if not secret:
            raise ValueError("an empty passphrase protects nothing")
        self._secret: str | None = secret
        self._keys: dict[bytes, bytes] = {}

    @classmethod
    def from_key(cls, salt: bytes, key: bytes) -> Passphrase:
        if len(salt) != SALT_BYTES or len(key) != KEY_BYTES:
            raise ValueError("a SQLCipher 4 key has 32 bytes, its salt 16")
        known = cls.__new__(cls)
        known._secret = None
        known._keys = {salt: key}
        return known

    def __repr__(self) -> str:
        return "Passphrase(***)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Passphrase):
            return False
        if self._secret is None or other._secret is None:
            return self is other
        return other._secret == self._secret

    def __hash__(self) -> int:
        return hash(self._secret) if self._secret is not None else id(self)

    @property
    def secret(self) -> str:
        if self._secret is None:
            raise UnknownSaltError("only a derived key is known")
        return self._secret

    def key(self, salt: bytes) -> bytes:
        if len(salt) != SALT_BYTES:
            raise ValueError("a SQLCipher salt has 16 bytes")
        if salt not in self._keys:
            if self._secret is None:
                raise UnknownSaltError("this key belongs to a file of another salt")
            self._keys[salt] = _derive(self._secret, salt)
        return self._keys[salt]

    def raw_key(self, salt: bytes) -> str:
        """SQLCipher's raw-key form (key and salt in hex): it skips its own KDF."""
        return f"x'{self.key(salt).hex()}{salt.hex()}'"


class FileKey:
    """What opens one encrypted file: the passphrase and that file's salt."""

    __slots__ = ("passphrase", "salt")

    def __init__(self, passphrase: Passphrase, salt: bytes) -> None:
        self.passphrase = passphrase
        self.salt = salt

    def __repr__(self) -> str:
        return f"FileKey(salt={self.salt.hex()})"

    @classmethod
    def for_file(cls, passphrase: Passphrase, path: Path) -> FileKey:
        return cls(passphrase, read_salt(path))

    @classmethod
    def new(cls, passphrase: Passphrase) -> FileKey:
        import os

        return cls(passphrase, os.urandom(SALT_BYTES))

    def raw(self) -> str:
        return self.passphrase.raw_key(self.salt)


def connect(
    path: Path | str, key: FileKey | None, *, with_cipher: bool = False, **params: Any
) -> Any:
    """A raw DB-API connection: ``sqlite3`` for a plain file, SQLCipher keyed for
    an encrypted one (also for a new file that is to be encrypted). ``with_cipher``
    takes SQLCipher for a plain file too (for ``sqlcipher_export``)."""
    if key is None and not with_cipher:
        return sqlite3.connect(str(path), **params)
    conn = driver().connect(str(path), **params)
    try:
        if key is not None:
            apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def apply_key(conn: Any, key: FileKey) -> None:
    """Key a fresh SQLCipher connection; temporary tables and sorts stay in memory
    (a temporary file on disk would hold the journal's words in plain)."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr
    conn.execute(f'PRAGMA key = "{key.raw()}"')
    conn.execute("PRAGMA temp_store = MEMORY")


def is_wrong_key(exc: BaseException) -> bool:
    """SQLCipher's answer to a wrong key (or a garbled first page): "not a database"."""
    return "not a database" in str(exc).lower()


class JournalDatabase(WriteTransactions):
    """peewee's SQLite database that can also open SQLCipher files.

    ``key`` None: Python's ``sqlite3``, exactly as before. Otherwise every
    connection is a keyed SQLCipher connection. Change it with :meth:`set_key`
    while closed. Its transactions follow ``store/transactions.py``.
    """

    def __init__(self, database: str, *args: Any, key: FileKey | None = None, **kwargs: Any):
        self.key = key
        super().__init__(database, *args, **kwargs)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def set_key(self, key: FileKey | None) -> None:
        if not self.is_closed():
            raise pw.ImproperlyConfigured("close the journal before changing its key")
        self.key = key

    # peewee's stubs leave out the private hooks a driver overrides (_connect,
    # _timeout, _add_conn_hooks); they are peewee's documented way to add a driver.
    def _connect(self) -> Any:
        target, extra = self.connect_target()
        conn = connect(
            target, self.key, timeout=self._timeout,  # type: ignore[attr-defined]
            isolation_level=None, **extra, **self.connect_params,
        )  # fmt: skip
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        except Exception:
            conn.close()
            raise
        return conn
