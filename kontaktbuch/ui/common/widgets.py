"""Small editing widgets shared by the contact, network and event forms.

Rows of e-mails, phones and links; a keep-in-touch interval said the way a
person says it ("every 3 months"); a tag field that completes existing tags;
and the red note under a field that says what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.ui.common import build, palette
from kontaktbuch.ui.common.completion import completer

INVALID_PROPERTY = "invalid"


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Give a field a red frame and its message as tooltip (None clears it)."""
    widget.setProperty(INVALID_PROPERTY, bool(message))
    border = f"border: 1px solid {palette.error_color(widget).name()};"
    widget.setStyleSheet(border if message else "")
    widget.setToolTip(message or "")
    widget.setAccessibleDescription(message or "")


class FilterEdit(QLineEdit):
    """A list's filter field, with a ✕ that empties it; ``settled`` once the typing
    pauses, so a long list is filtered once per word rather than once per key."""

    settled = Signal()
    # how long a pause in typing is
    PAUSE_MS = 200

    def __init__(self, name: str, placeholder: str, accessible: str) -> None:
        super().__init__()
        build.line_edit(name, placeholder, accessible, clearable=True, edit=self)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(self.PAUSE_MS)
        self._pause.timeout.connect(self.settled)
        self.textChanged.connect(lambda _text: self._pause.start())

    def settle(self) -> None:
        """The filter is applied now: nothing more waits for the pause."""
        self._pause.stop()

    def reach(self) -> None:
        """The keyboard's way in (Ctrl+F): the cursor here, the text selected."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def clear_quietly(self) -> None:
        """Empty the field without filtering (the view shows everything itself)."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)


def remove_button(tip: str) -> QToolButton:
    """The flat ✕ at the end of a row that removes the row; ``tip`` says what it does."""
    remove = QToolButton()
    remove.setText("✕")
    remove.setAutoRaise(True)
    remove.setToolTip(tip)
    remove.setAccessibleName(tip)
    return remove


class ErrorLabel(QLabel):
    """The message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        palette.set_text_color(self, palette.error_color(self))
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


# a row of :class:`EditableRows`: its widget first, then what the subclass keeps of it
RowT = TypeVar("RowT", bound=tuple[Any, ...])


class EditableRows(QWidget, Generic[RowT]):
    """Rows the user adds and removes (each with a ✕), an add button below them and a
    message line for their problems: the e-mails, phones and links of a contact, its
    networks. A subclass makes the rows; each is a tuple with its widget first."""

    changed = Signal()

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.error = ErrorLabel()
        self.add_button = QPushButton(add_text)
        self._layout.addWidget(self.error)
        self._layout.addLayout(build.row(self.add_button, build.STRETCH))

    def _append(self, entry: RowT, remove: QToolButton) -> None:
        """Show a new row above the message line; ``remove`` (its ✕) takes it away."""
        self._rows.append(entry)
        self._layout.insertWidget(len(self._rows) - 1, entry[0])
        remove.clicked.connect(lambda: self._remove(entry))

    def _drop(self, row: QWidget) -> None:
        row.hide()
        self._layout.removeWidget(row)
        row.deleteLater()

    def _remove(self, entry: RowT) -> None:
        self._rows.remove(entry)
        self._drop(entry[0])
        self.changed.emit()

    def _clear(self) -> None:
        for row, *_ in self._rows:
            self._drop(row)
        self._rows = []

    def _show_problems(self, fields: list[QWidget], errors: dict[int, str]) -> None:
        """Mark the field of each row with a problem, and say all problems below."""
        for i, field in enumerate(fields):
            mark_invalid(field, errors.get(i))
        self.error.show_message("\n".join(errors[i] for i in sorted(errors)))

    def count(self) -> int:
        return len(self._rows)


class LineRows(EditableRows[tuple[QWidget, QLineEdit, QLabel, list[str]]]):
    """Rows of one-line entries (e-mails, phones, links) with add and remove.

    Each row carries an ``extra`` text that the user does not edit here (an
    e-mail's label, a link's recognised kind); ``describe`` may show a hint
    beside the row, recomputed as the user types.
    """

    def __init__(
        self,
        add_text: str,
        placeholder: str = "",
        describe: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(add_text, parent)
        self._placeholder = placeholder
        self._describe = describe
        self.add_button.clicked.connect(lambda: self.add_row("", focus=True))

    def add_row(self, text: str = "", extra: str = "", *, focus: bool = False) -> QLineEdit:
        row = QWidget()
        edit = QLineEdit(text)
        edit.setCursorPosition(0)  # a long link shows its start, not its end
        edit.setPlaceholderText(self._placeholder)
        hint = QLabel()
        hint.setMinimumWidth(70)
        remove = remove_button(self.tr("Remove"))
        build.row((edit, 1), hint, remove, margins=0, parent=row)
        holder = [extra]
        self._append((row, edit, hint, holder), remove)

        def edited(value: str) -> None:
            if self._describe is not None:
                holder[0] = ""
                hint.setText(self._describe(value))
            self.changed.emit()

        edit.textEdited.connect(edited)
        if self._describe is not None:
            hint.setText(self._describe(text))
        else:
            hint.hide()
        if focus:
            row.show()
            self.changed.emit()
            edit.setFocus()
        return edit

    def set_values(self, values: Sequence[tuple[str, str]]) -> None:
        self._clear()
        for text, extra in values:
            self.add_row(text, extra)
        self.show_errors({})

    def values(self) -> list[tuple[str, str]]:
        return [(edit.text().strip(), holder[0]) for _row, edit, _hint, holder in self._rows]

    def line(self, index: int) -> QLineEdit:
        return self._rows[index][1]

    def focus_chain(self) -> list[QWidget]:
        """The row fields and the add button, top to bottom (for the tab order)."""
        return [edit for _row, edit, _hint, _holder in self._rows] + [self.add_button]

    def show_errors(self, errors: dict[int, str]) -> None:
        self._show_problems([edit for _row, edit, _hint, _holder in self._rows], errors)


class IntervalEdit(QWidget):
    """ "Keep in touch every [3] [months]"; or the default; or (optionally) never.

    ``days()`` is None for the default (``none_text``), 0 for "never" (only if a
    ``never_text`` is given), else the interval in days.
    """

    changed = Signal()
    NEVER = "never"

    def __init__(self, none_text: str, never_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.count.setAccessibleName(self.tr("Number"))
        self.unit = QComboBox()
        self.unit.addItem(none_text, "")
        if never_text:
            self.unit.addItem(never_text, self.NEVER)
        self.unit.addItem(self.tr("days"), "days")
        self.unit.addItem(self.tr("weeks"), "weeks")
        self.unit.addItem(self.tr("months"), "months")
        self.unit.setAccessibleName(self.tr("Unit"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.every = QLabel(self.tr("every"))
        layout.addWidget(self.every)
        layout.addWidget(self.count)
        # the unit fills the row instead of asking for its longest choice's width
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(10)
        layout.addWidget(self.unit, 1)
        # the interval that applies otherwise, on a line of its own: a narrow pane wraps it
        self.hint = QLabel()
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        outer.addWidget(self.hint)
        self.setFocusProxy(self.unit)
        self.unit.currentIndexChanged.connect(self._sync)
        self.count.valueChanged.connect(lambda _v: self.changed.emit())
        self._sync()

    def set_hint(self, text: str) -> None:
        """Say (greyed, below the choice) which interval applies otherwise; "" hides it."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _sync(self) -> None:
        on = self.unit.currentData() not in ("", self.NEVER)
        self.count.setVisible(on)
        self.every.setVisible(on)
        self.changed.emit()

    def set_days(self, days: int | None) -> None:
        from kontaktbuch.journal.contacts import interval_parts  # not needed at start

        never = self.unit.findData(self.NEVER)
        parts = interval_parts(days)
        if days == 0 and never >= 0:
            self.unit.setCurrentIndex(never)
        elif parts is None:
            self.unit.setCurrentIndex(0)
            self.count.setValue(1)
        else:
            self.count.setValue(parts[0])
            self.unit.setCurrentIndex(self.unit.findData(parts[1]))
        self._sync()

    def days(self) -> int | None:
        from kontaktbuch.journal.contacts import interval_days

        unit = self.unit.currentData()
        if unit == self.NEVER:
            return 0
        return interval_days(self.count.value(), unit) if unit else None


class TagCompleterEdit(QLineEdit):
    """Comma-separated tags; the word being typed completes from existing tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self._completer = completer(self._model, self, anywhere=False)
        self._completer.setWidget(self)
        # PySide6 picks a signal's overload by argument type; the stubs cannot index it.
        self._completer.activated[str].connect(self._insert)  # type: ignore[index]
        self.textEdited.connect(self._complete)

    def set_known_tags(self, tags: Sequence[str]) -> None:
        self._model.setStringList(list(tags))

    def known_tags(self) -> list[str]:
        return self._model.stringList()

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))

    def _current_word(self) -> str:
        before = self.text()[: self.cursorPosition()]
        return before.rsplit(",", 1)[-1].strip()

    def _complete(self, _text: str) -> None:
        word = self._current_word()
        if not word:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        # popup() makes the popup when there is none yet: never None, whatever the stubs say.
        self._completer.popup().hide()  # type: ignore[union-attr]

    def _insert(self, completion: str) -> None:
        text = self.text()
        cursor = self.cursorPosition()
        head, tail = text[:cursor], text[cursor:]
        start = head.rfind(",") + 1
        prefix = head[:start]
        new_head = (prefix + (" " if prefix else "") + completion + ", ").lstrip()
        self.setText(new_head + tail.lstrip(", "))
        self.setCursorPosition(len(new_head))
