"""The conversation log: paged model, filters, follow-ups, edit, delete with undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.conversations.model import ROLE_DAY_START, ConversationLogModel
from kontaktbuch.ui.conversations.view import ConversationsView

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
    pytest.mark.usefixtures("english"),
]


def _bulk(n: int) -> list[int]:
    """``n`` conversations, three a day, with one contact each (fast, in one transaction)."""
    with m.database_proxy.atomic():
        c = m.Contact.create(first_name="Bulk", last_name="Person")
        start = dt.datetime(2026, 11, 20, 20, 0)
        rows = [
            {
                "occurred_at": start - dt.timedelta(hours=8 * i),
                "channel": "phone",
                "minutes": 10,
                "notes": f"Gespräch {i}",
                "created_at": start,
                "updated_at": start,
            }
            for i in range(n)
        ]
        m.Conversation.insert_many(rows).execute()
        ids = [r.id for r in m.Conversation.select(m.Conversation.id)]
        m.ConversationContact.insert_many(
            [{"conversation": i, "contact": c.id} for i in ids]
        ).execute()
    return ids


def _activate(qtbot: QtBot, view: ConversationsView) -> None:
    """Show the view as the active window, so its keyboard shortcuts work."""
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()


def test_model_pages_by_key_and_passes_the_model_tester(
    qtmodeltester: ModelTester, db: object
) -> None:
    _bulk(25)
    model = ConversationLogModel(page_size=10)
    assert model.rowCount() == 10 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 25
    stamps = [model.conversation(r).occurred_at for r in range(25)]  # type: ignore[union-attr]
    assert stamps == sorted(stamps, reverse=True)
    # Day headers: three conversations a day, the first of each day carries it.
    starts = [model.index(r, 0).data(ROLE_DAY_START) for r in range(25)]
    assert starts[:4] == [True, False, False, True]
    assert model.index(1, 0).data() == "" and model.index(0, 0).data()
    # Day start across a page boundary (row 10 is the day's second conversation).
    assert model.index(10, 0).data(ROLE_DAY_START) is False
    qtmodeltester.check(model)


def test_demo_view_filters_in_sql(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = ConversationsView(demo_ctx)
    qtbot.addWidget(view)
    total = cv.count()
    assert view.count_label.text().startswith(f"{total} ")
    view.channel_filter.setCurrentIndex(view.channel_filter.findData("xing"))
    assert view.model.loaded() == cv.count(cv.Filters(channel="xing")) < total
    assert all(
        view.model.conversation(r).channel == "xing"  # type: ignore[union-attr]
        for r in range(view.model.loaded())
    )
    view.outcome_filter.setCurrentIndex(view.outcome_filter.findData("trend"))
    for r in range(view.model.loaded()):
        row = view.model.conversation(r)
        assert row is not None and row.channel == "xing"
        assert "trend" in [o.kind for o in row.outcomes]
    assert view.count_label.text().startswith(f"{view.model.loaded()} ")
    view.clear_filters()
    assert view.count_label.text().startswith(f"{total} ")


def test_mark_follow_up_done_with_a_click_and_ctrl_d(qtbot: QtBot, ctx: AppContext) -> None:
    c = m.Contact.create(first_name="Anna", last_name="Berg")
    conv_id = cv.create_conversation(
        cv.ConversationInput(
            occurred_at=dt.datetime(2026, 11, 25, 18),
            contact_ids=[c.id],
            follow_ups=[cv.FollowUpInput("Folien schicken"), cv.FollowUpInput("Anrufen")],
        )
    )
    view = ConversationsView(ctx)
    qtbot.addWidget(view)
    assert "Folien schicken" in view.model.index(0, 8).data()
    item = view.follow_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)  # what a click on the box does
    row = cv.get_conversation(conv_id)
    assert row is not None and [f.text for f in row.open_follow_ups] == ["Anrufen"]
    assert "Folien" not in view.model.index(0, 8).data()
    _activate(qtbot, view)
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    row = cv.get_conversation(conv_id)
    assert row is not None and row.open_follow_ups == ()


def test_delete_with_undo_restores_everything(qtbot: QtBot, ctx: AppContext) -> None:
    c = m.Contact.create(first_name="Anna", last_name="Berg")
    goal = m.Goal.create(title="Sichtbarkeit")
    conv_id = cv.create_conversation(
        cv.ConversationInput(
            occurred_at=dt.datetime(2026, 11, 25, 18),
            contact_ids=[c.id],
            notes="Wichtiges Gespräch",
            outcomes=[cv.OutcomeInput("insight", "Gelernt")],
            follow_ups=[cv.FollowUpInput("Folien schicken", dt.date(2026, 11, 30))],
            goal_ids=[goal.id],
        )
    )
    before = cv.get_conversation(conv_id)
    view = ConversationsView(ctx)
    qtbot.addWidget(view)
    _activate(qtbot, view)
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert cv.get_conversation(conv_id) is None
    assert view.model.rowCount() == 0
    ctx.undo_stack.undo()
    assert cv.get_conversation(conv_id) == before
    assert view.current_id() == conv_id
    ctx.undo_stack.redo()
    assert cv.get_conversation(conv_id) is None


def test_edit_in_a_form(qtbot: QtBot, ctx: AppContext) -> None:
    c = m.Contact.create(first_name="Anna", last_name="Berg")
    conv_id = cv.create_conversation(
        cv.ConversationInput(
            occurred_at=dt.datetime(2026, 11, 25, 18),
            contact_ids=[c.id],
            notes="Alt",
            follow_ups=[cv.FollowUpInput("Folien schicken")],
        )
    )
    fid = cv.get_conversation(conv_id).follow_ups[0].id  # type: ignore[union-attr]
    view = ConversationsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.edit_current()
    dialog = view.edit_dialog
    assert dialog.form.contacts_edit.text() == "Anna Berg"
    dialog.form.notes_edit.setPlainText("Neu")
    dialog.form.enjoyment.setValue(5)
    with qtbot.waitSignal(ctx.events.changed):
        assert dialog.save()
    row = cv.get_conversation(conv_id)
    assert row is not None and row.notes == "Neu" and row.enjoyment == 5
    assert [c.id for c in row.contacts] == [c.id]
    assert [f.id for f in row.follow_ups] == [fid]
    assert "Neu" in view.detail_label.text()


def test_open_item_finds_an_old_conversation_and_a_follow_up(
    qtbot: QtBot, ctx: AppContext, make_window: Callable[..., object]
) -> None:
    ids = _bulk(450)
    oldest = min(ids, key=lambda i: m.Conversation.get_by_id(i).occurred_at)
    fid = m.FollowUp.create(conversation=oldest, text="Ganz alt").id
    window = make_window(ctx)
    window.open_item("conversation", oldest)  # type: ignore[attr-defined]
    view = window.view("conversations")  # type: ignore[attr-defined]
    assert view.current_id() == oldest
    window.open_item("follow_up", fid)  # type: ignore[attr-defined]
    assert view.follow_list.currentItem().text() == "Ganz alt"


def test_contact_filter_loads_its_names_when_first_used(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the log does not read every contact (10,000 in a decade) for a filter
    most visits never touch; focusing the filter loads them, so typing completes."""
    asked: list[bool] = []
    original = cv.contact_choices

    def counted(include_archived: bool = False) -> list[cv.Choice]:
        asked.append(include_archived)
        return original(include_archived)

    monkeypatch.setattr(cv, "contact_choices", counted)
    view = ConversationsView(demo_ctx)
    qtbot.addWidget(view)
    _activate(qtbot, view)
    combo = view.contact_filter
    assert asked == [] and combo.count() == 1  # only "All contacts"
    demo_ctx.events.notify("contact")  # a change before first use: still nothing read
    assert asked == []

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    assert asked == [True] and combo.count() == 1 + m.Contact.select().count()
    contact = m.Contact.select().join(m.ConversationContact).distinct().first()
    combo.setCurrentIndex(combo.findData(contact.id))
    expected = cv.count(cv.Filters(contact_id=contact.id))
    assert 0 < view.model.loaded() == expected < cv.count()

    # A change while the filter is not in use: loaded again at the next popup,
    # the chosen contact kept.
    view.table.setFocus()
    qtbot.waitUntil(lambda: not combo.hasFocus())
    m.Contact.create(first_name="Zora", last_name="Neu")
    demo_ctx.events.notify("contact")
    assert asked == [True]
    combo.showPopup()
    assert asked == [True, True] and combo.findText("Zora Neu") > 0
    assert combo.currentData() == contact.id
    combo.hidePopup()
