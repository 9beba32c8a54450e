"""Encrypt, decrypt and change the passphrase from the window.

The store's steps need the journal to themselves (see ``store/encryption.py``), so
the window lets its background readers finish, closes its connection, runs the
step with a progress dialog, and connects its one database object again — to the
new file, with the new key. Whatever happens, the window ends up connected to the
journal in the form it now has on disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from kontaktbuch import APP_NAME
from kontaktbuch.store import cipher, encryption
from kontaktbuch.store.cipher import Passphrase
from kontaktbuch.store.encryption import ConversionReport
from kontaktbuch.store.errors import StoreError, WrongPassphraseError
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP, translate
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.security import keyring_store
from kontaktbuch.ui.security.dialogs import CurrentPassphraseDialog, NewPassphraseDialog

log = logging.getLogger(__name__)


def is_encrypted(ctx: AppContext) -> bool:
    return bool(getattr(ctx.db, "encrypted", False))


def current_passphrase(ctx: AppContext) -> Passphrase | None:
    key = getattr(ctx.db, "key", None)
    return key.passphrase if key is not None else None


def encrypt(parent: QWidget | None, ctx: AppContext) -> bool:
    """Ask for a passphrase (with the warning) and encrypt; True when done."""
    dialog = NewPassphraseDialog(parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    new = Passphrase(dialog.first.text())
    return _run(parent, ctx, _ENCRYPT, dialog.remember.isChecked(), new=new)


def change_passphrase(parent: QWidget | None, ctx: AppContext) -> bool:
    dialog = NewPassphraseDialog(change=True, parent=parent)
    assert dialog.current is not None
    wrong = translate("security", "The current passphrase is not right.")
    current = _ask_current(ctx, dialog, dialog.current, wrong)
    if current is None:
        return False
    new = Passphrase(dialog.first.text())
    return _run(parent, ctx, _CHANGE, dialog.remember.isChecked(), current=current, new=new)


def decrypt(parent: QWidget | None, ctx: AppContext) -> bool:
    dialog = CurrentPassphraseDialog(parent)
    wrong = translate("security", "That passphrase is not right.")
    current = _ask_current(ctx, dialog, dialog.passphrase, wrong)
    if current is None:
        return False
    return _run(parent, ctx, _DECRYPT, False, current=current)


def _ask_current(
    ctx: AppContext,
    dialog: NewPassphraseDialog | CurrentPassphraseDialog,
    field: QLineEdit,
    wrong: str,
) -> Passphrase | None:
    """Show ``dialog`` until the passphrase typed into ``field`` opens the journal (each
    time it does not, say ``wrong`` and empty the field); None when cancelled."""
    while True:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        typed = Passphrase(field.text())
        if _opens(ctx, typed):
            return typed
        dialog.problem.setText(wrong)
        dialog.problem.setVisible(True)
        field.clear()


def _run(
    parent: QWidget | None,
    ctx: AppContext,
    step: _Step,
    remember: bool,
    *,
    current: Passphrase | None = None,
    new: Passphrase | None = None,
) -> bool:
    """Close the journal, run the ``step`` (given the journal, then the current and the
    new passphrase where there is one) on the journal and its backups, connect again to
    whatever is on disk now; when it went through, keep or forget the key (``remember``:
    the user's tick) and say so. True when it went through."""
    given = tuple(p for p in (current, new) if p is not None)
    # the candidates to open the journal afterwards: the new passphrase first
    passphrases = given[::-1]
    label = translate("security", step.working)

    def work(progress: encryption.Progress) -> ConversionReport:
        return step.convert(
            ctx.paths.database, *given, backups_dir=ctx.paths.backups_dir, progress=progress
        )

    from kontaktbuch.store.db import reopen_database
    from kontaktbuch.ui.common.errors import show_store_error
    from kontaktbuch.ui.exchange.progress import with_progress

    _let_readers_finish()
    ctx.db.close()
    report: ConversionReport | None = None
    try:
        report = with_progress(parent, label, lambda reporter: _uncancellable(reporter, work))  # type: ignore[assignment]
    except StoreError as exc:
        show_store_error(parent, exc, APP_NAME, critical=False)
    finally:
        reopen_database(ctx.db, _opening(ctx, passphrases))  # type: ignore[arg-type]
    if report is None:
        return False
    step.keep_key(ctx, remember)
    _done(parent, translate("security", step.done), report)
    return True


def _uncancellable(reporter: Any, work: Callable[[Any], ConversionReport]) -> ConversionReport:
    """A step runs to its end (stopping half-way would only leave a leftover to clean)."""
    reporter.dialog.setCancelButton(None)
    return work(reporter)


def _opens(ctx: AppContext, passphrase: Passphrase) -> bool:
    """Whether a typed passphrase is the journal's (the window may know only the key)."""
    try:
        encryption.check_passphrase(ctx.paths.database, passphrase)
    except WrongPassphraseError:
        return False
    return True


def _opening(ctx: AppContext, candidates: tuple[Passphrase, ...]) -> Passphrase | None:
    """Of the passphrases in play, the one that opens the journal as it is now."""
    if not cipher.is_encrypted_file(ctx.paths.database):
        return None
    for passphrase in candidates:
        try:
            encryption.check_passphrase(ctx.paths.database, passphrase)
            return passphrase
        except WrongPassphraseError:
            continue
    return candidates[0]  # pragma: no cover - the step keeps one of them valid


def _let_readers_finish() -> None:
    """The daily backup and a reminders check read on threads of their own."""
    import sys

    application = sys.modules.get("kontaktbuch.ui.application")
    if application is not None:
        application.wait_for_backup()
    scheduler = sys.modules.get("kontaktbuch.ui.reminders.scheduler")
    if scheduler is not None:
        scheduler.wait_for_checks()


def _encrypted(ctx: AppContext, remember: bool) -> None:
    """After encrypting: the key kept or forgotten, and no names left in plain text
    in the window's remembered first view."""
    ctx.paths.first_view_file.unlink(missing_ok=True)
    _remember(ctx, remember)


def _remember(ctx: AppContext, remember: bool) -> None:
    if remember:
        remember_key(ctx)
    else:
        keyring_store.forget(ctx.paths.database)


def _forget(ctx: AppContext, _remember: bool) -> None:
    keyring_store.forget(ctx.paths.database)


@dataclass(frozen=True)
class _Step:
    """One of the three conversions: the function of ``store.encryption`` that does it,
    what the progress dialog says meanwhile and the message after it (marked for the
    context "security", translated when shown), and what then becomes of the key in
    the keyring (given whether the user ticked "remember")."""

    convert: Callable[..., ConversionReport]
    working: str
    done: str
    keep_key: Callable[[AppContext, bool], None]


_ENCRYPT = _Step(
    encryption.encrypt_journal,
    QT_TRANSLATE_NOOP("security", "Encrypting the journal and its backups…"),
    QT_TRANSLATE_NOOP("security", "Your journal is now encrypted."),
    _encrypted,
)
_CHANGE = _Step(
    encryption.change_passphrase,
    QT_TRANSLATE_NOOP("security", "Encrypting the journal and its backups anew…"),
    QT_TRANSLATE_NOOP("security", "The passphrase was changed."),
    _remember,
)
_DECRYPT = _Step(
    encryption.decrypt_journal,
    QT_TRANSLATE_NOOP("security", "Removing the encryption…"),
    QT_TRANSLATE_NOOP("security", "Your journal is no longer encrypted."),
    _forget,
)


def remember_key(ctx: AppContext) -> None:
    """Keep the open journal's key in the keyring (see ``keyring_store``)."""
    key = getattr(ctx.db, "key", None)
    if key is not None:
        keyring_store.remember(ctx.paths.database, key.passphrase, key.salt)


def _done(parent: QWidget | None, text: str, report: ConversionReport) -> None:
    if report.backups_skipped:
        text += "\n\n" + translate(
            "security",
            "These backups were left as they were (made with another passphrase, or damaged):",
        )
        text += "\n" + "\n".join(str(p) for p in report.backups_skipped)
    QMessageBox.information(parent, APP_NAME, text)
