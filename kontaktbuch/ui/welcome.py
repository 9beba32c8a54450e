"""The first-start page: start empty, open the demo journal, or import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kontaktbuch.ui.common.view import EmptyState


class WelcomePage(QWidget):
    start_empty = Signal()
    open_demo = Signal()
    import_requested = Signal()

    def __init__(self, can_import: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        state = EmptyState(
            self.tr("Welcome to Kontaktbuch"),
            self.tr(
                "Your journal for your professional network: who you met, what was said, "
                "what came of it – and whether the time you invest serves your own goals. "
                "Everything stays on this computer. How would you like to start?"
            ),
        )
        self.empty_button: QPushButton = state.add_button(
            self.tr("Start with an empty journal"), self.start_empty.emit
        )
        self.demo_button: QPushButton = state.add_button(
            self.tr("Open the demo journal"), self.open_demo.emit
        )
        self.import_button: QPushButton = state.add_button(
            self.tr("Import contacts…"), self.import_requested.emit
        )
        self.import_button.setVisible(can_import)
        self.empty_button.setDefault(True)
        self._state = state
        layout = QVBoxLayout(self)
        layout.addWidget(state)

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """A feature's own way to start (e.g. encryption), after the others."""
        return self._state.add_button(text, slot)
