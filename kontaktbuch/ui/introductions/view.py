"""The "Introductions" view: who could help whom, and the user's own profile.

Each proposal joins two people (or the user and a contact) whose seek meets the
other's offer, best first. It can be made (logged on both contacts, with a
follow-up to ask how it went), postponed (it comes back in a month) or
dismissed (never again). The user's own offers and seeks live in the settings
and are edited at the top of the view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import introductions as intro
from kontaktbuch.text.formatting import date_text
from kontaktbuch.text.introductions import match_sentence, me, name_of, words_text
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState, View
from kontaktbuch.ui.introductions.make_dialog import MakeIntroductionDialog

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class IntroductionsView(View):
    """Proposals of introductions, with make / later / dismiss (see the module)."""

    watches = frozenset({"contact", "conversation", "network", "relationship", "introduction"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("introductionsView")
        self.proposals: list[intro.Proposal] = []

        self.my_offers = QLineEdit(ctx.settings.profile_offers)
        self.my_offers.setObjectName("profileOffers")
        self.my_offers.setPlaceholderText(self.tr("e.g. workshops on moderation, tax questions"))
        self.my_seeks = QLineEdit(ctx.settings.profile_seeks)
        self.my_seeks.setObjectName("profileSeeks")
        self.my_seeks.setPlaceholderText(self.tr("e.g. clients in mid-sized firms, a co-founder"))
        for edit in (self.my_offers, self.my_seeks):
            edit.editingFinished.connect(self._save_profile)
        profile = QFormLayout()
        profile.addRow(self.tr("You offer:"), self.my_offers)
        profile.addRow(self.tr("You seek:"), self.my_seeks)

        self.list = QTreeWidget()
        self.list.setObjectName("introductionList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Score"), self.tr("Who"), self.tr("Why")])
        self.list.setAccessibleName(self.tr("Proposals"))
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda *_: self.make())

        self.detail = QLabel()
        self.detail.setObjectName("introductionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.make_button = QPushButton(self.tr("&Introduce…"))
        self.make_button.setObjectName("makeIntroduction")
        self.make_button.clicked.connect(self.make)
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setToolTip(self.tr("Propose this again in a month"))
        self.later_button.clicked.connect(self.postpone)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Never propose these two again"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.open_first = QPushButton()
        self.open_first.clicked.connect(lambda: self._open(0))
        self.open_second = QPushButton()
        self.open_second.clicked.connect(lambda: self._open(1))
        actions = QHBoxLayout()
        for button in (self.make_button, self.later_button, self.dismiss_button):
            actions.addWidget(button)
        actions.addStretch(1)
        opens = QHBoxLayout()
        opens.addWidget(self.open_first)
        opens.addWidget(self.open_second)
        opens.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail, 1)
        self.message = QLabel()
        self.message.setObjectName("introductionMessage")
        self.message.setWordWrap(True)
        side_layout.addWidget(self.message)
        side_layout.addLayout(opens)
        side_layout.addLayout(actions)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.empty = EmptyState(
            self.tr("No introductions to propose"),
            self.tr(
                "When one contact seeks what another offers — or what you offer — "
                "the pair appears here. Write offers and seeks on your contacts' pages, "
                "and your own above."
            ),
        )
        self.stack = ContentOrEmpty(splitter, self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(profile)
        layout.addWidget(self.stack, 1)
        self.refresh()

    # --- data ---------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_key()
        self.proposals = intro.proposals(
            self.ctx.today(),
            my_offers=self.ctx.settings.profile_offers,
            my_seeks=self.ctx.settings.profile_seeks,
            my_name=me(),
        )
        self.list.clear()
        for proposal in self.proposals:
            why = match_sentence(proposal, proposal.matches[0])
            if len(proposal.matches) > 1:
                why += " " + self.tr("(and more)")
            item = QTreeWidgetItem(
                [str(proposal.score), f"{proposal.first_name} ↔ {proposal.second_name}", why]
            )
            item.setData(0, KEY_ROLE, proposal.key)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self.stack.set_empty(not self.proposals)
        keys = [p.key for p in self.proposals]
        row = keys.index(current) if current in keys else 0
        chosen = self.list.topLevelItem(row) if self.proposals else None
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._show_current()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, KEY_ROLE))

    def current(self) -> intro.Proposal | None:
        key = self.current_key()
        return next((p for p in self.proposals if p.key == key), None)

    def _show_current(self, *_args: object) -> None:
        proposal = self.current()
        for button in (self.make_button, self.later_button, self.dismiss_button):
            button.setEnabled(proposal is not None)
        if proposal is None:
            self.detail.setText("")
            self.open_first.hide()
            self.open_second.hide()
            return
        lines = [
            f"<p><b>{html.escape(match_sentence(proposal, m))}</b><br>"
            + html.escape(self.tr("Matching words: %1").replace("%1", words_text(m)))
            + "</p>"
            for m in proposal.matches
        ]
        lines.append(
            "<p>"
            + html.escape(
                self.tr(
                    "Score %1 of 100: how well the words match (%2 %), "
                    "and how recently you met both (%3 %)."
                )
                .replace("%1", str(proposal.score))
                .replace("%2", str(round(100 * min(1.0, proposal.quality))))
                .replace("%3", str(round(100 * proposal.warmth)))
            )
            + "</p>"
        )
        self.detail.setText("".join(lines))
        for button, cid in (
            (self.open_first, proposal.first_id),
            (self.open_second, proposal.second_id),
        ):
            button.setVisible(cid != intro.ME)
            button.setText(self.tr("Open %1").replace("%1", name_of(proposal, cid)))

    def _open(self, which: int) -> None:
        proposal = self.current()
        if proposal is not None:
            cid = (proposal.first_id, proposal.second_id)[which]
            if cid != intro.ME:
                self.ctx.events.open_item.emit("contact", cid)

    def _save_profile(self) -> None:
        offers, seeks = self.my_offers.text().strip(), self.my_seeks.text().strip()
        settings = self.ctx.settings
        if (offers, seeks) == (settings.profile_offers, settings.profile_seeks):
            return
        settings.profile_offers, settings.profile_seeks = offers, seeks
        self.ctx.save_settings()
        self.refresh()

    # --- acting -------------------------------------------------------------------

    def make(self) -> None:
        proposal = self.current()
        if proposal is None:
            return
        dialog = MakeIntroductionDialog(proposal, self.ctx.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        intro.make(
            proposal.key,
            dialog.result_words(),
            now=self.ctx.clock().replace(second=0, microsecond=0),
        )
        self.ctx.events.notify("introduction", "conversation", "contact", "reminder")
        self.refresh()

    def postpone(self) -> None:
        proposal = self.current()
        if proposal is None:
            return
        until = intro.postpone(proposal.key, now=self.ctx.clock().replace(microsecond=0))
        self.ctx.events.notify("introduction")
        self.refresh()
        self.message.setText(
            self.tr("%1 and %2: proposed again from %3.")
            .replace("%1", proposal.first_name)
            .replace("%2", proposal.second_name)
            .replace("%3", date_text(until))
        )

    def dismiss(self) -> None:
        proposal = self.current()
        if proposal is None:
            return
        intro.dismiss(proposal.key, now=self.ctx.clock().replace(microsecond=0))
        self.ctx.events.notify("introduction")
        self.refresh()
        self.message.setText(
            self.tr("%1 and %2 will not be proposed again.")
            .replace("%1", proposal.first_name)
            .replace("%2", proposal.second_name)
        )

    def focus_primary(self) -> None:
        self.list.setFocus()
