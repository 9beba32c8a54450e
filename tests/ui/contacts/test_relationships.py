"""The "Relationships" tab of a contact's page: shown from both sides, added by
typing a name, removed, opened; other views hear of the change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import relationships
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.contacts.view import ContactsView
from tests.ui.conftest import show_active

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
    pytest.mark.usefixtures("english"),
]


def _texts(view: ContactsView) -> list[str]:
    panel = view.editor.relationships
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_add_show_open_and_remove_a_relationship(qtbot: QtBot, ctx: AppContext) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Schmidt")
    joerg = m.Contact.create(first_name="Jörg", last_name="Braun")
    view = show_active(qtbot, ContactsView(ctx))
    assert view.open_item("contact", anna.id)
    panel = view.editor.relationships
    assert view.editor.tabs.tabText(2) == "Relationships"
    view.editor.tabs.setCurrentWidget(panel)
    heard: list[frozenset[str]] = []
    ctx.events.changed.connect(heard.append)

    panel.kind.setCurrentIndex(panel.kind.findData("introduced_by"))
    panel.picker.setFocus()
    panel.picker.setText("Jörg Braun")
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert _texts(view) == ["Introduced by: Jörg Braun"]
    assert view.editor.tabs.tabText(2) == "Relationships (1)"
    assert heard and "relationship" in heard[-1]
    assert [(r.other_id, r.kind) for r in relationships.for_contact(anna.id)] == [
        (joerg.id, "introduced_by")
    ]

    with qtbot.waitSignal(view.editor.open_item) as opened:
        panel.list.itemActivated.emit(panel.list.item(0))
    assert opened.args == ["contact", joerg.id]
    assert view.open_item("contact", joerg.id)
    assert _texts(view) == ["Introduced: Anna Schmidt"]  # seen from the other side

    panel.list.setCurrentRow(0)
    panel.remove_button.click()
    assert m.Relationship.select().count() == 0
    assert view.editor.tabs.tabText(2) == "Relationships"


def test_a_free_label_is_needed_and_a_contact_is_not_related_to_itself(
    qtbot: QtBot, ctx: AppContext
) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Schmidt")
    m.Contact.create(first_name="Bernd", last_name="Braun")
    view = show_active(qtbot, ContactsView(ctx))
    assert view.open_item("contact", anna.id)
    panel = view.editor.relationships
    view.editor.tabs.setCurrentWidget(panel)
    panel.kind.setCurrentIndex(panel.kind.findData("other"))
    assert panel.label.isVisibleTo(panel)
    qtbot.keyClicks(panel.picker, "Bernd Braun")
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert panel.message.text() == "Please write a label for this relationship."
    panel.kind.setCurrentIndex(panel.kind.findData("knows"))
    qtbot.keyClicks(panel.picker, "Anna Schmidt")
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert panel.message.text() == "A contact cannot be related to themselves."
    assert m.Relationship.select().count() == 0
