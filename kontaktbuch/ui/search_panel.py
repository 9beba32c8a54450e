"""Search results of the main window's search field, grouped by kind.

Each hit shows its title and a snippet with the matching words highlighted
(the spans come from :mod:`kontaktbuch.journal.search`); Enter or a click opens
the item in its view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal.search import SearchHit, search
from kontaktbuch.ui.palette import mark_style

ROLE_HIT = Qt.ItemDataRole.UserRole + 1
ROLE_HTML = Qt.ItemDataRole.UserRole + 2


def marked_html(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` as HTML with the ``spans`` highlighted."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="{mark_style()}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class HighlightDelegate(QStyledItemDelegate):
    """Paints an item's rich text (``ROLE_HTML``) with the usual selection look."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setDocumentMargin(2)
        doc.setHtml(text)
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(ROLE_HTML)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(opt, text)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))  # type: ignore[attr-defined]
        rect = opt.rect  # type: ignore[attr-defined]
        context.clip = QRectF(0, 0, rect.width() - 4, rect.height())
        painter.translate(rect.left() + 4, rect.top())
        doc.documentLayout().draw(painter, context)
        painter.translate(-(rect.left() + 4), -rect.top())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = index.data(ROLE_HTML)
        if not text:
            return super().sizeHint(option, index)
        doc = self._document(option, text)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()))


class SearchPanel(QWidget):
    """Shows what the search field finds; Enter or a click opens the item."""

    open_item = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.heading = QLabel()
        self.heading.setObjectName("searchHeading")
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.results.setItemDelegate(HighlightDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.hits: list[SearchHit] = []
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

    def hit_html(self, hit: SearchHit) -> str:
        """Title and snippet of a hit, matching words highlighted."""
        if hit.kind == "conversation" and hit.when is not None:
            from kontaktbuch.ui.capture.formatting import date_text

            names = hit.title.split(" – ", 1)[1] if " – " in hit.title else ""
            title = html.escape(" – ".join(p for p in (date_text(hit.when.date()), names) if p))
        else:
            title = marked_html(hit.title, hit.title_marks)
        text = f"<b>{title}</b>"
        if hit.snippet:
            text += " – " + marked_html(hit.snippet, hit.snippet_marks)
        return text

    def run(self, query: str) -> list[SearchHit]:
        hits = search(query)
        self.hits = hits
        self.results.clear()
        current = None
        bold = QFont(self.font())
        bold.setBold(True)
        for hit in hits:
            if hit.kind != current:
                current = hit.kind
                count = sum(1 for h in hits if h.kind == hit.kind)
                header = QListWidgetItem(f"{self.kind_title(hit.kind)} ({count})")
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(bold)
                self.results.addItem(header)
            plain = hit.title if not hit.snippet else f"{hit.title} – {hit.snippet}"
            item = QListWidgetItem(plain)
            item.setData(ROLE_HIT, (hit.kind, hit.item_id))
            item.setData(ROLE_HTML, self.hit_html(hit))
            item.setToolTip(hit.snippet or hit.title)
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

    def attach_field(self, field: QWidget) -> None:
        """Let Up/Down in the search field walk the results (the cursor stays in the field)."""
        field.installEventFilter(self)
        self._field = field

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (
            watched is getattr(self, "_field", None)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self._is_showing()
        ):
            self.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _is_showing(self) -> bool:
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget):
            return stack.currentWidget() is self
        return self.isVisible()

    def step(self, delta: int) -> None:
        """Move the current result by ``delta``, skipping the group headings."""
        row = self.results.currentRow()
        count = self.results.count()
        row += delta
        while 0 <= row < count:
            if self.results.item(row).data(ROLE_HIT):
                self.results.setCurrentRow(row)
                return
            row += delta

    def activate_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        data = item.data(ROLE_HIT)
        if data:
            self.open_item.emit(data[0], int(data[1]))
