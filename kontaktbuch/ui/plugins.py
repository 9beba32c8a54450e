"""Where features hook into the main window after it is built.

Each feature (quick capture, import/export, tray, …) adds its menu entries,
toolbar buttons and settings here, keeping ``main_window.py`` small and letting
features be developed side by side.
"""

from __future__ import annotations

from kontaktbuch.ui.context import AppContext
from kontaktbuch.ui.main_window import MainWindow


def install_features(window: MainWindow, ctx: AppContext) -> None:
    """Wire every optional feature into ``window``."""
    from kontaktbuch.ui import tray

    tray.install(window, ctx)

    from kontaktbuch.ui.exchange import install as install_exchange

    install_exchange(window, ctx)

    from kontaktbuch.ui import reflection_settings

    reflection_settings.install(window, ctx)

    # Last, so that logging conversations heads the File menu.
    from kontaktbuch.ui import capture

    capture.install(window, ctx)
