"""Telling the user's environment from our bugs, in dialogs.

A store error (damaged file, full disk, newer schema) gets a message the user
can act on; anything else is a bug: a dialog with the traceback to report, and
the data left as it was (every write is a transaction).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kontaktbuch.store.errors import StoreError

log = logging.getLogger(__name__)


def show_problem(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str = "",
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """A message in the user's language; the technical text (often English, from
    SQLite or the operating system) only behind the box's "Show Details…" button,
    and in the log."""
    if not details:
        if icon == QMessageBox.Icon.Critical:
            QMessageBox.critical(parent, title, text)
        else:
            QMessageBox.warning(parent, title, text)
        return
    log.info("%s: %s", text, details)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    box.exec()


def show_store_error(
    parent: QWidget | None, exc: StoreError, title: str = "", *, critical: bool = True
) -> None:
    """A store error (damaged file, full disk, read-only, locked) with its details."""
    from kontaktbuch.text.messages import describe_store_error, store_error_details

    show_problem(
        parent,
        title or QCoreApplication.translate("errors", "Kontaktbuch"),
        describe_store_error(exc),
        store_error_details(exc),
        icon=QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning,
    )


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Kontaktbuch ran into an error it did not expect. Your journal was not "
            "changed by the interrupted action. Please report this, with the details below.",
        )
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions in slots to a dialog instead of a silent console."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("Uncaught exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        from kontaktbuch.journal.limits import InvalidInput
        from kontaktbuch.store import faults
        from kontaktbuch.text.input_messages import describe_invalid_input

        parent = QApplication.activeWindow()
        if not isinstance(exc, StoreError) and faults.is_storage_fault(exc):
            # A full disk or a lock met outside the store's own checks.
            where = getattr(exc, "filename", None) or _journal_path()
            exc = faults.storage_error(Path(where), exc)
        if isinstance(exc, StoreError):
            show_store_error(parent, exc)
        elif isinstance(exc, InvalidInput):
            show_problem(parent, QCoreApplication.translate("errors", "Kontaktbuch"),
                         describe_invalid_input(exc))  # fmt: skip
        else:
            show_bug(parent, exc)

    sys.excepthook = hook


def _journal_path() -> Path:
    from kontaktbuch.store.models import database_proxy

    obj = database_proxy.obj
    return Path(str(getattr(obj, "database", "") or "kontaktbuch.sqlite"))
