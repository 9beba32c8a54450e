"""Quick capture: the "Log conversations…" action, reachable from everywhere.

:func:`install` adds the action (Ctrl+L) to the main window's toolbar and File
menu; the tray finds it by its object name ``captureAction``. A draft left by a
crash or a quit is offered as soon as the window is up (:func:`offer_draft_soon`,
once the journal is open); declined, it is gone and no capture opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.icons import icon

if TYPE_CHECKING:
    from kontaktbuch.ui.capture.dialog import CaptureDialog
    from kontaktbuch.ui.main_window import MainWindow


def open_capture(window: MainWindow, ctx: AppContext, event_id: int | None = None) -> CaptureDialog:
    """Show the capture dialog (one at a time), offering a leftover draft first."""
    from kontaktbuch.ui.capture.dialog import CaptureDialog

    existing: CaptureDialog | None = getattr(window, "capture_dialog", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = CaptureDialog(ctx, window)
    # A feature hangs itself onto the window, which does not declare it (ui.plugins).
    window.capture_dialog = dialog  # type: ignore[attr-defined]
    if not dialog.offer_draft() and event_id is not None:
        dialog.set_event(event_id)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def offer_left_draft(window: MainWindow, ctx: AppContext) -> CaptureDialog | None:
    """At start: offer the capture a crash or a quit left unsaved. Yes opens it
    restored; No deletes it and opens nothing (the user did not ask for a capture)."""
    from kontaktbuch.ui.capture.dialog import CaptureDialog

    existing: CaptureDialog | None = getattr(window, "capture_dialog", None)
    if existing is not None and existing.isVisible():
        return existing
    dialog = CaptureDialog(ctx, window)
    if not dialog.offer_draft():
        dialog.deleteLater()
        return None
    # A feature hangs itself onto the window, which does not declare it (ui.plugins).
    window.capture_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install(window: MainWindow, ctx: AppContext) -> QAction:
    action = QAction(QCoreApplication.translate("capture", "Log conversations…"), window)
    action.setObjectName("captureAction")
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.setIcon(icon("conversations"))
    action.setToolTip(
        QCoreApplication.translate("capture", "Log one or several conversations (Ctrl+L)")
    )
    action.triggered.connect(lambda _checked=False: open_capture(window, ctx))
    window.toolbar.insertAction(window.toolbar_spacer, action)
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    if first is not None:
        window.file_menu.insertAction(first, action)
        window.file_menu.insertSeparator(first)
    else:
        window.file_menu.addAction(action)
    button = window.toolbar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # A feature hangs itself onto the window, which does not declare it (ui.plugins).
    window.capture_action = action  # type: ignore[attr-defined]
    return action


def offer_draft_soon(window: MainWindow, ctx: AppContext) -> None:
    """A draft left in the journal is offered as soon as the window is up (the
    start calls this once the journal is open, after the first paint)."""
    from kontaktbuch.ui.capture import drafts

    if drafts.has_draft(ctx.paths.drafts_dir):
        QTimer.singleShot(0, lambda: offer_left_draft(window, ctx))
