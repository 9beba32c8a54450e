"""Encryption in the window: unlocking at start, the settings page, the welcome page's
offer, and the export's note that exports are plain."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings
from kontaktbuch.store import cipher
from kontaktbuch.store import models as m
from kontaktbuch.store.cipher import Passphrase
from kontaktbuch.store.db import open_database
from kontaktbuch.ui import application
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.security import EncryptionPage, keyring_store
from kontaktbuch.ui.security.dialogs import (
    CurrentPassphraseDialog,
    NewPassphraseDialog,
    UnlockDialog,
)

SECRET = "Stammtisch im Mai 2026"
OTHER = "ganz anderes Geheimnis"


@pytest.fixture
def encrypted_journal(app_paths: Paths) -> Path:
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir, passphrase=SECRET)
    m.Contact.create(first_name="Gerda", last_name="Pfefferkorn")
    db.close()
    return app_paths.database


def _type_into_unlock(
    monkeypatch: pytest.MonkeyPatch, answers: list[str | None], remember: bool = False
) -> list[UnlockDialog]:
    """Replace the modal exec: each call types the next answer (None: Quit)."""
    seen: list[UnlockDialog] = []

    def exec_(self: UnlockDialog) -> int:
        seen.append(self)
        answer = answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        self.passphrase.setText(answer)
        if remember:
            self.remember.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    return seen


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_window_asks_for_the_passphrase_and_opens_with_the_right_one(
    qtbot: QtBot,
    encrypted_journal: Path,
    app_paths: Paths,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _type_into_unlock(monkeypatch, [OTHER, SECRET])
    db = application.open_store(app_paths, settings)
    assert db is not None and db.encrypted
    assert [c.last_name for c in m.Contact.select()] == ["Pfefferkorn"]
    db.close()
    assert len(seen) == 2
    assert "does not open the journal" in seen[0].message.text()
    assert "Tries left: 2" in seen[0].message.text()
    assert not seen[0].remember.isChecked()  # remembering is off unless asked for
    assert keyring_store.load(app_paths.database) is None


def test_three_wrong_passphrases_close_and_change_no_byte(
    qtbot: QtBot,
    encrypted_journal: Path,
    app_paths: Paths,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _snapshot(app_paths.data_dir)
    _type_into_unlock(monkeypatch, [OTHER, OTHER + "1", OTHER + "2"])
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    assert application.open_store(app_paths, settings) is None
    assert said and "wrong three times" in said[0]
    assert _snapshot(app_paths.data_dir) == before  # no byte, no -wal, no -shm


def test_quit_in_the_unlock_dialog_opens_nothing_and_nothing_else_starts(
    qtbot: QtBot,
    encrypted_journal: Path,
    app_paths: Paths,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window, the tray and the reminders are built only after the unlock."""
    windows_during_unlock: list[list[str]] = []

    def exec_(self: UnlockDialog) -> int:
        windows_during_unlock.append(
            [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
        )
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    assert application.run_gui(app_paths, settings, "en") == 1
    assert windows_during_unlock and "mainWindow" not in windows_during_unlock[0]


def test_a_remembered_passphrase_opens_without_asking(
    qtbot: QtBot,
    encrypted_journal: Path,
    app_paths: Paths,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _type_into_unlock(monkeypatch, [SECRET], remember=True)
    db = application.open_store(app_paths, settings)
    assert db is not None
    db.close()
    entry = keyring_store.load(app_paths.database)
    assert entry is not None and SECRET not in entry  # the key, not the passphrase
    _type_into_unlock(monkeypatch, [])  # a dialog now would fail: pop from empty list
    db = application.open_store(app_paths, settings)
    assert db is not None and db.encrypted
    db.close()
    # A key remembered for another passphrase: the dialog says so and asks.
    keyring_store.remember(
        app_paths.database, Passphrase(OTHER), cipher.read_salt(encrypted_journal)
    )
    seen = _type_into_unlock(monkeypatch, [SECRET])
    db = application.open_store(app_paths, settings)
    assert db is not None
    db.close()
    assert "no longer opens" in seen[0].message.text()
    assert seen[0].remember.isChecked()


def _fill_new(monkeypatch: pytest.MonkeyPatch, new: str, current: str = "") -> None:
    def exec_(self: NewPassphraseDialog) -> int:
        if self.current is not None:
            self.current.setText(current)
        self.first.setText(new)
        self.second.setText(new)
        assert not self.ok_button.isEnabled()  # not before the warning is acknowledged
        self.understood.setChecked(True)
        assert self.ok_button.isEnabled(), self.problem_text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPassphraseDialog, "exec", exec_)


def test_settings_page_encrypts_changes_and_removes_the_encryption(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kontaktbuch.store import backup

    backup.make_backup(demo_ctx.db, demo_ctx.paths.backups_dir)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    page = EncryptionPage(demo_ctx)
    qtbot.addWidget(page)
    assert "not encrypted" in page.state.text()
    assert "cannot be opened" in page.warning.text()  # the plain warning, always shown
    assert not page.change_button.isVisibleTo(page) and page.encrypt_button.isVisibleTo(page)

    # the first view remembered when the window last closed: names in plain text
    demo_ctx.paths.first_view_file.parent.mkdir(parents=True, exist_ok=True)
    demo_ctx.paths.first_view_file.write_text('{"rows": [[1, "Kaya"]]}', encoding="utf-8")
    _fill_new(monkeypatch, SECRET)
    page.encrypt_button.click()
    assert told[-1] == "Your journal is now encrypted."
    assert not demo_ctx.paths.first_view_file.exists()
    assert cipher.is_encrypted_file(demo_ctx.paths.database)
    assert all(cipher.is_encrypted_file(p) for p in demo_ctx.paths.backups_dir.glob("*.sqlite"))
    assert demo_ctx.db.encrypted and m.Contact.select().count() == 60  # still open, same data
    assert "is encrypted" in page.state.text() and page.change_button.isVisibleTo(page)

    _fill_new(monkeypatch, OTHER, current=SECRET)
    page.change_button.click()
    assert told[-1] == "The passphrase was changed."
    assert m.Contact.select().count() == 60

    def confirm(self: CurrentPassphraseDialog) -> int:
        self.passphrase.setText(OTHER)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CurrentPassphraseDialog, "exec", confirm)
    page.decrypt_button.click()
    assert told[-1] == "Your journal is no longer encrypted."
    assert cipher.is_plain_file(demo_ctx.paths.database)
    assert not demo_ctx.db.encrypted and m.Contact.select().count() == 60
    assert "not encrypted" in page.state.text()


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    page = EncryptionPage(demo_ctx)
    qtbot.addWidget(page)
    _fill_new(monkeypatch, SECRET)
    page.encrypt_button.click()
    before = demo_ctx.paths.database.read_bytes()
    tries: list[str] = []

    def confirm(self: CurrentPassphraseDialog) -> int:
        if tries:
            return QDialog.DialogCode.Rejected  # the user gives up
        tries.append(self.passphrase.text())
        self.passphrase.setText(OTHER)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CurrentPassphraseDialog, "exec", confirm)
    page.decrypt_button.click()
    assert demo_ctx.paths.database.read_bytes() == before
    assert demo_ctx.db.encrypted


def test_the_welcome_page_offers_encryption(
    qtbot: QtBot,
    ctx: AppContext,
    make_window: Callable[..., object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window = make_window(ctx, first_start=True)
    button = window.findChild(object, "welcomeEncryptButton")  # type: ignore[attr-defined]
    assert button is not None and button.isVisibleTo(window)  # type: ignore[attr-defined]
    _fill_new(monkeypatch, SECRET)
    button.click()
    assert cipher.is_encrypted_file(ctx.paths.database) and ctx.db.encrypted
    assert not button.isVisibleTo(window)
    window.welcome.empty_button.click()  # type: ignore[attr-defined]
    m.Contact.create(first_name="Neu")  # the journal works on
    assert m.Contact.select().count() == 1


def test_an_export_from_an_encrypted_journal_says_it_is_plain(
    qtbot: QtBot,
    demo_ctx: AppContext,
    make_window: Callable[..., object],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window(demo_ctx)
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    chosen: list[str] = []
    monkeypatch.setattr(
        window, "choose_file", lambda *a: chosen.append("x") or str(tmp_path / "out.vcf")
    )
    actions = window.exchange_actions  # type: ignore[attr-defined]
    assert actions.export_vcard() is not None  # plain journal: no question
    assert asked == []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    _fill_new(monkeypatch, SECRET)
    from kontaktbuch.ui.security import steps

    assert steps.encrypt(window, demo_ctx)
    assert actions.export_vcard() is None  # cancelled at the note
    assert asked and "will not be" in asked[0] and len(chosen) == 1


def test_the_daily_backup_of_an_encrypted_journal_is_encrypted(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup thread reads the journal on a connection of its own, with its key."""
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    page = EncryptionPage(demo_ctx)
    qtbot.addWidget(page)
    _fill_new(monkeypatch, SECRET)
    page.encrypt_button.click()
    thread = application._daily_backup(demo_ctx)
    qtbot.waitUntil(thread.isFinished, timeout=20_000)
    application.wait_for_backup()
    made = sorted(demo_ctx.paths.backups_dir.glob("kontaktbuch-*.sqlite"))
    assert made and all(cipher.is_encrypted_file(p) for p in made)
    from kontaktbuch.store import backup, migrations

    assert backup.verify_backup(made[-1], migrations.SCHEMA_VERSION, passphrase=SECRET) > 0
