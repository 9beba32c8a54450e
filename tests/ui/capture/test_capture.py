"""Quick capture: an evening's conversations logged with the keyboard alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kontaktbuch.store import models as m
from kontaktbuch.ui.capture import drafts
from kontaktbuch.ui.capture.dialog import CaptureDialog
from kontaktbuch.ui.common.context import AppContext
from tests.conftest import DEMO_TODAY
from tests.ui.capture import keys

# The offscreen platform cannot raise windows or grab the keyboard; that is no fault.
pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
    pytest.mark.usefixtures("english"),
]


_focus = keys.focus
_type = keys.type_text
_key = keys.key
_tab = keys.tab


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed at teardown with input in it must not wait for an answer."""
    monkeypatch.setattr(CaptureDialog, "ask_unsaved", lambda self: "discard")


@pytest.fixture
def people(ctx: AppContext) -> dict[str, int]:
    anna = m.Contact.create(first_name="Anna", last_name="Müller", organisation="IHK München")
    joerg = m.Contact.create(first_name="Jörg", last_name="Schröder")
    goal = m.Goal.create(title="Sichtbarkeit", status="active")
    m.Goal.create(title="Alt", status="done")
    return {"anna": anna.id, "joerg": joerg.id, "goal": goal.id}


def test_log_an_event_with_three_conversations_by_keyboard(
    qtbot: QtBot, ctx: AppContext, people: dict[str, int], make_window: Callable[..., object]
) -> None:
    window = make_window(ctx)
    window.show()  # type: ignore[attr-defined]
    window.activateWindow()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog: CaptureDialog = window.capture_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.event_edit)
    # Only the active goal is offered.
    assert [dialog.form.goals.item(i).text() for i in range(dialog.form.goals.count())] == [
        "Sichtbarkeit"
    ]

    _type(qtbot, "Gründerstammtisch Dezember")
    _key(qtbot, Qt.Key.Key_Return)  # the new event's details skipped in one key
    assert _focus() is dialog.form.contacts_edit
    # 1: an existing contact, with outcome, follow-up and enjoyment.
    _type(qtbot, "Anna Müller")
    _tab(qtbot)
    _type(qtbot, "Über Förderprogramme gesprochen")
    _tab(qtbot)
    _type(qtbot, "M")  # outcome kind: Market news
    _tab(qtbot)
    _type(qtbot, "Mieten sinken")
    _tab(qtbot)
    _type(qtbot, "Folien schicken")
    _tab(qtbot)
    _type(qtbot, "+3d")
    _tab(qtbot)
    _type(qtbot, "4")
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # 2: a new contact, a follow-up due on a weekday.
    assert _focus() is dialog.form.contacts_edit
    _type(qtbot, "Kemal Neumann")
    _tab(qtbot)
    _type(qtbot, "Sucht eine Mitgründerin")
    _tab(qtbot, 3)
    _type(qtbot, "Lebenslauf ansehen")
    _tab(qtbot)
    _type(qtbot, "fr")
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # 3: short and sweet, saved with Ctrl+Enter.
    _type(qtbot, "Jörg Schröder")
    _tab(qtbot)
    _type(qtbot, "Kurz geplaudert")
    with qtbot.waitSignal(ctx.events.changed):
        _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()

    event = m.Event.get(m.Event.title == "Gründerstammtisch Dezember")
    convs = list(m.Conversation.select().order_by(m.Conversation.id))
    assert len(convs) == 3 and all(c.event_id == event.id for c in convs)
    assert all(c.channel == "in_person" for c in convs)
    first, second, third = convs
    assert [p.contact_id for p in first.participants] == [people["anna"]]
    assert first.notes == "Über Förderprogramme gesprochen" and first.enjoyment == 4
    assert [(o.kind, o.text) for o in first.outcomes] == [("market_news", "Mieten sinken")]
    assert [(f.text, f.due_date) for f in first.follow_ups] == [
        ("Folien schicken", DEMO_TODAY + dt.timedelta(days=3))
    ]
    kemal = m.Contact.get(m.Contact.last_name == "Neumann")
    assert kemal.first_name == "Kemal"
    assert [p.contact_id for p in second.participants] == [kemal.id]
    assert [(f.text, f.due_date) for f in second.follow_ups] == [
        ("Lebenslauf ansehen", dt.date(2026, 11, 27))  # the Friday after DEMO_TODAY
    ]
    assert [p.contact_id for p in third.participants] == [people["joerg"]]
    assert m.Contact.select().count() == 3
    assert not drafts.has_draft(ctx.paths.drafts_dir)


def test_bad_due_date_and_missing_names_save_nothing(
    qtbot: QtBot, ctx: AppContext, people: dict[str, int]
) -> None:
    dialog = CaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.notes_edit.setPlainText("ohne Namen")
    assert not dialog.save()
    assert "with whom" in dialog.error_label.text()
    dialog.form.contacts_edit.setText("Anna Müller")
    dialog.form.follow_text.setText("anrufen")
    dialog.form.follow_due.setText("irgendwann")
    assert not dialog.save()
    assert "not a date" in dialog.error_label.text()
    assert m.Conversation.select().count() == 0


def test_similar_name_is_asked_about(
    qtbot: QtBot, ctx: AppContext, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(self: CaptureDialog, name: str, similar: list[object]) -> int:
        asked.append(name)
        return similar[0].id  # type: ignore[attr-defined]

    monkeypatch.setattr(CaptureDialog, "choose_similar", choose)
    dialog = CaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.contacts_edit.setText("Joerg Schroeder")
    assert dialog.save()
    conv = m.Conversation.get()
    assert asked == [] and [p.contact_id for p in conv.participants] == [people["joerg"]]
    dialog = CaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.contacts_edit.setText("Anna Müler")
    assert dialog.save()
    assert asked == ["Anna Müler"] and m.Contact.select().count() == 2


def test_draft_is_kept_and_offered_next_time(
    qtbot: QtBot, ctx: AppContext, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.event_edit.setText("Barcamp")
    dialog.form.contacts_edit.setText("Anna Müller")
    dialog.form.notes_edit.setPlainText("Halb getippt")
    dialog.add_entry()
    dialog.form.contacts_edit.setText("Jörg")
    with qtbot.waitSignal(dialog.draft_timer.timeout, timeout=5000):
        pass
    saved = drafts.read_draft(ctx.paths.drafts_dir)
    assert saved is not None
    assert saved["event_title"] == "Barcamp" and len(saved["entries"]) == 2
    # The app "crashes": the dialog is gone without closing; next time it is offered.
    dialog.dirty = False
    dialog.close()
    monkeypatch.setattr(CaptureDialog, "ask_restore_draft", lambda self, state: True)
    again = CaptureDialog(ctx)
    qtbot.addWidget(again)
    assert again.offer_draft()
    assert again.event_edit.text() == "Barcamp"
    assert [e["contacts"] for e in again.all_states()] == ["Anna Müller", "Jörg"]
    again._switch_to(0)
    assert again.form.notes_edit.toPlainText() == "Halb getippt"
    # Discarding on close deletes it.
    monkeypatch.setattr(CaptureDialog, "ask_unsaved", lambda self: "discard")
    again.reject()
    assert not drafts.has_draft(ctx.paths.drafts_dir)
    assert m.Conversation.select().count() == 0


def test_closing_with_input_asks_and_cancel_keeps_it_open(
    qtbot: QtBot, ctx: AppContext, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.contacts_edit.setText("Anna Müller")
    answers = iter(["cancel", "save"])
    monkeypatch.setattr(CaptureDialog, "ask_unsaved", lambda self: next(answers))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and m.Conversation.select().count() == 1


def test_capture_action_is_in_toolbar_and_file_menu(
    ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(ctx)
    action = window.capture_action  # type: ignore[attr-defined]
    assert action.objectName() == "captureAction"
    assert action.shortcut().toString() == "Ctrl+L"
    assert window.file_menu.actions()[0] is action  # type: ignore[attr-defined]
    toolbar = window.toolbar.actions()  # type: ignore[attr-defined]
    assert toolbar.index(action) < toolbar.index(window.toolbar_spacer)  # type: ignore[attr-defined]


def test_a_draft_left_by_a_crash_is_offered_at_start(
    qtbot: QtBot,
    ctx: AppContext,
    people: dict[str, int],
    make_window: Callable[..., object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drafts.write_draft(
        ctx.paths.drafts_dir,
        {"event_title": "", "entries": [{"contacts": "Anna Müller", "notes": "Fast fertig"}]},
    )
    offered: list[object] = []

    def ask(self: CaptureDialog, state: dict[str, object]) -> bool:
        offered.append(state)
        return True

    monkeypatch.setattr(CaptureDialog, "ask_restore_draft", ask)
    window = make_window(ctx)
    qtbot.waitUntil(lambda: getattr(window, "capture_dialog", None) is not None)
    dialog: CaptureDialog = window.capture_dialog  # type: ignore[attr-defined]
    assert offered and dialog.form.notes_edit.toPlainText() == "Fast fertig"
    with qtbot.waitSignal(ctx.events.changed):
        assert dialog.save()
    assert m.Conversation.get().notes == "Fast fertig"
    assert not drafts.has_draft(ctx.paths.drafts_dir)


def test_completion_picks_contacts_and_events_by_keyboard(
    qtbot: QtBot, ctx: AppContext, people: dict[str, int]
) -> None:
    event = m.Event.create(title="Barcamp Süd", starts_at=dt.datetime(2026, 11, 20, 10))
    dialog = CaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.event_edit.setFocus()
    _type(qtbot, "barc")
    popup = dialog.event_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.event_edit.text() == "Barcamp Süd")
    assert dialog.picked_event == (event.id, "Barcamp Süd")
    assert dialog.when_edit.value().day == 20
    dialog.form.contacts_edit.setFocus()
    _type(qtbot, "ihk")  # the organisation finds Anna
    popup = dialog.form.contacts_edit.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.form.contacts_edit.text() == "Anna Müller"
    _type(qtbot, ", jör")
    qtbot.waitUntil(popup.isVisible)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.form.contacts_edit.text() == "Anna Müller, Jörg Schröder"
    with qtbot.waitSignal(ctx.events.changed):
        assert dialog.save()
    conv = m.Conversation.get()
    assert conv.event_id == event.id
    assert sorted(p.contact_id for p in conv.participants) == sorted(
        [people["anna"], people["joerg"]]
    )


def test_capture_opens_without_loading_all_contacts_and_completes_as_you_type(
    qtbot: QtBot,
    ctx: AppContext,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: object,
) -> None:
    """Completion asks the journal per keystroke (a decade's 10,000 contacts made it slow)."""
    from kontaktbuch.journal import conversations as cv

    def everyone(*_args: object, **_kwargs: object) -> list[cv.Choice]:
        raise AssertionError("the dialog must not load every contact")

    monkeypatch.setattr(cv, "contact_choices", everyone)
    dialog = CaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.form.contacts_edit.setFocus()
    _type(qtbot, "jorg")  # without the umlaut
    popup = dialog.form.contacts_edit.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtmodeltester.check(dialog.form.contacts_edit._model)  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.form.contacts_edit.text() == "Jörg Schröder"
    assert dialog.form.contacts_edit.picked == {"Jörg Schröder": people["joerg"]}


def test_a_draft_file_of_an_older_version_moves_into_the_journal(ctx: AppContext) -> None:
    """Older versions kept the draft as JSON beside the journal: it is taken over
    once, and the file (plain text of what was typed) is removed."""
    ctx.paths.drafts_dir.mkdir(parents=True, exist_ok=True)
    old = drafts.draft_path(ctx.paths.drafts_dir)
    old.write_text('{"event_title": "Barcamp", "entries": []}', encoding="utf-8")
    assert drafts.has_draft(ctx.paths.drafts_dir)
    assert not old.exists()
    assert drafts.read_draft(ctx.paths.drafts_dir) == {"event_title": "Barcamp", "entries": []}
    drafts.delete_draft(ctx.paths.drafts_dir)
    assert not drafts.has_draft(ctx.paths.drafts_dir)
