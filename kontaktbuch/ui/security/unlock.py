"""Unlocking an encrypted journal when the window starts.

Called by the start (``ui/application.open_store``) before the window, the tray
and the reminders exist, so none of them runs until the journal is unlocked. A
passphrase remembered in the system keyring is tried first, silently; otherwise
the dialog asks, three tries. Each try only reads the journal's first page, so a
wrong passphrase changes nothing on disk.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from kontaktbuch import APP_NAME
from kontaktbuch.paths import Paths
from kontaktbuch.store import cipher, encryption
from kontaktbuch.store.cipher import Passphrase
from kontaktbuch.store.errors import WrongPassphraseError
from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.security import keyring_store
from kontaktbuch.ui.security.dialogs import UnlockDialog

TRIES = 3


def ask_passphrase(paths: Paths) -> Passphrase | None:
    """A passphrase that opens the journal, or None when the user quits (or the
    third try was wrong too)."""
    path = paths.database
    salt = cipher.read_salt(path)
    remembered = keyring_store.recall(path, salt)
    note = ""
    if remembered is not None:
        try:
            encryption.check_passphrase(path, remembered)
            return remembered
        except WrongPassphraseError:
            pass
    if keyring_store.load(path) is not None:
        note = translate(
            "security",
            "The passphrase remembered in the system keyring no longer opens the journal.",
        )
    dialog = UnlockDialog(remembered=keyring_store.load(path) is not None, note=note)
    for attempt in range(1, TRIES + 1):
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        typed = Passphrase(dialog.passphrase.text())
        try:
            encryption.check_passphrase(path, typed)
        except WrongPassphraseError:
            dialog.show_message(
                translate(
                    "security",
                    "That passphrase does not open the journal. Tries left: %n.",
                    "",
                    TRIES - attempt,
                )
            )
            continue
        if dialog.remember.isChecked():
            keyring_store.remember(path, typed, salt)
        else:
            keyring_store.forget(path)
        return typed
    QMessageBox.critical(
        None,
        APP_NAME,
        translate(
            "security",
            "The passphrase was wrong three times. Kontaktbuch closes; your journal was "
            "not changed.",
        ),
    )
    return None
