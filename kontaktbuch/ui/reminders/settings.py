"""The "Reminders" page of the settings dialog: the tray and starting with the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from kontaktbuch import autostart
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.settings_page import SettingsPage

if TYPE_CHECKING:
    from kontaktbuch.ui.reminders.tray import RemindersFeature
    from kontaktbuch.ui.settings_dialog import SettingsDialog


class ReminderSettingsPage(SettingsPage):
    def __init__(self, feature: RemindersFeature, parent: QWidget | None = None) -> None:
        super().__init__(feature.ctx, "reminderSettingsPage", parent)
        self.feature = feature
        settings = self.ctx.settings
        layout = QVBoxLayout(self)

        self.keep_running = build.named(
            QCheckBox(self.tr("&Keep running in the tray after closing")), "keepRunningCheck"
        )
        self.keep_running.setChecked(settings.keep_running_in_tray)
        layout.addWidget(self.keep_running)
        if feature.tray is None:
            self.keep_running.setEnabled(False)
            layout.addWidget(
                self._note(
                    self.tr(
                        "This desktop shows no system tray: closing the window quits "
                        "Kontaktbuch, and due reminders show in the window title and in "
                        "the Reminders view."
                    )
                )
            )

        self.autostart = build.named(
            QCheckBox(self.tr("&Start with the session")), "autostartCheck"
        )
        layout.addSpacing(8)
        layout.addWidget(self.autostart)
        if autostart.supported():
            self.autostart.setChecked(autostart.is_enabled())
            layout.addWidget(
                self._note(
                    self.tr(
                        "Kontaktbuch then starts quietly in the tray when you log in, so "
                        "reminders arrive without opening it."
                    )
                )
            )
        else:
            self.autostart.setEnabled(False)
            layout.addWidget(
                self._note(
                    self.tr(
                        "Not available on this system yet: add Kontaktbuch to your "
                        "startup programs yourself if you like."
                    )
                )
            )
        layout.addStretch(1)

    @staticmethod
    def _note(message: str) -> QLabel:
        label = build.paragraph(message)
        label.setIndent(24)
        return label

    def apply(self) -> None:
        settings = self.ctx.settings
        settings.keep_running_in_tray = self.keep_running.isChecked()
        if not autostart.supported():
            return
        wanted = self.autostart.isChecked()
        try:
            autostart.apply(wanted)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Start with the session"),
                self.tr("The autostart entry could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return
        settings.start_with_session = wanted


def add_page(dialog: SettingsDialog, feature: RemindersFeature) -> ReminderSettingsPage:
    """Hang the page into the settings dialog (``SettingsDialog.add_page``)."""
    page = ReminderSettingsPage(feature)
    dialog.add_page(QCoreApplication.translate("ReminderSettings", "Reminders"), page, page.apply)
    return page
