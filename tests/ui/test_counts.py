"""Counts the user reads agree with what is listed beside them (issue 14, point 9).

"55 Kontakte" above the list and "60 Kontakte" in the status bar; "Nachfassen ·
3 fällig" over five rows; "Verlauf (11)" over seven entries; "Kontakte löschen"
asked for one contact; "Rückgängig Jörg … löschen" in the Edit menu; and a
contact brought back by Undo that was not selected.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import contacts, overview
from kontaktbuch.store import models as m
from kontaktbuch.text.i18n import install_translators
from kontaktbuch.ui.common.context import AppContext
from tests.ui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def german(tmp_path: Path) -> None:
    install_translators("de", tmp_path / "cache")


@pytest.mark.usefixtures("german")
def test_the_lists_count_says_of_how_many_the_status_bar_counts(
    demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    view = window.go_to_view("contacts")  # type: ignore[attr-defined]
    everyone = overview.counts()["contacts"]
    archived = m.Contact.select().where(m.Contact.archived == True).count()  # noqa: E712
    assert archived > 0  # the demo keeps a few in the archive
    listed = view.model.total()
    assert listed == everyone - archived
    assert view.count_label.text() == f"{listed} von {everyone} Kontakten"
    assert window.statusBar().currentMessage().startswith(f"{everyone} Kontakte")  # type: ignore[attr-defined]
    view.archived_filter.setChecked(True)
    qtbot.waitUntil(lambda: view.count_label.text() == f"{everyone} Kontakte")


def test_the_timeline_counts_the_entries_it_lists(
    demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    view = window.go_to_view("contacts")  # type: ignore[attr-defined]
    # someone whose conversations have outcomes (shown as lines under them)
    with_outcomes = (
        m.ConversationContact.select(m.ConversationContact.contact)
        .join(m.Outcome, on=(m.Outcome.conversation == m.ConversationContact.conversation))
        .first()
    )
    assert with_outcomes is not None and view.open_item("contact", with_outcomes.contact_id)
    timeline = view.editor.timeline
    entries = [timeline.item(i).text() for i in range(timeline.count())]
    under = [e for e in entries if e.lstrip().startswith("↳")]
    assert under  # outcomes are there, as lines under their conversation
    title = view.editor.tabs.tabText(1)
    assert title.endswith(f"({len(entries) - len(under)})"), (title, len(entries))


@pytest.mark.usefixtures("english")
def test_a_reminder_groups_counts_add_up_to_its_rows(
    demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(demo_ctx)
    view = window.go_to_view("reminders")  # type: ignore[attr-defined]
    model = view.model
    checked = 0
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        title = str(group.data())
        rows = model.rowCount(group)
        numbers = [int(part.split()[0]) for part in title.split("  ·  ")[1:]]
        assert sum(numbers) == rows, (title, rows)
        checked += 1
    assert checked >= 2


def test_deleting_one_contact_says_so_and_undo_brings_it_back_selected(
    german: None,
    demo_ctx: AppContext,
    make_window: Callable[..., object],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window = make_window(demo_ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    view = window.go_to_view("contacts")  # type: ignore[attr-defined]
    target = view.model.row_at(3)
    assert target is not None
    name = contacts.names_of([target.id])[target.id]
    view.table.selectRow(3)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == ["Kontakt löschen"]
    assert not contacts.contact_exists(target.id)
    undo = window.undo_action  # type: ignore[attr-defined]
    assert undo.text() == f"&Rückgängig: {name} löschen"
    window.go_to_view("goals")  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts.contact_exists(target.id)
    assert view.editor.contact_id == target.id
    assert view.selected_ids() == [target.id]
    assert undo.text() == "&Rückgängig" and not undo.isEnabled()
