"""The main window's views, created lazily the first time each is shown.

Each view is a :class:`~kontaktbuch.ui.common.view.View` in its own module; this
registry says which exist, in which order, with which title, icon and shortcut.
Importing a view's module only when it is first shown keeps the start fast;
once the window has painted, :func:`preload` imports the others in idle time,
so that a view opens without waiting for its code (30-40 ms a view).
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# the pause between two views' imports after the first paint
PRELOAD_GAP_MS = 50

if TYPE_CHECKING:
    from kontaktbuch.ui.common.context import AppContext
    from kontaktbuch.ui.common.view import View


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    icon: str
    factory: str
    shortcut: str
    # modules the view imports only where it first reads the journal (the
    # contacts view paints the remembered first page without the store):
    # part of its code all the same, preloaded with it
    reads: tuple[str, ...] = ()

    def translated_title(self) -> str:
        return QCoreApplication.translate("views", self.title)

    @property
    def module(self) -> str:
        return self.factory.split(":")[0]

    @property
    def modules(self) -> tuple[str, ...]:
        """Everything the view needs to show its first page: its module and ``reads``."""
        return (self.module, *self.reads)

    def create(self, ctx: AppContext) -> View:
        class_name = self.factory.split(":")[1]
        cls = getattr(importlib.import_module(self.module), class_name)
        view: View = cls(ctx)
        return view


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "contacts",
        QT_TRANSLATE_NOOP("views", "Contacts"),
        "contacts",
        "kontaktbuch.ui.contacts.view:ContactsView",
        "Ctrl+1",
        reads=("kontaktbuch.journal.contacts", "kontaktbuch.journal.choices"),
    ),
    ViewSpec(
        "conversations",
        QT_TRANSLATE_NOOP("views", "Conversations"),
        "conversations",
        "kontaktbuch.ui.conversations.view:ConversationsView",
        "Ctrl+2",
    ),
    ViewSpec(
        "events",
        QT_TRANSLATE_NOOP("views", "Events & networks"),
        "events",
        "kontaktbuch.ui.events.view:EventsView",
        "Ctrl+3",
    ),
    ViewSpec(
        "goals",
        QT_TRANSLATE_NOOP("views", "Goals"),
        "goals",
        "kontaktbuch.ui.goals.view:GoalsView",
        "Ctrl+4",
    ),
    ViewSpec(
        "reflection",
        QT_TRANSLATE_NOOP("views", "Reflection"),
        "reflection",
        "kontaktbuch.ui.reflection.view:ReflectionView",
        "Ctrl+5",
    ),
    ViewSpec(
        "reminders",
        QT_TRANSLATE_NOOP("views", "Reminders"),
        "reminders",
        "kontaktbuch.ui.reminders.view:RemindersView",
        "Ctrl+6",
    ),
    ViewSpec(
        "introductions",
        QT_TRANSLATE_NOOP("views", "Introductions"),
        "introductions",
        "kontaktbuch.ui.introductions.view:IntroductionsView",
        "Ctrl+7",
    ),
    ViewSpec(
        "graph",
        QT_TRANSLATE_NOOP("views", "Network graph"),
        "graph",
        "kontaktbuch.ui.graph.view:GraphView",
        "Ctrl+8",
    ),
)

VIEW_KEYS = tuple(spec.key for spec in VIEWS)


def spec_for(key: str) -> ViewSpec | None:
    return next((spec for spec in VIEWS if spec.key == key), None)


def preload(views: tuple[ViewSpec, ...] = VIEWS) -> None:
    """Import the views' modules not imported yet, one per turn of the event loop.

    Called once the window has painted: the user sees the window at once, and a
    view opened later is built from code already loaded. One module at a time,
    with a pause between, so that typing in the window never waits long.
    """
    pending = [module for spec in views for module in spec.modules if module not in sys.modules]

    def next_one() -> None:
        while pending:
            module = pending.pop(0)
            if module in sys.modules:
                continue
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001 - a view that fails says so when opened
                log.exception("Could not preload %s", module)
            break
        if pending:
            QTimer.singleShot(PRELOAD_GAP_MS, next_one)

    QTimer.singleShot(PRELOAD_GAP_MS, next_one)
