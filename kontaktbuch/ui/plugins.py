"""Where features hook into the main window after it is built.

Each feature (quick capture, import/export, tray, …) adds its menu entries,
toolbar buttons and settings here, keeping ``main_window.py`` small and letting
features be developed side by side.
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
    if not tray_later:
        install_tray(window, ctx)

    from kontaktbuch.ui.exchange import install as install_exchange

    install_exchange(window, ctx)

    from kontaktbuch.ui.reflection import settings as reflection_settings

    reflection_settings.install(window, ctx)

    from kontaktbuch.ui import security

    security.install(window, ctx)

    from kontaktbuch.ui import sync

    sync.install(window, ctx)

    # Last, so that logging conversations heads the File menu.
    from kontaktbuch.ui import capture

    capture.install(window, ctx)


def install_tray(window: MainWindow, ctx: AppContext) -> None:
    """The reminders feature; its settings page stays first, wherever it is installed."""
    from kontaktbuch.ui.reminders import tray

    pages = len(window.settings_pages)
    tray.install(window, ctx)
    window.settings_pages[:] = window.settings_pages[pages:] + window.settings_pages[:pages]
