"""What the contact, event and network forms share: the frame around the fields.

Each of these forms edits one item beside its list, and the user should find the
same things in the same places in all three: a heading on top, the fields in the
middle, and at the bottom a line for messages, one more button and Save (also
Ctrl+S anywhere in the form). Save is enabled only while there is something to
save; a problem found by the journal is shown at the fields and nothing is written.
Only this frame lives here; the fields and their texts stay with each form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal.snapshots import NotFound
from kontaktbuch.ui.common.widgets import ErrorLabel


def heading_label() -> QLabel:
    """The item's name above its form, larger and bold so it reads as a title."""
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def scroll_area(body: QWidget) -> QScrollArea:
    """Fields that scroll up and down only: a narrow pane wraps rather than scrolls sideways."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll


class DetailEditor(QWidget):
    """The form of one item: heading, fields, message line, Save; changed or not.

    A subclass builds its fields, calls :meth:`_arrange` once, connects the
    signals of its fields with :meth:`_watch`, and provides ``_read`` (the item's
    data from the journal), ``_show`` (put data into the fields) and
    ``show_errors`` (mark the fields a journal error names).
    """

    saved = Signal(int)
    open_item = Signal(str, int)

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
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

    def _show(self, data: Any) -> None:
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str]) -> None:
        raise NotImplementedError

    # --- loading and saving ---------------------------------------------------------

    def load(self, item_id: int) -> bool:
        """Show a saved item; False if it no longer exists."""
        try:
            data = self._read(item_id)
        except NotFound:
            return False
        self._show(data)
        return True

    def _save_with(
        self, write: Callable[[], int], invalid: type[ValueError], notify: bool = True
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
            # Each journal module's invalid-data error carries ``errors`` (field: code);
            # they share no base class that says so.
            self.show_errors(exc.errors)  # type: ignore[attr-defined]
            self.status.show_message(self.tr("Not saved: please correct the marked fields."))
            return False
        self.load(item_id)
        self.status.show_message(None)
        if notify:
            self.saved.emit(item_id)
        return True

    def save(self) -> bool:
        raise NotImplementedError
