"""Sync in the window: the settings page, the status bar, File → Sync now, the review.

Installed by :func:`install` through ``ui/plugins.py``. The status bar shows the
state in a word ("Synced 14:05", "Offline – tries again later"), a progress bar
while a first sync runs, and a button when conflicts or names wait for the user.
Nothing here talks to the server in the window's thread.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
)

from kontaktbuch.text.formatting import time_text
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.main_window import MainWindow

if TYPE_CHECKING:
    from kontaktbuch.ui.sync.runner import SyncController

# after the window starts, the first sync waits this long (the window comes first)
FIRST_SYNC_DELAY_MS = 5000
_LATER = {"offline", "timeout", "server", "garbage", "precondition", "cancelled"}


class SyncStatus(QObject):
    """The status bar's part: a label, a progress bar, a "to review" button; the menu."""

    def __init__(self, window: MainWindow, ctx: AppContext, controller: SyncController) -> None:
        super().__init__(window)
        self.setObjectName("syncStatus")
        self.window = window
        self.ctx = ctx
        self.controller = controller
        self.asked_password = False
        self.label, self.progress, self.review_button = status_widgets(window)
        self.review_button.clicked.connect(self.open_review)

        self.sync_action = QAction(self.tr("S&ync now"), window)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcut("Ctrl+Shift+Y")
        self.sync_action.triggered.connect(self.sync_by_hand)
        self.review_action = QAction(self.tr("Sync c&onflicts and names…"), window)
        self.review_action.setObjectName("syncReviewAction")
        self.review_action.triggered.connect(self.open_review)
        menu = window.file_menu
        menu.insertAction(window.settings_action, self.sync_action)
        menu.insertAction(window.settings_action, self.review_action)
        menu.insertSeparator(window.settings_action)

        controller.state_changed.connect(self.show_state)
        controller.password_needed.connect(self.ask_password)
        self.show_state()

    def sync_by_hand(self) -> None:
        self.asked_password = False
        self.controller.sync_now()

    def ask_password(self) -> None:
        """No keyring and no password this session: ask once (again only by hand)."""
        if self.asked_password:
            return
        self.asked_password = True
        from kontaktbuch.exchange.sync import state

        account = state.account()
        if account is None:
            return
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Sync"),
            self.tr("Password for %1 at %2:")
            .replace("%1", account.username)
            .replace("%2", account.url),
            QLineEdit.EchoMode.Password,
        )
        if ok and text:
            self.controller.session_password = text
            self.controller.sync_now()

    def open_review(self) -> None:
        from kontaktbuch.ui.sync.review import ReviewDialog

        ReviewDialog(self.ctx, self.controller, self.window).exec()
        self.show_state()

    def _waiting(self) -> int:
        from kontaktbuch.exchange.sync import state

        try:
            counts = state.counts()
        except Exception:  # the journal is closing
            return 0
        return int(counts["conflicts"]) + int(counts["proposals"])

    def show_state(self) -> None:
        from kontaktbuch.text.sync import describe_error

        set_up = self.controller.is_set_up()
        for widget in (self.label, self.progress, self.review_button):
            widget.setVisible(set_up)
        self.sync_action.setEnabled(set_up and not self.controller.running())
        self.review_action.setEnabled(set_up)
        if not set_up:
            return
        waiting = self._waiting()
        self.review_button.setVisible(waiting > 0)
        self.review_button.setText(self.tr("%n to review", "", waiting))
        outcome = self.controller.outcome
        if self.controller.running():
            phase, done, total = self.controller.progress
            first = outcome is None or outcome.first
            self.progress.setVisible(total > 0 and (first or total > 50))
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))
            self.label.setText(
                self.tr("Sync: receiving…") if phase == "down" else self.tr("Sync: sending…")
            )
            self.label.setToolTip("")
            return
        self.progress.setVisible(False)
        if outcome is None:
            self.label.setText(self.tr("Sync ready"))
            self.label.setToolTip("")
        elif not outcome.error:
            when = time_text(outcome.at or dt.datetime.now())
            self.label.setText(self.tr("Synced %1").replace("%1", when))
            self.label.setToolTip("")
        elif outcome.error in ("offline", "timeout"):
            self.label.setText(self.tr("Offline – sync tries again later"))
            self.label.setToolTip(describe_error(outcome.error))
        elif outcome.error in _LATER:
            self.label.setText(self.tr("Sync tries again later"))
            self.label.setToolTip(describe_error(outcome.error))
        else:
            self.label.setText(self.tr("Sync stopped"))
            self.label.setToolTip(describe_error(outcome.error))
            self.window.statusBar().showMessage(describe_error(outcome.error), 15000)


def status_widgets(window: MainWindow) -> tuple[QLabel, QProgressBar, QToolButton]:
    """The status bar's part (label, progress, review button), made once, hidden.

    The start makes it before the first paint and the rest of the feature after
    it: hidden, the progress bar still gives the status bar its height.
    """
    bar = window.statusBar()
    label = bar.findChild(QLabel, "syncStatusLabel")
    progress = bar.findChild(QProgressBar, "syncProgress")
    button = bar.findChild(QToolButton, "syncReviewButton")
    if label is not None and progress is not None and button is not None:
        return label, progress, button
    label = QLabel()
    label.setObjectName("syncStatusLabel")
    progress = QProgressBar()
    progress.setObjectName("syncProgress")
    progress.setMaximumWidth(160)
    progress.setTextVisible(True)
    button = QToolButton()
    button.setObjectName("syncReviewButton")
    button.setAutoRaise(True)
    for widget in (button, progress, label):
        widget.setVisible(False)  # until the feature knows whether sync is set up
        bar.addPermanentWidget(widget)
    return label, progress, button


def install(window: MainWindow, ctx: AppContext) -> SyncController:
    """The Synchronisation page, the status bar part and the timers."""
    from kontaktbuch.ui.sync.runner import SyncController
    from kontaktbuch.ui.sync.settings_page import add_page

    controller = SyncController(ctx, window)
    SyncStatus(window, ctx, controller)
    window.settings_pages.append(lambda dialog: add_page(dialog, ctx, controller))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.wait_until_done)
    if controller.is_set_up():
        QTimer.singleShot(FIRST_SYNC_DELAY_MS, controller.sync_now)
    return controller
