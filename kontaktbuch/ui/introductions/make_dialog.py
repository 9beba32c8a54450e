"""Making an introduction: what is logged, on which channel, and when to ask how it went."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kontaktbuch.journal.introductions import Introduction, Proposal
from kontaktbuch.journal.vocabulary import CHANNELS
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_format
from kontaktbuch.text.introductions import introduction, match_sentence
from kontaktbuch.ui.common import build

# days until the follow-up ("how did it go?")
FOLLOW_UP_DAYS = 14


class MakeIntroductionDialog(QDialog):
    """Shows what will be written; the user may change the words, channel and date."""

    def __init__(self, proposal: Proposal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setWindowTitle(self.tr("Introduce"))
        self.words = introduction(proposal, today + dt.timedelta(days=FOLLOW_UP_DAYS))
        why = QLabel("\n".join(match_sentence(proposal, m) for m in proposal.matches))
        why.setWordWrap(True)
        form = QFormLayout()
        self.note = QLineEdit(self.words.note)
        self.outcome = QLineEdit(self.words.outcome)
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(labels.label(labels.CHANNELS, code), code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(self.words.channel)))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(self.words.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.asks = {cid: QLineEdit(text) for cid, text in self.words.follow_up.items()}
        due = self.words.due
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format())
        for edit in (self.note, self.outcome, *self.asks.values()):
            edit.setCursorPosition(0)  # the start of the sentence, not its end
        if not proposal.with_me:
            form.addRow(self.tr("Note:"), self.note)
            form.addRow(self.tr("Outcome:"), self.outcome)
            form.addRow(self.tr("Channel:"), self.channel)
            form.addRow(self.tr("Time spent:"), self.minutes)
        for edit in self.asks.values():
            form.addRow(self.tr("Follow up:"), edit)
        form.addRow(self.tr("Due:"), self.due)
        buttons, ok = build.dialog_buttons(self)
        ok.setText(
            self.tr("Log introduction") if not proposal.with_me else self.tr("Add follow-up")
        )
        build.column(why, form, buttons, parent=self)
        self.resize(720, self.sizeHint().height())

    def result_words(self) -> Introduction:
        return Introduction(
            note=self.note.text().strip(),
            outcome=self.outcome.text().strip(),
            follow_up={
                cid: e.text().strip() or self.words.follow_up[cid] for cid, e in self.asks.items()
            },
            due=self.due.date().toPython(),  # type: ignore[arg-type]
            channel=str(self.channel.currentData()),
            minutes=self.minutes.value(),
        )
