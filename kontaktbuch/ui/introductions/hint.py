"""Quick capture's hint: while the user types what someone seeks, who offers it.

"Sucht eine Steuerberaterin" → "Bietet das: Bernd Braun (Steuerberatung für
Gründer)". The journal's offers are read once, when the hint is first needed,
and the words are matched as the Introductions view matches them
(:func:`kontaktbuch.journal.introductions.who_offers`), a moment after the last
key so typing stays fluid.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kontaktbuch.journal import introductions as intro
from kontaktbuch.ui.common.palette import muted_color, set_text_color


class OffersHint(QLabel):
    """A one-line hint under a "seeks" field; empty (and hidden) when nobody offers it."""

    def __init__(self, seeks: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offersHint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        set_text_color(self, muted_color(self))
        self.seeks = seeks
        self._journal: intro.Journal | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_hint)
        seeks.textChanged.connect(lambda _text: self._timer.start())
        self.hide()

    def update_hint(self) -> None:
        text = self.seeks.text().strip()
        if len(text) < 3:
            self.setText("")
            self.hide()
            return
        if self._journal is None:
            self._journal = intro.read_journal(dt.date.today())
        found = intro.who_offers(text, self._journal, limit=3)
        if not found:
            self.setText("")
            self.hide()
            return
        people = ", ".join(f"<b>{html.escape(o.name)}</b> ({html.escape(o.offer)})" for o in found)
        self.setText(html.escape(self.tr("Offered by: %1")).replace("%1", people))
        self.show()
