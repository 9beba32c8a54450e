"""What every view of the main window has in common, and the empty state.

A view is never a blank pane: when it has nothing to show, an
:class:`EmptyState` says what the view is for and how to start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.ui.common.context import AppContext


class EmptyState(QWidget):
    """A friendly explanation with optional buttons, centred in the pane."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyStateTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(text)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(560)
        # a readable column: up to 560 px, two thirds of a narrower pane (a wrapped
        # label left to its size hint shrinks to a narrow strip)
        policy = self.text_label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.text_label.setSizePolicy(policy)
        layout.addWidget(self.title_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text_label, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button


class View(QWidget):
    """Base of the main window's views: refreshes when the journal changes."""

    # the kinds of data whose change makes this view reload ("*" always does)
    watches: frozenset[str] = frozenset({"*"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        ctx.events.changed.connect(self._on_data_changed)

    def shortcut(self, text: str, slot: Callable[[], object], keys: str) -> QAction:
        """An action of this view that ``keys`` trigger anywhere in it."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def refresh(self) -> None:
        """Reload from the journal. Views override this."""

    def focus_primary(self) -> None:
        """Put the keyboard focus where the user most likely wants to type."""
        self.setFocus()

    def open_item(self, kind: str, item_id: int) -> bool:
        """Show one item (a contact, a conversation …); False if not this view's kind."""
        return False

    def build_deferred(self) -> None:
        """Build what the view's first paint does not show (called once the window
        has painted; a view may build it earlier, when it is first needed)."""

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "*" in kinds or "*" in self.watches or kinds & self.watches:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


class ContentOrEmpty(QStackedWidget):
    """Shows the content, or the empty state when there is nothing yet."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = empty
        self.addWidget(content)
        self.addWidget(empty)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.content)

    def set_content(self, content: QWidget) -> None:
        """Put ``content`` in place of the one given first (built later)."""
        showing_content = self.currentWidget() is self.content
        self.removeWidget(self.content)
        self.content.deleteLater()
        self.content = content
        self.insertWidget(0, content)
        self.set_empty(not showing_content)
