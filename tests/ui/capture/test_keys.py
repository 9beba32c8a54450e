"""Quick capture's keyboard path without traps (issue 14, points 2, 5, 6 and 7).

A date typed in full or short fills "When" and "." never moves the focus; a
space in the outcome kind is a space and Enter takes the highlighted or only
suggestion; goals stay on the next conversation only when asked; a new event's
network, duration (the sum, shown) and travel time, skipped with one key.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kontaktbuch.store import models as m
from kontaktbuch.ui.capture.dialog import CaptureDialog
from kontaktbuch.ui.common.context import AppContext
from tests.ui.capture.keys import focus, key, tab, type_text

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
    pytest.mark.usefixtures("english"),
]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> CaptureDialog:
    monkeypatch.setattr(CaptureDialog, "ask_unsaved", lambda self: "discard")
    m.Contact.create(first_name="Anna", last_name="Müller")
    m.Contact.create(first_name="Jörg", last_name="Schröder")
    m.Goal.create(title="Neue Kunden", status="active")
    m.Goal.create(title="Sichtbarkeit", status="active")
    m.Network.create(name="Gründerinnen-Netzwerk München")
    m.Event.create(
        title="Barcamp Süd",
        starts_at=dt.datetime(2026, 11, 20, 10),
        duration_minutes=240,
        travel_minutes=45,
    )
    shown = CaptureDialog(ctx)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.event_edit)
    return shown


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("05.12.2026 19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("5.12.26 19:30", dt.datetime(2026, 12, 5, 19, 30)),
        ("5.12. 19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("2026-12-05 18:45", dt.datetime(2026, 12, 5, 18, 45)),
        ("12/5/2026 7:00 PM", dt.datetime(2026, 12, 5, 19, 0)),
    ],
)
def test_a_typed_date_fills_when_and_a_dot_keeps_the_focus(
    qtbot: QtBot, dialog: CaptureDialog, typed: str, meant: dt.datetime
) -> None:
    tab(qtbot)
    assert focus() is dialog.when_edit
    type_text(qtbot, typed)
    assert focus() is dialog.when_edit and dialog.when_edit.text() == typed
    assert dialog.when_edit.value() == meant
    assert dialog.when_edit.hint.text().startswith("→ ")
    tab(qtbot)
    assert focus() is dialog.form.contacts_edit  # no event: its details are skipped
    assert dialog.form.contacts_edit.text() == ""


def test_a_time_that_is_no_time_is_said_and_saves_nothing(
    qtbot: QtBot, dialog: CaptureDialog
) -> None:
    tab(qtbot)
    type_text(qtbot, "morgen frueh")
    assert dialog.when_edit.hint.text() == "not a date"
    dialog.form.contacts_edit.setText("Anna Müller")
    assert not dialog.save()
    assert "is not a date and time" in dialog.error_label.text()
    assert focus() is dialog.when_edit
    assert m.Conversation.select().count() == 0


def test_a_space_in_the_outcome_kind_is_a_space(qtbot: QtBot, dialog: CaptureDialog) -> None:
    dialog.form.contacts_edit.setFocus()
    tab(qtbot, 2)
    box = dialog.form.outcome_kind
    assert box.isAncestorOf(focus()) or focus() is box
    type_text(qtbot, "Change in")
    assert box.currentText() == "Change in"  # the space did not open a list
    tab(qtbot)
    assert focus() is dialog.form.outcome_text
    assert box.currentData() == "law_change" and box.currentText() == "Change in law"
    # Enter takes the only suggestion: "received" means one kind only.
    box.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Recommendation r")
    qtbot.waitUntil(lambda: box.completer().popup().isVisible())
    key(qtbot, Qt.Key.Key_Return)
    assert box.currentData() == "recommendation_received"


def test_enter_takes_the_only_suggestion_for_names_and_events(
    qtbot: QtBot, dialog: CaptureDialog
) -> None:
    type_text(qtbot, "barc")
    qtbot.waitUntil(dialog.event_completer.popup().isVisible)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.event_edit.text() == "Barcamp Süd")
    assert dialog.picked_event is not None
    dialog.form.contacts_edit.setFocus()
    type_text(qtbot, "jör")
    qtbot.waitUntil(dialog.form.contacts_edit.completer_.popup().isVisible)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.form.contacts_edit.text() == "Jörg Schröder"
    # Several suggestions and none highlighted: Enter keeps what was typed.
    dialog.form.contacts_edit.clear()
    type_text(qtbot, "ü")
    type_text(qtbot, "l")
    assert dialog.form.contacts_edit.text() == "ül"


def test_goals_stay_on_the_next_conversation_only_when_asked(
    qtbot: QtBot, dialog: CaptureDialog
) -> None:
    goals = dialog.form.goals
    dialog.form.contacts_edit.setText("Anna Müller")
    goals.item(0).setCheckState(Qt.CheckState.Checked)
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert dialog.current == 1
    assert [goals.item(i).checkState() for i in range(goals.count())] == [
        Qt.CheckState.Unchecked
    ] * 2
    dialog.form.contacts_edit.setText("Jörg Schröder")
    goals.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.form.keep_goals.setChecked(True)  # "Same goals for the next conversations"
    key(qtbot, Qt.Key.Key_N, CTRL)
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert dialog.current == 3
    assert [goals.item(i).checkState() for i in range(goals.count())] == [
        Qt.CheckState.Unchecked,
        Qt.CheckState.Checked,
    ]


def test_a_new_events_details_and_an_existing_ones(qtbot: QtBot, dialog: CaptureDialog) -> None:
    fields = dialog.event_fields
    assert not fields.network_edit.isEnabled()  # no event yet: nothing to say about it
    type_text(qtbot, "Stammtisch Gründerinnen")
    assert fields.hint.text() == "new event"
    assert fields.network_edit.isEnabled() and fields.travel.isEnabled()
    dialog.form.contacts_edit.setText("Anna Müller")
    dialog.form.minutes.setValue(25)
    dialog.add_entry()
    dialog.form.contacts_edit.setText("Jörg Schröder")
    dialog.form.minutes.setValue(20)
    assert fields.duration.value() == 45  # the conversations' sum, shown
    assert fields.duration_note.text() == "= sum of the conversations"
    fields.duration.setFocus()
    fields.duration.selectAll()
    type_text(qtbot, "150")  # typed: from now on the duration is the user's
    dialog.form.minutes.setValue(30)
    assert fields.duration.value() == 150 and fields.duration_note.text() == ""
    fields.network_edit.setText("Frauen in Führung")
    assert fields.network_hint.text() == "new network"
    fields.travel.setValue(40)
    assert dialog.save()
    event = m.Event.get(m.Event.title == "Stammtisch Gründerinnen")
    assert (event.duration_minutes, event.travel_minutes) == (150, 40)
    assert event.network.name == "Frauen in Führung"

    # An existing event shows its own values, greyed; Tab goes from When to "With".
    again = CaptureDialog(dialog.ctx)
    qtbot.addWidget(again)
    again.set_event(m.Event.get(m.Event.title == "Barcamp Süd").id)
    qtbot.waitUntil(lambda: again.event_edit.text() == "Barcamp Süd")
    assert again.event_fields.hint.text() == "existing event"
    assert not again.event_fields.network_edit.isEnabled()
    assert (again.event_fields.duration.value(), again.event_fields.travel.value()) == (240, 45)
