"""Encryption at rest in the window: the unlock at start, Settings → Security,
the welcome page's offer, and the export dialogs' note that exports are plain.

:func:`install` wires the feature into the main window (called from
``ui/plugins.py``); the unlock itself is called by ``ui/application.open_store``
before the window exists. The work is done by ``store/encryption.py``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common import ask, build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.settings_page import SettingsPage
from kontaktbuch.ui.main_window import MainWindow
from kontaktbuch.ui.security import keyring_store, steps
from kontaktbuch.ui.security.dialogs import bold, forgotten_warning


class EncryptionPage(SettingsPage):
    """Settings → Security: the journal's state, and the three steps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "encryptionSettingsPage", parent)
        self.state = build.paragraph(name="encryptionState")
        self.warning = bold(build.paragraph(forgotten_warning(), name="forgottenWarning"))
        self.encrypt_button = build.button(
            self.tr("&Encrypt with a passphrase…"),
            lambda: self._step(steps.encrypt),
            name="encryptButton",
        )
        self.change_button = build.button(
            self.tr("&Change the passphrase…"),
            lambda: self._step(steps.change_passphrase),
            name="changePassphraseButton",
        )
        self.decrypt_button = build.button(
            self.tr("&Remove the encryption…"),
            lambda: self._step(steps.decrypt),
            name="decryptButton",
        )
        self.remember = build.named(
            QCheckBox(self.tr("Remember the passphrase in the system &keyring")),
            "rememberPassphrase",
        )
        self.keyring_note = build.paragraph()
        self.exports_note = build.paragraph(
            self.tr(
                "Exports (vCard, archive, calendar, CSV) are never encrypted: keep them safe "
                "or delete them after use."
            )
        )
        buttons = (self.encrypt_button, self.change_button, self.decrypt_button)
        build.column(
            self.state,
            self.warning,
            build.row(*buttons, build.STRETCH),
            self.remember,
            self.keyring_note,
            self.exports_note,
            build.STRETCH,
            parent=build.scrolled_page(self),  # (as the reflection's page does)
        )
        self.refresh()

    def refresh(self) -> None:
        encrypted = steps.is_encrypted(self.ctx)
        if encrypted:
            self.state.setText(
                self.tr(
                    "Your journal is encrypted with your passphrase (SQLCipher, AES-256), "
                    "and so are its backups and drafts. Without the passphrase nobody can "
                    "read them."
                )
            )
        else:
            self.state.setText(
                self.tr(
                    "Your journal is not encrypted. Anyone who can read your files – on a "
                    "stolen laptop, in a backup folder in the cloud – can read it."
                )
            )
        self.encrypt_button.setVisible(not encrypted)
        self.change_button.setVisible(encrypted)
        self.decrypt_button.setVisible(encrypted)
        available = keyring_store.available()
        self.remember.setVisible(encrypted)
        self.remember.setEnabled(available)
        self.remember.setChecked(
            encrypted and available and keyring_store.load(self.ctx.paths.database) is not None
        )
        self.keyring_note.setVisible(encrypted)
        self.keyring_note.setText(
            self.tr("Then Kontaktbuch opens without asking while you are logged in.")
            if available
            else self.tr("There is no system keyring on this computer.")
        )

    def _step(self, step: Any) -> None:
        step(self, self.ctx)
        self.refresh()

    def apply(self) -> None:
        """OK in the settings: remember or forget the passphrase as the box says."""
        if not steps.is_encrypted(self.ctx) or not self.remember.isEnabled():
            return
        if self.remember.isChecked():
            steps.remember_key(self.ctx)
        else:
            keyring_store.forget(self.ctx.paths.database)


def add_page(dialog: Any, ctx: AppContext) -> EncryptionPage:
    page = EncryptionPage(ctx)
    dialog.add_page(translate("EncryptionPage", "Security"), page, page.apply)
    return page


def confirm_plain_export(parent: QWidget | None, ctx: AppContext) -> bool:
    """Before an export from an encrypted journal: say that the file will be plain."""
    if not steps.is_encrypted(ctx):
        return True
    return ask.agrees(
        parent,
        translate("security", "Exports are not encrypted"),
        translate(
            "security",
            "Your journal is encrypted, but the export will not be: anyone who gets the "
            "file can read it. Export anyway?",
        ),
        no=ask.Button.Cancel,
        default=ask.Button.Yes,
    )


def _offer_on_welcome(window: MainWindow, ctx: AppContext) -> None:
    """The first start offers encryption beside "start empty", "demo", "import"."""
    welcome = window.welcome
    if welcome is None or steps.is_encrypted(ctx):
        return

    def encrypt() -> None:
        if steps.encrypt(window, ctx):
            button.setVisible(False)

    button = welcome.add_button(
        translate("security", "Protect the journal with a passphrase…"), encrypt
    )
    button.setObjectName("welcomeEncryptButton")


def install(window: MainWindow, ctx: AppContext) -> None:
    window.settings_pages.append(lambda dialog: add_page(dialog, ctx))
    _offer_on_welcome(window, ctx)
