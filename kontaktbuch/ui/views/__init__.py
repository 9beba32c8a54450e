"""The main window's views, created lazily the first time each is shown.

Each view is a :class:`~kontaktbuch.ui.views.base.View` in its own module; this
registry says which exist, in which order, with which title, icon and shortcut.
Importing a view's module only when it is first shown keeps the start fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from kontaktbuch.ui.context import AppContext
    from kontaktbuch.ui.views.base import View


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    icon: str
    factory: str
    shortcut: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("views", self.title)

    def create(self, ctx: AppContext) -> View:
        module_name, class_name = self.factory.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        return cls(ctx)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "contacts",
        QT_TRANSLATE_NOOP("views", "Contacts"),
        "contacts",
        "kontaktbuch.ui.views.contacts:ContactsView",
        "Ctrl+1",
    ),
    ViewSpec(
        "conversations",
        QT_TRANSLATE_NOOP("views", "Conversations"),
        "conversations",
        "kontaktbuch.ui.views.conversations:ConversationsView",
        "Ctrl+2",
    ),
    ViewSpec(
        "events",
        QT_TRANSLATE_NOOP("views", "Events & networks"),
        "events",
        "kontaktbuch.ui.views.events:EventsView",
        "Ctrl+3",
    ),
    ViewSpec(
        "goals",
        QT_TRANSLATE_NOOP("views", "Goals"),
        "goals",
        "kontaktbuch.ui.views.goals:GoalsView",
        "Ctrl+4",
    ),
    ViewSpec(
        "reflection",
        QT_TRANSLATE_NOOP("views", "Reflection"),
        "reflection",
        "kontaktbuch.ui.views.reflection:ReflectionView",
        "Ctrl+5",
    ),
    ViewSpec(
        "reminders",
        QT_TRANSLATE_NOOP("views", "Reminders"),
        "reminders",
        "kontaktbuch.ui.views.reminders:RemindersView",
        "Ctrl+6",
    ),
)

VIEW_KEYS = tuple(spec.key for spec in VIEWS)


def spec_for(key: str) -> ViewSpec | None:
    return next((spec for spec in VIEWS if spec.key == key), None)
