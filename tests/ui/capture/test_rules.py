"""Quick capture follows the journal's rules for typed event titles and names."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m
from kontaktbuch.text.formatting import to_qdatetime
from kontaktbuch.ui.capture.dialog import CaptureDialog
from kontaktbuch.ui.common.context import AppContext


def test_a_typed_title_joins_the_event_of_that_day(qtbot: QtBot, ctx: AppContext) -> None:
    evening = dt.datetime(2026, 11, 20, 19)
    event = m.Event.create(title="Barcamp Süd", starts_at=evening)
    m.Contact.create(first_name="Anna", last_name="Müller")
    for day, joins in ((evening, True), (evening + dt.timedelta(days=7), False)):
        dialog = CaptureDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.event_edit.setText("barcamp sued")  # typed, not picked: folded like a name
        dialog.when_edit.setDateTime(to_qdatetime(day.replace(hour=21)))
        dialog.form.contacts_edit.setText("Anna Müller")
        assert dialog.save()
        result = dialog.saved_result
        assert result is not None
        assert (result.event_id == event.id) is joins
    assert m.Event.select().count() == 2


def test_editing_keeps_a_titled_contact(qtbot: QtBot, ctx: AppContext) -> None:
    """The form shows the contact as everywhere ("Dr. Anna Müller") and saves the same one,
    even beside a namesake without the title."""
    anna = m.Contact.create(prefix="Dr.", first_name="Anna", last_name="Müller")
    m.Contact.create(first_name="Anna", last_name="Müller", organisation="Namensvetterin")
    conv_id = cv.create_conversation(
        cv.ConversationInput(occurred_at=dt.datetime(2026, 11, 25, 18), contact_ids=[anna.id])
    )
    dialog = CaptureDialog(ctx, edit_id=conv_id)
    qtbot.addWidget(dialog)
    assert dialog.form.contacts_edit.text() == "Dr. Anna Müller"
    dialog.form.notes_edit.setPlainText("Neu")
    assert dialog.save()
    row = cv.get_conversation(conv_id)
    assert row is not None and [c.id for c in row.contacts] == [anna.id]
