"""A read-only list with an empty state, for views that have no richer list yet."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout

from kontaktbuch.journal import overview
from kontaktbuch.ui.context import AppContext
from kontaktbuch.ui.views.base import ContentOrEmpty, EmptyState, View


class SimpleListView(View):
    """One list of one kind of thing; subclasses say which and how to explain it."""

    kind = "contacts"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.list = QListWidget()
        self.list.setObjectName(f"{self.kind}List")
        self.list.setAccessibleName(self.list_name())
        title, text = self.empty_texts()
        self.stack = ContentOrEmpty(self.list, EmptyState(title, text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    def empty_texts(self) -> tuple[str, str]:
        raise NotImplementedError

    def list_name(self) -> str:
        """What a screen reader calls the list: the view's title."""
        from kontaktbuch.ui.views import VIEWS

        suffix = f":{type(self).__name__}"
        spec = next((s for s in VIEWS if s.factory.endswith(suffix)), None)
        return spec.translated_title() if spec is not None else ""

    def refresh(self) -> None:
        self.list.clear()
        rows = overview.recent_lines(self.kind)
        for item_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(256, item_id)
            self.list.addItem(item)
        self.stack.set_empty(not rows)

    def focus_primary(self) -> None:
        self.list.setFocus()
