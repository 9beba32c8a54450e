"""Colours that follow the system's light or dark palette.

Widgets take their colours from ``QPalette`` roles, never from hard-coded values,
so a dark desktop gets a dark Kontaktbuch. Where a meaning needs a colour of its
own that no palette role carries (an error, something overdue), it comes from
here, in a shade chosen for the palette's lightness, so it stays readable on
both. This is the one module in ``kontaktbuch/ui`` allowed to name colours
(``tests/ui/test_look_and_feel.py`` checks that).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# (on a light palette, on a dark palette): contrast >= 4.5:1 against the base colour
_ERROR = ("#b3261e", "#f2b8b5")
_WARNING = ("#8a5300", "#ffcc80")
_SUCCESS = ("#1e6b2e", "#a5d6a7")


def _palette(widget: QWidget | None = None) -> QPalette:
    return widget.palette() if widget is not None else QGuiApplication.palette()


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the palette is a dark one (light text on a dark window)."""
    palette = _palette(widget)
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def _pick(pair: tuple[str, str], widget: QWidget | None) -> QColor:
    return QColor(pair[1] if is_dark(widget) else pair[0])


def error_color(widget: QWidget | None = None) -> QColor:
    """For errors and overdue items."""
    return _pick(_ERROR, widget)


def warning_color(widget: QWidget | None = None) -> QColor:
    """For things due soon."""
    return _pick(_WARNING, widget)


def success_color(widget: QWidget | None = None) -> QColor:
    """For things done."""
    return _pick(_SUCCESS, widget)


def muted_color(widget: QWidget | None = None) -> QColor:
    """For secondary text (dates, hints): the palette's placeholder colour."""
    return _palette(widget).color(QPalette.ColorRole.PlaceholderText)


def set_text_color(widget: QWidget, color: QColor | None) -> None:
    """Colour a label's text (``None``: back to the palette's own colour).

    Use this instead of a style sheet with ``color: #…``: it keeps the style's
    look and can be undone.
    """
    palette = widget.palette()
    base = QGuiApplication.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, color if color is not None else base.color(role))
    widget.setPalette(palette)
