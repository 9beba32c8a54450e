"""Where features hook into the main window after it is built.

Each feature (quick capture, import/export, tray, …) adds its menu entries,
toolbar buttons and settings here, keeping ``main_window.py`` small and letting
features be developed side by side.

The start installs them in two steps: what the first paint shows (quick
capture's toolbar button, the status bar's place for sync) before it, the rest
right after it, once the journal is open (:func:`install_after_paint`). The
window ends up the same as with :func:`install_features`, which does both.
"""

from __future__ import annotations

from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.main_window import MainWindow


def install_features(window: MainWindow, ctx: AppContext, *, tray_later: bool = False) -> None:
    """Wire every optional feature into ``window``.

    With ``tray_later`` the reminders feature (tray, scheduler, due indicator) is
    left out: the start installs it with :func:`install_tray` once the window has
    painted, sparing the first paint its imports and set-up (about 25 ms).
    """
    install_before_paint(window, ctx)
    install_after_paint(window, ctx, tray=not tray_later)


def install_before_paint(window: MainWindow, ctx: AppContext) -> None:
    """What the first view shows, without reading the journal: the "Log
    conversations…" button of the toolbar (its entry heads the File menu whatever
    is installed after it), and the status bar's sync part, hidden until sync is
    known to be set up (hidden, it still gives the status bar its height)."""
    from kontaktbuch.ui import capture, sync

    sync.status_widgets(window)
    capture.install(window, ctx)


def install_after_paint(window: MainWindow, ctx: AppContext, *, tray: bool = True) -> None:
    """Features the first view does not show, with the journal open: File-menu
    entries and settings pages (import/export, the reflection's settings,
    encryption, sync; with ``tray`` the reminders), a draft left by quick capture.
    Their modules cost the first paint about 15 ms."""
    if tray:
        install_tray(window, ctx)

    from kontaktbuch.ui.exchange import install as install_exchange

    install_exchange(window, ctx)

    from kontaktbuch.ui.reflection import settings as reflection_settings

    reflection_settings.install(window, ctx)

    from kontaktbuch.ui import security

    security.install(window, ctx)

    from kontaktbuch.ui import sync

    sync.install(window, ctx)

    from kontaktbuch.ui import capture

    capture.offer_draft_soon(window, ctx)


def install_tray(window: MainWindow, ctx: AppContext) -> None:
    """The reminders feature; its settings page stays first, wherever it is installed."""
    from kontaktbuch.ui.reminders import tray

    pages = len(window.settings_pages)
    tray.install(window, ctx)
    window.settings_pages[:] = window.settings_pages[pages:] + window.settings_pages[:pages]
