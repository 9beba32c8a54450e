"""Syncing while the window runs: in a worker thread, after changes and every N minutes.

:class:`SyncController` owns the timers and the thread. A change in the journal
starts a short countdown (several quick edits give one sync); the interval timer
syncs regularly; "Sync now" syncs at once. The engine runs on the worker's own
connection to the journal (SQLite's WAL lets the window read and write beside it);
the figure settings it brings down are handed to the window's thread and saved
there. Offline is normal: the status says so, and the next attempt comes with
the next timer.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from kontaktbuch.exchange.sync.records import SETTINGS_FIELDS
from kontaktbuch.ui.common.context import AppContext

log = logging.getLogger(__name__)

# seconds between the last change and the sync it starts
AFTER_CHANGE_S = 10
# kinds of change that matter to sync (not, e.g., a reminder shown)
_SYNCED_KINDS = {
    "contact",
    "network",
    "event",
    "conversation",
    "follow_up",
    "goal",
    "reflection",
    "reminder",
    "*",
}


@dataclass
class Outcome:
    """What a run in the worker came to (delivered in the window's thread)."""

    report: dict[str, Any] = field(default_factory=dict)
    error: str = ""  # a reason code of kontaktbuch.text.sync.describe_error
    settings: dict[str, Any] | None = None  # figure settings that came down
    first: bool = False
    at: dt.datetime | None = None  # when it ended


class SyncThread(QThread):
    """One sync run on the worker thread's own connection to the journal."""

    progressed = Signal(str, int, int)  # phase, done, total
    ended = Signal(object)  # Outcome

    def __init__(self, ctx: AppContext, password: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.password = password
        self.cancel = False
        self._settings = {key: getattr(ctx.settings, key) for key in SETTINGS_FIELDS}

    def run(self) -> None:
        from kontaktbuch.exchange.sync import state
        from kontaktbuch.exchange.sync.client import Connection, SyncError
        from kontaktbuch.exchange.sync.engine import run_sync
        from kontaktbuch.exchange.sync.reconcile import SettingsAccess
        from kontaktbuch.settings import Settings
        from kontaktbuch.store.db import thread_connection

        outcome = Outcome()
        came: dict[str, Any] = {}

        def write(record: dict[str, Any]) -> None:
            came.update(record)
            self._settings.update(record)

        defaults = Settings()
        access = SettingsAccess(
            lambda: dict(self._settings),
            write,
            {key: getattr(defaults, key) for key in self._settings},
        )

        def progress(phase: str, done: int, total: int) -> bool:
            self.progressed.emit(phase, done, total)
            return not self.cancel

        try:
            with thread_connection(self.ctx.db, read_only=False):
                account = state.account()
                if account is None:
                    outcome.error = "no_account"
                else:
                    outcome.first = account.last_sync_at is None
                    conn = Connection(
                        account.url, account.username, self.password, ca_file=account.ca_file
                    )
                    try:
                        report = run_sync(conn, access, progress=progress)
                    finally:
                        conn.close()
                    outcome.report = report.as_dict()
                    outcome.error = report.error
        except SyncError as exc:
            outcome.error = exc.reason
        except Exception:  # a sync must never take the window down
            log.exception("Sync failed")
            outcome.error = "failed"
        outcome.settings = came or None
        self.ended.emit(outcome)


class SyncController(QObject):
    """Timers, the running thread, the password of this session, the last outcome."""

    state_changed = Signal()  # running, progress or outcome changed
    password_needed = Signal()  # no keyring and no password yet: the window asks

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncController")
        self.ctx = ctx
        self.worker: SyncThread | None = None
        self.outcome: Outcome | None = None
        self.progress: tuple[str, int, int] = ("", 0, 0)
        self.session_password: str | None = None
        self._telling = False  # the views hear what a sync brought: no sync for that
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_S * 1000)
        self.after_change.timeout.connect(self.sync_now)
        self.every = QTimer(self)
        self.every.timeout.connect(self.sync_now)
        ctx.events.changed.connect(self._journal_changed)
        self.apply_settings()

    # --- settings and triggers ---------------------------------------------------------

    def apply_settings(self) -> None:
        minutes = self.ctx.settings.sync_interval_minutes
        if minutes > 0 and self.is_set_up():
            self.every.start(minutes * 60_000)
        else:
            self.every.stop()

    def is_set_up(self) -> bool:
        from kontaktbuch.exchange.sync import state

        try:
            return state.account() is not None
        except Exception:  # the journal closed or not migrated: no sync
            return False

    def _journal_changed(self, kinds: frozenset[str]) -> None:
        if self._telling or self.running() or not self.ctx.settings.sync_after_changes:
            return
        if kinds & _SYNCED_KINDS and self.is_set_up():
            self.after_change.start()

    # --- running -----------------------------------------------------------------------

    def running(self) -> bool:
        return self.worker is not None

    def password(self) -> str | None:
        from kontaktbuch.exchange.sync import credentials, state

        if self.session_password:
            return self.session_password
        account = state.account()
        if account is None:
            return None
        return credentials.from_environment() or credentials.stored(account.url, account.username)

    def sync_now(self) -> bool:
        """Start a sync unless one runs; False when it could not start (no password)."""
        if self.running() or not self.is_set_up():
            return False
        password = self.password()
        if password is None:
            self.password_needed.emit()
            return False
        self.after_change.stop()
        thread = SyncThread(self.ctx, password)
        thread.progressed.connect(self._progressed)
        thread.ended.connect(self._ended)
        self.worker = thread
        self.progress = ("", 0, 0)
        thread.start()
        self.state_changed.emit()
        return True

    def _progressed(self, phase: str, done: int, total: int) -> None:
        self.progress = (phase, done, total)
        self.state_changed.emit()

    def _ended(self, outcome: Outcome) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        outcome.at = dt.datetime.now()
        self.outcome = outcome
        if outcome.error == "auth":
            self.session_password = None
        if outcome.settings:
            for key, value in outcome.settings.items():
                setattr(self.ctx.settings, key, value)
            self.ctx.save_settings()
        report = outcome.report
        if report.get("down") or report.get("deleted_here") or outcome.settings:
            self._telling = True
            try:
                self.ctx.events.notify("*")
            finally:
                self._telling = False
        self.state_changed.emit()

    def wait_until_done(self) -> None:
        """Stop a running sync at its next step and wait (before the journal closes)."""
        if self.worker is not None:
            self.worker.cancel = True
            self.worker.wait()
