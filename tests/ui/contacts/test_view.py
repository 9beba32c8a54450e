"""The contacts view driven as a user would: type, click, press keys, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import contacts
from kontaktbuch.journal.contacts import ContactData, ContactFilter, Email
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.contacts.merge_dialog import DuplicatesDialog, MergeDialog
from kontaktbuch.ui.contacts.model import ContactsModel
from kontaktbuch.ui.contacts.view import ContactsView
from tests.ui.conftest import show_active

# Top-level windows and popups on the offscreen platform warn about what it lacks.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _view(qtbot: QtBot, ctx: AppContext) -> ContactsView:
    return show_active(qtbot, ContactsView(ctx))


def _names(view: ContactsView) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_model_pages_and_passes_modeltester(demo_ctx: AppContext, qtmodeltester: object) -> None:
    model = ContactsModel(demo_ctx.clock)
    model.page_size = 7
    model.reload()
    assert model.rowCount() == 7 and model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.fetch_all()
    assert model.rowCount() == model.total() == 55
    model.sort(4, Qt.SortOrder.DescendingOrder)  # the tester watches the reset, too
    model.set_filter(ContactFilter(overdue=True))
    assert 0 < model.total() < 55
    sorted_model = ContactsModel(demo_ctx.clock)
    sorted_model.sort(5, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(sorted_model)  # type: ignore[attr-defined]


def test_create_contact_with_emails_link_tag_network_then_find_by_offers(
    qtbot: QtBot, ctx: AppContext
) -> None:
    vdi = m.Network.create(name="VDI Bezirksverein", kind="association")
    m.Tag.create(name="Mentor")
    contacts.save_contact(ContactData(first_name="Jörg", offers="Räume für Veranstaltungen"))
    view = _view(qtbot, ctx)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.editor
    assert editor.contact_id is None and editor.is_dirty()
    assert QApplication.focusWidget() is editor.first_name
    qtbot.keyClicks(editor.first_name, "Anna")
    qtbot.keyClicks(editor.last_name, "Schmidt")
    qtbot.keyClicks(editor.organisation, "Stadtwerke")
    for address in ("anna@example.de", "anna.mueller@example.org"):
        qtbot.mouseClick(editor.emails.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor.emails.line(editor.emails.count() - 1), address)
    qtbot.mouseClick(editor.links.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.links.line(0), "https://www.linkedin.com/in/anna-mueller")
    assert "LinkedIn" in editor.links._rows[0][2].text()  # recognised while typing
    qtbot.keyClicks(editor.offers, "Steuerberatung und Buchhaltung")
    qtbot.keyClicks(editor.tags, "Men")
    assert editor.tags._completer.currentCompletion() == "Mentor"
    editor.tags._insert("Mentor")
    qtbot.mouseClick(editor.memberships.add_button, Qt.MouseButton.LeftButton)
    row = editor.memberships._rows[0]
    assert row[1].currentData() == vdi.id
    row[2].setCurrentText("Vorstand")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    saved = contacts.load_contact(editor.contact_id)  # type: ignore[arg-type]
    assert [e.address for e in saved.emails] == ["anna@example.de", "anna.mueller@example.org"]
    assert [(li.kind, li.url) for li in saved.links] == [
        ("linkedin", "https://www.linkedin.com/in/anna-mueller")
    ]
    assert saved.tags == ["Mentor"]
    assert [(ms.network_id, ms.role) for ms in saved.memberships] == [(vdi.id, "Vorstand")]
    assert "Anna Schmidt" in _names(view)

    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_edit
    qtbot.keyClicks(view.filter_edit, "steuerberatung")
    qtbot.waitUntil(lambda: _names(view) == ["Anna Schmidt"])
    assert view.count_label.text().startswith("1 ")
    view.filter_edit.clear()
    qtbot.waitUntil(lambda: len(_names(view)) == 2)
    assert view.network_filter.count() == 1  # filled when first opened
    view.network_filter.showPopup()
    view.network_filter.hidePopup()
    view.network_filter.setCurrentIndex(view.network_filter.findData(vdi.id))
    assert _names(view) == ["Anna Schmidt"]
    view.network_filter.setCurrentIndex(0)
    view.tag_filter.setFocus()  # by keyboard: filled on focus
    qtbot.waitUntil(lambda: view.tag_filter.findData("Mentor") > 0)
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("Mentor"))
    assert _names(view) == ["Anna Schmidt"]


def test_invalid_fields_are_marked_and_nothing_is_saved(qtbot: QtBot, ctx: AppContext) -> None:
    view = _view(qtbot, ctx)
    view.new_contact()
    editor = view.editor
    qtbot.keyClicks(editor.first_name, "Lena")
    qtbot.mouseClick(editor.emails.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.emails.line(0), "lena at example")
    editor.birthday.day.setValue(31)
    editor.birthday.month.setCurrentIndex(2)  # February
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert m.Contact.select().count() == 0
    assert editor.emails.error.isVisible()
    assert editor.emails.error.text() == editor.error_text("email_invalid")
    assert editor.birthday_error.isVisible()
    assert QApplication.focusWidget() is editor.emails.line(0)
    editor.birthday.day.setValue(29)  # 29 February without a year is a birthday
    editor.emails.line(0).setText("lena@example.org")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert m.Contact.select().count() == 1
    assert not editor.emails.error.isVisible()


def _select(view: ContactsView, *ids: int) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for cid in ids:
        row = view.model.find_row(cid)
        selection.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_merge_two_selected_contacts(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    kemal = contacts.save_contact(
        ContactData(first_name="Kemal", last_name="Yıldız", emails=[Email("k@example.de")])
    )
    twin = contacts.save_contact(
        ContactData(first_name="Kemal", last_name="Yildiz", position="Projektleiter")
    )
    for who in (kemal, twin):
        conv = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 1, 9))
        m.ConversationContact.create(conversation=conv, contact=who)
    view = _view(qtbot, ctx)
    _select(view, kemal, twin)
    assert view.merge_action.isEnabled()
    seen: list[str] = []

    def accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, MergeDialog)
        seen.append(dialog.moves.text())
        assert set(dialog.choice_boxes) == {"last_name"}  # Yıldız or Yildiz: the user picks
        dialog.choice_boxes["last_name"].setCurrentIndex(1)
        assert dialog.preview.combined.last_name == "Yildiz"
        dialog.choice_boxes["last_name"].setCurrentIndex(0)
        dialog.do_merge()
        return True

    monkeypatch.setattr(view, "exec_dialog", accept)
    view.merge_action.trigger()
    assert "1 " in seen[0] and "2 " not in seen[0]
    assert _names(view) == ["Kemal Yıldız"]
    merged = contacts.load_contact(kemal)
    assert merged.position == "Projektleiter" and not contacts.contact_exists(twin)
    assert m.ConversationContact.select().where(m.ConversationContact.contact == kemal).count() == 2
    assert view.editor.contact_id == kemal
    ctx.undo_stack.undo()  # Ctrl+Z: both are back, each with its own conversation
    assert sorted(_names(view)) == ["Kemal Yildiz", "Kemal Yıldız"]
    assert m.ConversationContact.select().where(m.ConversationContact.contact == twin).count() == 1


def test_possible_duplicates_finds_transliterated_names(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts.save_contact(ContactData(first_name="Jörg", last_name="Müller"))
    contacts.save_contact(ContactData(first_name="Joerg", last_name="Mueller"))
    contacts.save_contact(ContactData(first_name="Lena", last_name="Hoffmann"))
    view = _view(qtbot, ctx)
    found: list[int] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, DuplicatesDialog)
        found.append(dialog.list.count())
        monkeypatch.setattr(
            MergeDialog, "exec", lambda self: (self.do_merge(), QDialog.DialogCode.Accepted)[1]
        )
        dialog.merge_selected()
        found.append(dialog.list.count())
        return True

    monkeypatch.setattr(view, "exec_dialog", run)
    view.duplicates_action.trigger()
    assert found == [1, 0]
    assert sorted(_names(view)) == ["Jörg Müller", "Lena Hoffmann"]


def test_delete_asks_keeps_shared_conversation_and_undo_restores(
    qtbot: QtBot, ctx: AppContext, make_window: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = contacts.save_contact(ContactData(first_name="Anna", tags=["Kundin"]))
    bob = contacts.save_contact(ContactData(first_name="Bob"))
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 1, 9), notes="zu zweit")
    for who in (anna, bob):
        m.ConversationContact.create(conversation=conv, contact=who)
    window = make_window(ctx)  # type: ignore[operator]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.show_view("contacts")
    assert window.open_item("contact", anna) is None and view.editor.contact_id == anna
    asked: list[list[int]] = []
    monkeypatch.setattr(view, "confirm_delete", lambda ids: asked.append(ids) or True)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == [[anna]]
    assert not contacts.contact_exists(anna)
    assert _names(view) == ["Bob"]
    assert m.Conversation.get_by_id(conv.id).notes == "zu zweit"
    assert "Anna" in window.undo_action.text()

    window.undo_action.trigger()
    assert contacts.load_contact(anna).tags == ["Kundin"]
    assert sorted(_names(view)) == ["Anna", "Bob"]
    assert m.ConversationContact.select().where(m.ConversationContact.contact == anna).count() == 1


def test_archive_hides_and_undo_brings_back(qtbot: QtBot, ctx: AppContext) -> None:
    anna = contacts.save_contact(ContactData(first_name="Anna"))
    view = _view(qtbot, ctx)
    _select(view, anna)
    view.archive_action.trigger()
    assert _names(view) == [] and contacts.load_contact(anna).archived
    view.archived_filter.setChecked(True)
    assert _names(view) == ["Anna"]
    ctx.undo_stack.undo()
    assert not contacts.load_contact(anna).archived


def test_timeline_opens_items_and_enter_opens_the_form(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = _view(qtbot, demo_ctx)
    assert view.open_item("contact", 1)
    timeline = view.editor.timeline
    assert timeline.count() > 3
    first = timeline.item(0)
    with qtbot.waitSignal(demo_ctx.events.open_item) as blocker:
        timeline.itemActivated.emit(first)
    assert blocker.args[0] in {"event", "follow_up", "conversation"}
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.editor.first_name


def test_unsaved_edit_is_saved_when_moving_on(qtbot: QtBot, ctx: AppContext) -> None:
    anna = contacts.save_contact(ContactData(first_name="Anna"))
    bob = contacts.save_contact(ContactData(first_name="Bob"))
    view = _view(qtbot, ctx)
    view.open_item("contact", anna)
    qtbot.keyClicks(view.editor.seeks, "Cofounder")
    view.table.selectRow(view.model.find_row(bob))
    assert view.editor.contact_id == bob
    assert view.selected_ids() == [bob]
    assert contacts.load_contact(anna).seeks == "Cofounder"


def test_a_new_contact_far_down_the_list_is_selected_after_saving(
    qtbot: QtBot, ctx: AppContext
) -> None:
    for i in range(12):
        contacts.save_contact(ContactData(first_name=f"P{i}", last_name="Adler"))
    view = _view(qtbot, ctx)
    view.model.page_size = 5
    view.refresh()
    view.new_contact()
    qtbot.keyClicks(view.editor.last_name, "Zimmermann")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert view.selected_ids() == [view.editor.contact_id]
    assert view.table.currentIndex().data() == "Zimmermann"


def test_tab_walks_the_form_top_to_bottom(qtbot: QtBot, ctx: AppContext) -> None:
    view = _view(qtbot, ctx)
    view.new_contact()
    editor = view.editor
    qtbot.mouseClick(editor.emails.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is editor.emails.line(0)
    steps = [
        (editor.first_name, editor.last_name),
        (editor.last_name, editor.organisation),
        (editor.birthday.year, editor.emails.line(0)),  # the row added just now
    ]
    for start, expected in steps:
        start.setFocus()
        qtbot.keyClick(start, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    editor.tags.setFocus()
    qtbot.keyClick(editor.tags, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.first_met


def test_new_contact_form_shows_nothing_of_the_previous_one(qtbot: QtBot, ctx: AppContext) -> None:
    anna = contacts.save_contact(
        ContactData(first_name="Anna", emails=[Email("a@example.de"), Email("b@example.de")])
    )
    view = _view(qtbot, ctx)
    view.open_item("contact", anna)
    view.new_contact()
    from PySide6.QtWidgets import QLineEdit

    visible = [w for w in view.editor.emails.findChildren(QLineEdit) if w.isVisible()]
    assert visible == [] and view.editor.first_name.text() == ""


def test_keep_in_touch_every_few_weeks_or_never(qtbot: QtBot, ctx: AppContext) -> None:
    anna = contacts.save_contact(ContactData(first_name="Anna"))
    view = _view(qtbot, ctx)
    view.open_item("contact", anna)
    interval = view.editor.keep_in_touch
    interval.unit.setCurrentIndex(interval.unit.findData("weeks"))
    interval.count.setValue(3)
    view.editor.save()
    assert contacts.load_contact(anna).keep_in_touch_days == 21
    interval.unit.setCurrentIndex(interval.unit.findData(interval.NEVER))
    assert not interval.count.isVisible()
    view.editor.save()
    assert contacts.load_contact(anna).keep_in_touch_days == 0
    view.editor.load(anna)
    assert interval.unit.currentData() == interval.NEVER


def test_opening_the_view_reads_the_first_page_once(
    demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Switching sorting on and setting its indicator must not each reload the list
    (on 10,000 contacts every reload is noticeable at start)."""
    calls: list[str] = []
    original = contacts.list_contacts

    def counted(*args: object, **kwargs: object) -> list[contacts.ContactRow]:
        calls.append(str(kwargs.get("sort")))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contacts, "list_contacts", counted)
    view = ContactsView(demo_ctx)
    qtbot.addWidget(view)
    assert calls == ["name"]
    assert view.table.horizontalHeader().sortIndicatorSection() == 0
    assert len(_names(view)) > 0
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a click on the header
    assert calls == ["name", "name"] and view.model.descending


def test_first_page_is_short_and_scrolling_brings_the_rest(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """50 rows are read before the list is shown (each costs reads of conversations);
    scrolling down brings every other contact, in order."""
    view = _view(qtbot, demo_ctx)
    total = view.model.total()
    assert total > 50
    assert view.model.rowCount() == 50 and view.model.canFetchMore()
    for _ in range(5):
        view.table.scrollToBottom()
        QApplication.processEvents()
    qtbot.waitUntil(lambda: view.model.rowCount() == total)
    expected = contacts.list_contacts(ContactFilter(), demo_ctx.clock(), limit=total)
    assert _names(view) == [r.name for r in expected]


def test_network_and_tag_filters_read_their_choices_when_opened(
    qtbot: QtBot, ctx: AppContext
) -> None:
    m.Network.create(name="VDI Bezirksverein", kind="association")
    view = _view(qtbot, ctx)
    combo = view.network_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All networks"]
    combo.showPopup()
    combo.hidePopup()
    assert combo.findText("VDI Bezirksverein") == 1
    combo.setCurrentIndex(1)
    m.Network.create(name="Alumni", kind="alumni")
    ctx.events.notify("network")
    assert combo.findText("Alumni") < 0  # read again at the next use, not now
    combo.showPopup()
    combo.hidePopup()
    assert combo.findText("Alumni") == 1 and combo.currentText() == "VDI Bezirksverein"
