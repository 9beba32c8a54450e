"""Write transactions that wait their turn, and storage faults said plainly.

Every user action that writes is one ``database.atomic()`` block (the window, the
command line, imports, an archive's restore, migrations). This mixin of
:class:`~kontaktbuch.store.cipher.JournalDatabase` makes each such block safe when
two programs write at once — the window and ``kontaktbuch log`` in a terminal:

- **BEGIN IMMEDIATE**: the write lock is taken when the transaction starts. A
  deferred transaction (SQLite's default) reads first and asks for the lock at
  its first write; in WAL mode, when another program committed in between, that
  request fails at once with "database is locked" — SQLite cannot wait for a
  snapshot that is already stale — and the action ended in a traceback.
- **Bounded waiting**: each attempt waits up to SQLite's busy timeout (5 s, with
  SQLite's own back-off); between attempts a growing pause. After
  :data:`LOCK_WAIT_SECONDS` a :class:`StorageError` with reason "locked" says that
  another program holds the journal — nothing was written, nothing is lost.
- **Rollback after SQLite gave up**: on a full disk or an I/O error SQLite rolls
  the transaction back itself; peewee's own ROLLBACK then failed with "cannot
  rollback - no transaction is active" and hid the real cause. Here it is skipped
  when no transaction is open, so the real cause reaches the user.
- **Storage faults as StorageError**: "database or disk is full", "attempt to
  write a readonly database", "database is locked" become a
  :class:`StorageError` with its reason (``store/faults.py``), which the window
  and the command line word for the user.
- **Read-only journals** (the file or its folder made read-only by the user, or
  a read-only disk): opened with ``mode=ro`` (or ``immutable=1`` where SQLite
  could not even make its shared-memory file), so reading works; a write is
  refused before it begins.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import peewee as pw

from kontaktbuch.store import faults
from kontaktbuch.store.errors import StorageError

# How long a write waits for another program's write to end, in all (seconds).
LOCK_WAIT_SECONDS = 20.0
# the first pause between attempts (doubling, at most :data:`_MAX_PAUSE`)
_FIRST_PAUSE = 0.05
_MAX_PAUSE = 1.0
# ``database.atomic(READ)``: a transaction that only reads (one consistent view of
# several queries); it takes no write lock and works on a read-only journal
READ = "DEFERRED"


class WriteTransactions(pw.SqliteDatabase):
    """peewee's SQLite database with the write rules above (a base of JournalDatabase).

    ``read_only``: "" (read and write), "ro" (SQLite's ``mode=ro``: reads see other
    programs' writes) or "immutable" (nobody can write the folder, so SQLite need
    not look for other writers' WAL).
    """

    read_only: str = ""

    @property
    def path(self) -> Path:
        return Path(str(self.database))

    def connect_target(self) -> tuple[str, dict[str, Any]]:
        """What the driver's ``connect`` gets: the path, or a read-only URI."""
        if not self.read_only:
            return str(self.database), {}
        mode = "immutable=1" if self.read_only == "immutable" else "mode=ro"
        # as_uri() percent-encodes "#", "?" and "%" (which end or escape a URI's path)
        return f"{self.path.absolute().as_uri()}?{mode}", {"uri": True}

    def begin(self, lock_type: str | None = None) -> None:
        statement = lock_type or "IMMEDIATE"
        if self.read_only and statement != READ:
            raise StorageError(
                self.path,
                "the journal was opened read-only",
                reason=faults.read_only_reason(self.path) or "read_only_file",
            )
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        pause = _FIRST_PAUSE
        while True:
            try:
                super().begin(statement)
                return
            except pw.OperationalError as exc:
                left = deadline - time.monotonic()
                if not faults.is_locked(exc):
                    if faults.is_storage_fault(exc):
                        raise faults.storage_error(self.path, exc) from exc
                    raise
                if left <= 0:
                    raise StorageError(self.path, str(exc), reason="locked") from exc
                # A random share of the pause keeps two waiting writers out of step.
                time.sleep(min(left, pause * (0.5 + random.random())))
                pause = min(pause * 2, _MAX_PAUSE)

    def rollback(self) -> None:
        state = self._state  # type: ignore[attr-defined]  # peewee's per-thread state
        if state.conn is not None and not getattr(state.conn, "in_transaction", True):
            return  # SQLite rolled back already (disk full, I/O error): nothing to undo
        super().rollback()

    def commit(self) -> None:
        try:
            super().commit()
        except pw.OperationalError as exc:
            if faults.is_storage_fault(exc):
                raise faults.storage_error(self.path, exc) from exc
            raise

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            # peewee's own method is untyped; its callers on this class are exempt
            # (pyproject's untyped_calls_exclude), a call through super() is not
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        except pw.OperationalError as exc:
            if faults.is_storage_fault(exc):
                raise faults.storage_error(self.path, exc) from exc
            raise
