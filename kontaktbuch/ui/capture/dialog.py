"""Quick capture ("Gespräche erfassen"): an evening's conversations in two minutes.

Pick or name the event, then log one conversation after the other without
leaving the dialog: Ctrl+N starts the next, Ctrl+Enter saves them all in one
transaction. Everything typed is kept as a draft on disk a few seconds after
typing stops, so a crash loses nothing; the draft is offered the next time.

Over 500 lines because it holds the whole flow of a capture — the event, the
list of conversations, drafts, closing, saving — in one place. What is not
flow lives elsewhere: the fields in :mod:`.form`, the form's state and the
journal's input in :mod:`.states`, the questions in :mod:`.questions`, and the
rules (which contact a name means, which event a title means) in the journal.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QWidget

from kontaktbuch.journal import conversations as cv
from kontaktbuch.ui.capture import drafts, questions, states
from kontaktbuch.ui.capture.event_fields import EventFields
from kontaktbuch.ui.capture.form import ConversationForm
from kontaktbuch.ui.capture.questions import CaptureCancelled
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.palette import error_color, set_text_color

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 2000


class CaptureDialog(QDialog):
    """Log one or several conversations, optionally of one event."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, edit_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # the conversation being edited (None: a new capture)
        self.edit_id = edit_id
        self.setObjectName("captureDialog" if edit_id is None else "conversationEditDialog")
        self.setWindowTitle(
            self.tr("Log conversations") if edit_id is None else self.tr("Edit conversation")
        )
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(960, 620)
        self.entries: list[dict[str, Any]] = [ConversationForm.blank_state()]
        self.current = 0
        self.dirty = False
        self._loading = False
        # closed (saved, discarded or cancelled): nothing more is kept as a draft
        self._closed = False
        self.saved_result: cv.CaptureResult | None = None

        # The event: title and time; network, duration and travel of a new one.
        self.event_fields = EventFields(ctx.clock().replace(second=0, microsecond=0), ctx.today)
        self.event_edit = self.event_fields.title_edit
        self.event_completer = self.event_fields.completer
        self.when_edit = self.event_fields.when_edit

        # The conversations of this capture.
        self.entry_list = build.named(QListWidget(), "entryList")
        self.entry_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.entry_list.currentRowChanged.connect(self._switch_to)
        self.add_button = build.button(
            self.tr("Next conversation"),
            self.add_entry,
            name="addConversationButton",
            tip=self.tr("Ctrl+N"),
        )
        self.remove_button = build.button(
            self.tr("Remove"), self.remove_entry, name="removeConversationButton"
        )
        left = build.panel(
            QLabel(self.tr("Conversations")),
            (self.entry_list, 1),
            self.add_button,
            self.remove_button,
        )

        self.form = ConversationForm(ctx.today())
        editing = cv.get_conversation(edit_id) if edit_id is not None else None
        goals = cv.active_goals()
        if editing is not None:
            known = {g.id for g in goals}
            goals += [
                g for g in cv.goal_choices() if g.id in editing.goal_ids and g.id not in known
            ]
        self.form.set_goals(goals)
        splitter = build.side_by_side(left, self.form, sizes=(200, 680), stretch=(0, 1))

        self.error_label = build.named(QLabel(), "captureError")
        set_text_color(self.error_label, error_color(self.error_label))
        self.error_label.setWordWrap(True)
        self.save_button = build.button(
            self.tr("Save all"), self.save, name="saveButton", tip=self.tr("Ctrl+Enter")
        )
        self.cancel_button = build.button(self.tr("Cancel"), self.reject, name="cancelButton")
        for button in (self.add_button, self.remove_button, self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        hint = build.named(
            QLabel(self.tr("Ctrl+N: next conversation · Ctrl+Enter: save all · Esc: close")),
            "keyHint",
        )
        hint.setEnabled(False)
        bottom = build.row(hint, build.STRETCH, self.cancel_button, self.save_button)
        build.column(self.event_fields, (splitter, 1), self.error_label, bottom, parent=self)
        build.tab_order(
            [
                *self.event_fields.tab_chain,
                *self.form.tab_chain,
                self.add_button,
                self.remove_button,
                self.cancel_button,
                self.save_button,
            ]
        )

        shortcuts: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+N", self.add_entry),
            ("Ctrl+PgDown", lambda: self._step(1)),
            ("Ctrl+PgUp", lambda: self._step(-1)),
        ]
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.write_draft)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting with the dialog open keeps what was typed, even the last seconds.
            app.aboutToQuit.connect(self._keep_draft_on_quit)
        self.form.changed.connect(self._on_changed)
        self.event_fields.changed.connect(self._on_changed)
        self.event_fields.finished.connect(self.form.contacts_edit.setFocus)

        if editing is not None:
            left.hide()
            hint.hide()
            self.form.keep_goals.hide()
            self.save_button.setText(self.tr("Save"))
            self._loading = True
            self._load_existing(editing)
        self._rebuild_list()
        self._load_form()
        self.dirty = False

    @property
    def picked_event(self) -> tuple[int, str] | None:
        """The event picked from the completion, while its title stands."""
        return self.event_fields.picked

    def set_event(self, event_id: int) -> None:
        """Start the capture for a known event (e.g. from the events view)."""
        self.event_fields.set_event(event_id)

    # --- entries ----------------------------------------------------------------------

    def _rebuild_list(self) -> None:
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for i, state in enumerate(self.entries):
            name = ConversationForm.summary(state) or self.tr("(new conversation)")
            self.entry_list.addItem(QListWidgetItem(f"{i + 1}. {name}"))
        self.entry_list.setCurrentRow(self.current)
        self.entry_list.blockSignals(False)
        self.remove_button.setEnabled(len(self.entries) > 1)

    def _store_form(self) -> None:
        self.entries[self.current] = self.form.state()

    def _load_form(self) -> None:
        self._loading = True
        self.form.set_state(self.entries[self.current])
        self._loading = False

    def _switch_to(self, row: int) -> None:
        if row < 0 or row == self.current or row >= len(self.entries):
            return
        self.form.finish_typing()
        self._store_form()
        self.current = row
        self._load_form()
        self._rebuild_list()
        self.form.contacts_edit.setFocus()

    def _step(self, delta: int) -> None:
        self._switch_to(max(0, min(len(self.entries) - 1, self.current + delta)))

    def add_entry(self) -> None:
        """Start the next conversation, with the current one's channel — and its goals,
        if the user ticked "same goals" for the next conversations."""
        self.form.finish_typing()
        self.form.add_outcome()
        self.form.add_follow_up()
        self._store_form()
        previous = self.entries[self.current]
        state = ConversationForm.blank_state(channel=previous.get("channel") or "in_person")
        if self.form.keep_goals.isChecked():
            state["goals"] = list(previous.get("goals", []))
        self.entries.append(state)
        self.current = len(self.entries) - 1
        self._load_form()
        self._rebuild_list()
        self.form.contacts_edit.setFocus()
        self._on_changed()

    def remove_entry(self) -> None:
        if len(self.entries) <= 1:
            return
        del self.entries[self.current]
        self.current = min(self.current, len(self.entries) - 1)
        self._load_form()
        self._rebuild_list()
        self._on_changed()

    def all_states(self) -> list[dict[str, Any]]:
        self._store_form()
        return list(self.entries)

    # --- change tracking and drafts -----------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.error_label.clear()
        if self.current < len(self.entries):
            state = self.form.state()
            self.entries[self.current] = state
            item = self.entry_list.item(self.current)
            if item is not None:
                name = ConversationForm.summary(state) or self.tr("(new conversation)")
                item.setText(f"{self.current + 1}. {name}")
        logged = [e for e in self.entries if not ConversationForm.is_blank(e)]
        self.event_fields.set_total(sum(int(e.get("minutes") or 0) for e in logged))
        if not self._closed:
            self.draft_timer.start()

    def _keep_draft_on_quit(self) -> None:
        """Quitting with the capture open keeps what was typed, even the last seconds;
        a capture already saved or discarded is never written again."""
        if self.dirty and self.edit_id is None and not self._closed:
            self.draft_timer.stop()
            self.write_draft()

    def has_input(self) -> bool:
        return bool(self.event_edit.text().strip()) or any(
            not ConversationForm.is_blank(s) for s in self.all_states()
        )

    def draft_state(self) -> dict[str, Any]:
        return {
            "version": 2,
            "saved_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            **self.event_fields.state(),
            "entries": self.all_states(),
            "current": self.current,
            "keep_goals": self.form.keep_goals.isChecked(),
        }

    def _load_existing(self, row: cv.ConversationRow) -> None:
        """Fill the form from a stored conversation (edit mode)."""
        state = states.state_from_row(row)
        self.entries = [state]
        self.current = 0
        self.when_edit.set_value(row.occurred_at)
        if row.event_id is not None:
            self.event_fields.show_event(row.event_id, row.event_title)
        self.dirty = False

    def write_draft(self) -> None:
        if self.edit_id is not None or self._closed:
            return
        from kontaktbuch.store.errors import StoreError

        try:
            if not self.has_input():
                drafts.delete_draft(self.ctx.paths.drafts_dir)
                return
            drafts.write_draft(self.ctx.paths.drafts_dir, self.draft_state())
        except (OSError, StoreError) as exc:  # a read-only or full journal: saving says so
            log.warning("Could not keep the capture draft: %s", exc)

    def restore_draft(self, state: dict[str, Any]) -> None:
        entries = [e for e in state.get("entries", []) if isinstance(e, dict)]
        self.entries = entries or [ConversationForm.blank_state()]
        self.current = max(0, min(int(state.get("current", 0) or 0), len(self.entries) - 1))
        self._loading = True
        self.event_fields.restore(state)
        self.form.keep_goals.setChecked(bool(state.get("keep_goals")))
        self._loading = False
        self._load_form()
        self._rebuild_list()
        self.dirty = True
        self._on_changed()

    def offer_draft(self) -> bool:
        """Offer an unsaved capture from last time; True if it was restored."""
        if self.edit_id is not None:
            return False
        state = drafts.read_draft(self.ctx.paths.drafts_dir)
        if not state:
            return False
        if self.ask_restore_draft(state):
            self.restore_draft(state)
            return True
        drafts.delete_draft(self.ctx.paths.drafts_dir)
        return False

    def ask_restore_draft(self, state: dict[str, Any]) -> bool:
        count = len([e for e in state.get("entries", []) if not ConversationForm.is_blank(e)])
        return questions.ask_restore_draft(self, count)

    # --- closing ------------------------------------------------------------------------

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" (kept apart so tests can answer)."""
        return questions.ask_unsaved(self)

    def reject(self) -> None:
        if self.dirty and self.has_input():
            choice = self.ask_unsaved()
            if choice == "cancel":
                return
            if choice == "save":
                self.save()
                return
        self._forget_draft()
        super().reject()

    def _forget_draft(self) -> None:
        """The capture is over: its draft goes, and nothing writes it again."""
        self._closed = True
        self.dirty = False
        self.draft_timer.stop()
        if self.edit_id is None:
            drafts.delete_draft(self.ctx.paths.drafts_dir)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.isVisible() or not (self.dirty and self.has_input()):
            # Nothing typed to keep (or closed already): no draft timer may outlive it.
            self.draft_timer.stop()
            self._closed = True
            super().closeEvent(event)
            return
        if not event.spontaneous():
            # The application is quitting (Quit in the tray, the session ending): keep
            # what was typed as a draft for next time instead of holding the quit up.
            # (QDialog's own closeEvent would reject, which asks and deletes the draft.)
            self._keep_draft_on_quit()
            self._closed = True
            self.dirty = False
            event.accept()
            return
        event.ignore()
        self.reject()

    # --- saving -------------------------------------------------------------------------

    def show_error(self, text: str, focus: QWidget | None = None, entry: int | None = None) -> None:
        if entry is not None and entry != self.current:
            self._switch_to(entry)
        self.error_label.setText(text)
        if focus is not None:
            focus.setFocus()

    def choose_similar(self, name: str, similar: list[cv.Choice]) -> int | None:
        """Ask whether a typed new name means an existing contact (kept apart so tests
        can answer): its id, None for a new one; :class:`CaptureCancelled` goes back."""
        return questions.choose_similar(self, name, similar)

    def _resolve_contacts(self, state: dict[str, Any]) -> tuple[list[int], list[str]]:
        """The contacts and new names of a conversation; asks where the journal's rule
        leaves a choice (:func:`journal.conversations.resolve_name`)."""
        picked = {str(k): int(v) for k, v in dict(state.get("picked", {})).items()}
        ids: list[int] = []
        new: list[str] = []
        for name in cv.typed_names(str(state.get("contacts", ""))):
            typed = cv.resolve_name(name, picked)
            chosen = typed.contact_id
            if chosen is None and typed.candidates:
                chosen = self.choose_similar(name, list(typed.candidates))
            if chosen is not None:
                ids.append(chosen)
            else:
                new.append(name)
        return ids, new

    def build_inputs(self) -> list[cv.ConversationInput] | None:
        """The conversations to save, or None after showing what needs fixing."""
        if not self.when_edit.is_valid():
            text = self.tr("“%1” is not a date and time. Try 05.12.2026 19:00 or 5.12. 19:00.")
            self.show_error(text.replace("%1", self.when_edit.text()), self.when_edit)
            return None
        when = self.when_edit.value()
        today = self.ctx.today()
        fields = {
            "contacts": self.form.contacts_edit,
            "follow_due": self.form.follow_due,
            "follow_text": self.form.follow_text,
        }
        self.form.finish_typing()
        inputs: list[cv.ConversationInput] = []
        for index, state in enumerate(self.all_states()):
            if ConversationForm.is_blank(state):
                continue
            problem = states.problem(state, index + 1, today)
            if problem is not None:
                self.show_error(problem.message, fields[problem.field], index)
                return None
            try:
                ids, new = self._resolve_contacts(state)
            except CaptureCancelled:
                self._switch_to(index)
                self.form.contacts_edit.setFocus()
                return None
            inputs.append(states.conversation_input(state, when, today, ids, new))
        if not inputs:
            self.show_error(self.tr("Nothing to save yet."), self.form.contacts_edit)
            return None
        return inputs

    def save(self) -> bool:
        """Save every conversation of this capture in one transaction."""
        from kontaktbuch.store.errors import StoreError
        from kontaktbuch.ui.common.errors import show_store_error

        inputs = self.build_inputs()
        if inputs is None:
            return False
        event_id, new_event = self.event_fields.event_for_save()
        try:
            if self.edit_id is not None:
                inputs[0].event_id = event_id
                cv.update_conversation(self.edit_id, inputs[0], new_event=new_event)
                result = cv.CaptureResult(event_id, (self.edit_id,), ())
            else:
                result = cv.save_capture(inputs, event_id=event_id, new_event=new_event)
        except cv.ValidationError as exc:
            from kontaktbuch.text.input_messages import describe_invalid_input

            self.show_error(describe_invalid_input(exc))
            return False
        except StoreError as exc:  # read-only, full, locked: said; the input stays here
            show_store_error(self, exc, critical=False)
            return False
        self.saved_result = result
        self._forget_draft()
        self.ctx.events.notify("conversation", "contact", "event")
        parent = self.parent()
        if self.edit_id is None and parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(
                self.tr("%n conversation(s) saved.", "", len(result.conversation_ids)), 6000
            )
        self.accept()
        return True

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(0, self._initial_focus)

    def _initial_focus(self) -> None:
        if self.edit_id is not None:
            self.form.notes_edit.setFocus()
        elif not self.event_edit.text():
            self.event_edit.setFocus()
        else:
            self.form.contacts_edit.setFocus()
