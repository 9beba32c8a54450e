"""Small widgets the reflection's tabs share: a section title."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def section_title(title: str) -> QLabel:
    """A bold, slightly larger heading of a section."""
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label
