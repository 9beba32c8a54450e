"""Colours that follow the system's light or dark palette.

Widgets take their colours from ``QPalette`` roles, never from hard-coded values,
so a dark desktop gets a dark Kontaktbuch. Where a meaning needs a colour of its
own that no palette role carries (an error, something overdue), it comes from
here, in a shade chosen for the palette's lightness, so it stays readable on
both. This is the one module in ``kontaktbuch/ui`` allowed to name colours
(``tests/ui/test_look_and_feel.py`` checks that).
"""

from __future__ import annotations

from dataclasses import dataclass

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


# Search matches: a marker-pen yellow on light palettes, a dark amber on dark ones.
_MARK = (("#ffe58a", "#000000"), ("#6b5500", "#ffffff"))


def mark_style(widget: QWidget | None = None) -> str:
    """Inline CSS for a highlighted search match, readable on light and dark palettes."""
    background, text = _MARK[1] if is_dark(widget) else _MARK[0]
    return f"background-color:{background}; color:{text}; font-weight:600;"


def mark_colors(widget: QWidget | None = None) -> tuple[QColor, QColor]:
    """Background and text colour of a highlighted search match (as :func:`mark_style`)."""
    background, text = _MARK[1] if is_dark(widget) else _MARK[0]
    return QColor(background), QColor(text)


# Charts: an accent that stands apart from the palette's blue highlight (the
# enjoyment line beside the time bars), and distinct colours for one series per
# network. Each pair/list is (for a light chart, for a dark chart).
_CHART_ACCENT = ("#b35300", "#ffb74d")
_CHART_TIME = ("#2f6fb0", "#8ab4f8")  # when the highlight is too faint on the base
_SERIES = (
    (
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
    ),
    (
        "#6baed6", "#fdae6b", "#74c476", "#fc9272", "#bcbddc", "#d6a38f",
        "#f4a6d7", "#bdbdbd", "#dbdb8d", "#9edae5", "#9e9ac8", "#b5cf6b",
    ),
)  # fmt: skip


@dataclass(frozen=True)
class ChartColors:
    """The colours of the reflection charts, taken from one palette."""

    time: QColor  #: time invested (bars): the palette's highlight
    budget: QColor  #: a budget beside the time: the highlight, faded towards the base
    enjoyment: QColor  #: enjoyment (line, its axis): an accent apart from the highlight
    warning: QColor  #: over budget, below a limit: the error colour


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def chart_colors(widget: QWidget | None = None) -> ChartColors:
    """Series colours for a chart drawn on ``widget``'s palette (light or dark).

    The time bars take the palette's highlight when it stands out from the
    base (3:1, enough for a graphic); some palettes pair a dark base with a dark
    highlight, and there a fixed blue for that lightness takes its place.
    """
    palette = _palette(widget)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    if contrast(highlight, base) < 3.0:
        highlight = _pick(_CHART_TIME, widget)
    return ChartColors(
        time=highlight,
        budget=_mix(highlight, base, 0.6),
        enjoyment=_pick(_CHART_ACCENT, widget),
        warning=error_color(widget),
    )


def series_color(index: int, widget: QWidget | None = None) -> QColor:
    """The ``index``-th of twelve distinct series colours (then repeated)."""
    colours = _SERIES[1] if is_dark(widget) else _SERIES[0]
    return QColor(colours[index % len(colours)])
