"""Import, export and restore in the window: File-menu entries and their flows.

The work is done by :mod:`kontaktbuch.exchange`; here it gets a file dialog, a
progress dialog with Cancel, the import preview, questions before anything is
replaced, and a message in the user's language afterwards.

The readers and writers (icalendar, vobject, the archive) are imported when an
import or export is chosen, not when the window starts: icalendar alone took
about 45 ms of every start.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from kontaktbuch.ui.common import ask
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.errors import show_problem, show_store_error
from kontaktbuch.ui.exchange.progress import ProgressReporter, with_progress
from kontaktbuch.ui.main_window import MainWindow

if TYPE_CHECKING:
    from kontaktbuch.exchange import archive, importer
    from kontaktbuch.exchange.records import ExchangeError, ParseResult

STATUS_MS = 10000
# an entry of the Import or Export menu: object name, text, what it does[, shortcut]
MenuEntry = tuple[str, str, Callable[[], object]] | tuple[str, str, Callable[[], object], str]


def choose_folder(window: MainWindow, title: str) -> str:
    """A folder dialog (module level so tests can replace it)."""
    return QFileDialog.getExistingDirectory(window, title)


class ExchangeActions(QObject):
    """The File-menu entries for import, export and restore, and what they do."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.setObjectName("exchangeActions")
        menu = window.file_menu
        # before "Backup now": quick capture's entry, installed first at the start,
        # stays at the top
        first = window.backup_action

        self.import_menu, imports = self._menu(
            self.tr("&Import"),
            "importMenu",
            ("importVcardAction", self.tr("&vCard file…"), self.import_vcard, "Ctrl+I"),
            ("importVcardFolderAction", self.tr("vCard &folder…"), self.import_vcard_folder),
            ("importLinkedinAction", self.tr("&LinkedIn connections (CSV)…"), self.import_linkedin),
            None,
            ("importArchiveAction", self.tr("Kontaktbuch &archive…"), self.import_archive),
        )
        (
            self.import_vcard_action,
            self.import_vcard_folder_action,
            self.import_linkedin_action,
            self.import_archive_action,
        ) = imports
        self.export_menu, exports = self._menu(
            self.tr("&Export"),
            "exportMenu",
            ("exportVcardAction", self.tr("&vCard 4.0…"), self.export_vcard),
            (
                "exportVcard3Action",
                self.tr("vCard &3.0 (older programs)…"),
                partial(self.export_vcard, "3.0"),
            ),
            ("exportArchiveAction", self.tr("Full &archive (JSON)…"), self.export_archive),
            ("exportIcsAction", self.tr("&Calendar (iCalendar)…"), self.export_ics),
            ("exportCsvAction", self.tr("C&onversations as CSV…"), self.export_csv),
        )
        (
            self.export_vcard_action,
            self.export_vcard3_action,
            self.export_archive_action,
            self.export_ics_action,
            self.export_csv_action,
        ) = exports

        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.open_restore)

        menu.insertMenu(first, self.import_menu)
        menu.insertMenu(first, self.export_menu)
        menu.insertSeparator(first)
        actions = menu.actions()
        backup_index = actions.index(window.backup_action)
        after = actions[backup_index + 1] if backup_index + 1 < len(actions) else None
        if after is not None:
            menu.insertAction(after, self.restore_action)
        else:  # pragma: no cover
            menu.addAction(self.restore_action)
        window.set_import_handler(self.import_any)

    def _menu(
        self, title: str, name: str, *entries: MenuEntry | None
    ) -> tuple[QMenu, list[QAction]]:
        """A submenu of the File menu, its entries in order (None: a separator line)."""
        menu = QMenu(title, self.window)
        menu.setObjectName(name)
        actions: list[QAction] = []
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            action_name, text, slot, *keys = entry
            action = QAction(text, self.window)
            action.setObjectName(action_name)
            for shortcut in keys:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, run=slot: run())
            menu.addAction(action)
            actions.append(action)
        return menu, actions

    # --- import ---------------------------------------------------------------

    def import_any(self) -> None:
        """The welcome page's "Import contacts…": one dialog, the kind from the file."""
        path = self.window.choose_file(
            self.tr("Import contacts"),
            self.tr("Contacts (*.vcf *.vcard *.csv *.json);;All files (*)"),
        )
        if not path:
            return
        suffix = Path(path).suffix.lower()
        if suffix == ".json":
            self.restore_archive_file(path)
        elif suffix == ".csv":
            self.import_file("linkedin", path)
        else:
            self.import_file("vcard", path)

    def import_vcard(self) -> None:
        path = self.window.choose_file(
            self.tr("Import vCard file"), self.tr("vCard files (*.vcf *.vcard);;All files (*)")
        )
        if path:
            self.import_file("vcard", path)

    def import_vcard_folder(self) -> None:
        path = choose_folder(self.window, self.tr("Import a folder of vCard files"))
        if path:
            self.import_file("vcard", path)

    def import_linkedin(self) -> None:
        path = self.window.choose_file(
            self.tr("Import LinkedIn connections"),
            self.tr("LinkedIn export (Connections.csv *.csv);;All files (*)"),
        )
        if path:
            self.import_file("linkedin", path)

    def import_file(self, kind: str, path: str) -> importer.ImportSummary | None:
        """Read, preview, and import in one transaction; returns what happened."""
        from kontaktbuch.exchange import importer
        from kontaktbuch.exchange.records import Cancelled, ParseResult
        from kontaktbuch.ui.exchange import preview

        name = Path(path).name

        def read(reporter: ProgressReporter) -> ParseResult:
            return importer.read_file(kind, path, reporter)

        parsed = self._importing(self.tr("Reading %1…").replace("%1", name), read)
        if parsed is None:
            return None
        assert isinstance(parsed, ParseResult)
        if not parsed.records:
            QMessageBox.information(
                self.window,
                self.tr("Nothing to import"),
                self.tr("%1 holds no contacts that could be imported.").replace("%1", name),
            )
            return None
        plan = importer.plan_import(parsed)
        if not preview.ask_plan(self.window, plan):
            self._status(self.tr("Import cancelled; nothing was changed."))
            return None

        if (
            plan.writes_anything()
            and importer.journal_has_data()
            and not self._backup("before-import")
        ):
            return None

        def apply(reporter: ProgressReporter) -> importer.ImportSummary:
            return importer.apply_plan(plan, reporter)

        try:
            summary = with_progress(
                self.window, self.tr("Importing %1…").replace("%1", name), apply
            )
        except Cancelled:
            self._status(self.tr("Import cancelled; nothing was changed."))
            return None
        assert isinstance(summary, importer.ImportSummary)
        self.ctx.events.notify("contact", "network")
        self._leave_welcome()
        self._status(
            self.tr("Imported from %1: %2 new, %3 merged, %4 skipped.")
            .replace("%1", name)
            .replace("%2", str(summary.created))
            .replace("%3", str(summary.merged))
            .replace("%4", str(summary.skipped))
        )
        return summary

    def _importing(self, label: str, work: Callable[[ProgressReporter], object]) -> object:
        """``work`` with a progress dialog; None when the file could not be read (said
        in a message) or the user cancelled (said in the status bar)."""
        from kontaktbuch.exchange.records import Cancelled, ExchangeError

        try:
            return with_progress(self.window, label, work)
        except ExchangeError as exc:
            _exchange_problem(self.window, self.tr("Import failed"), exc)
        except Cancelled:
            self._status(self.tr("Import cancelled; nothing was changed."))
        return None

    def import_archive(self) -> None:
        path = self.window.choose_file(
            self.tr("Import Kontaktbuch archive"),
            self.tr("Kontaktbuch archive (*.json);;All files (*)"),
        )
        if path:
            self.restore_archive_file(path)

    def restore_archive_file(self, path: str) -> bool:
        """Restore an archive; asks first and takes a backup when the journal has data."""
        from kontaktbuch.exchange import archive, importer
        from kontaktbuch.exchange.records import ExchangeError

        try:
            data = archive.read_archive(path)
            archive.check_archive(path, data)
        except ExchangeError as exc:
            _exchange_problem(self.window, self.tr("Import failed"), exc)
            return False
        has_data = importer.journal_has_data()
        if has_data:
            if not ask.agrees(
                self.window,
                self.tr("Replace your journal?"),
                self.tr(
                    "Your journal already holds data. Restoring the archive replaces all of "
                    "it with the archive’s content. A backup of the current state is taken "
                    "first. Continue?"
                ),
                no=ask.Button.Cancel,
            ):
                return False
            if not self._backup("before-archive"):
                return False

        def work(reporter: ProgressReporter) -> archive.ArchiveSummary:
            return archive.restore_archive(path, force=has_data, progress=reporter, data=data)

        summary = self._importing(self.tr("Restoring the archive…"), work)
        if summary is None:
            return False
        assert isinstance(summary, archive.ArchiveSummary)
        self.ctx.undo_stack.clear()
        self.ctx.events.notify("*")
        self._leave_welcome()
        self._status(
            self.tr("Archive restored: %1 contacts, %2 conversations.")
            .replace("%1", str(summary.counts.get("contact", 0)))
            .replace("%2", str(summary.counts.get("conversation", 0)))
        )
        return True

    # --- export ---------------------------------------------------------------

    def _export(
        self, title: str, filters: str, suffix: str, work: Callable[[Path, ProgressReporter], int]
    ) -> Path | None:
        from kontaktbuch.exchange.records import Cancelled, ExchangeError
        from kontaktbuch.ui.security import confirm_plain_export

        if not confirm_plain_export(self.window, self.ctx):
            return None
        chosen = self.window.choose_file(title, filters, True)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(suffix)
        try:
            count = with_progress(
                self.window, self.tr("Exporting…"), lambda reporter: work(path, reporter)
            )
        except ExchangeError as exc:
            _exchange_problem(self.window, self.tr("Export failed"), exc)
            return None
        except Cancelled:
            self._status(self.tr("Export cancelled."))
            return None
        self._status(
            self.tr("Exported %1 entries to %2.").replace("%1", str(count)).replace("%2", str(path))
        )
        return path

    def export_vcard(
        self, version: str = "4.0", contact_ids: list[int] | None = None
    ) -> Path | None:
        """Export all contacts, or the given ones (for a contacts view's selection)."""
        from kontaktbuch.exchange import vcard_export

        return self._export(
            self.tr("Export contacts as vCard"),
            self.tr("vCard files (*.vcf)"),
            ".vcf",
            lambda path, reporter: vcard_export.export_vcards(
                path, contact_ids, version=version, progress=reporter
            ),
        )

    def export_archive(self) -> Path | None:
        from kontaktbuch.exchange import archive

        return self._export(
            self.tr("Export full archive"),
            self.tr("Kontaktbuch archive (*.json)"),
            ".json",
            lambda path, reporter: archive.export_archive(path, progress=reporter).rows,
        )

    def export_ics(self) -> Path | None:
        from kontaktbuch.exchange import ics

        return self._export(
            self.tr("Export follow-ups and events as calendar"),
            self.tr("iCalendar files (*.ics)"),
            ".ics",
            lambda path, reporter: ics.export_ics(path, progress=reporter),
        )

    def export_csv(self) -> Path | None:
        from kontaktbuch.exchange import csv_export

        return self._export(
            self.tr("Export conversations as CSV"),
            self.tr("CSV files (*.csv)"),
            ".csv",
            lambda path, reporter: csv_export.export_csv(path, self.ctx.lang, progress=reporter),
        )

    # --- restore --------------------------------------------------------------

    def open_restore(self) -> None:
        from kontaktbuch.ui.exchange.restore import RestoreDialog

        dialog = RestoreDialog(self.ctx, self.window)
        if dialog.exec() and dialog.restored:
            self._leave_welcome()
            self._status(self.tr("The backup was restored."))
        dialog.deleteLater()

    # --- helpers --------------------------------------------------------------

    def _backup(self, reason: str) -> bool:
        """A backup before a big change; False (and a message) when it failed."""
        from kontaktbuch.store import backup
        from kontaktbuch.store.errors import StoreError

        try:
            backup.make_backup(
                self.ctx.db,
                self.ctx.paths.backups_dir,
                keep=self.ctx.settings.backups_to_keep,
                reason=reason,
            )
        except StoreError as exc:
            show_store_error(self.window, exc, self.tr("Backup failed"), critical=False)
            return False
        return True

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _leave_welcome(self) -> None:
        if (
            self.window.welcome is not None
            and self.window.stack.currentWidget() is self.window.welcome
        ):
            self.window.show_view("contacts")


def _exchange_problem(parent: QWidget, title: str, exc: ExchangeError) -> None:
    """An import or export error in the user's words; the reader's or the system's
    own (English) words behind "Details"."""
    from kontaktbuch.text.exchange_messages import describe_error, error_details

    show_problem(parent, title, describe_error(exc), error_details(exc))


def install(window: MainWindow, ctx: AppContext) -> ExchangeActions:
    """Add the import/export/restore entries to the window's File menu."""
    actions = ExchangeActions(window, ctx)
    # A feature hangs itself onto the window, which does not declare it (ui.plugins).
    window.exchange_actions = actions  # type: ignore[attr-defined]
    return actions
