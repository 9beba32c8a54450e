"""Search results of the main window's search field, grouped by kind."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kontaktbuch.journal.search import SearchHit, search

ROLE_HIT = Qt.ItemDataRole.UserRole + 1


class SearchPanel(QWidget):
    """Shows what the search field finds; Enter or a click opens the item."""

    open_item = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.heading = QLabel()
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.heading.setObjectName("searchHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.results)

    def kind_title(self, kind: str) -> str:
        return {
            "contact": self.tr("Contacts"),
            "conversation": self.tr("Conversations"),
            "event": self.tr("Events"),
            "network": self.tr("Networks"),
        }.get(kind, kind)

    def run(self, query: str) -> list[SearchHit]:
        hits = search(query)
        self.results.clear()
        current = None
        bold = QFont(self.font())
        bold.setBold(True)
        for hit in hits:
            if hit.kind != current:
                current = hit.kind
                header = QListWidgetItem(self.kind_title(hit.kind))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(bold)
                self.results.addItem(header)
            text = hit.title if not hit.snippet else f"{hit.title} – {hit.snippet}"
            item = QListWidgetItem(text)
            item.setData(ROLE_HIT, (hit.kind, hit.item_id))
            self.results.addItem(item)
        self.heading.setText(
            self.tr("%n result(s) for “%1”", "", len(hits)).replace("%1", query)
            if hits
            else self.tr("Nothing found for “%1”.").replace("%1", query)
        )
        first = next(
            (i for i in range(self.results.count()) if self.results.item(i).data(ROLE_HIT)), None
        )
        if first is not None:
            self.results.setCurrentRow(first)
        return hits

    def activate_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        data = item.data(ROLE_HIT)
        if data:
            self.open_item.emit(data[0], int(data[1]))
