"""Quick capture follows the journal's rules for typed event titles and names."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m
from kontaktbuch.ui.capture import states
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
        dialog.when_edit.set_value(day.replace(hour=21))
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


@pytest.mark.usefixtures("english")
def test_the_forms_state_and_the_journals_input(ctx: AppContext) -> None:
    """Editing starts from the journal's input_from_row and saves it back unchanged;
    what only a form can get wrong is named with the field to fix."""
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    data = cv.ConversationInput(dt.datetime(2026, 11, 25, 18), [anna.id], channel="phone")
    data.minutes, data.notes, data.enjoyment = 25, "Alt", 4
    data.outcomes.append(cv.OutcomeInput("insight", "Früh beantragen"))
    data.follow_ups.append(cv.FollowUpInput("Folien schicken", dt.date(2026, 11, 30)))
    conv_id = cv.create_conversation(data)
    row = cv.get_conversation(conv_id)
    assert row is not None
    state = states.state_from_row(row)
    assert (state["contacts"], state["picked"]) == ("Anna Müller", {"Anna Müller": anna.id})
    today = dt.date(2026, 11, 26)
    assert states.problem(state, 1, today) is None
    again = states.conversation_input(state, row.occurred_at, today, [anna.id], [])
    again.event_id = row.event_id
    assert again == cv.input_from_row(row)

    # a follow-up and an outcome still in their fields count as added
    typed = {**state, "follow_text": "Anrufen", "follow_due": "+3d", "outcome_text": "KI"}
    built = states.conversation_input(typed, row.occurred_at, today, [anna.id], [])
    assert built.follow_ups[-1] == cv.FollowUpInput("Anrufen", dt.date(2026, 11, 29))
    assert built.outcomes[-1] == cv.OutcomeInput("insight", "KI")

    def problem(**changes: str) -> tuple[str, str] | None:
        found = states.problem({**state, **changes}, 2, today)
        return None if found is None else (found.field, found.message)

    assert problem(contacts=" ") == (
        "contacts",
        "Conversation 2: with whom? Type at least one name.",
    )
    assert problem(follow_text="Anrufen", follow_due="irgendwann") == (
        "follow_due",
        "“irgendwann” is not a date. Try +3d, +2w, Friday or 5.12.",
    )
    assert problem(follow_due="+3d") == ("follow_text", "What is there to follow up?")
