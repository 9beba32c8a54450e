"""What every feature's page of the settings dialog is: a named widget over the context.

The Reminders, Reflection, Security and Synchronisation pages each hang
themselves into the dialog (``SettingsDialog.add_page``), are found by their
object name (tests, the dialog's own code) and keep what they show when the
user presses OK. This module stays light (no dialog, no feature imported): the
features import it when the window starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kontaktbuch.ui.common.context import AppContext


class SettingsPage(QWidget):
    """A page of the settings dialog: named ``name``, reading and writing ``ctx.settings``."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.ctx = ctx

    def apply(self) -> None:
        """Keep what the page shows (the dialog calls this when the user presses OK)."""
        raise NotImplementedError
