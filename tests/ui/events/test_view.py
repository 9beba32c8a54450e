"""The events & networks view: create an event with attendees and goals, networks, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.choices import network_choices
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.events.models import EventsModel, NetworksModel
from kontaktbuch.ui.events.view import EventsView
from tests.ui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _view(qtbot: QtBot, ctx: AppContext) -> EventsView:
    return show_active(qtbot, EventsView(ctx))


def test_models_pass_modeltester(demo_ctx: AppContext, qtmodeltester: object) -> None:
    model = EventsModel()
    model.page_size = 5
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.fetch_all()
    assert model.rowCount() == 25
    nets = NetworksModel(demo_ctx.clock)
    nets.reload()
    qtmodeltester.check(nets)  # type: ignore[attr-defined]
    assert nets.rowCount() == 10


def test_create_event_with_attendees_network_goal_and_enjoyment(
    qtbot: QtBot, ctx: AppContext
) -> None:
    net = m.Network.create(name="Gründerstammtisch", kind="founders")
    anna = m.Contact.create(first_name="Anna", last_name="Schmidt")
    goal = m.Goal.create(title="Sichtbarer werden")
    m.Goal.create(title="Erledigt", status="done")
    view = _view(qtbot, ctx)
    assert view.events_stack.currentWidget() is view.events_stack.empty
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.event_editor
    assert QApplication.focusWidget() is editor.title
    qtbot.keyClicks(editor.title, "Pitch Night")
    editor.duration.setValue(150)
    editor.travel.setValue(30)
    editor.network.setCurrentIndex(editor.network.findData(net.id))
    editor.enjoyment.setCurrentIndex(editor.enjoyment.findData(4))
    qtbot.keyClicks(editor.attendee_picker, "Anna Schmidt")
    qtbot.keyClick(editor.attendee_picker, Qt.Key.Key_Return)
    assert editor.attendee_ids() == [anna.id]
    bob = m.Contact.create(first_name="Bob")
    editor.add_attendee(bob.id)
    editor.attendees.setCurrentRow(1)
    editor.attendees.setFocus()
    qtbot.keyClick(editor.attendees, Qt.Key.Key_Delete)
    assert editor.attendee_ids() == [anna.id]
    assert [editor.goals.item(i).text() for i in range(editor.goals.count())] == [
        "Sichtbarer werden"
    ]
    editor.goals.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    data = events.load_event(editor.item_id)  # type: ignore[arg-type]
    assert (data.title, data.duration_minutes, data.travel_minutes) == ("Pitch Night", 150, 30)
    assert (data.network_id, data.enjoyment) == (net.id, 4)
    assert data.attendee_ids == [anna.id] and data.goal_ids == [goal.id]
    assert view.events_model.rowCount() == 1
    assert view.events_model.index(0, 2).data() == "Gründerstammtisch"


def test_event_page_lists_conversations_and_delete_is_undoable(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = events.save_event(
        events.EventData(title="Barcamp", starts_at=dt.datetime(2026, 11, 3, 9))
    )
    anna = m.Contact.create(first_name="Anna")
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 3, 10), event=eid, notes="KI")
    m.ConversationContact.create(conversation=conv, contact=anna)
    view = _view(qtbot, ctx)
    assert view.open_item("event", eid)
    listed = view.event_editor.conversations
    assert listed.count() == 1 and "Anna" in listed.item(0).text()
    with qtbot.waitSignal(ctx.events.open_item) as blocker:
        listed.itemActivated.emit(listed.item(0))
    assert blocker.args == ["conversation", conv.id]
    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    view.events_table.setFocus()
    qtbot.keyClick(view.events_table, Qt.Key.Key_Delete)
    assert m.Event.get_or_none(m.Event.id == eid) is None
    assert m.Conversation.get_by_id(conv.id).event_id is None
    ctx.undo_stack.undo()
    assert m.Conversation.get_by_id(conv.id).event_id == eid
    assert view.events_model.rowCount() == 1


def test_network_with_members_roles_and_figures(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Schmidt")
    view = _view(qtbot, ctx)
    view.tabs.setCurrentIndex(1)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.network_editor
    qtbot.keyClicks(editor.name, "Tafel")
    editor.kind.setCurrentIndex(editor.kind.findData("volunteering"))
    editor.keep_in_touch.unit.setCurrentIndex(3)  # months
    editor.keep_in_touch.count.setValue(2)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    nid = editor.item_id
    assert nid is not None
    assert networks.load_network(nid).keep_in_touch_days == 60
    editor.role.setCurrentText("Vorstand")
    qtbot.keyClicks(editor.member_picker, "Anna Schmidt")
    qtbot.keyClick(editor.member_picker, Qt.Key.Key_Return)
    assert [(x.contact_id, x.role) for x in networks.members(nid)] == [(anna.id, "Vorstand")]
    assert editor.members.topLevelItem(0).text(1) == "Vorstand"
    assert view.networks_model.index(0, 2).data() == "1"
    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert network_choices() == []
    ctx.undo_stack.undo()
    assert [x.role for x in networks.members(nid)] == ["Vorstand"]


def test_main_window_routes_events_and_networks(
    qtbot: QtBot, demo_ctx: AppContext, make_window: object
) -> None:
    window = make_window(demo_ctx)  # type: ignore[operator]
    window.open_item("network", 3)
    view = window.created_views()["events"]
    assert window.current_view_key() == "events"
    assert view.tabs.currentIndex() == 1 and view.network_editor.item_id == 3
    window.open_item("event", 7)
    assert view.tabs.currentIndex() == 0 and view.event_editor.item_id == 7
    assert view.events_table.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == 7


def test_empty_title_is_refused(qtbot: QtBot, ctx: AppContext) -> None:
    view = _view(qtbot, ctx)
    view.new_event()
    qtbot.mouseClick(view.event_editor.save_button, Qt.MouseButton.LeftButton)
    assert m.Event.select().count() == 0
    assert view.event_editor.title_error.isVisible()


def test_ctrl_s_refuses_a_nameless_network_in_german(qtbot: QtBot, ctx: AppContext) -> None:
    """Save, its shortcut and its message come from the editors' shared frame, in German too."""
    from kontaktbuch.text.i18n import install_translators

    install_translators("de", ctx.paths.cache_dir)
    try:
        view = _view(qtbot, ctx)
        view.tabs.setCurrentIndex(1)
        view.new_network()
        editor = view.network_editor
        assert editor.save_button.text() == "Speichern" and editor.save_button.isEnabled()
        qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert m.Network.select().count() == 0
        assert editor.status.text() == "Nicht gespeichert: Bitte korrigiere die markierten Felder."
        assert editor.name_error.isVisible()
        qtbot.keyClicks(editor.name, "Tafel")
        with qtbot.waitSignal(editor.saved):
            qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert [c.label for c in network_choices()] == ["Tafel"]
        assert not editor.status.isVisible() and not editor.save_button.isEnabled()
    finally:
        install_translators("en", ctx.paths.cache_dir)


def test_timeline_event_opens_in_events_view(
    qtbot: QtBot, demo_ctx: AppContext, make_window: object
) -> None:
    window = make_window(demo_ctx)  # type: ignore[operator]
    window.open_item("contact", 1)
    contacts_view = window.created_views()["contacts"]
    timeline = contacts_view.editor.timeline
    item = next(
        timeline.item(i)
        for i in range(timeline.count())
        if (timeline.item(i).data(Qt.ItemDataRole.UserRole + 1) or ("",))[0] == "event"
    )
    event_id = item.data(Qt.ItemDataRole.UserRole + 1)[1]
    timeline.itemActivated.emit(item)
    assert window.current_view_key() == "events"
    assert window.created_views()["events"].event_editor.item_id == event_id


def test_both_tabs_speak_german_from_their_table_of_words(qtbot: QtBot, ctx: AppContext) -> None:
    """The two tabs' empty states and buttons come from one table of words; each
    is still translated (same texts, same context)."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from kontaktbuch.text.i18n import install_translators

    install_translators("de", ctx.paths.cache_dir)
    try:
        view = _view(qtbot, ctx)
        labels = {label.text() for label in view.findChildren(QLabel)}
        buttons = {button.text() for button in view.findChildren(QPushButton)}
        assert {"Noch keine Veranstaltungen", "Noch keine Netzwerke"} <= labels
        assert "Keine Veranstaltung ausgewählt" in labels
        assert "Neues Netzwerk" in buttons
        assert not {"No events yet", "No networks yet", "New network"} & (labels | buttons)
    finally:
        install_translators("en", ctx.paths.cache_dir)
