"""The services a window or a view needs, passed in rather than reached as globals.

A test builds one view alone by giving it an ``AppContext`` over a temporary
journal; the app builds one for the main window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings

if TYPE_CHECKING:
    import peewee as pw

    from kontaktbuch.ui.first_view import FirstView


class DataEvents(QObject):
    """Tells every view that the journal changed, so lists refresh themselves.

    ``changed`` carries the kinds touched ("contact", "conversation", "event",
    "network", "goal", "reflection", "reminder", or "*" for everything).
    """

    changed = Signal(object)
    open_item = Signal(str, int)  # kind, id: "show me this contact/conversation/…"

    def notify(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds or ("*",)))


@dataclass
class AppContext:
    paths: Paths
    settings: Settings
    db: pw.SqliteDatabase
    lang: str = "en"
    clock: Callable[[], dt.datetime] = dt.datetime.now
    events: DataEvents = field(default_factory=DataEvents)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    # The start paints the first view remembered from the last session while the
    # journal is opened (``ui/first_view.py``); None once it is open.
    first_view: FirstView | None = None

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings_file)

    def today(self) -> dt.date:
        return self.clock().date()
