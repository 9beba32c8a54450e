"""Long work in the window: a progress dialog whose Cancel reaches the work.

The exchange functions report through ``progress(done, total)`` and stop when it
returns ``False``; this turns that into a QProgressDialog that keeps the window
responsive (events are processed on every report).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from kontaktbuch.text.i18n import translate


class ProgressReporter:
    """A modal progress dialog plus the callback the exchange code calls."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setCancelButtonText(translate("exchange_ui", "Cancel"))
        self.dialog.setObjectName("exchangeProgress")
        self.dialog.setWindowTitle("Kontaktbuch")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.cancelled = False

    def set_label(self, text: str) -> None:
        self.dialog.setLabelText(text)

    def __call__(self, done: int, total: int) -> bool:
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)
        QApplication.processEvents()
        if self.dialog.wasCanceled():
            self.cancelled = True
            return False
        return True

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


def with_progress(
    parent: QWidget | None, label: str, work: Callable[[ProgressReporter], object]
) -> object:
    """Run ``work(reporter)`` with a progress dialog that is always closed afterwards."""
    reporter = ProgressReporter(parent, label)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        return work(reporter)
    finally:
        QApplication.restoreOverrideCursor()
        reporter.close()
