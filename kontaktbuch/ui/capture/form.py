"""The fields of one conversation, shared by quick capture and the edit dialog.

Built for the keyboard: Tab walks the fields in the order people tell a
conversation (who, what was said, what came of it, what to follow up, how it
felt); Enter in an outcome or follow-up adds it and keeps the cursor there for
the next one. The form's state is plain JSON-able data, so drafts are easy.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QPlainTextEdit, QWidget

from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal.dates import try_parse_due
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_text
from kontaktbuch.ui.capture.entries import ContactsEdit, EntryList
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.choice_box import ChoiceBox
from kontaktbuch.ui.common.palette import error_color, set_text_color
from kontaktbuch.ui.introductions.hint import OffersHint


class ConversationForm(QWidget):
    """The fields of one conversation; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.contacts_edit = build.line_edit(
            "contactsEdit",
            self.tr("Names, separated by commas"),
            self.tr("Contacts"),
            edit=ContactsEdit(),
        )

        self.notes_edit = build.named(QPlainTextEdit(), "notesEdit", self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What was said?"))
        self.notes_edit.setMinimumHeight(60)

        self.outcome_kind = self._choices("outcomeKind", labels.OUTCOME_KINDS)
        self.outcome_kind.setAccessibleName(self.tr("Kind of outcome"))
        self.outcome_text = build.line_edit(
            "outcomeText", self.tr("What came of it? Enter adds another"), self.tr("Outcome")
        )
        self.outcome_list = build.named(EntryList(), "outcomeList")
        self.outcome_list.setMaximumHeight(64)

        self.follow_text = build.line_edit(
            "followUpText", self.tr("What to follow up"), self.tr("Follow-up")
        )
        self.follow_due = build.line_edit(
            "followUpDue", self.tr("+3d, Friday, 5.12."), self.tr("Due")
        )
        self.follow_due.setMaximumWidth(150)
        self.follow_hint = build.named(QLabel(), "followUpHint")
        self.follow_list = build.named(EntryList(), "followUpList")
        self.follow_list.setMaximumHeight(64)

        self.enjoyment = build.spin_box("enjoyment", 5)
        self.enjoyment.setSpecialValueText(self.tr("not rated"))
        self.enjoyment.setToolTip(self.tr("How much did you enjoy it? 1–5"))
        self.minutes = build.spin_box("minutes", 24 * 60, step=5, suffix=self.tr(" min"))
        self.minutes.setValue(15)
        self.channel = self._choices("channel", labels.CHANNELS)

        self.offers_edit = build.line_edit("offersEdit", self.tr("added to the contact"))
        self.seeks_edit = build.line_edit("seeksEdit", self.tr("added to the contact"))

        self.goals = build.named(QListWidget(), "goalsList")
        self.goals.setMaximumHeight(80)
        self.goals_label = QLabel(self.tr("Goals served"))
        self.keep_goals = build.named(
            QCheckBox(self.tr("Same goals for the next conversations")), "keepGoals"
        )

        outcome_row = build.row(self.outcome_kind, (self.outcome_text, 1))
        follow_row = build.row((self.follow_text, 1), self.follow_due, self.follow_hint)
        feel_row = build.row(
            QLabel(self.tr("Enjoyment")),
            self.enjoyment,
            build.Space(12),
            QLabel(self.tr("Time spent")),
            self.minutes,
            build.Space(12),
            QLabel(self.tr("Channel")),
            self.channel,
            build.STRETCH,
        )

        form = build.form(wrap=False)
        form.addRow(self.tr("&With"), self.contacts_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        outcome_label = QLabel(self.tr("&Outcomes"))
        outcome_label.setBuddy(self.outcome_kind)
        follow_label = QLabel(self.tr("&Follow-ups"))
        follow_label.setBuddy(self.follow_text)
        form.addRow(outcome_label, outcome_row)
        form.addRow("", self.outcome_list)
        form.addRow(follow_label, follow_row)
        form.addRow("", self.follow_list)
        form.addRow("", feel_row)
        form.addRow(self.tr("Offers"), self.offers_edit)
        form.addRow(self.tr("Seeks"), self.seeks_edit)
        self.offers_hint = OffersHint(self.seeks_edit)  # who offers what is sought
        form.addRow("", self.offers_hint)
        form.addRow(self.goals_label, self.goals)
        form.addRow("", self.keep_goals)
        build.column(form, margins=0, parent=self)

        self.tab_chain = [
            self.contacts_edit,
            self.notes_edit,
            self.outcome_kind,
            self.outcome_text,
            self.follow_text,
            self.follow_due,
            self.enjoyment,
            self.minutes,
            self.channel,
            self.offers_edit,
            self.seeks_edit,
            self.goals,
            self.keep_goals,
        ]
        build.tab_order(self.tab_chain)
        for lst in (self.outcome_list, self.follow_list):
            lst.changed.connect(self.changed)

        self.outcome_text.returnPressed.connect(self.add_outcome)
        self.follow_text.returnPressed.connect(self.add_follow_up)
        self.follow_due.returnPressed.connect(self.add_follow_up)
        self.follow_due.textChanged.connect(self._update_due_hint)
        for edit in (
            self.contacts_edit,
            self.outcome_text,
            self.follow_text,
            self.follow_due,
            self.offers_edit,
            self.seeks_edit,
        ):
            edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)
        for spin in (self.enjoyment, self.minutes):
            spin.valueChanged.connect(self.changed)
        for combo in (self.channel, self.outcome_kind):
            combo.currentIndexChanged.connect(self.changed)
        self.goals.itemChanged.connect(lambda _item: self.changed.emit())

    # --- choices ------------------------------------------------------------------

    @staticmethod
    def _choices(name: str, table: dict[str, str]) -> ChoiceBox:
        """A box of the codes of ``table``, chosen by typing part of their labels."""
        box = build.named(ChoiceBox(), name)
        for code, text in labels.choices(table):
            box.addItem(text, code)
        return box

    def set_goals(self, goals: list[cv.Choice]) -> None:
        self.goals.clear()
        for goal in goals:
            build.add_item(self.goals, goal.label, goal.id, checked=False)
        has = bool(goals)
        self.goals.setVisible(has)
        self.goals_label.setVisible(has)
        self.keep_goals.setVisible(has)

    def finish_typing(self) -> None:
        """Settle the boxes chosen by typing (before the state is read for saving)."""
        for box in (self.outcome_kind, self.channel):
            box.settle()

    # --- outcomes and follow-ups --------------------------------------------------

    def _add_outcome_line(self, kind: str, text: str) -> None:
        self.outcome_list.add(f"{labels.label(labels.OUTCOME_KINDS, kind)}: {text}", [kind, text])

    def add_outcome(self) -> None:
        text = self.outcome_text.text().strip()
        if not text:
            return
        self._add_outcome_line(self.outcome_kind.currentData(), text)
        self.outcome_text.clear()
        self.changed.emit()

    def _add_follow_line(self, data: dict[str, Any]) -> None:
        due = dt.date.fromisoformat(data["due"]) if data.get("due") else None
        text = data["text"]
        if due is not None:
            text = self.tr("%1 (due %2)").replace("%1", text).replace("%2", date_text(due))
        if data.get("done"):
            text = "✓ " + text
        self.follow_list.add(text, data)

    def add_follow_up(self) -> bool:
        """Add the typed follow-up; False (and a hint) when its date is not understood."""
        text = self.follow_text.text().strip()
        due_text = self.follow_due.text().strip()
        if not text:
            return not due_text
        due = try_parse_due(due_text, self.today) if due_text else None
        if due_text and due is None:
            self.follow_due.setFocus()
            self._update_due_hint(due_text)
            return False
        self._add_follow_line({"text": text, "due": due.isoformat() if due else None})
        self.follow_text.clear()
        self.follow_due.clear()
        self.follow_text.setFocus()
        self.changed.emit()
        return True

    def _update_due_hint(self, text: str) -> None:
        if not text.strip():
            self.follow_hint.setText("")
            return
        due = try_parse_due(text, self.today)
        if due is None:
            self.follow_hint.setText(self.tr("not a date"))
            set_text_color(self.follow_hint, error_color(self.follow_hint))
        else:
            self.follow_hint.setText("→ " + date_text(due))
            set_text_color(self.follow_hint, None)

    # --- state ----------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Everything typed, as JSON-able data (drafts, switching entries)."""
        return {
            "contacts": self.contacts_edit.text(),
            "picked": dict(self.contacts_edit.picked),
            "notes": self.notes_edit.toPlainText(),
            "outcome_kind": self.outcome_kind.currentData(),
            "outcome_text": self.outcome_text.text(),
            "outcomes": self.outcome_list.entries(),
            "follow_text": self.follow_text.text(),
            "follow_due": self.follow_due.text(),
            "follow_ups": self.follow_list.entries(),
            "enjoyment": self.enjoyment.value(),
            "minutes": self.minutes.value(),
            "channel": self.channel.currentData(),
            "offers": self.offers_edit.text(),
            "seeks": self.seeks_edit.text(),
            "goals": build.checked_data(self.goals),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            self.contacts_edit.setText(str(state.get("contacts", "")))
            self.contacts_edit.picked = {
                str(k): int(v) for k, v in dict(state.get("picked", {})).items()
            }
            self.notes_edit.setPlainText(str(state.get("notes", "")))
            build.select_data(self.outcome_kind, state.get("outcome_kind") or "insight")
            self.outcome_text.setText(str(state.get("outcome_text", "")))
            self.outcome_list.clear()
            for kind, text in state.get("outcomes", []):
                self._add_outcome_line(kind, text)
            self.follow_text.setText(str(state.get("follow_text", "")))
            self.follow_due.setText(str(state.get("follow_due", "")))
            self.follow_list.clear()
            for data in state.get("follow_ups", []):
                self._add_follow_line(dict(data))
            self.enjoyment.setValue(int(state.get("enjoyment", 0) or 0))
            self.minutes.setValue(int(state.get("minutes", 15)))
            build.select_data(self.channel, state.get("channel") or "in_person")
            self.offers_edit.setText(str(state.get("offers", "")))
            self.seeks_edit.setText(str(state.get("seeks", "")))
            chosen = set(state.get("goals", []))
            for i in range(self.goals.count()):
                item = self.goals.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(build.ITEM_ROLE) in chosen
                    else Qt.CheckState.Unchecked
                )
        finally:
            self.blockSignals(False)

    @staticmethod
    def blank_state(channel: str = "in_person", minutes: int = 15) -> dict[str, Any]:
        return {"channel": channel, "minutes": minutes, "outcome_kind": "insight"}

    @staticmethod
    def is_blank(state: dict[str, Any]) -> bool:
        """True when nothing was typed into this conversation."""
        return not any(
            str(state.get(key) or "").strip()
            for key in (
                "contacts",
                "notes",
                "outcome_text",
                "follow_text",
                "offers",
                "seeks",
            )
        ) and not (state.get("outcomes") or state.get("follow_ups") or state.get("enjoyment"))

    @staticmethod
    def summary(state: dict[str, Any]) -> str:
        return str(state.get("contacts") or "").strip()
