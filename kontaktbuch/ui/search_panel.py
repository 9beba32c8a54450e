"""Search results of the main window's search field, grouped by kind.

Each hit shows its title and a snippet with the matching words highlighted
(the spans come from :mod:`kontaktbuch.journal.search`); Enter or a click opens
the item in its view.
"""

from __future__ import annotations

import functools
import html
import math
from collections import Counter

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
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
from kontaktbuch.ui.common.lists import ItemIndex
from kontaktbuch.ui.common.palette import mark_colors, mark_style

ROLE_HIT = Qt.ItemDataRole.UserRole + 1
# how the row is drawn: its pieces of text (see HighlightDelegate)
ROLE_RUNS = Qt.ItemDataRole.UserRole + 3


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


# the margin around a row's text (as a QTextDocument's), and the room kept beside it
DOC_MARGIN = 2
SIDE_ROOM = 8
# how a piece of a row is drawn
PLAIN, TITLE, MARK = 0, 1, 2
Span = tuple[int, int]
# a row's pieces: (x offset, width, text, PLAIN/TITLE/MARK)
Run = tuple[float, float, str, int]
# how many measured pieces a font's measure keeps
_WIDTHS_KEPT = 20_000


class _Measure:
    """The fonts of a result row (plain, bold titles, marked words) and their metrics.

    Kept per font, so filling the list measures text without laying out any
    rich text, and painting draws a few pieces of text per row.
    """

    _kept: dict[str, _Measure] = {}

    def __init__(self, font: QFont) -> None:
        bold = QFont(font)
        bold.setBold(True)
        marked = QFont(font)
        marked.setWeight(QFont.Weight.DemiBold)  # as the mark's CSS: font-weight:600
        self.fonts = (font, bold, marked)
        self.metrics = tuple(QFontMetricsF(f) for f in self.fonts)
        # Every row is one line, as high as the tallest of the three fonts.
        self.ascents = tuple(fm.ascent() for fm in self.metrics)
        self.ascent = max(self.ascents)
        self.line = self.ascent + max(fm.descent() for fm in self.metrics)
        self.height = math.ceil(self.line) + 2 * DOC_MARGIN
        # Pieces already measured, and laid out for drawing (the least recently used
        # go first when full): the next keystroke shows mostly the same names and
        # words, measuring was most of filling the list, and QPainter.drawText
        # shapes its text again at every paint (most of a keystroke's repaint).
        self.width = functools.lru_cache(maxsize=_WIDTHS_KEPT)(self._width)
        self.static = functools.lru_cache(maxsize=_WIDTHS_KEPT)(self._lay_out)

    def _width(self, text: str, kind: int) -> float:
        return self.metrics[kind].horizontalAdvance(text)

    def _lay_out(self, text: str, kind: int) -> QStaticText:
        """``text`` laid out once in the font of ``kind``, for ``QPainter.drawStaticText``
        (plain text, never read as markup; drawn to the pixel as ``drawText`` draws it)."""
        laid_out = QStaticText(text)
        laid_out.setTextFormat(Qt.TextFormat.PlainText)
        laid_out.prepare(QTransform(), self.fonts[kind])
        return laid_out

    @classmethod
    def of(cls, font: QFont) -> _Measure:
        key = font.key()
        if key not in cls._kept:
            cls._kept[key] = cls(font)
        return cls._kept[key]

    def runs(
        self, title: str, title_marks: tuple[Span, ...], snippet: str, marks: tuple[Span, ...]
    ) -> tuple[Run, ...]:
        """The pieces of a row: the title in bold, " – ", the snippet; matches marked."""
        out: list[Run] = []
        x = 0.0

        def add(text: str, kind: int) -> None:
            nonlocal x
            if text:
                width = self.width(text, kind)
                out.append((x, width, text, kind))
                x += width

        def add_marked(text: str, spans: tuple[Span, ...], kind: int) -> None:
            text = _one_line(text)
            pos = 0
            for start, end in sorted(spans):
                if start < pos:
                    continue
                add(text[pos:start], kind)
                add(text[start:end], MARK)
                pos = end
            add(text[pos:], kind)

        add_marked(title, title_marks, TITLE)
        if snippet:
            add(" – ", PLAIN)
            add_marked(snippet, marks, PLAIN)
        return tuple(out)


def _one_line(text: str) -> str:
    """``text`` with line breaks and tabs as spaces (same length, so spans still fit)."""
    return "".join(" " if ch.isspace() else ch for ch in text) if not text.isprintable() else text


class HighlightDelegate(QStyledItemDelegate):
    """Paints a hit's row (``ROLE_RUNS``): bold title, snippet, matches marked.

    Drawing a few pieces of text per row replaced a QTextDocument per row
    (setHtml, layout, draw): that was most of the time the list took to fill
    and repaint at each keystroke. Sizes are not asked here: the panel gives
    every item its size once (``Qt.SizeHintRole``), which the base class
    returns without calling into Python — a list asks for sizes a hundred
    times per fill.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ItemIndex) -> None:
        runs = index.data(ROLE_RUNS)
        if not runs:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        measure = _Measure.of(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(role)
        mark_background, mark_text = mark_colors(widget)
        rect = opt.rect
        left = rect.left() + 4 + DOC_MARGIN
        top = rect.top() + DOC_MARGIN
        baseline = top + measure.ascent
        painter.save()
        painter.setClipRect(QRectF(rect.left() + 4, rect.top(), rect.width() - 4, rect.height()))
        for x, width, text, kind in runs:
            if left + x > rect.right():
                break
            if kind == MARK:
                painter.fillRect(QRectF(left + x, top, width, measure.line), mark_background)
                painter.setPen(mark_text)
            else:
                painter.setPen(text_color)
            painter.setFont(measure.fonts[kind])
            top_left = QPointF(left + x, baseline - measure.ascents[kind])
            painter.drawStaticText(top_left, measure.static(text, kind))
        painter.restore()


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
            from kontaktbuch.text.formatting import date_text

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

    def item_html(self, item: QListWidgetItem) -> str:
        """A result row as rich text: what its drawn pieces show (for inspection;
        made on request, not for every row at every keystroke)."""
        kind, item_id = item.data(ROLE_HIT)
        hit = next(h for h in self.hits if (h.kind, h.item_id) == (kind, item_id))
        return self.hit_html(hit)

    def run(self, query: str) -> list[SearchHit]:
        hits = search(query)
        self.hits = hits
        self.results.clear()
        font = self.results.font()
        measure = _Measure.of(font)
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
            title, marks = self._title(hit)
            runs = measure.runs(title, marks, hit.snippet, hit.snippet_marks)
            item.setData(ROLE_RUNS, runs)
            width = runs[-1][0] + runs[-1][1] if runs else 0.0
            item.setSizeHint(QSize(math.ceil(width) + 2 * DOC_MARGIN + SIDE_ROOM, measure.height))
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is getattr(self, "_field", None)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self._is_showing()
        ):
            self.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)

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
