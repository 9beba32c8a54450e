"""A capture form's state and the journal's conversation input, both ways.

The form keeps what was typed as plain JSON-able data (drafts on disk use it);
the journal takes a :class:`~kontaktbuch.journal.conversations.ConversationInput`.
Editing starts from the journal's own :func:`~kontaktbuch.journal.conversations.input_from_row`;
saving checks what only the form can get wrong (no name, a half-typed follow-up)
and builds the input. Which contacts the typed names mean is asked by the dialog
(:func:`~kontaktbuch.journal.conversations.resolve_name` decides when to ask).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal.dates import try_parse_due
from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.capture.form import ConversationForm

# a form's state: what :meth:`ConversationForm.state` gives
State = dict[str, Any]


def state_from_row(row: cv.ConversationRow) -> State:
    """The form's state for editing a stored conversation."""
    data = cv.input_from_row(row)
    state = ConversationForm.blank_state(channel=data.channel, minutes=data.minutes)
    state.update(
        {
            # the names as shown, each remembered with its contact (namesakes stay apart)
            "contacts": ", ".join(c.name for c in row.contacts),
            "picked": {c.name: c.id for c in row.contacts},
            "notes": data.notes,
            "outcomes": [[o.kind, o.text] for o in data.outcomes],
            "follow_ups": [
                {
                    "text": f.text,
                    "due": f.due_date.isoformat() if f.due_date else None,
                    "done": f.done,
                    "id": f.id,
                }
                for f in data.follow_ups
            ],
            "enjoyment": data.enjoyment or 0,
            "goals": list(data.goal_ids),
        }
    )
    return state


@dataclass(frozen=True)
class Problem:
    """What keeps a conversation of the form from being saved, and where to fix it."""

    # the form's field: "contacts", "follow_due" or "follow_text"
    field: str
    message: str


def _pending_due(state: State, today: dt.date) -> dt.date | None:
    text = str(state.get("follow_due", "")).strip()
    return try_parse_due(text, today) if text else None


def problem(state: State, number: int, today: dt.date) -> Problem | None:
    """Why conversation ``number`` (from 1) cannot be saved as typed; None if it can."""
    if not str(state.get("contacts", "")).strip():
        text = translate("CaptureDialog", "Conversation %1: with whom? Type at least one name.")
        return Problem("contacts", text.replace("%1", str(number)))
    pending_text = str(state.get("follow_text", "")).strip()
    pending_due = str(state.get("follow_due", "")).strip()
    if pending_due and _pending_due(state, today) is None:
        text = translate("CaptureDialog", "“%1” is not a date. Try +3d, +2w, Friday or 5.12.")
        return Problem("follow_due", text.replace("%1", pending_due))
    if pending_due and not pending_text:
        return Problem("follow_text", translate("CaptureDialog", "What is there to follow up?"))
    return None


def conversation_input(
    state: State,
    when: dt.datetime,
    today: dt.date,
    contact_ids: list[int],
    new_names: list[str],
) -> cv.ConversationInput:
    """The journal's input for a state without a :func:`problem`; the outcome and
    follow-up still in their fields count as added."""
    follow_ups = [
        cv.FollowUpInput(
            f["text"],
            dt.date.fromisoformat(f["due"]) if f.get("due") else None,
            bool(f.get("done")),
            f.get("id"),
        )
        for f in state.get("follow_ups", [])
    ]
    pending_text = str(state.get("follow_text", "")).strip()
    if pending_text:
        follow_ups.append(cv.FollowUpInput(pending_text, _pending_due(state, today)))
    outcomes = [cv.OutcomeInput(k, t) for k, t in state.get("outcomes", [])]
    if str(state.get("outcome_text", "")).strip():
        kind = str(state.get("outcome_kind") or "other")
        outcomes.append(cv.OutcomeInput(kind, str(state["outcome_text"])))
    return cv.ConversationInput(
        occurred_at=when,
        contact_ids=contact_ids,
        new_contact_names=new_names,
        channel=str(state.get("channel") or "in_person"),
        minutes=int(state.get("minutes") or 0),
        notes=str(state.get("notes", "")),
        enjoyment=int(state.get("enjoyment") or 0) or None,
        offers=str(state.get("offers", "")),
        seeks=str(state.get("seeks", "")),
        outcomes=outcomes,
        follow_ups=follow_ups,
        goal_ids=[int(g) for g in state.get("goals", [])],
    )
