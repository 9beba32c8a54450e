"""The reflection's small widgets: the rich-text label measures as QLabel does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.reflection.parts import RichTextLabel

FINDINGS = "".join(
    f'<p style="margin-top:0; margin-bottom:6px; white-space:pre-wrap">• {n} hours in '
    f"„Ehrenamt bei der Tafel ({2000 + n})“ – more than its budget of {n // 2} hours. "
    "Is it worth that much to you?</p>"
    for n in range(1, 31)
)


def _sizes(label: QLabel) -> list[object]:
    widths = [0, 1, 40, 200, 487, 563, 559, 560, 561, 486, 900, 450, 5000]
    return [label.sizeHint(), label.minimumSizeHint()] + [label.heightForWidth(w) for w in widths]


def test_rich_text_label_measures_as_qlabel(qtbot: QtBot) -> None:
    ours, theirs = RichTextLabel(), QLabel()
    theirs.setTextFormat(Qt.TextFormat.RichText)
    theirs.setWordWrap(True)
    theirs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    for label in (ours, theirs):
        qtbot.addWidget(label)
    for text in (FINDINGS, "<p>One short line</p>", "", FINDINGS[:400]):
        for label in (ours, theirs):
            label.setText(text)
        assert _sizes(ours) == _sizes(theirs), text[:40]
    # a new font is measured anew (the answers kept for the old one are dropped)
    before = _sizes(ours)
    for label in (ours, theirs):
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        label.setFont(font)
    assert _sizes(ours) == _sizes(theirs) != before
