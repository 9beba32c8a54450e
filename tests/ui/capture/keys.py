"""Typing into the window as a person does: key events, one key at a time.

QTest sends real key events through the application (shortcuts, focus changes,
completion popups and key filters all see them). The offscreen platform cannot
let a popup grab the keyboard, so a key goes where a real one would: to an open
completion popup, else to the focused widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def focus() -> QWidget:
    """Where a key goes: an open completion popup, else the focused widget."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type like a person; QTest cannot click non-ASCII keys, so those go as key events."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(focus(), ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    focus(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def key(
    qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focus(), which, modifier)


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        key(qtbot, Qt.Key.Key_Tab)
