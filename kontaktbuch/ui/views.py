"""The main window's views, created lazily the first time each is shown.

Each view is a :class:`~kontaktbuch.ui.common.view.View` in its own module; this
registry says which exist, in which order, with which title, icon and shortcut.
Importing a view's module only when it is first shown keeps the start fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP

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

    def translated_title(self) -> str:
        return QCoreApplication.translate("views", self.title)

    def create(self, ctx: AppContext) -> View:
        module_name, class_name = self.factory.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        view: View = cls(ctx)
        return view


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "contacts",
        QT_TRANSLATE_NOOP("views", "Contacts"),
        "contacts",
        "kontaktbuch.ui.contacts.view:ContactsView",
        "Ctrl+1",
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
)

VIEW_KEYS = tuple(spec.key for spec in VIEWS)


def spec_for(key: str) -> ViewSpec | None:
    return next((spec for spec in VIEWS if spec.key == key), None)
