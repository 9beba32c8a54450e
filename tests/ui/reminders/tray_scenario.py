"""The tray scenario, run in its own process on a real X server (see ``test_tray.py``).

The test process uses Qt's offscreen platform and cannot switch; this script runs
with ``QT_QPA_PLATFORM=xcb`` and ``DISPLAY`` pointing at an Xvfb with a tray host,
plays through the tray's menu and notifications, and prints the results as one
line of JSON. Usage: ``python -m tests.ui.reminders.tray_scenario WORKDIR [SCREENSHOT_DIR]``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

WORK = Path(sys.argv[1])
SHOTS = Path(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else None
LANG = os.environ.get("TRAY_SCENARIO_LANG", "en")
os.environ["KONTAKTBUCH_DATA_DIR"] = str(WORK / "data")
os.environ["KONTAKTBUCH_CONFIG_DIR"] = str(WORK / "config")
os.environ["XDG_CONFIG_HOME"] = str(WORK / "xdg-config")
os.environ["XDG_CACHE_HOME"] = str(WORK / "xdg-cache")

from PySide6.QtCore import QPoint, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QSystemTrayIcon  # noqa: E402

NOW = dt.datetime(2026, 11, 26, 10, 0)
results: dict[str, object] = {}


def pump(seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_for(condition, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def wm_close(window) -> None:  # type: ignore[no-untyped-def]
    """Close ``window`` as a user would: WM_DELETE_WINDOW from outside, through Xlib.

    Qt then delivers a spontaneous close event, as when the title bar's close
    button is pressed (a close() call from code is not spontaneous).
    """
    import ctypes
    import ctypes.util

    xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]

    class ClientMessage(ctypes.Structure):
        _fields_ = [
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("l", ctypes.c_long * 5),
        ]

    class XEvent(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    xlib.XSendEvent.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent),
    ]  # fmt: skip
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = xlib.XOpenDisplay(None)
    event = XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = int(window.winId())
    event.xclient.message_type = xlib.XInternAtom(display, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.l[0] = xlib.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    xlib.XSendEvent(display, event.xclient.window, 0, 0, ctypes.byref(event))
    xlib.XFlush(display)
    xlib.XCloseDisplay(display)


def main() -> int:
    app = QApplication([sys.argv[0]])
    results["platform"] = QGuiApplication.platformName()
    # trayer needs a moment to claim the tray selection.
    results["tray_available"] = wait_for(QSystemTrayIcon.isSystemTrayAvailable, 15.0)
    if not results["tray_available"]:
        print(json.dumps(results))
        return 0

    from kontaktbuch import paths
    from kontaktbuch.settings import Settings
    from kontaktbuch.store import models as m
    from kontaktbuch.store.db import open_database
    from kontaktbuch.text.i18n import install_translators
    from kontaktbuch.ui.common.context import AppContext
    from kontaktbuch.ui.main_window import MainWindow
    from kontaktbuch.ui.plugins import install_features

    resolved = paths.resolve()
    resolved.ensure_dirs()
    install_translators(LANG, resolved.cache_dir)
    db = open_database(resolved.database, backups_dir=resolved.backups_dir)
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    follow_up = m.FollowUp.create(contact=anna, text="Folien schicken", due_date=NOW.date())
    m.FollowUp.create(text="Angebot nachfassen", due_date=NOW.date() - dt.timedelta(days=3))
    m.Contact.create(
        first_name="Sophie", last_name="Wagner", birthday_day=26, birthday_month=11,
        birthday_year=1980,
    )  # fmt: skip
    m.Event.create(title="Stammtisch", starts_at=NOW + dt.timedelta(days=1, hours=9))
    settings = Settings()
    ctx = AppContext(paths=resolved, settings=settings, db=db, lang=LANG, clock=lambda: NOW)
    window = MainWindow(ctx)

    capture_calls: list[bool] = []
    capture = window.findChild(QAction, "captureAction")
    results["capture_from_feature"] = capture is not None
    install_features(window, ctx)
    capture = window.findChild(QAction, "captureAction")
    if capture is None:  # the quick-capture feature is not in this build: stand in for it
        capture = QAction("Gespräche erfassen…", window)
        capture.setObjectName("captureAction")
        window.addAction(capture)
    capture.triggered.connect(lambda: capture_calls.append(True))

    feature = window.reminders_feature  # type: ignore[attr-defined]
    tray = feature.tray
    results["tray_created"] = tray is not None
    if tray is None:
        print(json.dumps(results))
        return 0
    results["quit_on_last_window_closed"] = QApplication.quitOnLastWindowClosed()
    window.resize(1000, 650)
    window.show()
    results["icon_visible"] = wait_for(tray.icon.isVisible, 5.0)
    results["icon_embedded"] = wait_for(lambda: not tray.icon.geometry().isEmpty(), 10.0)
    results["icon_geometry"] = list(tray.icon.geometry().getRect())

    feature.scheduler.check()
    feature.scheduler.check()  # a second check must not announce again
    pump(0.3)
    results["notifications"] = [list(n) for n in tray.shown]
    results["tooltip"] = tray.icon.toolTip()
    results["window_title"] = window.windowTitle()

    tray.rebuild_menu()
    actions = [a for a in tray.menu.actions() if not a.isSeparator()]
    results["menu"] = [[a.objectName(), a.text()] for a in actions]

    opened: list[list[object]] = []
    ctx.events.open_item.connect(lambda kind, item_id: opened.append([kind, item_id]))

    def action(name: str) -> QAction:
        tray.rebuild_menu()
        found = next(a for a in tray.menu.actions() if a.objectName() == name)
        return found

    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        tray.rebuild_menu()
        geometry = tray.icon.geometry()
        tray.menu.popup(QPoint(geometry.left(), geometry.bottom() + 2))
        pump(0.5)
        tray.menu.grab().save(str(SHOTS / f"tray-menu-{LANG}.png"))
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(SHOTS / f"tray-screen-{LANG}.png"))
        tray.menu.hide()
        pump(0.2)

    action("captureAction").trigger()
    results["capture_triggered"] = len(capture_calls)

    action(f"trayReminder:follow_up:{follow_up.id}").trigger()
    pump(0.1)
    results["reminder_opened"] = opened[-1] if opened else None

    window.show_view("contacts")
    action("trayAllReminders").trigger()
    pump(0.1)
    results["all_reminders_view"] = window.current_view_key()

    wm_close(window)
    wait_for(lambda: not window.isVisible(), 5.0)
    results["hidden_after_close"] = not window.isVisible()
    results["hint_shown"] = settings.tray_hint_shown
    window.bring_to_front()
    pump(0.2)
    wm_close(window)
    wait_for(lambda: not window.isVisible(), 5.0)
    results["notifications_after_closing_twice"] = len(tray.shown)
    action("trayOpen").trigger()
    pump(0.2)
    results["visible_after_open"] = window.isVisible()

    tray._clicked = ()  # a click on the last balloon: the window comes forward
    tray.notify([r for r in feature.scheduler.agenda.due][:1])  # as if newly due
    opened.clear()
    tray.icon.messageClicked.emit()
    pump(0.1)
    results["message_click_opened"] = opened[-1] if opened else None

    action("trayPause").trigger()
    results["paused_until"] = settings.reminders_paused_until
    results["pause_checked"] = action("trayPause").isChecked()
    results["tooltip_paused"] = tray.icon.toolTip()

    QTimer.singleShot(100, lambda: action("trayQuit").trigger())
    QTimer.singleShot(8000, lambda: app.exit(3))
    results["quit_exit_code"] = app.exec()
    db.close()
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
