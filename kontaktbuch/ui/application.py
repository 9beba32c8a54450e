"""Starting the window: one instance per journal, the store opened safely, the
translators loaded, the daily backup made once the window is up.

The window paints first what its first view needs; the rest follows right after
the paint, one step per turn of the event loop. When the journal is unchanged
since the window last closed it, even the journal is opened after the paint:
the first view is painted from what the window remembered (``ui/first_view.py``).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from kontaktbuch import APP_NAME, __version__
from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings
from kontaktbuch.text.i18n import install_translators

if TYPE_CHECKING:
    import peewee as pw

    from kontaktbuch.ui.common.context import AppContext

log = logging.getLogger(__name__)

# the tray is set up after the first paint, or after this long at the latest
FIRST_PAINT_FALLBACK_MS = 1000


class _FirstPaint(QObject):
    """Runs the work the first view does not need once the window has painted.

    With ``report`` (--startup-check) it prints the time to the first paint and
    quits instead, so the figure and the imports measured are those of the start.
    """

    def __init__(self, started: float, then: Callable[[], None], *, report: bool) -> None:
        super().__init__()
        self.started = started
        self.then = then
        self.report = report
        self.done = False
        self.ran = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        if self.report:
            elapsed_ms = (time.time() - self.started) * 1000
            print(f"{elapsed_ms:.0f}", flush=True)
            # The CPU time so far (all threads): what the start costs, however busy
            # the machine is (the benchmark reads it; stdout keeps the one figure).
            print(f"cpu {time.process_time() * 1000:.0f}", file=sys.stderr, flush=True)
            QApplication.exit(0)
            return
        self.run_then()

    def run_then(self) -> None:
        """Once only: after the first paint, or from a fallback timer when the
        window never paints (hidden or minimised at once)."""
        if not self.ran:
            self.ran = True
            self.then()


def _one_per_turn(steps: list[Callable[[], object]]) -> None:
    """Run ``steps`` in order, one per turn of the event loop, so that input and
    paints queued meanwhile are handled between them."""
    if steps:
        steps.pop(0)()
        QTimer.singleShot(0, lambda: _one_per_turn(steps))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("de.kontaktbuch.Kontaktbuch")
    return app


def open_store(paths: Paths, settings: Settings) -> pw.SqliteDatabase | None:
    """Open the journal, or explain clearly why not and offer the way out.

    Returns the database, or None when the user chose to quit.
    """
    from kontaktbuch.store import backup, faults, migrations
    from kontaktbuch.store.db import open_database
    from kontaktbuch.store.errors import (
        DamagedDatabaseError,
        PassphraseRequiredError,
        StoreError,
    )
    from kontaktbuch.text.messages import describe_store_error, store_error_details
    from kontaktbuch.ui.common.errors import show_store_error

    passphrase = None  # an encrypted journal's, once the unlock dialog has it
    while True:
        try:
            try:
                paths.ensure_dirs()
            except OSError as exc:  # the data folder cannot be made
                raise faults.storage_error(paths.database, exc) from exc
            return open_database(
                paths.database,
                backups_dir=paths.backups_dir,
                backups_to_keep=settings.backups_to_keep,
                passphrase=passphrase,
            )
        except PassphraseRequiredError:
            from kontaktbuch.ui.security.unlock import ask_passphrase

            passphrase = ask_passphrase(paths)
            if passphrase is None:
                return None
        except DamagedDatabaseError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, describe_store_error(exc))
            box.setDetailedText(store_error_details(exc))
            newest = exc.newest_backup
            restore = None
            if newest is not None:
                restore = box.addButton(
                    QApplication.translate("startup", "Restore the newest backup"),
                    QMessageBox.ButtonRole.AcceptRole,
                )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if newest is None or restore is None or box.clickedButton() is not restore:
                return None
            try:
                kept = backup.replace_damaged(
                    paths.database,
                    newest,
                    max_schema=migrations.SCHEMA_VERSION,
                    passphrase=passphrase,
                )
            except StoreError as inner:
                show_store_error(None, inner, APP_NAME)
                return None
            QMessageBox.information(
                None,
                APP_NAME,
                QApplication.translate(
                    "startup", "The backup was restored. The damaged file was kept as %1."
                ).replace("%1", str(kept)),
            )
        except StoreError as exc:
            show_store_error(None, exc, APP_NAME)
            return None


def run_gui(
    paths: Paths,
    settings: Settings,
    lang: str,
    *,
    startup_check: bool = False,
    started: float | None = None,
) -> int:
    started = started or time.time()
    app = create_application([sys.argv[0]])
    install_translators(lang, paths.cache_dir)

    from kontaktbuch.ui.common.errors import install_excepthook
    from kontaktbuch.ui.single_instance import SingleInstance

    guard = SingleInstance(paths.data_dir)
    if not guard.acquire(listen=False):  # it listens once the window has painted
        if guard.notify_running():
            print(
                QApplication.translate(
                    "startup", "Kontaktbuch is already running; its window was brought forward."
                ),
                file=sys.stderr,
            )
            return 0
        QMessageBox.critical(
            None,
            APP_NAME,
            QApplication.translate(
                "startup",
                "Kontaktbuch is already running for this journal, but does not answer. "
                "Close it and try again.",
            ),
        )
        return 1

    from kontaktbuch import autostart
    from kontaktbuch.ui import first_view

    # Started by the session into the tray, the window must never flash up: the
    # tray is then set up before it is shown, otherwise right after its first paint.
    tray_later = not autostart.started_in_tray()
    # The journal as the window last closed on it, unchanged: its first view is
    # painted from there and the journal opened right after the paint.
    first = (
        first_view.load(paths, dt.datetime.now())
        if tray_later and settings.last_view == first_view.VIEW
        else None
    )
    db = None
    if first is None or first.everyone == 0:
        first = None
        db = open_store(paths, settings)
        if db is None:
            guard.release()
            return 1

    install_excepthook()
    from kontaktbuch.ui.common.context import AppContext
    from kontaktbuch.ui.main_window import MainWindow
    from kontaktbuch.ui.plugins import install_after_paint, install_before_paint, install_tray

    # Until the journal is open (after the first paint) nothing reads ``ctx.db``.
    ctx = AppContext(
        paths=paths,
        settings=settings,
        db=cast("pw.SqliteDatabase", db),
        lang=lang,
        first_view=first,
    )
    first_start = False
    if db is not None and not startup_check:
        from kontaktbuch.journal import overview

        first_start = overview.is_empty()
    window = MainWindow(ctx, first_start=first_start)
    # The welcome page shows the features' buttons (import, encryption): then all
    # of them come first; otherwise only what the first view shows.
    features_later = tray_later and not first_start
    install_before_paint(window, ctx)
    if not features_later:
        install_after_paint(window, ctx, tray=not tray_later)
    guard.activation_requested.connect(window.bring_to_front)

    def open_journal() -> None:
        opened = open_store(paths, settings)
        if opened is None:
            QApplication.exit(1)
            return
        ctx.db = opened
        window.journal_opened()
        QTimer.singleShot(1500, lambda: _daily_backup(ctx))

    def after_first_paint() -> None:
        from kontaktbuch.ui.views import preload

        if first is not None:
            open_journal()  # before anything else, input included, can ask for it
            if ctx.first_view is not None:
                return  # not opened: the app quits
        steps: list[Callable[[], object]] = [guard.listen]
        if features_later:
            steps.append(lambda: install_after_paint(window, ctx))
        elif tray_later:
            steps.append(lambda: install_tray(window, ctx))
        steps += [window.build_deferred, preload]
        _one_per_turn(steps)

    watcher = _FirstPaint(started, after_first_paint, report=startup_check)
    window.installEventFilter(watcher)
    if startup_check:
        QTimer.singleShot(30_000, lambda: QApplication.exit(2))
    else:
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, watcher.run_then)
        if first is None:
            QTimer.singleShot(1500, lambda: _daily_backup(ctx))
    window.show()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    code = app.exec()
    window.save_window_state()
    wait_for_backup()
    scheduler = sys.modules.get("kontaktbuch.ui.reminders.scheduler")  # None: the tray never came
    if scheduler is not None:
        scheduler.wait_for_checks()  # a reminders check reading in the background
    if ctx.first_view is None:  # the journal was opened: remember the first view, close it
        from kontaktbuch.ui.contacts.model import ContactsModel

        first_view.save(paths, ctx.db, dt.datetime.now(), ContactsModel.first_page_size)
    guard.release()
    return code


class _BackupThread(QThread):
    """The daily backup on a connection of its own, off the window's thread.

    Checking and copying a decade of notes takes about half a second; done in the
    window's thread it froze the window shortly after every first start of a day.
    SQLite's WAL lets this reader run beside the window's writes.
    """

    failed = Signal(object)  # the StoreError, delivered in the window's thread

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.db = ctx.db
        self.backups_dir = ctx.paths.backups_dir
        self.keep = ctx.settings.backups_to_keep

    def run(self) -> None:
        from kontaktbuch.store import backup
        from kontaktbuch.store.db import thread_connection
        from kontaktbuch.store.errors import StoreError

        try:
            with thread_connection(self.db, read_only=True) as db:
                backup.daily_backup(db, self.backups_dir, keep=self.keep)
        except StoreError as exc:
            self.failed.emit(exc)
        except Exception:  # a backup must never take the app down
            log.exception("Daily backup failed")


_backup_threads: list[_BackupThread] = []


def _daily_backup(ctx: AppContext) -> _BackupThread:
    """Start the daily backup in the background; problems are reported when it ends."""
    thread = _BackupThread(ctx)
    thread.failed.connect(_backup_failed, Qt.ConnectionType.QueuedConnection)
    _backup_threads.append(thread)
    thread.start()
    return thread


def wait_for_backup() -> None:
    """Let a running backup finish before the app closes the journal."""
    while _backup_threads:
        _backup_threads.pop().wait()


def _backup_failed(exc: object) -> None:
    from kontaktbuch.store.errors import DamagedDatabaseError

    if isinstance(exc, DamagedDatabaseError):
        # Start-up checks large journals only lightly; the full check before the
        # backup found damage: say so, and keep the good backups as they are.
        from kontaktbuch.text.messages import describe_store_error

        log.warning("Daily backup skipped, the journal is damaged: %s", exc)
        QMessageBox.warning(None, APP_NAME, describe_store_error(exc))
    else:
        log.warning("Daily backup failed: %s", exc)
