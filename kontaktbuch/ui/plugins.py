"""Where features hook into the main window after it is built.

Each feature (quick capture, import/export, tray, …) adds its menu entries,
toolbar buttons and settings here, keeping ``main_window.py`` small and letting
features be developed side by side.

The start installs them in two steps: what the first paint shows (quick
capture's toolbar button, the status bar's sync part) before it, the rest right
after it (:func:`install_after_paint`); the window ends up the same as with
:func:`install_features`, which installs everything at once.
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
    install_after_paint(window, ctx, tray=not tray_later)
    install_before_paint(window, ctx)


def install_before_paint(window: MainWindow, ctx: AppContext) -> None:
    """What the first view shows: the "Log conversations…" button of the toolbar,
    and the status bar's sync part (hidden until sync is set up, it still gives
    the status bar its height).

    Quick capture's entry heads the File menu whatever is installed after it.
    """
    from kontaktbuch.ui import sync

    sync.install(window, ctx)

    from kontaktbuch.ui import capture

    capture.install(window, ctx)


def install_after_paint(window: MainWindow, ctx: AppContext, *, tray: bool = True) -> None:
    """Features the first view does not show: their File-menu entries and settings
    pages (import/export, the reflection's settings, encryption; with ``tray`` the
    reminders). Their modules cost the first paint about 10 ms.

    The settings pages of features installed before keep their place after these.
    """
    earlier = window.settings_pages[:]
    window.settings_pages.clear()
    if tray:
        install_tray(window, ctx)

    from kontaktbuch.ui.exchange import install as install_exchange

    install_exchange(window, ctx)

    from kontaktbuch.ui.reflection import settings as reflection_settings

    reflection_settings.install(window, ctx)

    from kontaktbuch.ui import security

    security.install(window, ctx)
    window.settings_pages.extend(earlier)


def install_tray(window: MainWindow, ctx: AppContext) -> None:
    """The reminders feature; its settings page stays first, wherever it is installed."""
    from kontaktbuch.ui.reminders import tray

    pages = len(window.settings_pages)
    tray.install(window, ctx)
    window.settings_pages[:] = window.settings_pages[pages:] + window.settings_pages[:pages]
