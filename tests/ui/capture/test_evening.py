"""Issue 14, done when: an evening of five conversations logged with the keyboard alone,
in German, and the reflection shows the evening's time under the goal ticked and
under its network.

Every key is a key event sent through the application (see ``keys.py``): a date
typed with its dots, the new event's network picked by its only suggestion, the
travel time typed, the rest of the event skipped with Enter; a contact picked
by Enter from a single suggestion, one typed without the Turkish ı, one new
contact; outcome kinds with a space ("Strategie gelernt", "Empfehlung
erhalten"); goals ticked once and kept for the next conversations; Ctrl+N and
Ctrl+Enter. Then the reflection — the window's own panel — shows the evening.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kontaktbuch.store import models as m
from kontaktbuch.text.formatting import hours
from kontaktbuch.text.i18n import install_translators
from kontaktbuch.ui.capture.dialog import CaptureDialog
from kontaktbuch.ui.common.context import AppContext
from tests.ui.capture.keys import focus, key, tab, type_text
from tests.ui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def evening(ctx: AppContext, tmp_path: Path) -> dict[str, int]:
    """A small journal, in German: people met before, a network, two active goals."""
    install_translators("de", tmp_path / "cache")
    ids = {
        "anna": m.Contact.create(first_name="Anna", last_name="Müller").id,
        "joerg": m.Contact.create(first_name="Jörg", last_name="Schröder").id,
        "franziska": m.Contact.create(first_name="Franziska", last_name="Baumann").id,
        "kemal": m.Contact.create(first_name="Kemal", last_name="Yıldız").id,
        "network": m.Network.create(name="Gründerinnen-Netzwerk München", kind="women").id,
        "clients": m.Goal.create(title="Neue Kunden", status="active").id,
        "visibility": m.Goal.create(title="Sichtbarkeit", status="active").id,
    }
    return ids


def _tick(qtbot: QtBot, dialog: CaptureDialog, title: str) -> None:
    """In the goals list (focused): ↓ to the goal, Space to tick it."""
    goals = dialog.form.goals
    assert focus() is goals
    target = next(i for i in range(goals.count()) if goals.item(i).text() == title)
    while goals.currentRow() < target:
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    assert goals.item(target).checkState() == Qt.CheckState.Checked


def _details(
    qtbot: QtBot,
    dialog: CaptureDialog,
    notes: str,
    kind: str,
    outcome: str,
    follow_up: str,
    due: str,
    enjoyment: str,
    minutes: str,
) -> None:
    """From "Notizen" to "Zeitaufwand", one Tab between the fields."""
    assert focus() is dialog.form.notes_edit
    type_text(qtbot, notes)
    tab(qtbot)
    assert dialog.form.outcome_kind.isAncestorOf(focus()) or focus() is dialog.form.outcome_kind
    type_text(qtbot, kind)  # a space is a space, and every key after it counts
    tab(qtbot)
    assert focus() is dialog.form.outcome_text
    type_text(qtbot, outcome)
    tab(qtbot)
    type_text(qtbot, follow_up)
    tab(qtbot)
    type_text(qtbot, due)
    tab(qtbot)
    type_text(qtbot, enjoyment)
    tab(qtbot)
    type_text(qtbot, minutes)


def test_an_evening_of_five_conversations_by_keyboard(
    qtbot: QtBot,
    ctx: AppContext,
    evening: dict[str, int],
    make_window: Callable[..., object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        CaptureDialog, "choose_similar", lambda self, name, similar: asked.append(name)
    )
    window = make_window(ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)  # type: ignore[arg-type]
    dialog: CaptureDialog = window.capture_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.event_edit)

    # The event: a new title, a typed date, the network by its only suggestion,
    # the duration left to the conversations' sum, 30 minutes' travel; Enter goes on.
    type_text(qtbot, "Stammtisch Gründerinnen")
    tab(qtbot)
    assert focus() is dialog.when_edit
    type_text(qtbot, "20.11.2026 19:00")
    assert focus() is dialog.when_edit  # "." moved the focus on before
    assert dialog.when_edit.value() == dt.datetime(2026, 11, 20, 19, 0)
    tab(qtbot)
    assert focus() is dialog.event_fields.network_edit
    type_text(qtbot, "gründerin")
    qtbot.waitUntil(lambda: dialog.event_fields.network_completer.popup().isVisible())
    key(qtbot, Qt.Key.Key_Return)  # the only suggestion, without ↓ first
    assert dialog.event_fields.network_edit.text() == "Gründerinnen-Netzwerk München"
    tab(qtbot, 2)  # past the duration: the sum of the conversations
    type_text(qtbot, "30")
    assert dialog.event_fields.travel.value() == 30
    key(qtbot, Qt.Key.Key_Return)

    # 1: Anna by Enter on her only suggestion; "Strategie gelernt"; the goal ticked by
    # keyboard and kept for the next conversations.
    assert focus() is dialog.form.contacts_edit
    type_text(qtbot, "anna m")
    qtbot.waitUntil(dialog.form.contacts_edit.completer_.popup().isVisible)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.form.contacts_edit.text() == "Anna Müller"
    tab(qtbot)
    _details(
        qtbot, dialog, "Wie sie auf LinkedIn sichtbar wird", "Strategie gelernt",
        "Einmal pro Woche posten", "Folien schicken", "+3d", "4", "20",
    )  # fmt: skip
    tab(qtbot, 4)  # channel, offers, seeks, goals
    _tick(qtbot, dialog, "Neue Kunden")
    tab(qtbot)
    assert focus() is dialog.form.keep_goals
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_N, CTRL)

    # 2: a new contact; the goal is ticked already.
    assert focus() is dialog.form.contacts_edit
    type_text(qtbot, "Lena Vogt")
    tab(qtbot)
    _details(
        qtbot, dialog, "Gründet eine Agentur für Barrierefreiheit", "Chance",
        "Sucht Kundinnen im Mittelstand", "Termin ausmachen", "fr", "5", "30",
    )  # fmt: skip
    key(qtbot, Qt.Key.Key_N, CTRL)

    # 3: "Empfehlung erhalten" — two words again.
    type_text(qtbot, "Jörg Schröder")
    tab(qtbot)
    _details(
        qtbot, dialog, "Kennt die IHK-Leute", "Empfehlung erhalten",
        "Soll Frau Roth anrufen", "", "", "3", "15",
    )  # fmt: skip
    key(qtbot, Qt.Key.Key_N, CTRL)

    # 4
    type_text(qtbot, "Franziska Baumann")
    tab(qtbot)
    _details(qtbot, dialog, "Kurz über den Stammtisch", "", "", "", "", "2", "10")
    key(qtbot, Qt.Key.Key_N, CTRL)

    # 5: typed without the Turkish ı, still the Kemal of the journal.
    type_text(qtbot, "Kemal Yildiz")
    tab(qtbot)
    _details(
        qtbot, dialog, "Will im Januar mitkommen", "Marktinfo",
        "Mieten für Büros sinken", "Einladung schicken", "+1w", "4", "25",
    )  # fmt: skip
    assert dialog.event_fields.duration.value() == 20 + 30 + 15 + 10 + 25  # shown as the sum
    with qtbot.waitSignal(ctx.events.changed):
        key(qtbot, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible() and asked == []

    event = m.Event.get(m.Event.title == "Stammtisch Gründerinnen")
    assert event.starts_at == dt.datetime(2026, 11, 20, 19, 0)
    assert (event.duration_minutes, event.travel_minutes) == (100, 30)
    assert event.network_id == evening["network"]
    conversations = list(m.Conversation.select().order_by(m.Conversation.id))
    assert len(conversations) == 5 and {c.event_id for c in conversations} == {event.id}
    people = [[p.contact_id for p in c.participants] for c in conversations]
    lena = m.Contact.get(m.Contact.last_name == "Vogt").id
    expected = [["anna"], [None], ["joerg"], ["franziska"], ["kemal"]]
    assert people == [[evening[k] if k else lena for k in who] for who in expected]
    kinds = [[o.kind for o in c.outcomes] for c in conversations]
    assert kinds == [
        ["strategy_learned"],
        ["opportunity"],
        ["recommendation_received"],
        [],
        ["market_news"],
    ]
    assert [c.enjoyment for c in conversations] == [4, 5, 3, 2, 4]
    assert [[g.goal_id for g in c.goal_links] for c in conversations] == [[evening["clients"]]] * 5
    assert [g.goal_id for g in event.goal_links] == [evening["clients"]]

    # The reflection shows the evening's time (100 min + 30 min travel) under the
    # goal ticked and under the event's network.
    reflection = window.go_to_view("reflection")  # type: ignore[attr-defined]
    overview = reflection.overview
    qtbot.waitUntil(lambda: overview.goals.figures.rowCount() > 0)
    goals = {r.cells[0]: r.cells[1] for r in overview.goals.figures.rows()}
    networks = {r.cells[0]: r.cells[1] for r in overview.networks.figures.rows()}
    assert goals["Neue Kunden"] == hours(130)
    assert networks["Gründerinnen-Netzwerk München"] == hours(130)
    assert "Sichtbarkeit" not in goals or goals["Sichtbarkeit"] == hours(0)
