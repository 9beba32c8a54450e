"""Search results of the main window's search field, grouped by kind.

Each hit shows its title and a snippet with the matching words highlighted
(the spans come from :mod:`kontaktbuch.journal.search`); Enter or a click opens
the item in its view.
"""

from __future__ import annotations

import html
import math
from collections import Counter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)
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


def marked_html(text: str, spans: tuple[tuple[int, int], ...], style: str | None = None) -> str:
    """``text`` as HTML with the ``spans`` highlighted.

    ``style`` is the mark's CSS; a list passes it in, computed once for all rows.
    """
    mark = mark_style() if style is None else style
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="{mark}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


#: the document margin of a result's rich text, and the room kept beside it
DOC_MARGIN = 2
SIDE_ROOM = 8
#: laid-out documents kept by the delegate (a result list holds at most ~85 rows)
DOC_CACHE_SIZE = 256


class HighlightDelegate(QStyledItemDelegate):
    """Paints an item's rich text (``ROLE_HTML``) with the usual selection look.

    Laying out rich text is the expensive part of the result list, and a list
    repaints the same rows again and again (each keystroke, each move of the
    current row, scrolling). So each text's laid-out document is kept and
    reused. Sizes are not asked here: the panel gives every item its size once
    (``Qt.SizeHintRole``, see :meth:`SearchPanel.item_size`), which the base
    class returns without calling into Python — a list asks for sizes a hundred
    times per fill.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: dict[tuple[str, str], QTextDocument] = {}

    def document(self, font: QFont, text: str) -> QTextDocument:
        """The laid-out document of ``text`` in ``font`` (built once, then reused)."""
        key = (font.key(), text)
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) >= DOC_CACHE_SIZE:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setDocumentMargin(DOC_MARGIN)
            doc.setHtml(text)
            self._docs[key] = doc
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
        doc = self.document(opt.font, text)  # type: ignore[attr-defined]
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))  # type: ignore[attr-defined]
        rect = opt.rect  # type: ignore[attr-defined]
        context.clip = QRectF(0, 0, rect.width() - 4, rect.height())
        painter.translate(rect.left() + 4, rect.top())
        doc.documentLayout().draw(painter, context)
        painter.translate(-(rect.left() + 4), -rect.top())


class _Measure:
    """Font metrics of a result row: plain, bold (titles), marked words, and the row height.

    Kept per font and mark style, so filling the list measures text without
    laying out any rich text.
    """

    _kept: dict[tuple[str, str], _Measure] = {}

    def __init__(self, font: QFont, style: str) -> None:
        bold = QFont(font)
        bold.setBold(True)
        marked = QFont(font)
        marked.setWeight(QFont.Weight.DemiBold)  # the mark's font-weight:600
        self.normal = QFontMetricsF(font)
        self.bold = QFontMetricsF(bold)
        self.marked = QFontMetricsF(marked)
        # Every row is one line; its height is that of a line holding all three fonts.
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(DOC_MARGIN)
        doc.setHtml(f'<b>Ág</b> – Ág <span style="{style}">Ág</span>')
        self.height = math.ceil(doc.size().height())

    @classmethod
    def of(cls, font: QFont, style: str) -> _Measure:
        key = (font.key(), style)
        if key not in cls._kept:
            cls._kept[key] = cls(font, style)
        return cls._kept[key]

    def width(self, text: str, marks: tuple[tuple[int, int], ...], plain: QFontMetricsF) -> float:
        """Width of ``text`` in ``plain`` with the ``marks`` in the mark's weight."""
        total = 0.0
        pos = 0
        for start, end in sorted(marks):
            if start < pos:
                continue
            total += plain.horizontalAdvance(text[pos:start])
            total += self.marked.horizontalAdvance(text[start:end])
            pos = end
        return total + plain.horizontalAdvance(text[pos:])


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

    @staticmethod
    def _title(hit: SearchHit) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The title shown for a hit and its marked spans (a conversation: date and names)."""
        if hit.kind == "conversation" and hit.when is not None:
            from kontaktbuch.ui.capture.formatting import date_text

            names = hit.title.split(" – ", 1)[1] if " – " in hit.title else ""
            return " – ".join(p for p in (date_text(hit.when.date()), names) if p), ()
        return hit.title, hit.title_marks

    def hit_html(self, hit: SearchHit, style: str | None = None) -> str:
        """Title and snippet of a hit, matching words highlighted."""
        title, marks = self._title(hit)
        text = f"<b>{marked_html(title, marks, style)}</b>"
        if hit.snippet:
            text += " – " + marked_html(hit.snippet, hit.snippet_marks, style)
        return text

    def item_size(self, hit: SearchHit, measure: _Measure) -> QSize:
        """The size of a hit's row, from font metrics (no rich-text layout needed)."""
        title, marks = self._title(hit)
        width = measure.width(title, marks, measure.bold)
        if hit.snippet:
            width += measure.normal.horizontalAdvance(" – ")
            width += measure.width(hit.snippet, hit.snippet_marks, measure.normal)
        return QSize(math.ceil(width) + 2 * DOC_MARGIN + SIDE_ROOM, measure.height)

    def run(self, query: str) -> list[SearchHit]:
        hits = search(query)
        self.hits = hits
        self.results.clear()
        font = self.results.font()
        style = mark_style()
        measure = _Measure.of(font, style)
        bold = QFont(font)
        bold.setBold(True)
        counts = Counter(hit.kind for hit in hits)
        current = None
        for hit in hits:
            if hit.kind != current:
                current = hit.kind
                header = QListWidgetItem(f"{self.kind_title(hit.kind)} ({counts[hit.kind]})")
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(bold)
                self.results.addItem(header)
            plain = hit.title if not hit.snippet else f"{hit.title} – {hit.snippet}"
            item = QListWidgetItem(plain)
            item.setData(ROLE_HIT, (hit.kind, hit.item_id))
            item.setData(ROLE_HTML, self.hit_html(hit, style))
            item.setSizeHint(self.item_size(hit, measure))
            item.setToolTip(hit.snippet or hit.title)
            self.results.addItem(item)
        self.heading.setText(
            self.tr("%n result(s) for “%1”", "", len(hits)).replace("%1", query)
            if hits
            else self.tr("Nothing found for “%1”.").replace("%1", query)
        )
        if hits:
            self.results.setCurrentRow(1)  # the first hit, under its group's heading
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
