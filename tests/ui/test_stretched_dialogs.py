"""The dialogs and detail editors the views open, with every text 40 % longer.

:mod:`tests.ui.test_stretched_strings` covers the main window's views, the
welcome page and the settings dialog; this module covers what a user meets
from there: quick capture (new and edit), the contact editor's tabs, the event
and network editors, merging and possible duplicates, the import preview, the
restore from a backup, the goal form and the reflection's "Reflect" tab. Each is
shown at its own default size (the editors inside the 1100×720 main window)
and must show every label, button, tab and column header whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from kontaktbuch.exchange import importer
from kontaktbuch.store import backup
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from tests.ui.cut_text import cut_texts
from tests.ui.test_stretched_strings import WINDOW_SIZE, settle, stretched  # noqa: F401


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    """Show a dialog at its own default size, as ``exec()`` would."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    return dialog


def _tab_pages(tabs: QTabWidget, top: QWidget, where: str, qtbot: QtBot) -> list[str]:
    problems: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot)
        problems += cut_texts(top, f"{where} tab {index}")
    return problems


@pytest.mark.parametrize("edit", [False, True], ids=["new", "edit"])
def test_capture_dialog_keeps_stretched_text_whole(
    stretched: str,  # noqa: F811
    demo_ctx: AppContext,
    qtbot: QtBot,
    edit: bool,
) -> None:
    from kontaktbuch.ui.capture.dialog import CaptureDialog

    edit_id = m.Conversation.select().first().id if edit else None
    dialog = _show(qtbot, CaptureDialog(demo_ctx, edit_id=edit_id))
    problems = cut_texts(dialog, "capture")
    assert not problems, "\n".join(problems)


def test_detail_editors_keep_stretched_text_whole(
    stretched: str,  # noqa: F811
    demo_ctx: AppContext,
    make_window,
    qtbot: QtBot,
) -> None:
    """The contact editor (all its tabs), the event and the network editor."""
    window = make_window(demo_ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []

    contacts_view = window.show_view("contacts")
    contacts_view.table.selectRow(0)
    settle(qtbot)
    assert contacts_view.editor.isVisible() and contacts_view.editor.contact_id is not None
    problems += _tab_pages(contacts_view.editor.tabs, window, "contact editor", qtbot)

    events_view = window.show_view("events")
    events_view.tabs.setCurrentIndex(0)
    events_view.events_table.selectRow(0)
    settle(qtbot)
    assert events_view.event_editor.isVisible()
    problems += cut_texts(window, "event editor", lists=(events_view.event_editor.goals,))
    events_view.tabs.setCurrentIndex(1)
    events_view.networks_table.selectRow(0)
    settle(qtbot)
    assert events_view.network_editor.isVisible()
    problems += cut_texts(window, "network editor")
    assert not problems, "\n".join(problems)


def test_reflect_tab_keeps_stretched_text_whole(
    stretched: str,  # noqa: F811
    demo_ctx: AppContext,
    make_window,
    qtbot: QtBot,
) -> None:
    window = make_window(demo_ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    view = window.show_view("reflection")
    view.tabs.setCurrentWidget(view.guided)
    settle(qtbot)
    assert view.guided.isVisible()
    problems = cut_texts(window, "reflect")
    assert not problems, "\n".join(problems)


def test_merge_dialogs_keep_stretched_text_whole(
    stretched: str,  # noqa: F811
    demo_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    from kontaktbuch.ui.contacts.merge_dialog import DuplicatesDialog, MergeDialog

    first, second = [c.id for c in m.Contact.select().order_by(m.Contact.id).limit(2)]
    merge = _show(qtbot, MergeDialog(first, second))
    twin = m.Contact.get_by_id(first)
    m.Contact.create(first_name=twin.first_name, last_name=twin.last_name)  # a possible duplicate
    problems = cut_texts(merge, "merge")
    duplicates = _show(qtbot, DuplicatesDialog())
    assert duplicates.list.count() >= 1
    problems += cut_texts(duplicates, "duplicates", lists=(duplicates.list,))
    assert not problems, "\n".join(problems)


def test_import_preview_keeps_stretched_text_whole(
    stretched: str,  # noqa: F811
    demo_ctx: AppContext,
    samples: Path,
    qtbot: QtBot,
) -> None:
    from kontaktbuch.ui.exchange.preview import ImportPreviewDialog

    importer.import_file("linkedin", samples / "linkedin-connections-2024.csv")
    parsed = importer.read_file("vcard", samples / "apple-contacts-3.0.vcf")
    dialog = _show(qtbot, ImportPreviewDialog(importer.plan_import(parsed)))
    assert dialog.table.rowCount() > 0
    problems = cut_texts(dialog, "import preview", lists=(dialog.warnings,))
    assert not problems, "\n".join(problems)


def test_restore_dialog_keeps_stretched_text_whole(
    stretched: str,  # noqa: F811
    demo_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    from kontaktbuch.ui.exchange.restore import RestoreDialog

    backup.make_backup(demo_ctx.db, demo_ctx.paths.backups_dir)
    dialog = _show(qtbot, RestoreDialog(demo_ctx))
    assert dialog.table.rowCount() == 1
    problems = cut_texts(dialog, "restore")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("edit", [False, True], ids=["new", "edit"])
def test_goal_dialog_keeps_stretched_text_whole(
    stretched: str,  # noqa: F811
    demo_ctx: AppContext,
    qtbot: QtBot,
    edit: bool,
) -> None:
    from kontaktbuch.journal import goals as G
    from kontaktbuch.ui.goals.dialog import GoalDialog

    info = None
    if edit:
        goal_id = m.Goal.select().first().id
        info = G.get_goal(goal_id)
    dialog = _show(qtbot, GoalDialog(info))
    problems = cut_texts(dialog, "goal")
    assert not problems, "\n".join(problems)
