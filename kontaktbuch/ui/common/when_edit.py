"""A date and time typed as one piece of text: "05.12.2026 19:00", "5.12. 19:00", "19:30".

Qt's date-time field moves from section to section as you type, and its
separators moved the focus on to the next field: "05.12.2026 19:00" stopped at
the first "." and the rest landed in the next field. This field takes the text
as typed, reads it with the journal's rule
(:func:`kontaktbuch.journal.dates.parse_when`: German, ISO and the English
numeric form, with or without the year or the time), shows what it understood
beside it, and writes it out in the user's format when the focus leaves.
↑ and ↓ move a day, Page ↑/↓ an hour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kontaktbuch.journal.dates import try_parse_when
from kontaktbuch.text.formatting import (
    datetime_format,
    datetime_text,
    from_qdatetime,
    time_text,
    weekday_date_text,
)
from kontaktbuch.ui.common.palette import error_color, set_text_color

_STEPS = {
    Qt.Key.Key_Up: dt.timedelta(days=1),
    Qt.Key.Key_Down: dt.timedelta(days=-1),
    Qt.Key.Key_PageUp: dt.timedelta(hours=1),
    Qt.Key.Key_PageDown: dt.timedelta(hours=-1),
}


class WhenEdit(QLineEdit):
    """A date and time as text; :meth:`value` is the last one understood."""

    # the date and time changed (a ``datetime``)
    valueChanged = Signal(object)

    def __init__(
        self,
        value: dt.datetime,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._value = value.replace(second=0, microsecond=0)
        # what the field understood ("→ Sa., 05.12.2026 19:00", or "not a date")
        self.hint = QLabel()
        self.hint.setObjectName(f"{self.objectName() or 'when'}Hint")
        self.setText(datetime_text(self._value))
        self.textEdited.connect(self._read)

    def value(self) -> dt.datetime:
        return self._value

    def parse(self, text: str) -> dt.datetime | None:
        """What ``text`` means: the journal's rule, else the locale's own format (the
        form this field writes, whatever the language)."""
        value = try_parse_when(text, self._today(), self._value)
        if value is not None:
            return value
        parsed = QLocale().toDateTime(text.strip(), datetime_format())
        return from_qdatetime(parsed) if parsed.isValid() else None

    def is_valid(self) -> bool:
        """True when the text, as it stands, is a date and time."""
        return self.parse(self.text()) is not None

    def set_value(self, value: dt.datetime) -> None:
        value = value.replace(second=0, microsecond=0)
        self.setText(datetime_text(value))
        self._show(value)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _show(self, value: dt.datetime | None) -> None:
        if value is None:
            self.hint.setText(self.tr("not a date"))
            set_text_color(self.hint, error_color(self.hint))
            return
        self.hint.setText("")
        set_text_color(self.hint, None)

    def _read(self, text: str) -> None:
        value = self.parse(text)
        if value is None:
            self._show(None)
            return
        self.hint.setText(f"→ {weekday_date_text(value.date())} {time_text(value)}")
        set_text_color(self.hint, None)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _STEPS.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_value(self._value + step)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.is_valid():
            self.set_value(self._value)
        super().focusOutEvent(event)
