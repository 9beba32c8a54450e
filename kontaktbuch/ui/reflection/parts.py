"""Small widgets the reflection's tabs share: a section title, a label of measured rich text."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, QSizeF, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

# a width no text reaches: the height of the text when no line wraps (Qt's QWIDGETSIZE_MAX)
_UNWRAPPED = (1 << 24) - 1
# what changes the size a label's text needs
_LAYOUT_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ContentsRectChange,
        QEvent.Type.PolishRequest,
    }
)


def section_title(title: str) -> QLabel:
    """A bold, slightly larger heading of a section."""
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class RichTextLabel(QLabel):
    """A selectable, word-wrapped rich-text label that measures its text once per width.

    QLabel answers every size question about a rich text by laying out its own
    document at the width asked and then again at the width it had (its size
    hints take nine layouts), and a layout inside a scroll area asks a dozen
    times while it settles: for a year's thirty findings that was a third of the
    panel's time. This label answers the same questions, with the same numbers
    (the label has no frame, margin or indent; ``test_rich_text_label`` compares
    them with QLabel's), from a second document of the same text laid out once
    per question, and keeps the answers until the text, font or style changes.
    A text laid out at a width breaks its lines the same way at every width
    down to its widest line, so one layout answers the height for all of those.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._document: QTextDocument | None = None
        self._sizes: dict[int, QSize] = {}  # by width; -1: the size hint
        # (narrowest, widest, height): widths whose lines break as one layout's did
        self._spans: list[tuple[int, int, int]] = []

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._forget()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in _LAYOUT_CHANGES:
            self._forget()
        super().changeEvent(event)

    def _forget(self) -> None:
        self._document = None
        self._sizes.clear()
        self._spans.clear()

    def _size_for(self, width: int) -> QSize:
        """QLabel's ``sizeForWidth``: the text's size at ``width`` (-1: a width of its choice)."""
        size = self._sizes.get(width)
        if size is not None:
            return size
        if self._document is None:
            self.ensurePolished()
            document = QTextDocument()
            document.setUndoRedoEnabled(False)
            document.setDefaultFont(self.font())
            document.setDocumentMargin(0)
            option = document.defaultTextOption()
            option.setAlignment(self.alignment())
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            document.setDefaultTextOption(option)
            document.setHtml(self.text())
            self._document = document
        margins = self.contentsMargins()
        extra_width = margins.left() + margins.right()
        extra_height = margins.top() + margins.bottom()
        if width < 0:
            text = self._adjusted(extra_width, extra_height)
        else:
            text = self._laid_out(max(width - extra_width, 0), extra_width, extra_height)
        size = QSize(math.ceil(text.width()) + extra_width, math.ceil(text.height()) + extra_height)
        self._sizes[width] = size
        return size

    def _laid_out(self, text_width: int, extra_width: int, extra_height: int) -> QSizeF:
        """The document laid out at ``text_width``; notes the widths that break alike."""
        assert self._document is not None
        self._document.setTextWidth(text_width)
        size = self._document.size()
        widest_line = math.ceil(self._document.idealWidth())
        height = math.ceil(size.height()) + extra_height
        self._spans.append((widest_line + extra_width, text_width + extra_width, height))
        return size

    def _adjusted(self, extra_width: int, extra_height: int) -> QSizeF:
        """QTextDocument.adjustSize's size, without its last layout.

        It tries 80 "x" wide and narrower widths by the text's area, then lays
        the text out at its widest line, where the lines break as at the width
        before: the size is that width and the height already found.
        """
        assert self._document is not None
        widest = QFontMetrics(self._document.defaultFont()).horizontalAdvance("x") * 80
        size = self._laid_out(widest, extra_width, extra_height)
        if size.width() != 0:
            width = math.isqrt(int(5 * size.height() * size.width() / 3))
            size = self._laid_out(min(width, widest), extra_width, extra_height)
            if width * 3 < 5 * size.height():
                width = math.isqrt(int(2 * size.height() * size.width()))
                size = self._laid_out(min(width, widest), extra_width, extra_height)
        return QSizeF(self._document.idealWidth(), size.height())

    def lay_out(self) -> None:
        """Lay the shown text out in full at the label's width, now.

        QLabel lays its own document out lazily: what lies below the first
        screenful is laid out after the first paint, and the label (with the
        widgets behind it) is painted again. Asked its own height for the width
        it has, QLabel lays it all out at once.
        """
        QLabel.heightForWidth(self, self.width())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        for narrowest, widest, height in self._spans:
            if narrowest <= width <= widest:
                return height
        return self._size_for(width).height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._size_for(-1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # as QLabel: as wide as the widest word, as tall as the text without wrapping
        height = min(self.sizeHint().height(), self._size_for(_UNWRAPPED).height())
        return QSize(self._size_for(0).width(), height)
