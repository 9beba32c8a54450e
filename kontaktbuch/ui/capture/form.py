"""The fields of one conversation, shared by quick capture and the edit dialog.

Built for the keyboard: Tab walks the fields in the order people tell a
conversation (who, what was said, what came of it, what to follow up, how it
felt); Enter in an outcome or follow-up adds it and keeps the cursor there for
the next one. The form's state is plain JSON-able data, so drafts are easy.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal.dates import try_parse_due
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_text
from kontaktbuch.ui.common.choice_box import ChoiceBox
from kontaktbuch.ui.common.completion import enter_takes_suggestion
from kontaktbuch.ui.common.palette import error_color, set_text_color
from kontaktbuch.ui.introductions.hint import OffersHint

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_NAME = Qt.ItemDataRole.UserRole + 2
ROLE_DATA = Qt.ItemDataRole.UserRole + 3


class ContactsEdit(QLineEdit):
    """Names separated by commas, each completed over names, organisations and e-mails.

    The completion asks the journal at each keystroke for the few contacts the
    typed name may mean (:func:`journal.conversations.complete_contacts`), so
    opening a form loads no contacts at all — with 10,000 of them, loading them
    into a model made quick capture take 0.15–0.3 s to open. The model holds
    only those matches, so the completer shows them all (its own prefix stays
    empty). A name picked from the completion is remembered with its contact
    id, so two contacts with the same name stay apart.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        source: Callable[[str], list[cv.Choice]] = cv.complete_contacts,
    ) -> None:
        super().__init__(parent)
        self.picked: dict[str, int] = {}
        #: the contacts a typed text may mean (tests may pass their own)
        self.source = source
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self)
        self.completer_.setModel(self._model)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setMaxVisibleItems(8)
        self.completer_.setWidget(self)
        # PySide6 picks a signal's overload by argument type; the stubs cannot index it.
        self.completer_.activated[QModelIndex].connect(self._insert)  # type: ignore[index]
        enter_takes_suggestion(self.completer_)
        self.textEdited.connect(self._update_completion)

    @staticmethod
    def _text(choice: cv.Choice) -> str:
        return choice.label if not choice.detail else f"{choice.label} – {choice.detail}"

    def _fill(self, choices: list[cv.Choice]) -> None:
        self._model.clear()
        for choice in choices:
            item = QStandardItem(self._text(choice))
            item.setData(choice.id, ROLE_ID)
            item.setData(choice.label, ROLE_NAME)
            item.setEditable(False)
            self._model.appendRow(item)

    def _segment(self) -> str:
        return self.text().rsplit(",", 1)[-1].strip()

    def _update_completion(self, _text: str) -> None:
        segment = self._segment()
        if len(segment) < 2:
            self._popup().hide()
            return
        self._fill(self.source(segment))
        self.completer_.setCompletionPrefix("")
        if self.completer_.completionCount() > 0:
            self.completer_.complete()
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        # popup() makes the popup when there is none yet: never None, whatever the stubs say.
        return self.completer_.popup()  # type: ignore[return-value]

    def _insert(self, index: QModelIndex) -> None:
        name = str(index.data(ROLE_NAME) or "")
        contact_id = index.data(ROLE_ID)
        if not name:
            return
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        parts = [p.strip() for p in head.split(",") if p.strip()] if head else []
        parts.append(name)
        if contact_id is not None:
            self.picked[name] = int(contact_id)
        self.setText(", ".join(parts))

    def names(self) -> list[str]:
        return [p.strip() for p in self.text().split(",") if p.strip()]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self._insert(index)
                return
        super().keyPressEvent(event)


class EntryList(QListWidget):
    """Outcomes or follow-ups added so far; Delete removes the selected one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.takeItem(self.currentRow())
            self.changed.emit()
            return
        super().keyPressEvent(event)

    changed = Signal()


class ConversationForm(QWidget):
    """The fields of one conversation; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.contacts_edit = ContactsEdit()
        self.contacts_edit.setObjectName("contactsEdit")
        self.contacts_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.contacts_edit.setAccessibleName(self.tr("Contacts"))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What was said?"))
        self.notes_edit.setMinimumHeight(60)
        self.notes_edit.setAccessibleName(self.tr("Notes"))

        self.outcome_kind = ChoiceBox()
        self.outcome_kind.setObjectName("outcomeKind")
        for code, text in labels.choices(labels.OUTCOME_KINDS):
            self.outcome_kind.addItem(text, code)
        self.outcome_kind.setAccessibleName(self.tr("Kind of outcome"))
        self.outcome_text = QLineEdit()
        self.outcome_text.setObjectName("outcomeText")
        self.outcome_text.setPlaceholderText(self.tr("What came of it? Enter adds another"))
        self.outcome_text.setAccessibleName(self.tr("Outcome"))
        self.outcome_list = EntryList()
        self.outcome_list.setObjectName("outcomeList")
        self.outcome_list.setMaximumHeight(64)

        self.follow_text = QLineEdit()
        self.follow_text.setObjectName("followUpText")
        self.follow_text.setPlaceholderText(self.tr("What to follow up"))
        self.follow_text.setAccessibleName(self.tr("Follow-up"))
        self.follow_due = QLineEdit()
        self.follow_due.setObjectName("followUpDue")
        self.follow_due.setPlaceholderText(self.tr("+3d, Friday, 5.12."))
        self.follow_due.setAccessibleName(self.tr("Due"))
        self.follow_due.setMaximumWidth(150)
        self.follow_hint = QLabel()
        self.follow_hint.setObjectName("followUpHint")
        self.follow_list = EntryList()
        self.follow_list.setObjectName("followUpList")
        self.follow_list.setMaximumHeight(64)

        self.enjoyment = QSpinBox()
        self.enjoyment.setObjectName("enjoyment")
        self.enjoyment.setRange(0, 5)
        self.enjoyment.setSpecialValueText(self.tr("not rated"))
        self.enjoyment.setToolTip(self.tr("How much did you enjoy it? 1–5"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(15)
        self.channel = ChoiceBox()
        self.channel.setObjectName("channel")
        for code, text in labels.choices(labels.CHANNELS):
            self.channel.addItem(text, code)

        self.offers_edit = QLineEdit()
        self.offers_edit.setObjectName("offersEdit")
        self.offers_edit.setPlaceholderText(self.tr("added to the contact"))
        self.seeks_edit = QLineEdit()
        self.seeks_edit.setObjectName("seeksEdit")
        self.seeks_edit.setPlaceholderText(self.tr("added to the contact"))

        self.goals = QListWidget()
        self.goals.setObjectName("goalsList")
        self.goals.setMaximumHeight(80)
        self.goals_label = QLabel(self.tr("Goals served"))
        self.keep_goals = QCheckBox(self.tr("Same goals for the next conversations"))
        self.keep_goals.setObjectName("keepGoals")

        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome_kind)
        outcome_row.addWidget(self.outcome_text, 1)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_text, 1)
        follow_row.addWidget(self.follow_due)
        follow_row.addWidget(self.follow_hint)
        feel_row = QHBoxLayout()
        feel_row.addWidget(QLabel(self.tr("Enjoyment")))
        feel_row.addWidget(self.enjoyment)
        feel_row.addSpacing(12)
        feel_row.addWidget(QLabel(self.tr("Time spent")))
        feel_row.addWidget(self.minutes)
        feel_row.addSpacing(12)
        feel_row.addWidget(QLabel(self.tr("Channel")))
        feel_row.addWidget(self.channel)
        feel_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

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
        for a, b in itertools.pairwise(self.tab_chain):
            QWidget.setTabOrder(a, b)
        for lst in (self.outcome_list, self.follow_list):
            lst.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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

    def set_goals(self, goals: list[cv.Choice]) -> None:
        self.goals.clear()
        for goal in goals:
            item = QListWidgetItem(goal.label)
            item.setData(ROLE_ID, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        has = bool(goals)
        self.goals.setVisible(has)
        self.goals_label.setVisible(has)
        self.keep_goals.setVisible(has)

    def finish_typing(self) -> None:
        """Settle the boxes chosen by typing (before the state is read for saving)."""
        for box in (self.outcome_kind, self.channel):
            box.settle()

    # --- outcomes and follow-ups --------------------------------------------------

    def _outcome_item(self, kind: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(f"{labels.label(labels.OUTCOME_KINDS, kind)}: {text}")
        item.setData(ROLE_DATA, [kind, text])
        return item

    def add_outcome(self) -> None:
        text = self.outcome_text.text().strip()
        if not text:
            return
        self.outcome_list.addItem(self._outcome_item(self.outcome_kind.currentData(), text))
        self.outcome_text.clear()
        self.changed.emit()

    def _follow_item(self, data: dict[str, Any]) -> QListWidgetItem:
        due = dt.date.fromisoformat(data["due"]) if data.get("due") else None
        text = data["text"]
        if due is not None:
            text = self.tr("%1 (due %2)").replace("%1", text).replace("%2", date_text(due))
        if data.get("done"):
            text = "✓ " + text
        item = QListWidgetItem(text)
        item.setData(ROLE_DATA, data)
        return item

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
        self.follow_list.addItem(
            self._follow_item({"text": text, "due": due.isoformat() if due else None})
        )
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
            "outcomes": [
                self.outcome_list.item(i).data(ROLE_DATA) for i in range(self.outcome_list.count())
            ],
            "follow_text": self.follow_text.text(),
            "follow_due": self.follow_due.text(),
            "follow_ups": [
                self.follow_list.item(i).data(ROLE_DATA) for i in range(self.follow_list.count())
            ],
            "enjoyment": self.enjoyment.value(),
            "minutes": self.minutes.value(),
            "channel": self.channel.currentData(),
            "offers": self.offers_edit.text(),
            "seeks": self.seeks_edit.text(),
            "goals": [
                self.goals.item(i).data(ROLE_ID)
                for i in range(self.goals.count())
                if self.goals.item(i).checkState() == Qt.CheckState.Checked
            ],
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            self.contacts_edit.setText(str(state.get("contacts", "")))
            self.contacts_edit.picked = {
                str(k): int(v) for k, v in dict(state.get("picked", {})).items()
            }
            self.notes_edit.setPlainText(str(state.get("notes", "")))
            self._set_combo(self.outcome_kind, state.get("outcome_kind") or "insight")
            self.outcome_text.setText(str(state.get("outcome_text", "")))
            self.outcome_list.clear()
            for kind, text in state.get("outcomes", []):
                self.outcome_list.addItem(self._outcome_item(kind, text))
            self.follow_text.setText(str(state.get("follow_text", "")))
            self.follow_due.setText(str(state.get("follow_due", "")))
            self.follow_list.clear()
            for data in state.get("follow_ups", []):
                self.follow_list.addItem(self._follow_item(dict(data)))
            self.enjoyment.setValue(int(state.get("enjoyment", 0) or 0))
            self.minutes.setValue(int(state.get("minutes", 15)))
            self._set_combo(self.channel, state.get("channel") or "in_person")
            self.offers_edit.setText(str(state.get("offers", "")))
            self.seeks_edit.setText(str(state.get("seeks", "")))
            chosen = set(state.get("goals", []))
            for i in range(self.goals.count()):
                item = self.goals.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(ROLE_ID) in chosen
                    else Qt.CheckState.Unchecked
                )
        finally:
            self.blockSignals(False)

    @staticmethod
    def _set_combo(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(0, index))

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
