"""The settings dialog: language, where the data lives, how many backups to keep.

Later features add their own pages with :meth:`SettingsDialog.add_page`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from kontaktbuch.text.i18n import SUPPORTED
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext

# each language the window speaks (text.i18n), by its own name: never translated, a
# reader looks for the name of the language they read
_OWN_NAMES = {"de": "Deutsch", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()

        general = QWidget()
        form = QFormLayout(general)
        self.language = build.named(QComboBox(), "languageCombo")
        self.language.addItem(self.tr("As the system"), "auto")
        for code in SUPPORTED:
            self.language.addItem(_OWN_NAMES[code], code)
        build.select_data(self.language, ctx.settings.language)
        form.addRow(self.tr("&Language:"), self.language)

        self.data_dir = QLineEdit(ctx.settings.data_dir or str(ctx.paths.data_dir))
        self.data_dir.setObjectName("dataDirEdit")
        self.data_dir.setEnabled(not ctx.paths.overridden)
        browse = build.button(self.tr("Choose…"), self._browse)
        browse.setEnabled(not ctx.paths.overridden)
        row = build.row((self.data_dir, 1), browse)
        # a label of its own: a row holding a layout gets no buddy, so "&" would show
        data_label = QLabel(self.tr("&Data folder:"))
        data_label.setBuddy(self.data_dir)
        browse.setAccessibleDescription(self.tr("Choose the data folder"))
        form.addRow(data_label, row)
        if ctx.paths.overridden:
            note = build.paragraph(self.tr("Set on the command line or by KONTAKTBUCH_DATA_DIR."))
            form.addRow("", note)

        self.backups = build.named(QSpinBox(), "backupsSpin")
        self.backups.setRange(1, 100)
        self.backups.setValue(ctx.settings.backups_to_keep)
        form.addRow(self.tr("&Backups to keep:"), self.backups)

        self.restart_note = build.paragraph(
            self.tr("Changes of language and data folder take effect at the next start.")
        )
        form.addRow("", self.restart_note)
        self.tabs.addTab(general, self.tr("General"))

        buttons, _ok = build.dialog_buttons(self)
        build.column(self.tabs, buttons, parent=self)
        self._appliers: list[Callable[[], object]] = []

    def add_page(self, title: str, page: QWidget, apply: Callable[[], object]) -> None:
        """A feature's own page; ``apply()`` is called when the user presses OK."""
        self.tabs.addTab(page, title)
        self._appliers.append(apply)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Data folder"), self.data_dir.text()
        )
        if folder:
            self.data_dir.setText(folder)

    def accept(self) -> None:
        s = self.ctx.settings
        s.language = self.language.currentData()
        s.backups_to_keep = self.backups.value()
        if not self.ctx.paths.overridden:
            chosen = self.data_dir.text().strip()
            s.data_dir = "" if chosen == str(self.ctx.paths.data_dir) else chosen
        for apply in self._appliers:
            apply()
        self.ctx.save_settings()
        super().accept()
