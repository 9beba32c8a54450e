"""Telling the user's environment from our bugs, in dialogs.

A store error (damaged file, full disk, newer schema) gets a message the user
can act on; anything else is a bug: a dialog with the traceback to report, and
the data left as it was (every write is a transaction).
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kontaktbuch.store.errors import StoreError
from kontaktbuch.text.messages import describe_store_error

log = logging.getLogger(__name__)


def show_store_error(parent: QWidget | None, exc: StoreError) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("errors", "Kontaktbuch"),
        describe_store_error(exc),
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
        parent = QApplication.activeWindow()
        if isinstance(exc, StoreError):
            show_store_error(parent, exc)
        else:
            show_bug(parent, exc)

    sys.excepthook = hook
