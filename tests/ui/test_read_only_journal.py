"""The window on a journal the user made read-only, or that cannot be written (issue
16, point 4): it opens and shows everything; a save is refused with the cause, and
the form keeps what was typed."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from kontaktbuch.ui import application
from kontaktbuch.ui.contacts.view import ContactsView
from tests.ui.conftest import make_ctx, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_read_only_journal_opens_shows_and_refuses_a_save_clearly(
    qtbot: QtBot, app_paths: Paths, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    m.Contact.create(first_name="Anna", last_name="Müller")
    db.close()
    app_paths.database.chmod(0o400)
    before = app_paths.database.read_bytes()
    db = application.open_store(app_paths, settings)
    assert db is not None
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText()))
    )
    try:
        view = show_active(qtbot, ContactsView(make_ctx(app_paths, db, settings)))
        assert view.model.index(0, 0).data() == "Anna Müller"
        view.new_contact()
        qtbot.keyClicks(view.editor.first_name, "Bernd")
        qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
        assert view.editor.first_name.text() == "Bernd"  # kept, to save later
    finally:
        db.close()
    assert len(shown) == 1
    text, details = shown[0]
    assert "is read-only" in text and "damaged" not in text
    assert "opened read-only" in details
    assert stat.S_IMODE(app_paths.database.stat().st_mode) == 0o400
    assert app_paths.database.read_bytes() == before
