"""What the contact, event and network forms share: the frame around the fields.

Each of these forms edits one item beside its list, and the user should find the
same things in the same places in all three: a heading on top, the fields in the
middle, and at the bottom a line for messages, one more button and Save (also
Ctrl+S anywhere in the form). Save is enabled only while there is something to
save; a problem found by the journal is shown at the fields and nothing is written.
Only this frame lives here (and the way a form is filled and started anew); the
fields and their texts stay with each form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal.limits import FieldErrors
from kontaktbuch.journal.snapshots import NotFound
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.widgets import ErrorLabel, IntervalEdit

# a form's plain fields: the name of the dataclass field each shows → its widget
Fields = dict[str, QWidget]


# how to read and fill each kind of plain field: (its class, getter, setter)
_ACCESS: tuple[tuple[type[QWidget], Callable[[Any], Any], Callable[[Any, Any], None]], ...] = (
    (QLineEdit, QLineEdit.text, QLineEdit.setText),
    (QPlainTextEdit, QPlainTextEdit.toPlainText, QPlainTextEdit.setPlainText),
    (QComboBox, QComboBox.currentData, build.select_data),
    (QSpinBox, QSpinBox.value, QSpinBox.setValue),
    (QCheckBox, QCheckBox.isChecked, QCheckBox.setChecked),
    (IntervalEdit, IntervalEdit.days, IntervalEdit.set_days),
)


def _access(widget: QWidget) -> tuple[Callable[[Any], Any], Callable[[Any, Any], None]]:
    for kind, getter, setter in _ACCESS:
        if isinstance(widget, kind):
            return getter, setter
    raise TypeError(f"not a plain field: {widget!r}")


def read_fields(fields: Fields) -> dict[str, Any]:
    """What the plain fields hold, by their dataclass field names."""
    return {name: _access(widget)[0](widget) for name, widget in fields.items()}


def write_fields(fields: Fields, data: object) -> None:
    """Put each of ``data``'s fields into its widget."""
    for name, widget in fields.items():
        _access(widget)[1](widget, getattr(data, name))


@dataclass(frozen=True)
class Row:
    """One line of a form: its label and field, and what goes with the field.

    ``shows`` names the item's dataclass field the widget shows as it is: the row
    adds it to the form's :data:`Fields`, so a field is listed once, where it is
    placed. ``problem`` is the line under it that says what is wrong with it.
    """

    label: str
    field: QWidget
    shows: str = ""
    problem: QWidget | None = None


def add_rows(form: QFormLayout, *rows: Row) -> Fields:
    """Put ``rows`` into ``form``, each problem line under its field; the plain
    fields among them by the names of the dataclass fields they show."""
    shown: Fields = {}
    for row in rows:
        form.addRow(row.label, row.field)
        if row.problem is not None:
            form.addRow("", row.problem)
        if row.shows:
            shown[row.shows] = row.field
    return shown


def text_box(name: str, lines: int) -> QPlainTextEdit:
    """A field for a few lines of text, ``lines`` high; Tab goes on to the next field."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class DetailEditor(QWidget):
    """The form of one item: heading, fields, message line, Save; changed or not.

    A subclass builds its fields, calls :meth:`_arrange` once, connects the
    signals of its fields with :meth:`_watch`, and provides ``_read`` (the item's
    data from the journal), ``_fill`` (put data into the fields) and
    ``show_errors`` (mark the fields a journal error names).
    """

    saved = Signal(int)
    open_item = Signal(str, int)
    # the form's Delete button: the view asks the user, then deletes the item
    delete_requested = Signal(int)

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        # the item shown (None: a new one, not saved yet)
        self.item_id: int | None = None
        # the fields that show one of the item's dataclass fields as it is: filled
        # by :meth:`_show`, read by :meth:`_field_values`
        self.fields: Fields = {}
        # True while _show fills the fields, so that filling does not count as a change.
        self._loading = False
        self._dirty = False
        self.status = ErrorLabel()

    def _arrange(
        self, header: Sequence[QWidget], body: QWidget, other: QPushButton, save_name: str
    ) -> None:
        """Lay out header, body and the button row; the form starts with nothing to save."""
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName(save_name)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(other)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        for widget in header:
            layout.addWidget(widget)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.save())
        self._set_dirty(False)

    def _watch(self, *signals: SignalInstance) -> None:
        """Any of these signals, sent by the user's editing, makes the form unsaved."""
        for signal in signals:
            signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    # --- what a subclass provides ---------------------------------------------------

    def _read(self, item_id: int) -> Any:
        """The item's data from the journal; raises NotFound if it is gone."""
        raise NotImplementedError

    def _fill(self, data: Any) -> None:
        """Put ``data`` into the fields beyond :attr:`fields` (while this runs, no edit
        counts as a change)."""
        raise NotImplementedError

    def _filled(self) -> None:
        """After the fields are filled: what the form shows beside them (a subclass may)."""

    def show_errors(self, errors: dict[str, str]) -> None:
        raise NotImplementedError

    # --- loading and saving ---------------------------------------------------------

    def _show(self, data: Any) -> None:
        """Show ``data`` (its ``id`` is the item's), as saved: nothing to save, no marks."""
        self._loading = True
        try:
            self.item_id = data.id
            self._fill(data)
            write_fields(self.fields, data)
        finally:
            self._loading = False
        self._filled()
        self.show_errors({})
        self.status.show_message(None)
        self._set_dirty(False)

    def _start(self, data: Any, first: QWidget) -> None:
        """A new item from ``data``: unsaved until the user saves, the cursor in ``first``."""
        self._show(data)
        self._set_dirty(True)
        first.setFocus()

    def _field_values(self) -> dict[str, Any]:
        """What the plain fields hold, by the names of the dataclass's fields."""
        return read_fields(self.fields)

    def _page(self, *rows: Row) -> tuple[QWidget, QFormLayout]:
        """The page of the fields starting with ``rows`` (their plain fields join
        :attr:`fields`), and the form to add more to."""
        page = QWidget()
        form = build.form(page)
        self.fields.update(add_rows(form, *rows))
        return page, form

    def _opens(self, items: QListWidget, kind: str) -> None:
        """Activating a line of ``items`` (Enter, a double-click) shows the item of
        ``kind`` whose id the line carries."""

        def open_line(line: QListWidgetItem) -> None:
            item_id = line.data(build.ITEM_ROLE)
            if item_id is not None:
                self.open_item.emit(kind, int(item_id))

        items.itemActivated.connect(open_line)
        items.itemDoubleClicked.connect(open_line)

    def _request_delete(self) -> None:
        if self.item_id is not None:
            self.delete_requested.emit(self.item_id)

    def load(self, item_id: int) -> bool:
        """Show a saved item; False if it no longer exists."""
        try:
            data = self._read(item_id)
        except NotFound:
            return False
        self._show(data)
        return True

    def _save_with(
        self, write: Callable[[], int], invalid: type[FieldErrors], notify: bool = True
    ) -> bool:
        """Write the form with ``write``; on ``invalid`` mark the fields, write nothing.

        After saving, the item is read back (the journal may have tidied it up), and
        ``saved`` tells the view, unless ``notify`` is False (the view is moving on).
        """
        if not self._dirty:
            return True
        from kontaktbuch.store.errors import StoreError

        try:
            item_id = write()
        except StoreError as exc:  # read-only, full, locked: said; the form keeps the input
            from kontaktbuch.ui.common.errors import show_store_error

            show_store_error(self, exc, critical=False)
            self.status.show_message(self.tr("Not saved."))
            return False
        except invalid as exc:
            self.show_errors(exc.errors)
            self.status.show_message(self.tr("Not saved: please correct the marked fields."))
            return False
        self.load(item_id)
        self.status.show_message(None)
        if notify:
            self.saved.emit(item_id)
        return True

    def save(self) -> bool:
        raise NotImplementedError
