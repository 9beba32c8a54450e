"""The event of a capture: its title, when it was, and — for a new one — where it
belongs and how long it took.

An evening logged in quick capture is an event: picked from the completion or
named anew. A new event also gets its organising network (completed over the
networks there are; a name not among them makes a new network), its duration —
the sum of the conversations' minutes, shown and kept in step until the user
types another — and its travel time. An existing event shows its own values,
greyed. Enter in any of these fields goes on to the first conversation, so the
details cost one key to skip; Tab walks through them.

Which event a title means is the journal's rule
(:func:`kontaktbuch.journal.conversations.capture_event`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal import events as ev
from kontaktbuch.journal.names import fold_name_for_matching
from kontaktbuch.journal.snapshots import NotFound
from kontaktbuch.text.formatting import date_text
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.completion import completer, enter_takes_suggestion
from kontaktbuch.ui.common.when_edit import WhenEdit

ROLE_EVENT = Qt.ItemDataRole.UserRole + 1
ROLE_TITLE = Qt.ItemDataRole.UserRole + 2
ROLE_WHEN = Qt.ItemDataRole.UserRole + 3


class EventFields(QWidget):
    """The capture's event row: title, when; network, duration and travel of a new one."""

    # anything typed or picked
    changed = Signal()
    # Enter in one of the fields: on to the first conversation
    finished = Signal()

    def __init__(
        self, when: dt.datetime, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # the event picked from the completion, while its title stands: (id, title)
        self.picked: tuple[int, str] | None = None
        self._events: list[cv.Choice] = []
        self._networks: list[cv.Choice] = []
        self._total = 0
        self._duration_by_hand = False
        self._quiet = False

        self.title_edit = build.line_edit(
            "eventEdit", self.tr("Event (optional): pick one or type a new title"), self.tr("Event")
        )
        self._event_model = QStandardItemModel(self)
        self.completer = completer(self._event_model, self)
        self.completer.setCompletionRole(ROLE_TITLE)
        # PySide6's stubs do not know the overloaded signal's [type] form
        self.completer.activated[QModelIndex].connect(self._event_picked)  # type: ignore[index]
        self.title_edit.setCompleter(self.completer)
        enter_takes_suggestion(self.completer)
        self.hint = build.named(QLabel(), "eventHint")

        self.when_edit = build.named(
            WhenEdit(when, today),
            "whenEdit",
            self.tr("When"),
            tip=self.tr("For example 05.12.2026 19:00, 5.12. 19:00 or 19:30"),
        )
        self.when_edit.hint.setObjectName("whenHint")

        self.network_edit = build.line_edit(
            "eventNetworkEdit", self.tr("which network organised it"), self.tr("Network")
        )
        self._network_model = QStringListModel(self)
        self.network_completer = completer(self._network_model, self)
        self.network_edit.setCompleter(self.network_completer)
        enter_takes_suggestion(self.network_completer)
        self.network_hint = build.named(QLabel(), "eventNetworkHint")

        minutes = self.tr(" min")
        self.duration = build.spin_box(
            "eventDuration", ev.MAX_MINUTES, step=15, suffix=minutes, accessible=self.tr("Duration")
        )
        self.duration_note = build.named(QLabel(), "eventDurationNote")
        self.travel = build.spin_box(
            "eventTravel",
            ev.MAX_MINUTES,
            step=15,
            suffix=minutes,
            accessible=self.tr("Travel time"),
        )

        event_label = QLabel(self.tr("&Event"))
        event_label.setBuddy(self.title_edit)
        # Two rows, the title and the network one above the other and as wide as the
        # window allows; when, duration and travel keep the width their text needs.
        self.when_edit.setMinimumWidth(self.when_edit.fontMetrics().horizontalAdvance("0") * 20)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(event_label, 0, 0)
        grid.addWidget(self.title_edit, 0, 1)
        grid.addWidget(self.hint, 0, 2)
        grid.addWidget(QLabel(self.tr("When")), 0, 3)
        grid.addLayout(build.row(self.when_edit, self.when_edit.hint, build.STRETCH), 0, 4)
        grid.addWidget(QLabel(self.tr("Network")), 1, 0)
        grid.addWidget(self.network_edit, 1, 1)
        grid.addWidget(self.network_hint, 1, 2)
        grid.addWidget(QLabel(self.tr("Duration")), 1, 3)
        time_row = build.row(
            self.duration,
            self.duration_note,
            build.Space(12),
            QLabel(self.tr("Travel time")),
            self.travel,
            build.STRETCH,
        )
        grid.addLayout(time_row, 1, 4)
        grid.setColumnStretch(1, 1)

        # the fields in Tab order
        self.tab_chain: list[QWidget] = [
            self.title_edit,
            self.when_edit,
            self.network_edit,
            self.duration,
            self.travel,
        ]
        for widget in self.tab_chain:
            widget.installEventFilter(self)
        for spin in (self.duration, self.travel):
            line = spin.lineEdit()
            if line is not None:
                line.installEventFilter(self)

        self.title_edit.textEdited.connect(self._on_title)
        self.when_edit.valueChanged.connect(lambda _v: self._refresh())
        self.network_edit.textChanged.connect(lambda _t: self._on_network())
        self.duration.valueChanged.connect(self._on_duration)
        self.travel.valueChanged.connect(lambda _v: self._changed())
        self.load_choices()
        self._refresh()

    # --- the journal's lists --------------------------------------------------------

    def load_choices(self) -> None:
        """The events offered for completion (newest first) and the networks."""
        self._event_model.clear()
        self._events = cv.event_choices()
        for choice in self._events:
            when = date_text(choice.when.date()) if choice.when else ""
            item = QStandardItem(f"{choice.label} – {when}")
            item.setData(choice.id, ROLE_EVENT)
            item.setData(choice.label, ROLE_TITLE)
            item.setData(choice.when, ROLE_WHEN)
            item.setEditable(False)
            self._event_model.appendRow(item)
        self._networks = cv.network_choices()
        self._network_model.setStringList([n.label for n in self._networks])

    # --- what the fields say --------------------------------------------------------

    def title(self) -> str:
        return self.title_edit.text()

    def when(self) -> dt.datetime:
        return self.when_edit.value()

    def existing_event(self) -> int | None:
        """The existing event the title means (picked, or the same title that day)."""
        if self.picked is not None and self.picked[1] == self.title().strip():
            return self.picked[0]
        if not self.title().strip():
            return None
        return cv.same_event(self.title(), self.when().date(), self._events)

    def is_new(self) -> bool:
        """A title that means no existing event: one to create."""
        return bool(self.title().strip()) and self.existing_event() is None

    def _network_id(self) -> int | None:
        key = fold_name_for_matching(self.network_edit.text())
        for network in self._networks:
            if fold_name_for_matching(network.label) == key:
                return network.id
        return None

    def event_for_save(self) -> tuple[int | None, cv.NewEvent | None]:
        """(existing event's id, new event to create) by the journal's rule, with the new
        event's network, duration (None: the sum of the conversations) and travel."""
        event_id, new_event = cv.capture_event(self.title(), self.when(), None, self.picked)
        if new_event is None:
            return event_id, None
        name = " ".join(self.network_edit.text().split())
        return None, dataclasses.replace(
            new_event,
            network_id=self._network_id() if name else None,
            network_name=name,
            duration_minutes=self.duration.value() if self._duration_by_hand else None,
            travel_minutes=self.travel.value(),
        )

    def set_total(self, minutes: int) -> None:
        """The conversations' minutes: the new event's duration until one is typed."""
        self._total = minutes
        if not self._duration_by_hand and self.is_new():
            self._set_quietly(self.duration, minutes)

    # --- reacting ---------------------------------------------------------------------

    def _set_quietly(self, spin: QSpinBox, value: int) -> None:
        self._quiet = True
        try:
            spin.setValue(value)
        finally:
            self._quiet = False

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def _event_picked(self, index: QModelIndex) -> None:
        title = str(index.data(ROLE_TITLE) or "")
        self.picked = (int(index.data(ROLE_EVENT)), title)
        when = index.data(ROLE_WHEN)
        if isinstance(when, dt.datetime):
            self.when_edit.set_value(when)
        # the completer writes its own text after this slot; ours comes last
        QTimer.singleShot(0, lambda: self.title_edit.setText(title))
        self._refresh(title)
        self.changed.emit()

    def _on_title(self, text: str) -> None:
        if self.picked and text.strip() != self.picked[1]:
            self.picked = None
        self._refresh(text)
        self.changed.emit()

    def _on_network(self) -> None:
        name = self.network_edit.text().strip()
        new = bool(name) and self._network_id() is None
        self.network_hint.setText(self.tr("new network") if new else "")
        self._changed()

    def _on_duration(self, _value: int) -> None:
        if not self._quiet:
            self._duration_by_hand = True
            self.duration_note.setText("")
        self._changed()

    def _refresh(self, title: str | None = None) -> None:
        """Hint and details for the title as it stands (or ``title``, about to stand)."""
        text = (self.title() if title is None else title).strip()
        existing = None
        if text:
            if self.picked is not None and self.picked[1] == text:
                existing = self.picked[0]
            else:
                existing = cv.same_event(text, self.when().date(), self._events)
        if not text:
            self.hint.setText("")
        elif existing is not None:
            self.hint.setText(self.tr("existing event"))
        else:
            self.hint.setText(self.tr("new event"))
        new = bool(text) and existing is None
        for widget in (self.network_edit, self.duration, self.travel):
            widget.setEnabled(new)
        if existing is not None:
            self._show_existing(existing)
        elif new and not self._duration_by_hand:
            self._set_quietly(self.duration, self._total)
            self.duration_note.setText(self.tr("= sum of the conversations"))
        self._changed()

    def _show_existing(self, event_id: int) -> None:
        """An existing event's own network, duration and travel, greyed."""
        try:
            data = ev.load_event(event_id)
        except NotFound:
            return
        names = {n.id: n.label for n in self._networks}
        self.network_edit.blockSignals(True)
        self.network_edit.setText(names.get(data.network_id or -1, ""))
        self.network_edit.blockSignals(False)
        self.network_hint.setText("")
        self._set_quietly(self.duration, data.duration_minutes)
        self._set_quietly(self.travel, data.travel_minutes)
        self.duration_note.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field (with no completion open) goes on to the conversations."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            for completer in (self.completer, self.network_completer):
                popup = completer.popup()
                if popup is not None and popup.isVisible():
                    return False
            self.finished.emit()
            return True
        return super().eventFilter(watched, event)

    # --- drafts and editing -------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """What was typed, as JSON-able data (the draft keeps it)."""
        return {
            "event_title": self.title(),
            "event_id": self.picked[0] if self.picked else None,
            "when": self.when().isoformat(),
            "network": self.network_edit.text() if self.is_new() else "",
            "duration": self.duration.value() if self._duration_by_hand else None,
            "travel": self.travel.value() if self.is_new() else 0,
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Fill the fields from :meth:`state` (a draft)."""
        title = str(state.get("event_title", ""))
        self.title_edit.setText(title)
        event_id = state.get("event_id")
        self.picked = (int(event_id), title) if event_id else None
        with contextlib.suppress(ValueError):
            self.when_edit.set_value(dt.datetime.fromisoformat(str(state.get("when"))))
        self.network_edit.setText(str(state.get("network") or ""))
        duration = state.get("duration")
        self._duration_by_hand = isinstance(duration, int)
        if isinstance(duration, int):
            self._set_quietly(self.duration, duration)
        self._set_quietly(self.travel, int(state.get("travel") or 0))
        self._refresh()

    def set_event(self, event_id: int) -> bool:
        """Start with a known event (from the events view, or when editing)."""
        for row in range(self._event_model.rowCount()):
            index = self._event_model.index(row, 0)
            if index.data(ROLE_EVENT) == event_id:
                title = str(index.data(ROLE_TITLE))
                self._event_picked(index)
                self.title_edit.setText(title)
                return True
        return False

    def show_event(self, event_id: int, title: str) -> None:
        """An event that need not be among the completion's (editing an old conversation)."""
        self.title_edit.setText(title)
        self.picked = (event_id, title)
        self._refresh()
