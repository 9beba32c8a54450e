"""Finding text a layout cuts off: shared by the stretched-strings test and the
screenshot script.

A text is cut when the widget showing it is narrower (or, for wrapped labels,
lower) than the text needs, or when the widget sticks out of its window.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as QtGuiNamespace  # mightBeRichText lives here
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenuBar,
    QTabBar,
    QToolButton,
    QWidget,
)

#: pixels of slack: rounding of fractional font metrics
SLACK = 1


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _plain(text: str) -> str:
    if QtGuiNamespace.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QHeaderView):
            return True
        parent = parent.parentWidget()
    return False


def _clipping_scroll_area(widget: QWidget, top: QWidget) -> QAbstractScrollArea | None:
    """The innermost scroll area around ``widget`` that cannot scroll sideways."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QHeaderView):
            if parent.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                return parent
            return None
        parent = parent.parentWidget()
    return None


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed} px height, has {label.height()}"
        metrics = label.fontMetrics()
        longest = max(_plain(text).split(), key=metrics.horizontalAdvance)
        room = label.contentsRect().width() - 2 * label.margin()
        if metrics.horizontalAdvance(longest) > room + SLACK:
            return f"the word {longest!r} is wider than the label ({room} px)"
        return None
    needed = label.sizeHint().width()
    if needed > label.width() + SLACK:
        return f"needs {needed} px, has {label.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed} px, has {button.width()}"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title().strip():
        return None
    needed = box.fontMetrics().horizontalAdvance(box.title().replace("&", "")) + 16
    if needed > box.width() + SLACK:
        return f"title needs {needed} px, has {box.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    visible = bar.rect()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        text = bar.tabText(i).replace("&", "")
        needed = bar.fontMetrics().horizontalAdvance(text) + (
            bar.iconSize().width() + 4 if not bar.tabIcon(i).isNull() else 0
        )
        if needed > rect.width() + SLACK:
            found.append(f"tab {text!r} needs {needed} px, has {rect.width()}")
        elif not visible.contains(rect):
            found.append(f"tab {text!r} is scrolled out of sight")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text or not str(text).strip():
            continue
        text = str(text)
        if header.orientation() == Qt.Orientation.Horizontal:
            needed = header.fontMetrics().horizontalAdvance(text) + 8
            if header.isSortIndicatorShown():
                needed += 12
            if needed > header.sectionSize(section) + SLACK:
                found.append(
                    f"column {text!r} needs {needed} px, has {header.sectionSize(section)}"
                )
    return found


def _menubar_problems(bar: QMenuBar) -> list[str]:
    found = []
    for action in bar.actions():
        if not action.isVisible():
            continue
        geometry = bar.actionGeometry(action)
        if geometry.isEmpty() or geometry.right() > bar.width():
            found.append(f"menu {action.text()!r} does not fit into the menu bar")
    return found


def _list_problems(widget: QListWidget) -> list[str]:
    """Items of a list without a horizontal scroll bar must show their whole text."""
    if widget.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and (
        widget.horizontalScrollBar().isVisible()
    ):
        return []
    found = []
    viewport = widget.viewport().width()
    for row in range(widget.count()):
        item = widget.item(row)
        if item.isHidden() or not item.text():
            continue
        if widget.wordWrap():
            found += _wrapped_item_problems(widget, item, viewport)
            continue
        needed = widget.sizeHintForIndex(widget.indexFromItem(item)).width()
        if needed > viewport + SLACK:
            found.append(f"item {item.text()!r} needs {needed} px, has {viewport}")
    return found


def _wrapped_item_problems(widget: QListWidget, item: object, viewport: int) -> list[str]:
    """A wrapping item is whole when its longest word fits on a line and its row is
    tall enough for all the lines the text wraps into."""
    metrics = widget.fontMetrics()
    text = item.text()  # type: ignore[attr-defined]
    rect = widget.visualItemRect(item)  # type: ignore[arg-type]
    icon = widget.iconSize().width() if not item.icon().isNull() else 0  # type: ignore[attr-defined]
    room = viewport - icon - 16
    widest = max(metrics.horizontalAdvance(word) for word in text.split())
    if widest > room + SLACK:
        return [f"item {text!r}: a word needs {widest} px, has {room}"]
    lines = metrics.boundingRect(
        QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text
    ).height()
    if lines > rect.height() + SLACK:
        return [f"item {text!r}: wrapped text needs {lines} px height, has {rect.height()}"]
    return []


def cut_texts(top: QWidget, where: str = "", lists: tuple[QListWidget, ...] = ()) -> list[str]:
    """Every place below ``top`` where a visible text is cut (empty when none)."""
    problems: list[str] = []
    window_rect = QRect(0, 0, top.width(), top.height())
    prefix = f"{where}: " if where else ""

    def report(widget: QWidget, message: str) -> None:
        problems.append(f"{prefix}{_name(widget)} {_plain(_text_of(widget))!r}: {message}")

    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top.window():
            continue
        problem: str | None = None
        many: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_problem(widget)
        elif isinstance(widget, QTabBar):
            many = _tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            many = _header_problems(widget)
        elif isinstance(widget, QMenuBar):
            many = _menubar_problems(widget)
        if problem:
            report(widget, problem)
        for message in many:
            problems.append(f"{prefix}{_name(widget)}: {message}")
        if (
            isinstance(widget, (QLabel, QAbstractButton, QGroupBox))
            and _text_of(widget).strip()
            and not _inside_scroll_area(widget, top)
        ):
            rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
            if not window_rect.contains(rect):
                report(widget, "sticks out of the window")
        if (
            isinstance(widget, (QLabel, QAbstractButton, QGroupBox))
            and _text_of(widget).strip()
            and (area := _clipping_scroll_area(widget, top)) is not None
        ):
            # no sideways scrolling: what reaches past the viewport's right edge is cut
            viewport = area.viewport()
            right = widget.mapTo(viewport, widget.rect().topRight()).x()
            if right > viewport.width() + SLACK:
                report(widget, f"reaches {right - viewport.width()} px past its pane's right edge")
    for widget in lists:
        problems += [f"{prefix}{_name(widget)}: {m}" for m in _list_problems(widget)]
    if isinstance(top, QMainWindow) and top.statusBar().isVisible():
        bar = top.statusBar()
        message = bar.currentMessage()
        if message and bar.fontMetrics().horizontalAdvance(message) + 12 > bar.width():
            problems.append(f"{prefix}status bar message {message!r} is cut")
    return problems


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    text = getattr(widget, "text", None)
    return text() if callable(text) else ""
