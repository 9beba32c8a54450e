"""The window's import, export and restore: menus, preview, progress, restore."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kontaktbuch.exchange import archive, importer
from kontaktbuch.store import backup
from kontaktbuch.store import models as m
from kontaktbuch.ui import exchange as ui_exchange
from kontaktbuch.ui.exchange import preview
from kontaktbuch.ui.exchange.preview import ImportPreviewDialog
from kontaktbuch.ui.exchange.progress import ProgressReporter
from kontaktbuch.ui.exchange.restore import RestoreDialog
from tests.exchange.helpers import journal_fingerprint


def _texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_file_menu_has_import_export_backup_restore(ctx, make_window):
    window = make_window(ctx)
    texts = _texts(window.file_menu)
    start = texts.index("Import")  # quick capture heads the menu
    assert texts[start : start + 4] == ["Import", "Export", "Backup now", "Restore from backup…"]
    actions = window.exchange_actions
    assert _texts(actions.import_menu) == [
        "vCard file…",
        "vCard folder…",
        "LinkedIn connections (CSV)…",
        "Kontaktbuch archive…",
    ]
    assert len(_texts(actions.export_menu)) == 5


def test_import_preview_lets_the_user_choose_per_match(db, samples, qtbot):
    importer.import_file("linkedin", samples / "linkedin-connections-2024.csv")
    parsed = importer.read_file("vcard", samples / "apple-contacts-3.0.vcf")
    plan = importer.plan_import(parsed)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert "0 new contact" in dialog.summary.text()
    assert "2 person(s) perhaps already in your journal" in dialog.summary.text()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text().startswith("Anna Müller")
    assert dialog.table.item(0, 2).text() == "profile link"
    assert dialog.warnings.count() == 1  # the photo that was not imported
    assert "photo" in dialog.warnings.item(0).text()
    dialog.combos[1].setCurrentIndex(2)  # skip Sophie
    assert [i.choice for i in plan.matches()] == ["merge", "skip"]
    assert "skipped: 1" in dialog.summary.text()
    qtbot.mouseClick(
        dialog.findChild(type(dialog.import_button), "all_keep"), Qt.MouseButton.LeftButton
    )
    assert [i.choice for i in plan.matches()] == ["keep", "keep"]
    dialog.set_all("skip")
    assert not dialog.import_button.isEnabled()  # nothing left to import
    dialog.combos[0].setCurrentIndex(0)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    importer.apply_plan(plan)
    assert m.Contact.select().count() == 5


def test_import_from_the_menu_merges_and_tells_views(ctx, samples, make_window, monkeypatch, qtbot):
    window = make_window(ctx)
    seen: list[importer.ImportPlan] = []

    def accept(_parent, plan):  # type: ignore[no-untyped-def]
        seen.append(plan)
        return True

    monkeypatch.setattr(preview, "ask_plan", accept)
    files = iter(
        [str(samples / "linkedin-connections-2024.csv"), str(samples / "nextcloud-4.0.vcf")]
    )
    monkeypatch.setattr(window, "choose_file", lambda *a, **k: next(files))
    with qtbot.waitSignal(ctx.events.changed):
        window.exchange_actions.import_linkedin_action.trigger()
    assert m.Contact.select().count() == 5
    assert "5 new" in window.statusBar().currentMessage()
    assert backup.list_backups(ctx.paths.backups_dir) == []  # nothing to keep yet
    window.exchange_actions.import_vcard_action.trigger()
    # merging changes existing people: the state before is kept as a backup
    assert "before-import" in backup.list_backups(ctx.paths.backups_dir)[0].path.name
    assert (seen[1].new_count, seen[1].match_count) == (0, 2)
    assert m.Contact.select().count() == 5
    assert "2 merged" in window.statusBar().currentMessage()


def test_cancelled_import_changes_nothing(ctx, samples, make_window, monkeypatch):
    window = make_window(ctx)
    monkeypatch.setattr(preview, "ask_plan", lambda _p, _plan: True)
    monkeypatch.setattr(
        window, "choose_file", lambda *a, **k: str(samples / "linkedin-connections-2024.csv")
    )
    calls = {"n": 0}
    original = ProgressReporter.__call__

    def cancel_while_writing(self, done, total):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        original(self, done, total)
        if m.Contact.select().exists():  # the transaction has begun writing
            self.dialog.cancel()
        return original(self, done, total)

    monkeypatch.setattr(ProgressReporter, "__call__", cancel_while_writing)
    before = journal_fingerprint()
    window.exchange_actions.import_linkedin_action.trigger()
    assert journal_fingerprint() == before
    assert "nothing was changed" in window.statusBar().currentMessage()


def test_unreadable_file_says_which_and_why(ctx, tmp_path, make_window, monkeypatch):
    window = make_window(ctx)
    bad = tmp_path / "kaputt.vcf"
    bad.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nno colon here\r\nEND:VCARD\r\n")
    monkeypatch.setattr(window, "choose_file", lambda *a, **k: str(bad))
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: messages.append((box.text(), box.detailedText()))
    )
    window.exchange_actions.import_vcard_action.trigger()
    assert len(messages) == 1
    text, details = messages[0]
    assert "kaputt.vcf" in text and "card 1, line 4" in text
    assert "a line without “:”" in text
    assert details == "a line without ':'"  # the reader's own words only behind "Details"
    assert m.Contact.select().count() == 0


def test_welcome_page_offers_import(ctx, samples, make_window, monkeypatch, qtbot):
    window = make_window(ctx, first_start=True)
    assert not window.welcome.import_button.isHidden()
    monkeypatch.setattr(preview, "ask_plan", lambda _p, _plan: True)
    monkeypatch.setattr(window, "choose_file", lambda *a, **k: str(samples / "outlook-2.1.vcf"))
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert m.Contact.select().count() == 1
    assert window.stack.currentWidget() is not window.welcome


def test_exports_from_the_menu(demo_ctx, tmp_path, make_window, monkeypatch):
    window = make_window(demo_ctx)
    actions = window.exchange_actions
    out = tmp_path / "out"
    out.mkdir()
    for action, name in (
        (actions.export_vcard_action, "k"),
        (actions.export_archive_action, "k"),
        (actions.export_ics_action, "k"),
        (actions.export_csv_action, "k"),
    ):
        monkeypatch.setattr(window, "choose_file", lambda *a, n=name: str(out / n))
        action.trigger()
    assert sorted(p.name for p in out.iterdir()) == ["k.csv", "k.ics", "k.json", "k.vcf"]
    assert "k.csv" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
)
def test_archive_into_a_journal_with_data_asks_and_backs_up(
    demo_ctx, tmp_path, make_window, monkeypatch, answer
):
    window = make_window(demo_ctx)
    path = tmp_path / "a.json"
    archive.export_archive(path)
    extra = m.Contact.create(first_name="Nach", last_name="Export")
    before = journal_fingerprint()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer
    )
    monkeypatch.setattr(window, "choose_file", lambda *a, **k: str(path))
    backups_before = len(backup.list_backups(demo_ctx.paths.backups_dir))
    window.exchange_actions.import_archive_action.trigger()
    assert len(asked) == 1
    backups_after = len(backup.list_backups(demo_ctx.paths.backups_dir))
    if answer == QMessageBox.StandardButton.Yes:
        assert backups_after == backups_before + 1
        assert m.Contact.get_or_none(m.Contact.id == extra.id) is None
        assert m.Contact.select().count() == 60
    else:
        assert backups_after == backups_before
        assert journal_fingerprint() == before


def test_restore_dialog_lists_backups_and_restores(demo_ctx, qtbot, monkeypatch, tmp_path):
    first = backup.make_backup(demo_ctx.db, demo_ctx.paths.backups_dir)
    m.Contact.create(first_name="Später", last_name="Angelegt")
    dialog = RestoreDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == first.name
    assert dialog.table.item(0, 0).text()  # date in the user's locale
    assert dialog.table.item(0, 1).text()  # size
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(demo_ctx.events.changed) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [frozenset({"*"})]
    assert dialog.restored
    assert not m.Contact.select().where(m.Contact.first_name == "Später").exists()
    # the state before the restore was saved and shows up in the list
    assert len(backup.list_backups(demo_ctx.paths.backups_dir)) == 2


def test_restore_dialog_cancel_changes_nothing(demo_ctx, qtbot, monkeypatch):
    backup.make_backup(demo_ctx.db, demo_ctx.paths.backups_dir)
    m.Contact.create(first_name="Bleibt", last_name="Da")
    dialog = RestoreDialog(demo_ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    assert not dialog.restore_selected()
    assert m.Contact.select().where(m.Contact.first_name == "Bleibt").exists()


def test_restore_from_the_menu(demo_ctx, make_window, monkeypatch):
    window = make_window(demo_ctx)
    backup.make_backup(demo_ctx.db, demo_ctx.paths.backups_dir)
    m.Contact.create(first_name="Weg", last_name="Damit")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: self.restore_selected())
    window.exchange_actions.restore_action.trigger()
    assert not m.Contact.select().where(m.Contact.first_name == "Weg").exists()
    assert "restored" in window.statusBar().currentMessage()


def test_vcard_folder_import(ctx, samples, tmp_path, make_window, monkeypatch):
    window = make_window(ctx)
    folder = tmp_path / "karten"
    folder.mkdir()
    for name in ("apple-contacts-3.0.vcf", "outlook-2.1.vcf"):
        shutil.copy(samples / name, folder / name)
    monkeypatch.setattr(ui_exchange, "choose_folder", lambda *a: str(folder))
    monkeypatch.setattr(preview, "ask_plan", lambda _p, _plan: True)
    window.exchange_actions.import_vcard_folder_action.trigger()
    assert m.Contact.select().count() == 3


def test_contacts_view_exports_only_the_selected_contacts(
    demo_ctx, tmp_path, make_window, monkeypatch
):
    from PySide6.QtCore import QItemSelectionModel, Qt

    window = make_window(demo_ctx)
    view = window.show_view("contacts")
    assert not view.export_action.isEnabled()
    selection = view.table.selectionModel()
    for row in (0, 1):
        selection.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert view.export_action.isEnabled()
    assert view.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert view.export_action in view.table.actions()
    target = tmp_path / "two.vcf"
    monkeypatch.setattr(window, "choose_file", lambda *a, **k: str(target))
    view.export_action.trigger()
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2
    names = [view.model.index(row, 0).data() for row in (0, 1)]
    assert all(name.split()[-1] in text for name in names)


def test_the_import_preview_names_whom_it_brings_in_german(db, tmp_path, qtbot):
    """Issue 14, point 11: the new contacts by name, and plain German for the matches."""
    from kontaktbuch.text.i18n import install_translators

    install_translators("de", tmp_path / "cache")
    m.Contact.create(first_name="Anna", last_name="Müller")
    cards = tmp_path / "neu.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}\r\n"
            + (f"ORG:{org}\r\n" if org else "")
            + "END:VCARD\r\n"
            for first, last, org in (
                ("Kemal", "Yıldız", "Gründerinnen e.V."),
                ("Franziska", "Roth", ""),
                ("Anna", "Mueller", ""),
            )
        ),
        encoding="utf-8",
    )
    dialog = ImportPreviewDialog(importer.plan_import(importer.read_file("vcard", cards)))
    qtbot.addWidget(dialog)
    shown = [dialog.new_list.item(i).text() for i in range(dialog.new_list.count())]
    assert shown == ["Kemal Yıldız · Gründerinnen e.V.", "Franziska Roth"]
    assert dialog.new_label.text() == "Neu in deinem Kontaktbuch:"
    assert "2 neue Kontakte" in dialog.summary.text()
    assert "1 Person ist vielleicht schon in deinem Kontaktbuch" in dialog.summary.text()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Anna Mueller"
