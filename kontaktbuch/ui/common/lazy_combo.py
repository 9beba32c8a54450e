"""Filter combo boxes that read their choices only when the user reaches for them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox


class LazyComboBox(QComboBox):
    """A combo box that asks for its choices when first opened, focused or typed in.

    The conversation log's contact filter holds every contact: 10,000 of them took
    longer to load than the whole first page of the log, for a filter that most
    visits never touch (the contacts view's network and tag filters likewise).
    ``stale()`` makes it load again at its next use.
    """

    def __init__(self, load: Callable[[], None]) -> None:
        super().__init__()
        self._load = load
        self.loaded = False

    def stale(self) -> None:
        self.loaded = False

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self._load()

    def showPopup(self) -> None:  # noqa: N802
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.ensure_loaded()  # before the first key, so completion knows every name
        super().focusInEvent(event)
