"""Quick capture across a quit and a new start, run in its own process (see ``test_restart.py``).

The app is started as the user starts it (``kontaktbuch.app.main``, the window's
real start with its event loop), driven by key events, and quit the way the
tray's Quit does (``MainWindow.quit_app``), so the application's ``aboutToQuit``
really fires. Prints one line of JSON. Usage:
``python -m tests.ui.capture.restart_scenario WORKDIR STEP [ANSWER]`` with STEP
``discard`` (type, wait for the draft, Esc → discard, quit), ``quit-open`` (type,
quit with the capture open) or ``start`` (start again; ANSWER ``yes``/``no`` to
the restore question).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

WORK = Path(sys.argv[1])
STEP = sys.argv[2]
ANSWER = sys.argv[3] if len(sys.argv) > 3 else "no"
os.environ["KONTAKTBUCH_DATA_DIR"] = str(WORK / "data")
os.environ["KONTAKTBUCH_CONFIG_DIR"] = str(WORK / "config")
os.environ["XDG_CONFIG_HOME"] = str(WORK / "xdg-config")
os.environ["XDG_CACHE_HOME"] = str(WORK / "xdg-cache")
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kontaktbuch.app import main  # noqa: E402
from kontaktbuch.ui.capture.dialog import CaptureDialog  # noqa: E402

results: dict[str, Any] = {"step": STEP}
app = QApplication([sys.argv[0]])


def wait_for(condition: Any, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


def window() -> Any:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None


def capture() -> CaptureDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CaptureDialog) and widget.isVisible():
            return widget
    return None


def draft_kept() -> bool:
    from kontaktbuch.ui.capture import drafts

    win = window()
    return bool(win is not None and drafts.has_draft(win.ctx.paths.drafts_dir))


def type_a_conversation() -> CaptureDialog:
    win = window()
    QTest.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert wait_for(lambda: capture() is not None), "no capture opened"
    dialog = capture()
    assert dialog is not None
    dialog.form.contacts_edit.setFocus()
    QTest.keyClicks(dialog.form.contacts_edit, "Anna Roth")
    QTest.keyClick(dialog.form.contacts_edit, Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Halb getippt")
    return dialog


asked: list[int] = []


def answer(self: CaptureDialog, state: dict[str, Any]) -> bool:
    """The restore question, answered with ANSWER (the question itself is modal)."""
    asked.append(len(state.get("entries", [])))
    return ANSWER == "yes"


CaptureDialog.ask_restore_draft = answer  # type: ignore[method-assign]


def drive() -> None:
    try:
        assert wait_for(lambda: window() is not None), "no window"
        if STEP == "discard":
            CaptureDialog.ask_unsaved = lambda self: "discard"  # type: ignore[method-assign]
            dialog = type_a_conversation()
            results["draft_while_typing"] = wait_for(draft_kept)
            QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
            results["closed"] = wait_for(lambda: capture() is None)
            results["draft_after_discard"] = draft_kept()
        elif STEP == "quit-open":
            type_a_conversation()
            results["capture_open_at_quit"] = capture() is not None
        elif STEP == "start":
            wait_for(lambda: bool(asked), timeout=3.0)
            wait_for(lambda: False, timeout=0.5)
            results["asked"] = asked
            dialog = capture()
            results["capture_open"] = dialog is not None
            results["restored"] = (
                [e.get("contacts") for e in dialog.all_states()] if dialog is not None else []
            )
            if dialog is not None:
                dialog.dirty = False  # leave it as it is for the next start
        results["ok"] = True
    except AssertionError as exc:
        results["error"] = str(exc)
    finally:
        win = window()
        if win is not None:
            win.quit_app()  # what the tray's Quit does
        else:
            QApplication.exit(3)


QTimer.singleShot(0, drive)
results["exit"] = main(["--lang", "en"])
print(json.dumps(results))
